"""The administrator's page (key "admin"): office profile, users, catalog, calendar and backups in tabs."""

from __future__ import annotations

from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desk_app.ui.admin.backup_tab import BackupTab
from desk_app.ui.admin.calendar_tab import CalendarTab
from desk_app.ui.admin.catalog_tab import CatalogTab
from desk_app.ui.admin.office_tab import OfficeTab
from desk_app.ui.admin.users_tab import UsersTab
from desk_app.ui.context import UiContext


class Page(QWidget):
    key = "admin"

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("admin_page")
        self.title = self.tr("Quản trị")
        self.office = OfficeTab(ctx)
        self.users = UsersTab(ctx)
        self.catalog = CatalogTab(ctx)
        self.calendar = CalendarTab(ctx)
        self.backup = BackupTab(ctx)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("admin_tabs")
        self.tabs.addTab(self.office, self.tr("Hồ sơ &cơ quan"))
        self.tabs.addTab(self.users, self.tr("&Tài khoản"))
        self.tabs.addTab(self.catalog, self.tr("&Danh mục thủ tục"))
        self.tabs.addTab(self.calendar, self.tr("&Lịch làm việc"))
        self.tabs.addTab(self.backup, self.tr("&Sao lưu"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)

    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        for tab in (self.users, self.catalog, self.calendar, self.backup):
            tab.refresh()
