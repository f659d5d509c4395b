"""First-run wizard: office, accounts, upstream; errors in Vietnamese; nothing saved before Finish."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QLineEdit, QWidget, QWizard

from desk_app.domain.model import Role
from desk_app.services import Services
from desk_app.ui.context import Bus, Runner, UiContext
from desk_app.ui.first_run import FirstRunWizard, needs_first_run


def type_text(widget: QWidget, text: str) -> None:
    """One key event per character carrying its text (keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def replace_text(widget: QLineEdit, text: str) -> None:
    widget.clear()
    type_text(widget, text)


@pytest.fixture
def fresh(tmp_path: Path, clock) -> Services:  # noqa: ANN001 - FakeClock from conftest
    s = Services.open(tmp_path / "desk.sqlite3", clock)
    yield s
    s.close()


@pytest.fixture
def wizard(qtbot, fresh: Services, clock) -> FirstRunWizard:  # noqa: ANN001
    ctx = UiContext(fresh, Runner(fresh, clock, synchronous=True), Bus(), clock)
    w = FirstRunWizard(ctx)
    qtbot.addWidget(w)
    w.show()
    return w


def next_page(w: FirstRunWizard) -> None:
    w.button(QWizard.WizardButton.NextButton).click()


def fill_office(w: FirstRunWizard, code: str = "000.21.22.H56") -> None:
    f = w.office_page.form
    type_text(f.name, "UBND xã Tiến Thành")
    type_text(f.agency_code, code)
    type_text(f.place, "Tiến Thành")
    type_text(f.parent_name, "UBND TỈNH ĐỒNG NAI")
    f.desk_number.setValue(2)
    f.saturday_morning.setChecked(True)


def fill_admin(w: FirstRunWizard, password2: str = "matkhau123") -> None:
    a = w.accounts_page
    type_text(a.admin_username, "quantri")
    type_text(a.admin_name, "Trần Văn Quản")
    type_text(a.admin_password, "matkhau123")
    type_text(a.admin_password2, password2)


def test_needs_first_run_only_without_accounts(fresh: Services) -> None:
    assert needs_first_run(fresh)
    fresh.update_office(None, name="UBND xã A", agency_code="000.21.22.H56")
    assert needs_first_run(fresh)
    fresh.auth.add_user(None, "quantri", "Trần Văn Quản", Role.ADMIN, "matkhau123")
    assert not needs_first_run(fresh)


def test_full_walkthrough_saves_everything_on_finish(wizard: FirstRunWizard, fresh: Services) -> None:
    assert wizard.currentPage() is wizard.welcome_page
    next_page(wizard)
    fill_office(wizard)
    next_page(wizard)
    assert wizard.currentPage() is wizard.accounts_page
    fill_admin(wizard)
    a = wizard.accounts_page
    type_text(a.clerk_username, "canbo1")
    type_text(a.clerk_name, "Nguyễn Thị Ngọc Điệp")
    type_text(a.clerk_password, "matkhau456")
    a.add_clerk.click()
    assert a.clerks.rowCount() == 1 and a.clerks.item(0, 1).text() == "Nguyễn Thị Ngọc Điệp"
    next_page(wizard)
    type_text(wizard.upstream_page.upstream, "https://motcua.dongnai.gov.vn/")
    next_page(wizard)
    assert wizard.currentPage() is wizard.summary_page
    assert "UBND xã Tiến Thành" in wizard.summary_page.summary.text()
    # Nothing is written before Finish.
    assert not fresh.has_office and fresh.auth.users.count() == 0

    wizard.button(QWizard.WizardButton.FinishButton).click()

    assert wizard.result() == QWizard.DialogCode.Accepted
    office = fresh.office()
    assert (office.name, office.agency_code, office.place, office.desk_number) == (
        "UBND xã Tiến Thành", "000.21.22.H56", "Tiến Thành", 2)
    assert office.saturday_morning and office.upstream == "https://motcua.dongnai.gov.vn/"
    assert office.cutoff == "15:00"
    assert wizard.admin_user is not None and wizard.admin_user.role is Role.ADMIN
    users = {u.username: u for u in fresh.auth.list_users()}
    assert users["quantri"].full_name == "Trần Văn Quản"
    assert users["canbo1"].role is Role.CLERK and users["canbo1"].full_name == "Nguyễn Thị Ngọc Điệp"
    assert fresh.auth.login("canbo1", "matkhau456").username == "canbo1"


def test_bad_agency_code_is_explained_and_blocks(wizard: FirstRunWizard) -> None:
    next_page(wizard)
    fill_office(wizard, code="000.21.H56")
    next_page(wizard)
    assert wizard.currentPage() is wizard.office_page
    msg = wizard.office_page.form.message
    assert msg.isVisible() and "Mã cơ quan" in msg.text() and "4 nhóm" in msg.text()


def test_empty_office_name_is_refused(wizard: FirstRunWizard) -> None:
    next_page(wizard)
    type_text(wizard.office_page.form.agency_code, "000.21.22.H56")
    next_page(wizard)
    assert wizard.currentPage() is wizard.office_page
    assert wizard.office_page.form.message.text() == "Chưa nhập tên cơ quan."


@pytest.mark.parametrize(
    ("username", "password", "password2", "expected"),
    [
        ("Quản Trị", "matkhau123", "matkhau123", "không hợp lệ"),
        ("quantri", "ngan", "ngan", "ít nhất 8 ký tự"),
        ("quantri", "matkhau123", "matkhau999", "không khớp"),
    ],
)
def test_account_errors_in_vietnamese(wizard: FirstRunWizard, username: str, password: str, password2: str,
                                      expected: str) -> None:
    next_page(wizard)
    fill_office(wizard)
    next_page(wizard)
    a = wizard.accounts_page
    type_text(a.admin_username, username)
    type_text(a.admin_name, "Trần Văn Quản")
    type_text(a.admin_password, password)
    type_text(a.admin_password2, password2)
    next_page(wizard)
    assert wizard.currentPage() is a
    assert expected in a.message.text()


def test_duplicate_clerk_username_refused(wizard: FirstRunWizard) -> None:
    next_page(wizard)
    fill_office(wizard)
    next_page(wizard)
    fill_admin(wizard)
    a = wizard.accounts_page
    type_text(a.clerk_username, "quantri")
    type_text(a.clerk_name, "Lê Văn B")
    type_text(a.clerk_password, "matkhau456")
    a.add_clerk.click()
    assert a.clerks.rowCount() == 0
    assert "đã có" in a.message.text()


def test_upstream_must_be_https(wizard: FirstRunWizard) -> None:
    next_page(wizard)
    fill_office(wizard)
    next_page(wizard)
    fill_admin(wizard)
    next_page(wizard)
    type_text(wizard.upstream_page.upstream, "http://motcua.local/")
    next_page(wizard)
    assert wizard.currentPage() is wizard.upstream_page
    assert "https://" in wizard.upstream_page.message.text()
    replace_text(wizard.upstream_page.upstream, "")
    next_page(wizard)
    assert wizard.currentPage() is wizard.summary_page
    assert "chưa khai báo" in wizard.summary_page.summary.text()


def test_failure_on_finish_saves_nothing_and_stays_open(wizard: FirstRunWizard, fresh: Services) -> None:
    next_page(wizard)
    fill_office(wizard)
    next_page(wizard)
    fill_admin(wizard)
    next_page(wizard)
    next_page(wizard)
    # Someone created an account meanwhile (e.g. with desk-admin): the wizard may no longer act without sign-in.
    fresh.auth.add_user(None, "khac", "Người Khác", Role.ADMIN, "matkhau123")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.isVisible() and wizard.admin_user is None
    assert "Cần đăng nhập quản trị" in wizard.summary_page.message.text()
    assert not fresh.has_office  # the office write was rolled back with the failed accounts
    assert [u.username for u in fresh.auth.list_users()] == ["khac"]
