"""The procedure catalog: strict validation of catalog JSON and (de)serialisation of procedures."""

from __future__ import annotations

import json
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import PurePath
from typing import Any

from desk_app.domain.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.domain.model import FeeRule, Procedure, RequiredDocument

FEE_KINDS = ("free", "fixed", "per_copy", "per_page")
DOCUMENT_KINDS = ("original", "copy", "certified_copy", "shown")

_TOP_KEYS = {"version", "note", "procedures"}
_ENTRY_KEYS = {
    "code", "name", "field", "same_day", "days", "extended_days", "cutoff", "fee", "documents",
    "interagency", "receiving_agency", "legal_basis", "result", "active",
}  # fmt: skip
_REQUIRED_ENTRY_KEYS = ("code", "name", "field")
_FEE_KEYS = {"kind", "amount", "next_amount", "first_pages", "cap", "note"}
_DOC_KEYS = {"name", "kind", "count", "optional", "note"}
_CUTOFF = re.compile(r"([01][0-9]|2[0-3]):[0-5][0-9]")


@dataclass(frozen=True)
class EntryRef:
    """Which procedure of a catalog file: its 1-based position and its code when known."""

    index: int
    code: str | None = None


class CatalogError(DeskError):
    """A catalog file or record that does not satisfy the catalog's rules.

    ``source`` is the file (or other origin) given by the caller, ``entry`` the procedure
    (position and code) when the problem is inside one, ``field`` the offending key path
    (e.g. ``days``, ``fee.amount``, ``documents[2].kind``), ``line``/``column`` for JSON syntax.
    """

    def __init__(
        self,
        code: str,
        problem: str,
        *,
        source: str,
        entry: EntryRef | None = None,
        field: str | None = None,
        line: int | None = None,
        column: int | None = None,
        **params: Any,
    ) -> None:
        self.source = source
        self.entry = entry
        self.field = field
        self.line = line
        self.column = column
        label = PurePath(source).name or source
        try:
            problem_text = problem.format(**params)
        except (KeyError, IndexError):
            problem_text = problem
        if line is not None:
            template = QT_TRANSLATE_NOOP("messages", "Tệp danh mục {source}, dòng {line}, cột {column}: {problem}")
        elif entry is not None and entry.code and field:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "Tệp danh mục {source}, thủ tục thứ {index} ({entry_code}), trường '{field}': {problem}",
            )
        elif entry is not None and field:
            template = QT_TRANSLATE_NOOP(
                "messages",
                "Tệp danh mục {source}, thủ tục thứ {index}, trường '{field}': {problem}",
            )
        elif entry is not None:
            template = QT_TRANSLATE_NOOP("messages", "Tệp danh mục {source}, thủ tục thứ {index}: {problem}")
        elif field:
            template = QT_TRANSLATE_NOOP("messages", "Tệp danh mục {source}, trường '{field}': {problem}")
        else:
            template = QT_TRANSLATE_NOOP("messages", "Tệp danh mục {source}: {problem}")
        super().__init__(
            code,
            template,
            source=label,
            index=entry.index if entry else None,
            entry_code=entry.code if entry else None,
            field=field,
            line=line,
            column=column,
            problem=problem_text,
        )


# ------------------------------------------------------------------ field checkers
class _Checker:
    """Reads one JSON object's keys with precise errors."""

    def __init__(self, data: dict[str, Any], source: str, entry: EntryRef | None, prefix: str) -> None:
        self.data = data
        self.source = source
        self.entry = entry
        self.prefix = prefix

    def fail(self, key: str, code: str, problem: str, **params: Any) -> CatalogError:
        return CatalogError(code, problem, source=self.source, entry=self.entry, field=self.prefix + key, **params)

    def refuse_unknown(self, allowed: set[str]) -> None:
        unknown = sorted(set(self.data) - allowed)
        if unknown:
            raise self.fail(
                unknown[0],
                "catalog.unknown_key",
                QT_TRANSLATE_NOOP("messages", "khóa không được phép (các khóa hợp lệ: {allowed})."),
                allowed=", ".join(sorted(allowed)),
            )

    def _get(self, key: str, required: bool) -> Any:
        if key not in self.data:
            if required:
                raise self.fail(key, "catalog.missing", QT_TRANSLATE_NOOP("messages", "thiếu trường bắt buộc."))
            return None
        return self.data[key]

    def text(self, key: str, required: bool = False, non_empty: bool = False) -> str:
        value = self._get(key, required)
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            raise self.fail(key, "catalog.type", QT_TRANSLATE_NOOP("messages", "phải là chuỗi ký tự."))
        value = value.strip()
        if non_empty and not value:
            raise self.fail(key, "catalog.empty", QT_TRANSLATE_NOOP("messages", "không được để trống."))
        return value

    def flag(self, key: str, default: bool) -> bool:
        value = self._get(key, False)
        if value is None:
            return default
        if not isinstance(value, bool):
            raise self.fail(key, "catalog.type", QT_TRANSLATE_NOOP("messages", "phải là true hoặc false."))
        return value

    def integer(self, key: str, minimum: int = 0, default: int = 0) -> int:
        value = self._get(key, False)
        if value is None:
            return default
        if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
            if minimum == 0:
                problem = QT_TRANSLATE_NOOP("messages", "phải là số nguyên không âm.")
            else:
                problem = QT_TRANSLATE_NOOP("messages", "phải là số nguyên từ {minimum} trở lên.")
            raise self.fail(key, "catalog.integer", problem, minimum=minimum)
        return value


