"""Theo dõi: the work queues with counts, filters, lateness colours and a late-dossier warning."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.model import Role
from desk_app.services.tracking import QUEUES, DossierRow
from desk_app.ui.context import UiContext
from desk_app.ui.tracking.model import DossierTableModel

NO_DATE = QDate(2000, 1, 1)


def date_edit(parent: QWidget | None = None) -> QDateEdit:
    """A date box where the minimum (shown as "—") means "no limit"."""
    w = QDateEdit(parent)
    w.setCalendarPopup(True)
    w.setDisplayFormat("dd/MM/yyyy")
    w.setMinimumDate(NO_DATE)
    w.setSpecialValueText("—")
    w.setDate(NO_DATE)
    return w


def date_value(w: QDateEdit) -> dt.date | None:
    q = w.date()
    if q == NO_DATE:
        return None
    return dt.date(q.year(), q.month(), q.day())


class DossierTable(QTableView):
    """A table of dossiers: Enter or double click opens the dossier."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(False)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(26)
        self.horizontalHeader().setStretchLastSection(False)
        self.setWordWrap(False)

    def set_widths(self) -> None:
        h = self.horizontalHeader()
        h.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for col, width in enumerate((210, 190, 300, 130, 190, 220, 160)):
            self.setColumnWidth(col, width)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

    def current_code(self) -> str | None:
        idx = self.currentIndex()
        if not idx.isValid():
            return None
        return self.model().data(idx.siblingAtColumn(0), Qt.ItemDataRole.UserRole)


