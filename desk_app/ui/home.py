"""The home view: today's counters, refreshed whenever work is done, read in the background."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QVBoxLayout, QWidget

from desk_app.services import Services
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.inputs import message_text

COUNTERS = ("received_today", "due_today", "overdue", "ready_to_return", "waiting_to_sync")


class _Tile(QFrame):
    def __init__(self, key: str, title: str, color: str) -> None:
        super().__init__()
        self.setObjectName(f"tile_{key}")
        self.setStyleSheet(
            f"#tile_{key} {{ background: white; border: 1px solid #d0d4da; border-left: 6px solid {color};"
            " border-radius: 6px; }")
        self.value = QLabel("…")
        self.value.setObjectName(f"count_{key}")
        self.value.setStyleSheet(f"font-size: 30pt; font-weight: 700; color: {color}; border: none;")
        label = QLabel(title)
        label.setStyleSheet("font-size: 11pt; color: #3c4043; border: none;")
        label.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.value)
        lay.addWidget(label)
        self.setMinimumSize(180, 110)


class HomeView(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Trang chủ")
        self.greeting = QLabel()
        self.greeting.setObjectName("greeting")
        self.greeting.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #5f6368; font-size: 11pt;")
        titles = {
            "received_today": (self.tr("Tiếp nhận hôm nay"), "#1a5fb4"),
            "due_today": (self.tr("Đến hạn trả hôm nay"), "#b35900"),
            "overdue": (self.tr("Quá hạn"), "#b3261e"),
            "ready_to_return": (self.tr("Có kết quả, chờ trả"), "#1e6b34"),
            "waiting_to_sync": (self.tr("Chờ đồng bộ lên cấp trên"), "#5e4fa2"),
        }
        self.tiles = {k: _Tile(k, *titles[k]) for k in COUNTERS}
        grid = QGridLayout()
        grid.setSpacing(16)
        for i, key in enumerate(COUNTERS):
            grid.addWidget(self.tiles[key], i // 3, i % 3)
        self.sync_line = QLabel()
        self.sync_line.setObjectName("sync_line")
        self.sync_line.setWordWrap(True)
        help_text = QLabel(self.tr(
            "Ctrl+N: tiếp nhận hồ sơ mới · Ctrl+F: tìm kiếm hoặc quét mã hồ sơ · Ctrl+L: khóa màn hình · F1: phím tắt"))
        help_text.setStyleSheet("color: #5f6368;")
        help_text.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(32, 24, 32, 24)
        lay.addWidget(self.greeting)
        lay.addWidget(self.subtitle)
        lay.addSpacing(16)
        lay.addLayout(grid)
        lay.addSpacing(8)
        lay.addWidget(self.sync_line)
        lay.addSpacing(16)
        lay.addWidget(help_text)
        lay.addStretch(1)
        self._loading = False
        self._stale = False
        ctx.bus.data_changed.connect(self.refresh)

    def activate(self) -> None:
        user = self.ctx.user
        office = self.ctx.services.office()
        today = self.ctx.clock().date()
        self.greeting.setText(self.tr("Xin chào, {name}").format(name=user.full_name if user else ""))
        self.subtitle.setText(f"{office.name} — " + self.tr("hôm nay {date}").format(date=today.strftime("%d/%m/%Y")))
        self.refresh()

    def refresh(self) -> None:
        """Counting runs in the background so a large database never freezes the window."""
        if self._loading:
            self._stale = True
            return
        self._loading = True
        today = self.ctx.clock().date()
        self.ctx.runner.submit(lambda s: {**s.dossiers.counters(today), "_sync": _sync_status(s)},
                               self._show, self._failed)

    def _show(self, counts: dict[str, int]) -> None:
        self._loading = False
        for key, tile in self.tiles.items():
            tile.value.setText(f"{counts.get(key, 0):,}".replace(",", "."))
        last, warning = counts.get("_sync") or (None, None)
        text = (self.tr("Đồng bộ thành công lần cuối: {when}").format(when=last.strftime("%H:%M %d/%m/%Y"))
                if last else self.tr("Chưa đồng bộ thành công lần nào."))
        if warning:
            text += " — " + message_text(warning)
        self.sync_line.setText(text)
        self.sync_line.setStyleSheet("color: #b3261e; font-weight: 600;" if warning else "color: #5f6368;")
        if self._stale:
            self._stale = False
            self.refresh()

    def _failed(self, err: BaseException) -> None:
        self._loading = False
        for tile in self.tiles.values():
            tile.value.setText("?")
        self.ctx.bus.status_message.emit(str(err))

    def counts(self) -> dict[str, str]:
        return {k: t.value.text() for k, t in self.tiles.items()}


def _sync_status(s: Services) -> tuple[Any, Any]:
    """Last successful sync and the too-long-ago warning (None when the sync room is absent)."""
    try:
        st = s.sync.status()
    except ImportError:
        return None, None
    return st.last_success, st.warning
