"""The office profile form shared by the first-run wizard and the administrator's page."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from PySide6.QtCore import QTime
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QSpinBox, QTimeEdit, QWidget

from desk_app.domain.codes import validate_agency_code
from desk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desk_app.domain.model import OfficeProfile
from desk_app.ui.widgets.inputs import MessageLabel, VietnameseLineEdit, error_text


def validate_upstream(text: str) -> str:
    """An upstream hub address: empty (no sync yet) or a full https:// URL with a host."""
    value = text.strip()
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme.lower() != "https" or not parts.hostname or " " in value:
        raise ValidationError(
            "upstream_invalid",
            QT_TRANSLATE_NOOP(
                "messages", "Địa chỉ máy chủ cấp trên «{value}» không hợp lệ: phải có dạng https://ten-may-chu/…"
            ),
            field="upstream",
            value=value,
        )
    try:
        parts.port  # noqa: B018 - raises on a malformed port
    except ValueError:
        raise ValidationError(
            "upstream_invalid",
            QT_TRANSLATE_NOOP(
                "messages", "Địa chỉ máy chủ cấp trên «{value}» không hợp lệ: phải có dạng https://ten-may-chu/…"
            ),
            field="upstream",
            value=value,
        ) from None
    return value


class OfficeForm(QWidget):
    """Name, agency code, place, parent body, address, phone, desk number, Saturday mornings, cut-off."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = VietnameseLineEdit(placeholder=self.tr("ví dụ: UBND xã Tiến Thành"))
        self.name.setObjectName("office_name")
        self.agency_code = VietnameseLineEdit(placeholder=self.tr("ví dụ: 000.21.22.H56"))
        self.agency_code.setObjectName("office_agency_code")
        self.place = VietnameseLineEdit(placeholder=self.tr("địa danh ghi trước ngày tháng, ví dụ: Tiến Thành"))
        self.place.setObjectName("office_place")
        self.parent_name = VietnameseLineEdit(placeholder=self.tr("ví dụ: UBND TỈNH ĐỒNG NAI"))
        self.parent_name.setObjectName("office_parent_name")
        self.address = VietnameseLineEdit(placeholder=self.tr("không bắt buộc"))
        self.address.setObjectName("office_address")
        self.phone = VietnameseLineEdit(placeholder=self.tr("không bắt buộc"))
        self.phone.setObjectName("office_phone")
        self.desk_number = QSpinBox()
        self.desk_number.setObjectName("office_desk_number")
        self.desk_number.setRange(1, 9)
        self.saturday_morning = QCheckBox(self.tr("Tiếp nhận sáng thứ Bảy"))
        self.saturday_morning.setObjectName("office_saturday_morning")
        self.cutoff = QTimeEdit()
        self.cutoff.setObjectName("office_cutoff")
        self.cutoff.setDisplayFormat("HH:mm")
        self.message = MessageLabel("office_message")

        form = QFormLayout(self)
        for label, widget in (
            (self.tr("&Tên cơ quan *"), self.name),
            (self.tr("&Mã cơ quan *"), self.agency_code),
            (self.tr("Đị&a danh"), self.place),
            (self.tr("Cơ quan &cấp trên"), self.parent_name),
            (self.tr("Địa c&hỉ"), self.address),
            (self.tr("Điện t&hoại"), self.phone),
            (self.tr("Số &bàn tiếp nhận (1–9)"), self.desk_number),
            (self.tr("&Giờ chốt nhận trong ngày"), self.cutoff),
        ):
            lab = QLabel(label)
            lab.setBuddy(widget)
            form.addRow(lab, widget)
        form.addRow("", self.saturday_morning)
        hint = QLabel(self.tr("Hồ sơ nhận sau giờ chốt được tính từ ngày làm việc tiếp theo."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5f6368;")
        form.addRow("", hint)
        form.addRow(self.message)
        self.load(OfficeProfile())  # the defaults: desk 1, cut-off 15:00

    def load(self, office: OfficeProfile) -> None:
        self.name.setText(office.name)
        self.agency_code.setText(office.agency_code)
        self.place.setText(office.place)
        self.parent_name.setText(office.parent_name)
        self.address.setText(office.address)
        self.phone.setText(office.phone)
        self.desk_number.setValue(int(office.desk_number or 1))
        self.saturday_morning.setChecked(bool(office.saturday_morning))
        self.cutoff.setTime(QTime.fromString(office.cutoff or "15:00", "HH:mm"))

    def fields(self) -> dict[str, Any]:
        return {
            "name": self.name.value(),
            "agency_code": self.agency_code.value(),
            "place": self.place.value(),
            "parent_name": self.parent_name.value(),
            "address": self.address.value(),
            "phone": self.phone.value(),
            "desk_number": self.desk_number.value(),
            "saturday_morning": self.saturday_morning.isChecked(),
            "cutoff": self.cutoff.time().toString("HH:mm"),
        }

    def validate(self) -> dict[str, Any] | None:
        """Check the fields without saving; show the first problem in Vietnamese and return None."""
        fields = self.fields()
        try:
            if not fields["name"]:
                raise ValidationError("office_name_empty", QT_TRANSLATE_NOOP("messages", "Chưa nhập tên cơ quan."),
                                      field="name")
            fields["agency_code"] = validate_agency_code(fields["agency_code"])
        except ValidationError as exc:
            self.show_error(exc)
            return None
        self.message.clear_message()
        return fields

    def show_error(self, exc: BaseException) -> None:
        self.message.show_error(error_text(exc))
        target = {"name": self.name, "agency_code": self.agency_code, "desk_number": self.desk_number,
                  "cutoff": self.cutoff}.get(getattr(exc, "field", None) or "")
        if target is not None:
            target.setFocus()
