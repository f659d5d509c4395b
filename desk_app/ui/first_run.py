"""First start after installation: the administrator sets up the office, the first accounts and the upstream hub.

Nothing is written until *Hoàn tất* (Finish); then the office profile, the administrator and the
clerk accounts are saved in one transaction (all or nothing), through the background runner.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desk_app.domain.model import Role, User
from desk_app.services import Services
from desk_app.services.auth import _USERNAME_RE, validate_password
from desk_app.ui.admin.office_form import OfficeForm, validate_upstream
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.inputs import MessageLabel, VietnameseLineEdit, error_text


def needs_first_run(services: Services) -> bool:
    """A database with no account yet: the wizard must run before anyone can sign in."""
    return services.auth.users.count() == 0


@dataclass(frozen=True)
class AccountDraft:
    username: str
    full_name: str
    password: str
    role: Role


def check_account(draft: AccountDraft, taken: set[str]) -> None:
    """The same rules as AuthService.add_user, checked before anything is saved."""
    if not _USERNAME_RE.match(draft.username):
        raise ValidationError(
            "username_invalid",
            QT_TRANSLATE_NOOP(
                "messages",
                "Tên đăng nhập «{username}» không hợp lệ: 3–32 ký tự chữ thường không dấu, số, dấu chấm, gạch.",
            ),
            field="username", username=draft.username,
        )
    if not draft.full_name:
        raise ValidationError("full_name_empty", QT_TRANSLATE_NOOP("messages", "Chưa nhập họ và tên."),
                              field="full_name")
    validate_password(draft.password)
    if draft.username in taken:
        raise ValidationError(
            "username_taken", QT_TRANSLATE_NOOP("messages", "Tên đăng nhập «{username}» đã có."),
            field="username", username=draft.username,
        )


def _password_edit(object_name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(object_name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class WelcomePage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Chào mừng đến với Một Cửa Desk"))
        text = QLabel(self.tr(
            "Đây là lần chạy đầu tiên trên máy này. Trong vài bước, người quản trị khai báo:<ul>"
            "<li>hồ sơ cơ quan (tên, mã cơ quan, bàn tiếp nhận, giờ chốt nhận);</li>"
            "<li>tài khoản quản trị đầu tiên và tài khoản công chức tiếp nhận;</li>"
            "<li>địa chỉ máy chủ cấp trên để đồng bộ (có thể khai báo sau).</li></ul>"
            "Chưa có gì được lưu cho đến khi bấm <b>Hoàn tất</b>."))
        text.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(text)


class OfficePage(QWizardPage):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setTitle(self.tr("Hồ sơ cơ quan"))
        self.setSubTitle(self.tr("Thông tin in trên phiếu tiếp nhận và dùng để đánh mã hồ sơ."))
        self.form = OfficeForm()
        if services.has_office:
            self.form.load(services.office())
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        self.values: dict[str, Any] = {}

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        values = self.form.validate()
        if values is None:
            return False
        self.values = values
        return True


class AccountsPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Tài khoản"))
        self.setSubTitle(self.tr("Tài khoản quản trị đầu tiên (bắt buộc) và tài khoản công chức tiếp nhận (tuỳ chọn)."))
        self.admin_username = VietnameseLineEdit(placeholder=self.tr("ví dụ: quantri"))
        self.admin_username.setObjectName("admin_username")
        self.admin_name = VietnameseLineEdit(placeholder=self.tr("họ và tên"))
        self.admin_name.setObjectName("admin_full_name")
        self.admin_password = _password_edit("admin_password")
        self.admin_password2 = _password_edit("admin_password2")
        self.clerk_username = VietnameseLineEdit(placeholder=self.tr("ví dụ: canbo1"))
        self.clerk_username.setObjectName("clerk_username")
        self.clerk_name = VietnameseLineEdit(placeholder=self.tr("họ và tên"))
        self.clerk_name.setObjectName("clerk_full_name")
        self.clerk_password = _password_edit("clerk_password")
        self.add_clerk = QPushButton(self.tr("Thêm &công chức"))
        self.add_clerk.setObjectName("add_clerk")
        self.remove_clerk = QPushButton(self.tr("&Bỏ dòng chọn"))
        self.clerks = QTableWidget(0, 2)
        self.clerks.setObjectName("clerk_table")
        self.clerks.setHorizontalHeaderLabels([self.tr("Tên đăng nhập"), self.tr("Họ và tên")])
        self.clerks.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.clerks.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.message = MessageLabel("accounts_message")
        self.clerk_drafts: list[AccountDraft] = []

        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("<b>Quản trị</b>")))
        for label, widget in ((self.tr("Tên đăng nhập *"), self.admin_username),
                              (self.tr("Họ và tên *"), self.admin_name),
                              (self.tr("Mật khẩu * (ít nhất 8 ký tự)"), self.admin_password),
                              (self.tr("Nhập lại mật khẩu *"), self.admin_password2)):
            layout.addLayout(self._row(label, widget))
        layout.addWidget(QLabel(self.tr("<b>Công chức tiếp nhận</b> (có thể thêm sau ở trang Quản trị)")))
        for label, widget in ((self.tr("Tên đăng nhập"), self.clerk_username), (self.tr("Họ và tên"), self.clerk_name),
                              (self.tr("Mật khẩu"), self.clerk_password)):
            layout.addLayout(self._row(label, widget))
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_clerk)
        buttons.addWidget(self.remove_clerk)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        layout.addWidget(self.clerks)
        layout.addWidget(self.message)
        self.add_clerk.clicked.connect(self.add_clerk_draft)
        self.remove_clerk.clicked.connect(self._remove_selected)

    @staticmethod
    def _row(label: str, widget: QWidget) -> QHBoxLayout:
        row = QHBoxLayout()
        lab = QLabel(label)
        lab.setMinimumWidth(190)
        lab.setBuddy(widget)
        row.addWidget(lab)
        row.addWidget(widget, 1)
        return row

    def admin_draft(self) -> AccountDraft:
        return AccountDraft(self.admin_username.value().lower(), self.admin_name.value(), self.admin_password.text(),
                            Role.ADMIN)

    def _taken(self, exclude: AccountDraft | None = None) -> set[str]:
        names = {d.username for d in self.clerk_drafts if d is not exclude}
        admin = self.admin_username.value().lower()
        if admin:
            names.add(admin)
        return names

    def add_clerk_draft(self) -> bool:
        draft = AccountDraft(self.clerk_username.value().lower(), self.clerk_name.value(), self.clerk_password.text(),
                             Role.CLERK)
        try:
            check_account(draft, self._taken())
        except ValidationError as exc:
            self.message.show_error(error_text(exc))
            return False
        self.clerk_drafts.append(draft)
        row = self.clerks.rowCount()
        self.clerks.insertRow(row)
        self.clerks.setItem(row, 0, QTableWidgetItem(draft.username))
        self.clerks.setItem(row, 1, QTableWidgetItem(draft.full_name))
        for edit in (self.clerk_username, self.clerk_name, self.clerk_password):
            edit.clear()
        self.message.show_message(self.tr("Đã thêm {username} vào danh sách.").format(username=draft.username), "ok")
        self.clerk_username.setFocus()
        return True

    def _remove_selected(self) -> None:
        row = self.clerks.currentRow()
        if 0 <= row < len(self.clerk_drafts):
            del self.clerk_drafts[row]
            self.clerks.removeRow(row)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        admin = self.admin_draft()
        try:
            check_account(admin, {d.username for d in self.clerk_drafts})
            if self.admin_password.text() != self.admin_password2.text():
                raise ValidationError("password_mismatch",
                                      QT_TRANSLATE_NOOP("messages", "Hai lần nhập mật khẩu không khớp."))
        except ValidationError as exc:
            self.message.show_error(error_text(exc))
            return False
        # A clerk typed but not yet added: add it rather than silently dropping it.
        if any(e.text().strip() for e in (self.clerk_username, self.clerk_name, self.clerk_password)):
            if not self.add_clerk_draft():
                return False
        self.message.clear_message()
        return True


class UpstreamPage(QWizardPage):
    def __init__(self, services: Services) -> None:
        super().__init__()
        self.setTitle(self.tr("Máy chủ cấp trên"))
        self.setSubTitle(self.tr("Địa chỉ máy chủ tổng hợp của huyện/tỉnh để đồng bộ cuối ngày. Bỏ trống nếu chưa có."))
        self.upstream = VietnameseLineEdit(placeholder="https://motcua.example.gov.vn/")
        self.upstream.setObjectName("upstream")
        self.upstream.setText(services.office().upstream)
        self.message = MessageLabel("upstream_message")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Địa chỉ (https://…)")))
        layout.addWidget(self.upstream)
        layout.addWidget(self.message)
        layout.addStretch(1)
        self.value = ""

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        try:
            self.value = validate_upstream(self.upstream.value())
        except ValidationError as exc:
            self.message.show_error(error_text(exc))
            return False
        self.message.clear_message()
        return True


class SummaryPage(QWizardPage):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Xác nhận"))
        self.setSubTitle(self.tr("Kiểm tra lại rồi bấm Hoàn tất để lưu."))
        self.summary = QLabel()
        self.summary.setObjectName("summary")
        self.summary.setWordWrap(True)
        self.message = MessageLabel("summary_message")
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addStretch(1)
        layout.addWidget(self.message)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        wizard = self.wizard()
        assert isinstance(wizard, FirstRunWizard)
        o = wizard.office_page.values
        admin = wizard.accounts_page.admin_draft()
        clerks = wizard.accounts_page.clerk_drafts
        yes, no = self.tr("có"), self.tr("không")
        self.summary.setText(self.tr(
            "<b>{name}</b> — mã {code}<br>Địa danh: {place}; cấp trên: {parent}<br>"
            "Bàn số {desk}; giờ chốt {cutoff}; nhận sáng thứ Bảy: {saturday}<br><br>"
            "Quản trị: {admin} ({admin_name})<br>Công chức tiếp nhận: {clerks}<br><br>"
            "Máy chủ cấp trên: {upstream}").format(
            name=o.get("name", ""), code=o.get("agency_code", ""), place=o.get("place") or "—",
            parent=o.get("parent_name") or "—", desk=o.get("desk_number", 1), cutoff=o.get("cutoff", ""),
            saturday=yes if o.get("saturday_morning") else no, admin=admin.username, admin_name=admin.full_name,
            clerks=", ".join(d.username for d in clerks) or "—",
            upstream=wizard.upstream_page.value or self.tr("chưa khai báo")))
        self.message.clear_message()


class FirstRunWizard(QWizard):
    """Office profile → accounts → upstream → summary; everything saved on Finish, in one transaction."""

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("first_run_wizard")
        self.setWindowTitle(self.tr("Một Cửa Desk — Thiết lập lần đầu"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("&Tiếp >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< &Quay lại"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Hoàn tất"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Hủy"))
        self.welcome_page = WelcomePage()
        self.office_page = OfficePage(ctx.services)
        self.accounts_page = AccountsPage()
        self.upstream_page = UpstreamPage(ctx.services)
        self.summary_page = SummaryPage()
        for page in (self.welcome_page, self.office_page, self.accounts_page, self.upstream_page, self.summary_page):
            self.addPage(page)
        self.admin_user: User | None = None
        self._saving = False
        self.resize(640, 560)

    def _save(self, services: Services) -> User:
        office = dict(self.office_page.values, upstream=self.upstream_page.value)
        admin = self.accounts_page.admin_draft()
        clerks = list(self.accounts_page.clerk_drafts)
        # One transaction (the services' own transactions join it): a failure leaves nothing half set up.
        with services.store.transaction():
            services.update_office(None, **office)
            user = services.auth.add_user(None, admin.username, admin.full_name, admin.role, admin.password)
            for d in clerks:
                services.auth.add_user(user, d.username, d.full_name, d.role, d.password)
        return user

    def accept(self) -> None:
        if self.admin_user is not None:
            super().accept()
            return
        if self._saving:
            return
        self._saving = True
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.summary_page.message.show_message(self.tr("Đang lưu…"), "hint")
        self.ctx.runner.submit(self._save, self._saved, self._failed)

    def _saved(self, user: User) -> None:
        self._saving = False
        self.admin_user = user
        self.ctx.services._calendar = None  # the worker changed the office: recompute the calendar
        self.ctx.bus.data_changed.emit()
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self._saving = False
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.summary_page.message.show_error(self.tr("Chưa lưu được: {error}").format(error=error_text(exc)))
