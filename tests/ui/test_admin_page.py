"""Administrator's page: office profile, users, catalog import, calendar overrides, backup and restore."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desk_app.domain.model import Role, User
from desk_app.services import Services
from desk_app.services.core import shipped_catalog_path
from desk_app.ui.admin.page import Page
from desk_app.ui.context import Bus, Runner, UiContext
from desk_app.ui.pages import PAGES, load_page


def type_text(widget: QWidget, text: str) -> None:
    """One key event per character carrying its text (keyClicks aborts on non-ASCII)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


@pytest.fixture
def ctx(services: Services, clock, admin: User) -> UiContext:  # noqa: ANN001 - FakeClock
    return UiContext(services, Runner(services, clock, synchronous=True), Bus(), clock, user=admin)


@pytest.fixture
def page(qtbot, ctx: UiContext) -> Page:  # noqa: ANN001
    p = Page(ctx)
    qtbot.addWidget(p)
    p.show()
    return p


def test_registered_as_admin_page(qtbot, ctx: UiContext) -> None:  # noqa: ANN001
    spec = next(s for s in PAGES if s.key == "admin")
    widget = load_page(spec, ctx)
    assert isinstance(widget, Page)
    qtbot.addWidget(widget)
    assert widget.title == "Quản trị" and widget.tabs.count() == 5


def test_office_profile_edit_and_errors(page: Page, services: Services) -> None:
    tab = page.office
    assert tab.form.name.text() == "UBND xã Tiến Thành"
    tab.form.name.clear()
    type_text(tab.form.name, "UBND phường Tân Định")
    tab.form.desk_number.setValue(3)
    type_text(tab.upstream, "https://hub.tinh.gov.vn/api")
    tab.save_button.click()
    office = services.office()
    assert (office.name, office.desk_number, office.upstream) == ("UBND phường Tân Định", 3,
                                                                  "https://hub.tinh.gov.vn/api")
    assert "Đã lưu" in tab.form.message.text()

    tab.form.agency_code.clear()
    type_text(tab.form.agency_code, "H56")
    tab.save_button.click()
    assert "Mã cơ quan" in tab.form.message.text()
    assert services.office().agency_code == "000.21.22.H56"

    tab.form.agency_code.clear()
    type_text(tab.form.agency_code, "000.21.22.H56")
    tab.upstream.clear()
    type_text(tab.upstream, "ftp://hub")
    tab.save_button.click()
    assert "https://" in tab.form.message.text()


def test_users_add_disable_enable_reset(page: Page, services: Services) -> None:
    tab = page.users
    assert tab.table.rowCount() == 4
    type_text(tab.username, "canbo2")
    type_text(tab.full_name, "Lê Hoàng Nam")
    tab.role.setCurrentIndex(tab.role.findData(Role.CLERK.value))
    type_text(tab.password, "matkhau789")
    tab.add_button.click()
    assert "Đã tạo tài khoản canbo2" in tab.message.text()
    assert services.auth.users.get("canbo2").full_name == "Lê Hoàng Nam"
    assert tab.table.rowCount() == 5

    tab.select("canbo2")
    tab.toggle_button.click()
    assert not services.auth.users.get("canbo2").active
    assert "Đã khóa" in tab.message.text()
    tab.select("canbo2")
    tab.toggle_button.click()
    assert services.auth.users.get("canbo2").active

    tab.select("canbo2")
    type_text(tab.new_password, "ngan")
    tab.reset_button.click()
    assert "ít nhất 8 ký tự" in tab.message.text()
    type_text(tab.new_password, "matkhaumoi1")
    tab.reset_button.click()
    assert services.auth.login("canbo2", "matkhaumoi1").username == "canbo2"

    tab.select("admin")
    tab.toggle_button.click()
    assert "Không thể tự khóa" in tab.message.text()

    type_text(tab.username, "Sai Tên")
    type_text(tab.full_name, "Ai Đó")
    type_text(tab.password, "matkhau789")
    tab.add_button.click()
    assert "không hợp lệ" in tab.message.text()


