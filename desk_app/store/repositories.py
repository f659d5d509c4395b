"""Repositories: load and save domain objects; callers wrap writes in Store.transaction()."""

from __future__ import annotations

import dataclasses
import datetime as dt
import itertools
import json
import sqlite3
import uuid
from collections.abc import Iterable, Iterator
from typing import Any

from desk_app.domain.audit import GENESIS, event_hash
from desk_app.domain.catalog import procedure_from_dict, procedure_to_dict
from desk_app.domain.lifecycle import DossierState
from desk_app.domain.model import Dossier, DossierSummary, Event, OfficeProfile, Procedure, Role, User
from desk_app.domain.text import fold, prefix_upper_bound
from desk_app.store.connection import Store
from desk_app.store.serialize import (
    EVENT_COLUMNS,
    applicant_to_json,
    documents_to_json,
    dossier_from_row,
    dumps,
    event_from_row,
    event_from_tuple,
    iso,
    status_of,
)


def _rows(cursor: Any) -> Iterator[dict[str, Any]]:
    cols = [c[0] for c in cursor.description]
    for row in cursor:
        yield dict(zip(cols, row, strict=True))


def now_iso() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


class SettingsRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def get(self, key: str, default: Any = None) -> Any:
        row = self.store.conn.execute("SELECT value FROM settings WHERE key = ?", (key,)).fetchone()
        return json.loads(row[0]) if row else default

    def set(self, key: str, value: Any) -> None:
        self.store.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (key, dumps(value)),
        )

    def office(self) -> OfficeProfile | None:
        raw = self.get("office")
        if raw is None:
            return None
        names = {f.name for f in dataclasses.fields(OfficeProfile)}
        return OfficeProfile(**{k: v for k, v in raw.items() if k in names})

    def save_office(self, office: OfficeProfile) -> None:
        self.set("office", dataclasses.asdict(office))


class UserRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    @staticmethod
    def _user(row: dict[str, Any]) -> User:
        return User(row["username"], row["full_name"], Role(row["role"]), bool(row["active"]), row["id"])

    def get_row(self, username: str) -> dict[str, Any] | None:
        cur = self.store.conn.execute("SELECT * FROM users WHERE username = ?", (username,))
        return next(_rows(cur), None)

    def get(self, username: str) -> User | None:
        row = self.get_row(username)
        return self._user(row) if row else None

    def list(self) -> list[User]:
        return [self._user(r) for r in _rows(self.store.conn.execute("SELECT * FROM users ORDER BY username"))]

    def add(self, username: str, full_name: str, role: Role, password_hash: str) -> None:
        self.store.conn.execute(
            "INSERT INTO users (username, full_name, role, password_hash, created_at) VALUES (?, ?, ?, ?, ?)",
            (username, full_name, role.value, password_hash, now_iso()),
        )

    def update(self, username: str, **fields: Any) -> None:
        cols = ", ".join(f"{k} = ?" for k in fields)
        self.store.conn.execute(f"UPDATE users SET {cols} WHERE username = ?", (*fields.values(), username))

    def count(self) -> int:
        return int(self.store.conn.execute("SELECT count(*) FROM users").fetchone()[0])


