"""Work queues (Theo dõi), late warnings and search (Tra cứu) over the dossiers table, index-backed."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from desk_app.domain.codes import looks_like_dossier_code
from desk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desk_app.domain.model import Resolution, Status
from desk_app.domain.text import fold, prefix_upper_bound

if TYPE_CHECKING:
    from desk_app.services.core import Services

#: Statuses whose dossier is being handled against a due date.
HANDLING = ("received", "in_progress", "at_agency")

ROW_COLUMNS = (
    "id, code, applicant_name, citizen_id, phone, procedure_code, procedure_name, field, status, received_at, "
    "due_date, base_due_date, apology_due_date, result_at, returned_at, resolution, holder, agency, fee, channel, "
    "return_method"
)


@dataclass(frozen=True)
class DossierRow:
    """One line of a queue or of search results (only the columns a list shows; no JSON parsing)."""

    id: int
    code: str
    applicant_name: str
    citizen_id: str
    phone: str
    procedure_code: str
    procedure_name: str
    field: str
    status: Status
    received_at: dt.datetime
    due_date: dt.date | None
    base_due_date: dt.date | None
    apology_due_date: dt.date | None
    result_at: dt.datetime | None
    returned_at: dt.datetime | None
    resolution: Resolution | None
    holder: str
    agency: str
    fee: int
    channel: str
    return_method: str

    @classmethod
    def from_tuple(cls, r: tuple[Any, ...]) -> DossierRow:
        return cls(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], Status(r[8]), dt.datetime.fromisoformat(r[9]),
            _d(r[10]), _d(r[11]), _d(r[12]), _dt(r[13]), _dt(r[14]), Resolution(r[15]) if r[15] else None,
            r[16], r[17], r[18], r[19], r[20],
        )

    @property
    def is_handling(self) -> bool:
        return self.status.value in HANDLING


def _d(v: str | None) -> dt.date | None:
    return dt.date.fromisoformat(v) if v else None


def _dt(v: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(v) if v else None


@dataclass(frozen=True)
class QueueSpec:
    key: str
    label: str
    order: str  # default order key (see ORDERS); "-" prefix = descending
    date_column: str  # what the date filter applies to
    date_label: str


QUEUES: dict[str, QueueSpec] = {q.key: q for q in (
    QueueSpec("due_today", QT_TRANSLATE_NOOP("tracking", "Đến hạn hôm nay"), "code", "received_day",
              QT_TRANSLATE_NOOP("tracking", "Ngày nhận")),
    QueueSpec("due_soon", QT_TRANSLATE_NOOP("tracking", "Sắp đến hạn"), "due_date", "received_day",
              QT_TRANSLATE_NOOP("tracking", "Ngày nhận")),
    QueueSpec("overdue", QT_TRANSLATE_NOOP("tracking", "Quá hạn"), "due_date", "received_day",
              QT_TRANSLATE_NOOP("tracking", "Ngày nhận")),
    QueueSpec("needs_apology", QT_TRANSLATE_NOOP("tracking", "Cần xin lỗi, hẹn lại"), "due_date", "received_day",
              QT_TRANSLATE_NOOP("tracking", "Ngày nhận")),
    QueueSpec("supplement", QT_TRANSLATE_NOOP("tracking", "Chờ bổ sung"), "-received_at", "received_day",
              QT_TRANSLATE_NOOP("tracking", "Ngày nhận")),
    QueueSpec("with_handler", QT_TRANSLATE_NOOP("tracking", "Đang giải quyết"), "due_date", "received_day",
              QT_TRANSLATE_NOOP("tracking", "Ngày nhận")),
    QueueSpec("at_agency", QT_TRANSLATE_NOOP("tracking", "Chuyển cơ quan khác"), "due_date", "received_day",
              QT_TRANSLATE_NOOP("tracking", "Ngày nhận")),
    QueueSpec("result_ready", QT_TRANSLATE_NOOP("tracking", "Chờ trả kết quả"), "result_at", "result_day",
              QT_TRANSLATE_NOOP("tracking", "Ngày có kết quả")),
    QueueSpec("returned", QT_TRANSLATE_NOOP("tracking", "Đã trả kết quả"), "-returned_at", "returned_day",
              QT_TRANSLATE_NOOP("tracking", "Ngày trả")),
)}

#: Sort keys the UI may ask for → SQL (a whitelist: never interpolate user text).
ORDERS: dict[str, str] = {
    "code": "code",
    "applicant_name": "name_folded",
    "procedure_name": "procedure_name",
    "received_at": "received_at",
    "due_date": "due_date",
    "status": "status",
    "holder": "holder",
    "result_at": "result_at",
    "returned_at": "returned_at",
}

#: The returned queue without a date filter shows this many recent days (it is most of the table).
RETURNED_DEFAULT_DAYS = 30

_DIGITS = re.compile(r"^\+?\d[\d .\-]*$")
_WORD = re.compile(r"[a-z0-9]+")
_CODE_TAIL = re.compile(r"^\d{6}-\d{1,4}$")
_CODE_IN_TEXT = re.compile(r"[A-Z0-9]{3}\.[A-Z0-9]{2}\.[A-Z0-9]{2}\.[A-Z0-9]{3}-\d{6}-\d{4}")


def extract_code(scanned: str) -> str | None:
    """The dossier code inside scanner output (a bare code, or a look-up URL carrying it)."""
    text = scanned.strip().upper()
    if looks_like_dossier_code(text):
        return text
    m = _CODE_IN_TEXT.search(text)
    return m.group(0) if m else None


class TrackingService:
    """Read-only views of dossiers for the queues, warnings and search (no writes here)."""

    def __init__(self, services: Services) -> None:
        self.s = services

    @property
    def conn(self) -> Any:
        return self.s.store.conn

    def today(self) -> dt.date:
        return self.s.clock().date()

    # --- queues --------------------------------------------------------------------------------
    def _queue_where(self, name: str, *, field: str | None = None, procedure_code: str | None = None,
                     holder: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
                     within_days: int = 3) -> tuple[str, list[Any]]:
        spec = QUEUES.get(name)
        if spec is None:
            raise ValidationError("queue_unknown", QT_TRANSLATE_NOOP("messages", "Không có danh sách «{name}»."),
                                  name=name)
        today = self.today()
        t = today.isoformat()
        handling = "status IN ('received', 'in_progress', 'at_agency')"
        where: list[str]
        params: list[Any] = []
        if name == "due_today":
            where = [handling, "due_date = ?"]
            params = [t]
        elif name == "due_soon":
            limit = self.s.calendar().add_working_days(today, max(1, int(within_days)))
            where = [handling, "due_date > ?", "due_date <= ?"]
            params = [t, limit.isoformat()]
        elif name == "overdue":
            where = [handling, "due_date < ?"]
            params = [t]
        elif name == "needs_apology":
            limit = self.s.calendar().add_working_days(today, 1)
            where = [handling, "due_date <= ?", "apology_due_date IS NULL"]
            params = [limit.isoformat()]
        elif name == "supplement":
            where = ["status = 'supplement_requested'"]
        elif name == "with_handler":
            where = ["status = 'in_progress'"]
        elif name == "at_agency":
            where = ["status = 'at_agency'"]
        elif name == "result_ready":
            where = ["status = 'result_ready'"]
        else:  # returned
            where = ["status = 'returned'"]
            if date_from is None and date_to is None:
                date_from = today - dt.timedelta(days=RETURNED_DEFAULT_DAYS)
        if field:
            where.append("field = ?")
            params.append(field)
        if procedure_code:
            where.append("procedure_code = ?")
            params.append(procedure_code)
        if holder:
            where.append("holder = ?")
            params.append(holder)
        column = {"received_day": "received_day", "result_day": "result_at", "returned_day": "returned_at"}[
            spec.date_column]
        if date_from:
            where.append(f"{column} >= ?")
            params.append(date_from.isoformat())
        if date_to:
            if column == "received_day":
                where.append(f"{column} <= ?")
                params.append(date_to.isoformat())
            else:  # a date-time column: everything before the next day
                where.append(f"{column} < ?")
                params.append((date_to + dt.timedelta(days=1)).isoformat())
        return " AND ".join(where), params

    def queue_sql(self, name: str, *, order: str | None = None, limit: int = 200, offset: int = 0,
                  **filters: Any) -> tuple[str, list[Any]]:
        """The SQL and parameters of one queue page (also used by the benchmark for raw timings)."""
        where, params = self._queue_where(name, **filters)
        key = order or QUEUES[name].order
        desc = key.startswith("-")
        column = ORDERS.get(key.lstrip("-"))
        if column is None:
            raise ValidationError("order_unknown", QT_TRANSLATE_NOOP("messages", "Không sắp xếp được theo «{key}»."),
                                  key=key)
        direction = "DESC" if desc else "ASC"
        sql = (f"SELECT {ROW_COLUMNS} FROM dossiers WHERE {where} "
               f"ORDER BY {column} {direction}, id {direction} LIMIT ? OFFSET ?")
        return sql, [*params, int(limit), int(offset)]

    def queue(self, name: str, *, field: str | None = None, procedure_code: str | None = None,
              holder: str | None = None, date_from: dt.date | None = None, date_to: dt.date | None = None,
              within_days: int = 3, order: str | None = None, limit: int = 200, offset: int = 0) -> list[DossierRow]:
        """One page of a work queue, filtered by field, procedure, holder and date; sorted by ``order``."""
        sql, params = self.queue_sql(name, order=order, limit=limit, offset=offset, field=field,
                                     procedure_code=procedure_code, holder=holder, date_from=date_from,
                                     date_to=date_to, within_days=within_days)
        return [DossierRow.from_tuple(r) for r in self.conn.execute(sql, params)]

    def queue_count(self, name: str, **filters: Any) -> int:
        where, params = self._queue_where(name, **filters)
        return int(self.conn.execute(f"SELECT count(*) FROM dossiers WHERE {where}", params).fetchone()[0])

    def queue_counts(self, **filters: Any) -> dict[str, int]:
        """How many dossiers each queue holds (with the same filters), for the tab labels."""
        return {name: self.queue_count(name, **filters) for name in QUEUES}

    # --- late warnings -------------------------------------------------------------------------
    def late_warnings(self, limit: int = 200) -> list[DossierRow]:
        """Dossiers being handled, due within one working day (or already overdue), with no apology yet.

        The rules ask for the apology letter (Mẫu 04) at least one day before the due date.
        """
        return self.queue("needs_apology", limit=limit)

    def warning_for(self, code: str) -> str | None:
        """A short warning for the dossier view: ``overdue``, ``due_soon`` or None."""
        row = self.conn.execute(
            "SELECT status, due_date, apology_due_date FROM dossiers WHERE code = ?", (code,)).fetchone()
        if row is None or row[0] not in HANDLING or not row[1]:
            return None
        due = dt.date.fromisoformat(row[1])
        today = self.today()
        if due < today:
            return "overdue"
        if due <= self.s.calendar().add_working_days(today, 1):
            return "due_soon" if row[2] is None else "due_soon_apologized"
        return None

    def propose_new_due_date(self, code: str) -> dt.date:
        """A sensible new appointment for an apology: three working days after the later of today and the due date."""
        d = self.s.dossiers.get(code)
        today = self.today()
        base = max(d.due_date or today, today)
        return self.s.calendar().add_working_days(base, 3)

    # --- search --------------------------------------------------------------------------------
    def classify_query(self, text: str) -> str:
        """What the clerk typed: ``code``, ``code_prefix``, ``code_tail``, ``procedure``, ``citizen_id``,
        ``phone``, ``digits`` or ``name``."""
        t = text.strip()
        if not t:
            return "empty"
        up = t.upper()
        if looks_like_dossier_code(up) or extract_code(up):
            return "code"
        if "." in up and "-" in up and " " not in up:
            return "code_prefix"
        if _CODE_TAIL.match(t):
            return "code_tail"
        if self.s.catalog.get(t) is not None or self.s.catalog.get(up) is not None:
            return "procedure"
        if _DIGITS.match(t):
            digits = re.sub(r"\D", "", t)
            if len(digits) == 12 and not t.startswith("+"):
                return "citizen_id"
            if t.startswith("+84") or (digits.startswith("0") and len(digits) in (10, 11)):
                return "phone"
            return "digits"
        return "name"

    def search_sql(self, text: str, *, procedure_code: str | None = None, date_from: dt.date | None = None,
                   date_to: dt.date | None = None, limit: int = 50) -> list[tuple[str, list[Any]]]:
        """The statements one search runs, in order (results concatenated, duplicates dropped)."""
        kind = self.classify_query(text)
        t = text.strip()
        extra: list[str] = []
        fparams: list[Any] = []
        if procedure_code:
            extra.append("procedure_code = ?")
            fparams.append(procedure_code)
        if date_from:
            extra.append("received_day >= ?")
            fparams.append(date_from.isoformat())
        if date_to:
            extra.append("received_day <= ?")
            fparams.append(date_to.isoformat())
        filt = "".join(f" AND {c}" for c in extra)
        sel = f"SELECT {ROW_COLUMNS} FROM dossiers"
        lim = int(limit)
        if kind == "empty":
            if not extra:
                return []
            return [(f"{sel} WHERE 1{filt} ORDER BY id DESC LIMIT ?", [*fparams, lim])]
        if kind == "code":
            code = extract_code(t) or t.upper()
            return [(f"{sel} WHERE code = ?{filt}", [code, *fparams])]
        if kind == "code_prefix":
            p = t.upper()
            return [(f"{sel} WHERE code >= ? AND code < ?{filt} ORDER BY code DESC LIMIT ?",
                     [p, prefix_upper_bound(p), *fparams, lim])]
        if kind == "code_tail":
            p = t
            return [(f"{sel} WHERE substr(code, -11) >= ? AND substr(code, -11) < ?{filt} "
                     f"ORDER BY substr(code, -11) DESC LIMIT ?", [p, prefix_upper_bound(p), *fparams, lim])]
        if kind == "procedure":
            code = t if self.s.catalog.get(t) is not None else t.upper()
            return [(f"{sel} WHERE procedure_code = ?{filt} ORDER BY received_day DESC LIMIT ?",
                     [code, *fparams, lim])]
        if kind in ("citizen_id", "phone", "digits"):
            digits = re.sub(r"\D", "", t)
            if kind == "phone" and digits.startswith("84"):
                digits = "0" + digits[2:]
            out = []
            if kind in ("citizen_id", "digits"):
                out.append((f"{sel} WHERE citizen_id <> '' AND citizen_id >= ? AND citizen_id < ?{filt} "
                            f"ORDER BY citizen_id, id DESC LIMIT ?",
                            [digits, prefix_upper_bound(digits), *fparams, lim]))
            if kind in ("phone", "digits"):
                out.append((f"{sel} WHERE phone <> '' AND phone >= ? AND phone < ?{filt} "
                            f"ORDER BY phone, id DESC LIMIT ?", [digits, prefix_upper_bound(digits), *fparams, lim]))
            return out
        folded = fold(t)
        words = _WORD.findall(folded)
        if not words:
            return []
        out = [(f"{sel} WHERE name_folded >= ? AND name_folded < ?{filt} ORDER BY name_folded, id DESC LIMIT ?",
                [folded, prefix_upper_bound(folded), *fparams, lim])]
        match = " AND ".join(f'"{w}"*' for w in words)
        cols = ", ".join(f"d.{c.strip()}" for c in ROW_COLUMNS.split(","))
        out.append((f"SELECT {cols} FROM dossier_names f JOIN dossiers d ON d.id = f.rowid "
                    f"WHERE dossier_names MATCH ?{filt} ORDER BY f.rowid DESC LIMIT ?", [match, *fparams, lim]))
        return out

    def search(self, text: str, *, procedure_code: str | None = None, date_from: dt.date | None = None,
               date_to: dt.date | None = None, limit: int = 50) -> list[DossierRow]:
        """Dossiers matching a code, a 12-digit ID, a phone, a procedure code or a name (accent-insensitive).

        A name matches when the folded full name starts with the folded text (``nguyen van d``) or
        when every typed word starts a word of the name (``duc``, ``van duc``).
        """
        seen: set[int] = set()
        out: list[DossierRow] = []
        for sql, params in self.search_sql(text, procedure_code=procedure_code, date_from=date_from,
                                           date_to=date_to, limit=limit):
            if len(out) >= limit:
                break
            cur = self.conn.execute(sql, params)
            for r in cur:
                if r[0] in seen:
                    continue
                seen.add(r[0])
                out.append(DossierRow.from_tuple(r))
                if len(out) >= limit:
                    break
        return out

    # --- helpers for the views -----------------------------------------------------------------
    def fields(self) -> list[str]:
        return sorted({p.field for p in self.s.catalog.list(active_only=False)})

    def user_names(self) -> dict[str, str]:
        return {u.username: u.full_name for u in self.s.auth.users.list()}

    def timing(self, row: DossierRow) -> str | None:
        """``overdue`` / ``due_soon`` / None for colouring a row (due soon = within one working day)."""
        if not row.is_handling or row.due_date is None:
            return None
        today = self.today()
        if row.due_date < today:
            return "overdue"
        if row.due_date <= self.s.calendar().add_working_days(today, 1):
            return "due_soon"
        return None
