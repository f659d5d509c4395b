"""The main window: navigation by role, live counters, busy indicator, search box, headless screenshot."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from desk_app.domain.model import Applicant
from desk_app.services.dossiers import ReceiveRequest
from desk_app.ui.main_window import HOME
from tests.ui.conftest import enter, focused, press, type_text

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def test_clerk_navigation_in_order_and_by_shortcut(qtbot, window):  # noqa: ANN001
    assert window.nav_keys() == [HOME, "reception", "tracking", "returns", "search", "reports", "sync"]
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "Trang chủ", "Tiếp nhận", "Theo dõi", "Trả kết quả", "Tra cứu", "Báo cáo", "Đồng bộ"]
    press(Qt.Key.Key_1, ALT)
    assert window.current_key() == "reception"
    press(Qt.Key.Key_0, ALT)
    assert window.current_key() == HOME
    assert not window.page_actions["admin"].isEnabled()  # Alt+7 does nothing for a clerk


def test_counters_follow_the_work(qtbot, window, services, ctx):  # noqa: ANN001
    before = window.home.counts()
    assert before["received_today"] == "0" and before["waiting_to_sync"] == "0"
    services.dossiers.receive(ctx.user, ReceiveRequest("1.001193", Applicant("Mai Văn Hòa")))
    ctx.bus.data_changed.emit()
    after = window.home.counts()
    assert after["received_today"] == "1" and after["waiting_to_sync"] == "1" and after["due_today"] == "1"


def test_busy_indicator_follows_the_runner(qtbot, window, ctx):  # noqa: ANN001
    ctx.runner.busy_changed.emit(True)
    assert window.busy.isVisible()
    ctx.runner.busy_changed.emit(False)
    assert not window.busy.isVisible()


def test_unknown_code_in_the_search_box_says_so(qtbot, window):  # noqa: ANN001
    press(Qt.Key.Key_F, CTRL)
    assert focused() is window.search
    type_text(None, "000.21.22.H56-261123-1999")
    enter()
    assert window.search_message.text() == "Không tìm thấy hồ sơ mã «000.21.22.H56-261123-1999»."


def test_scanned_code_opens_the_dossier_from_the_home_view(qtbot, window, services, ctx):  # noqa: ANN001
    d = services.dossiers.receive(ctx.user, ReceiveRequest("1.001193", Applicant("Mai Văn Hòa")))
    window.show_page(HOME)
    window.home.setFocus()
    type_text(window.home, d.code)  # a wedge scanner's burst, no box focused
    press(Qt.Key.Key_Return, widget=window.home)
    view = window.opened
    assert view is not None and (getattr(view, "code", None) or view.dossier.code) == d.code
    view.close()


def test_shortcuts_help_lists_the_keys(qtbot, window):  # noqa: ANN001
    text = window.shortcuts_text()
    for key in ("Ctrl+N", "Ctrl+F", "Ctrl+L", "Esc", "Alt+1"):
        assert key in text


def test_settings_dialog_saves_language_and_idle_minutes(qtbot, window, ctx, services):  # noqa: ANN001
    from desk_app.ui.settings_dialog import SettingsDialog, load_ui_settings

    dialog = SettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.idle.setValue(5)
    dialog._save()
    assert load_ui_settings(services) == {"language": "en", "idle_minutes": 5}
    assert ctx.settings["idle_minutes"] == 5


def test_english_translation_is_built_and_used(qtbot):  # noqa: ANN001
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desk_app.ui.i18n import ensure_qm

    qm = ensure_qm("en")
    assert qm is not None and qm.exists()
    tr = QTranslator()
    assert tr.load(str(qm))
    assert tr.translate("MainWindow", "Tiếp nhận") == "Reception"
    assert tr.translate("messages", "Chưa nhập họ tên người nộp hồ sơ.") == "The applicant's full name is missing."
    QCoreApplication.instance()  # keeps the application alive for the translator


def test_screenshot_smoke(tmp_path: Path) -> None:
    """`desk-app --demo --screenshot FILE.png` renders the home view headless and exits 0."""
    from desk_app.services import Services
    from desk_app.services.demo import seed_demo

    data = tmp_path / "data"
    data.mkdir()
    s = Services.open(data / "demo.sqlite3")
    seed_demo(s, 60)
    s.close()
    out = tmp_path / "home.png"
    env = {**os.environ, "DESK_DATA_DIR": str(data), "QT_QPA_PLATFORM": "offscreen"}
    run = subprocess.run([sys.executable, "-m", "desk_app", "--demo", "--screenshot", str(out), "--ready-time"],
                         env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert "READY_MS" in run.stdout
    img = QImage(str(out))
    assert (img.width(), img.height()) == (1280, 800)