class ProcedureRepo:
    def __init__(self, store: Store) -> None:
        self.store = store
        self._cache: dict[str, Procedure] | None = None

    def replace_all(self, procedures: Iterable[Procedure]) -> int:
        """Replace the catalog: listed procedures are upserted, others deactivated (dossiers keep their code)."""
        stamp = now_iso()
        codes = []
        self.store.conn.execute("UPDATE procedures SET active = 0")
        for p in procedures:
            codes.append(p.code)
            self.store.conn.execute(
                "INSERT INTO procedures (code, name, name_folded, field, data, active, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (code) DO UPDATE SET name = excluded.name, "
                "name_folded = excluded.name_folded, field = excluded.field, data = excluded.data, "
                "active = excluded.active, updated_at = excluded.updated_at",
                (p.code, p.name, fold(p.name), p.field, dumps(procedure_to_dict(p)), int(p.active), stamp),
            )
        self._cache = None
        return len(codes)

    def all(self, active_only: bool = True) -> list[Procedure]:
        if self._cache is None:
            cur = self.store.conn.execute("SELECT data, active FROM procedures ORDER BY field, name")
            self._cache = {}
            for data, active in cur:
                p = procedure_from_dict(json.loads(data))
                if not active:
                    p = dataclasses.replace(p, active=False)
                self._cache[p.code] = p
        return [p for p in self._cache.values() if p.active or not active_only]

    def get(self, code: str) -> Procedure | None:
        self.all()
        assert self._cache is not None
        return self._cache.get(code)

    def count(self) -> int:
        return int(self.store.conn.execute("SELECT count(*) FROM procedures WHERE active = 1").fetchone()[0])

    def invalidate(self) -> None:
        self._cache = None


class CalendarRepo:
    def __init__(self, store: Store) -> None:
        self.store = store

    def overrides(self) -> dict[dt.date, str]:
        cur = self.store.conn.execute("SELECT day, kind FROM calendar_days")
        return {dt.date.fromisoformat(day): kind for day, kind in cur}

    def list(self) -> list[tuple[dt.date, str, str]]:
        cur = self.store.conn.execute("SELECT day, kind, note FROM calendar_days ORDER BY day")
        return [(dt.date.fromisoformat(d), k, n) for d, k, n in cur]

    def set(self, day: dt.date, kind: str, note: str) -> None:
        self.store.conn.execute(
            "INSERT INTO calendar_days (day, kind, note) VALUES (?, ?, ?) "
            "ON CONFLICT (day) DO UPDATE SET kind = excluded.kind, note = excluded.note",
            (day.isoformat(), kind, note),
        )

    def remove(self, day: dt.date) -> bool:
        cur = self.store.conn.execute("DELETE FROM calendar_days WHERE day = ?", (day.isoformat(),))
        return cur.rowcount > 0


SUMMARY_COLUMNS = (
    "code, applicant_name, citizen_id, phone, procedure_code, procedure_name, field, status, received_at, "
    "due_date, holder"
)
DOSSIER_COLUMNS = (
    "code, uid, procedure_code, procedure_name, field, applicant_name, name_folded, citizen_id, phone, "
    "applicant, channel, return_method, received_at, received_day, counted_from, due_date, base_due_date, "
    "apology_due_date, status, result_at, returned_at, resolution, documents, sets, fee, fee_paid, "
    "book_year, book_number, desk, holder, agency, satisfaction, note, updated_at"
)
_DOSSIER_PLACEHOLDERS = ", ".join("?" for _ in DOSSIER_COLUMNS.split(","))


def dossier_values(d: Dossier) -> tuple[Any, ...]:
    a = d.applicant
    return (
        d.code, d.uid or str(uuid.uuid4()), d.procedure_code, d.procedure_name, d.field, a.full_name,
        fold(a.full_name), a.citizen_id, a.phone, applicant_to_json(a), d.channel.value,
        d.return_method.value, iso(d.received_at), d.received_at.date().isoformat(), iso(d.counted_from),
        iso(d.due_date), iso(d.base_due_date), iso(d.apology_due_date), d.status.value, iso(d.result_at),
        iso(d.returned_at), d.resolution.value if d.resolution else None, documents_to_json(d.documents),
        d.sets, d.fee, d.fee_paid, d.book_year, d.book_number, d.desk, d.holder, d.agency,
        d.satisfaction.value if d.satisfaction else None, d.note, now_iso(),
    )


