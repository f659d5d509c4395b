"""Step 2: the applicant — filled from a scanned CCCD QR anywhere in the step, or typed; ID checked as you type."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.domain.citizen_id import PROVINCE_CODES, parse_cccd_qr, validate_citizen_id
from desk_app.domain.errors import ValidationError
from desk_app.domain.model import Channel, ReturnMethod
from desk_app.services.dossiers import normalise_applicant
from desk_app.ui.context import UiContext
from desk_app.ui.reception.drafts import FlowState, format_date, parse_date
from desk_app.ui.widgets.inputs import MessageLabel, VietnameseLineEdit, error_text
from desk_app.ui.widgets.scanner import CccdScanCatcher


class ApplicantStep(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.scan_hint = QLabel(self.tr("Quét mã QR trên thẻ căn cước (CCCD) để điền tự động, hoặc nhập tay."))
        self.scan_hint.setObjectName("scanHint")
        self.scan_hint.setStyleSheet("color: #5f6368;")
        self.message = MessageLabel("applicantMessage")
        self.name = VietnameseLineEdit()
        self.name.setObjectName("applicantName")
        self.citizen_id = QLineEdit()
        self.citizen_id.setObjectName("citizenId")
        self.citizen_id.setMaxLength(15)
        self.citizen_id.setPlaceholderText(self.tr("12 chữ số"))
        self.id_message = MessageLabel("idMessage")
        self.dob = QLineEdit()
        self.dob.setObjectName("dateOfBirth")
        self.dob.setPlaceholderText(self.tr("dd/mm/yyyy"))
        self.dob.setMaxLength(10)
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        for value, label in (("", self.tr("— chọn —")), ("Nam", self.tr("Nam")), ("Nữ", self.tr("Nữ"))):
            self.sex.addItem(label, value)
        self.address = VietnameseLineEdit()
        self.address.setObjectName("address")
        self.phone = QLineEdit()
        self.phone.setObjectName("phone")
        self.phone.setPlaceholderText(self.tr("không bắt buộc"))
        self.email = QLineEdit()
        self.email.setObjectName("email")
        self.email.setPlaceholderText(self.tr("không bắt buộc"))
        self.channel = QComboBox()
        self.channel.setObjectName("channel")
        self.channel.addItem(self.tr("Trực tiếp"), Channel.DIRECT.value)
        self.channel.addItem(self.tr("Qua bưu chính công ích"), Channel.POSTAL.value)
        self.return_method = QComboBox()
        self.return_method.setObjectName("returnMethod")
        self.return_method.addItem(self.tr("Nhận tại Bộ phận Một cửa"), ReturnMethod.AT_DESK.value)
        self.return_method.addItem(self.tr("Gửi qua bưu chính"), ReturnMethod.POSTAL.value)
        self.return_method.addItem(self.tr("Nhận trực tuyến"), ReturnMethod.ONLINE.value)
        self.old_id = ""
        self.issue_date = ""

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self._label(self.tr("&Họ và tên *"), self.name), self.name)
        id_box = QWidget()
        id_lay = QVBoxLayout(id_box)
        id_lay.setContentsMargins(0, 0, 0, 0)
        id_lay.addWidget(self.citizen_id)
        id_lay.addWidget(self.id_message)
        form.addRow(self._label(self.tr("Số đị&nh danh (CCCD)"), self.citizen_id), id_box)
        row = QWidget()
        grid = QGridLayout(row)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.dob, 0, 0)
        grid.addWidget(self._label(self.tr("&Giới tính"), self.sex), 0, 1)
        grid.addWidget(self.sex, 0, 2)
        form.addRow(self._label(self.tr("Ngày &sinh"), self.dob), row)
        form.addRow(self._label(self.tr("Đị&a chỉ"), self.address), self.address)
        form.addRow(self._label(self.tr("Điện th&oại"), self.phone), self.phone)
        form.addRow(self._label(self.tr("&Email"), self.email), self.email)
        form.addRow(self._label(self.tr("Hình thức nộ&p"), self.channel), self.channel)
        form.addRow(self._label(self.tr("Cách nhận &kết quả"), self.return_method), self.return_method)
        lay = QVBoxLayout(self)
        lay.addWidget(self.scan_hint)
        lay.addWidget(self.message)
        lay.addLayout(form)
        lay.addStretch(1)
        for w in (self.name, self.citizen_id, self.dob, self.sex, self.address, self.phone, self.email,
                  self.channel, self.return_method):
            if isinstance(w, QComboBox):
                w.currentIndexChanged.connect(self._on_change)
            else:
                w.textChanged.connect(self._on_change)
        self.citizen_id.textChanged.connect(self._check_id)
        self.dob.textChanged.connect(self._check_id)
        self.sex.currentIndexChanged.connect(self._check_id)
        self.setFocusProxy(self.name)
        self.catcher = CccdScanCatcher(self)
        self.catcher.scanned.connect(self.fill_from_qr)
        self.catcher.watch()

    def _label(self, text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def _on_change(self, *_args: object) -> None:
        self.changed.emit()

    # --- CCCD QR ----------------------------------------------------------------------------------
    def fill_from_qr(self, text: str) -> None:
        try:
            card = parse_cccd_qr(text, self.ctx.clock().date())
        except ValidationError as err:
            self.message.show_error(self.tr("Mã QR không đọc được: {detail}").format(detail=error_text(err)))
            return
        self.name.setText(card.full_name)
        self.citizen_id.setText(card.citizen_id)
        self.dob.setText(format_date(card.date_of_birth))
        self.sex.setCurrentIndex(max(0, self.sex.findData(card.sex)))
        self.address.setText(card.address)
        self.old_id = card.old_id
        self.issue_date = format_date(card.issue_date)
        self.message.show_message(
            self.tr("Đã điền từ mã QR CCCD của {name}. Kiểm tra lại rồi nhấn Enter để tiếp tục.").format(
                name=card.full_name), "ok")
        self.phone.setFocus()
        self.changed.emit()

    # --- ID number as you type ------------------------------------------------------------------
    def _check_id(self, *_args: object) -> None:
        text = "".join(self.citizen_id.text().split())
        if not text:
            self.id_message.clear_message()
            return
        bad = next((ch for ch in text if not ch.isdigit()), None)
        if bad is not None:
            self.id_message.show_error(self.tr("Số định danh chỉ gồm chữ số (có ký tự «{char}»).").format(char=bad))
            return
        if len(text) < 12:
            self.id_message.show_message(self.tr("Đã nhập {n}/12 chữ số.").format(n=len(text)), "hint")
            return
        try:
            dob = parse_date(self.dob.text())
        except ValueError:
            dob = None
        try:
            number = validate_citizen_id(text, dob, self.sex.currentData() or None)
        except ValidationError as err:
            self.id_message.show_error(err)
            return
        province = PROVINCE_CODES.get(number[:3], "")
        self.id_message.show_message(self.tr("✓ Hợp lệ — nơi đăng ký khai sinh: {province}.").format(province=province), "ok")

    # --- flow protocol --------------------------------------------------------------------------
    def load(self, state: FlowState) -> None:
        a = state.applicant
        widgets = [self.name, self.citizen_id, self.dob, self.sex, self.address, self.phone, self.email,
                   self.channel, self.return_method]
        for w in widgets:
            w.blockSignals(True)
        self.name.setText(a["full_name"])
        self.citizen_id.setText(a["citizen_id"])
        self.dob.setText(a["date_of_birth"])
        self.sex.setCurrentIndex(max(0, self.sex.findData(a["sex"])))
        self.address.setText(a["address"])
        self.phone.setText(a["phone"])
        self.email.setText(a["email"])
        self.channel.setCurrentIndex(max(0, self.channel.findData(state.channel)))
        self.return_method.setCurrentIndex(max(0, self.return_method.findData(state.return_method)))
        self.old_id, self.issue_date = a["old_id"], a["id_issue_date"]
        for w in widgets:
            w.blockSignals(False)
        self.message.clear_message()
        self._check_id()

    def store(self, state: FlowState) -> None:
        state.applicant = {
            "full_name": self.name.text(), "citizen_id": "".join(self.citizen_id.text().split()),
            "date_of_birth": self.dob.text().strip(), "sex": self.sex.currentData() or "",
            "address": self.address.text(), "phone": self.phone.text().strip(), "email": self.email.text().strip(),
            "old_id": self.old_id, "id_issue_date": self.issue_date,
        }
        state.channel = self.channel.currentData()
        state.return_method = self.return_method.currentData()

    def validate(self, state: FlowState) -> bool:
        """Check with the same rules the service applies; show the first problem and focus its field."""
        self.store(state)
        fields = {"full_name": self.name, "citizen_id": self.citizen_id, "sex": self.sex, "phone": self.phone,
                  "email": self.email, "date_of_birth": self.dob}
        try:
            applicant = state.applicant_obj()
        except ValueError:
            self.message.show_error(self.tr("Ngày sinh «{value}» không hợp lệ (dạng dd/mm/yyyy).").format(
                value=state.applicant["date_of_birth"]))
            self.dob.setFocus()
            return False
        if applicant.date_of_birth and applicant.date_of_birth > self.ctx.clock().date():
            self.message.show_error(self.tr("Ngày sinh ở tương lai."))
            self.dob.setFocus()
            return False
        try:
            normalise_applicant(applicant)
        except ValidationError as err:
            self.message.show_error(err)
            widget = fields.get(err.field or "", self.name)
            widget.setFocus()
            return False
        self.message.clear_message()
        return True