def _object(value: object, source: str, entry: EntryRef | None, field: str | None, what: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise CatalogError(
            "catalog.type",
            QT_TRANSLATE_NOOP("messages", "phải là một đối tượng JSON ({what})."),
            source=source,
            entry=entry,
            field=field,
            what=what,
        )
    return value


def _parse_fee(value: object, source: str, entry: EntryRef) -> FeeRule:
    data = _object(value, source, entry, "fee", "{kind, amount, …}")
    c = _Checker(data, source, entry, "fee.")
    c.refuse_unknown(_FEE_KEYS)
    kind = c.text("kind", required=True)
    if kind not in FEE_KINDS:
        raise c.fail(
            "kind",
            "catalog.fee_kind",
            QT_TRANSLATE_NOOP("messages", "'{value}' không hợp lệ (chỉ nhận {allowed})."),
            value=kind,
            allowed=", ".join(FEE_KINDS),
        )
    fee = FeeRule(
        kind=kind,
        amount=c.integer("amount"),
        next_amount=c.integer("next_amount"),
        first_pages=c.integer("first_pages"),
        cap=c.integer("cap"),
        note=c.text("note"),
    )
    if kind != "free" and fee.amount <= 0:
        raise c.fail(
            "amount",
            "catalog.fee_amount",
            QT_TRANSLATE_NOOP("messages", "phí loại '{kind}' cần số tiền lớn hơn 0."),
            kind=kind,
        )
    if kind == "free" and (fee.amount or fee.next_amount or fee.cap):
        raise c.fail(
            "amount",
            "catalog.fee_amount",
            QT_TRANSLATE_NOOP("messages", "thủ tục miễn phí (free) không được có số tiền."),
        )
    if kind == "per_page" and fee.first_pages < 1:
        raise c.fail(
            "first_pages",
            "catalog.fee_pages",
            QT_TRANSLATE_NOOP("messages", "phí theo trang cần số trang đầu (first_pages) từ 1."),
        )
    return fee


def _parse_document(value: object, source: str, entry: EntryRef, index: int) -> RequiredDocument:
    prefix = f"documents[{index}]"
    data = _object(value, source, entry, prefix, "{name, kind, count, …}")
    c = _Checker(data, source, entry, prefix + ".")
    c.refuse_unknown(_DOC_KEYS)
    name = c.text("name", required=True, non_empty=True)
    kind = c.text("kind") or "original"
    if kind not in DOCUMENT_KINDS:
        raise c.fail(
            "kind",
            "catalog.document_kind",
            QT_TRANSLATE_NOOP("messages", "'{value}' không hợp lệ (chỉ nhận {allowed})."),
            value=kind,
            allowed=", ".join(DOCUMENT_KINDS),
        )
    return RequiredDocument(
        name=name,
        kind=kind,
        count=c.integer("count", minimum=1, default=1),
        optional=c.flag("optional", False),
        note=c.text("note"),
    )


def _parse_entry(value: object, source: str, index: int) -> Procedure:
    entry = EntryRef(index)
    data = _object(value, source, entry, None, "một thủ tục")
    raw_code = data.get("code")
    if isinstance(raw_code, str) and raw_code.strip():
        entry = EntryRef(index, raw_code.strip())
    c = _Checker(data, source, entry, "")
    c.refuse_unknown(_ENTRY_KEYS)
    code = c.text("code", required=True, non_empty=True)
    if any(ch.isspace() for ch in code):
        raise c.fail(
            "code",
            "catalog.code",
            QT_TRANSLATE_NOOP("messages", "mã thủ tục không được chứa khoảng trắng."),
        )
    name = c.text("name", required=True, non_empty=True)
    field = c.text("field", required=True, non_empty=True)
    same_day = c.flag("same_day", False)
    days = c.integer("days")
    extended = c.integer("extended_days")
    if not same_day and days == 0:
        raise c.fail(
            "days",
            "catalog.days",
            QT_TRANSLATE_NOOP("messages", "phải lớn hơn 0 khi thủ tục không giải quyết trong ngày (same_day)."),
        )
    if not same_day and extended and extended <= days:
        raise c.fail(
            "extended_days",
            "catalog.extended_days",
            QT_TRANSLATE_NOOP(
                "messages",
                "là tổng thời hạn khi cần xác minh nên phải lớn hơn 'days' ({days}) hoặc bằng 0.",
            ),
            days=days,
        )
    cutoff = c.text("cutoff") or "15:00"
    if not _CUTOFF.fullmatch(cutoff):
        raise c.fail(
            "cutoff",
            "catalog.cutoff",
            QT_TRANSLATE_NOOP("messages", "'{value}' không hợp lệ (cần dạng GG:PP, ví dụ 15:00)."),
            value=cutoff,
        )
    fee = _parse_fee(data["fee"], source, entry) if "fee" in data else FeeRule()
    raw_docs = data.get("documents", [])
    if not isinstance(raw_docs, list):
        raise c.fail("documents", "catalog.type", QT_TRANSLATE_NOOP("messages", "phải là một danh sách."))
    documents = tuple(_parse_document(item, source, entry, i) for i, item in enumerate(raw_docs, start=1))
    interagency = c.flag("interagency", False)
    receiving_agency = c.text("receiving_agency")
    if interagency and not receiving_agency:
        raise c.fail(
            "receiving_agency",
            "catalog.receiving_agency",
            QT_TRANSLATE_NOOP("messages", "bắt buộc với thủ tục liên thông (interagency)."),
        )
    return Procedure(
        code=code,
        name=name,
        field=field,
        same_day=same_day,
        days=days,
        extended_days=extended,
        cutoff=cutoff,
        fee=fee,
        documents=documents,
        interagency=interagency,
        receiving_agency=receiving_agency,
        legal_basis=c.text("legal_basis"),
        result=c.text("result"),
        active=c.flag("active", True),
    )


def parse_catalog(data: object, source: str) -> list[Procedure]:
    """Validate a whole catalog ``{"version": str, "note"?: str, "procedures": [...]}``."""
    top = _object(data, source, None, None, '{"version", "procedures"}')
    c = _Checker(top, source, None, "")
    c.refuse_unknown(_TOP_KEYS)
    c.text("version", required=True, non_empty=True)
    c.text("note")
    entries = c._get("procedures", True)
    if not isinstance(entries, list):
        raise c.fail("procedures", "catalog.type", QT_TRANSLATE_NOOP("messages", "phải là một danh sách."))
    procedures: list[Procedure] = []
    seen: dict[str, int] = {}
    for index, item in enumerate(entries, start=1):
        procedure = _parse_entry(item, source, index)
        if procedure.code in seen:
            raise CatalogError(
                "catalog.duplicate",
                QT_TRANSLATE_NOOP("messages", "mã đã dùng cho thủ tục thứ {other}."),
                source=source,
                entry=EntryRef(index, procedure.code),
                field="code",
                other=seen[procedure.code],
            )
        seen[procedure.code] = index
        procedures.append(procedure)
    return procedures


def _refuse_duplicate_keys(source: str) -> Callable[[list[tuple[str, Any]]], dict[str, Any]]:
    def hook(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                raise CatalogError(
                    "catalog.duplicate_key",
                    QT_TRANSLATE_NOOP("messages", "khóa '{key}' xuất hiện hai lần trong một đối tượng."),
                    source=source,
                    field=key,
                    key=key,
                )
            result[key] = value
        return result

    return hook


def load_catalog_file(path: str | os.PathLike[str]) -> list[Procedure]:
    """Read a catalog JSON file (UTF-8, BOM tolerated) and validate it."""
    source = os.fspath(path)
    try:
        with open(source, "rb") as fh:
            raw = fh.read()
    except OSError as exc:
        raise CatalogError(
            "catalog.read",
            QT_TRANSLATE_NOOP("messages", "không đọc được tệp ({reason})."),
            source=source,
            reason=exc.strerror or str(exc),
        ) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise CatalogError(
            "catalog.encoding",
            QT_TRANSLATE_NOOP("messages", "tệp không phải UTF-8 (byte lỗi ở vị trí {position})."),
            source=source,
            position=exc.start,
        ) from exc
    try:
        data = json.loads(text, object_pairs_hook=_refuse_duplicate_keys(source))
    except json.JSONDecodeError as exc:
        raise CatalogError(
            "catalog.json",
            QT_TRANSLATE_NOOP("messages", "lỗi cú pháp JSON ({reason})."),
            source=source,
            line=exc.lineno,
            column=exc.colno,
            reason=exc.msg,
        ) from exc
    return parse_catalog(data, source)


# ------------------------------------------------------------------ round trip
def procedure_to_dict(p: Procedure) -> dict[str, Any]:
    """A JSON-ready dict in the catalog format (the store saves procedures this way)."""
    return {
        "code": p.code,
        "name": p.name,
        "field": p.field,
        "same_day": p.same_day,
        "days": p.days,
        "extended_days": p.extended_days,
        "cutoff": p.cutoff,
        "fee": {
            "kind": p.fee.kind,
            "amount": p.fee.amount,
            "next_amount": p.fee.next_amount,
            "first_pages": p.fee.first_pages,
            "cap": p.fee.cap,
            "note": p.fee.note,
        },
        "documents": [
            {
                "name": d.name,
                "kind": d.kind,
                "count": d.count,
                "optional": d.optional,
                "note": d.note,
            }
            for d in p.documents
        ],
        "interagency": p.interagency,
        "receiving_agency": p.receiving_agency,
        "legal_basis": p.legal_basis,
        "result": p.result,
        "active": p.active,
    }


def procedure_from_dict(d: object, source: str = "procedure") -> Procedure:
    """Rebuild (and validate) a procedure saved by :func:`procedure_to_dict`."""
    return _parse_entry(d, source, 1)
