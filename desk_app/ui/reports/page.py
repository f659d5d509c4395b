"""The reports page (key "reports"): period picker, Biểu 06 in its official layout, exports, dashboard, drill-down."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import QT_TRANSLATE_NOOP
from desk_app.domain.statistics import CELLS, ReportRow, period_bounds, period_label
from desk_app.services.report_export import COLUMNS, HEADER_LEVELS, cell_value, default_filename, header_merges
from desk_app.ui.context import UiContext
from desk_app.ui.reports.dashboard import DashboardView, month_end
from desk_app.ui.reports.drill import DrillDialog
from desk_app.ui.widgets.inputs import error_text

# Period kinds and, per kind, the periods of a year; translated at display time with ``Page.tr``.
KINDS = (("month", QT_TRANSLATE_NOOP("Page", "Tháng")), ("quarter", QT_TRANSLATE_NOOP("Page", "Quý")),
         ("half", QT_TRANSLATE_NOOP("Page", "6 tháng")), ("nine_months", QT_TRANSLATE_NOOP("Page", "9 tháng")),
         ("year", QT_TRANSLATE_NOOP("Page", "Năm")), ("custom", QT_TRANSLATE_NOOP("Page", "Tùy chọn")))
INDEXES = {
    "month": [QT_TRANSLATE_NOOP("Page", "Tháng 1"), QT_TRANSLATE_NOOP("Page", "Tháng 2"),
              QT_TRANSLATE_NOOP("Page", "Tháng 3"), QT_TRANSLATE_NOOP("Page", "Tháng 4"),
              QT_TRANSLATE_NOOP("Page", "Tháng 5"), QT_TRANSLATE_NOOP("Page", "Tháng 6"),
              QT_TRANSLATE_NOOP("Page", "Tháng 7"), QT_TRANSLATE_NOOP("Page", "Tháng 8"),
              QT_TRANSLATE_NOOP("Page", "Tháng 9"), QT_TRANSLATE_NOOP("Page", "Tháng 10"),
              QT_TRANSLATE_NOOP("Page", "Tháng 11"), QT_TRANSLATE_NOOP("Page", "Tháng 12")],
    "quarter": [QT_TRANSLATE_NOOP("Page", "Quý I"), QT_TRANSLATE_NOOP("Page", "Quý II"),
                QT_TRANSLATE_NOOP("Page", "Quý III"), QT_TRANSLATE_NOOP("Page", "Quý IV")],
    "half": [QT_TRANSLATE_NOOP("Page", "6 tháng đầu năm"), QT_TRANSLATE_NOOP("Page", "6 tháng cuối năm")],
    "nine_months": [QT_TRANSLATE_NOOP("Page", "9 tháng đầu năm")],
    "year": [QT_TRANSLATE_NOOP("Page", "Cả năm")],
    "custom": [],
}


def _qdate(d: dt.date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(q: QDate) -> dt.date:
    return dt.date(q.year(), q.month(), q.day())


class Page(QWidget):
    key = "reports"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("reports_page")
        self.title = self.tr("Báo cáo")
        self.rows: list[ReportRow] = []
        self.period: tuple[dt.date, dt.date] | None = None
        today = ctx.clock().date()

        self.kind = QComboBox()
        self.kind.setObjectName("period_kind")
        for key, label in KINDS:
            self.kind.addItem(self.tr(label), key)
        self.index = QComboBox()
        self.index.setObjectName("period_index")
        self.year = QSpinBox()
        self.year.setObjectName("period_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.cutoff = QCheckBox(self.tr("Chốt số liệu 15 → 14"))
        self.cutoff.setToolTip(self.tr("Kỳ báo cáo từ ngày 15 tháng trước đến ngày 14 tháng cuối kỳ (NĐ 09/2019/NĐ-CP)"))
        self.date_from = QDateEdit(_qdate(today.replace(day=1)))
        self.date_to = QDateEdit(_qdate(today))
        for edit, name in ((self.date_from, "date_from"), (self.date_to, "date_to")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd/MM/yyyy")
        self.run_button = QPushButton(self.tr("&Xem báo cáo"))
        self.run_button.setObjectName("run_report")
        self.xlsx_button = QPushButton(self.tr("Xuất &Excel"))
        self.pdf_button = QPushButton(self.tr("Xuất &PDF"))
        self.book_button = QPushButton(self.tr("Sổ theo dõi (Mẫu 06)"))
        for b in (self.xlsx_button, self.pdf_button, self.book_button):
            b.setEnabled(False)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.index.currentIndexChanged.connect(self._sync_dates)
        self.year.valueChanged.connect(self._sync_dates)
        self.cutoff.toggled.connect(self._sync_dates)
        self.run_button.clicked.connect(self.run_report)
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))
        self.book_button.clicked.connect(lambda: self.export("book"))

        picker = QHBoxLayout()
        for w in (QLabel(self.tr("Kỳ:")), self.kind, self.index, self.year, self.cutoff, QLabel(self.tr("Từ")),
                  self.date_from, QLabel(self.tr("đến")), self.date_to, self.run_button):
            picker.addWidget(w)
        picker.addStretch(1)
        for b in (self.xlsx_button, self.pdf_button, self.book_button):
            picker.addWidget(b)

        self.heading = QLabel()
        self.heading.setObjectName("report_heading")
        self.heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.table = QTableWidget()
        self.table.setObjectName("report_table")
        self.table.horizontalHeader().hide()
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.cellDoubleClicked.connect(self.drill_cell)
        self.table.setToolTip(self.tr("Bấm đúp vào một số để xem các hồ sơ"))
        report_tab = QWidget()
        lay = QVBoxLayout(report_tab)
        lay.addWidget(self.heading)
        lay.addWidget(self.table)

        self.dashboard = DashboardView(self._drill_chart)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("reports_tabs")
        self.tabs.addTab(report_tab, self.tr("Biểu 06 – &Kết quả giải quyết"))
        self.tabs.addTab(self.dashboard, self.tr("&Tổng quan lãnh đạo"))
        self.tabs.currentChanged.connect(lambda i: self.refresh_dashboard() if i == 1 else None)
        layout = QVBoxLayout(self)
        layout.addLayout(picker)
        layout.addWidget(self.tabs)
        self.kind.setCurrentIndex(0)
        self._kind_changed()
        self.index.setCurrentIndex(today.month - 1)

    # --- period ---------------------------------------------------------------------------------
    def _kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.index.blockSignals(True)
        self.index.clear()
        self.index.addItems([self.tr(x) for x in INDEXES[kind]])
        self.index.blockSignals(False)
        custom = kind == "custom"
        self.index.setVisible(not custom)
        self.year.setEnabled(not custom)
        self.cutoff.setEnabled(kind != "custom")
        self.date_from.setEnabled(custom)
        self.date_to.setEnabled(custom)
        self._sync_dates()

    def _sync_dates(self) -> None:
        kind = self.kind.currentData()
        if kind == "custom" or self.index.currentIndex() < 0:
            return
        f, t = period_bounds(kind, self.year.value(), self.index.currentIndex() + 1, data_cutoff=self.cutoff.isChecked())
        self.date_from.setDate(_qdate(f))
        self.date_to.setDate(_qdate(t))

    def set_period(self, date_from: dt.date, date_to: dt.date) -> None:
        self.kind.setCurrentIndex(len(KINDS) - 1)
        self.date_from.setDate(_qdate(date_from))
        self.date_to.setDate(_qdate(date_to))

    def selected_period(self) -> tuple[dt.date, dt.date]:
        return _pydate(self.date_from.date()), _pydate(self.date_to.date())

    # --- report -----------------------------------------------------------------------------------
    def run_report(self) -> None:
        f, t = self.selected_period()
        if t < f:
            QMessageBox.warning(self, self.title, self.tr("Ngày cuối kỳ phải từ ngày đầu kỳ trở đi."))
            return
        self.run_button.setEnabled(False)
        self.ctx.runner.submit(lambda s: s.reports.period_report(f, t),
                               lambda rows: self._show(f, t, rows), self._failed)

    def _failed(self, error: BaseException) -> None:
        self.run_button.setEnabled(True)
        QMessageBox.warning(self, self.title, error_text(error))

    def _show(self, f: dt.date, t: dt.date, rows: list[ReportRow]) -> None:
        self.run_button.setEnabled(True)
        self.rows, self.period = rows, (f, t)
        office = self.ctx.services.office()
        self.heading.setText(f"<b>{self.tr('TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH')}</b><br>"
                             f"{office.name} — {period_label(f, t)}")
        ncols = len(COLUMNS)
        self.table.clearSpans()
        self.table.setRowCount(HEADER_LEVELS + 1 + len(rows))
        self.table.setColumnCount(ncols)
        bold = QFont()
        bold.setBold(True)
        for r in range(HEADER_LEVELS + 1):
            for c in range(ncols):
                self.table.setItem(r, c, QTableWidgetItem(""))
        for r0, c0, r1, c1, text in header_merges():
            item = QTableWidgetItem(QCoreApplication.translate("reports", text))
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            item.setFont(bold)
            self.table.setItem(r0, c0, item)
            if (r0, c0) != (r1, c1):
                self.table.setSpan(r0, c0, r1 - r0 + 1, c1 - c0 + 1)
        for c in range(ncols):
            item = QTableWidgetItem(f"({c + 1})")
            item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            self.table.setItem(HEADER_LEVELS, c, item)
        for i, row in enumerate(rows):
            for c, (key, _) in enumerate(COLUMNS):
                value = cell_value(row, key, i + 1)
                text = "" if value is None else (f"{value:.2f}" if isinstance(value, float) else str(value))
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter |
                                      (Qt.AlignmentFlag.AlignLeft if key == "field" else Qt.AlignmentFlag.AlignCenter))
                if row.is_total:
                    item.setFont(bold)
                if key in CELLS:
                    item.setData(Qt.ItemDataRole.UserRole, (row.field, key))
                self.table.setItem(HEADER_LEVELS + 1 + i, c, item)
        self.table.resizeColumnToContents(1)
        for r in range(HEADER_LEVELS):
            self.table.setRowHeight(r, 44)
        for b in (self.xlsx_button, self.pdf_button, self.book_button):
            b.setEnabled(True)

    def drill_cell(self, r: int, c: int) -> DrillDialog | None:
        """Double click on a number: the dossiers behind it."""
        item = self.table.item(r, c)
        target = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not target or self.period is None:
            return None
        fld, cell = target
        f, t = self.period
        codes = self.ctx.services.reports.drill_down(cell, fld, f, t)
        header = " – ".join(QCoreApplication.translate("reports", h) for h in COLUMNS[c][1] if h)
        return self._open_drill(f"{fld} – {header}", codes)

    def _open_drill(self, title: str, codes: list[str]) -> DrillDialog:
        dialog = DrillDialog(self.ctx, title, codes, self)
        dialog.setModal(False)
        dialog.show()
        self.last_drill = dialog
        return dialog

    # --- exports ----------------------------------------------------------------------------------------
    def export(self, fmt: str, path: Path | None = None) -> None:
        if self.period is None:
            return
        f, t = self.period
        if path is None:
            name = default_filename(f, t, "xlsx" if fmt == "xlsx" else "pdf")
            if fmt == "book":
                name = name.replace("bao-cao-tthc", "so-theo-doi")
            filters = "Excel (*.xlsx)" if fmt == "xlsx" else "PDF (*.pdf)"
            chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Lưu báo cáo"), name, filters)
            if not chosen:
                return
            path = Path(chosen)
        target = path
        self.ctx.runner.submit(lambda s: s.reports.export(fmt, f, t, target),
                               lambda out: self.ctx.bus.status_message.emit(self.tr("Đã lưu %1").replace("%1", str(out))),
                               self._failed)

    # --- dashboard -----------------------------------------------------------------------------------------
    def refresh_dashboard(self) -> None:
        self.ctx.runner.submit(lambda s: s.reports.dashboard(), self.dashboard.show_data, self._failed)

    def _drill_chart(self, what: str, key: object, label: str) -> None:
        board = self.dashboard.data
        if board is None:
            return
        reports = self.ctx.services.reports
        today = board.as_of
        if what == "month":
            assert isinstance(key, dt.date)
            codes = reports.drill_down("new", None, key, min(month_end(key), today))
            title = self.tr("Tiếp nhận mới tháng %1").replace("%1", label)
        elif what == "overdue_field":
            codes = reports.drill_down("pending_overdue", str(key), today, today)
            title = self.tr("Quá hạn – %1").replace("%1", label)
        elif what == "overdue_holder":
            codes = reports.drill_down("pending_overdue", None, today, today, holder=str(key))
            title = self.tr("Quá hạn – %1").replace("%1", label)
        else:
            codes = reports.satisfaction_codes(str(key), board.date_from, today)
            title = self.tr("Mức độ hài lòng – %1").replace("%1", label)
        self._open_drill(title, codes)

    # --- page protocol ---------------------------------------------------------------------------------------
    def activate(self) -> None:
        if self.period is None:
            self.run_report()

    def refresh(self) -> None:
        if self.period is not None:
            self.run_report()
        if self.tabs.currentIndex() == 1:
            self.refresh_dashboard()
