"""The composition root (``desk-app``): resolve paths, open the database off the UI thread, sign in, show the window."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

_T0 = time.perf_counter()


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="desk-app", description="Một Cửa Desk — Bộ phận Tiếp nhận và Trả kết quả")
    p.add_argument("--db", help="database file (default: $DESK_DB, else the user's data folder)")
    p.add_argument("--demo", action="store_true", help="use the demo database (demo.sqlite3 in the data folder)")
    p.add_argument("--screenshot", metavar="FILE.png", help="sign in as the demo clerk, save the home view, exit")
    p.add_argument("--lang", choices=("vi", "en"), help="interface language (default: the saved setting, else vi)")
    p.add_argument("--ready-time", action="store_true", help="print READY_MS <ms since start> once ready to type")
    p.add_argument("--user", default="canbo1", help=argparse.SUPPRESS)  # account used by --screenshot
    return p.parse_args(argv)


def resolve_db(args: argparse.Namespace) -> tuple[Path, bool]:
    """(database path, is the demo database). No database yet and no --db: the demo one (README promise)."""
    from desk_app.paths import data_dir, default_db_path

    if args.demo:
        return data_dir() / "demo.sqlite3", True
    path = default_db_path(args.db)
    if not args.db and not os.environ.get("DESK_DB") and not path.exists():
        return data_dir() / "demo.sqlite3", True
    return path, False


def open_services(path: Path, demo: bool) -> Any:
    """Open + migrate (+ seed the demo); runs in a worker thread while the splash is shown."""
    from desk_app.services import Services

    services = Services.open(path, _now)
    if demo and services.dossiers.repo.count() == 0:
        from desk_app.services.demo import seed_demo

        seed_demo(services, 2000)
    return services


def _splash() -> Any:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QLabel, QProgressBar, QVBoxLayout, QWidget

    w = QWidget(None, Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    w.setObjectName("splash")
    w.setStyleSheet("#splash { background: #1a5fb4; } QLabel { color: white; }")
    title = QLabel("Một Cửa Desk")
    title.setStyleSheet("font-size: 20pt; font-weight: 700;")
    text = QLabel("Đang mở cơ sở dữ liệu… / Opening the database…")
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    lay = QVBoxLayout(w)
    lay.setContentsMargins(32, 28, 32, 28)
    lay.addWidget(title)
    lay.addWidget(text)
    lay.addWidget(bar)
    w.resize(420, 150)
    return w


def _in_background(app: Any, fn: Any) -> Any:
    """Run ``fn`` in a thread while the event loop keeps the splash alive; re-raise its error here."""
    from PySide6.QtCore import QEventLoop

    box: dict[str, Any] = {}

    def run() -> None:
        try:
            box["result"] = fn()
        except BaseException as exc:  # noqa: BLE001 - re-raised on the main thread
            box["error"] = exc

    t = threading.Thread(target=run, name="open-db", daemon=True)
    t.start()
    while t.is_alive():
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 30)
        t.join(0.01)
    if "error" in box:
        raise box["error"]
    return box["result"]


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.screenshot:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from desk_app.ui.app import create_app
    from desk_app.ui.widgets.inputs import error_text

    app, translators = create_app(sys.argv[:1], args.lang or "vi")
    splash = _splash()
    splash.show()
    app.processEvents()
    path, demo = resolve_db(args)
    try:
        services = _in_background(app, lambda: open_services(path, demo))
    except Exception as exc:  # noqa: BLE001 - any failure to open is shown, never a traceback
        splash.close()
        QMessageBox.critical(None, "Một Cửa Desk", error_text(exc))
        print(f"desk-app: {error_text(exc)}", file=sys.stderr)
        return 1

    from desk_app.ui.context import Bus, Runner, UiContext
    from desk_app.ui.settings_dialog import load_ui_settings

    ctx = UiContext(services, Runner(services, _now), Bus(), _now)
    ctx.settings.update(load_ui_settings(services))
    if args.lang:
        ctx.settings["language"] = args.lang
    elif ctx.settings["language"] != "vi":
        from desk_app.ui.i18n import install_translators

        translators += install_translators(app, ctx.settings["language"])

    if not services.has_office or services.auth.users.count() == 0:
        splash.close()
        try:
            from desk_app.ui.first_run import FirstRunWizard
        except ModuleNotFoundError:
            QMessageBox.information(None, "Một Cửa Desk", QCoreApplication.translate(
                "main", "Cơ sở dữ liệu chưa có thông tin cơ quan và tài khoản. Hãy khởi tạo bằng lệnh desk-admin."))
            return 1
        if args.screenshot or not FirstRunWizard(ctx).exec():
            return 1 if args.screenshot else 0

    if args.screenshot:
        from desk_app.services.demo import DEMO_PASSWORD

        try:
            ctx.user = services.auth.login(args.user, DEMO_PASSWORD)
        except Exception as exc:  # noqa: BLE001
            print(f"desk-app: --screenshot needs the demo account {args.user}: {error_text(exc)}", file=sys.stderr)
            return 1
    else:
        from desk_app.ui.login import LoginDialog

        splash.close()
        dialog = LoginDialog(ctx)
        if args.ready_time:
            _report_ready()
        if not dialog.exec():
            return 0

    from desk_app.ui.main_window import MainWindow

    window = MainWindow(ctx)
    window.show()
    splash.close()
    window.activateWindow()
    window.focus_search()
    app.processEvents()
    if args.screenshot:
        if args.ready_time:
            _report_ready()
        ctx.runner.wait(30000)
        deadline = time.monotonic() + 30
        while window.home.counts().get("received_today") == "…" and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)
        app.processEvents()
        ok = window.grab().save(args.screenshot)
        window.close()
        services.close()
        return 0 if ok else 1
    code = app.exec()
    services.close()
    return code


def _report_ready() -> None:
    print(f"READY_MS {1000 * (time.perf_counter() - _T0):.0f}", flush=True)


if __name__ == "__main__":
    raise SystemExit(main())
