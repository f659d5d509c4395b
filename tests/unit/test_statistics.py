"""The period report's rules on hand-built dossiers: every cell, boundaries, weekends, Tết, supplements, apologies."""

from __future__ import annotations

import datetime as dt

import pytest

from desk_app.domain.calendar import WorkingCalendar
from desk_app.domain.model import Procedure
from desk_app.domain.statistics import (
    CELLS,
    REPORT_KEYS,
    TOTAL_LABEL,
    DossierRecord,
    ReportRow,
    cells_of,
    compute_report,
    period_bounds,
    period_label,
)

D = dt.date
F, T = D(2026, 3, 1), D(2026, 3, 31)  # the period: March 2026


def rec(code: str, acc: dt.date | None, due: dt.date | None = None, result: dt.date | None = None, *,
        field: str = "Hộ tịch", channel: str = "direct", **kw: object) -> DossierRecord:
    return DossierRecord(code, field, channel, acc, due, result_day=result, **kw)  # type: ignore[arg-type]


def total(records: list[DossierRecord], f: dt.date = F, t: dt.date = T) -> ReportRow:
    rows = compute_report(records, f, t)
    assert rows[-1].field == TOTAL_LABEL
    return rows[-1]


def only(row: ReportRow, **expected: int) -> None:
    """Every cell is 0 except the ones named."""
    for key in CELLS:
        assert row.cell(key) == expected.get(key, 0), key


def test_new_direct_resolved_early() -> None:
    row = total([rec("a", D(2026, 3, 2), D(2026, 3, 5), D(2026, 3, 4))])
    only(row, received_total=1, new_direct_postal=1, resolved_total=1, resolved_early=1, not_digitized=1)
    assert row.on_time_rate == 1.0


def test_online_and_postal_channels() -> None:
    row = total([rec("a", D(2026, 3, 2), D(2026, 3, 5), channel="online"),
                 rec("b", D(2026, 3, 2), D(2026, 3, 5), channel="postal")])
    assert (row.new_online, row.new_direct_postal, row.carried_over) == (1, 1, 0)


def test_on_time_and_late() -> None:
    row = total([rec("a", D(2026, 3, 2), D(2026, 3, 5), D(2026, 3, 5)),
                 rec("b", D(2026, 3, 2), D(2026, 3, 5), D(2026, 3, 6))])
    only(row, received_total=2, new_direct_postal=2, resolved_total=2, resolved_on_time=1, resolved_late=1,
         late_without_apology=1, not_digitized=2)
    assert row.on_time_rate == 0.5


def test_apology_does_not_turn_late_into_on_time() -> None:
    r = rec("a", D(2026, 3, 2), D(2026, 3, 5), D(2026, 3, 10), apology_due_date=D(2026, 3, 10))
    row = total([r])
    assert (row.resolved_late, row.late_with_apology, row.late_without_apology, row.resolved_on_time) == (1, 1, 0, 0)
    assert row.on_time_rate == 0.0


def test_carried_over_from_previous_period() -> None:
    row = total([
        rec("open", D(2026, 2, 20), D(2026, 3, 10)),  # still pending, overdue at 31/3
        rec("done", D(2026, 2, 25), D(2026, 3, 4), D(2026, 3, 3)),  # resolved early in March
        rec("old", D(2026, 2, 10), D(2026, 2, 13), D(2026, 2, 27)),  # resolved before: not in this report
    ])
    only(row, received_total=2, carried_over=2, resolved_total=1, resolved_early=1, pending_total=1,
         pending_overdue=1, not_digitized=2)


def test_period_boundaries_are_inclusive_by_calendar_date() -> None:
    records = [
        rec("first", D(2026, 3, 1), D(2026, 3, 4)),  # received on FROM: new
        rec("last", D(2026, 3, 31), D(2026, 4, 3)),  # received on TO: new, pending not due
        rec("after", D(2026, 4, 1), D(2026, 4, 3)),  # after TO: not counted
        rec("res_first", D(2026, 2, 27), D(2026, 3, 3), D(2026, 3, 1)),  # resolved on FROM: counted, carried
        rec("res_before", D(2026, 2, 27), D(2026, 3, 3), D(2026, 2, 28)),  # resolved the day before FROM
        rec("res_after", D(2026, 3, 30), D(2026, 3, 31), D(2026, 4, 1)),  # resolved after TO: pending at TO
    ]
    row = total(records)
    assert row.received_total == 4
    assert (row.carried_over, row.new_direct_postal) == (1, 3)
    assert (row.resolved_total, row.resolved_early) == (1, 1)
    # "first" (due 04/03) is overdue at TO; "last" and "res_after" (due on TO or later) are not.
    assert (row.pending_total, row.pending_not_due, row.pending_overdue) == (3, 2, 1)


