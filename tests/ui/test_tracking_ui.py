"""Dossiers through every path of the lifecycle in the real windows, driven from the keyboard."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desk_app.domain.model import Applicant, Resolution, Status
from desk_app.services import Services
from desk_app.services.dossiers import ReceiveRequest
from desk_app.ui.context import Bus, Runner, UiContext
from desk_app.ui.dossier.dialogs import ApologyDialog, ReturnDialog, TextDialog, TransferDialog
from desk_app.ui.dossier.view import DossierView

DUC = Applicant("Nguyễn Văn Đức", "001200012345", dt.date(2000, 5, 15), "Nam", "Ấp 2, xã Tiến Thành", "0912345678")


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, one key event per character (qtbot.keyClicks aborts on Vietnamese letters)."""
    widget.setFocus()
    for ch in text:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)


def enter(widget: QWidget) -> None:
    QTest.keyClick(widget, Qt.Key.Key_Return)


def press(button: QWidget) -> None:
    """Activate a button from the keyboard (focus, then Space)."""
    assert button.isEnabled() and button.isVisible(), button.text()
    button.setFocus()
    QTest.keyClick(button, Qt.Key.Key_Space)


@pytest.fixture
def ctx(services: Services, clock, clerk) -> UiContext:
    return UiContext(services, Runner(services, clock, synchronous=True), Bus(), clock, clerk)


def receive(services: Services, clerk, code: str = "1.004873", applicant: Applicant = DUC):
    return services.dossiers.receive(clerk, ReceiveRequest(code, applicant))


def as_user(ctx: UiContext, view: DossierView, user) -> None:
    ctx.user = user
    view.load()


def event_types(services: Services, code: str) -> list[str]:
    return [e.type.value for e in services.dossiers.get(code).events]


