"""Work queues, late warnings, search and attachments over a real SQLite file."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest

from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.model import Applicant, EventType, Resolution, Status
from desk_app.paths import attachments_dir
from desk_app.services import Services
from desk_app.services.dossiers import ReceiveRequest, ReturnInfo
from desk_app.services.tracking import QUEUES, extract_code

DUC = Applicant("Nguyễn Văn Đức", "001200012345", dt.date(2000, 5, 15), "Nam", "Ấp 2, xã Tiến Thành", "0912345678")
LAN = Applicant("Trần Thị Lan", "079301012345", dt.date(2001, 3, 2), "Nữ", "Ấp 1", "0987654321")
HUNG = Applicant("Lê Đức Hùng", "001090012345", dt.date(1990, 1, 1), "Nam", "Thôn Đông", "0911111111")


def receive(s: Services, clerk, applicant: Applicant = DUC, code: str = "1.004873", **kw):
    return s.dossiers.receive(clerk, ReceiveRequest(code, applicant, **kw))


def codes(rows) -> list[str]:
    return [r.code for r in rows]


def test_queues_follow_the_due_date(services: Services, clerk, handler, leader, clock) -> None:
    t = services.tracking
    clock.set("2026-12-07T09:30")  # Monday; 1.004873 takes 3 working days → due Thursday 10/12
    a = receive(services, clerk, DUC)
    b = receive(services, clerk, LAN, "XA.DD.001")  # 10 working days, interagency
    c = receive(services, clerk, HUNG, "1.004873", outcome="supplement", instruction="Thiếu bản sao CCCD")
    assert codes(t.queue("supplement")) == [c.code]
    services.dossiers.transfer(clerk, a.code, "chuyenmon1")
    services.dossiers.send_to_agency(clerk, b.code, "Văn phòng đăng ký đất đai huyện")
    assert codes(t.queue("with_handler")) == [a.code]
    assert codes(t.queue("with_handler", holder="chuyenmon1")) == [a.code]
    assert t.queue("with_handler", holder="lanhdao") == []
    assert codes(t.queue("at_agency")) == [b.code]

    clock.set("2026-12-09T08:00")  # Wednesday: a is due tomorrow
    assert codes(t.queue("due_soon", within_days=1)) == [a.code]
    assert codes(t.late_warnings()) == [a.code]
    assert t.warning_for(a.code) == "due_soon"
    clock.set("2026-12-10T08:00")
    assert codes(t.queue("due_today")) == [a.code]
    clock.set("2026-12-11T08:00")
    assert codes(t.queue("overdue")) == [a.code]
    assert codes(t.queue("overdue", field="Hộ tịch")) == [a.code]
    assert t.queue("overdue", field="Đất đai") == []
    assert t.queue("overdue", procedure_code="XA.DD.001") == []
    assert t.warning_for(a.code) == "overdue"
    counts = t.queue_counts()
    assert set(counts) == set(QUEUES)
    assert counts["overdue"] == 1 and counts["at_agency"] == 1 and counts["supplement"] == 1

    services.dossiers.result_ready(handler, a.code)
    assert codes(t.queue("result_ready")) == [a.code]
    assert t.queue("overdue") == []
    services.dossiers.return_result(clerk, a.code, ReturnInfo("Nguyễn Văn Đức", fee_paid=5000))
    assert codes(t.queue("returned")) == [a.code]
    assert codes(t.queue("returned", date_from=dt.date(2026, 12, 11), date_to=dt.date(2026, 12, 11))) == [a.code]
    assert t.queue("returned", date_from=dt.date(2026, 12, 12)) == []


def test_queue_sorting_and_paging(services: Services, clerk, clock) -> None:
    t = services.tracking
    clock.set("2026-12-07T09:30")
    made = [receive(services, clerk, a) for a in (DUC, LAN, HUNG)]
    by_name = codes(t.queue("due_soon", order="applicant_name", within_days=5))
    assert by_name == [made[2].code, made[0].code, made[1].code]  # le, nguyen, tran
    assert codes(t.queue("due_soon", order="-applicant_name", within_days=5)) == by_name[::-1]
    page1 = t.queue("due_soon", order="code", within_days=5, limit=2)
    page2 = t.queue("due_soon", order="code", within_days=5, limit=2, offset=2)
    assert codes(page1 + page2) == sorted(d.code for d in made)
    with pytest.raises(ValidationError):
        t.queue("due_soon", order="name; DROP TABLE dossiers")
    with pytest.raises(ValidationError):
        t.queue("nope")


def test_late_dossier_apology_keeps_original_due_date(services: Services, clerk, handler, clock) -> None:
    t = services.tracking
    clock.set("2026-12-07T09:30")
    d = receive(services, clerk)
    services.dossiers.transfer(clerk, d.code, "chuyenmon1")
    clock.set("2026-12-09T16:00")
    assert codes(t.late_warnings()) == [d.code]
    new = t.propose_new_due_date(d.code)
    assert new == dt.date(2026, 12, 15) and services.calendar().is_working_day(new)
    services.dossiers.apologize(handler, d.code, "Cần xác minh thêm", new)
    assert t.late_warnings() == []
    assert t.warning_for(d.code) is None
    clock.set("2026-12-14T10:00")
    d = services.dossiers.result_ready(handler, d.code)
    assert d.due_date == new and d.base_due_date == dt.date(2026, 12, 10)
    assert d.resolution is Resolution.LATE


def test_supplement_restarts_the_clock(services: Services, clerk, handler, clock) -> None:
    clock.set("2026-12-07T09:30")
    d = receive(services, clerk)
    services.dossiers.transfer(clerk, d.code, "chuyenmon1")
    services.dossiers.request_supplement(handler, d.code, "Thiếu giấy xác nhận cư trú")
    assert codes(services.tracking.queue("supplement")) == [d.code]
    clock.set("2026-12-14T16:00")  # Monday after the cut-off: counts from Tuesday
    d = services.dossiers.supplement_received(clerk, d.code)
    assert d.status is Status.RECEIVED and d.due_date == dt.date(2026, 12, 18)
    assert services.tracking.queue("supplement") == []


def test_search_by_everything(services: Services, clerk, clock) -> None:
    t = services.tracking
    clock.set("2026-12-07T09:30")
    duc, lan, hung = (receive(services, clerk, a) for a in (DUC, LAN, HUNG))
    refused = receive(services, clerk, Applicant("Đỗ Thị Đào"), outcome="refuse", reason="Sai thẩm quyền")
    assert codes(t.search("nguyen van duc")) == [duc.code]
    assert codes(t.search("Nguyễn Văn Đức")) == [duc.code]
    assert codes(t.search("NGUYEN VAN")) == [duc.code]
    assert set(codes(t.search("duc"))) == {duc.code, hung.code}  # Đức is a word of both names
    assert codes(t.search("van duc")) == [duc.code]
    assert codes(t.search("dao")) == [refused.code]
    assert codes(t.search("do thi dao")) == [refused.code]
    assert codes(t.search("001200012345")) == [duc.code]
    assert codes(t.search("0012 0001 2345")) == [duc.code]
    assert codes(t.search("0987654321")) == [lan.code]
    assert codes(t.search("0987.654.321")) == [lan.code]
    assert codes(t.search("+84987654321")) == [lan.code]
    assert codes(t.search(lan.code)) == [lan.code]
    assert codes(t.search(lan.code.lower())) == [lan.code]
    assert codes(t.search(lan.code[-11:])) == [lan.code]  # 261207-1002, what a clerk reads off the slip
    assert codes(t.search("https://dichvucong.example/tra-cuu?ma=" + lan.code)) == [lan.code]
    assert set(codes(t.search("0012"))) == {duc.code}  # ID prefix while typing
    assert set(codes(t.search("1.004873"))) == {duc.code, lan.code, hung.code, refused.code}
    assert t.search("không có ai") == [] and t.search("   ") == []
    assert codes(t.search("duc", procedure_code="1.004873")) != []
    assert t.search("duc", procedure_code="1.001193") == []
    assert t.search("duc", date_from=dt.date(2026, 12, 8)) == []
    assert len(t.search("", date_from=dt.date(2026, 12, 7))) == 4
    assert len(t.search("nguyen", limit=1)) == 1


def test_search_index_follows_name_changes(services: Services, clerk) -> None:
    d = receive(services, clerk)
    with services.store.transaction() as conn:  # a correction of the name (admin tool, sync)
        conn.execute("UPDATE dossiers SET applicant_name = 'Phạm Minh Châu', name_folded = 'pham minh chau' "
                     "WHERE code = ?", (d.code,))
    assert codes(services.tracking.search("chau")) == [d.code]
    assert services.tracking.search("duc") == []


def test_extract_code() -> None:
    assert extract_code(" 000.21.22.h56-261207-1001\n") == "000.21.22.H56-261207-1001"
    assert extract_code("https://x.vn/?ma=000.21.22.H56-261207-1001") == "000.21.22.H56-261207-1001"
    assert extract_code("001200012345") is None


def test_attachments(services: Services, clerk, leader, tmp_path: Path, db_path: Path) -> None:
    d = receive(services, clerk)
    scan = tmp_path / "to_khai.jpg"
    scan.write_bytes(b"\xff\xd8\xff" + b"scan" * 1000)
    sha = hashlib.sha256(scan.read_bytes()).hexdigest()
    after = services.attachments.add(clerk, d.code, scan)
    stored = attachments_dir(db_path) / sha[:2] / sha
    assert stored.read_bytes() == scan.read_bytes()
    assert services.attachments.path_of(sha) == stored
    [a] = services.attachments.list(d.code)
    assert (a.sha256, a.name, a.size, a.mime, a.added_by) == (sha, "to_khai.jpg", 4003, "image/jpeg", "canbo1")
    assert after.events[-1].type is EventType.ATTACHMENT_ADDED and after.events[-1].data["sha256"] == sha
    assert services.store.conn.execute("SELECT digitized FROM dossiers WHERE code = ?", (d.code,)).fetchone()[0] == 1
    assert not list(attachments_dir(db_path).glob(".incoming-*"))
    with pytest.raises(ValidationError) as info:
        services.attachments.add(clerk, d.code, scan)
    assert "đã được đính kèm" in info.value.message
    with pytest.raises(ValidationError) as info:
        services.attachments.add(clerk, d.code, tmp_path / "missing.pdf")
    assert "Không đọc được tệp" in info.value.message
    with pytest.raises(PermissionDenied):
        services.attachments.add(leader, d.code, scan)
    big = tmp_path / "video.mp4"
    with big.open("wb") as f:
        f.truncate(51 * 1024 * 1024)
    with pytest.raises(ValidationError) as info:
        services.attachments.add(clerk, d.code, big)
    assert "quá lớn" in info.value.message
    assert len(services.attachments.list(d.code)) == 1
    assert services.verify_audit().ok
