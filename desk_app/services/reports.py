"""Reports: the period report with aggregate SQL, the leaders' dashboard, drill-down, old-register import."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desk_app.domain.model import Dossier, Role, User
from desk_app.domain.statistics import (
    CELLS,
    TOTAL_LABEL,
    DossierRecord,
    ReportRow,
    month_starts,
    rows_with_total,
)
from desk_app.services.auth import require_role
from desk_app.store.repositories import DossierRepo

if TYPE_CHECKING:
    from desk_app.services.book_import import ImportResult
    from desk_app.services.core import Services

# The dossiers a period report can touch, read through three index ranges (see db/0004_reports.sql):
# accepted in the period; accepted before it and resolved from its first day on; accepted before
# it and not resolved. :f and :t are FROM and TO as ISO dates.
_COLUMNS = (
    "code, field, channel, holder, status, digitized, accepted_day AS acc, base_due_date AS due, "
    "apology_due_date AS apo, substr(result_at, 1, 10) AS rday, withdrawn_day AS wd, supplement_since AS sup"
)
SOURCE_SQL = (
    f"SELECT {_COLUMNS} FROM dossiers WHERE accepted_day >= :f AND accepted_day <= :t "
    f"UNION ALL SELECT {_COLUMNS} FROM dossiers WHERE result_at >= :f AND accepted_day < :f "
    f"UNION ALL SELECT {_COLUMNS} FROM dossiers WHERE result_at IS NULL AND accepted_day < :f"
)

# One SQL condition per cell, mirroring desk_app.domain.statistics.cells_of line by line.
_R = "(acc <= :t AND status <> 'refused' AND (wd IS NULL OR wd > :t) AND (rday IS NULL OR rday >= :f))"
_RESOLVED = f"({_R} AND rday <= :t)"
_LATE = f"({_RESOLVED} AND rday > coalesce(due, rday))"
_PENDING = f"({_R} AND (rday IS NULL OR rday > :t))"
_OVERDUE_IF_PENDING = "coalesce(due < :t AND NOT (status = 'supplement_requested' AND coalesce(sup <= :t, 0)), 0)"
CELL_SQL: dict[str, str] = {
    "received_total": _R,
    "carried_over": f"({_R} AND acc < :f)",
    "new_online": f"({_R} AND acc >= :f AND channel = 'online')",
    "new_direct_postal": f"({_R} AND acc >= :f AND channel <> 'online')",
    "resolved_total": _RESOLVED,
    "resolved_early": f"({_RESOLVED} AND rday < coalesce(due, rday))",
    "resolved_on_time": f"({_RESOLVED} AND rday = coalesce(due, rday))",
    "resolved_late": _LATE,
    "pending_total": _PENDING,
    "pending_not_due": f"({_PENDING} AND NOT {_OVERDUE_IF_PENDING})",
    "pending_overdue": f"({_PENDING} AND {_OVERDUE_IF_PENDING})",
    "late_with_apology": f"({_LATE} AND apo IS NOT NULL)",
    "late_without_apology": f"({_LATE} AND apo IS NULL)",
    "digitized": f"({_R} AND digitized = 1)",
    "not_digitized": f"({_R} AND digitized = 0)",
    "withdrawn": "(acc <= :t AND status <> 'refused' AND wd >= :f AND wd <= :t)",
}
# Drill-down also accepts these unions of cells (the dashboard's points).
CELL_SQL["new"] = f"({_R} AND acc >= :f)"
CELL_SQL["resolved_in_time"] = f"({_RESOLVED} AND rday <= coalesce(due, rday))"
DRILL_CELLS = tuple(CELL_SQL)

# The report itself: each dossier is classified once into one small integer key, and one GROUP BY
# counts the keys of each field (a few dozen); Python then adds them up into the cells. Key bits:
# scope (0 outside the report, 1 counted, 2 withdrawn in the period) * 256 + new * 128 + online * 64
# + state * 8 (0 pending not due, 1 pending overdue, 2 early, 3 on time, 4 late) + apology * 2 + digitised.
REPORT_KEY_SQL = (
    "(CASE WHEN acc <= :t AND status <> 'refused' THEN "
    "CASE WHEN wd IS NOT NULL AND wd <= :t THEN (CASE WHEN wd >= :f THEN 2 ELSE 0 END) "
    "WHEN rday IS NOT NULL AND rday < :f THEN 0 ELSE 1 END ELSE 0 END) * 256 "
    "+ (acc >= :f) * 128 + (channel = 'online') * 64 "
    "+ (CASE WHEN rday IS NOT NULL AND rday <= :t THEN "
    "CASE WHEN rday < coalesce(due, rday) THEN 2 WHEN rday = coalesce(due, rday) THEN 3 ELSE 4 END "
    f"WHEN {_OVERDUE_IF_PENDING} THEN 1 ELSE 0 END) * 8 "
    "+ (apo IS NOT NULL) * 2 + (digitized = 1)"
)
REPORT_SQL = f"SELECT field, {REPORT_KEY_SQL} AS k, count(*) FROM ({SOURCE_SQL}) GROUP BY field, k HAVING k >= 256"
# The same classification without the GROUP BY: SQLite groups by sorting every row, which costs
# about twice what counting the (field, key) pairs in Python does, so the service counts them.
CLASSIFY_SQL = f"SELECT field, {REPORT_KEY_SQL} AS k FROM ({SOURCE_SQL})"
_STATE_CELLS = {0: ("pending_total", "pending_not_due"), 1: ("pending_total", "pending_overdue"),
                2: ("resolved_total", "resolved_early"), 3: ("resolved_total", "resolved_on_time"),
                4: ("resolved_total", "resolved_late")}


def fold_groups(groups: list[tuple[Any, ...]]) -> list[ReportRow]:
    """Add up the (field, key, count) groups of ``REPORT_SQL`` into report rows (fields, then the total)."""
    per_field: dict[str, dict[str, int]] = {}
    for fld, key, n in groups:
        scope, is_new, online, state = key >> 8, key >> 7 & 1, key >> 6 & 1, key >> 3 & 7
        counts = per_field.setdefault(str(fld), dict.fromkeys(CELLS, 0))
        if scope == 2:
            counts["withdrawn"] += n
            continue
        cells = ["received_total", "digitized" if key & 1 else "not_digitized", *_STATE_CELLS[state]]
        cells.append(("new_online" if online else "new_direct_postal") if is_new else "carried_over")
        if state == 4:
            cells.append("late_with_apology" if key & 2 else "late_without_apology")
        for c in cells:
            counts[c] += n
    return rows_with_total(ReportRow.from_counts(f, c) for f, c in per_field.items())


SATISFACTION_KEYS = ("satisfied", "acceptable", "not_satisfied", "not_rated")


@dataclass(frozen=True)
class MonthPoint:
    month: dt.date  # first day of the month
    received: int  # new dossiers received in the month
    resolved: int
    in_time: int  # early + on time

    @property
    def on_time_rate(self) -> float | None:
        return self.in_time / self.resolved if self.resolved else None


@dataclass(frozen=True)
class DrillRow:
    """A dossier behind a number, as the drill-down list shows it."""

    code: str
    applicant_name: str
    procedure_name: str
    field: str
    received_at: str
    due_date: str | None
    result_at: str | None
    status: str
    holder: str


@dataclass
class Dashboard:
    as_of: dt.date
    date_from: dt.date  # first day of the oldest month shown
    months: list[MonthPoint] = field(default_factory=list)
    overdue_by_field: list[tuple[str, int]] = field(default_factory=list)
    overdue_by_holder: list[tuple[str, str, int]] = field(default_factory=list)  # username, full name, count
    satisfaction: dict[str, int] = field(default_factory=dict)


def _iso(d: dt.date) -> str:
    return d.isoformat()


def _to_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


class ReportService:
    """The report room's use cases over one store. Reading needs no role; importing is the admin's."""

    def __init__(self, services: Services) -> None:
        self.s = services
        self.store = services.store
        self.repo = DossierRepo(services.store)

    # --- the period report ---------------------------------------------------------------------
    @staticmethod
    def _check_period(date_from: dt.date, date_to: dt.date) -> None:
        if date_to < date_from:
            raise ValidationError(
                "period_reversed",
                QT_TRANSLATE_NOOP("messages", "Ngày cuối kỳ ({to}) phải từ ngày đầu kỳ ({start}) trở đi."),
                field="date_to", to=date_to.strftime("%d/%m/%Y"), start=date_from.strftime("%d/%m/%Y"),
            )

    def period_report(self, date_from: dt.date, date_to: dt.date) -> list[ReportRow]:
        """Per field (fields with any dossier in the period) and the total, as in Biểu 06."""
        self._check_period(date_from, date_to)
        params = {"f": _iso(date_from), "t": _iso(date_to)}
        counted = Counter(self.store.conn.execute(CLASSIFY_SQL, params))
        return fold_groups([(fld, k, n) for (fld, k), n in counted.items() if k >= 256])

    def records(self) -> list[DossierRecord]:
        """Every dossier as the pure report function sees it (tests cross-check the SQL with it)."""
        cur = self.store.conn.execute(
            "SELECT code, field, channel, accepted_day, base_due_date, apology_due_date, substr(result_at, 1, 10), "
            "withdrawn_day, supplement_since, status, digitized FROM dossiers"
        )
        return [
            DossierRecord(code, fld, channel, _to_date(acc), _to_date(due), _to_date(apo), _to_date(rday),
                          _to_date(wd), _to_date(sup), status, bool(dig))
            for code, fld, channel, acc, due, apo, rday, wd, sup, status, dig in cur
        ]

    # --- drill-down ------------------------------------------------------------------------------
    def _drill_sql(self, cell: str, fld: str | None, holder: str | None, select: str) -> tuple[str, dict[str, Any]]:
        if cell not in CELL_SQL:
            raise ValidationError(
                "report_cell_unknown", QT_TRANSLATE_NOOP("messages", "Không có chỉ tiêu «{cell}» trong báo cáo."),
                cell=cell,
            )
        where = [CELL_SQL[cell]]
        params: dict[str, Any] = {}
        if fld is not None and fld != TOTAL_LABEL:
            where.append("field = :field")
            params["field"] = fld
        if holder is not None:
            where.append("holder = :holder")
            params["holder"] = holder
        return f"SELECT {select} FROM ({SOURCE_SQL}) WHERE {' AND '.join(where)} ORDER BY code", params

    def drill_down(self, cell: str, field: str | None, date_from: dt.date, date_to: dt.date,
                   *, holder: str | None = None) -> list[str]:
        """The codes of the dossiers behind one number (``field`` None or "Tổng cộng": every field)."""
        self._check_period(date_from, date_to)
        sql, params = self._drill_sql(cell, field, holder, "code")
        params.update(f=_iso(date_from), t=_iso(date_to))
        return [code for (code,) in self.store.conn.execute(sql, params)]

    def drill_rows(self, codes: list[str], limit: int = 5000) -> list[DrillRow]:
        """A short line per dossier for the drill-down list (at most ``limit``)."""
        out: list[DrillRow] = []
        chunk = 500
        for i in range(0, min(len(codes), limit), chunk):
            part = codes[i:min(i + chunk, limit)]
            q = ",".join("?" for _ in part)
            cur = self.store.conn.execute(
                "SELECT code, applicant_name, procedure_name, field, received_at, due_date, result_at, status, holder "
                f"FROM dossiers WHERE code IN ({q}) ORDER BY code", part)
            out.extend(DrillRow(*row) for row in cur)
        return out

    # --- the leaders' dashboard -------------------------------------------------------------------
    def dashboard(self, as_of: dt.date | None = None, months: int = 12) -> Dashboard:
        """Received and on-time rate by month, overdue now by field and by handler, satisfaction."""
        today = as_of or self.s.clock().date()
        starts = month_starts(today, months)
        board = Dashboard(as_of=today, date_from=starts[0])
        for start in starts:
            nxt = dt.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
            end = min(nxt - dt.timedelta(days=1), today)
            total = self.period_report(start, end)[-1]
            board.months.append(MonthPoint(start, total.new_online + total.new_direct_postal, total.resolved_total,
                                           total.resolved_early + total.resolved_on_time))
        params = {"f": _iso(today), "t": _iso(today)}
        overdue = CELL_SQL["pending_overdue"]
        cur = self.store.conn.execute(
            f"SELECT field, count(*) FROM ({SOURCE_SQL}) WHERE {overdue} GROUP BY field ORDER BY count(*) DESC, field",
            params)
        board.overdue_by_field = [(str(f), int(n)) for f, n in cur]
        names = {u.username: u.full_name for u in self.s.auth.users.list()}
        cur = self.store.conn.execute(
            f"SELECT holder, count(*) FROM ({SOURCE_SQL}) WHERE {overdue} GROUP BY holder "
            "ORDER BY count(*) DESC, holder", params)
        board.overdue_by_holder = [(str(h), names.get(str(h), str(h) or "—"), int(n)) for h, n in cur]
        cur = self.store.conn.execute(
            "SELECT coalesce(satisfaction, 'not_rated'), count(*) FROM dossiers "
            "WHERE returned_at >= :f AND returned_at < :t GROUP BY 1",
            {"f": _iso(starts[0]), "t": _iso(today + dt.timedelta(days=1))})
        board.satisfaction = {k: 0 for k in SATISFACTION_KEYS}
        for key, n in cur:
            board.satisfaction[str(key)] = board.satisfaction.get(str(key), 0) + int(n)
        return board

    def satisfaction_codes(self, value: str, date_from: dt.date, date_to: dt.date) -> list[str]:
        """The dossiers returned in the period with this rating (``not_rated``: none given)."""
        cond = "satisfaction IS NULL" if value == "not_rated" else "satisfaction = :v"
        cur = self.store.conn.execute(
            f"SELECT code FROM dossiers WHERE returned_at >= :f AND returned_at < :t AND {cond} ORDER BY code",
            {"f": _iso(date_from), "t": _iso(date_to + dt.timedelta(days=1)), "v": value})
        return [c for (c,) in cur]

    # --- tracking book (Mẫu 06) ---------------------------------------------------------------------
    def book_dossiers(self, date_from: dt.date, date_to: dt.date) -> list[Dossier]:
        """Dossiers entered in the book in the period (accepted), in book order, with their events."""
        self._check_period(date_from, date_to)
        cur = self.store.conn.execute(
            "SELECT code FROM dossiers WHERE accepted_day >= ? AND accepted_day <= ? "
            "ORDER BY book_year, book_number IS NULL, book_number, received_at, code",
            (_iso(date_from), _iso(date_to)))
        out = []
        for (code,) in cur.fetchall():
            d = self.repo.get(code)
            if d is not None:
                out.append(d)
        return out

    # --- exports -----------------------------------------------------------------------------------
    def export(self, fmt: str, date_from: dt.date, date_to: dt.date, out: Path) -> Path:
        """Write the period report as ``xlsx`` or ``pdf``, or the tracking book (``book``, Mẫu 06 PDF)."""
        from desk_app.services import report_export

        out = Path(out)
        office = self.s.office()
        if fmt == "book":
            from desk_app.printing.render import render_book

            render_book(self.book_dossiers(date_from, date_to), office, date_from, date_to, out)
            return out
        rows = self.period_report(date_from, date_to)
        form = self.s.settings.get("report_form") or {}
        if fmt == "xlsx":
            report_export.write_xlsx(rows, office, date_from, date_to, out, form=form)
        elif fmt == "pdf":
            report_export.write_pdf(rows, office, date_from, date_to, out, form=form, today=self.s.clock().date())
        else:
            raise ValidationError(
                "report_format_unknown",
                QT_TRANSLATE_NOOP("messages", "Định dạng «{fmt}» không hỗ trợ (json, xlsx, pdf, book)."), fmt=fmt,
            )
        return out

    # --- import of old registers ---------------------------------------------------------------------
    def import_book(self, actor: User, path: Path, *, dry_run: bool = False) -> ImportResult:
        """Import an old register (CSV or .xlsx); all rows or none, in one transaction; idempotent by code."""
        require_role(actor, Role.ADMIN)
        from desk_app.services.book_import import import_register

        return import_register(self.s, actor, Path(path), dry_run=dry_run)
