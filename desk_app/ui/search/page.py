"""Tra cứu: one box for code, name, ID number or phone; accent-insensitive; results as you type."""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from desk_app.domain.errors import QT_TRANSLATE_NOOP
from desk_app.services.tracking import DossierRow
from desk_app.ui.context import UiContext
from desk_app.ui.tracking.model import DossierTableModel
from desk_app.ui.tracking.page import DossierTable, date_edit, date_value

# What a query was taken for, shown in the summary line; translated at display time with ``Page.tr``.
KIND_LABELS = {
    "code": QT_TRANSLATE_NOOP("Page", "mã hồ sơ"), "code_prefix": QT_TRANSLATE_NOOP("Page", "mã hồ sơ"),
    "code_tail": QT_TRANSLATE_NOOP("Page", "mã hồ sơ"), "procedure": QT_TRANSLATE_NOOP("Page", "mã thủ tục"),
    "citizen_id": QT_TRANSLATE_NOOP("Page", "số định danh"), "phone": QT_TRANSLATE_NOOP("Page", "số điện thoại"),
    "digits": QT_TRANSLATE_NOOP("Page", "số định danh / điện thoại"), "name": QT_TRANSLATE_NOOP("Page", "họ tên"),
}


class Page(QWidget):
    """Searches run on the main thread: each answers in a few milliseconds even at 1,000,000 dossiers
    (bench/bench_tracking.py), which is simpler and snappier than a round trip to a worker."""

    DEBOUNCE_MS = 150
    LIMIT = 100

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Tra cứu hồ sơ")
        self.views: list[Any] = []
        self.last_ms = 0.0
        root = QVBoxLayout(self)
        self.box = QLineEdit()
        f = QFont()
        f.setPointSize(f.pointSize() + 4)
        self.box.setFont(f)
        self.box.setMinimumHeight(40)
        self.box.setClearButtonEnabled(True)
        self.box.setPlaceholderText(self.tr("Mã hồ sơ, họ tên (có hoặc không dấu), số định danh, số điện thoại…"))
        root.addWidget(self.box)
        bar = QHBoxLayout()
        self.procedure = QComboBox()
        self.procedure.addItem(self.tr("Mọi thủ tục"), None)
        for p in ctx.services.catalog.list(active_only=False):
            self.procedure.addItem(f"{p.code} — {p.name}", p.code)
        self.procedure.setMaximumWidth(420)
        self.date_from = date_edit()
        self.date_to = date_edit()
        bar.addWidget(QLabel(self.tr("Thủ tục")))
        bar.addWidget(self.procedure)
        bar.addWidget(QLabel(self.tr("Ngày nhận")))
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.date_to)
        bar.addStretch(1)
        root.addLayout(bar)
        t = ctx.services.tracking
        self._results: list[DossierRow] = []
        self.model = DossierTableModel(self._fetch, t.timing, t.user_names, self)
        self.table = DossierTable()
        self.table.setModel(self.model)
        self.table.set_widths()
        self.table.activated.connect(lambda idx: self.open_dossier(self.model.row_at(idx.row()).code))
        root.addWidget(self.table, 1)
        self.summary = QLabel()
        root.addWidget(self.summary)

        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(self.DEBOUNCE_MS)
        self.timer.timeout.connect(self.run)
        self.box.textChanged.connect(lambda _t: self.timer.start())
        self.box.returnPressed.connect(self._enter)
        self.procedure.currentIndexChanged.connect(lambda _i: self.run())
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(lambda _d: self.run())

    def _fetch(self, offset: int, limit: int, order: str | None) -> list[DossierRow]:
        return self._results if offset == 0 else []

    def search(self, text: str) -> None:
        """Show results for ``text`` now (the main window's global search box forwards here)."""
        self.box.blockSignals(True)
        self.box.setText(text)
        self.box.blockSignals(False)
        self.run()

    def run(self) -> None:
        self.timer.stop()
        text = self.box.text()
        t = self.ctx.services.tracking
        filters = {"procedure_code": self.procedure.currentData(), "date_from": date_value(self.date_from),
                   "date_to": date_value(self.date_to)}
        t0 = time.perf_counter()
        self._results = t.search(text, limit=self.LIMIT, **filters)
        self.last_ms = (time.perf_counter() - t0) * 1000
        self.model.reload()
        if not text.strip() and not any(filters.values()):
            self.summary.setText(self.tr("Gõ mã hồ sơ, họ tên, số định danh hoặc số điện thoại để tìm."))
        elif not self._results:
            self.summary.setText(self.tr("Không tìm thấy hồ sơ nào."))
        else:
            label = KIND_LABELS.get(t.classify_query(text))
            kind = self.tr(label) if label else ""
            more = self.tr(" (hiển thị {n} đầu tiên)").format(n=self.LIMIT) if len(self._results) >= self.LIMIT else ""
            self.summary.setText(self.tr("{n} hồ sơ theo {kind}{more} — {ms:.0f} ms").format(
                n=len(self._results), kind=kind, more=more, ms=self.last_ms))
        if self._results:
            self.table.selectRow(0)

    def _enter(self) -> None:
        self.run()
        if len(self._results) == 1:
            self.open_dossier(self._results[0].code)
        elif self._results:
            self.table.setFocus()

    # --- page protocol -------------------------------------------------------------------------
    def activate(self) -> None:
        self.box.setFocus()
        self.box.selectAll()

    def refresh(self) -> None:
        if self.box.text().strip():
            self.run()

    def open_dossier(self, code: str) -> Any:
        from desk_app.ui.dossier.view import DossierView

        view = DossierView(self.ctx, code, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.views.append(view)
        view.destroyed.connect(lambda _=None, v=view: self.views.remove(v) if v in self.views else None)
        view.show()
        return view
