"""Working-day calendar of Vietnam's public offices: holidays, overrides, cut-off and due dates."""

from __future__ import annotations

import json
import os
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping
from datetime import date, datetime, time, timedelta
from pathlib import PurePath

import holidays

from desk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desk_app.domain.model import Procedure

OFF = "off"
WORK = "work"
OVERRIDE_KINDS = (OFF, WORK)

#: The desk closes at noon on a Saturday morning session.
SATURDAY_CLOSE = time(12, 0)

# Monday … Sunday, marked for Qt's translation tools: the UI shows a weekday in the user's language with
# QCoreApplication.translate("weekdays", weekday_vi(d)).
_WEEKDAYS_VI = (
    QT_TRANSLATE_NOOP("weekdays", "Thứ Hai"),
    QT_TRANSLATE_NOOP("weekdays", "Thứ Ba"),
    QT_TRANSLATE_NOOP("weekdays", "Thứ Tư"),
    QT_TRANSLATE_NOOP("weekdays", "Thứ Năm"),
    QT_TRANSLATE_NOOP("weekdays", "Thứ Sáu"),
    QT_TRANSLATE_NOOP("weekdays", "Thứ Bảy"),
    QT_TRANSLATE_NOOP("weekdays", "Chủ nhật"),
)
_CUTOFF_RE = re.compile(r"\s*(\d{1,2}):(\d{2})\s*")
_DEFAULT_OFF_NOTE = "Ngày nghỉ theo thông báo"
_DEFAULT_WORK_NOTE = "Ngày làm việc bù"

OverrideValue = str | tuple[str, str]


def weekday_vi(d: date) -> str:
    """The Vietnamese name of ``d``'s weekday: "Thứ Hai" … "Thứ Bảy", "Chủ nhật"."""
    return _WEEKDAYS_VI[d.weekday()]


def _weekday_in_sentence(d: date) -> str:
    name = weekday_vi(d)
    return name[0].lower() + name[1:]


def _fmt_date(d: date) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year:04d}"


def _fmt_day(d: date) -> str:
    return f"{_weekday_in_sentence(d)} {_fmt_date(d)}"


def _fmt_time(t: time) -> str:
    return f"{t.hour:02d}:{t.minute:02d}"


def parse_cutoff(text: str) -> time:
    """Parse a cut-off hour written "HH:MM" (e.g. "15:00")."""
    m = _CUTOFF_RE.fullmatch(text) if isinstance(text, str) else None
    if m is not None:
        hour, minute = int(m.group(1)), int(m.group(2))
        if hour < 24 and minute < 60:
            return time(hour, minute)
    raise ValidationError(
        "calendar.cutoff",
        QT_TRANSLATE_NOOP("messages", "Giờ chốt nhận hồ sơ '{value}' không hợp lệ (cần dạng GG:PP, ví dụ 15:00)."),
        field="cutoff",
        value=text,
    )


