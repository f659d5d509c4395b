"""Turning domain objects into database rows and JSON, and back."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
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


def applicant_from_json(text: str) -> Applicant:
    raw = json.loads(text)
    raw["date_of_birth"] = to_date(raw.get("date_of_birth"))
    raw["id_issue_date"] = to_date(raw.get("id_issue_date"))
    names = {f.name for f in dataclasses.fields(Applicant)}
    return Applicant(**{k: v for k, v in raw.items() if k in names})


def documents_to_json(docs: tuple[DocumentReceived, ...]) -> str:
    return dumps([dataclasses.asdict(d) for d in docs])


def documents_from_json(text: str) -> tuple[DocumentReceived, ...]:
    return tuple(DocumentReceived(**d) for d in json.loads(text or "[]"))


def event_from_row(row: dict[str, Any]) -> Event:
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


def dossier_from_row(row: dict[str, Any], events: list[Event] | None = None) -> Dossier:
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
        status=Status(row["status"]),
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
