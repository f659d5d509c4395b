"""The main window: role-filtered navigation, home view, global search / scan box, lock, status bar."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QProgressBar,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.codes import looks_like_dossier_code
from desk_app.domain.lifecycle import ROLE_LABELS
from desk_app.domain.model import User
from desk_app.services.recent import quick_find
from desk_app.ui.context import UiContext
from desk_app.ui.dossier_summary import DossierSummaryDialog
from desk_app.ui.home import HomeView
from desk_app.ui.login import IdleWatcher, LockScreen
from desk_app.ui.pages import PAGES, PageSpec, load_page
from desk_app.ui.widgets.inputs import MessageLabel
from desk_app.ui.widgets.scanner import BurstDetector

HOME = "home"
CODE_ROLE = Qt.ItemDataRole.UserRole


class MainWindow(QMainWindow):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.pages: dict[str, QWidget] = {}
        self.summary_dialog: DossierSummaryDialog | None = None
        self.opened: QWidget | None = None  # the window that shows the dossier opened last
        self.titles = {
            HOME: self.tr("Trang chủ"), "reception": self.tr("Tiếp nhận"), "tracking": self.tr("Theo dõi"),
            "returns": self.tr("Trả kết quả"), "search": self.tr("Tra cứu"), "reports": self.tr("Báo cáo"),
            "sync": self.tr("Đồng bộ"), "admin": self.tr("Quản trị"),
        }

        # --- header: office, global search, user --------------------------------------------------
        self.office_label = QLabel()
        self.office_label.setStyleSheet("font-size: 13pt; font-weight: 600; color: white;")
        self.search = QLineEdit()
        self.search.setObjectName("globalSearch")
        self.search.setPlaceholderText(self.tr("Tìm hồ sơ: mã, tên, số định danh, điện thoại — hoặc quét mã (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(420)
        self.search.installEventFilter(self)
        self.search.textEdited.connect(self._search_typed)
        self.search_message = MessageLabel("searchMessage")
        self.search_message.setStyleSheet("color: #ffd7d2; font-weight: 600;")
        self.user_label = QLabel()
        self.user_label.setObjectName("userLabel")
        self.user_label.setStyleSheet("color: white;")
        header = QWidget()
        header.setObjectName("header")
        header.setStyleSheet("#header { background: #1a5fb4; }")
        head = QHBoxLayout(header)
        head.setContentsMargins(16, 8, 16, 8)
        head.addWidget(self.office_label)
        head.addStretch(1)
        head.addWidget(self.search, 2)
        head.addWidget(self.search_message)
        head.addStretch(1)
        head.addWidget(self.user_label)

        # --- navigation and content ----------------------------------------------------------------
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setFixedWidth(200)
        self.nav.setStyleSheet(
            "QListWidget { background: #f1f3f6; border: none; font-size: 12pt; }"
            "QListWidget::item { padding: 10px 14px; }"
            "QListWidget::item:selected { background: #dbe6f6; color: #0b3d91; border-left: 4px solid #1a5fb4; }")
        self.nav.currentRowChanged.connect(self._nav_changed)
        self.content = QStackedWidget()
        self.home = HomeView(ctx)
        self.content.addWidget(self.home)
        self.pages[HOME] = self.home
        body = QWidget()
        body_lay = QHBoxLayout(body)
        body_lay.setContentsMargins(0, 0, 0, 0)
        body_lay.setSpacing(0)
        body_lay.addWidget(self.nav)
        body_lay.addWidget(self.content, 1)
        workspace = QWidget()
        ws = QVBoxLayout(workspace)
        ws.setContentsMargins(0, 0, 0, 0)
        ws.setSpacing(0)
        ws.addWidget(header)
        ws.addWidget(body, 1)

        # quick results under the search box: never takes the focus, so typing goes on
        self.results = QListWidget(self)
        self.results.setObjectName("quickResults")
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.setStyleSheet("QListWidget { border: 1px solid #8a8f98; background: white; font-size: 11pt; }")
        self.results.itemClicked.connect(lambda item: self._open_code(item.data(CODE_ROLE)))
        self.results.hide()

        self.lock_screen = LockScreen(ctx)
        self.lock_screen.unlocked.connect(self._unlocked)
        self.outer = QStackedWidget()
        self.outer.addWidget(workspace)
        self.outer.addWidget(self.lock_screen)
        self.setCentralWidget(self.outer)

        # --- status bar ----------------------------------------------------------------------------
        self.busy = QProgressBar()
        self.busy.setObjectName("busyIndicator")
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(140)
        self.busy.setTextVisible(False)
        self.busy.hide()
        self.busy_label = QLabel(self.tr("Đang xử lý…"))
        self.busy_label.hide()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.statusBar().addPermanentWidget(self.busy)
        ctx.runner.busy_changed.connect(self._busy_changed)
        ctx.bus.status_message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        ctx.bus.open_dossier.connect(self._open_dossier)
        ctx.bus.data_changed.connect(self._refresh_pages)

        self._build_menus()
        self.idle = IdleWatcher(float(ctx.settings.get("idle_minutes", 10)), self)
        self.idle.idle.connect(self.lock)
        self.scanner = BurstDetector(looks_like_dossier_code, self, wanted=self._scan_wanted)
        self.scanner.scanned.connect(self._open_code)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self.scanner)
        self.resize(1280, 800)
        self.setup_for_user()

    # --- menus and shortcuts -----------------------------------------------------------------------
    def _action(self, text: str, shortcut: str | None, slot, name: str) -> QAction:  # noqa: ANN001
        act = QAction(text, self)
        act.setObjectName(name)
        if shortcut:
            act.setShortcut(QKeySequence(shortcut))
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(slot)
        self.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("Tệp"))
        self.act_settings = self._action(self.tr("&Cài đặt…"), "Ctrl+,", self.open_settings, "actSettings")
        self.act_lock = self._action(self.tr("&Khóa màn hình"), "Ctrl+L", self.lock, "actLock")
        self.act_quit = self._action(self.tr("&Thoát"), "Ctrl+Q", self.close, "actQuit")
        for a in (self.act_settings, self.act_lock, self.act_quit):
            file_menu.addAction(a)
        work = bar.addMenu(self.tr("Hồ sơ"))
        self.act_new = self._action(self.tr("Tiếp nhận hồ sơ &mới"), "Ctrl+N", self.new_reception, "actNew")
        self.act_find = self._action(self.tr("&Tìm kiếm / quét mã"), "Ctrl+F", self.focus_search, "actFind")
        self.act_home = self._action(self.tr("&Trang chủ"), "Alt+0", lambda: self.show_page(HOME), "actHome")
        for a in (self.act_new, self.act_find, self.act_home):
            work.addAction(a)
        self.page_actions: dict[str, QAction] = {}
        for spec in PAGES:
            act = self._action(self.titles[spec.key], spec.shortcut, lambda _c=False, k=spec.key: self.show_page(k),
                               f"act_{spec.key}")
            self.page_actions[spec.key] = act
            work.addAction(act)
        help_menu = bar.addMenu(self.tr("Trợ giúp"))
        self.act_help = self._action(self.tr("&Phím tắt"), "F1", self.show_shortcuts, "actHelp")
        help_menu.addAction(self.act_help)
        self.locked_actions = [self.act_settings, self.act_new, self.act_find, self.act_home, self.act_help,
                               *self.page_actions.values()]

    # --- user and role ---------------------------------------------------------------------------
    def visible_specs(self) -> list[PageSpec]:
        user = self.ctx.user
        return [s for s in PAGES if user is not None and user.role in s.roles]

    def setup_for_user(self) -> None:
        """(Re)build the navigation for the signed-in user's role; pages are built on first use."""
        for key, page in list(self.pages.items()):
            if key != HOME:
                self.content.removeWidget(page)
                page.deleteLater()
                del self.pages[key]
        user = self.ctx.user
        office = self.ctx.services.office()
        self.office_label.setText(office.name or self.tr("Một Cửa Desk"))
        self.user_label.setText(f"{user.full_name} · {QApplication.translate('messages', ROLE_LABELS[user.role])}"
                                if user else "")
        self.setWindowTitle(self.tr("Một Cửa Desk — {office}").format(office=office.name))
        self.nav.blockSignals(True)
        self.nav.clear()
        home = QListWidgetItem(self.titles[HOME])
        home.setData(CODE_ROLE, HOME)
        self.nav.addItem(home)
        allowed = {s.key for s in self.visible_specs()}
        for spec in self.visible_specs():
            item = QListWidgetItem(f"{self.titles[spec.key]}")
            item.setData(CODE_ROLE, spec.key)
            item.setToolTip(spec.shortcut)
            self.nav.addItem(item)
        for key, act in self.page_actions.items():
            act.setEnabled(key in allowed)
        self.act_new.setEnabled("reception" in allowed)
        self.nav.blockSignals(False)
        if "sync" in allowed:
            self.page("sync")  # built now so its timer runs the end-of-day sync and the quiet retries
        self.show_page(HOME)

    def nav_keys(self) -> list[str]:
        return [self.nav.item(i).data(CODE_ROLE) for i in range(self.nav.count())]

    # --- pages -----------------------------------------------------------------------------------------
    def page(self, key: str) -> QWidget | None:
        """The page widget for ``key``, built on first use (None when the room is not installed)."""
        if key in self.pages:
            return self.pages[key]
        spec = next((s for s in self.visible_specs() if s.key == key), None)
        if spec is None:
            return None
        widget = load_page(spec, self.ctx, self.content)
        if widget is None:
            widget = QLabel(self.tr("Chức năng «{name}» chưa có trong bản cài đặt này.").format(name=self.titles[key]))
            widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            widget.setObjectName(f"placeholder_{key}")
        self.content.addWidget(widget)
        self.pages[key] = widget
        return widget

    def show_page(self, key: str) -> QWidget | None:
        if self.outer.currentIndex() != 0:
            return None
        keys = self.nav_keys()
        if key not in keys:
            return None
        widget = self.page(key)
        if widget is None:
            return None
        self.content.setCurrentWidget(widget)
        row = keys.index(key)
        if self.nav.currentRow() != row:
            self.nav.blockSignals(True)
            self.nav.setCurrentRow(row)
            self.nav.blockSignals(False)
        activate = getattr(widget, "activate", None)
        if callable(activate):
            activate()
        return widget

    def current_key(self) -> str:
        current = self.content.currentWidget()
        return next((k for k, w in self.pages.items() if w is current), HOME)

    def _nav_changed(self, row: int) -> None:
        if row >= 0:
            self.show_page(self.nav.item(row).data(CODE_ROLE))

    def _refresh_pages(self) -> None:
        for key, page in self.pages.items():
            refresh = getattr(page, "refresh", None)
            if key != HOME and callable(refresh):
                refresh()

    def new_reception(self) -> None:
        page = self.show_page("reception")
        if page is not None and hasattr(page, "new_reception"):
            page.new_reception(ask=True)

    # --- global search / scan ----------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def _scan_wanted(self) -> bool:
        """A burst-scanned dossier code opens the dossier unless the focus is in a text field."""
        w = QApplication.focusWidget()
        if self.outer.currentIndex() != 0 or QApplication.activeModalWidget() is not None:
            return False
        return w is not self.search and not isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox
                                                           | QComboBox)

    def _search_typed(self, text: str) -> None:
        self.search_message.clear_message()
        from desk_app.ui.tracking.model import status_text  # the tracking room loads on first use

        found = self.quick_results(text) if not looks_like_dossier_code(text) else []
        self.results.clear()
        for d in found:
            name = getattr(d, "applicant_name", None) or d.applicant.full_name
            item = QListWidgetItem(f"{d.code} — {name} — {d.procedure_name} · "
                                   f"{status_text(d.status)}")
            item.setData(CODE_ROLE, d.code)
            self.results.addItem(item)
        if found:
            top_left = self.search.mapTo(self, self.search.rect().bottomLeft())
            width = max(self.search.width(), 640)
            self.results.setGeometry(top_left.x(), top_left.y() + 2, width,
                                     min(320, 8 + self.results.sizeHintForRow(0) * len(found)))
            self.results.setCurrentRow(-1)
            self.results.show()
            self.results.raise_()
        else:
            self.results.hide()

    def quick_results(self, text: str, limit: int = 8) -> list:  # noqa: ANN401
        """Type-ahead results: the shared search of the tracking service, else the index-only quick look-up."""
        if len(text.strip()) < 2:
            return []
        try:
            tracking = self.ctx.services.tracking
        except ModuleNotFoundError:
            return quick_find(self.ctx.services, text, limit)
        return list(tracking.search(text, limit=limit))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if obj is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.results.isVisible():
                step = 1 if key == Qt.Key.Key_Down else -1
                self.results.setCurrentRow(max(0, min(self.results.count() - 1, self.results.currentRow() + step)))
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.submit_search()
                return True
            if key == Qt.Key.Key_Escape:
                self.results.hide()
                self.search.clear()
                self.search_message.clear_message()
                self.content.currentWidget().setFocus()
                return True
        if obj is self.search and event.type() == QEvent.Type.FocusOut:
            QTimer.singleShot(150, self._hide_results_unless_focused)
        return super().eventFilter(obj, event)

    def _hide_results_unless_focused(self) -> None:
        if not self.search.hasFocus():
            self.results.hide()

    def submit_search(self) -> None:
        text = self.search.text().strip()
        if not text:
            return
        if looks_like_dossier_code(text):
            self._open_code(text)
            return
        item = self.results.currentItem() if self.results.isVisible() else None
        if item is not None:
            self._open_code(item.data(CODE_ROLE))
            return
        page = self.show_page("search") if "search" in self.nav_keys() else None
        if page is not None and callable(getattr(page, "search", None)):
            self.results.hide()
            page.search(text)
            return
        if self.results.isVisible() and self.results.count():
            self.results.setCurrentRow(0)
            self._open_code(self.results.item(0).data(CODE_ROLE))
            return
        self.search_message.show_error(self.tr("Không tìm thấy hồ sơ nào khớp «{text}».").format(text=text))

    def _open_code(self, code: str) -> None:
        self.results.hide()
        self.ctx.bus.open_dossier.emit(code.strip().upper())

    def _open_dossier(self, code: str) -> None:
        dossier = self.ctx.services.dossiers.find(code)
        if dossier is None:
            self.search_message.show_error(self.tr("Không tìm thấy hồ sơ mã «{code}».").format(code=code))
            self.statusBar().showMessage(self.search_message.text(), 8000)
            return
        self.search_message.clear_message()
        if "tracking" in self.nav_keys():
            page = self.page("tracking")
            if page is not None and callable(getattr(page, "open_dossier", None)):
                self.show_page("tracking")
                self.opened = page.open_dossier(code)
                return
        if self.summary_dialog is not None:
            self.summary_dialog.close()
        self.summary_dialog = DossierSummaryDialog(self.ctx, dossier, self)
        self.summary_dialog.show()
        self.opened = self.summary_dialog

    # --- busy indicator ----------------------------------------------------------------------------
    def _busy_changed(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)

    # --- lock ---------------------------------------------------------------------------------------
    @property
    def locked(self) -> bool:
        return self.outer.currentIndex() == 1

    def _flush_drafts(self) -> None:
        for page in self.pages.values():
            flush = getattr(page, "flush_draft", None)
            if callable(flush):
                flush()

    def lock(self) -> None:
        if self.locked:
            return
        self._flush_drafts()
        self.results.hide()
        if self.summary_dialog is not None:
            self.summary_dialog.close()
        for act in self.locked_actions:
            act.setEnabled(False)
        self.lock_screen.prepare()
        self.outer.setCurrentIndex(1)
        self.lock_screen.form.focus()

    def _unlocked(self, user: User) -> None:
        previous = self.ctx.user
        self.ctx.user = user
        self.outer.setCurrentIndex(0)
        for act in (self.act_settings, self.act_find, self.act_home, self.act_help):
            act.setEnabled(True)
        if previous is None or previous.username != user.username:
            self.ctx.bus.user_changed.emit()
            self.setup_for_user()
        else:
            allowed = {s.key for s in self.visible_specs()}
            for key, act in self.page_actions.items():
                act.setEnabled(key in allowed)
            self.act_new.setEnabled("reception" in allowed)
            self.content.currentWidget().setFocus()
        self.idle.set_minutes(float(self.ctx.settings.get("idle_minutes", 10)))

    # --- dialogs ----------------------------------------------------------------------------------------
    def open_settings(self) -> None:
        from desk_app.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.ctx, self)
        if dialog.exec():
            self.idle.set_minutes(float(self.ctx.settings.get("idle_minutes", 10)))

    def shortcuts_text(self) -> str:
        rows = [
            ("Ctrl+N", self.tr("Tiếp nhận hồ sơ mới")), ("Ctrl+F", self.tr("Tìm kiếm hoặc quét mã hồ sơ")),
            ("Enter", self.tr("Tiếp tục sang bước sau / lưu")), ("Esc", self.tr("Quay lại bước trước")),
            ("Alt+B / Alt+C", self.tr("Yêu cầu bổ sung / Từ chối (ở bước Kết quả)")),
            ("Ctrl+P", self.tr("In phiếu của hồ sơ vừa lưu")), ("Ctrl+R", self.tr("Khôi phục hồ sơ nhập dở")),
            ("Ctrl+L", self.tr("Khóa màn hình")), ("Alt+0", self.titles[HOME]),
        ] + [(s.shortcut, self.titles[s.key]) for s in self.visible_specs()] + [("Ctrl+Q", self.tr("Thoát"))]
        return "<table cellspacing='4'>" + "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows) + "</table>"

    def show_shortcuts(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Phím tắt"), self.shortcuts_text(), parent=self)
        box.setObjectName("shortcutsHelp")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.open()

    # --- closing --------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt API
        reception = self.pages.get("reception")
        asking = self.ctx.user is not None and not self.locked
        if asking and reception is not None and getattr(reception, "has_unsaved_work", False):
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Hồ sơ đang nhập dở"),
                              self.tr("Hồ sơ đang nhập dở sẽ được giữ làm bản nháp và đề nghị khôi phục ở lần mở sau. "
                                      "Thoát phần mềm?"), parent=self)
            quit_button = box.addButton(self.tr("Thoát, giữ bản nháp"), QMessageBox.ButtonRole.AcceptRole)
            stay = box.addButton(self.tr("Ở lại"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(stay)
            box.exec()
            if box.clickedButton() is not quit_button:
                event.ignore()
                return
        self._flush_drafts()
        self.ctx.runner.wait(10000)
        self.idle.stop()
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self.scanner)
        event.accept()
