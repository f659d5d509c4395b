"""Step 1: choose the procedure by typing part of its name or code (accent-insensitive), recent ones first."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desk_app.domain.model import Procedure
from desk_app.ui.context import UiContext
from desk_app.ui.reception.drafts import FlowState
from desk_app.ui.widgets.inputs import MessageLabel, VietnameseLineEdit

CODE_ROLE = Qt.ItemDataRole.UserRole


class ProcedureStep(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.recent: list[str] = []
        self.search = VietnameseLineEdit(placeholder=self.tr("Gõ tên hoặc mã thủ tục, ví dụ: khai sinh, ket hon, 1.001193"))
        self.search.setObjectName("procedureSearch")
        self.list = QListWidget()
        self.list.setObjectName("procedureList")
        self.list.setAlternatingRowColors(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # arrows in the box move the selection
        self.detail = QLabel()
        self.detail.setObjectName("procedureDetail")
        self.detail.setWordWrap(True)
        self.message = MessageLabel("procedureMessage")
        label = QLabel(self.tr("&Thủ tục hành chính:"))
        label.setBuddy(self.search)
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(self.search)
        lay.addWidget(self.list, 1)
        lay.addWidget(self.detail)
        lay.addWidget(self.message)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.list.currentRowChanged.connect(self._show_detail)
        self.list.itemDoubleClicked.connect(lambda _i: self.window().setFocus())
        self.setFocusProxy(self.search)

    # --- data -------------------------------------------------------------------------------
    def set_recent(self, codes: list[str]) -> None:
        self.recent = codes
        self._filter(self.search.text())

    def _filter(self, text: str) -> None:
        found = self.ctx.services.catalog.search(text, limit=60, recent=self.recent)
        recent = set(self.recent)
        self.list.clear()
        for p in found:
            mark = "★ " if p.code in recent else ""
            item = QListWidgetItem(f"{mark}{p.name}  ·  {p.code}  ·  {p.field}")
            item.setData(CODE_ROLE, p.code)
            item.setToolTip(p.time_label)
            self.list.addItem(item)
        if found:
            self.list.setCurrentRow(0)
            self.message.clear_message()
        else:
            self.detail.clear()
            if text.strip():
                self.message.show_message(self.tr("Không có thủ tục nào khớp «{text}».").format(text=text.strip()), "hint")
        self.changed.emit()

    def _show_detail(self, row: int) -> None:
        p = self.current()
        if p is None:
            self.detail.clear()
            return
        docs = len(p.documents)
        self.detail.setText(
            self.tr("<b>{name}</b> ({code}) — {field}<br>Thời hạn: {time}. Thành phần hồ sơ: {docs} loại.").format(
                name=p.name, code=p.code, field=p.field, time=p.time_label, docs=docs
            )
        )

    def current(self) -> Procedure | None:
        item = self.list.currentItem()
        return self.ctx.services.catalog.get(item.data(CODE_ROLE)) if item is not None else None

    # --- keyboard: arrows move in the list while typing --------------------------------------
    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            moves = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 10, Qt.Key.Key_PageUp: -10}
            if key in moves and self.list.count():
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + moves[key]))
                self.list.setCurrentRow(row)
                return True
        return super().eventFilter(obj, event)

    # --- flow protocol --------------------------------------------------------------------------
    def load(self, state: FlowState) -> None:
        if state.procedure_code:
            p = self.ctx.services.catalog.get(state.procedure_code)
            self.search.blockSignals(True)
            self.search.setText(p.code if p else state.procedure_code)
            self.search.blockSignals(False)
            self._filter(self.search.text())
        else:
            self.search.blockSignals(True)
            self.search.clear()
            self.search.blockSignals(False)
            self._filter("")

    def validate(self) -> bool:
        if self.current() is None:
            self.message.show_error(self.tr("Chưa chọn thủ tục: gõ tên hoặc mã rồi nhấn Enter."))
            self.search.setFocus()
            return False
        return True

    def store(self, state: FlowState) -> None:
        """The choice is confirmed by the page on Enter (a highlighted row is not yet a choice)."""
