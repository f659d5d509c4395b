"""Backup tab: back up now, list the backups kept beside the database, restore one (then restart)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.paths import backups_dir
from desk_app.services import Services
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.inputs import MessageLabel


class BackupTab(QWidget):
    restored = Signal(str)  # path of the restored database: the app must restart to use it

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.info = QLabel()
        self.info.setObjectName("backup_info")
        self.info.setWordWrap(True)
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels([self.tr("Tệp sao lưu"), self.tr("Thời điểm"), self.tr("Dung lượng")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.backup_button = QPushButton(self.tr("&Sao lưu ngay"))
        self.backup_button.setObjectName("backup_now")
        self.restore_button = QPushButton(self.tr("&Khôi phục bản đã chọn…"))
        self.restore_button.setObjectName("backup_restore")
        self.restore_file_button = QPushButton(self.tr("Khôi phục từ &tệp khác…"))
        self.restore_file_button.setObjectName("backup_restore_file")
        self.message = MessageLabel("backup_message")
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.restore_file_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.info)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button.clicked.connect(self.choose_restore_file)
        self.refresh()

    @property
    def folder(self) -> Path:
        return backups_dir(self.ctx.services.store.path)

    def backups(self) -> list[Path]:
        if not self.folder.is_dir():
            return []
        found = [p for p in self.folder.iterdir() if p.suffix in (".sqlite3", ".db") and p.is_file()]
        return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)

    def refresh(self) -> None:
        self.info.setText(self.tr(
            "Cơ sở dữ liệu: {db}\nThư mục sao lưu: {folder}\nNên sao lưu mỗi ngày và chép bản sao lưu sang USB "
            "hoặc máy khác.").format(db=self.ctx.services.store.path, folder=self.folder))
        files = self.backups()
        self.table.setRowCount(len(files))
        for row, path in enumerate(files):
            st = path.stat()
            when = dt.datetime.fromtimestamp(st.st_mtime).strftime("%d/%m/%Y %H:%M")
            for col, text in enumerate((path.name, when, f"{st.st_size / 1_048_576:.1f} MB")):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(path))
                self.table.setItem(row, col, item)

    def backup_now(self) -> None:
        self.backup_button.setEnabled(False)
        self.message.show_message(self.tr("Đang sao lưu…"), "hint")

        def ok(path: Path) -> None:
            self.backup_button.setEnabled(True)
            self.refresh()
            self.message.show_message(self.tr("Đã sao lưu vào {path}.").format(path=path), "ok")

        def failed(exc: BaseException) -> None:
            self.backup_button.setEnabled(True)
            self.message.show_error(exc)

        self.ctx.runner.submit(lambda s: s.backup(), ok, failed)

    def restore_selected(self) -> None:
        row = self.table.currentRow()
        item = self.table.item(row, 0) if row >= 0 else None
        if item is None:
            self.message.show_error(self.tr("Chưa chọn bản sao lưu trong danh sách."))
            return
        self.restore(Path(item.data(Qt.ItemDataRole.UserRole)))

    def choose_restore_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bản sao lưu"), str(self.folder),
                                              self.tr("Cơ sở dữ liệu (*.sqlite3 *.db);;Mọi tệp (*)"))
        if path:
            self.restore(Path(path))

    def confirm(self, source: Path) -> bool:
        text = self.tr(
            "Thay toàn bộ dữ liệu hiện tại bằng bản sao lưu\n{source}?\n\n"
            "Dữ liệu hiện tại được giữ lại một bản bên cạnh cơ sở dữ liệu. Sau khi khôi phục phải đóng và mở lại "
            "phần mềm; mọi hồ sơ nhập sau thời điểm sao lưu sẽ không còn trong dữ liệu đang dùng."
        ).format(source=source)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Khôi phục dữ liệu"), text,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("restore_confirm")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Khôi phục"))
        box.button(QMessageBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def restore(self, source: Path) -> None:
        if not self.confirm(source):
            self.message.show_message(self.tr("Đã hủy khôi phục."), "hint")
            return
        target = self.ctx.services.store.path

        def work(_: Services) -> Path:
            # A backup of the live file first, then the verified copy; old file kept "-before-restore".
            return Services.restore(source, target)

        def ok(path: Path) -> None:
            for button in (self.backup_button, self.restore_button, self.restore_file_button):
                button.setEnabled(False)
            self.message.show_message(self.tr(
                "Đã khôi phục dữ liệu từ {source}. Hãy đóng và mở lại Một Cửa Desk để dùng dữ liệu đã khôi phục."
            ).format(source=source.name), "ok")
            self.ctx.bus.status_message.emit(self.tr("Đã khôi phục: cần khởi động lại phần mềm."))
            self.restored.emit(str(path))

        self.ctx.runner.submit(work, ok, self.message.show_error)
