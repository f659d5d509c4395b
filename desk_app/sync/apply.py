"""Applying the hub's updates on the desk, idempotently: events from other desks and upstream, catalog, calendar."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desk_app.domain.calendar import parse_overrides
from desk_app.domain.catalog import parse_catalog
from desk_app.domain.errors import DeskError
from desk_app.domain.lifecycle import replay
from desk_app.domain.model import (
    Applicant,
    Channel,
    DocumentReceived,
    Dossier,
    Event,
    EventType,
    ReturnMethod,
    Status,
)
from desk_app.store.repositories import CalendarRepo, DossierRepo, ProcedureRepo
from desk_app.store.serialize import to_date, to_datetime

if TYPE_CHECKING:
    from desk_app.services.core import Services

CURSOR_KEY = "sync.cursor"


@dataclass
class ApplyResult:
    events: int = 0  # events appended to the local chain
    dossiers: int = 0  # dossiers first seen here (received at another desk)
    publications: int = 0
    skipped: list[str] = field(default_factory=list)  # what could not be applied, in words


def cursor(services: Services) -> dict[str, int]:
    raw = services.settings.get(CURSOR_KEY) or {}
    return {"events": int(raw.get("events", 0)), "publications": int(raw.get("publications", 0))}


def dossier_from_snapshot(snap: dict[str, Any]) -> Dossier:
    """Rebuild a dossier received at another desk from the hub's snapshot (status comes from replay)."""
    a = dict(snap.get("applicant") or {})
    names = {f.name for f in dataclasses.fields(Applicant)}
    a = {k: v for k, v in a.items() if k in names}
    a["date_of_birth"] = to_date(a.get("date_of_birth"))
    a["id_issue_date"] = to_date(a.get("id_issue_date"))
    doc_names = {f.name for f in dataclasses.fields(DocumentReceived)}
    documents = tuple(
        DocumentReceived(**{k: v for k, v in d.items() if k in doc_names})
        for d in snap.get("documents") or []
        if isinstance(d, dict)
    )
    book = snap.get("book") or {}
    received_at = to_datetime(snap["received_at"])
    assert received_at is not None
    return Dossier(
        code=str(snap["code"]),
        uid=str(snap.get("uid") or uuid.uuid5(uuid.NAMESPACE_URL, str(snap["code"]))),
        procedure_code=str(snap.get("procedure_code", "")),
        procedure_name=str(snap.get("procedure_name", "")),
        field=str(snap.get("field", "")),
        applicant=Applicant(**a),
        channel=Channel(snap.get("channel", "direct")),
        return_method=ReturnMethod(snap.get("return_method", "at_desk")),
        received_at=received_at,
        status=Status(snap.get("status", "received")),
        documents=documents,
        sets=int(snap.get("sets") or 1),
        fee=int(snap.get("fee") or 0),
        book_year=book.get("year"),
        book_number=book.get("number"),
        desk=str(snap.get("desk", "")),
        note=str(snap.get("note", "")),
    )


def _event(raw: dict[str, Any]) -> Event:
    return Event(
        uid=str(raw["uid"]),
        dossier_code=str(raw["dossier_code"]),
        type=EventType(raw["type"]),
        at=dt.datetime.fromisoformat(raw["at"]),
        actor=str(raw["actor"]),
        desk=str(raw["desk"]),
        note=str(raw.get("note", "")),
        data=dict(raw.get("data") or {}),
    )


def apply_page(services: Services, page: dict[str, Any]) -> ApplyResult:
    """Apply one page of updates and move the cursor, in one transaction (a crash redoes the page)."""
    result = ApplyResult()
    store = services.store
    repo = DossierRepo(store)
    snapshots: dict[str, Any] = page.get("dossiers") or {}
    catalog_changed = calendar_changed = False
    with store.transaction() as conn:
        for raw in page.get("events") or []:
            uid = str(raw.get("uid", ""))
            if not uid or repo.event_uid_exists(uid):
                continue
            conn.execute("SAVEPOINT upstream_event")
            try:
                event = _event(raw)
                row = conn.execute("SELECT id, uid FROM dossiers WHERE code = ?", (event.dossier_code,)).fetchone()
                snap = snapshots.get(event.dossier_code)
                if row is None:
                    if not isinstance(snap, dict):
                        raise ValueError(f"thiếu thông tin hồ sơ {event.dossier_code}")
                    dossier_id = repo.insert(dossier_from_snapshot(snap))
                    result.dossiers += 1
                else:
                    dossier_id = int(row[0])
                    if isinstance(snap, dict) and snap.get("uid") and snap["uid"] != row[1]:
                        raise ValueError(f"mã hồ sơ {event.dossier_code} trùng với một hồ sơ khác trên máy này")
                repo.append_event(dossier_id, event, origin="upstream", outbox=False)
                repo.save_state(dossier_id, replay(repo.events(dossier_id, event.dossier_code)))
            except (DeskError, ValueError, KeyError, TypeError, AssertionError) as exc:
                conn.execute("ROLLBACK TO upstream_event")
                conn.execute("RELEASE upstream_event")
                result.skipped.append(f"Sự kiện {uid} của hồ sơ {raw.get('dossier_code', '?')}: {exc}")
                continue
            conn.execute("RELEASE upstream_event")
            result.events += 1
        for pub in page.get("publications") or []:
            try:
                kind = pub["kind"]
                if kind == "catalog":
                    procedures = parse_catalog(pub["payload"], f"cấp trên (phát hành số {pub['id']})")
                    n = ProcedureRepo(store).replace_all(procedures)
                    services.settings.set(
                        "catalog_source",
                        {"file": f"hub:{pub['id']}", "count": n, "imported_at": services.clock().isoformat()},
                    )
                    catalog_changed = True
                elif kind == "calendar":
                    days = parse_overrides(pub["payload"], f"hub-{pub['id']}.json")
                    cal = CalendarRepo(store)
                    for day, (kind_, note) in days.items():
                        cal.set(day, kind_, note)
                    calendar_changed = True
                else:
                    result.skipped.append(f"Bản phát hành số {pub.get('id')}: loại «{kind}» chưa hỗ trợ.")
                    continue
                result.publications += 1
            except (DeskError, KeyError, TypeError, ValueError) as exc:
                result.skipped.append(f"Bản phát hành số {pub.get('id', '?')}: {exc}")
        new = page.get("cursor") or {}
        old = cursor(services)
        services.settings.set(
            CURSOR_KEY,
            {
                "events": max(old["events"], int(new.get("events", 0))),
                "publications": max(old["publications"], int(new.get("publications", 0))),
            },
        )
    if catalog_changed:
        services.catalog.repo.invalidate()
    if calendar_changed:
        services._calendar = None  # noqa: SLF001 - the cached calendar must see the new days
    return result
