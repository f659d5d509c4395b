"""Step 4: what was collected, the computed due date and fee, and the outcome: accept, supplement or refuse."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.ui.context import UiContext
from desk_app.ui.reception.drafts import FlowState
from desk_app.ui.widgets.inputs import MessageLabel, error_text

OUTCOMES = ("accept", "supplement", "refuse")


def money(amount: int) -> str:
    return f"{amount:,}".replace(",", ".") + " đ"


class _EnterText(QPlainTextEdit):
    """A short multi-line note: Enter goes on (saves), Shift+Enter starts a new line, Tab leaves."""

    submit = Signal()

    def __init__(self, object_name: str) -> None:
        super().__init__()
        self.setObjectName(object_name)
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not e.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            e.ignore()  # let the page's Enter handling go on
            return
        super().keyPressEvent(e)


class SummaryStep(QWidget):
    changed = Signal()
    save_requested = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.summary = QLabel()
        self.summary.setObjectName("summaryText")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.due = QLabel()
        self.due.setObjectName("dueDate")
        self.due.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.why = QLabel()
        self.why.setObjectName("dueExplanation")
        self.why.setWordWrap(True)
        self.why.setStyleSheet("color: #5f6368;")
        self.fee = QLabel()
        self.fee.setObjectName("fee")
        self.message = MessageLabel("summaryMessage")

        self.group = QButtonGroup(self)
        self.radios: dict[str, QRadioButton] = {}
        box = QGroupBox(self.tr("Kết quả kiểm tra hồ sơ"))
        row = QHBoxLayout(box)
        labels = {
            "accept": self.tr("&Tiếp nhận (Alt+T)"),
            "supplement": self.tr("Yêu cầu &bổ sung (Alt+B)"),
            "refuse": self.tr("Từ &chối (Alt+C)"),
        }
        for i, key in enumerate(OUTCOMES):
            rb = QRadioButton(labels[key])
            rb.setObjectName(f"outcome_{key}")
            self.group.addButton(rb, i)
            self.radios[key] = rb
            row.addWidget(rb)
        self.radios["accept"].setChecked(True)

        self.detail = QStackedWidget()
        self.detail.addWidget(QLabel(self.tr("Hồ sơ đầy đủ: lưu, cấp mã hồ sơ và in Giấy tiếp nhận và hẹn trả kết quả.")))
        sup = QWidget()
        sup_lay = QVBoxLayout(sup)
        sup_lay.setContentsMargins(0, 0, 0, 0)
        sup_lay.addWidget(QLabel(self.tr("Giấy tờ còn thiếu hoặc cần sửa (Space để chọn):")))
        self.items = QListWidget()
        self.items.setObjectName("supplementItems")
        self.items.setMaximumHeight(130)
        sup_lay.addWidget(self.items)
        label = QLabel(self.tr("&Hướng dẫn bổ sung, hoàn thiện:"))
        self.instruction = _EnterText("supplementInstruction")
        label.setBuddy(self.instruction)
        sup_lay.addWidget(label)
        sup_lay.addWidget(self.instruction)
        self.detail.addWidget(sup)
        ref = QWidget()
        ref_lay = QVBoxLayout(ref)
        ref_lay.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("&Lý do từ chối tiếp nhận *:"))
        self.reason = _EnterText("refuseReason")
        label.setBuddy(self.reason)
        ref_lay.addWidget(label)
        ref_lay.addWidget(self.reason)
        ref_lay.addStretch(1)
        self.detail.addWidget(ref)

        self.save = QPushButton()
        self.save.setObjectName("saveButton")
        self.save.setAutoDefault(False)
        self.save.clicked.connect(self.save_requested)

        lay = QVBoxLayout(self)
        lay.addWidget(self.summary)
        lay.addWidget(self.due)
        lay.addWidget(self.why)
        lay.addWidget(self.fee)
        lay.addWidget(box)
        lay.addWidget(self.detail)
        lay.addWidget(self.message)
        lay.addStretch(1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.save)
        lay.addLayout(bottom)
        self.group.idToggled.connect(self._outcome_toggled)
        self.items.itemChanged.connect(lambda _i: self.changed.emit())
        self.instruction.textChanged.connect(self.changed)
        self.reason.textChanged.connect(self.changed)
        self.items.installEventFilter(self)
        self._update_save_label()
        self.setFocusProxy(self.radios["accept"])

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.items and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                event.ignore()
                return False
        return super().eventFilter(obj, event)

    def outcome(self) -> str:
        return OUTCOMES[max(0, self.group.checkedId())]

    def _outcome_toggled(self, index: int, on: bool) -> None:
        if not on:
            return
        self.detail.setCurrentIndex(index)
        self.message.clear_message()
        self._update_save_label()
        key = OUTCOMES[index]
        if key == "supplement":
            (self.items if self.items.count() else self.instruction).setFocus()
            if self.items.count() and self.items.currentRow() < 0:
                self.items.setCurrentRow(0)
        elif key == "refuse":
            self.reason.setFocus()
        self.changed.emit()

    def _update_save_label(self) -> None:
        texts = {
            "accept": self.tr("Lưu và cấp mã hồ sơ (Enter)"),
            "supplement": self.tr("Lưu yêu cầu bổ sung (Enter)"),
            "refuse": self.tr("Lưu từ chối tiếp nhận (Enter)"),
        }
        self.save.setText(texts[self.outcome()])

    # --- flow protocol --------------------------------------------------------------------------
    def load(self, state: FlowState) -> None:
        services = self.ctx.services
        p = services.catalog.get(state.procedure_code)
        if p is None:
            return
        a = state.applicant
        received = sum(1 for d in state.documents if d.get("received"))
        rows = [
            (self.tr("Thủ tục"), f"{p.name} ({p.code})"),
            (self.tr("Người nộp"), a["full_name"]),
            (self.tr("Số định danh"), a["citizen_id"] or "—"),
            (self.tr("Địa chỉ"), a["address"] or "—"),
            (self.tr("Giấy tờ đã nhận"), self.tr("{n}/{m} loại").format(n=received, m=len(state.documents))),
        ]
        self.summary.setText("<table cellspacing='4'>" + "".join(
            f"<tr><td style='color:#5f6368'>{html.escape(k)}</td><td><b>{html.escape(v)}</b></td></tr>" for k, v in rows
        ) + "</table>")
        try:
            due, why = services.dossiers.due_date_preview(state.procedure_code, self.ctx.clock(), state.verification)
        except DeskError as err:
            self.due.setText(error_text(err))
            self.due.setToolTip("")
            self.why.clear()
        else:
            self.due.setText(self.tr("Ngày hẹn trả: {date}").format(date=due.strftime("%d/%m/%Y")))
            self.due.setToolTip(why)
            self.why.setText(why)
        amount = p.fee.compute(state.copies, state.pages)
        fee = self.tr("Lệ phí: {amount}").format(amount=money(amount)) if amount else self.tr("Lệ phí: miễn")
        self.fee.setText(fee + (f" — {p.fee.note}" if p.fee.note else ""))
        self.fee.setWordWrap(True)
        # The supplement list: every checklist item, the missing ones and those with a note pre-ticked.
        required = {d.name for d in p.documents if not d.optional}
        chosen = set(state.supplement_items) if state.supplement_items else {
            str(d["name"]) for d in state.documents
            if (not d.get("received") and d["name"] in required) or str(d.get("note", "")).strip()
        }
        self.items.blockSignals(True)
        self.items.clear()
        for d in state.documents:
            item = QListWidgetItem(str(d["name"]))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if d["name"] in chosen else Qt.CheckState.Unchecked)
            self.items.addItem(item)
        self.items.blockSignals(False)
        for w in (self.instruction, self.reason):
            w.blockSignals(True)
        self.instruction.setPlainText(state.instruction)
        self.reason.setPlainText(state.reason)
        for w in (self.instruction, self.reason):
            w.blockSignals(False)
        self.group.blockSignals(True)
        self.radios.get(state.outcome, self.radios["accept"]).setChecked(True)
        self.group.blockSignals(False)
        self.detail.setCurrentIndex(OUTCOMES.index(self.outcome()))
        self._update_save_label()
        self.message.clear_message()
        missing = [d["name"] for d in state.documents if not d.get("received") and d["name"] in required]
        if missing and state.outcome == "accept":
            self.message.show_message(
                self.tr("Còn thiếu giấy tờ: chọn «Yêu cầu bổ sung» (Alt+B) nếu là giấy tờ bắt buộc."), "hint")

    def store(self, state: FlowState) -> None:
        state.outcome = self.outcome()
        if self.items.count():
            state.supplement_items = [
                self.items.item(i).text() for i in range(self.items.count())
                if self.items.item(i).checkState() == Qt.CheckState.Checked
            ]
        state.instruction = self.instruction.toPlainText().strip()
        state.reason = self.reason.toPlainText().strip()

    def validate(self, state: FlowState) -> bool:
        self.store(state)
        if state.outcome == "refuse" and not state.reason:
            self.message.show_error(self.tr("Phải ghi lý do từ chối tiếp nhận."))
            self.reason.setFocus()
            return False
        if state.outcome == "supplement" and not state.supplement_items and not state.instruction:
            self.message.show_error(self.tr("Hãy chọn giấy tờ còn thiếu hoặc ghi rõ nội dung cần bổ sung."))
            (self.items if self.items.count() else self.instruction).setFocus()
            return False
        return True