def open_from_tracking(qtbot, ctx: UiContext, queue: str, code: str) -> DossierView:
    from desk_app.ui.tracking.page import Page

    page = Page(ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_queue(queue)
    rows = [page.model.row_at(i).code for i in range(page.model.rowCount())]
    assert code in rows
    page.table.setFocus()
    page.table.selectRow(rows.index(code))
    enter(page.table)
    view = page.views[-1]
    qtbot.addWidget(view)
    assert view.dossier is not None and view.dossier.code == code
    return view


def test_transfer_leader_result_and_return_by_scanned_slip(qtbot, ctx, services, clock, clerk, handler,
                                                          leader) -> None:
    clock.set("2026-12-07T09:30")  # Monday: due Thursday 10/12
    d = receive(services, clerk)
    view = open_from_tracking(qtbot, ctx, "due_soon", d.code)
    assert not view.buttons["return"].isVisible()

    press(view.buttons["transfer"])
    dlg = view.dialog
    assert isinstance(dlg, TransferDialog)
    dlg.to.setCurrentIndex(dlg.to.findData("chuyenmon1"))
    type_text(dlg.note, "Giao xử lý, kiểm tra hộ tịch")
    enter(dlg.note)
    assert view.dossier.status is Status.IN_PROGRESS and view.dossier.holder == "chuyenmon1"

    clock.set("2026-12-08T14:00")
    as_user(ctx, view, handler)
    assert not view.buttons["return"].isVisible() and not view.buttons["withdraw"].isEnabled()
    press(view.buttons["transfer"])
    dlg = view.dialog
    dlg.to.setCurrentIndex(dlg.to.findData("lanhdao"))
    type_text(dlg.note, "Trình ký")
    enter(dlg.note)
    assert view.dossier.holder == "lanhdao"

    clock.set("2026-12-09T10:00")
    as_user(ctx, view, leader)
    press(view.buttons["result_ready"])
    type_text(view.dialog.text, "Đã ký giấy xác nhận")
    enter(view.dialog.text)
    assert view.dossier.status is Status.RESULT_READY and view.dossier.resolution is Resolution.EARLY

    # The citizen comes back with the slip: the scanner types the code and Enter on the returns page.
    clock.set("2026-12-10T08:15")
    ctx.user = clerk
    from desk_app.ui.returns.page import Page as Returns

    returns = Returns(ctx)
    qtbot.addWidget(returns)
    ctx.bus.data_changed.connect(returns.refresh)  # as the main window does for every page
    returns.show()
    returns.activate()
    assert returns.model.rowCount() == 1
    type_text(returns.scan, d.code.lower())
    enter(returns.scan)
    rv = returns.current_view
    qtbot.addWidget(rv)
    dlg = rv.dialog
    assert isinstance(dlg, ReturnDialog)
    assert dlg.fee.value() == 5000 and dlg.collected_by.text() == "Nguyễn Văn Đức"
    dlg.representative.setFocus()
    QTest.keyClick(dlg.representative, Qt.Key.Key_Space)
    assert dlg.collected_by.text() == "" and dlg.id_number.text() == ""
    type_text(dlg.collected_by, "Trần Thị Bình")
    enter(dlg.collected_by)  # no ID number yet: refused in the dialog, nothing saved
    assert dlg.error.isVisible() and "giấy tờ tùy thân" in dlg.error.text()
    assert services.dossiers.get(d.code).status is Status.RESULT_READY
    type_text(dlg.id_number, "079301012345")
    dlg.satisfaction.setCurrentIndex(dlg.satisfaction.findText("Chấp nhận được"))
    enter(dlg.id_number)
    assert rv.dossier.status is Status.RETURNED, (dlg.error.text(), dlg.id_number.text(), dlg.isVisible())
    assert returns.model.rowCount() == 0

    d = services.dossiers.get(d.code)
    assert event_types(services, d.code) == ["received", "transferred", "transferred", "result_ready", "returned"]
    hand = [(e.actor, e.data.get("to_user"), e.at) for e in d.events if e.type.value == "transferred"]
    assert hand == [("canbo1", "chuyenmon1", dt.datetime(2026, 12, 7, 9, 30)),
                    ("chuyenmon1", "lanhdao", dt.datetime(2026, 12, 8, 14, 0))]
    ret = d.events[-1].data
    assert ret["collected_by"] == "Trần Thị Bình" and ret["representative"] and ret["id_number"] == "079301012345"
    assert ret["fee_paid"] == 5000 and ret["satisfaction"] == "acceptable" and ret["id_checked"]
    assert d.resolution is Resolution.EARLY and d.fee_paid == 5000
    assert rv.history.rowCount() == 5
    assert "Trần Thị Bình" in rv.history.item(4, 3).text()


def test_late_dossier_apology_then_return_by_post(qtbot, ctx, services, clock, clerk, handler) -> None:
    clock.set("2026-12-07T09:30")
    d = receive(services, clerk)
    services.dossiers.transfer(clerk, d.code, "chuyenmon1")
    clock.set("2026-12-09T16:00")  # due tomorrow, still with the handler
    from desk_app.ui.tracking.page import Page

    page = Page(ctx)
    qtbot.addWidget(page)
    page.show()
    assert page.warning.isVisible() and "1 hồ sơ" in page.warning.text()
    press(page.warning)
    assert page.queue_name == "needs_apology" and page.model.rowCount() == 1
    assert page.model.mark(0) == "due_soon"
    page.table.setFocus()
    page.table.selectRow(0)
    enter(page.table)
    view = page.views[-1]
    qtbot.addWidget(view)
    assert view.banner.isVisible() and "Mẫu 04" in view.banner.text()

    as_user(ctx, view, handler)
    press(view.buttons["apologize"])
    dlg = view.dialog
    assert isinstance(dlg, ApologyDialog)
    assert dlg.new_date() == dt.date(2026, 12, 15) and not dlg.ok_button.isEnabled()
    type_text(dlg.reason, "Cần xác minh thêm tại UBND xã nơi cư trú trước đây")
    assert dlg.ok_button.isEnabled()
    enter(dlg.reason)
    d = services.dossiers.get(d.code)
    assert d.due_date == dt.date(2026, 12, 15) and d.base_due_date == dt.date(2026, 12, 10)
    assert not view.buttons["apologize"].isEnabled()  # only once
    assert not view.banner.isVisible()
    page.refresh()
    assert not page.warning.isVisible()

    clock.set("2026-12-14T11:00")
    view.load()
    press(view.buttons["result_ready"])
    enter(view.dialog.text)
    assert view.dossier.resolution is Resolution.LATE  # against the original date, apology or not

    ctx.user = clerk
    view.load()
    press(view.buttons["return"])
    dlg = view.dialog
    dlg.by_post.setFocus()
    QTest.keyClick(dlg.by_post, Qt.Key.Key_Space)
    assert not dlg.collected_by.isEnabled()
    enter(dlg.note)
    d = services.dossiers.get(d.code)
    assert d.status is Status.RETURNED and d.events[-1].data["by_post"] is True
    assert event_types(services, d.code) == ["received", "transferred", "apologized", "result_ready", "returned"]
    assert d.resolution is Resolution.LATE and d.base_due_date == dt.date(2026, 12, 10)
    page.set_queue("returned")
    assert page.model.rowCount() == 1 and "Quá hạn" in page.model.data(page.model.index(0, 5))


def test_supplement_loop_restarts_the_clock(qtbot, ctx, services, clock, clerk, handler) -> None:
    clock.set("2026-12-07T09:30")
    d = receive(services, clerk)
    services.dossiers.transfer(clerk, d.code, "chuyenmon1")
    ctx.user = handler
    view = open_from_tracking(qtbot, ctx, "with_handler", d.code)
    press(view.buttons["request_supplement"])
    dlg = view.dialog
    enter(dlg.text)  # empty: refused in the dialog
    assert dlg.error.isVisible() and services.dossiers.get(d.code).status is Status.IN_PROGRESS
    type_text(dlg.text, "Bổ sung giấy xác nhận nơi cư trú")
    enter(dlg.text)
    assert view.dossier.status is Status.SUPPLEMENT_REQUESTED

    clock.set("2026-12-14T16:00")  # the papers arrive Monday after the 15:00 cut-off
    ctx.user = clerk
    view = open_from_tracking(qtbot, ctx, "supplement", d.code)
    press(view.buttons["supplement_received"])
    assert isinstance(view.dialog, TextDialog)
    type_text(view.dialog.text, "Đã nhận đủ")
    enter(view.dialog.text)
    d = services.dossiers.get(d.code)
    assert d.status is Status.RECEIVED
    assert d.counted_from == dt.date(2026, 12, 15) and d.due_date == dt.date(2026, 12, 18)
    assert view.fields["due"].text() == "18/12/2026"
    assert event_types(services, d.code) == ["received", "transferred", "supplement_requested", "supplement_received"]


def test_withdraw_and_attachment(qtbot, ctx, services, clock, clerk, tmp_path: Path) -> None:
    d = receive(services, clerk)
    view = DossierView(ctx, d.code)
    qtbot.addWidget(view)
    view.show()
    scan = tmp_path / "don_de_nghi.png"
    scan.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 2048)
    view.add_attachment(scan)
    assert view.attachments.count() == 1 and "don_de_nghi.png" in view.attachments.item(0).text()
    view.add_attachment(scan)  # the same file again: a clear message, nothing added
    assert view.banner.isVisible() and "đã được đính kèm" in view.banner.text()
    assert view.attachments.count() == 1

    press(view.buttons["withdraw"])
    dlg = view.dialog
    enter(dlg.text)
    assert "lý do" in dlg.error.text()
    type_text(dlg.text, "Người nộp xin rút để bổ sung hồ sơ khác")
    enter(dlg.text)
    assert view.dossier.status is Status.WITHDRAWN
    assert not any(view.allowed(k) for k in ("transfer", "result_ready", "return", "withdraw", "apologize"))
    assert event_types(services, d.code) == ["received", "attachment_added", "withdrawn"]