class Page(QWidget):
    """Queues as tabs (with counts); a filter bar; a lazily paged table."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Theo dõi hồ sơ")
        self.views: list[Any] = []
        self._keys = list(QUEUES)
        self._build()
        self._load_filters()
        self.refresh()

    @property
    def tracking(self) -> Any:
        return self.ctx.services.tracking

    def _build(self) -> None:
        root = QVBoxLayout(self)
        self.warning = QPushButton()
        self.warning.setStyleSheet("QPushButton { background: #fff3cd; color: #664d03; border: 1px solid #ffda6a; "
                                   "padding: 6px; text-align: left; font-weight: bold; }")
        self.warning.clicked.connect(lambda: self.set_queue("needs_apology"))
        self.warning.hide()
        root.addWidget(self.warning)

        self.tabs = QTabBar()
        self.tabs.setExpanding(False)
        self.tabs.setDrawBase(True)
        for key in self._keys:
            self.tabs.addTab(QCoreApplication.translate("tracking", QUEUES[key].label))
        self.tabs.currentChanged.connect(lambda _i: self.reload())
        root.addWidget(self.tabs)

        bar = QHBoxLayout()
        self.field = QComboBox()
        self.procedure = QComboBox()
        self.procedure.setMinimumWidth(260)
        self.procedure.setMaximumWidth(420)
        self.holder = QComboBox()
        self.date_label = QLabel()
        self.date_from = date_edit()
        self.date_to = date_edit()
        self.within = QSpinBox()
        self.within.setRange(1, 30)
        self.within.setValue(3)
        self.within.setSuffix(self.tr(" ngày làm việc"))
        self.within_label = QLabel(self.tr("Trong vòng"))
        clear = QPushButton(self.tr("Bỏ lọc"))
        clear.clicked.connect(self.clear_filters)
        for label, w in ((self.tr("Lĩnh vực"), self.field), (self.tr("Thủ tục"), self.procedure),
                         (self.tr("Người giữ"), self.holder)):
            bar.addWidget(QLabel(label))
            bar.addWidget(w)
        bar.addWidget(self.date_label)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.date_to)
        bar.addWidget(self.within_label)
        bar.addWidget(self.within)
        bar.addWidget(clear)
        bar.addStretch(1)
        root.addLayout(bar)

        self.model = DossierTableModel(self._fetch, self.tracking.timing, self.tracking.user_names, self)
        self.table = DossierTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.set_widths()
        self.table.activated.connect(lambda idx: self.open_dossier(self.model.row_at(idx.row()).code))
        root.addWidget(self.table, 1)

        foot = QHBoxLayout()
        self.summary = QLabel()
        legend = QLabel(self.tr("<span style='background:#f8d7da'>&nbsp;Quá hạn&nbsp;</span> "
                                "<span style='background:#fff3cd'>&nbsp;Đến hạn trong 1 ngày làm việc&nbsp;</span>"))
        open_btn = QPushButton(self.tr("Mở hồ sơ"))
        open_btn.clicked.connect(self._open_current)
        foot.addWidget(self.summary)
        foot.addStretch(1)
        foot.addWidget(legend)
        foot.addWidget(open_btn)
        root.addLayout(foot)

        for w in (self.field, self.procedure, self.holder):
            w.currentIndexChanged.connect(lambda _i: self.reload())
        for d in (self.date_from, self.date_to):
            d.dateChanged.connect(lambda _d: self.reload())
        self.within.valueChanged.connect(lambda _v: self.reload())

    def _load_filters(self) -> None:
        s = self.ctx.services
        for combo in (self.field, self.procedure, self.holder):
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(self.tr("Tất cả"), None)
        for f in self.tracking.fields():
            self.field.addItem(f, f)
        for p in s.catalog.list(active_only=False):
            self.procedure.addItem(f"{p.code} — {p.name}", p.code)
        for u in s.auth.users.list():
            if u.role is not Role.ADMIN:
                self.holder.addItem(u.full_name, u.username)
        for combo in (self.field, self.procedure, self.holder):
            combo.blockSignals(False)
        user = self.ctx.user
        if user is not None and user.role is Role.HANDLER:  # a handler starts with their own dossiers
            i = self.holder.findData(user.username)
            if i >= 0:
                self.holder.blockSignals(True)
                self.holder.setCurrentIndex(i)
                self.holder.blockSignals(False)

    # --- queries -------------------------------------------------------------------------------
    @property
    def queue_name(self) -> str:
        return self._keys[max(0, self.tabs.currentIndex())]

    def filters(self) -> dict[str, Any]:
        return {
            "field": self.field.currentData(),
            "procedure_code": self.procedure.currentData(),
            "holder": self.holder.currentData(),
            "date_from": date_value(self.date_from),
            "date_to": date_value(self.date_to),
            "within_days": self.within.value(),
        }

    def _fetch(self, offset: int, limit: int, order: str | None) -> list[DossierRow]:
        return self.tracking.queue(self.queue_name, order=order, limit=limit, offset=offset, **self.filters())

    def set_queue(self, name: str) -> None:
        self.tabs.setCurrentIndex(self._keys.index(name))

    def clear_filters(self) -> None:
        for w in (self.field, self.procedure, self.holder):
            w.blockSignals(True)
            w.setCurrentIndex(0)
            w.blockSignals(False)
        for d in (self.date_from, self.date_to):
            d.blockSignals(True)
            d.setDate(NO_DATE)
            d.blockSignals(False)
        self.reload()

    def reload(self) -> None:
        spec = QUEUES[self.queue_name]
        self.date_label.setText(QCoreApplication.translate("tracking", spec.date_label))
        soon = self.queue_name == "due_soon"
        self.within.setVisible(soon)
        self.within_label.setVisible(soon)
        self.model.order = None
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.model.reload()
        self._update_counts()

    def _update_counts(self) -> None:
        f = self.filters()
        counts = self.tracking.queue_counts(**f)
        self.counts = counts
        for i, key in enumerate(self._keys):
            self.tabs.setTabText(i, f"{QCoreApplication.translate('tracking', QUEUES[key].label)} ({counts[key]})")
            if key in ("overdue", "needs_apology"):
                self.tabs.setTabTextColor(i, Qt.GlobalColor.darkRed if counts[key] else Qt.GlobalColor.black)
        n = counts[self.queue_name]
        note = ""
        if self.queue_name == "returned" and f["date_from"] is None and f["date_to"] is None:
            note = " " + self.tr("(30 ngày gần nhất)")
        self.summary.setText(self.tr("{n} hồ sơ").format(n=n) + note)
        warn = self.tracking.queue_count("needs_apology")
        if warn:
            self.warning.setText("⚠ " + self.tr("{n} hồ sơ sắp hoặc đã quá hạn mà chưa có Phiếu xin lỗi, hẹn lại "
                                                "(Mẫu 04). Bấm để xem.").format(n=warn))
            self.warning.show()
        else:
            self.warning.hide()

    # --- page protocol -------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()
        self.table.setFocus()

    def refresh(self) -> None:
        self.model.reload()
        self._update_counts()

    def _open_current(self) -> None:
        code = self.table.current_code()
        if code:
            self.open_dossier(code)

    def open_dossier(self, code: str) -> Any:
        from desk_app.ui.dossier.view import DossierView

        view = DossierView(self.ctx, code, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.views.append(view)
        view.destroyed.connect(lambda _=None, v=view: self.views.remove(v) if v in self.views else None)
        view.show()
        return view
