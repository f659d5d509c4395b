"""UI test helpers: keyboard-only typing (one key event per character), a synchronous runner, a signed-in window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desk_app.services import Services
from desk_app.ui.context import Bus, Runner, UiContext

CLERK_PASSWORD = "matkhau123"
QR_OK = "079195001234|025123456|NGUYỄN THỊ THANH HƯƠNG|12031995|Nữ|Số 12 Đường Lê Lợi, Phường Bến Nghé, Quận 1, TP Hồ Chí Minh|15082021"


def focused() -> QWidget:
    w = QApplication.focusWidget()
    assert w is not None, "nothing has the keyboard focus"
    return w


def type_text(widget: QWidget | None, text: str) -> None:
    """Type ``text`` one key event per character, with its text (never qtbot.keyClicks: it aborts on non-ASCII)."""
    for ch in text:
        target = widget if widget is not None else focused()
        QTest.sendKeyEvent(QTest.KeyAction.Click, target, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, widget: QWidget | None = None) -> None:
    """Press one key on the focused widget (as a keyboard would)."""
    QTest.keyClick(widget if widget is not None else focused(), key, modifier)


def tab(n: int = 1) -> None:
    for _ in range(n):
        press(Qt.Key.Key_Tab)


def enter() -> None:
    press(Qt.Key.Key_Return)


def esc() -> None:
    press(Qt.Key.Key_Escape)


@pytest.fixture
def ctx(services: Services, clock) -> Iterator[UiContext]:  # noqa: ANN001
    context = UiContext(services, Runner(services, clock, synchronous=True), Bus(), clock)
    context.settings.update({"language": "vi", "idle_minutes": 0, "enter_guard_ms": 0})
    yield context


@pytest.fixture
def window(qtbot, ctx: UiContext):  # noqa: ANN001, ANN201
    """The main window, signed in as the clerk canbo1 through the login dialog, by keyboard."""
    from desk_app.ui.login import LoginDialog
    from desk_app.ui.main_window import MainWindow

    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.form.username.setFocus()
    type_text(None, "canbo1")
    enter()
    type_text(None, CLERK_PASSWORD)
    enter()
    assert ctx.user is not None and ctx.user.username == "canbo1"
    win = MainWindow(ctx)  # not qtbot.addWidget: it would close the window before ctx.user is cleared
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: win.isActiveWindow())
    win.focus_search()
    yield win
    ctx.user = None  # signed out: closing does not ask about the half-done reception
    win.close()
    win.deleteLater()
