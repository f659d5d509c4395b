"""Import of old registers (sổ theo dõi cũ) from CSV or .xlsx: rows read and checked, then one transaction."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desk_app.domain.lifecycle import check_role, replay
from desk_app.domain.model import Applicant, Channel, Dossier, Event, EventType, ReturnMethod, Status, User
from desk_app.domain.text import fold
from desk_app.store.repositories import DossierRepo

if TYPE_CHECKING:
    from desk_app.services.core import Services

UNKNOWN_PROCEDURE_NAME = "(không có trong danh mục)"
UNKNOWN_FIELD = "Khác"
# Stable uids: the same register row gets the same uid on every desk that imports it.
_UID_NAMESPACE = uuid.UUID("6f1c2a52-5d0e-4a39-9d8e-3b8f0e7f4c11")

COLUMNS = ("code", "procedure_code", "applicant_name", "channel", "received_at", "due_at", "resolved_at", "returned_at")
REQUIRED = COLUMNS[:6]
# Headings accepted for each column, compared accent-folded (English names and the register's).
HEADINGS: dict[str, tuple[str, ...]] = {
    "code": ("code", "ma ho so", "so ho so"),
    "procedure_code": ("procedure_code", "procedure code", "ma thu tuc", "ma tthc"),
    "applicant_name": ("applicant_name", "applicant name", "applicant", "nguoi nop", "nguoi nop ho so",
                       "ten ca nhan, to chuc", "ho ten"),
    "channel": ("channel", "hinh thuc", "hinh thuc nop", "kenh"),
    "received_at": ("received_at", "received at", "ngay nhan", "ngay tiep nhan", "ngay nhan ho so"),
    "due_at": ("due_at", "due at", "due_date", "ngay hen tra", "ngay hen tra ket qua", "hen tra ket qua"),
    "resolved_at": ("resolved_at", "resolved at", "ngay co ket qua", "ngay giai quyet xong"),
    "returned_at": ("returned_at", "returned at", "ngay tra", "ngay tra ket qua"),
}
_HEADING_TO_COLUMN = {h: col for col, names in HEADINGS.items() for h in names}
LABELS = {
    "code": "Mã hồ sơ", "procedure_code": "Mã thủ tục", "applicant_name": "Người nộp", "channel": "Hình thức",
    "received_at": "Ngày nhận", "due_at": "Ngày hẹn trả", "resolved_at": "Ngày có kết quả", "returned_at": "Ngày trả",
}
CHANNELS = {
    "direct": Channel.DIRECT, "truc tiep": Channel.DIRECT, "tai bo phan mot cua": Channel.DIRECT,
    "online": Channel.ONLINE, "truc tuyen": Channel.ONLINE, "dich vu cong truc tuyen": Channel.ONLINE,
    "postal": Channel.POSTAL, "buu chinh": Channel.POSTAL, "buu chinh cong ich": Channel.POSTAL, "bcci": Channel.POSTAL,
    "qua buu chinh": Channel.POSTAL,
}
_DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")
_TIME_FORMATS = ("%H:%M:%S", "%H:%M", "%Hh%M", "%Hg%M")
_OWN_CODE = re.compile(r"^(?P<agency>.+)-(?P<day>\d{6})-(?P<desk>[1-9])(?P<seq>\d{3})$")


@dataclass(frozen=True)
class LineError:
    line: int  # 1 = the heading row
    message: str
    column: str = ""


@dataclass
class ImportResult:
    file: str
    rows: int = 0  # data rows read
    imported: int = 0
    skipped: int = 0  # already in the database (same code)
    errors: list[LineError] = field(default_factory=list)
    unknown_procedures: list[str] = field(default_factory=list)  # imported with field "Khác"
    dry_run: bool = False

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass(frozen=True)
class _Row:
    line: int
    code: str
    procedure_code: str
    applicant_name: str
    channel: Channel
    received_at: dt.datetime
    due: dt.date
    resolved_at: dt.datetime | None
    returned_at: dt.datetime | None
    resolved_from_return: bool


class _RowError(Exception):
    def __init__(self, column: str, message: str) -> None:
        super().__init__(message)
        self.column = column
        self.message = message


def _file_error(path: Path, detail: str) -> ValidationError:
    return ValidationError(
        "book_file_invalid", QT_TRANSLATE_NOOP("messages", "Không đọc được sổ cũ {file}: {detail}"),
        field="file", file=path.name, detail=detail,
    )


# ------------------------------------------------------------------------------------- reading


def _decode(raw: bytes) -> str:
    for encoding in ("utf-8-sig", "cp1258"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("latin-1")


def _csv_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    text = _decode(path.read_bytes())
    first = next((line for line in text.splitlines() if line.strip()), "")
    delimiter = max((";", ",", "\t"), key=first.count) if first else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    for row in reader:
        yield reader.line_num, list(row)


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    import openpyxl

    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # noqa: BLE001 - openpyxl raises many kinds for a broken file
        raise _file_error(path, f"tệp Excel hỏng hoặc không đúng định dạng .xlsx ({exc})") from exc
    try:
        ws = wb.active
        for number, row in enumerate(ws.iter_rows(values_only=True), start=1):
            yield number, list(row)
    finally:
        wb.close()


def read_table(path: Path) -> Iterator[tuple[int, list[Any]]]:
    """(line number, cells) of every row of a CSV or .xlsx file, the heading row included."""
    if not path.exists():
        raise _file_error(path, "không có tệp này")
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _xlsx_rows(path)
    if suffix in (".csv", ".txt", ""):
        return _csv_rows(path)
    raise _file_error(path, "chỉ nhận tệp .csv hoặc .xlsx")


def map_headings(cells: list[Any]) -> dict[str, int]:
    """Column name → index from the heading row (English or Vietnamese headings, any accents/case)."""
    found: dict[str, int] = {}
    for index, cell in enumerate(cells):
        key = fold(str(cell or "")).strip(" :*")
        column = _HEADING_TO_COLUMN.get(key)
        if column and column not in found:
            found[column] = index
    return found


# ------------------------------------------------------------------------------------- parsing


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(str(value).split())


def parse_moment(value: Any, column: str) -> tuple[dt.datetime | None, bool]:
    """A register date or date-time: ISO, dd/mm/yyyy (with an optional time), or an Excel date cell.

    Returns (moment, has_time); (None, False) for an empty cell.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None, False
    if isinstance(value, dt.datetime):
        return value.replace(microsecond=0, tzinfo=None), value.time() != dt.time(0, 0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time(0, 0)), False
    text = _text(value)
    try:
        moment = dt.datetime.fromisoformat(text)
        return moment.replace(microsecond=0, tzinfo=None), ("T" in text or " " in text)
    except ValueError:
        pass
    date_part, _, time_part = text.partition(" ")
    for fmt in _DATE_FORMATS:
        try:
            day = dt.datetime.strptime(date_part, fmt).date()
        except ValueError:
            continue
        if not time_part:
            return dt.datetime.combine(day, dt.time(0, 0)), False
        for tfmt in _TIME_FORMATS:
            try:
                return dt.datetime.combine(day, dt.datetime.strptime(time_part.strip(), tfmt).time()), True
            except ValueError:
                continue
        break
    raise _RowError(column, f"{LABELS[column]} «{text}» không phải ngày hợp lệ (dùng YYYY-MM-DD hoặc dd/mm/yyyy)")