class WorkingCalendar:
    """Working days of a public office: Monday–Friday minus public holidays, with overrides.

    ``overrides`` maps a date to ``"off"`` (an extra day off, e.g. a government bridge day) or
    ``"work"`` (a make-up working day, e.g. a Saturday), optionally as a ``(kind, note)`` pair.
    Public holidays come from the ``holidays`` package (Vietnamese names), loaded per year on
    first use. Working days are kept as a sorted list of ordinals over a contiguous range of
    years so that adding or counting working days is a binary search, not a day-by-day walk.

    Cut-off rule: a dossier received *at or after* the cut-off time (15:00:00 with the default)
    counts from the next working day; one received strictly before it counts from that day.
    """

    def __init__(
        self,
        overrides: Mapping[date, OverrideValue] | None = None,
        saturday_morning: bool = False,
        cutoff: time = time(15, 0),
    ) -> None:
        self.saturday_morning = saturday_morning
        self.cutoff = cutoff
        self._kinds: dict[date, str] = {}
        self._notes: dict[date, str] = {}
        for day, value in (overrides or {}).items():
            kind, note = (value, "") if isinstance(value, str) else value
            if kind not in OVERRIDE_KINDS:
                raise ValidationError(
                    "calendar.override_kind",
                    QT_TRANSLATE_NOOP(
                        "messages",
                        "Ngày {day}: loại điều chỉnh '{kind}' không hợp lệ (chỉ nhận off hoặc work).",
                    ),
                    field="kind",
                    day=_fmt_date(day),
                    kind=kind,
                )
            self._kinds[day] = kind
            if note:
                self._notes[day] = note
        self._holiday_names: dict[date, str] = {}
        self._holiday_years: set[int] = set()
        self._lo = 0
        self._hi = -1
        self._ords: list[int] = []
        self._work_set: frozenset[int] = frozenset()
        self._cutoffs: dict[str, time] = {}

    # ----------------------------------------------------------------- caches
    def _load_holiday_year(self, year: int) -> None:
        if year in self._holiday_years or not 1 <= year <= 9999:
            return
        self._holiday_years.add(year)
        for day, name in holidays.country_holidays("VN", years=year, language="vi").items():
            self._holiday_names.setdefault(day, str(name))

    def _public_holiday(self, d: date) -> str | None:
        if d.year not in self._holiday_years:
            self._load_holiday_year(d.year)
        return self._holiday_names.get(d)

    def _ensure(self, year: int) -> None:
        if self._lo <= year <= self._hi:
            return
        if self._hi < self._lo:
            self._rebuild(year, year)
        else:
            self._rebuild(min(self._lo, year), max(self._hi, year))

    def _rebuild(self, lo: int, hi: int) -> None:
        lo, hi = max(lo, 1), min(hi, 9999)
        for year in range(lo - 1, hi + 2):
            self._load_holiday_year(year)
        first = date(lo, 1, 1).toordinal()
        last = date(hi, 12, 31).toordinal()
        ords = [o for o in range(first, last + 1) if self._compute_working(date.fromordinal(o))]
        self._ords = ords
        self._work_set = frozenset(ords)
        self._lo, self._hi = lo, hi

    def _compute_working(self, d: date) -> bool:
        kind = self._kinds.get(d)
        if kind is not None:
            return kind == WORK
        return d.weekday() < 5 and d not in self._holiday_names

    # ----------------------------------------------------------------- queries
    def is_holiday(self, d: date) -> bool:
        """A public holiday (or its substitute day) or an "off" override, unless overridden "work"."""
        kind = self._kinds.get(d)
        if kind is not None:
            return kind == OFF
        return self._public_holiday(d) is not None

    def holiday_name(self, d: date) -> str | None:
        """The Vietnamese name of the holiday on ``d`` (an "off" override gives its note)."""
        kind = self._kinds.get(d)
        if kind == WORK:
            return None
        name = self._public_holiday(d)
        if kind == OFF:
            return self._notes.get(d) or name or _DEFAULT_OFF_NOTE
        return name

    def override_note(self, d: date) -> str | None:
        """The note of an override on ``d`` (off or work), ``None`` when there is no override."""
        kind = self._kinds.get(d)
        if kind is None:
            return None
        return self._notes.get(d) or (_DEFAULT_OFF_NOTE if kind == OFF else _DEFAULT_WORK_NOTE)

    def is_working_day(self, d: date) -> bool:
        """Monday–Friday that is no holiday and no "off" override; or any "work" override."""
        year = d.year
        if not self._lo <= year <= self._hi:
            self._ensure(year)
        return d.toordinal() in self._work_set

    def is_reception_day(self, d: date) -> bool:
        """The desk is open: a working day, or a non-holiday Saturday with Saturday mornings on."""
        if self.is_working_day(d):
            return True
        return self.saturday_morning and d.weekday() == 5 and not self.is_holiday(d)

    def next_working_day(self, d: date) -> date:
        """The first working day strictly after ``d``."""
        return self.add_working_days(d, 1)

    def add_working_days(self, start: date, n: int) -> date:
        """The ``n``-th working day after ``start`` (before it when ``n`` < 0); ``start`` when 0."""
        if n == 0:
            return start
        year = start.year
        if not self._lo <= year <= self._hi:
            self._ensure(year)
        o = start.toordinal()
        if n > 0:
            i = bisect_right(self._ords, o) + n - 1
            while i >= len(self._ords):
                if self._hi >= 9999:
                    raise OverflowError("date out of range")
                self._ensure(self._hi + (i - len(self._ords)) // 240 + 1)
                i = bisect_right(self._ords, o) + n - 1
        else:
            i = bisect_left(self._ords, o) + n
            while i < 0:
                if self._lo <= 1:
                    raise OverflowError("date out of range")
                self._ensure(self._lo - (-i) // 240 - 1)
                i = bisect_left(self._ords, o) + n
        return date.fromordinal(self._ords[i])

    def working_days_between(self, a: date, b: date) -> int:
        """The number of working days in (a, b]; negative (minus those in (b, a]) when b < a."""
        self._ensure(a.year)
        self._ensure(b.year)
        ords = self._ords
        return bisect_right(ords, b.toordinal()) - bisect_right(ords, a.toordinal())

    # ----------------------------------------------------------------- due dates
    def _procedure_cutoff(self, text: str) -> time:
        cached = self._cutoffs.get(text)
        if cached is None:
            cached = self._cutoffs[text] = parse_cutoff(text)
        return cached

    def counted_start(self, received_at: datetime, cutoff: time | None = None) -> date:
        """The working day a dossier's clock starts from.

        Received on a working day strictly before the cut-off: that day. At or after the
        cut-off, or on a day off: the next working day. With Saturday mornings on, a
        non-holiday Saturday before 12:00 counts as that Saturday (deadlines still count
        weekday working days only).
        """
        limit = self.cutoff if cutoff is None else cutoff
        d = received_at.date()
        if self.is_working_day(d):
            if received_at.time() < limit:
                return d
            return self.add_working_days(d, 1)
        if (
            self.saturday_morning
            and d.weekday() == 5
            and received_at.time() < SATURDAY_CLOSE
            and not self.is_holiday(d)
        ):
            return d
        return self.add_working_days(d, 1)

    def _days_for(self, procedure: Procedure, verification: bool) -> int:
        if procedure.same_day:
            return procedure.extended_days if verification and procedure.extended_days else 0
        if verification and procedure.extended_days > procedure.days:
            return procedure.extended_days
        return procedure.days

    def due_date(self, received_at: datetime, procedure: Procedure, verification: bool = False) -> date:
        """The appointment date of a dossier of ``procedure`` received at ``received_at``."""
        cutoff = self._cutoffs.get(procedure.cutoff) or self._procedure_cutoff(procedure.cutoff)
        n = self._days_for(procedure, verification)
        d = received_at.date()
        if self._lo <= d.year <= self._hi:
            # Hot path: a working day in the cached range, received before the cut-off.
            o = d.toordinal()
            if o in self._work_set and received_at.time() < cutoff:
                if n == 0:
                    return d
                i = bisect_right(self._ords, o) + n - 1
                if i < len(self._ords):
                    return date.fromordinal(self._ords[i])
        start = self.counted_start(received_at, cutoff)
        return self.add_working_days(start, n)

    def explain_due_date(self, received_at: datetime, procedure: Procedure, verification: bool = False) -> str:
        """A short Vietnamese explanation of :meth:`due_date` (for a tooltip)."""
        cutoff = self._procedure_cutoff(procedure.cutoff)
        start = self.counted_start(received_at, cutoff)
        n = self._days_for(procedure, verification)
        due = self.add_working_days(start, n)
        received_day = received_at.date()
        parts = [f"Nhận lúc {_fmt_time(received_at.time())} {_fmt_day(received_day)}"]

        if start == received_day:
            if self.is_working_day(received_day):
                parts.append(f"trước {_fmt_time(cutoff)} → tính từ ngày nhận")
            else:
                parts.append("sáng thứ Bảy có tiếp nhận → tính từ ngày nhận")
        else:
            if self.is_working_day(received_day):
                reason = f"sau {_fmt_time(cutoff)}"
            elif self.is_holiday(received_day):
                reason = f"ngày nghỉ ({self.holiday_name(received_day)})"
            elif received_day.weekday() == 5 and self.saturday_morning:
                reason = f"sau {_fmt_time(SATURDAY_CLOSE)} thứ Bảy"
            else:
                reason = "ngày nghỉ cuối tuần"
            parts.append(f"{reason} → tính từ ngày làm việc tiếp theo ({_fmt_day(start)})")

        skipped = self._holiday_groups(received_day, due)
        if skipped:
            parts.append("bỏ qua: " + ", ".join(skipped))
        make_up = [
            d for d in _days(received_day + timedelta(days=1), due) if self._kinds.get(d) == WORK and d.weekday() >= 5
        ]
        if make_up:
            parts.append("làm bù: " + ", ".join(_fmt_day(d) for d in make_up))

        if n == 0:
            parts.append(f"giải quyết trong ngày → hẹn trả {_fmt_day(due)}")
        else:
            extra = " (cần xác minh)" if verification and n != procedure.days else ""
            parts.append(f"{n} ngày làm việc{extra} → hẹn trả {_fmt_day(due)}")
        return "; ".join(parts)

    def _holiday_groups(self, after: date, until: date) -> list[str]:
        """Holiday runs in (after, until] that fall on weekdays, as "Name (dd/mm–dd/mm)"."""
        days = [d for d in _days(after + timedelta(days=1), until) if self.is_holiday(d)]
        groups: list[list[date]] = []
        for d in days:
            if groups and self.working_days_between(groups[-1][-1], d - timedelta(days=1)) == 0:
                groups[-1].append(d)
            else:
                groups.append([d])
        labels: list[str] = []
        for group in groups:
            if all(d.weekday() >= 5 for d in group):
                continue
            names: list[str] = []
            for d in group:
                name = _display_name(self.holiday_name(d) or "")
                if name and name not in names:
                    names.append(name)
            first, last = group[0], group[-1]
            span = f"{first.day:02d}/{first.month:02d}"
            if last != first:
                span += f"–{last.day:02d}/{last.month:02d}"
            labels.append(f"{', '.join(names)} ({span})")
        return labels


def _days(first: date, last: date) -> Iterable[date]:
    for o in range(first.toordinal(), last.toordinal() + 1):
        yield date.fromordinal(o)


def _display_name(name: str) -> str:
    for suffix in (" (nghỉ bù)", " (dự kiến)", " (nghỉ bù, dự kiến)"):
        name = name.replace(suffix, "")
    if "Tết Nguyên Đán" in name or name == "29 Tết":
        return "Tết Nguyên Đán"
    return name


# --------------------------------------------------------------------- override files
def _override_error(source: str, index: int, problem: str, **params: object) -> ValidationError:
    return ValidationError(
        "calendar.overrides",
        QT_TRANSLATE_NOOP("messages", "Tệp lịch làm việc {source}, mục thứ {index}: {problem}"),
        field="days",
        source=source,
        index=index,
        problem=problem.format(**params),
    )


def parse_overrides(data: object, source: str) -> dict[date, tuple[str, str]]:
    """Validate an override table ``{"days": [{"date", "kind", "note"}], "note"?}``.

    Returns ``{date: (kind, note)}`` ready for :class:`WorkingCalendar`.
    """
    label = PurePath(source).name or source
    if not isinstance(data, dict) or not isinstance(data.get("days"), list):
        raise ValidationError(
            "calendar.overrides_shape",
            QT_TRANSLATE_NOOP(
                "messages",
                'Tệp lịch làm việc {source}: cần một đối tượng có danh sách "days".',
            ),
            field="days",
            source=label,
        )
    unknown_top = sorted(set(data) - {"days", "note", "sources"})
    if unknown_top:
        raise ValidationError(
            "calendar.overrides_key",
            QT_TRANSLATE_NOOP("messages", "Tệp lịch làm việc {source}: khóa không hợp lệ '{key}'."),
            field=unknown_top[0],
            source=label,
            key=unknown_top[0],
        )
    result: dict[date, tuple[str, str]] = {}
    for index, item in enumerate(data["days"], start=1):
        if not isinstance(item, dict):
            raise _override_error(label, index, QT_TRANSLATE_NOOP("messages", "phải là một đối tượng."))
        unknown = sorted(set(item) - {"date", "kind", "note"})
        if unknown:
            raise _override_error(
                label,
                index,
                QT_TRANSLATE_NOOP("messages", "khóa không hợp lệ '{key}'."),
                key=unknown[0],
            )
        raw = item.get("date")
        try:
            if not isinstance(raw, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw):
                raise ValueError
            day = date.fromisoformat(raw)
        except ValueError:
            raise _override_error(
                label,
                index,
                QT_TRANSLATE_NOOP("messages", "ngày '{value}' không hợp lệ (cần dạng YYYY-MM-DD)."),
                value=raw,
            ) from None
        kind = item.get("kind")
        if kind not in OVERRIDE_KINDS:
            raise _override_error(
                label,
                index,
                QT_TRANSLATE_NOOP("messages", "ngày {day}: loại '{kind}' không hợp lệ (chỉ nhận off hoặc work)."),
                day=raw,
                kind=kind,
            )
        note = item.get("note", "")
        if not isinstance(note, str):
            raise _override_error(
                label,
                index,
                QT_TRANSLATE_NOOP("messages", "ngày {day}: ghi chú phải là chuỗi."),
                day=raw,
            )
        if day in result:
            raise _override_error(
                label,
                index,
                QT_TRANSLATE_NOOP("messages", "ngày {day} bị khai báo hai lần."),
                day=raw,
            )
        result[day] = (str(kind), note)
    return result


def load_overrides_file(path: str | os.PathLike[str]) -> dict[date, tuple[str, str]]:
    """Read and validate an override table (UTF-8 JSON, BOM tolerated) from ``path``."""
    source = os.fspath(path)
    label = PurePath(source).name or source
    try:
        with open(source, "rb") as fh:
            data = json.loads(fh.read().decode("utf-8-sig"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ValidationError(
            "calendar.overrides_read",
            QT_TRANSLATE_NOOP("messages", "Không đọc được tệp lịch làm việc {source}: {reason}"),
            field="days",
            source=label,
            reason=str(exc),
        ) from exc
    return parse_overrides(data, source)
