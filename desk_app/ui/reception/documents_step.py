"""Step 3: the procedure's document checklist — received or not, original/copy, counts, a note per item."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGridLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.model import Procedure
from desk_app.ui.context import UiContext
from desk_app.ui.reception.drafts import FlowState
from desk_app.ui.widgets.inputs import MessageLabel, VietnameseLineEdit


def kind_label(kind: str) -> str:
    labels = {
        "original": QCoreApplication.translate("DocumentsStep", "Bản chính"),
        "copy": QCoreApplication.translate("DocumentsStep", "Bản sao"),
        "certified_copy": QCoreApplication.translate("DocumentsStep", "Bản sao chứng thực"),
        "shown": QCoreApplication.translate("DocumentsStep", "Xuất trình"),
    }
    return labels.get(kind, kind)


class _Row:
    def __init__(self, name: str, kind: str, optional: bool, hint: str) -> None:
        self.name, self.kind = name, kind
        suffix = QCoreApplication.translate("DocumentsStep", " (không bắt buộc)") if optional else ""
        self.check = QCheckBox(f"{name}{suffix}")
        self.check.setObjectName("docReceived")
        self.check.setToolTip(hint)
        self.kind_label = QLabel(kind_label(kind))
        self.count = QSpinBox()
        self.count.setRange(0, 99)
        self.count.setObjectName("docCount")
        self.note = VietnameseLineEdit(placeholder=QCoreApplication.translate("DocumentsStep", "ghi chú"))
        self.note.setObjectName("docNote")


class DocumentsStep(QWidget):
    changed = Signal()

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.rows: list[_Row] = []
        self.procedure: Procedure | None = None
        self.title = QLabel()
        self.title.setObjectName("documentsTitle")
        self.title.setWordWrap(True)
        self.message = MessageLabel("documentsMessage")
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(3, 2)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.grid_host)
        self.sets = QSpinBox()
        self.sets.setObjectName("sets")
        self.sets.setRange(1, 20)
        self.copies = QSpinBox()
        self.copies.setObjectName("copies")
        self.copies.setRange(1, 500)
        self.pages = QSpinBox()
        self.pages.setObjectName("pages")
        self.pages.setRange(1, 2000)
        self.verification = QCheckBox(self.tr("Cần &xác minh (thời hạn dài hơn)"))
        self.verification.setObjectName("verification")
        extra = QFormLayout()
        self.sets_label = QLabel(self.tr("Số &bộ hồ sơ"))
        self.sets_label.setBuddy(self.sets)
        self.copies_label = QLabel(self.tr("Số b&ản cần chứng thực / cấp"))
        self.copies_label.setBuddy(self.copies)
        self.pages_label = QLabel(self.tr("Số t&rang mỗi bản"))
        self.pages_label.setBuddy(self.pages)
        extra.addRow(self.sets_label, self.sets)
        extra.addRow(self.copies_label, self.copies)
        extra.addRow(self.pages_label, self.pages)
        extra.addRow("", self.verification)
        hint = QLabel(self.tr("Dấu ✓: đã nhận. Space: đánh dấu/bỏ; Tab: sang ô kế tiếp."))
        hint.setStyleSheet("color: #5f6368;")
        lay = QVBoxLayout(self)
        lay.addWidget(self.title)
        lay.addWidget(hint)
        lay.addWidget(scroll, 1)
        lay.addLayout(extra)
        lay.addWidget(self.message)
        for w in (self.sets, self.copies, self.pages):
            w.valueChanged.connect(self.changed)
            w.setMaximumWidth(120)
        self.verification.toggled.connect(self.changed)

    def _build(self, procedure: Procedure, documents: list[dict[str, object]]) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.rows = []
        for col, text in enumerate((self.tr("Thành phần hồ sơ"), self.tr("Loại"), self.tr("Số lượng"), self.tr("Ghi chú"))):
            head = QLabel(f"<b>{text}</b>")
            self.grid.addWidget(head, 0, col)
        by_name = {str(d.get("name")): d for d in documents}
        for i, req in enumerate(procedure.documents, start=1):
            row = _Row(req.name, req.kind, req.optional, req.note)
            saved = by_name.get(req.name)
            row.check.setChecked(bool(saved.get("received", True)) if saved else not req.optional)
            row.count.setValue(int(saved.get("count", req.count)) if saved else req.count)  # type: ignore[arg-type]
            row.note.setText(str(saved.get("note", "")) if saved else "")
            self.grid.addWidget(row.check, i, 0)
            self.grid.addWidget(row.kind_label, i, 1)
            self.grid.addWidget(row.count, i, 2)
            self.grid.addWidget(row.note, i, 3)
            row.check.toggled.connect(self.changed)
            row.count.valueChanged.connect(self.changed)
            row.note.textChanged.connect(self.changed)
            self.rows.append(row)
        self.grid.setRowStretch(len(self.rows) + 1, 1)
        prev = None
        for row in self.rows:  # Tab walks the checklist row by row
            for w in (row.check, row.count, row.note):
                if prev is not None:
                    QWidget.setTabOrder(prev, w)
                prev = w
        if prev is not None:
            QWidget.setTabOrder(prev, self.sets)
        if self.rows:
            self.setFocusProxy(self.rows[0].check)

    # --- flow protocol --------------------------------------------------------------------------
    def load(self, state: FlowState) -> None:
        p = self.ctx.services.catalog.get(state.procedure_code)
        self.procedure = p
        if p is None:
            return
        self.title.setText(self.tr("<b>Thành phần hồ sơ</b> — {name}").format(name=p.name))
        for w in (self.sets, self.copies, self.pages, self.verification):
            w.blockSignals(True)
        self._build(p, state.documents)
        self.sets.setValue(state.sets)
        self.copies.setValue(state.copies)
        self.pages.setValue(state.pages)
        self.verification.setChecked(state.verification)
        for w in (self.sets, self.copies, self.pages, self.verification):
            w.blockSignals(False)
        per_copy = p.fee.kind in ("per_copy", "per_page")
        for w in (self.copies, self.copies_label):
            w.setVisible(per_copy)
        for w in (self.pages, self.pages_label):
            w.setVisible(p.fee.kind == "per_page")
        self.verification.setVisible(bool(p.extended_days))
        self.message.clear_message()

    def store(self, state: FlowState) -> None:
        if self.procedure is None or self.procedure.code != state.procedure_code:
            return
        state.documents = [
            {"name": r.name, "kind": r.kind, "count": r.count.value(), "received": r.check.isChecked(),
             "note": r.note.value()}
            for r in self.rows
        ]
        state.sets = self.sets.value()
        state.copies = self.copies.value()
        state.pages = self.pages.value()
        state.verification = self.verification.isChecked() and bool(self.procedure.extended_days)

    def missing(self) -> list[str]:
        if self.procedure is None:
            return []
        required = {d.name for d in self.procedure.documents if not d.optional}
        return [r.name for r in self.rows if r.name in required and not r.check.isChecked()]

    def validate(self, state: FlowState) -> bool:
        self.store(state)
        missing = self.missing()
        if missing:  # not an error: the summary step offers a supplement request for them
            self.message.show_message(
                self.tr("Còn thiếu {n} giấy tờ bắt buộc — ở bước sau có thể yêu cầu bổ sung.").format(n=len(missing)),
                "hint")
        return True
