"""The period report (Biểu 06/VPCP/KSTT) computed from plain dossier records: the rules in one place.

The services compute the same figures with aggregate SQL (``services/reports.py``); tests check
that both agree. Every count is by calendar date for a period FROM..TO inclusive:

* A dossier is *received* once accepted (``accepted_day``): refused dossiers and dossiers sent
  back for papers they never brought are never received.
* *Carried over*: accepted before FROM and not resolved before FROM. *New*: accepted in the
  period, split online / direct or postal.
* *Resolved*: its result became ready in the period; early / on time / late against the original
  due date (``base_due_date``, moved only by a supplement that restarts the clock). An apology's
  new date never turns late into on time: such a dossier is "late with an apology".
* *Pending*: accepted by TO and not resolved by TO; *overdue* when its due date is before TO,
  except while the clock is stopped for a supplement (requested on or before TO): then it counts
  as not yet due.
* A dossier withdrawn on or before TO leaves every count (it was neither resolved nor is it
  pending); those withdrawn within the period are listed apart in ``withdrawn``.
* received_total = carried_over + new = resolved_total + pending_total;
  on_time_rate = (early + on time) / resolved_total (None when nothing was resolved).
* Pending/overdue use what is known of the dossier now (its current due date and clock): a past
  period's figures can move if a supplement later restarted a dossier's clock.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desk_app.domain.text import fold

TOTAL_LABEL = "Tổng cộng"

#: The cells of the official layout, in its column order (also the JSON keys, with on_time_rate).
REPORT_KEYS = (
    "received_total",
    "carried_over",
    "new_online",
    "new_direct_postal",
    "resolved_total",
    "resolved_early",
    "resolved_on_time",
    "resolved_late",
    "pending_total",
    "pending_not_due",
    "pending_overdue",
)
#: Columns some provinces add.
EXTRA_KEYS = ("late_with_apology", "late_without_apology", "digitized", "not_digitized", "withdrawn")
CELLS = REPORT_KEYS + EXTRA_KEYS

PERIOD_KINDS = ("month", "quarter", "half", "nine_months", "year", "custom")


@dataclass(frozen=True)
class DossierRecord:
    """What the report needs to know about one dossier (dates are calendar days)."""

    code: str
    field: str
    channel: str  # direct | online | postal
    accepted_day: dt.date | None  # None: never accepted (refused, or never brought the papers)
    base_due_date: dt.date | None = None
    apology_due_date: dt.date | None = None
    result_day: dt.date | None = None
    withdrawn_day: dt.date | None = None
    supplement_since: dt.date | None = None  # the clock stopped for a supplement on this day
    status: str = "received"
    digitized: bool = False


@dataclass(frozen=True)
class ReportRow:
    """One line of the report: a field, or the total."""

    field: str
    received_total: int = 0
    carried_over: int = 0
    new_online: int = 0
    new_direct_postal: int = 0
    resolved_total: int = 0
    resolved_early: int = 0
    resolved_on_time: int = 0
    resolved_late: int = 0
    pending_total: int = 0
    pending_not_due: int = 0
    pending_overdue: int = 0
    late_with_apology: int = 0
    late_without_apology: int = 0
    digitized: int = 0
    not_digitized: int = 0
    withdrawn: int = 0

    @property
    def on_time_rate(self) -> float | None:
        if not self.resolved_total:
            return None
        return (self.resolved_early + self.resolved_on_time) / self.resolved_total

    @property
    def is_total(self) -> bool:
        return self.field == TOTAL_LABEL

    def cell(self, key: str) -> int:
        if key not in CELLS:
            raise KeyError(key)
        value: int = getattr(self, key)
        return value

    def to_json(self, *, extra: bool = False) -> dict[str, int | float | None]:
        """The JSON object of ``desk-admin report``: the official cells and the rate (4 decimals)."""
        out: dict[str, int | float | None] = {k: getattr(self, k) for k in REPORT_KEYS}
        rate = self.on_time_rate
        out["on_time_rate"] = None if rate is None else round(rate, 4)
        if extra:
            out.update({k: getattr(self, k) for k in EXTRA_KEYS})
        return out

    @classmethod
    def from_counts(cls, field: str, counts: dict[str, int]) -> ReportRow:
        return cls(field, **{k: int(counts.get(k, 0) or 0) for k in CELLS})


def cells_of(r: DossierRecord, date_from: dt.date, date_to: dt.date) -> frozenset[str]:
    """The report cells one dossier counts in for the period (empty: not in this report)."""
    if r.accepted_day is None or r.status == "refused" or r.accepted_day > date_to:
        return frozenset()
    if r.withdrawn_day is not None and r.withdrawn_day <= date_to:
        return frozenset({"withdrawn"}) if r.withdrawn_day >= date_from else frozenset()
    if r.result_day is not None and r.result_day < date_from:
        return frozenset()  # resolved in an earlier period
    out = {"received_total", "digitized" if r.digitized else "not_digitized"}
    if r.accepted_day < date_from:
        out.add("carried_over")
    else:
        out.add("new_online" if r.channel == "online" else "new_direct_postal")
    if r.result_day is not None and r.result_day <= date_to:
        out.add("resolved_total")
        due = r.base_due_date or r.result_day  # no due date on record: counted on time
        if r.result_day < due:
            out.add("resolved_early")
        elif r.result_day == due:
            out.add("resolved_on_time")
        else:
            out.add("resolved_late")
            out.add("late_with_apology" if r.apology_due_date is not None else "late_without_apology")
    else:
        out.add("pending_total")
        stopped = r.status == "supplement_requested" and r.supplement_since is not None and r.supplement_since <= date_to
        if r.base_due_date is not None and r.base_due_date < date_to and not stopped:
            out.add("pending_overdue")
        else:
            out.add("pending_not_due")
    return frozenset(out)


def field_order(name: str) -> tuple[int, str, str]:
    """Fields sorted by their accent-folded name; the total last."""
    return (1 if name == TOTAL_LABEL else 0, fold(name), name)


def compute_report(records: Iterable[DossierRecord], date_from: dt.date, date_to: dt.date) -> list[ReportRow]:
    """One row per field with any dossier in the period (sorted by name), then the total."""
    if date_to < date_from:
        raise ValueError("date_to is before date_from")
    per_field: dict[str, dict[str, int]] = {}
    for r in records:
        cells = cells_of(r, date_from, date_to)
        if not cells:
            continue
        counts = per_field.setdefault(r.field, {})
        for c in cells:
            counts[c] = counts.get(c, 0) + 1
    return rows_with_total({f: ReportRow.from_counts(f, c) for f, c in per_field.items()}.values())


def rows_with_total(rows: Iterable[ReportRow]) -> list[ReportRow]:
    """Sort field rows and append their total."""
    ordered = sorted((r for r in rows if not r.is_total), key=lambda r: field_order(r.field))
    total = {k: sum(getattr(r, k) for r in ordered) for k in CELLS}
    return [*ordered, ReportRow.from_counts(TOTAL_LABEL, total)]


# ------------------------------------------------------------------------------ periods


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def period_bounds(kind: str, year: int, index: int = 1, *, data_cutoff: bool = False) -> tuple[dt.date, dt.date]:
    """The first and last day of a reporting period.

    ``kind``: ``month`` (index 1–12), ``quarter`` (1–4), ``half`` (1–2), ``nine_months`` (the
    first nine months), ``year``. With ``data_cutoff`` the period follows the reporting regime's
    data cut-off (Decree 09/2019/NĐ-CP): from the 15th of the month before the period's first
    month to the 14th of its last month.
    """
    if kind == "month":
        first, last = index, index
    elif kind == "quarter":
        first, last = 3 * index - 2, 3 * index
    elif kind == "half":
        first, last = 6 * index - 5, 6 * index
    elif kind == "nine_months":
        first, last = 1, 9
    elif kind == "year":
        first, last = 1, 12
    else:
        raise ValueError(f"unknown period kind {kind!r}")
    if not 1 <= first <= last <= 12:
        raise ValueError(f"period {kind} {index} out of range")
    if data_cutoff:
        start_year, start_month = (year - 1, 12) if first == 1 else (year, first - 1)
        return dt.date(start_year, start_month, 15), dt.date(year, last, 14)
    return dt.date(year, first, 1), _month_end(year, last)


def period_label(date_from: dt.date, date_to: dt.date) -> str:
    """A Vietnamese label for a period: "Tháng 03/2026", "Quý I/2026", "6 tháng đầu năm 2026", "Năm 2026"…"""
    y = date_from.year
    if date_from.day == 1 and date_to.year == y and date_to == _month_end(y, date_to.month):
        m0, m1 = date_from.month, date_to.month
        if m0 == m1:
            return f"Tháng {m0:02d}/{y}"
        if m1 - m0 == 2 and m0 % 3 == 1:
            return f"Quý {('I', 'II', 'III', 'IV')[m0 // 3]}/{y}"
        if (m0, m1) == (1, 6):
            return f"6 tháng đầu năm {y}"
        if (m0, m1) == (7, 12):
            return f"6 tháng cuối năm {y}"
        if (m0, m1) == (1, 9):
            return f"9 tháng năm {y}"
        if (m0, m1) == (1, 12):
            return f"Năm {y}"
    return f"Từ ngày {date_from:%d/%m/%Y} đến ngày {date_to:%d/%m/%Y}"


def month_starts(last: dt.date, count: int) -> list[dt.date]:
    """The first days of the ``count`` months ending with ``last``'s month, oldest first."""
    y, m = last.year, last.month
    out = []
    for _ in range(count):
        out.append(dt.date(y, m, 1))
        y, m = (y - 1, 12) if m == 1 else (y, m - 1)
    return out[::-1]
