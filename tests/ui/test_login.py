"""Signing in, locking and unlocking, by keyboard only."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desk_app.ui.login import LoginDialog
from desk_app.ui.main_window import MainWindow
from tests.ui.conftest import CLERK_PASSWORD, enter, focused, press, type_text


def _dialog(qtbot, ctx):  # noqa: ANN001, ANN202
    dialog = LoginDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    dialog.form.username.setFocus()
    return dialog


def test_login_by_keyboard(qtbot, ctx):  # noqa: ANN001
    dialog = _dialog(qtbot, ctx)
    type_text(None, "canbo1")
    enter()  # moves to the password
    assert focused() is dialog.form.password
    type_text(None, CLERK_PASSWORD)
    enter()
    assert dialog.result() == LoginDialog.DialogCode.Accepted
    assert ctx.user is not None and ctx.user.full_name == "Nguyễn Thị Ngọc Điệp"


def test_wrong_password_shows_message_and_stays(qtbot, ctx):  # noqa: ANN001
    dialog = _dialog(qtbot, ctx)
    type_text(None, "canbo1")
    enter()
    type_text(None, "sai-mat-khau")
    enter()
    assert ctx.user is None
    assert dialog.form.message.text() == "Sai tên đăng nhập hoặc mật khẩu."
    assert dialog.form.message.isVisible()
    assert dialog.form.password.text() == "" and focused() is dialog.form.password


def test_empty_fields_are_named(qtbot, ctx):  # noqa: ANN001
    dialog = _dialog(qtbot, ctx)
    press(Qt.Key.Key_Return)
    assert dialog.form.message.text() == "Chưa nhập tên đăng nhập."


def test_lock_and_unlock_with_the_same_user(qtbot, window, ctx):  # noqa: ANN001
    press(Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.locked
    assert window.lock_screen.form.username.text() == "canbo1"
    assert not window.act_new.isEnabled()  # nothing behind the lock answers its shortcut
    type_text(None, "sai")
    enter()
    assert window.locked and "Sai tên đăng nhập" in window.lock_screen.form.message.text()
    type_text(None, CLERK_PASSWORD)
    enter()
    assert not window.locked and ctx.user.username == "canbo1"
    assert window.act_new.isEnabled()


def test_another_user_signs_in_from_the_lock_screen_and_sees_their_role(qtbot, window, ctx):  # noqa: ANN001
    assert "reception" in window.nav_keys() and "admin" not in window.nav_keys()
    window.lock()
    press(Qt.Key.Key_K, Qt.KeyboardModifier.AltModifier)  # Đăng nhập tài khoản khác (a mnemonic: animated click)
    qtbot.waitUntil(lambda: focused() is window.lock_screen.form.username)
    type_text(None, "admin")
    enter()
    type_text(None, CLERK_PASSWORD)
    enter()
    assert ctx.user.username == "admin"
    assert "admin" in window.nav_keys() and "reception" not in window.nav_keys()
    assert not window.act_new.isEnabled()


def test_idle_time_locks_the_window(qtbot, window, ctx):  # noqa: ANN001
    window.idle.set_minutes(0.002)  # ~120 ms
    qtbot.waitUntil(lambda: window.locked, timeout=3000)


def test_idle_minutes_come_from_settings(qtbot, services, clock):  # noqa: ANN001
    from desk_app.ui.settings_dialog import load_ui_settings, save_ui_settings

    save_ui_settings(services, {"language": "en", "idle_minutes": 3})
    assert load_ui_settings(services) == {"language": "en", "idle_minutes": 3}


def test_main_window_requires_nothing_global(qtbot, ctx, services):  # noqa: ANN001
    # Two windows over two contexts do not share state (no global app or db handles).
    ctx.user = services.auth.users.get("lanhdao")
    w = MainWindow(ctx)
    qtbot.addWidget(w)
    assert "reception" not in w.nav_keys() and "reports" in w.nav_keys()