def parse_channel(value: Any) -> Channel:
    key = fold(_text(value))
    channel = CHANNELS.get(key)
    if channel is None:
        shown = _text(value) or "(trống)"
        raise _RowError("channel", f"Hình thức «{shown}» không hợp lệ (Trực tiếp, Trực tuyến hoặc Bưu chính)")
    return channel


def parse_row(line: int, cells: list[Any], columns: dict[str, int], today: dt.date) -> _Row:
    def cell(name: str) -> Any:
        index = columns.get(name)
        return cells[index] if index is not None and index < len(cells) else None

    values = {name: _text(cell(name)) for name in ("code", "procedure_code", "applicant_name")}
    for name, value in values.items():
        if not value:
            raise _RowError(name, f"Thiếu {LABELS[name].lower()}")
    code = values["code"].upper()
    if len(code) > 64:
        raise _RowError("code", f"Mã hồ sơ «{code[:20]}…» quá dài")
    channel = parse_channel(cell("channel"))
    received_at, _ = parse_moment(cell("received_at"), "received_at")
    if received_at is None:
        raise _RowError("received_at", "Thiếu ngày nhận")
    due_moment, _ = parse_moment(cell("due_at"), "due_at")
    if due_moment is None:
        raise _RowError("due_at", "Thiếu ngày hẹn trả")
    resolved_at, _ = parse_moment(cell("resolved_at"), "resolved_at")
    returned_at, _ = parse_moment(cell("returned_at"), "returned_at")
    due = due_moment.date()
    if received_at.date() > today:
        raise _RowError("received_at", f"Ngày nhận {received_at:%d/%m/%Y} ở tương lai")
    if due < received_at.date():
        raise _RowError("due_at", f"Ngày hẹn trả {due:%d/%m/%Y} trước ngày nhận {received_at:%d/%m/%Y}")
    from_return = False
    if resolved_at is None and returned_at is not None:
        resolved_at, from_return = returned_at, True  # the register kept only the return: the result was ready by then
    if resolved_at is not None:
        if resolved_at.date() < received_at.date():
            raise _RowError("resolved_at",
                            f"Ngày có kết quả {resolved_at:%d/%m/%Y} trước ngày nhận {received_at:%d/%m/%Y}")
        if resolved_at.date() > today:
            raise _RowError("resolved_at", f"Ngày có kết quả {resolved_at:%d/%m/%Y} ở tương lai")
        resolved_at = max(resolved_at, received_at)
    if returned_at is not None:
        assert resolved_at is not None
        if returned_at.date() < resolved_at.date():
            raise _RowError("returned_at",
                            f"Ngày trả {returned_at:%d/%m/%Y} trước ngày có kết quả {resolved_at:%d/%m/%Y}")
        if returned_at.date() > today:
            raise _RowError("returned_at", f"Ngày trả {returned_at:%d/%m/%Y} ở tương lai")
        returned_at = max(returned_at, resolved_at)
    return _Row(line, code, values["procedure_code"], values["applicant_name"], channel, received_at, due,
                resolved_at, returned_at, from_return)


