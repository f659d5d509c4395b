"""The list of dossiers behind one number of a report or a chart; activating a row opens the dossier."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from desk_app.services.reports import DrillRow
from desk_app.ui.context import UiContext
from desk_app.ui.tracking.model import status_text

LIMIT = 5000


def _day(text: str | None) -> str:
    if not text:
        return ""
    y, m, d = text[:10].split("-")
    return f"{d}/{m}/{y}"


class DrillDialog(QDialog):
    """Codes with applicant, procedure and dates; Enter or double click opens the dossier."""

    def __init__(self, ctx: UiContext, title: str, codes: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("drill_dialog")
        self.setWindowTitle(title)
        self.resize(900, 500)
        self.codes = codes
        rows: list[DrillRow] = ctx.services.reports.drill_rows(codes, LIMIT)
        shown = self.tr("%n hồ sơ", "", len(codes))
        if len(codes) > LIMIT:
            shown += self.tr(" (hiển thị %1 hồ sơ đầu)").replace("%1", str(LIMIT))
        self.summary = QLabel(f"<b>{title}</b> — {shown}")
        self.table = QTableWidget(len(rows), 7)
        self.table.setObjectName("drill_table")
        self.table.setHorizontalHeaderLabels([self.tr("Mã hồ sơ"), self.tr("Người nộp"), self.tr("Thủ tục"),
                                              self.tr("Ngày nhận"), self.tr("Hẹn trả"), self.tr("Có kết quả"),
                                              self.tr("Trạng thái")])
        for i, r in enumerate(rows):
            status = status_text(r.status)
            for j, value in enumerate((r.code, r.applicant_name, r.procedure_name, _day(r.received_at),
                                       _day(r.due_date), _day(r.result_at), status)):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(i, j, item)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.itemActivated.connect(self._open)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def _open(self, item: QTableWidgetItem) -> None:
        self.open_row(item.row())

    def open_row(self, row: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.ctx.bus.open_dossier.emit(item.text())