def test_catalog_import_good_and_bad_file(page: Page, services: Services, tmp_path: Path) -> None:
    tab = page.catalog
    before = tab.table.rowCount()
    assert before == len(services.catalog.list()) > 0
    data = json.loads(shipped_catalog_path().read_text(encoding="utf-8"))
    entries = data["procedures"] if isinstance(data, dict) else data
    bad = json.loads(json.dumps(data))
    bad_entries = bad["procedures"] if isinstance(bad, dict) else bad
    bad_entries[1]["days"] = "mười"
    bad_path = tmp_path / "danh-muc-loi.json"
    bad_path.write_text(json.dumps(bad, ensure_ascii=False), encoding="utf-8")
    tab.import_file(bad_path)
    text = tab.message.text()
    assert "danh-muc-loi.json" in text and "thủ tục thứ 2" in text and "days" in text
    assert tab.table.rowCount() == before and len(services.catalog.list()) == before

    good = json.loads(json.dumps(data))
    good_entries = good["procedures"] if isinstance(good, dict) else good
    del good_entries[len(entries) - 1]
    good_path = tmp_path / "danh-muc-moi.json"
    good_path.write_text(json.dumps(good, ensure_ascii=False), encoding="utf-8")
    tab.import_file(good_path)
    assert f"Đã nhập {before - 1} thủ tục" in tab.message.text()
    assert tab.table.rowCount() == before - 1
    assert "danh-muc-moi.json" in tab.source.text()


def test_calendar_holidays_and_overrides(page: Page, services: Services, admin: User) -> None:
    tab = page.calendar
    tab.year.setValue(2026)
    names = [tab.table.item(r, 3).text() for r in range(tab.table.rowCount())]
    assert any("Tết" in n or "Nguyên Đán" in n for n in names)
    assert any("Quốc khánh" in n for n in names)

    day = dt.date(2026, 12, 5)  # a Saturday: make-up working day
    tab.day.setDate(day)
    tab.kind.setCurrentIndex(tab.kind.findData("work"))
    type_text(tab.note, "Làm bù theo thông báo của huyện")
    tab.add_button.click()
    assert services.calendar().is_working_day(day)
    rows = {tab.table.item(r, 0).text(): r for r in range(tab.table.rowCount())}
    assert "05/12/2026" in rows

    tab.table.selectRow(rows["05/12/2026"])
    tab.remove_button.click()
    assert not services.calendar().is_working_day(day)
    assert "Đã bỏ điều chỉnh" in tab.message.text()

    # A public holiday cannot be "removed": the admin is told to mark it a working day instead.
    holiday_row = next(r for r in range(tab.table.rowCount()) if tab.table.item(r, 2).text() == "Ngày lễ")
    tab.table.selectRow(holiday_row)
    tab.remove_button.click()
    assert "Làm việc" in tab.message.text()


def _answer_next_dialog(button: QMessageBox.StandardButton) -> None:
    def click() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        box.button(button).click()

    QTimer.singleShot(0, click)


def test_backup_now_and_restore_with_confirmation(page: Page, services: Services, clerk: User,
                                                  tmp_path: Path) -> None:
    tab = page.backup
    tab.backup_now()
    assert "Đã sao lưu" in tab.message.text()
    assert tab.table.rowCount() == 1
    backup = Path(tab.table.item(0, 0).data(Qt.ItemDataRole.UserRole))
    assert backup.exists()

    # Data written after the backup, then a restore that is cancelled: nothing changes.
    services.auth.add_user(page.ctx.user, "canbo9", "Sau Sao Lưu", Role.CLERK, "matkhau123")
    tab.table.selectRow(0)
    _answer_next_dialog(QMessageBox.StandardButton.Cancel)
    tab.restore_selected()
    assert "Đã hủy" in tab.message.text()
    assert services.auth.users.get("canbo9") is not None

    restored: list[str] = []
    tab.restored.connect(restored.append)
    tab.table.selectRow(0)
    _answer_next_dialog(QMessageBox.StandardButton.Yes)
    tab.restore_selected()
    assert "khởi động lại" in tab.message.text() or "mở lại" in tab.message.text()
    assert restored == [str(services.store.path)]
    assert not tab.backup_button.isEnabled()
    check = sqlite3.connect(services.store.path)
    try:
        assert check.execute("SELECT count(*) FROM users WHERE username = 'canbo9'").fetchone()[0] == 0
    finally:
        check.close()
    assert any("before-restore" in p.name for p in services.store.path.parent.iterdir())


def test_restore_of_a_bad_file_is_explained(page: Page, tmp_path: Path) -> None:
    junk = tmp_path / "khong-phai.sqlite3"
    junk.write_bytes(b"day khong phai co so du lieu" * 100)
    _answer_next_dialog(QMessageBox.StandardButton.Yes)
    page.backup.restore(junk)
    assert "không phải bản sao lưu hợp lệ" in page.backup.message.text()