def read_register(path: Path, today: dt.date) -> tuple[list[_Row], list[LineError]]:
    """Every data row parsed, or the reason it cannot be, by line."""
    rows: list[_Row] = []
    errors: list[LineError] = []
    table = read_table(path)
    columns: dict[str, int] | None = None
    seen: dict[str, int] = {}
    try:
        for line, cells in table:
            if not any(_text(c) for c in cells):
                continue
            if columns is None:
                columns = map_headings(cells)
                missing = [LABELS[c] for c in REQUIRED if c not in columns]
                if missing:
                    raise _file_error(path, f"dòng tiêu đề thiếu cột: {', '.join(missing)} "
                                            f"(cần: {', '.join(COLUMNS)} hoặc {', '.join(LABELS.values())})")
                continue
            try:
                row = parse_row(line, cells, columns, today)
            except _RowError as exc:
                errors.append(LineError(line, exc.message, exc.column))
                continue
            if row.code in seen:
                errors.append(LineError(line, f"Mã hồ sơ {row.code} trùng với dòng {seen[row.code]}", "code"))
                continue
            seen[row.code] = line
            rows.append(row)
    except csv.Error as exc:
        raise _file_error(path, f"tệp CSV lỗi: {exc}") from exc
    if columns is None:
        raise _file_error(path, "tệp trống (không có dòng tiêu đề)")
    return rows, errors


# ------------------------------------------------------------------------------------- writing


