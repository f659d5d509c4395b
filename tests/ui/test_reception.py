"""The reception flow driven by keyboard only; the database holds exactly what was done."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

from desk_app.ui.main_window import MainWindow
from desk_app.ui.reception.page import DONE
from tests.ui.conftest import QR_OK, enter, esc, focused, press, tab, type_text

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier


def db(services, sql, *params):  # noqa: ANN001, ANN201
    return services.store.conn.execute(sql, params).fetchall()


def start_reception(window: MainWindow):  # noqa: ANN201
    press(Qt.Key.Key_N, CTRL)
    page = window.pages["reception"]
    assert window.content.currentWidget() is page
    assert focused() is page.procedure_step.search
    return page


def choose_procedure(page, text: str, code: str) -> None:  # noqa: ANN001
    type_text(None, text)
    assert page.procedure_step.current().code == code
    enter()
    assert page.stack.currentIndex() == 1
    assert focused() is page.applicant_step.name


def label(window, name: str) -> QLabel:  # noqa: ANN001
    w = window.findChild(QLabel, name)
    assert w is not None, name
    return w


def test_receive_supplement_refuse_then_find_all_three(qtbot, window, services):  # noqa: ANN001
    # 1. Accept a birth registration (hộ tịch) from a scanned CCCD QR.
    page = start_reception(window)
    choose_procedure(page, "khai sinh", "1.001193")
    type_text(None, QR_OK)  # the wedge scanner types into the focused name field…
    enter()  # …and ends with Enter
    a = page.applicant_step
    assert a.name.text() == "NGUYỄN THỊ THANH HƯƠNG"
    assert a.citizen_id.text() == "079195001234"
    assert a.dob.text() == "12/03/1995" and a.sex.currentData() == "Nữ"
    assert a.address.text().startswith("Số 12 Đường Lê Lợi")
    assert label(window, "applicantMessage").text().startswith("Đã điền từ mã QR CCCD")
    assert page.stack.currentIndex() == 1  # the scan's Enter does not skip the check
    enter()
    assert page.stack.currentIndex() == 2
    enter()
    assert page.stack.currentIndex() == 3
    assert label(window, "dueDate").text().startswith("Ngày hẹn trả: 23/11/2026")
    assert "Nhận lúc" in label(window, "dueDate").toolTip()
    enter()
    assert page.stack.currentIndex() == DONE
    first = db(services, "SELECT code, status, applicant_name, citizen_id FROM dossiers")
    assert [(r[1], r[2], r[3]) for r in first] == [("received", "NGUYỄN THỊ THANH HƯƠNG", "079195001234")]
    code1 = first[0][0]
    assert code1 in label(window, "doneText").text()

    # 2. A marriage registration (typed `ket hon`, no accents) with a missing paper: supplement.
    press(Qt.Key.Key_N, CTRL)
    assert page.stack.currentIndex() == 0
    choose_procedure(page, "ket hon", "1.000894")
    type_text(None, "Trần Văn Bình")
    tab()
    type_text(None, "001090012345")
    assert label(window, "idMessage").text().startswith("✓ Hợp lệ")
    enter()
    assert page.stack.currentIndex() == 2
    assert focused().objectName() == "docReceived"
    press(Qt.Key.Key_Space)  # the first paper was not brought
    assert not page.documents_step.rows[0].check.isChecked()
    enter()
    assert page.stack.currentIndex() == 3
    press(Qt.Key.Key_B, ALT)  # Yêu cầu bổ sung
    qtbot.waitUntil(lambda: page.summary_step.outcome() == "supplement")
    qtbot.waitUntil(lambda: focused() is page.summary_step.items)
    tab()
    assert focused() is page.summary_step.instruction
    type_text(None, "Mang tờ khai đăng ký kết hôn có chữ ký của hai bên.")
    enter()
    assert page.stack.currentIndex() == DONE
    code2, status2 = db(services, "SELECT code, status FROM dossiers WHERE applicant_name = 'Trần Văn Bình'")[0]
    assert status2 == "supplement_requested"
    data2 = json.loads(db(services, "SELECT e.data FROM events e JOIN dossiers d ON d.id = e.dossier_id "
                                    "WHERE d.code = ?", code2)[0][0])
    assert data2["items"] == [page.documents_step.procedure.documents[0].name]
    assert data2["instruction"] == "Mang tờ khai đăng ký kết hôn có chữ ký của hai bên."

    # 3. A death registration refused: the reason is required.
    press(Qt.Key.Key_N, CTRL)
    choose_procedure(page, "1.000656", "1.000656")
    type_text(None, "Lê Thị Đào")
    enter()
    enter()
    press(Qt.Key.Key_C, ALT)
    qtbot.waitUntil(lambda: focused() is page.summary_step.reason)
    enter()
    assert label(window, "summaryMessage").text() == "Phải ghi lý do từ chối tiếp nhận."
    assert page.stack.currentIndex() == 3
    type_text(None, "Người chết không cư trú cuối cùng tại xã; hướng dẫn nộp tại nơi cư trú cuối cùng.")
    enter()
    assert page.stack.currentIndex() == DONE
    code3, status3 = db(services, "SELECT code, status FROM dossiers WHERE applicant_name = 'Lê Thị Đào'")[0]
    assert status3 == "refused"

    # The database holds exactly what was done.
    assert db(services, "SELECT count(*) FROM dossiers") == [(3,)]
    events = db(services, "SELECT d.code, e.type, e.actor FROM events e JOIN dossiers d ON d.id = e.dossier_id ORDER BY e.seq")
    assert events == [(code1, "received", "canbo1"), (code2, "supplement_requested", "canbo1"),
                      (code3, "refused", "canbo1")]
    assert db(services, "SELECT count(*) FROM outbox") == [(3,)]
    assert db(services, "SELECT count(*) FROM drafts") == [(0,)]
    assert window.home.counts()["received_today"] == "2"  # accepted + supplement; refusals do not count

    # Find all three by search: scanned codes open at once, names through the quick results.
    def opened_code() -> str:
        view = window.opened
        assert view is not None and view.isVisible()
        return getattr(view, "code", None) or view.dossier.code

    for code in (code1, code2, code3):
        press(Qt.Key.Key_F, CTRL)
        assert focused() is window.search
        type_text(None, code)  # what a barcode scanner types, then Enter
        enter()
        assert opened_code() == code
        window.opened.close()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
    press(Qt.Key.Key_F, CTRL)
    type_text(None, "tran van")
    assert window.results.isVisible()
    assert window.results.item(0).text().startswith(code2)
    press(Qt.Key.Key_Down)
    enter()
    assert opened_code() == code2
    window.opened.close()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    press(Qt.Key.Key_F, CTRL)
    type_text(None, "079195001234")
    assert window.results.count() == 1 and window.results.item(0).text().startswith(code1)


def test_bad_qr_shows_its_message_and_changes_nothing(qtbot, window, services):  # noqa: ANN001
    page = start_reception(window)
    choose_procedure(page, "khai sinh", "1.001193")
    type_text(None, "Phạm")
    type_text(None, "079195001234|025123456|NGUYỄN VĂN A|31021995|Nam|Hà Nội|15082021")  # 31/02 does not exist
    enter()
    msg = label(window, "applicantMessage")
    assert msg.isVisible() and msg.text() == "Mã QR không đọc được: Ngày sinh trong mã QR không hợp lệ: 31021995."
    assert page.applicant_step.name.text() == "Phạm"  # what was typed before the scan is kept
    assert page.applicant_step.citizen_id.text() == ""
    assert page.stack.currentIndex() == 1
    assert db(services, "SELECT count(*) FROM dossiers") == [(0,)]


def test_qr_scanned_into_the_id_field_is_not_cut_by_its_length(qtbot, window):  # noqa: ANN001
    page = start_reception(window)
    choose_procedure(page, "khai sinh", "1.001193")
    tab()
    assert focused() is page.applicant_step.citizen_id
    type_text(None, QR_OK)
    enter()
    assert page.applicant_step.name.text() == "NGUYỄN THỊ THANH HƯƠNG"
    assert page.applicant_step.citizen_id.text() == "079195001234"


def test_wrong_id_number_is_explained_as_typed_and_blocks_the_step(qtbot, window, services):  # noqa: ANN001
    page = start_reception(window)
    choose_procedure(page, "khai sinh", "1.001193")
    type_text(None, "Võ Minh Tâm")
    tab()
    type_text(None, "0790")
    assert label(window, "idMessage").text() == "Đã nhập 4/12 chữ số."
    type_text(None, "9x")
    assert label(window, "idMessage").text() == "Số định danh chỉ gồm chữ số (có ký tự «x»)."
    press(Qt.Key.Key_Backspace)
    type_text(None, "5001234")
    assert label(window, "idMessage").text().startswith("✓ Hợp lệ")
    press(Qt.Key.Key_Backspace)
    type_text(None, "4")
    page.applicant_step.citizen_id.setText("999095001234")  # province 999 does not exist
    assert label(window, "idMessage").text() == "Mã tỉnh 999 không có trong danh mục."
    enter()
    assert page.stack.currentIndex() == 1
    assert label(window, "applicantMessage").text() == "Mã tỉnh 999 không có trong danh mục."
    assert focused() is page.applicant_step.citizen_id
    assert db(services, "SELECT count(*) FROM dossiers") == [(0,)]


def test_empty_name_is_required(qtbot, window, services):  # noqa: ANN001
    page = start_reception(window)
    choose_procedure(page, "khai sinh", "1.001193")
    enter()
    assert page.stack.currentIndex() == 1
    assert label(window, "applicantMessage").text() == "Chưa nhập họ tên người nộp hồ sơ."
    assert focused() is page.applicant_step.name
    assert db(services, "SELECT count(*) FROM dossiers") == [(0,)]


def test_escape_goes_back_and_keeps_what_was_typed(qtbot, window):  # noqa: ANN001
    page = start_reception(window)
    choose_procedure(page, "khai sinh", "1.001193")
    type_text(None, "Đỗ Thị Mai")
    enter()
    assert page.stack.currentIndex() == 2
    esc()
    assert page.stack.currentIndex() == 1 and page.applicant_step.name.text() == "Đỗ Thị Mai"
    esc()
    assert page.stack.currentIndex() == 0


def test_repeated_enter_never_saves_twice_or_skips_a_step(qtbot, window, ctx, services):  # noqa: ANN001
    ctx.settings["enter_guard_ms"] = 250
    page = start_reception(window)
    type_text(None, "khai sinh")
    qtbot.wait(300)
    enter()
    assert page.stack.currentIndex() == 1
    enter()  # the second press of a double Enter
    assert page.stack.currentIndex() == 1
    type_text(None, "Hồ Văn Lộc")
    qtbot.wait(300)
    enter()
    enter()
    assert page.stack.currentIndex() == 2  # not 3
    qtbot.wait(300)
    enter()
    qtbot.wait(300)
    enter()
    enter()
    enter()
    assert page.stack.currentIndex() == DONE
    assert db(services, "SELECT count(*) FROM dossiers") == [(1,)]
    # The save itself is idempotent: the same request id never makes a second dossier.
    from desk_app.ui.reception.drafts import FlowState

    state = FlowState(procedure_code="1.001193")
    state.applicant["full_name"] = "Hồ Văn Lộc"
    req = state.request()
    services.dossiers.receive(ctx.user, req)
    services.dossiers.receive(ctx.user, req)
    assert db(services, "SELECT count(*) FROM dossiers") == [(2,)]


def test_draft_survives_a_restart_and_is_offered_back(qtbot, window, ctx, services, clock):  # noqa: ANN001
    page = start_reception(window)
    choose_procedure(page, "khai sinh", "1.001193")
    type_text(None, "Ngô Bảo Châu")
    tab(2)
    type_text(None, "15/06/1972")
    page.keeper.flush()  # what the debounce timer does a moment after the last key
    row = db(services, "SELECT username, data FROM drafts")
    assert row[0][0] == "canbo1" and json.loads(row[0][1])["applicant"]["full_name"] == "Ngô Bảo Châu"

    # "Power cut": a new window over the same database, signed in again.
    from desk_app.ui.context import Bus, Runner, UiContext

    ctx2 = UiContext(services, Runner(services, clock, synchronous=True), Bus(), clock,
                     user=services.auth.users.get("canbo1"), settings=dict(ctx.settings))
    window2 = MainWindow(ctx2)
    window2.show()
    window2.activateWindow()
    qtbot.waitUntil(window2.isActiveWindow)
    press(Qt.Key.Key_N, CTRL)
    page2 = window2.pages["reception"]
    assert page2.draft_banner.isVisible()
    assert "Đăng ký khai sinh — Ngô Bảo Châu" in page2.draft_text.text()
    press(Qt.Key.Key_R, CTRL)
    assert page2.stack.currentIndex() == 1
    assert page2.applicant_step.name.text() == "Ngô Bảo Châu"
    assert page2.applicant_step.dob.text() == "15/06/1972"
    ctx2.user = None
    window2.close()


def test_procedure_search_is_accent_insensitive_with_recent_first(qtbot, window, services, ctx):  # noqa: ANN001
    from desk_app.services.recent import remember_procedure

    remember_procedure(services, "canbo1", "2.000884")
    page = start_reception(window)
    step = page.procedure_step
    assert step.list.item(0).data(Qt.ItemDataRole.UserRole) == "2.000884"  # recent first
    for text, code in (("dang ky khai sinh", "1.001193"), ("Đăng ký kết hôn", "1.000894"), ("1.004873", "1.004873")):
        step.search.clear()
        type_text(None, text)
        assert step.current().code == code, text
    step.search.clear()
    type_text(None, "khai")
    first = step.list.currentRow()
    press(Qt.Key.Key_Down)
    assert step.list.currentRow() == first + 1
    step.search.clear()
    type_text(None, "zzzz")
    assert label(window, "procedureMessage").text() == "Không có thủ tục nào khớp «zzzz»."
    enter()
    assert label(window, "procedureMessage").text() == "Chưa chọn thủ tục: gõ tên hoặc mã rồi nhấn Enter."
    assert page.stack.currentIndex() == 0


def test_no_text_field_is_a_plain_qlineedit_without_a_name(window):  # noqa: ANN001
    press(Qt.Key.Key_N, CTRL)
    page = window.pages["reception"]
    for edit in page.applicant_step.findChildren(QLineEdit):
        if edit.parent() is page.applicant_step or edit.parent().parent() is page.applicant_step:
            assert edit.objectName(), edit
