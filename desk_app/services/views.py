"""Plain dictionaries of domain objects for JSON output (CLI, sync, exports)."""

from __future__ import annotations

import dataclasses
from typing import Any

from desk_app.domain.lifecycle import EVENT_LABELS, STATUS_LABELS
from desk_app.domain.model import Dossier, Event, OfficeProfile, Procedure


def _iso(v: Any) -> Any:
    return v.isoformat() if v is not None and hasattr(v, "isoformat") else v


def event_to_dict(e: Event) -> dict[str, Any]:
    return {
        "seq": e.seq, "uid": e.uid, "type": e.type.value, "label": EVENT_LABELS[e.type], "at": e.at.isoformat(),
        "actor": e.actor, "desk": e.desk, "note": e.note, "data": e.data,
    }


def dossier_to_dict(d: Dossier, with_history: bool = True) -> dict[str, Any]:
    a = d.applicant
    out: dict[str, Any] = {
        "code": d.code,
        "status": d.status.value,
        "status_label": STATUS_LABELS[d.status],
        "procedure_code": d.procedure_code,
        "procedure_name": d.procedure_name,
        "field": d.field,
        "applicant": {k: _iso(v) for k, v in dataclasses.asdict(a).items()},
        "channel": d.channel.value,
        "return_method": d.return_method.value,
        "received_at": d.received_at.isoformat(),
        "counted_from": _iso(d.counted_from),
        "due_date": _iso(d.due_date),
        "original_due_date": _iso(d.base_due_date),
        "apology_due_date": _iso(d.apology_due_date),
        "result_at": _iso(d.result_at),
        "returned_at": _iso(d.returned_at),
        "resolution": d.resolution.value if d.resolution else None,
        "fee": d.fee,
        "fee_paid": d.fee_paid,
        "book": {"year": d.book_year, "number": d.book_number},
        "desk": d.desk,
        "holder": d.holder,
        "agency": d.agency,
        "satisfaction": d.satisfaction.value if d.satisfaction else None,
        "documents": [dataclasses.asdict(x) for x in d.documents],
    }
    if with_history:
        out["history"] = [event_to_dict(e) for e in d.events]
    return out


def office_to_dict(o: OfficeProfile) -> dict[str, Any]:
    return dataclasses.asdict(o)


def procedure_summary(p: Procedure) -> dict[str, Any]:
    return {
        "code": p.code, "name": p.name, "field": p.field, "time": p.time_label, "same_day": p.same_day,
        "days": p.days, "interagency": p.interagency, "fee_kind": p.fee.kind, "fee_amount": p.fee.amount,
        "documents": len(p.documents),
    }