def import_register(s: Services, actor: User, path: Path, *, dry_run: bool = False) -> ImportResult:
    """Read and check every row; if all are good, insert the new ones with an IMPORTED event each.

    One bad row rejects the whole file (each bad row is reported by line); dossiers whose code is
    already in the database are skipped, so importing the same file twice adds nothing. A dry run
    does everything in the transaction, then rolls it back.
    """
    try:
        return _import(s, actor, path, dry_run=dry_run)
    except _DryRun as done:
        return done.result


def _import(s: Services, actor: User, path: Path, *, dry_run: bool) -> ImportResult:
    check_role(actor.role, EventType.IMPORTED)
    today = s.clock().date()
    rows, errors = read_register(path, today)
    result = ImportResult(file=str(path), rows=len(rows) + len(errors), errors=errors, dry_run=dry_run)
    if errors:
        return result
    repo = DossierRepo(s.store)
    cal = s.calendar()
    office = s.office()
    unknown: set[str] = set()
    now = s.clock().replace(microsecond=0)
    with s.store.transaction() as conn:
        existing = set()
        codes = [r.code for r in rows]
        for i in range(0, len(codes), 500):
            part = codes[i:i + 500]
            q = ",".join("?" for _ in part)
            existing.update(c for (c,) in conn.execute(f"SELECT code FROM dossiers WHERE code IN ({q})", part))
        sequences: dict[tuple[str, int], int] = {}
        for row in rows:
            if row.code in existing:
                result.skipped += 1
                continue
            p = s.catalog.repo.get(row.procedure_code)
            if p is None:
                unknown.add(row.procedure_code)
                name, fld = UNKNOWN_PROCEDURE_NAME, UNKNOWN_FIELD
            else:
                name, fld = p.name, p.field
            counted = cal.counted_start(row.received_at)
            dossier = Dossier(
                code=row.code, uid=str(uuid.uuid5(_UID_NAMESPACE, row.code)), procedure_code=row.procedure_code,
                procedure_name=name, field=fld, applicant=Applicant(row.applicant_name), channel=row.channel,
                return_method=ReturnMethod.POSTAL if row.channel is Channel.POSTAL else ReturnMethod.AT_DESK,
                received_at=row.received_at, status=Status.RECEIVED, counted_from=counted, due_date=row.due,
                base_due_date=row.due, desk=s.desk_id, note="",
            )
            dossier_id = repo.insert(dossier)
            note = f"Nhập từ sổ cũ {path.name}, dòng {row.line}"
            if row.resolved_from_return:
                note += " (ngày có kết quả lấy theo ngày trả)"
            data: dict[str, Any] = {
                "procedure_code": row.procedure_code, "received_at": row.received_at.isoformat(),
                "due_date": row.due.isoformat(), "counted_from": counted.isoformat(),
                "resolved_at": row.resolved_at.isoformat() if row.resolved_at else None,
                "returned_at": row.returned_at.isoformat() if row.returned_at else None,
                "source": path.name, "line": row.line,
            }
            event = Event(uid=str(uuid.uuid4()), dossier_code=row.code, type=EventType.IMPORTED, at=now,
                          actor=actor.username, desk=s.desk_id, note=note, data=data)
            stored = repo.append_event(dossier_id, event)
            repo.save_state(dossier_id, replay([stored]), holder="")
            result.imported += 1
            m = _OWN_CODE.match(row.code)
            if m and m["agency"] == office.agency_code:
                day = dt.datetime.strptime(m["day"], "%y%m%d").date().isoformat()
                key = (day, int(m["desk"]))
                sequences[key] = max(sequences.get(key, 0), int(m["seq"]))
        # Codes of this office's own shape must never be issued again by the daily counter.
        conn.executemany(
            "INSERT INTO code_sequences (day, desk, last_seq) VALUES (?, ?, ?) ON CONFLICT (day, desk) "
            "DO UPDATE SET last_seq = max(last_seq, excluded.last_seq)",
            [(day, desk, seq) for (day, desk), seq in sequences.items()])
        result.unknown_procedures = sorted(unknown)
        if dry_run:
            raise _DryRun(result)
    return result


class _DryRun(Exception):
    def __init__(self, result: ImportResult) -> None:
        super().__init__("dry run")
        self.result = result

