"""The small dialogs of dossier actions: hand-over, agency, notes and reasons, apology, return."""

from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.calendar import weekday_vi
from desk_app.domain.errors import QT_TRANSLATE_NOOP
from desk_app.domain.lifecycle import ROLE_LABELS
from desk_app.domain.model import Dossier, Role, Satisfaction, User
from desk_app.services.dossiers import ReturnInfo


def weekday_name(d: dt.date) -> str:
    """``d``'s weekday in the UI language ("Thứ Hai" in Vietnamese, "Monday" in English)."""
    return QCoreApplication.translate("weekdays", weekday_vi(d))


def clean(text: str) -> str:
    return " ".join(unicodedata.normalize("NFC", text).split())


class ActionDialog(QDialog):
    """A form with OK/Cancel and an inline error line. ``submitted`` carries the values; the
    dossier view runs the service and either closes the dialog or shows the error here."""

    submitted = Signal(object)

    def __init__(self, title: str, intro: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.layout_ = QVBoxLayout(self)
        if intro:
            label = QLabel(intro)
            label.setWordWrap(True)
            self.layout_.addWidget(label)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.error = QLabel("")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b02a37;")
        self.error.hide()
        self.layout_.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Đồng ý"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.layout_.addWidget(self.buttons)

    @property
    def ok_button(self) -> Any:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def values(self) -> Any:
        return None

    def problem(self) -> str | None:
        """A message when the form is not complete (checked before calling the service)."""
        return None

    def submit(self) -> None:
        msg = self.problem()
        if msg:
            self.show_error(msg)
            return
        self.error.hide()
        self.submitted.emit(self.values())

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class TextDialog(ActionDialog):
    """One line of text: a note, a reason, what to supplement."""

    def __init__(self, title: str, label: str, *, required: bool = False, intro: str = "", text: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(title, intro, parent)
        self.required = required
        self.label = label
        self.text = QLineEdit(text)
        self.text.setMinimumWidth(340)
        self.form.addRow(label + (" *" if required else ""), self.text)

    def values(self) -> str:
        return clean(self.text.text())

    def problem(self) -> str | None:
        if self.required and not self.values():
            return self.tr("Chưa nhập: {label}.").format(label=self.label.lower())
        return None


class TransferDialog(ActionDialog):
    """Hand the dossier to a handler, a leader or back to a clerk (Mẫu 05 records each hand-over)."""

    def __init__(self, users: list[User], me: User, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Chuyển giao hồ sơ"), self.tr("Mỗi lần giao, nhận được ghi vào Phiếu kiểm soát "
                                                              "quá trình giải quyết hồ sơ (Mẫu 05)."), parent)
        self.to = QComboBox()
        rank = {Role.HANDLER: 0, Role.LEADER: 1, Role.CLERK: 2}
        for u in sorted((u for u in users if u.active and u.role in rank and u.username != me.username),
                        key=lambda u: (rank[u.role], u.full_name)):
            role = QCoreApplication.translate("messages", ROLE_LABELS[u.role])
            self.to.addItem(f"{u.full_name} — {role} ({u.username})", u.username)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Giao cho"), self.to)
        self.form.addRow(self.tr("Ghi chú"), self.note)

    def values(self) -> tuple[str, str]:
        return str(self.to.currentData() or ""), clean(self.note.text())

    def problem(self) -> str | None:
        return None if self.to.currentData() else self.tr("Chưa chọn người nhận hồ sơ.")


class AgencyDialog(ActionDialog):
    def __init__(self, default_agency: str = "", parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Chuyển cơ quan khác"), self.tr("Hồ sơ liên thông được chuyển đến cơ quan khác "
                                                                "giải quyết; ghi lại cơ quan nhận."), parent)
        self.agency = QLineEdit(default_agency)
        self.note = QLineEdit()
        self.form.addRow(self.tr("Cơ quan nhận *"), self.agency)
        self.form.addRow(self.tr("Ghi chú"), self.note)

    def values(self) -> tuple[str, str]:
        return clean(self.agency.text()), clean(self.note.text())

    def problem(self) -> str | None:
        return None if clean(self.agency.text()) else self.tr("Chưa nhập tên cơ quan nhận hồ sơ.")