def test_overdue_only_when_due_date_before_to() -> None:
    row = total([rec("due_on_to", D(2026, 3, 20), D(2026, 3, 31)), rec("due_before", D(2026, 3, 20), D(2026, 3, 30))])
    assert (row.pending_not_due, row.pending_overdue) == (1, 1)


def test_same_day_procedure_on_time_and_after_cutoff_early() -> None:
    cal = WorkingCalendar()
    same_day = Procedure("2.000815", "Chứng thực bản sao", "Chứng thực", same_day=True)
    morning = dt.datetime(2026, 3, 3, 9, 0)
    late_afternoon = dt.datetime(2026, 3, 3, 15, 30)  # after the cut-off: due the next working day
    due_morning = cal.due_date(morning, same_day)
    due_afternoon = cal.due_date(late_afternoon, same_day)
    assert due_morning == D(2026, 3, 3) and due_afternoon == D(2026, 3, 4)
    row = total([
        rec("m", morning.date(), due_morning, morning.date(), field="Chứng thực"),
        rec("a", late_afternoon.date(), due_afternoon, late_afternoon.date(), field="Chứng thực"),
    ])
    assert (row.resolved_on_time, row.resolved_early, row.on_time_rate) == (1, 1, 1.0)


def test_weekend_result_after_friday_due_is_late() -> None:
    cal = WorkingCalendar()
    p = Procedure("1.004873", "Xác nhận tình trạng hôn nhân", "Hộ tịch", days=3)
    received = dt.datetime(2026, 3, 3, 10, 0)  # Tuesday
    due = cal.due_date(received, p)
    assert due == D(2026, 3, 6)  # Friday
    row = total([rec("sat", received.date(), due, D(2026, 3, 7))])  # result dated Saturday
    assert row.resolved_late == 1


def test_tet_holidays_push_the_due_date_and_pending_stays_in_time() -> None:
    cal = WorkingCalendar()
    p = Procedure("1.004873", "Xác nhận tình trạng hôn nhân", "Hộ tịch", days=3)
    received = dt.datetime(2026, 2, 13, 9, 0)  # Friday before Tết 2026 (17/2)
    due = cal.due_date(received, p)
    assert due == D(2026, 2, 25)  # 3 working days, the Tết holiday days skipped
    # Pending over Tết: in time at a TO before the due date, overdue in the February report.
    row = total([rec("tet", received.date(), due)], D(2026, 2, 1), D(2026, 2, 24))
    assert (row.pending_total, row.pending_not_due, row.pending_overdue) == (1, 1, 0)
    row = total([rec("tet", received.date(), due)], *period_bounds("month", 2026, 2))
    assert (row.pending_total, row.pending_not_due, row.pending_overdue) == (1, 0, 1)
    # Resolved on the (post-Tết) due date: on time, in March.
    row = total([rec("tet", received.date(), due, due)], *period_bounds("month", 2026, due.month))
    assert row.resolved_on_time == 1


def test_supplement_restart_moves_base_due_and_stopped_clock_is_not_overdue() -> None:
    # The clock restarted on 16/3 (papers brought): new base due 19/3; resolved 19/3 = on time.
    restarted = rec("r", D(2026, 3, 2), D(2026, 3, 19), D(2026, 3, 19))
    # Waiting for papers since 10/3 with an old due date of 5/3: pending, not overdue.
    waiting = rec("w", D(2026, 3, 2), D(2026, 3, 5), status="supplement_requested", supplement_since=D(2026, 3, 10))
    # A supplement requested only after TO does not stop the clock at TO.
    later = rec("l", D(2026, 3, 2), D(2026, 3, 5), status="supplement_requested", supplement_since=D(2026, 4, 2))
    row = total([restarted, waiting, later])
    assert (row.resolved_on_time, row.pending_not_due, row.pending_overdue) == (1, 1, 1)


def test_refused_and_never_accepted_are_not_received() -> None:
    row = total([
        rec("refused", None, status="refused"),
        rec("waiting", None, status="supplement_requested", supplement_since=D(2026, 3, 3)),
    ])
    assert row == ReportRow(TOTAL_LABEL)


