"""Realistic synthetic dossiers for demos and benchmarks: Vietnamese names, valid IDs, the seeds' mix."""

from __future__ import annotations

import datetime as dt
import random
import uuid
from collections.abc import Iterator
from dataclasses import dataclass

from desk_app.domain.audit import event_hash
from desk_app.domain.lifecycle import classify
from desk_app.domain.model import Applicant, Channel, Procedure, Role
from desk_app.services.core import Services
from desk_app.store.repositories import DOSSIER_COLUMNS, now_iso
from desk_app.store.serialize import applicant_to_json, dumps
from desk_app.domain.text import fold

SURNAMES = ["Nguyễn"] * 38 + ["Trần"] * 11 + ["Lê"] * 10 + ["Phạm"] * 7 + ["Hoàng"] * 5 + ["Huỳnh"] * 5 + [
    "Phan", "Phan", "Vũ", "Võ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Đoàn", "Lương",
]
MIDDLE_M = ["Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quang", "Công", "Thành", "Xuân", "Ngọc", "Đình", "Quốc"]
MIDDLE_F = ["Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Kim", "Diệu", "Hồng", "Mỹ", "Bích"]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Đức", "Hải", "Hiếu", "Hùng", "Huy", "Khánh", "Long", "Lộc", "Minh", "Nam",
           "Nghĩa", "Phong", "Phúc", "Quân", "Sơn", "Tài", "Thắng", "Thịnh", "Tiến", "Toàn", "Trung", "Tuấn", "Việt", "Vinh"]
GIVEN_F = ["Anh", "Ánh", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền", "Hoa", "Hồng", "Hương", "Lan",
           "Linh", "Loan", "Mai", "Ngọc", "Nhung", "Oanh", "Phương", "Quyên", "Thảo", "Thủy", "Trang", "Uyên", "Vân", "Yến"]
HAMLETS = ["Ấp 1", "Ấp 2", "Ấp 3", "Ấp Bàu Cá", "Ấp Suối Đá", "Thôn Đông", "Thôn Tây", "Thôn Trung", "Xóm Chùa", "Tổ 4"]
PROVINCES = ["001", "031", "036", "038", "040", "048", "075", "079", "083", "089", "092", "094"]
DEMO_PASSWORD = "motcua2026"
DEMO_USERS = [
    ("admin", "Trần Văn Quản", Role.ADMIN),
    ("canbo1", "Nguyễn Thị Ngọc Điệp", Role.CLERK),
    ("canbo2", "Lê Hoàng Nam", Role.CLERK),
    ("chuyenmon1", "Phạm Đức Thắng", Role.HANDLER),
    ("chuyenmon2", "Võ Thị Hồng", Role.HANDLER),
    ("lanhdao", "Đặng Văn Đức", Role.LEADER),
]


@dataclass
class _Rng:
    r: random.Random

    def person(self) -> Applicant:
        r = self.r
        female = r.random() < 0.5
        name = " ".join((r.choice(SURNAMES), r.choice(MIDDLE_F if female else MIDDLE_M), r.choice(GIVEN_F if female else GIVEN_M)))
        born = dt.date(1950, 1, 1) + dt.timedelta(days=r.randrange(0, 365 * 55))
        century = 0 if born.year < 2000 else 2
        cid = f"{r.choice(PROVINCES)}{century + int(female)}{born.year % 100:02d}{r.randrange(0, 10**6):06d}"
        phone = f"0{r.choice('389')}{r.randrange(10**7, 10**8)}" if r.random() < 0.8 else ""
        address = f"{r.choice(HAMLETS)}, xã Tiến Thành, tỉnh Đồng Nai"
        return Applicant(name, cid, born, "Nữ" if female else "Nam", address, phone)


def ensure_demo_setup(s: Services) -> None:
    """Give an empty database a demo office and the demo accounts (password: motcua2026)."""
    from desk_app.cli.main import CLI_ACTOR

    if not s.has_office:
        s.update_office(None if s.auth.users.count() == 0 else CLI_ACTOR, name="UBND xã Tiến Thành",
                        agency_code="000.21.22.H56", place="Tiến Thành", parent_name="UBND TỈNH ĐỒNG NAI",
                        address="Ấp 2, xã Tiến Thành, tỉnh Đồng Nai", phone="0251 3868 123")
    if s.auth.users.count() == 0:
        for username, full_name, role in DEMO_USERS:
            s.auth.add_user(None if s.auth.users.count() == 0 else CLI_ACTOR, username, full_name, role, DEMO_PASSWORD)


