"""Reports over a real SQLite file: SQL equals the pure rules, drill-down, exports, CLI, import of old registers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from desk_app.cli.main import CLI_ACTOR, main
from desk_app.domain.errors import PermissionDenied, ValidationError
from desk_app.domain.model import Applicant, Status
from desk_app.domain.statistics import CELLS, REPORT_KEYS, TOTAL_LABEL, compute_report, period_bounds
from desk_app.services import Services
from desk_app.services.demo import seed_demo
from desk_app.services.dossiers import ReceiveRequest, ReturnInfo

APPLICANT = Applicant("Nguyễn Văn Đức", "001200012345", dt.date(2000, 5, 15), "Nam", "Ấp 2", "0912345678")
PERIODS = [
    period_bounds("month", 2026, 10),
    period_bounds("quarter", 2026, 3),
    period_bounds("half", 2026, 1),
    period_bounds("year", 2026),
    (dt.date(2026, 2, 13), dt.date(2026, 2, 23)),  # over Tết
    (dt.date(2026, 11, 21), dt.date(2026, 11, 22)),  # a weekend
]


@pytest.fixture
def seeded(services: Services) -> Services:
    seed_demo(services, 4000, months=14)
    return services


def test_sql_report_equals_pure_report(seeded: Services) -> None:
    records = seeded.reports.records()
    for f, t in PERIODS:
        assert seeded.reports.period_report(f, t) == compute_report(records, f, t), (f, t)


def test_drill_down_matches_every_cell(seeded: Services) -> None:
    f, t = period_bounds("quarter", 2026, 3)
    rows = seeded.reports.period_report(f, t)
    for row in rows:
        for cell in CELLS:
            codes = seeded.reports.drill_down(cell, row.field, f, t)
            assert len(codes) == row.cell(cell), (row.field, cell)
    late = set(seeded.reports.drill_down("resolved_late", TOTAL_LABEL, f, t))
    assert all(seeded.dossiers.get(c).resolution.value == "late" for c in list(late)[:20])


def test_lifecycle_through_services_counts(services: Services, clerk, handler, clock) -> None:
    def accept(at: str, **kw: object):
        clock.set(at)
        return services.dossiers.receive(clerk, ReceiveRequest("1.004873", APPLICANT, **kw))

    early = accept("2026-12-07T09:30")  # due 10/12
    late = accept("2026-12-07T10:00")
    withdrawn = accept("2026-12-08T09:00")
    waiting = accept("2026-12-08T09:10", outcome="supplement", instruction="Thiếu tờ khai")  # never accepted
    refused = accept("2026-12-08T09:20", outcome="refuse", reason="Không thuộc thẩm quyền")
    stopped = accept("2026-12-01T09:00")  # due 04/12; the handler asks for papers on 03/12
    clock.set("2026-12-03T10:00")
    services.dossiers.request_supplement(handler, stopped.code, "Bổ sung bản sao")
    clock.set("2026-12-09T10:00")
    services.dossiers.result_ready(clerk, early.code)
    clock.set("2026-12-09T16:00")
    services.dossiers.apologize(clerk, late.code, "Cần xác minh", dt.date(2026, 12, 14))
    clock.set("2026-12-11T10:00")
    services.dossiers.result_ready(clerk, late.code)
    services.dossiers.withdraw(clerk, withdrawn.code, "Người nộp xin rút")
    clock.set("2026-12-14T10:00")
    services.dossiers.return_result(clerk, early.code, ReturnInfo("Nguyễn Văn Đức"))

    f, t = dt.date(2026, 12, 1), dt.date(2026, 12, 31)
    rows = services.reports.period_report(f, t)
    assert rows == compute_report(services.reports.records(), f, t)
    total = rows[-1]
    assert total.received_total == 3  # early, late, stopped (refused/waiting never received; one withdrawn)
    assert (total.resolved_early, total.resolved_late, total.late_with_apology) == (1, 1, 1)
    assert (total.pending_total, total.pending_not_due, total.pending_overdue) == (1, 1, 0)  # clock stopped
    assert total.withdrawn == 1
    assert services.reports.drill_down("withdrawn", None, f, t) == [withdrawn.code]
    assert services.reports.drill_down("pending_total", None, f, t) == [stopped.code]
    assert waiting.code not in services.reports.drill_down("received_total", None, f, t)
    assert refused.code not in services.reports.drill_down("received_total", None, f, t)
    # Before the withdrawal it was pending: a report up to 10/12 still counts it.
    early_dec = services.reports.period_report(f, dt.date(2026, 12, 10))[-1]
    assert early_dec.withdrawn == 0 and early_dec.received_total == 4
    assert services.verify_audit().ok


def test_dashboard(seeded: Services) -> None:
    board = seeded.reports.dashboard()
    assert len(board.months) == 12 and board.months[-1].month == dt.date(2026, 11, 1)
    for point in board.months:
        start = point.month
        end = min((start.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1), board.as_of)
        total = seeded.reports.period_report(start, end)[-1]
        assert point.received == total.new_online + total.new_direct_postal
        assert point.on_time_rate == total.on_time_rate
    today = board.as_of
    overdue = seeded.reports.drill_down("pending_overdue", None, today, today)
    assert sum(n for _, n in board.overdue_by_field) == len(overdue)
    assert sum(n for _, _, n in board.overdue_by_holder) == len(overdue)
    assert sum(board.satisfaction.values()) > 0
    codes = seeded.reports.satisfaction_codes("satisfied", board.date_from, today)
    assert len(codes) == board.satisfaction["satisfied"]


def test_period_reversed_is_refused(services: Services) -> None:
    with pytest.raises(ValidationError):
        services.reports.period_report(dt.date(2026, 3, 2), dt.date(2026, 3, 1))


def test_exports(seeded: Services, tmp_path: Path) -> None:
    import openpyxl
    from pypdf import PdfReader

    f, t = period_bounds("month", 2026, 10)
    rows = seeded.reports.period_report(f, t)
    xlsx = seeded.reports.export("xlsx", f, t, tmp_path / "r.xlsx")
    ws = openpyxl.load_workbook(xlsx).active
    assert "Tháng 10/2026" in ws["A4"].value
    assert ws.merged_cells.ranges and any(str(r).startswith("C7") for r in ws.merged_cells.ranges)
    values = [[c.value for c in r] for r in ws.iter_rows(min_row=11, max_row=10 + len(rows))]
    assert values[-1][1] == TOTAL_LABEL and values[-1][2] == rows[-1].received_total
    pdf = seeded.reports.export("pdf", f, t, tmp_path / "r.pdf")
    text = "".join(p.extract_text() for p in PdfReader(str(pdf)).pages)
    assert "Tổng cộng" in text and "06/VPCP/KSTT" in text
    book = seeded.reports.export("book", f, t, tmp_path / "book.pdf")
    assert PdfReader(str(book)).pages


# ------------------------------------------------------------------------------------------ CLI


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_cli_report_json_keys_exact(services: Services, db_path: Path, capsys) -> None:
    seed_demo(services, 800, months=3)
    services.close()
    code, out, _ = run(capsys, "--db", str(db_path), "report", "--from", "2026-10-01", "--to", "2026-10-31")
    assert code == 0
    data = json.loads(out)
    assert list(data)[-1] == TOTAL_LABEL and len(data) >= 2
    for obj in data.values():
        assert list(obj) == [*REPORT_KEYS, "on_time_rate"]
    total = data[TOTAL_LABEL]
    assert total["received_total"] == total["carried_over"] + total["new_online"] + total["new_direct_postal"]
    code, _, err = run(capsys, "--db", str(db_path), "report", "--from", "2026-10-31", "--to", "2026-10-01")
    assert code == 2 and "Lỗi" in err


def test_cli_report_files(services: Services, db_path: Path, tmp_path: Path, capsys) -> None:
    seed_demo(services, 300, months=2)
    services.close()
    for fmt in ("xlsx", "pdf", "book"):
        out = tmp_path / f"r-{fmt}.{'xlsx' if fmt == 'xlsx' else 'pdf'}"
        code, _, _ = run(capsys, "--db", str(db_path), "report", "--from", "2026-10-01", "--to", "2026-11-30",
                         "--format", fmt, "--out", str(out))
        assert code == 0 and out.stat().st_size > 1000


# ------------------------------------------------------------------------------- import-book

HEAD_EN = "code,procedure_code,applicant_name,channel,received_at,due_at,resolved_at,returned_at"
HEAD_VI = "Mã hồ sơ;Mã thủ tục;Người nộp;Hình thức;Ngày nhận;Ngày hẹn trả;Ngày có kết quả;Ngày trả"
ROWS_EN = [
    "SO-2025-001,1.004873,Lê Văn An,direct,2025-03-03 09:15,2025-03-06,2025-03-05 10:00,2025-03-06 08:30",
    "SO-2025-002,1.004873,Trần Thị Bình,online,2025-03-03,2025-03-06,2025-03-10,",
    "SO-2025-003,9.999999,Phạm Cường,postal,2025-03-04,2025-03-09,,",
]
ROWS_VI = [
    "SO-2025-101;1.001193;Võ Thị Hồng;Trực tiếp;03/03/2025 08:00;03/03/2025;03/03/2025 10:00;03/03/2025 10:30",
    "SO-2025-102;XA.DD.001;Đỗ Văn Long;Bưu chính;04/03/2025;18/03/2025;;",
]


def write(path: Path, lines: list[str], bom: bool = False) -> Path:
    path.write_text(("\ufeff" if bom else "") + "\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_import_csv_english_and_reimport_adds_nothing(services: Services, admin, tmp_path: Path) -> None:
    path = write(tmp_path / "old.csv", [HEAD_EN, *ROWS_EN])
    result = services.reports.import_book(admin, path)
    assert (result.imported, result.skipped, result.errors) == (3, 0, [])
    assert result.unknown_procedures == ["9.999999"]
    d = services.dossiers.get("SO-2025-001")
    assert d.status is Status.RETURNED and d.resolution.value == "early" and d.field == "Hộ tịch"
    assert [e.type.value for e in d.events] == ["imported"]
    assert services.dossiers.get("SO-2025-002").resolution.value == "late"
    other = services.dossiers.get("SO-2025-003")
    assert other.field == "Khác" and other.status is Status.RECEIVED
    again = services.reports.import_book(admin, path)
    assert (again.imported, again.skipped) == (0, 3)
    assert services.dossiers.repo.count() == 3
    rows = services.reports.period_report(dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    assert rows == compute_report(services.reports.records(), dt.date(2025, 3, 1), dt.date(2025, 3, 31))
    total = rows[-1]
    assert (total.received_total, total.new_online, total.resolved_early, total.resolved_late) == (3, 1, 1, 1)
    assert total.pending_overdue == 1
    assert services.verify_audit().ok


def test_import_csv_vietnamese_headings_semicolon_bom(services: Services, admin, tmp_path: Path) -> None:
    path = write(tmp_path / "so-cu.csv", [HEAD_VI, *ROWS_VI], bom=True)
    result = services.reports.import_book(admin, path)
    assert (result.imported, result.errors) == (2, [])
    same_day = services.dossiers.get("SO-2025-101")
    assert same_day.resolution.value == "on_time" and same_day.channel.value == "direct"
    assert services.dossiers.get("SO-2025-102").channel.value == "postal"


def test_import_xlsx(services: Services, admin, tmp_path: Path) -> None:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(HEAD_VI.split(";"))
    ws.append(["X-1", "1.004873", "Lê An", "Trực tuyến", dt.datetime(2025, 5, 5, 9, 0), dt.date(2025, 5, 8),
               dt.datetime(2025, 5, 8, 15, 0), None])
    ws.append(["X-2", "1.004873", "Lê Bình", "direct", "2025-05-05", "08/05/2025", None, None])
    path = tmp_path / "old.xlsx"
    wb.save(path)
    result = services.reports.import_book(admin, path)
    assert (result.imported, result.errors) == (2, [])
    assert services.dossiers.get("X-1").resolution.value == "on_time"
    assert services.reports.import_book(admin, path).skipped == 2


def test_import_bad_rows_reported_by_line_and_nothing_imported(services: Services, admin, tmp_path: Path) -> None:
    lines = [
        HEAD_EN,
        ROWS_EN[0],
        "SO-9,1.004873,,direct,2025-03-03,2025-03-06,,",  # line 3: no applicant
        "SO-10,1.004873,Lê A,fax,2025-03-03,2025-03-06,,",  # line 4: channel
        "SO-11,1.004873,Lê A,direct,2025-13-03,2025-03-06,,",  # line 5: date
        "SO-12,1.004873,Lê A,direct,2025-03-03,2025-03-01,,",  # line 6: due before received
        ROWS_EN[0],  # line 7: duplicate code
        "SO-13,1.004873,Lê A,direct,2025-03-03,2025-03-06,2025-03-05,2025-03-04",  # line 8: returned before result
    ]
    path = write(tmp_path / "bad.csv", lines)
    result = services.reports.import_book(admin, path)
    assert result.imported == 0
    assert [e.line for e in result.errors] == [3, 4, 5, 6, 7, 8]
    assert all(e.message and "{" not in e.message for e in result.errors)
    assert services.dossiers.repo.count() == 0
    assert services.store.conn.execute("SELECT count(*) FROM events").fetchone()[0] == 0


def test_import_refuses_missing_columns_and_non_admin(services: Services, admin, clerk, tmp_path: Path) -> None:
    path = write(tmp_path / "cols.csv", ["code,applicant_name", "A,B"])
    with pytest.raises(ValidationError) as info:
        services.reports.import_book(admin, path)
    assert "Mã thủ tục" in info.value.message
    with pytest.raises(PermissionDenied):
        services.reports.import_book(clerk, write(tmp_path / "ok.csv", [HEAD_EN, *ROWS_EN]))


def test_cli_import_book(services: Services, db_path: Path, tmp_path: Path, capsys) -> None:
    services.close()
    good = write(tmp_path / "good.csv", [HEAD_EN, *ROWS_EN])
    bad = write(tmp_path / "bad.csv", [HEAD_EN, "Z-1,1.004873,Lê A,fax,2025-03-03,2025-03-06,,"])
    code, _, err = run(capsys, "--db", str(db_path), "import-book", str(bad))
    assert code == 1 and "Dòng 2" in err
    code, out, _ = run(capsys, "--db", str(db_path), "import-book", str(good))
    assert code == 0 and "Đã nhập 3" in out
    code, out, _ = run(capsys, "--db", str(db_path), "import-book", str(good), "--json")
    assert code == 0 and json.loads(out)["skipped"] == 3


def test_cli_actor_is_admin() -> None:
    assert CLI_ACTOR.role.value == "admin"