def test_search_as_you_type(qtbot, ctx, services, clerk) -> None:
    from desk_app.ui.search.page import Page as Search

    duc = receive(services, clerk)
    receive(services, clerk, applicant=Applicant("Trần Thị Lan", phone="0987654321"))
    page = Search(ctx)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    type_text(page.box, "nguyen van duc")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.row_at(0).code == duc.code
    enter(page.box)
    view = page.views[-1]
    qtbot.addWidget(view)
    assert view.dossier.code == duc.code
    page.search("Đức")
    assert [r.code for r in page.model.rows()] == [duc.code]
    page.search("0987654321")
    assert page.model.row_at(0).applicant_name == "Trần Thị Lan"
    page.search("001200012345")
    assert page.model.row_at(0).code == duc.code
    page.search("không ai")
    assert page.model.rowCount() == 0 and "Không tìm thấy" in page.summary.text()


def test_tracking_filters_and_sorting(qtbot, ctx, services, clock, clerk) -> None:
    from desk_app.ui.tracking.page import Page

    clock.set("2026-12-07T09:30")
    a = receive(services, clerk)
    b = receive(services, clerk, "XA.DD.001", Applicant("Trần Thị Lan"))
    clock.set("2026-12-11T09:00")  # a is overdue
    page = Page(ctx)
    qtbot.addWidget(page)
    page.show()
    page.set_queue("overdue")
    assert page.model.rowCount() == 1 and page.model.mark(0) == "overdue"
    assert "Quá hạn (1)" in page.tabs.tabText(page.tabs.currentIndex())
    page.field.setCurrentIndex(page.field.findData("Đất đai"))
    assert page.model.rowCount() == 0
    page.clear_filters()
    page.set_queue("due_soon")
    page.within.setValue(10)
    assert [r.code for r in page.model.rows()] == [b.code]
    page.set_queue("due_today")
    page.set_queue("overdue")
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    assert page.model.order == "-applicant_name" and page.model.row_at(0).code == a.code