def test_withdrawn_leaves_the_counts_and_is_listed_apart() -> None:
    in_period = rec("w1", D(2026, 2, 20), D(2026, 3, 10), status="withdrawn", withdrawn_day=D(2026, 3, 5))
    before = rec("w0", D(2026, 2, 2), D(2026, 2, 10), status="withdrawn", withdrawn_day=D(2026, 2, 5))
    after = rec("w2", D(2026, 3, 20), D(2026, 4, 10), status="withdrawn", withdrawn_day=D(2026, 4, 2))
    row = total([in_period, before, after])
    # Withdrawn after TO: it was pending at TO.
    only(row, received_total=1, new_direct_postal=1, pending_total=1, pending_not_due=1, not_digitized=1, withdrawn=1)


def test_digitised_split() -> None:
    row = total([rec("a", D(2026, 3, 2), D(2026, 3, 5), digitized=True), rec("b", D(2026, 3, 2), D(2026, 3, 5))])
    assert (row.digitized, row.not_digitized) == (1, 1)


def test_identities_and_rows_per_field_sorted_with_total_last() -> None:
    records = [
        rec("h1", D(2026, 3, 2), D(2026, 3, 5), D(2026, 3, 4)),
        rec("c1", D(2026, 2, 2), D(2026, 2, 5), field="Chứng thực"),
        rec("d1", D(2026, 3, 9), D(2026, 3, 20), D(2026, 3, 25), field="Đất đai", channel="online",
            apology_due_date=D(2026, 3, 26)),
        rec("b1", D(2026, 3, 9), D(2026, 4, 20), field="Bảo trợ xã hội"),
    ]
    rows = compute_report(records, F, T)
    assert [r.field for r in rows] == ["Bảo trợ xã hội", "Chứng thực", "Đất đai", "Hộ tịch", TOTAL_LABEL]
    for r in rows:
        assert r.received_total == r.carried_over + r.new_online + r.new_direct_postal
        assert r.received_total == r.resolved_total + r.pending_total
        assert r.resolved_total == r.resolved_early + r.resolved_on_time + r.resolved_late
        assert r.pending_total == r.pending_not_due + r.pending_overdue
        assert r.resolved_late == r.late_with_apology + r.late_without_apology
        assert r.received_total == r.digitized + r.not_digitized
    t = rows[-1]
    assert all(t.cell(k) == sum(r.cell(k) for r in rows[:-1]) for k in CELLS)
    assert t.on_time_rate == pytest.approx(1 / 2)


def test_json_keys_exact() -> None:
    row = total([rec("a", D(2026, 3, 2), D(2026, 3, 5), D(2026, 3, 4))])
    assert list(row.to_json()) == [*REPORT_KEYS, "on_time_rate"]
    assert set(row.to_json(extra=True)) == {*CELLS, "on_time_rate"}
    assert ReportRow("x").to_json()["on_time_rate"] is None


def test_cells_of_single_record() -> None:
    assert cells_of(rec("x", D(2026, 4, 1), D(2026, 4, 3)), F, T) == frozenset()
    assert "carried_over" in cells_of(rec("x", D(2026, 2, 1), D(2026, 2, 3)), F, T)


def test_periods() -> None:
    assert period_bounds("month", 2026, 2) == (D(2026, 2, 1), D(2026, 2, 28))
    assert period_bounds("quarter", 2026, 4) == (D(2026, 10, 1), D(2026, 12, 31))
    assert period_bounds("half", 2026, 1) == (D(2026, 1, 1), D(2026, 6, 30))
    assert period_bounds("nine_months", 2026) == (D(2026, 1, 1), D(2026, 9, 30))
    assert period_bounds("year", 2026) == (D(2026, 1, 1), D(2026, 12, 31))
    assert period_bounds("month", 2026, 1, data_cutoff=True) == (D(2025, 12, 15), D(2026, 1, 14))
    assert period_label(*period_bounds("quarter", 2026, 2)) == "Quý II/2026"
    assert period_label(D(2026, 3, 5), D(2026, 3, 9)).startswith("Từ ngày 05/03/2026")
    with pytest.raises(ValueError):
        period_bounds("month", 2026, 13)


def test_domain_module_is_pure() -> None:
    import desk_app.domain.statistics as m

    source = open(m.__file__, encoding="utf-8").read()
    assert "sqlite" not in source and "PySide6" not in source
