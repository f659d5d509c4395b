"""Turning domain objects into database rows and JSON, and back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
from collections.abc import Mapping, Sequence
from typing import Any

from desk_app.domain.model import (
    Applicant,
    Channel,
    DocumentReceived,
    Dossier,
    Event,
    EventType,
    Resolution,
    ReturnMethod,
    Satisfaction,
    Status,
)


def dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=_default)


def _default(value: Any) -> Any:
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return dataclasses.asdict(value)
    raise TypeError(f"cannot serialise {type(value).__name__}")


def iso(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def to_date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def to_datetime(value: str | None) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if value else None


def applicant_to_json(a: Applicant) -> str:
    # Hand-built dict: dataclasses.asdict deep-copies and is the hot spot of bulk imports.
    return dumps({
        "full_name": a.full_name, "citizen_id": a.citizen_id, "date_of_birth": iso(a.date_of_birth), "sex": a.sex,
        "address": a.address, "phone": a.phone, "email": a.email, "old_id": a.old_id,
        "id_issue_date": iso(a.id_issue_date), "organisation": a.organisation,
    })


_decode = json.JSONDecoder().decode  # json.loads minus its per-call argument handling


_APPLICANT_FIELDS = frozenset(f.name for f in dataclasses.fields(Applicant))


def applicant_from_json(text: str) -> Applicant:
    raw = _decode(text)
    raw["date_of_birth"] = to_date(raw.get("date_of_birth"))
    raw["id_issue_date"] = to_date(raw.get("id_issue_date"))
    if raw.keys() <= _APPLICANT_FIELDS:
        return Applicant(**raw)
    return Applicant(**{k: v for k, v in raw.items() if k in _APPLICANT_FIELDS})  # a newer desk's extra keys


def documents_to_json(docs: tuple[DocumentReceived, ...]) -> str:
    return dumps([dataclasses.asdict(d) for d in docs])


def documents_from_json(text: str) -> tuple[DocumentReceived, ...]:
    if not text or text == "[]":
        return ()
    return tuple(DocumentReceived(**d) for d in json.loads(text))


# Enum members by stored value: a dict lookup instead of Enum.__call__ on every row read.
_EVENT_TYPES: dict[str, EventType] = {t.value: t for t in EventType}
_STATUSES: dict[str, Status] = {s.value: s for s in Status}

EVENT_COLUMNS = "seq, uid, type, at, actor, desk, note, data, prev_hash, hash"
"""The columns :func:`event_from_tuple` expects, in this order."""


def status_of(value: str) -> Status:
    try:
        return _STATUSES[value]
    except KeyError:
        return Status(value)  # raises the usual ValueError naming the bad value


def _json_object(text: str) -> dict[str, Any]:
    return {} if text == "{}" else _decode(text)  # many events carry no data


def event_from_tuple(row: Sequence[Any], dossier_code: str) -> Event:
    """An event from a row of :data:`EVENT_COLUMNS` (the hot path of opening a dossier)."""
    return Event(row[1], dossier_code, _EVENT_TYPES.get(row[2]) or EventType(row[2]),
                 dt.datetime.fromisoformat(row[3]), row[4], row[5], row[6], _json_object(row[7]),
                 row[0], row[8], row[9])


def event_from_row(row: Mapping[str, Any]) -> Event:
    return Event(
        uid=row["uid"],
        dossier_code=row.get("dossier_code", ""),
        type=EventType(row["type"]),
        at=dt.datetime.fromisoformat(row["at"]),
        actor=row["actor"],
        desk=row["desk"],
        note=row["note"],
        data=json.loads(row["data"]),
        seq=row["seq"],
        prev_hash=row["prev_hash"],
        hash=row["hash"],
    )


def dossier_from_row(row: Mapping[str, Any], events: list[Event] | None = None) -> Dossier:
    return Dossier(
        code=row["code"],
        uid=row["uid"],
        procedure_code=row["procedure_code"],
        procedure_name=row["procedure_name"],
        field=row["field"],
        applicant=applicant_from_json(row["applicant"]),
        channel=Channel(row["channel"]),
        return_method=ReturnMethod(row["return_method"]),
        received_at=dt.datetime.fromisoformat(row["received_at"]),
        status=status_of(row["status"]),
        counted_from=to_date(row["counted_from"]),
        due_date=to_date(row["due_date"]),
        base_due_date=to_date(row["base_due_date"]),
        apology_due_date=to_date(row["apology_due_date"]),
        result_at=to_datetime(row["result_at"]),
        returned_at=to_datetime(row["returned_at"]),
        resolution=Resolution(row["resolution"]) if row["resolution"] else None,
        documents=documents_from_json(row["documents"]),
        sets=row["sets"],
        fee=row["fee"],
        fee_paid=row["fee_paid"],
        book_year=row["book_year"],
        book_number=row["book_number"],
        desk=row["desk"],
        holder=row["holder"],
        agency=row["agency"],
        note=row["note"],
        satisfaction=Satisfaction(row["satisfaction"]) if row["satisfaction"] else None,
        events=events or [],
    )