class DossierRepo:
    """Dossiers, their chained events, the outbox, code sequences and the tracking-book counter."""

    def __init__(self, store: Store) -> None:
        self.store = store

    # --- numbering -----------------------------------------------------------------------
    def next_sequence(self, day: dt.date, desk: int) -> int:
        row = self.store.conn.execute(
            "INSERT INTO code_sequences (day, desk, last_seq) VALUES (?, ?, 1) "
            "ON CONFLICT (day, desk) DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq",
            (day.isoformat(), desk),
        ).fetchone()
        return int(row[0])

    def next_book_number(self, year: int, desk: int) -> int:
        row = self.store.conn.execute(
            "INSERT INTO book_counters (year, desk, last_number) VALUES (?, ?, 1) "
            "ON CONFLICT (year, desk) DO UPDATE SET last_number = last_number + 1 RETURNING last_number",
            (year, desk),
        ).fetchone()
        return int(row[0])

    # --- dossiers --------------------------------------------------------------------------
    def insert(self, d: Dossier) -> int:
        cur = self.store.conn.execute(
            f"INSERT INTO dossiers ({DOSSIER_COLUMNS}) VALUES ({_DOSSIER_PLACEHOLDERS})", dossier_values(d)
        )
        return int(cur.lastrowid or 0)

    def id_of(self, code: str) -> int | None:
        row = self.store.conn.execute("SELECT id FROM dossiers WHERE code = ?", (code,)).fetchone()
        return int(row[0]) if row else None

    def exists(self, code: str) -> bool:
        return self.id_of(code) is not None

    def save_state(self, dossier_id: int, state: DossierState, **extra: Any) -> None:
        assert state.status is not None
        fields: dict[str, Any] = {
            "status": state.status.value,
            "counted_from": iso(state.counted_from),
            "due_date": iso(state.due_date),
            "base_due_date": iso(state.base_due_date),
            "apology_due_date": iso(state.apology_due_date),
            "result_at": iso(state.result_at),
            "returned_at": iso(state.returned_at),
            "resolution": state.resolution.value if state.resolution else None,
            "holder": state.holder,
            "agency": state.agency,
            "fee_paid": state.fee_paid,
            "satisfaction": state.satisfaction,
            "updated_at": now_iso(),
        }
        fields.update(extra)
        cols = ", ".join(f"{k} = ?" for k in fields)
        self.store.conn.execute(f"UPDATE dossiers SET {cols} WHERE id = ?", (*fields.values(), dossier_id))

    def get(self, code: str, with_events: bool = True) -> Dossier | None:
        cur = self.store.conn.cursor()
        cur.row_factory = sqlite3.Row  # C-level name access: no per-row dict to build
        row = cur.execute("SELECT * FROM dossiers WHERE code = ?", (code,)).fetchone()
        if row is None:
            return None
        events = self.events(row["id"], code) if with_events else []
        return dossier_from_row(row, events)

    def events(self, dossier_id: int, code: str) -> list[Event]:
        cur = self.store.conn.execute(
            f"SELECT {EVENT_COLUMNS} FROM events WHERE dossier_id = ? ORDER BY seq", (dossier_id,))
        return [event_from_tuple(r, code) for r in cur]

    def query(self, sql_where: str = "1", params: Iterable[Any] = (), order: str = "id DESC",
              limit: int = 200, offset: int = 0) -> list[Dossier]:
        cur = self.store.conn.execute(
            f"SELECT * FROM dossiers WHERE {sql_where} ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [dossier_from_row(r) for r in _rows(cur)]

    def count(self, sql_where: str = "1", params: Iterable[Any] = ()) -> int:
        return int(self.store.conn.execute(f"SELECT count(*) FROM dossiers WHERE {sql_where}", tuple(params)).fetchone()[0])

    def summaries(self, sql_where: str, params: Iterable[Any] = (), order: str = "id DESC",
                  limit: int = 50, offset: int = 0) -> list[DossierSummary]:
        cur = self.store.conn.execute(
            f"SELECT {SUMMARY_COLUMNS} FROM dossiers WHERE {sql_where} ORDER BY {order} LIMIT ? OFFSET ?",
            (*params, limit, offset),
        )
        return [DossierSummary(r[0], r[1], r[2], r[3], r[4], r[5], r[6], status_of(r[7]), r[8], r[9], r[10])
                for r in cur]

    def by_name_prefix(self, text: str, limit: int = 50) -> list[DossierSummary]:
        prefix = fold(text)
        return self.summaries("name_folded >= ? AND name_folded < ?", (prefix, prefix_upper_bound(prefix)),
                              order="name_folded", limit=limit)

    def by_citizen_id(self, citizen_id: str, limit: int = 50) -> list[DossierSummary]:
        # The extra term lets SQLite use the partial index (citizen_id <> '').
        return self.summaries("citizen_id = ? AND citizen_id <> ''", (citizen_id,), limit=limit)

    # --- events ----------------------------------------------------------------------------
    def chain_head(self) -> tuple[int, str]:
        row = self.store.conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
        return (int(row[0]), str(row[1])) if row else (0, GENESIS)

    def append_event(self, dossier_id: int, event: Event, *, origin: str = "local", outbox: bool = True) -> Event:
        """Store one event at the end of the audit chain (and in the outbox when local)."""
        assert self.store.in_transaction, "events are written inside a transaction"
        _, prev = self.chain_head()
        data_json = dumps(event.data)
        at = event.at.isoformat()
        digest = event_hash(prev, event.uid, event.dossier_code, event.type.value, at, event.actor,
                            event.desk, event.note, data_json)
        cur = self.store.conn.execute(
            "INSERT INTO events (uid, dossier_id, type, at, actor, desk, note, data, origin, prev_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (event.uid, dossier_id, event.type.value, at, event.actor, event.desk, event.note, data_json,
             origin, prev, digest),
        )
        seq = int(cur.lastrowid or 0)
        if outbox:
            self.store.conn.execute("INSERT INTO outbox (event_seq) VALUES (?)", (seq,))
        self.store.conn.execute(
            "INSERT INTO settings (key, value) VALUES ('audit_head', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (dumps({"seq": seq, "hash": digest}),),
        )
        return dataclasses.replace(event, seq=seq, prev_hash=prev, hash=digest)

    def histories(self) -> Iterator[tuple[str, str, list[Event]]]:
        """Every dossier's (code, cached status, events) in one ordered pass (for audits)."""
        cur = self.store.conn.execute(
            "SELECT d.id, d.code, d.status, e.seq, e.uid, e.type, e.at, e.actor, e.desk, e.note, e.data, "
            "e.prev_hash, e.hash FROM dossiers d LEFT JOIN events e ON e.dossier_id = d.id ORDER BY d.id, e.seq"
        )
        for _, group in itertools.groupby(_rows(cur), key=lambda r: r["id"]):
            rows = list(group)
            code, status = rows[0]["code"], rows[0]["status"]
            events = [event_from_row({**r, "dossier_code": code}) for r in rows if r["seq"] is not None]
            yield code, status, events

    def event_uid_exists(self, uid: str) -> bool:
        return self.store.conn.execute("SELECT 1 FROM events WHERE uid = ?", (uid,)).fetchone() is not None

    def chain_rows(self) -> Iterator[dict[str, Any]]:
        cur = self.store.conn.execute(
            "SELECT e.seq, e.uid, d.code AS dossier_code, e.type, e.at, e.actor, e.desk, e.note, e.data, "
            "e.prev_hash, e.hash FROM events e LEFT JOIN dossiers d ON d.id = e.dossier_id ORDER BY e.seq"
        )
        for row in _rows(cur):
            row["dossier_code"] = row["dossier_code"] or ""
            yield row

    def waiting_to_sync(self) -> int:
        return int(self.store.conn.execute("SELECT count(*) FROM outbox WHERE state != 'sent'").fetchone()[0])
