"""Users tab: list accounts, add one, disable or enable, reset a password."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.lifecycle import ROLE_LABELS
from desk_app.domain.model import Role, User
from desk_app.services import Services
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.inputs import MessageLabel, VietnameseLineEdit


def role_label(role: Role) -> str:
    return QCoreApplication.translate("messages", ROLE_LABELS[role])


class UsersTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.users: list[User] = []
        self.table = QTableWidget(0, 4)
        self.table.setObjectName("users_table")
        self.table.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ và tên"), self.tr("Vai trò"),
                                              self.tr("Trạng thái")])
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.toggle_button = QPushButton(self.tr("&Khóa / mở khóa"))
        self.toggle_button.setObjectName("user_toggle")
        self.new_password = QLineEdit()
        self.new_password.setObjectName("user_new_password")
        self.new_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.new_password.setPlaceholderText(self.tr("mật khẩu mới (ít nhất 8 ký tự)"))
        self.reset_button = QPushButton(self.tr("Đặt lại &mật khẩu"))
        self.reset_button.setObjectName("user_reset_password")

        self.username = VietnameseLineEdit(placeholder=self.tr("chữ thường không dấu, ví dụ: canbo3"))
        self.username.setObjectName("new_username")
        self.full_name = VietnameseLineEdit()
        self.full_name.setObjectName("new_full_name")
        self.role = QComboBox()
        self.role.setObjectName("new_role")
        for role in (Role.CLERK, Role.HANDLER, Role.LEADER, Role.ADMIN):
            self.role.addItem(role_label(role), role.value)
        self.password = QLineEdit()
        self.password.setObjectName("new_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.add_button = QPushButton(self.tr("&Thêm tài khoản"))
        self.add_button.setObjectName("user_add")
        self.message = MessageLabel("users_message")

        actions = QHBoxLayout()
        actions.addWidget(self.toggle_button)
        actions.addStretch(1)
        actions.addWidget(self.new_password)
        actions.addWidget(self.reset_button)
        add_box = QGroupBox(self.tr("Tài khoản mới"))
        form = QFormLayout(add_box)
        form.addRow(self.tr("Tên đăng nhập"), self.username)
        form.addRow(self.tr("Họ và tên"), self.full_name)
        form.addRow(self.tr("Vai trò"), self.role)
        form.addRow(self.tr("Mật khẩu"), self.password)
        form.addRow("", self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        layout.addWidget(add_box)
        layout.addWidget(self.message)
        self.toggle_button.clicked.connect(self.toggle_selected)
        self.reset_button.clicked.connect(self.reset_password)
        self.add_button.clicked.connect(self.add_user)
        self.refresh()

    def refresh(self) -> None:
        self.users = self.ctx.services.auth.list_users()
        self.table.setRowCount(len(self.users))
        for row, u in enumerate(self.users):
            state = self.tr("đang dùng") if u.active else self.tr("đã khóa")
            for col, text in enumerate((u.username, u.full_name, role_label(u.role), state)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, u.username)
                self.table.setItem(row, col, item)

    def selected(self) -> User | None:
        row = self.table.currentRow()
        if 0 <= row < len(self.users):
            return self.users[row]
        self.message.show_error(self.tr("Chưa chọn tài khoản trong danh sách."))
        return None

    def select(self, username: str) -> None:
        for row, u in enumerate(self.users):
            if u.username == username:
                self.table.selectRow(row)
                return

    def _run(self, work: Any, done_text: str) -> None:
        def ok(_: Any) -> None:
            self.refresh()
            self.message.show_message(done_text, "ok")
            self.ctx.bus.data_changed.emit()

        self.ctx.runner.submit(work, ok, self.message.show_error)

    def toggle_selected(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor = self.ctx.require_user()
        active = not user.active
        template = self.tr("Đã mở khóa tài khoản {username}.") if active else self.tr("Đã khóa tài khoản {username}.")
        text = template.format(username=user.username)
        self._run(lambda s: s.auth.set_active(actor, user.username, active), text)

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        actor, password = self.ctx.require_user(), self.new_password.text()
        self.new_password.clear()
        self._run(lambda s: s.auth.set_password(actor, user.username, password),
                  self.tr("Đã đặt lại mật khẩu cho {username}.").format(username=user.username))

    def add_user(self) -> None:
        actor = self.ctx.require_user()
        username, full_name = self.username.value(), self.full_name.value()
        role, password = str(self.role.currentData()), self.password.text()

        def work(s: Services) -> User:
            return s.auth.add_user(actor, username, full_name, role, password)

        def ok(user: User) -> None:
            for edit in (self.username, self.full_name, self.password):
                edit.clear()
            self.refresh()
            self.select(user.username)
            self.message.show_message(self.tr("Đã tạo tài khoản {username} ({role}).").format(
                username=user.username, role=role_label(user.role)), "ok")

        self.ctx.runner.submit(work, ok, self.message.show_error)
