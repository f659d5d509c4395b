"""Signing in: the login dialog, the lock screen, and the idle watcher that locks the window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.model import User
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.inputs import MessageLabel

DEFAULT_IDLE_MINUTES = 10


class LoginForm(QWidget):
    """User name + password; emits ``signed_in(user)``. The check runs through the runner."""

    signed_in = Signal(object)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, *, username: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.username = QLineEdit(username)
        self.username.setObjectName("username")
        self.password = QLineEdit()
        self.password.setObjectName("password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.message = MessageLabel("loginMessage")
        self.button = QPushButton(self.tr("Đăng nhập (Enter)"))
        self.button.setObjectName("loginButton")
        self.button.setAutoDefault(False)
        self.button.clicked.connect(self.submit)
        form = QFormLayout()
        user_label = QLabel(self.tr("&Tên đăng nhập"))
        user_label.setBuddy(self.username)
        pass_label = QLabel(self.tr("&Mật khẩu"))
        pass_label.setBuddy(self.password)
        form.addRow(user_label, self.username)
        form.addRow(pass_label, self.password)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addLayout(form)
        lay.addWidget(self.message)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.username.returnPressed.connect(self._next_or_submit)
        self.password.returnPressed.connect(self.submit)
        self._busy = False

    def focus(self) -> None:
        (self.password if self.username.text() else self.username).setFocus()

    def _next_or_submit(self) -> None:
        if self.password.text() or not self.username.text().strip():
            self.submit()
        else:
            self.password.setFocus()

    def submit(self) -> None:
        if self._busy:
            return
        name, password = self.username.text().strip(), self.password.text()
        if not name:
            self.message.show_error(self.tr("Chưa nhập tên đăng nhập."))
            self.username.setFocus()
            return
        if not password:
            self.message.show_error(self.tr("Chưa nhập mật khẩu."))
            self.password.setFocus()
            return
        self._busy = True
        self.button.setEnabled(False)
        self.ctx.runner.submit(lambda s: s.auth.login(name, password), self._ok, self._failed)

    def _ok(self, user: User) -> None:
        self._busy = False
        self.button.setEnabled(True)
        self.password.clear()
        self.message.clear_message()
        self.signed_in.emit(user)

    def _failed(self, err: BaseException) -> None:
        self._busy = False
        self.button.setEnabled(True)
        self.password.clear()
        self.message.show_error(err)
        self.password.setFocus()


class LoginDialog(QDialog):
    """The first sign-in. ``ctx.user`` is set when it is accepted."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None, username: str = "") -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("loginDialog")
        self.setWindowTitle(self.tr("Một Cửa Desk — Đăng nhập"))
        office = ctx.services.office()
        title = QLabel(self.tr("Bộ phận Tiếp nhận và Trả kết quả"))
        title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        sub = QLabel(office.name)
        sub.setStyleSheet("font-size: 12pt; color: #5f6368;")
        self.form = LoginForm(ctx, self, username=username)
        self.form.signed_in.connect(self._signed_in)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(28, 24, 28, 20)
        lay.addWidget(title)
        lay.addWidget(sub)
        lay.addSpacing(12)
        lay.addWidget(self.form)
        self.setMinimumWidth(420)
        self.form.focus()

    def _signed_in(self, user: User) -> None:
        self.ctx.user = user
        self.ctx.bus.user_changed.emit()
        self.accept()

    def keyPressEvent(self, e):  # noqa: ANN001, N802 - Enter is handled by the fields
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return
        super().keyPressEvent(e)


class LockScreen(QWidget):
    """Covers the window while locked: the same user unlocks, or another user signs in."""

    unlocked = Signal(object)  # the user who signed in (maybe another one)

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("lockScreen")
        self.heading = QLabel()
        self.heading.setObjectName("lockHeading")
        self.heading.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.form = LoginForm(ctx, self)
        self.form.signed_in.connect(self.unlocked)
        other = QPushButton(self.tr("Đăng nhập tài &khoản khác"))
        other.setObjectName("otherUser")
        other.setAutoDefault(False)
        other.clicked.connect(self._other_user)
        box = QWidget()
        box.setMaximumWidth(440)
        inner = QVBoxLayout(box)
        inner.addWidget(self.heading)
        inner.addWidget(QLabel(self.tr("Màn hình đã khóa để bảo vệ dữ liệu của công dân. Nhập mật khẩu để tiếp tục.")))
        inner.addSpacing(8)
        inner.addWidget(self.form)
        inner.addWidget(other, 0, Qt.AlignmentFlag.AlignLeft)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        col = QVBoxLayout()
        col.addStretch(1)
        col.addWidget(box)
        col.addStretch(2)
        outer.addLayout(col)
        outer.addStretch(1)

    def prepare(self) -> None:
        user = self.ctx.user
        self.heading.setText(self.tr("🔒 Đã khóa — {name}").format(name=user.full_name if user else ""))
        self.form.username.setText(user.username if user else "")
        self.form.username.setReadOnly(user is not None)
        self.form.password.clear()
        self.form.message.clear_message()
        self.form.focus()

    def _other_user(self) -> None:
        self.form.username.setReadOnly(False)
        self.form.username.clear()
        self.form.username.setFocus()


class IdleWatcher(QObject):
    """Application-wide event filter: no keyboard or mouse input for ``minutes`` → ``idle``."""

    idle = Signal()
    _INPUT = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
                        QEvent.Type.Wheel, QEvent.Type.TouchBegin})

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self.minutes = minutes
        if minutes > 0:
            self.timer.start(int(minutes * 60_000))
        else:
            self.timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in self._INPUT and self.minutes > 0:
            self.timer.start(int(self.minutes * 60_000))
        return False

    def stop(self) -> None:
        self.timer.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
