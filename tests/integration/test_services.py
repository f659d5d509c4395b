"""The services over a real SQLite file: receive, lifecycle, roles, codes, audit, backup."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from desk_app.domain.errors import NotFound, PermissionDenied, TransitionError, ValidationError
from desk_app.domain.model import Applicant, DocumentReceived, Resolution, Satisfaction, Status
from desk_app.services import Services
from desk_app.services.dossiers import ReceiveRequest, ReturnInfo
from desk_app.services.auth import AuthError

APPLICANT = Applicant("Nguyễn Văn Đức", "001200012345", dt.date(2000, 5, 15), "Nam",
                      "Số 1 Đại Cồ Việt, Hai Bà Trưng, Hà Nội", "0912345678")


def accept(s: Services, clerk, code: str = "1.004873", **kw) -> object:
    return s.dossiers.receive(clerk, ReceiveRequest(code, APPLICANT, **kw))


def test_receive_assigns_code_due_date_and_book_number(services: Services, clerk, clock) -> None:
    clock.set("2026-12-07T09:30")  # Monday
    d = accept(services, clerk)
    assert d.code == "000.21.22.H56-261207-1001"
    assert d.status is Status.RECEIVED
    assert d.due_date == dt.date(2026, 12, 10)  # 3 working days after Monday
    assert d.book_number == 1 and d.book_year == 2026
    assert [e.type.value for e in d.events] == ["received"]
    d2 = accept(services, clerk)
    assert d2.code.endswith("-1002") and d2.book_number == 2


def test_after_cutoff_counts_from_next_working_day(services: Services, clerk, clock) -> None:
    clock.set("2026-12-11T15:30")  # Friday after 15:00
    d = accept(services, clerk)
    assert d.counted_from == dt.date(2026, 12, 14)
    assert d.due_date == dt.date(2026, 12, 17)


def test_double_submit_saves_once(services: Services, clerk) -> None:
    req = ReceiveRequest("1.004873", APPLICANT)
    a = services.dossiers.receive(clerk, req)
    b = services.dossiers.receive(clerk, req)
    assert a.code == b.code
    assert services.dossiers.repo.count() == 1


def test_bad_input_saves_nothing(services: Services, clerk) -> None:
    bad = [
        ReceiveRequest("9.999999", APPLICANT),
        ReceiveRequest("1.004873", Applicant("  ")),
        ReceiveRequest("1.004873", Applicant("Lê Văn A", "00120001234")),
        ReceiveRequest("1.004873", Applicant("Lê Văn A", phone="12345")),
        ReceiveRequest("1.004873", APPLICANT, outcome="refuse"),
        ReceiveRequest("1.004873", APPLICANT, outcome="supplement"),
    ]
    for req in bad:
        with pytest.raises((ValidationError, NotFound)) as info:
            services.dossiers.receive(clerk, req)
        assert "{" not in info.value.message
    assert services.dossiers.repo.count() == 0
    assert services.store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0


def test_full_lifecycle_early(services: Services, clerk, handler, leader, clock) -> None:
    clock.set("2026-12-07T09:30")
    d = accept(services, clerk)
    services.dossiers.transfer(clerk, d.code, "chuyenmon1")
    services.dossiers.transfer(handler, d.code, "lanhdao", "Trình ký")
    clock.set("2026-12-09T10:00")
    d = services.dossiers.result_ready(leader, d.code)
    assert d.resolution is Resolution.EARLY
    clock.set("2026-12-10T08:00")
    d = services.dossiers.return_result(clerk, d.code, ReturnInfo("Nguyễn Văn Đức", fee_paid=15000,
                                                                    satisfaction=Satisfaction.SATISFIED))
    assert d.status is Status.RETURNED and d.fee_paid == 15000
    assert [e.type.value for e in d.events] == ["received", "transferred", "transferred", "result_ready", "returned"]
    with pytest.raises(TransitionError):
        services.dossiers.withdraw(clerk, d.code, "đổi ý")


def test_roles_enforced_in_service(services: Services, clerk, handler, admin) -> None:
    with pytest.raises(PermissionDenied):
        accept(services, handler)
    d = accept(services, clerk)
    with pytest.raises(PermissionDenied):
        services.dossiers.return_result(handler, d.code, ReturnInfo("x"))
    with pytest.raises(PermissionDenied):
        services.auth.add_user(clerk, "hacker", "Hacker", "admin", "matkhau123")
    with pytest.raises(PermissionDenied):
        services.update_office(clerk, name="Khác")


def test_supplement_at_desk_then_received_enters_book(services: Services, clerk, clock) -> None:
    clock.set("2026-12-07T09:00")
    req = ReceiveRequest("1.004873", APPLICANT, outcome="supplement",
                         documents=(DocumentReceived("Tờ khai", received=False),), instruction="Mang tờ khai")
    d = services.dossiers.receive(clerk, req)
    assert d.status is Status.SUPPLEMENT_REQUESTED and d.book_number is None and d.due_date is None
    clock.set("2026-12-09T14:00")
    d = services.dossiers.supplement_received(clerk, d.code)
    assert d.status is Status.RECEIVED
    assert d.due_date == dt.date(2026, 12, 14)  # Wed + 3 working days = Mon 14/12
    assert d.book_number == 1


def test_apology_once_and_late_classification(services: Services, clerk, handler, clock) -> None:
    clock.set("2026-12-07T09:00")
    d = accept(services, clerk)
    services.dossiers.transfer(clerk, d.code, "chuyenmon1")
    clock.set("2026-12-09T09:00")
    with pytest.raises(ValidationError):
        services.dossiers.apologize(handler, d.code, "Cần xác minh", dt.date(2026, 12, 10))
    d = services.dossiers.apologize(handler, d.code, "Cần xác minh", dt.date(2026, 12, 15))
    assert d.due_date == dt.date(2026, 12, 15) and d.base_due_date == dt.date(2026, 12, 10)
    with pytest.raises(TransitionError, match="một lần"):
        services.dossiers.apologize(handler, d.code, "Lần hai", dt.date(2026, 12, 17))
    clock.set("2026-12-14T09:00")
    d = services.dossiers.result_ready(handler, d.code)
    assert d.resolution is Resolution.LATE


def test_login_and_lockout(services: Services, clock) -> None:
    assert services.auth.login("canbo1", "matkhau123").username == "canbo1"
    for _ in range(5):
        with pytest.raises(AuthError):
            services.auth.login("canbo1", "sai")
    with pytest.raises(AuthError, match="tạm khóa"):
        services.auth.login("canbo1", "matkhau123")
    clock.set(clock.now + dt.timedelta(minutes=16))
    assert services.auth.login("canbo1", "matkhau123").username == "canbo1"
    row = services.auth.users.get_row("canbo1")
    assert row["password_hash"].startswith("$argon2id$")


def test_audit_detects_edit_and_deletion(services: Services, clerk, db_path: Path) -> None:
    for _ in range(3):
        accept(services, clerk)
    assert services.verify_audit().ok
    raw = sqlite3.connect(db_path)
    raw.execute("DROP TRIGGER events_no_update")
    raw.execute("UPDATE events SET note = 'sửa lén' WHERE seq = 2")
    raw.commit()
    report = services.verify_audit()
    assert not report.ok and any("#2" in p for p in report.problems)
    raw.execute("DROP TRIGGER events_no_delete")
    raw.execute("DELETE FROM events WHERE seq = 3")
    raw.commit()
    assert any("xóa" in p for p in services.verify_audit().problems)


def test_audit_detects_a_cached_status_that_disagrees_with_the_events(services: Services, clerk,
                                                                      db_path: Path) -> None:
    d = accept(services, clerk)
    raw = sqlite3.connect(db_path)
    raw.execute("UPDATE dossiers SET status = 'returned' WHERE code = ?", (d.code,))
    raw.commit()
    problems = services.verify_audit().problems
    assert any(d.code in p and "returned" in p for p in problems), problems


def test_events_are_append_only(services: Services, clerk) -> None:
    accept(services, clerk)
    with pytest.raises(sqlite3.IntegrityError):
        services.store.conn.execute("UPDATE events SET note = 'x'")
    with pytest.raises(sqlite3.IntegrityError):
        services.store.conn.execute("DELETE FROM events")


def test_every_event_enters_the_outbox(services: Services, clerk, handler) -> None:
    d = accept(services, clerk)
    services.dossiers.transfer(clerk, d.code, "chuyenmon1")
    assert services.dossiers.repo.waiting_to_sync() == 2


def test_backup_and_restore(services: Services, clerk, tmp_path: Path) -> None:
    d = accept(services, clerk)
    out = services.backup(tmp_path / "b.sqlite3")
    target = tmp_path / "restored.sqlite3"
    Services.restore(out, target)
    s2 = Services.open(target)
    assert s2.dossiers.get(d.code).applicant.full_name == "Nguyễn Văn Đức"
    s2.close()
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database" * 100)
    with pytest.raises(Exception, match="không phải bản sao lưu"):
        Services.restore(junk, target)
