"""Working calendar tab: a year's public holidays and the office's own days off and make-up working days."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.calendar import weekday_vi
from desk_app.services import Services
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.inputs import MessageLabel, VietnameseLineEdit


class CalendarTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.year = QSpinBox()
        self.year.setObjectName("calendar_year")
        self.year.setRange(2000, 2100)
        self.year.setValue(ctx.clock().year)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("calendar_table")
        self.table.setHorizontalHeaderLabels([self.tr("Ngày"), self.tr("Thứ"), self.tr("Loại"), self.tr("Ghi chú")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.day = QDateEdit()
        self.day.setObjectName("calendar_day")
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.day.setCalendarPopup(True)
        today = ctx.clock().date()
        self.day.setDate(QDate(today.year, today.month, today.day))
        self.kind = QComboBox()
        self.kind.setObjectName("calendar_kind")
        self.kind.addItem(self.tr("Nghỉ (thêm ngày nghỉ)"), "off")
        self.kind.addItem(self.tr("Làm việc (làm bù)"), "work")
        self.note = VietnameseLineEdit(placeholder=self.tr("ghi chú, ví dụ: nghỉ bù theo thông báo của tỉnh"))
        self.note.setObjectName("calendar_note")
        self.add_button = QPushButton(self.tr("&Đặt ngày"))
        self.add_button.setObjectName("calendar_set")
        self.remove_button = QPushButton(self.tr("&Bỏ điều chỉnh của ngày chọn"))
        self.remove_button.setObjectName("calendar_remove")
        self.message = MessageLabel("calendar_message")

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Năm")))
        top.addWidget(self.year)
        top.addStretch(1)
        top.addWidget(self.remove_button)
        edit = QHBoxLayout()
        edit.addWidget(self.day)
        edit.addWidget(self.kind)
        edit.addWidget(self.note, 1)
        edit.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addLayout(edit)
        layout.addWidget(self.message)
        self.year.valueChanged.connect(lambda _: self.refresh())
        self.add_button.clicked.connect(self.set_day)
        self.remove_button.clicked.connect(self.remove_selected)
        self.refresh()

    def rows(self, year: int) -> list[tuple[dt.date, str, str, bool]]:
        """(day, kind label, note, is an office override) for the year's holidays and overrides."""
        cal = self.ctx.services.calendar()
        own = {d: (k, n) for d, k, n in self.ctx.services.calendar_repo.list() if d.year == year}
        out = []
        day = dt.date(year, 1, 1)
        while day.year == year:
            if day in own:
                kind, note = own[day]
                label = self.tr("Nghỉ (cơ quan)") if kind == "off" else self.tr("Làm bù (cơ quan)")
                out.append((day, label, note or cal.override_note(day) or "", True))
            elif cal.override_note(day) is not None:
                label = self.tr("Nghỉ (thông báo)") if cal.is_holiday(day) else self.tr("Làm bù (thông báo)")
                out.append((day, label, cal.override_note(day) or "", False))
            elif cal.holiday_name(day):
                out.append((day, self.tr("Ngày lễ"), cal.holiday_name(day) or "", False))
            day += dt.timedelta(days=1)
        return out

    def refresh(self) -> None:
        rows = self.rows(self.year.value())
        self.table.setRowCount(len(rows))
        for r, (day, label, note, own) in enumerate(rows):
            weekday = QCoreApplication.translate("weekdays", weekday_vi(day))
            for c, text in enumerate((day.strftime("%d/%m/%Y"), weekday, label, note)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, (day.isoformat(), own))
                self.table.setItem(r, c, item)

    def _after(self, text: str) -> None:
        self.ctx.services._calendar = None  # written on the worker's connection: reload here
        self.refresh()
        self.message.show_message(text, "ok")
        self.ctx.bus.data_changed.emit()

    def set_day(self) -> None:
        actor = self.ctx.require_user()
        q = self.day.date()
        day = dt.date(q.year(), q.month(), q.day())
        kind, note = str(self.kind.currentData()), self.note.value()

        def work(s: Services) -> None:
            s.set_calendar_day(actor, day, kind, note)

        if day.year != self.year.value():
            self.year.setValue(day.year)
        self.ctx.runner.submit(work, lambda _: self._after(self.tr("Đã đặt ngày {day}.").format(
            day=day.strftime("%d/%m/%Y"))), self.message.show_error)

    def remove_selected(self) -> None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        if item is None:
            self.message.show_error(self.tr("Chưa chọn ngày trong danh sách."))
            return
        iso, own = item.data(Qt.ItemDataRole.UserRole)
        day = dt.date.fromisoformat(iso)
        if not own:
            self.message.show_error(self.tr(
                "Ngày {day} là ngày lễ hoặc theo thông báo chung, không phải điều chỉnh của cơ quan; "
                "muốn đi làm ngày này thì đặt «Làm việc».").format(day=day.strftime("%d/%m/%Y")))
            return
        actor = self.ctx.require_user()
        self.ctx.runner.submit(lambda s: s.remove_calendar_day(actor, day),
                               lambda _: self._after(self.tr("Đã bỏ điều chỉnh ngày {day}.").format(
                                   day=day.strftime("%d/%m/%Y"))), self.message.show_error)
