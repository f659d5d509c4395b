"""The reception page: runs the four steps, keeps the draft, saves once, then offers to print."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError, ValidationError
from desk_app.domain.model import Dossier
from desk_app.services.recent import recent_procedures, remember_procedure
from desk_app.ui.context import UiContext
from desk_app.ui.reception.applicant_step import ApplicantStep
from desk_app.ui.reception.documents_step import DocumentsStep
from desk_app.ui.reception.drafts import DraftKeeper, FlowState
from desk_app.ui.reception.procedure_step import ProcedureStep
from desk_app.ui.reception.summary_step import SummaryStep
from desk_app.ui.widgets.inputs import MessageLabel, error_text

DONE = 4
FORM_FOR_OUTCOME = {"accept": "receipt", "supplement": "supplement", "refuse": "refusal"}


class Page(QWidget):
    """Tiếp nhận hồ sơ — Enter goes on, Esc goes back, every control reachable by keyboard."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Tiếp nhận")
        self.state = FlowState()
        self.saved: Dossier | None = None
        self._saving = False
        self._last_step_change = 0.0
        self._draft_checked = False
        self.keeper = DraftKeeper(ctx, self)

        self.steps_bar = QLabel()
        self.steps_bar.setObjectName("stepsBar")
        self.steps_bar.setTextFormat(Qt.TextFormat.RichText)
        self.draft_banner = QFrame()
        self.draft_banner.setObjectName("draftBanner")
        self.draft_banner.setStyleSheet("#draftBanner { background: #fff4d6; border: 1px solid #e0c068; border-radius: 4px; }")
        self.draft_text = QLabel()
        self.draft_text.setObjectName("draftText")
        self.draft_text.setWordWrap(True)
        restore = QPushButton(self.tr("Khôi phục (Ctrl+R)"))
        restore.setObjectName("restoreDraft")
        restore.clicked.connect(self.restore_draft)
        drop = QPushButton(self.tr("Bỏ bản nháp"))
        drop.setObjectName("dropDraft")
        drop.clicked.connect(self.drop_draft)
        banner = QHBoxLayout(self.draft_banner)
        banner.addWidget(self.draft_text, 1)
        banner.addWidget(restore)
        banner.addWidget(drop)
        self.draft_banner.hide()
        self._pending_draft: FlowState | None = None

        self.procedure_step = ProcedureStep(ctx)
        self.applicant_step = ApplicantStep(ctx)
        self.documents_step = DocumentsStep(ctx)
        self.summary_step = SummaryStep(ctx)
        self.done = self._build_done()
        self.stack = QStackedWidget()
        self.steps = [self.procedure_step, self.applicant_step, self.documents_step, self.summary_step]
        for w in [*self.steps, self.done]:
            self.stack.addWidget(w)
        for step in self.steps:
            step.changed.connect(self._changed)
        self.summary_step.save_requested.connect(self.save)

        self.back = QPushButton(self.tr("◀ Quay lại (Esc)"))
        self.back.setObjectName("backButton")
        self.back.setAutoDefault(False)
        self.back.clicked.connect(self.go_back)
        self.next = QPushButton(self.tr("Tiếp tục (Enter) ▶"))
        self.next.setObjectName("nextButton")
        self.next.setAutoDefault(False)
        self.next.clicked.connect(self.go_on)
        hint = QLabel(self.tr("Enter: tiếp tục · Esc: quay lại · Ctrl+N: hồ sơ mới · F1: phím tắt"))
        hint.setStyleSheet("color: #5f6368;")
        footer = QHBoxLayout()
        footer.addWidget(self.back)
        footer.addWidget(hint, 1, Qt.AlignmentFlag.AlignCenter)
        footer.addWidget(self.next)

        lay = QVBoxLayout(self)
        lay.addWidget(self.steps_bar)
        lay.addWidget(self.draft_banner)
        lay.addWidget(self.stack, 1)
        lay.addLayout(footer)
        QShortcut(QKeySequence("Ctrl+R"), self, self.restore_draft, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        QShortcut(QKeySequence("Ctrl+P"), self, self.print_saved, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._show_step(0)

    def _build_done(self) -> QWidget:
        w = QWidget()
        self.done_text = QLabel()
        self.done_text.setObjectName("doneText")
        self.done_text.setWordWrap(True)
        self.done_text.setTextFormat(Qt.TextFormat.RichText)
        self.done_message = MessageLabel("doneMessage")
        self.print_button = QPushButton()
        self.print_button.setObjectName("printButton")
        self.print_button.setAutoDefault(False)
        self.print_button.clicked.connect(self.print_saved)
        again = QPushButton(self.tr("Tiếp nhận hồ sơ mới (Ctrl+N)"))
        again.setObjectName("newButton")
        again.setAutoDefault(False)
        again.clicked.connect(lambda: self.new_reception(ask=False))
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addWidget(again)
        buttons.addStretch(1)
        lay = QVBoxLayout(w)
        lay.addWidget(self.done_text)
        lay.addLayout(buttons)
        lay.addWidget(self.done_message)
        lay.addStretch(1)
        w.setFocusProxy(self.print_button)
        return w

    # --- registry protocol ---------------------------------------------------------------------
    def activate(self) -> None:
        user = self.ctx.user
        if user is not None:
            self.procedure_step.set_recent(recent_procedures(self.ctx.services, user.username))
        if not self._draft_checked:
            self._draft_checked = True
            self.offer_draft()
        self.stack.currentWidget().setFocus()

    def refresh(self) -> None:
        """Catalog changes show up in the procedure list; a flow in progress is left as it is."""
        if self.stack.currentIndex() == 0:
            self.procedure_step.set_recent(self.procedure_step.recent)

    # --- drafts -----------------------------------------------------------------------------------
    def offer_draft(self) -> None:
        found = self.keeper.load()
        if found is None or not found[0].has_data:
            self.draft_banner.hide()
            return
        state, when = found
        p = self.ctx.services.catalog.get(state.procedure_code)
        what = " — ".join(x for x in (p.name if p else "", state.applicant.get("full_name", "")) if x)
        self._pending_draft = state
        self.draft_text.setText(self.tr("Có hồ sơ đang nhập dở lúc {time} ngày {date}: {what}. Khôi phục để nhập tiếp?").format(
            time=when.strftime("%H:%M"), date=when.strftime("%d/%m/%Y"), what=what or self.tr("(chưa chọn thủ tục)")))
        self.draft_banner.show()

    def restore_draft(self) -> None:
        state = self._pending_draft
        if state is None:
            return
        self._pending_draft = None
        self.draft_banner.hide()
        target = min(state.step, 3) if state.procedure_code else 0  # loading emits changes that move .step
        self.state = state
        self.saved = None
        self.procedure_step.load(state)
        for i in range(1, target + 1):
            self.steps[i].load(state)
        self._show_step(target)
        self.ctx.bus.status_message.emit(self.tr("Đã khôi phục hồ sơ nhập dở."))

    def drop_draft(self) -> None:
        self._pending_draft = None
        self.draft_banner.hide()
        if not self.state.has_data:
            self.keeper.discard()
        self.stack.currentWidget().setFocus()

    def _changed(self) -> None:
        if self.stack.currentIndex() == DONE:
            return
        step = self.stack.currentIndex()
        if 1 <= step <= 3:
            self.steps[step].store(self.state)
        self.state.step = step
        if self.state.has_data:
            self.keeper.schedule(self.state)

    def flush_draft(self) -> None:
        """Write the draft now (the window is closing or locking)."""
        if self.stack.currentIndex() != DONE and self.state.has_data:
            self._changed()
            self.keeper.flush()

    @property
    def has_unsaved_work(self) -> bool:
        return self.stack.currentIndex() != DONE and self.state.has_data

    # --- moving through the steps ------------------------------------------------------------
    def _show_step(self, index: int) -> None:
        self.stack.setCurrentIndex(index)
        self._last_step_change = time.monotonic()
        names = [self.tr("1. Thủ tục"), self.tr("2. Người nộp"), self.tr("3. Giấy tờ"), self.tr("4. Kết quả")]
        parts = []
        for i, name in enumerate(names):
            if i == index:
                parts.append(f"<span style='background:#1a5fb4;color:white;padding:3px 8px'>&nbsp;{name}&nbsp;</span>")
            elif i < index or index == DONE:
                parts.append(f"<span style='color:#1e6b34'>✓ {name}</span>")
            else:
                parts.append(f"<span style='color:#5f6368'>{name}</span>")
        self.steps_bar.setText("&nbsp;&nbsp;›&nbsp;&nbsp;".join(parts))
        self.back.setEnabled(0 < index < DONE)
        self.next.setVisible(index < 3)
        if index < DONE:
            self.state.step = index
        self.stack.currentWidget().setFocus()

    def _guarded(self) -> bool:
        """A repeated Enter (key auto-repeat, a double press) must not skip a step."""
        guard = float(self.ctx.settings.get("enter_guard_ms", 250)) / 1000
        return self._saving or time.monotonic() - self._last_step_change < guard

    def go_on(self) -> None:
        index = self.stack.currentIndex()
        if index == DONE or self._guarded():
            return
        if index == 0:
            if not self.procedure_step.validate():
                return
            p = self.procedure_step.current()
            assert p is not None
            if p.code != self.state.procedure_code:
                self.state.procedure_code = p.code
                self.state.documents = []
                self.state.supplement_items = []
            self.applicant_step.load(self.state)
        elif index == 1:
            if not self.applicant_step.validate(self.state):
                return
            self.documents_step.load(self.state)
        elif index == 2:
            self.documents_step.validate(self.state)
            self.state.supplement_items = []
            self.summary_step.load(self.state)
        elif index == 3:
            self.save()
            return
        self._show_step(index + 1)
        self._changed()

    def go_back(self) -> None:
        index = self.stack.currentIndex()
        if index == DONE:
            self.new_reception(ask=False)
            return
        if index == 0:
            if self.state.has_data:
                self.new_reception(ask=True)
            return
        self.steps[index].store(self.state)
        self._show_step(index - 1)
        self._changed()

    def keyPressEvent(self, e: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if e.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not e.isAutoRepeat():
            self.go_on()
            return
        if e.key() == Qt.Key.Key_Escape:
            self.go_back()
            return
        super().keyPressEvent(e)

    def confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Hồ sơ đang nhập dở"),
                          self.tr("Bỏ hồ sơ đang nhập dở và bắt đầu hồ sơ mới?"), parent=self)
        yes = box.addButton(self.tr("Bỏ hồ sơ này"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Tiếp tục nhập"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(box.buttons()[-1])
        box.exec()
        return box.clickedButton() is yes

    def new_reception(self, ask: bool = True) -> None:
        if ask and self.has_unsaved_work and not self.confirm_discard():
            self.stack.currentWidget().setFocus()
            return
        if self.has_unsaved_work:
            self.keeper.discard()
        self.state = FlowState()
        self.saved = None
        self.procedure_step.load(self.state)
        user = self.ctx.user
        if user is not None:
            self.procedure_step.set_recent(recent_procedures(self.ctx.services, user.username))
        self._show_step(0)

    # --- saving ---------------------------------------------------------------------------------
    def save(self) -> None:
        if self._saving or self.stack.currentIndex() != 3:
            return
        if not self.summary_step.validate(self.state):
            return
        actor = self.ctx.require_user()
        try:
            request = self.state.request()
        except ValueError as err:
            self.summary_step.message.show_error(str(err))
            return
        self._saving = True
        self.summary_step.save.setEnabled(False)
        self.summary_step.message.show_message(self.tr("Đang lưu…"), "hint")

        def work(s):  # noqa: ANN001, ANN202 - runs in the worker with its own services
            dossier = s.dossiers.receive(actor, request)
            remember_procedure(s, actor.username, request.procedure_code)
            from desk_app.services.drafts import discard_draft

            discard_draft(s, actor.username)
            return dossier

        self.keeper._timer.stop()  # a late draft write must not resurrect a saved dossier
        self.ctx.runner.submit(work, self._saved, self._save_failed)

    def _save_failed(self, err: BaseException) -> None:
        self._saving = False
        self.summary_step.save.setEnabled(True)
        if isinstance(err, ValidationError) and err.field in ("full_name", "citizen_id", "phone", "email",
                                                                "date_of_birth", "sex"):
            self._show_step(1)
            self.applicant_step.message.show_error(err)
            return
        self.summary_step.message.show_error(err if isinstance(err, DeskError) else self.tr("Lỗi khi lưu: {e}").format(
            e=error_text(err)))

    def _saved(self, dossier: Dossier) -> None:
        self._saving = False
        self.summary_step.save.setEnabled(True)
        self.saved = dossier
        outcome = self.state.outcome
        texts = {
            "accept": self.tr("Đã tiếp nhận hồ sơ <b>{code}</b>. Ngày hẹn trả: <b>{due}</b>."),
            "supplement": self.tr("Đã lưu yêu cầu bổ sung, hoàn thiện hồ sơ <b>{code}</b>."),
            "refuse": self.tr("Đã lưu từ chối tiếp nhận hồ sơ <b>{code}</b>."),
        }
        prints = {
            "accept": self.tr("In Giấy tiếp nhận và hẹn trả (Ctrl+P)"),
            "supplement": self.tr("In Phiếu yêu cầu bổ sung (Ctrl+P)"),
            "refuse": self.tr("In Phiếu từ chối (Ctrl+P)"),
        }
        due = dossier.due_date.strftime("%d/%m/%Y") if dossier.due_date else ""
        self.done_text.setText(
            "<p style='font-size:14pt'>" + texts[outcome].format(code=dossier.code, due=due) + "</p>"
            + f"<p>{dossier.applicant.full_name} — {dossier.procedure_name}</p>")
        self.print_button.setText(prints[outcome])
        self.done_message.clear_message()
        self.state = FlowState()
        self._show_step(DONE)
        self.ctx.bus.data_changed.emit()
        self.ctx.bus.status_message.emit(self.tr("Đã lưu hồ sơ {code}.").format(code=dossier.code))

    # --- printing -------------------------------------------------------------------------------
    def print_saved(self) -> None:
        """Render the slip for the dossier just saved to a PDF in the background and open it."""
        dossier = self.saved
        if dossier is None or self.stack.currentIndex() != DONE:
            return
        actor = self.ctx.require_user()
        form = {"received": "receipt", "supplement_requested": "supplement", "refused": "refusal"}.get(
            dossier.status.value, "receipt")
        code = dossier.code

        def work(s):  # noqa: ANN001, ANN202 - the print service marks reprints and records the event
            return s.printing.print_form(actor, code, form)

        self.done_message.show_message(self.tr("Đang tạo bản in…"), "hint")
        self.ctx.runner.submit(work, self._printed, lambda e: self.done_message.show_error(e))

    def _printed(self, path: Path) -> None:
        self.done_message.show_message(self.tr("Đã tạo bản in: {path}").format(path=str(path)), "ok")
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            from desk_app.ui.print_preview import PrintPreviewDialog

            PrintPreviewDialog(self.ctx, path, self.tr("Bản in"), self).exec()