def _pick_procedure(r: random.Random, groups: dict[str, list[Procedure]]) -> Procedure:
    x = r.random()
    key = "civil" if x < 0.6 else "cert" if x < 0.8 else "other"
    pool = groups.get(key) or groups["civil"] or groups["all"]
    return r.choice(pool)


def _work_time(r: random.Random, day: dt.date) -> dt.datetime:
    minute = r.randrange(7 * 60 + 30, 16 * 60 + 30)
    return dt.datetime.combine(day, dt.time(minute // 60, minute % 60))


def generate(s: Services, count: int, seed: int = 2026, months: int = 12,
             today: dt.date | None = None) -> Iterator[tuple[tuple[object, ...], list[tuple[str, dt.datetime, str, str, dict[str, object]]]]]:
    """Yield (dossier row values, events) for ``count`` dossiers received over the past months."""
    r = random.Random(seed)
    rng = _Rng(r)
    cal = s.calendar()
    office = s.office()
    now = s.clock()
    today = today or now.date()
    procs = s.catalog.list()
    groups = {
        "civil": [p for p in procs if p.field == "Hộ tịch"],
        "cert": [p for p in procs if p.field == "Chứng thực"],
        "other": [p for p in procs if p.field in ("Đất đai", "Bảo trợ xã hội", "Người có công")],
        "all": procs,
    }
    start = today - dt.timedelta(days=30 * months)
    days = [start + dt.timedelta(days=i) for i in range((today - start).days + 1)]
    days = [d for d in days if cal.is_working_day(d)]
    seq_by_day: dict[dt.date, int] = {}
    book_by_year: dict[int, int] = {}
    clerks = ["canbo1", "canbo2"]
    handlers = ["chuyenmon1", "chuyenmon2"]
    desk = f"{office.agency_code}/{office.desk_number}"
    produced = 0
    for i in range(count):
        day = days[i * len(days) // count]
        at = _work_time(r, day)
        if at > now:  # today's dossiers arrived before the clock's "now"
            at = max(dt.datetime.combine(day, dt.time(7, 30)), now - dt.timedelta(minutes=r.randrange(1, 90)))
        n = seq_by_day.get(day, 0) + 1
        seq_by_day[day] = n
        desk_no = office.desk_number if n <= 999 else min(9, office.desk_number + n // 1000)
        code = f"{office.agency_code}-{day:%y%m%d}-{desk_no}{n % 1000:03d}"
        p = _pick_procedure(r, groups)
        a = rng.person()
        clerk = r.choice(clerks)
        channel = Channel.ONLINE if r.random() < 0.15 else Channel.POSTAL if r.random() < 0.04 else Channel.DIRECT
        counted = cal.counted_start(at)
        due = cal.due_date(at, p)
        events: list[tuple[str, dt.datetime, str, str, dict[str, object]]] = []
        book = None
        roll = r.random()
        if roll < 0.02:
            status = "refused"
            events.append(("refused", at, clerk, "", {"reason": "Hồ sơ không thuộc thẩm quyền giải quyết của UBND xã."}))
            due = counted = None
        else:
            book = book_by_year[at.year] = book_by_year.get(at.year, 0) + 1
            events.append(("received", at, clerk, "", {"due_date": due.isoformat(), "counted_from": counted.isoformat(),
                                                          "procedure_code": p.code, "book_number": book, "book_year": at.year}))
            status = "received"
        result_at = returned_at = None
        resolution = None
        holder = clerk
        apology = None
        if status == "received" and due is not None:
            handler = r.choice(handlers)
            t1 = min(at + dt.timedelta(minutes=r.randrange(10, 120)), max(at, now))
            if not p.same_day:
                events.append(("transferred", t1, clerk, "", {"to_user": handler, "to_role": "handler"}))
                status, holder = "in_progress", handler
            outcome = r.random()
            if p.same_day:
                target = counted if outcome < 0.97 else cal.add_working_days(counted, 1)
            elif outcome < 0.80:
                target = cal.add_working_days(counted, r.randrange(0, max(1, p.days)))
            elif outcome < 0.92:
                target = due
            else:
                target = cal.add_working_days(due, r.randrange(1, 4))
            if target > due and r.random() < 0.6 and not p.same_day and dt.datetime.combine(due, dt.time(8, 0)) <= now:
                apology = cal.add_working_days(due, 3)
                events.append(("apologized", dt.datetime.combine(due, dt.time(8, 0)),
                               handler, "", {"reason": "Cần xác minh thêm thông tin.", "new_due_date": apology.isoformat(),
                                             "old_due_date": due.isoformat()}))
            ready = _work_time(r, target) if target >= day else at
            if ready < at:
                ready = at + dt.timedelta(minutes=30)
            if target <= today and ready <= now:
                events.append(("result_ready", ready, holder if not p.same_day else clerk, "", {}))
                status, result_at = "result_ready", ready
                resolution = classify(ready.date(), due).value
                back = cal.add_working_days(target, r.randrange(0, 3))
                if back < today or (back == today and r.random() < 0.5):
                    returned_at = _work_time(r, back)
                    returned_at = max(returned_at, ready + dt.timedelta(minutes=5))
                if returned_at is not None and returned_at > now:
                    returned_at = None
                if returned_at is not None:
                    sat = r.choices(["satisfied", "acceptable", "not_satisfied"], [85, 12, 3])[0]
                    events.append(("returned", returned_at, clerk, "",
                                   {"collected_by": a.full_name, "id_checked": True, "fee_paid": p.fee.compute(),
                                    "satisfaction": sat, "representative": False, "by_post": False}))
                    status = "returned"
        if status == "refused":
            row_sat = None
        else:
            row_sat = events[-1][4].get("satisfaction") if status == "returned" else None
        values = (
            code, str(uuid.UUID(int=r.getrandbits(128))), p.code, p.name, p.field, a.full_name, fold(a.full_name),
            a.citizen_id, a.phone, applicant_to_json(a), channel.value, "at_desk", at.isoformat(), at.date().isoformat(),
            counted.isoformat() if counted else None, (apology or due).isoformat() if due else None,
            due.isoformat() if due else None, apology.isoformat() if apology else None, status,
            result_at.isoformat() if result_at else None, returned_at.isoformat() if returned_at else None, resolution,
            "[]", 1, p.fee.compute(), p.fee.compute() if returned_at else 0, at.year if book else None, book, desk,
            holder, "", row_sat, "", now_iso(),
        )
        produced += 1
        yield values, events
    assert produced == count


def seed_demo(s: Services, count: int, seed: int = 2026, months: int = 12, batch: int = 5000) -> int:
    """Insert ``count`` demo dossiers (with their chained events) in batches of one transaction each."""
    ensure_demo_setup(s)
    conn = s.store.conn
    placeholders = ", ".join("?" for _ in DOSSIER_COLUMNS.split(","))
    rows: list[tuple[object, ...]] = []
    evs: list[list[tuple[str, dt.datetime, str, str, dict[str, object]]]] = []
    desk = s.desk_id
    desk_number = s.office().desk_number
    total = 0

    def flush() -> None:
        nonlocal rows, evs
        if not rows:
            return
        with s.store.transaction():
            existing = {c for (c,) in conn.execute(
                f"SELECT code FROM dossiers WHERE code IN ({','.join('?' for _ in rows)})", [v[0] for v in rows])}
            seq, prev = s.dossiers.repo.chain_head()
            event_rows = []
            for values, events in zip(rows, evs, strict=True):
                if values[0] in existing:
                    continue
                cur = conn.execute(f"INSERT INTO dossiers ({DOSSIER_COLUMNS}) VALUES ({placeholders})", values)
                dossier_id = cur.lastrowid
                for type_, at, actor, note, data in events:
                    seq += 1
                    uid = str(uuid.uuid4())
                    data_json = dumps(data)
                    digest = event_hash(prev, uid, str(values[0]), type_, at.isoformat(), actor, desk, note, data_json)
                    event_rows.append((seq, uid, dossier_id, type_, at.isoformat(), actor, desk, note, data_json, prev, digest))
                    prev = digest
            conn.executemany(
                "INSERT INTO events (seq, uid, dossier_id, type, at, actor, desk, note, data, origin, prev_hash, hash) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'demo', ?, ?)", event_rows)
            if event_rows:
                s.settings.set("audit_head", {"seq": seq, "hash": prev})
            # Keep the live counters ahead of every demo code and book number.
            conn.executemany(
                "INSERT INTO code_sequences (day, desk, last_seq) VALUES (?, ?, ?) ON CONFLICT (day, desk) "
                "DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
                [(f"20{c[-11:-9]}-{c[-9:-7]}-{c[-7:-5]}", int(c[-4]), int(c[-3:])) for c in (str(v[0]) for v in rows)])
            conn.executemany(
                "INSERT INTO book_counters (year, desk, last_number) VALUES (?, ?, ?) ON CONFLICT (year, desk) "
                "DO UPDATE SET last_number = max(last_number, excluded.last_number)",
                [(v[26], desk_number, v[27]) for v in rows if v[27] is not None])
        rows, evs = [], []

    for values, events in generate(s, count, seed, months):
        rows.append(values)
        evs.append(events)
        total += 1
        if len(rows) >= batch:
            flush()
    flush()
    conn.execute("ANALYZE")
    return total
