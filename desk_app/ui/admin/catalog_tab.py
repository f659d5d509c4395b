"""Catalog tab: the procedures in force, and importing a new catalog file (a bad file changes nothing)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.services import Services
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.inputs import MessageLabel


class CatalogTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source = QLabel()
        self.source.setObjectName("catalog_source")
        self.source.setWordWrap(True)
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("catalog_table")
        self.table.setHorizontalHeaderLabels([self.tr("Mã"), self.tr("Tên thủ tục"), self.tr("Lĩnh vực"),
                                              self.tr("Thời hạn")])
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.import_button = QPushButton(self.tr("&Nhập danh mục từ tệp JSON…"))
        self.import_button.setObjectName("catalog_import")
        self.message = MessageLabel("catalog_message")
        row = QHBoxLayout()
        row.addWidget(self.source, 1)
        row.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        self.import_button.clicked.connect(self.choose_file)
        self.refresh()

    def refresh(self) -> None:
        procedures = self.ctx.services.catalog.list()
        self.table.setRowCount(len(procedures))
        for row, p in enumerate(procedures):
            for col, text in enumerate((p.code, p.name, p.field, p.time_label)):
                self.table.setItem(row, col, QTableWidgetItem(text))
        info = self.ctx.services.settings.get("catalog_source") or {}
        self.source.setText(self.tr("{count} thủ tục đang áp dụng. Nguồn: {file}").format(
            count=len(procedures), file=Path(str(info.get("file", ""))).name or self.tr("danh mục đi kèm phần mềm")))

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn tệp danh mục thủ tục"), "",
                                              self.tr("Danh mục JSON (*.json);;Mọi tệp (*)"))
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        actor = self.ctx.require_user()
        self.import_button.setEnabled(False)
        self.message.show_message(self.tr("Đang kiểm tra và nhập {file}…").format(file=path.name), "hint")

        def work(s: Services) -> int:
            return s.catalog.import_file(actor, path)

        def ok(count: int) -> None:
            self.import_button.setEnabled(True)
            self.refresh()
            self.message.show_message(self.tr("Đã nhập {count} thủ tục từ {file}.").format(count=count, file=path.name),
                                      "ok")
            self.ctx.bus.data_changed.emit()

        def failed(exc: BaseException) -> None:
            self.import_button.setEnabled(True)
            # CatalogError names the file, the entry and the field; the catalog in force is unchanged.
            self.message.show_error(exc)

        self.ctx.runner.submit(work, ok, failed)
