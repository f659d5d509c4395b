"""A table model over dossier rows that fetches pages lazily (never the whole table) and colours lateness."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from desk_app.domain.errors import QT_TRANSLATE_NOOP
from desk_app.domain.lifecycle import STATUS_LABELS
from desk_app.domain.model import Status
from desk_app.services.tracking import DossierRow

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int, str | None], list[DossierRow]]  # (offset, limit, order) -> rows

OVERDUE_BG = QColor("#f8d7da")
OVERDUE_FG = QColor("#842029")
SOON_BG = QColor("#fff3cd")

RESOLUTION_LABELS = {
    "early": QT_TRANSLATE_NOOP("tracking", "Trước hạn"),
    "on_time": QT_TRANSLATE_NOOP("tracking", "Đúng hạn"),
    "late": QT_TRANSLATE_NOOP("tracking", "Quá hạn"),
}


def fmt_date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


def fmt_datetime(d: dt.datetime | None) -> str:
    return d.strftime("%H:%M %d/%m/%Y") if d else ""


def status_text(status: Status | str) -> str:
    """A dossier status in the user's language (an unknown stored value is shown as it is)."""
    member = Status._value2member_map_.get(status)  # a Status is a str: members and stored values alike
    if not isinstance(member, Status):
        return str(status)
    return QCoreApplication.translate("messages", STATUS_LABELS[member])


def resolution_text(value: str | None) -> str:
    if not value:
        return ""
    return QCoreApplication.translate("tracking", RESOLUTION_LABELS.get(value, value))


class DossierTableModel(QAbstractTableModel):
    """Rows come from ``fetch(offset, limit, order)`` a page at a time, as the view scrolls."""

    PAGE = 200
    COLUMNS: list[tuple[str, str]] = [  # (order key, header)
        ("code", QT_TRANSLATE_NOOP("tracking", "Mã hồ sơ")),
        ("applicant_name", QT_TRANSLATE_NOOP("tracking", "Người nộp")),
        ("procedure_name", QT_TRANSLATE_NOOP("tracking", "Thủ tục")),
        ("received_at", QT_TRANSLATE_NOOP("tracking", "Ngày nhận")),
        ("due_date", QT_TRANSLATE_NOOP("tracking", "Hẹn trả")),
        ("status", QT_TRANSLATE_NOOP("tracking", "Trạng thái")),
        ("holder", QT_TRANSLATE_NOOP("tracking", "Đang giữ")),
    ]

    def __init__(self, fetch: Fetch, timing: Callable[[DossierRow], str | None],
                 user_names: Callable[[], dict[str, str]], parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._timing = timing
        self._user_names = user_names
        self._names: dict[str, str] = {}
        self._rows: list[DossierRow] = []
        self._marks: list[str | None] = []
        self._more = True
        self.order: str | None = None

    # --- loading -------------------------------------------------------------------------------
    def reload(self) -> None:
        self.beginResetModel()
        self._names = self._user_names()
        self._rows, self._marks, self._more = [], [], True
        self._load_page()
        self.endResetModel()

    def set_fetch(self, fetch: Fetch) -> None:
        self._fetch = fetch
        self.reload()

    def _load_page(self) -> list[DossierRow]:
        page = self._fetch(len(self._rows), self.PAGE, self.order)
        self._more = len(page) >= self.PAGE
        self._rows.extend(page)
        self._marks.extend(self._timing(r) for r in page)
        return page

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt API
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt API
        if parent.isValid() or not self._more:
            return
        start = len(self._rows)
        page = self._fetch(start, self.PAGE, self.order)
        self._more = len(page) >= self.PAGE
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self._marks.extend(self._timing(r) for r in page)
            self.endInsertRows()

    # --- Qt model ------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("tracking", self.COLUMNS[section][1])
        return None

    def row_at(self, row: int) -> DossierRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rows(self) -> list[DossierRow]:
        return list(self._rows)

    def mark(self, row: int) -> str | None:
        return self._marks[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self._rows[index.row()]
        key = self.COLUMNS[index.column()][0]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "code":
                return r.code
            if key == "applicant_name":
                return r.applicant_name
            if key == "procedure_name":
                return r.procedure_name
            if key == "received_at":
                return fmt_datetime(r.received_at)
            if key == "due_date":
                if r.apology_due_date and r.base_due_date and r.apology_due_date != r.base_due_date:
                    return f"{fmt_date(r.due_date)} (gốc {fmt_date(r.base_due_date)})"
                return fmt_date(r.due_date)
            if key == "status":
                text = status_text(r.status)
                if r.resolution and r.status.value in ("result_ready", "returned"):
                    text += f" · {resolution_text(r.resolution.value)}"
                if r.agency and r.status.value == "at_agency":
                    text += f" · {r.agency}"
                return text
            if key == "holder":
                return self._names.get(r.holder, r.holder)
        mark = self._marks[index.row()]
        if role == Qt.ItemDataRole.BackgroundRole and mark:
            return QBrush(OVERDUE_BG if mark == "overdue" else SOON_BG)
        if role == Qt.ItemDataRole.ForegroundRole and mark == "overdue":
            return QBrush(OVERDUE_FG)
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = [f"{r.code} — {r.applicant_name}", r.procedure_name]
            if mark == "overdue":
                tips.append(QCoreApplication.translate("tracking", "Đã quá hạn trả kết quả"))
            elif mark == "due_soon":
                tips.append(QCoreApplication.translate("tracking", "Sắp đến hạn trả kết quả"))
            return "\n".join(tips)
        if role == Qt.ItemDataRole.UserRole:
            return r.code
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.COLUMNS[column][0]
        self.order = key if order == Qt.SortOrder.AscendingOrder else f"-{key}"
        self.reload()