class ApologyDialog(ActionDialog):
    """Mẫu 04: the reason and the one new appointment date (a working day after the old one)."""

    def __init__(self, dossier: Dossier, proposed: dt.date, is_working_day: Any, parent: QWidget | None = None) -> None:
        old = dossier.due_date.strftime("%d/%m/%Y") if dossier.due_date else "—"
        super().__init__(self.tr("Xin lỗi và hẹn lại ngày trả kết quả"),
                         self.tr("Hồ sơ {code} hẹn trả ngày {old}. Phiếu xin lỗi (Mẫu 04) nêu lý do chậm và ngày hẹn "
                                 "mới; chỉ được hẹn lại một lần. Ngày hẹn gốc vẫn được giữ để thống kê.")
                         .format(code=dossier.code, old=old), parent)
        self._is_working_day = is_working_day
        self._old = dossier.due_date
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Ví dụ: cần xác minh thêm thông tin tại địa phương"))
        self.date = QDateEdit(QDate(proposed.year, proposed.month, proposed.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("dd/MM/yyyy")
        if dossier.due_date:
            nxt = dossier.due_date + dt.timedelta(days=1)
            self.date.setMinimumDate(QDate(nxt.year, nxt.month, nxt.day))
        self.day_hint = QLabel()
        self.form.addRow(self.tr("Lý do chậm trễ *"), self.reason)
        self.form.addRow(self.tr("Ngày hẹn mới"), self.date)
        self.form.addRow("", self.day_hint)
        self.date.dateChanged.connect(self._hint)
        self.reason.textChanged.connect(self._enable)
        self._hint()
        self._enable()

    def new_date(self) -> dt.date:
        q = self.date.date()
        return dt.date(q.year(), q.month(), q.day())

    def _hint(self) -> None:
        d = self.new_date()
        if self._is_working_day(d):
            self.day_hint.setText(self.tr("{weekday}, ngày làm việc").format(weekday=weekday_name(d)))
            self.day_hint.setStyleSheet("color: #555;")
        else:
            self.day_hint.setText(self.tr("{weekday} không phải ngày làm việc — hãy chọn ngày khác")
                                  .format(weekday=weekday_name(d)))
            self.day_hint.setStyleSheet("color: #b02a37;")
        self._enable()

    def _enable(self) -> None:
        self.ok_button.setEnabled(bool(clean(self.reason.text())) and self._is_working_day(self.new_date()))

    def values(self) -> tuple[str, dt.date]:
        return clean(self.reason.text()), self.new_date()

    def problem(self) -> str | None:
        if not clean(self.reason.text()):
            return self.tr("Phải ghi lý do chậm trễ.")
        if not self._is_working_day(self.new_date()):
            return self.tr("Ngày hẹn mới phải là ngày làm việc.")
        return None


# Translated at display time with ``ReturnDialog.tr``.
SATISFACTION_CHOICES = [
    (None, QT_TRANSLATE_NOOP("ReturnDialog", "Không đánh giá")),
    (Satisfaction.SATISFIED, QT_TRANSLATE_NOOP("ReturnDialog", "Hài lòng")),
    (Satisfaction.ACCEPTABLE, QT_TRANSLATE_NOOP("ReturnDialog", "Chấp nhận được")),
    (Satisfaction.NOT_SATISFIED, QT_TRANSLATE_NOOP("ReturnDialog", "Không hài lòng")),
]


class ReturnDialog(ActionDialog):
    """Trả kết quả: who collected (the applicant or a representative, ID checked), fee, satisfaction."""

    def __init__(self, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Trả kết quả hồ sơ {code}").format(code=dossier.code),
                         self.tr("{name} — {procedure}").format(name=dossier.applicant.full_name,
                                                                procedure=dossier.procedure_name), parent)
        self.dossier = dossier
        self.by_post = QCheckBox(self.tr("Trả qua bưu chính công ích"))
        self.by_post.setChecked(dossier.return_method.value == "postal")
        self.collected_by = QLineEdit(dossier.applicant.full_name)
        self.representative = QCheckBox(self.tr("Người nhận thay (có giấy ủy quyền)"))
        self.id_number = QLineEdit(dossier.applicant.citizen_id)
        self.id_number.setPlaceholderText(self.tr("Số CCCD / giấy tờ tùy thân của người nhận"))
        self.id_checked = QCheckBox(self.tr("Đã kiểm tra giấy tờ tùy thân"))
        self.id_checked.setChecked(True)
        self.fee = QSpinBox()
        self.fee.setRange(0, 1_000_000_000)
        self.fee.setSingleStep(1000)
        self.fee.setGroupSeparatorShown(True)
        self.fee.setSuffix(" đ")
        self.fee.setValue(dossier.fee)
        self.satisfaction = QComboBox()
        for value, label in SATISFACTION_CHOICES:
            self.satisfaction.addItem(self.tr(label), value.value if value else "")
        self.satisfaction.setCurrentIndex(1)
        self.note = QLineEdit()
        big = QFont()
        big.setPointSize(big.pointSize() + 1)
        self.collected_by.setFont(big)
        self.form.addRow("", self.by_post)
        self.form.addRow(self.tr("Người nhận kết quả *"), self.collected_by)
        self.form.addRow("", self.representative)
        self.form.addRow(self.tr("Số giấy tờ tùy thân"), self.id_number)
        self.form.addRow("", self.id_checked)
        self.form.addRow(self.tr("Phí, lệ phí đã thu"), self.fee)
        self.form.addRow(self.tr("Mức độ hài lòng"), self.satisfaction)
        self.form.addRow(self.tr("Ghi chú"), self.note)
        self.ok_button.setText(self.tr("Trả kết quả"))
        self.representative.toggled.connect(self._representative)
        self.by_post.toggled.connect(self._post)
        self._post(self.by_post.isChecked())

    def _representative(self, on: bool) -> None:
        if on:
            if self.collected_by.text() == self.dossier.applicant.full_name:
                self.collected_by.clear()
            if self.id_number.text() == self.dossier.applicant.citizen_id:
                self.id_number.clear()
            self.collected_by.setFocus()
        else:
            self.collected_by.setText(self.collected_by.text() or self.dossier.applicant.full_name)
            self.id_number.setText(self.id_number.text() or self.dossier.applicant.citizen_id)

    def _post(self, on: bool) -> None:
        for w in (self.collected_by, self.representative, self.id_number, self.id_checked):
            w.setEnabled(not on)

    def values(self) -> ReturnInfo:
        by_post = self.by_post.isChecked()
        return ReturnInfo(
            collected_by="" if by_post else clean(self.collected_by.text()),
            representative=self.representative.isChecked() and not by_post,
            id_checked=self.id_checked.isChecked() and not by_post,
            id_number="" if by_post else clean(self.id_number.text()).replace(" ", ""),
            fee_paid=self.fee.value(),
            satisfaction=Satisfaction(self.satisfaction.currentData()) if self.satisfaction.currentData() else None,
            by_post=by_post,
            note=clean(self.note.text()),
        )

    def problem(self) -> str | None:
        if self.by_post.isChecked():
            return None
        if not clean(self.collected_by.text()):
            return self.tr("Chưa ghi tên người nhận kết quả.")
        if self.representative.isChecked() and not clean(self.id_number.text()):
            return self.tr("Người nhận thay phải có số giấy tờ tùy thân.")
        return None


def focus_first(dialog: QDialog) -> None:
    for w in dialog.findChildren(QWidget):
        if isinstance(w, QLineEdit | QComboBox) and w.isEnabled() and w.focusPolicy() != Qt.FocusPolicy.NoFocus:
            w.setFocus()
            return
