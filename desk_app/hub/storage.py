"""The hub's storage: one interface, two backends (SQLite by default, PostgreSQL in production).

Both run the same SQL (written with ``?`` placeholders; the PostgreSQL backend rewrites them).
Events are unique by uid (``INSERT … ON CONFLICT DO NOTHING``). Each office has a sequence
counter row that is bumped inside the storing transaction: the row lock serialises writers of one
office, so sequence order equals commit order and a desk's cursor never skips a late commit.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import queue
import secrets
import sqlite3
import threading
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from desk_app.hub.errors import HubError

SCHEMA = [
    "CREATE TABLE IF NOT EXISTS counters (name TEXT PRIMARY KEY, value BIGINT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS offices (code TEXT PRIMARY KEY, name TEXT NOT NULL DEFAULT '', "
    "last_seq BIGINT NOT NULL DEFAULT 0, created_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS desks (id TEXT PRIMARY KEY, office TEXT NOT NULL REFERENCES offices (code), "
    "number INTEGER NOT NULL, name TEXT NOT NULL DEFAULT '', token_hash TEXT NOT NULL UNIQUE, "
    "bundle_key TEXT NOT NULL, enrolled_at TEXT NOT NULL, last_sync_at TEXT, last_upload_at TEXT)",
    "CREATE TABLE IF NOT EXISTS enrol_codes (code_hash TEXT PRIMARY KEY, office TEXT NOT NULL, "
    "desk_number INTEGER, created_at TEXT NOT NULL, expires_at TEXT NOT NULL, used_at TEXT, used_by TEXT)",
    "CREATE TABLE IF NOT EXISTS events (uid TEXT PRIMARY KEY, office TEXT NOT NULL, office_seq BIGINT NOT NULL, "
    "source_desk TEXT NOT NULL, desk TEXT NOT NULL, desk_seq BIGINT NOT NULL, dossier_code TEXT NOT NULL, "
    "type TEXT NOT NULL, at TEXT NOT NULL, actor TEXT NOT NULL, note TEXT NOT NULL, data TEXT NOT NULL, "
    "via TEXT NOT NULL, stored_at TEXT NOT NULL)",
    "CREATE UNIQUE INDEX IF NOT EXISTS events_office_seq ON events (office, office_seq)",
    "CREATE TABLE IF NOT EXISTS dossiers (code TEXT PRIMARY KEY, uid TEXT NOT NULL, office TEXT NOT NULL, "
    "desk TEXT NOT NULL, status TEXT NOT NULL, due_date TEXT, resolution TEXT, received_at TEXT NOT NULL, "
    "last_event_at TEXT NOT NULL, snapshot TEXT NOT NULL, updated_at TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS dossiers_office ON dossiers (office, status, due_date)",
    "CREATE TABLE IF NOT EXISTS publications (id BIGINT PRIMARY KEY, kind TEXT NOT NULL, "
    "office TEXT NOT NULL DEFAULT '', payload TEXT NOT NULL, published_at TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS bundles (id TEXT PRIMARY KEY, desk TEXT NOT NULL, events INTEGER NOT NULL, "
    "stored INTEGER NOT NULL, imported_at TEXT NOT NULL)",
    "INSERT INTO counters (name, value) VALUES ('publications', 0) ON CONFLICT (name) DO NOTHING",
]

EVENT_COLUMNS = (
    "uid",
    "office",
    "office_seq",
    "source_desk",
    "desk",
    "desk_seq",
    "dossier_code",
    "type",
    "at",
    "actor",
    "note",
    "data",
    "via",
    "stored_at",
)
OPEN_STATUSES = ("received", "in_progress", "at_agency")
REVOKED_PREFIX = "revoked:"  # a token_hash no token can have (real ones are hex digests)
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud over the phone


def now_iso() -> str:
    return dt.datetime.now().replace(microsecond=0).isoformat()


def token_hash(token: str) -> str:
    """Tokens are 256-bit random: a plain SHA-256 is enough, and only the hash is stored."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def normalise_enrol_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


@dataclasses.dataclass(frozen=True)
class DeskRow:
    id: str
    office: str
    number: int
    name: str = ""


@dataclasses.dataclass
class Enrolment:
    desk: DeskRow
    token: str
    bundle_key: str  # hex


@dataclasses.dataclass
class StoreResult:
    stored: list[str] = dataclasses.field(default_factory=list)
    duplicates: list[str] = dataclasses.field(default_factory=list)
    rejected: list[dict[str, str]] = dataclasses.field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"stored": self.stored, "duplicates": self.duplicates, "rejected": self.rejected}


class _Tx:
    """A cursor facade running the shared SQL on either backend."""

    def __init__(self, conn: Any, pg: bool) -> None:
        self.conn = conn
        self.pg = pg
        self.cur = conn.cursor()

    def sql(self, text: str) -> str:
        return text.replace("?", "%s") if self.pg else text

    def execute(self, text: str, params: Sequence[Any] = ()) -> Any:
        self.cur.execute(self.sql(text), tuple(params))
        return self.cur

    def one(self, text: str, params: Sequence[Any] = ()) -> Any:
        return self.execute(text, params).fetchone()

    def all(self, text: str, params: Sequence[Any] = ()) -> list[Any]:
        return list(self.execute(text, params).fetchall())

    def many(self, text: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.cur.executemany(self.sql(text), [tuple(r) for r in rows])

    def in_list(self, column: str, values: Sequence[Any]) -> tuple[str, list[Any]]:
        if self.pg:
            return f"{column} = ANY(?)", [list(values)]
        return f"{column} IN ({','.join('?' for _ in values)})", list(values)


class HubStorage:
    """Everything the hub keeps. Subclasses provide connections; the logic is shared."""

    kind = "base"
    pg = False

    def __init__(self, pool_size: int) -> None:
        self._pool: queue.LifoQueue[Any] = queue.LifoQueue()
        self._lock = threading.Lock()
        self._opened = 0
        self._pool_size = pool_size
        self._closed = False

    # --- connections ----------------------------------------------------------------------------
    def _connect(self) -> Any:
        raise NotImplementedError

    def _acquire(self) -> Any:
        try:
            return self._pool.get_nowait()
        except queue.Empty:
            pass
        with self._lock:
            if self._opened < self._pool_size:
                self._opened += 1
                try:
                    return self._connect()
                except BaseException:
                    self._opened -= 1
                    raise
        try:
            return self._pool.get(timeout=30)
        except queue.Empty:
            raise HubError(503, "busy", "Máy chủ đang bận, hãy thử lại sau ít phút.") from None

    def _release(self, conn: Any, broken: bool) -> None:
        if broken or self._closed:
            with contextlib.suppress(Exception):
                conn.close()
            with self._lock:
                self._opened -= 1
            return
        self._pool.put(conn)

    @contextlib.contextmanager
    def tx(self, write: bool = True) -> Iterator[_Tx]:
        conn = self._acquire()
        broken = False
        try:
            self._begin(conn, write)
            t = _Tx(conn, self.pg)
            try:
                yield t
            except BaseException:
                with contextlib.suppress(Exception):
                    conn.rollback() if self.pg else conn.execute("ROLLBACK")
                raise
            else:
                conn.commit() if self.pg else conn.execute("COMMIT")
        except HubError:
            raise
        except Exception:
            broken = True
            raise
        finally:
            self._release(conn, broken)

    def _begin(self, conn: Any, write: bool) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self._closed = True
        while True:
            try:
                conn = self._pool.get_nowait()
            except queue.Empty:
                break
            with contextlib.suppress(Exception):
                conn.close()

    def init_schema(self) -> None:
        with self.tx() as t:
            for statement in SCHEMA:
                t.execute(statement)

    # --- enrolment ------------------------------------------------------------------------------
    def create_enrol_code(self, office: str, hours: float = 72, desk_number: int | None = None, name: str = "") -> str:
        raw = "".join(secrets.choice(CODE_ALPHABET) for _ in range(12))
        now = dt.datetime.now().replace(microsecond=0)
        with self.tx() as t:
            t.execute(
                "INSERT INTO offices (code, name, created_at) VALUES (?, ?, ?) ON CONFLICT (code) DO NOTHING",
                (office, name, now.isoformat()),
            )
            if name:
                t.execute("UPDATE offices SET name = ? WHERE code = ?", (name, office))
            t.execute(
                "INSERT INTO enrol_codes (code_hash, office, desk_number, created_at, expires_at) "
                "VALUES (?, ?, ?, ?, ?)",
                (token_hash(raw), office, desk_number, now.isoformat(), (now + dt.timedelta(hours=hours)).isoformat()),
            )
        return "-".join(raw[i : i + 4] for i in range(0, 12, 4))

    def enrol(self, code: str, office: str, desk_number: int, name: str = "") -> Enrolment:
        digest = token_hash(normalise_enrol_code(code))
        now = now_iso()
        desk_id = f"{office}/{desk_number}"
        with self.tx() as t:
            row = t.one(
                "SELECT office, desk_number, expires_at, used_at FROM enrol_codes WHERE code_hash = ?", (digest,)
            )
            if row is None:
                raise HubError(
                    403, "enrol_code_unknown", "Mã đăng ký không đúng. Hãy kiểm tra lại mã do quản trị cấp trên cấp."
                )
            code_office, code_desk, expires_at, used_at = row
            if used_at:
                raise HubError(403, "enrol_code_used", "Mã đăng ký này đã được dùng. Mỗi mã chỉ dùng được một lần.")
            if expires_at <= now:
                raise HubError(403, "enrol_code_expired", "Mã đăng ký đã hết hạn. Hãy xin quản trị cấp trên mã mới.")
            if code_office != office:
                raise HubError(
                    403, "enrol_wrong_office", f"Mã đăng ký này dành cho cơ quan {code_office}, không phải {office}."
                )
            if code_desk is not None and int(code_desk) != desk_number:
                raise HubError(
                    403,
                    "enrol_wrong_desk",
                    f"Mã đăng ký này dành cho bàn số {code_desk}, không phải bàn số {desk_number}.",
                )
            existing = t.one("SELECT id FROM desks WHERE id = ?", (desk_id,))
            if existing and code_desk is None:
                raise HubError(
                    409,
                    "desk_taken",
                    f"Bàn số {desk_number} của cơ quan {office} đã được đăng ký. Chọn số bàn khác, "
                    "hoặc xin mã đăng ký lại dành riêng cho bàn này.",
                )
            claimed = t.one(
                "UPDATE enrol_codes SET used_at = ?, used_by = ? WHERE code_hash = ? AND used_at IS NULL "
                "RETURNING code_hash",
                (now, desk_id, digest),
            )
            if claimed is None:
                raise HubError(403, "enrol_code_used", "Mã đăng ký này đã được dùng. Mỗi mã chỉ dùng được một lần.")
            if name:
                t.execute("UPDATE offices SET name = ? WHERE code = ? AND name = ''", (name, office))
            token = "mcd_" + secrets.token_urlsafe(32)
            key = secrets.token_hex(32)
            if existing:
                t.execute(
                    "UPDATE desks SET token_hash = ?, bundle_key = ?, name = ?, enrolled_at = ? WHERE id = ?",
                    (token_hash(token), key, name, now, desk_id),
                )
            else:
                t.execute(
                    "INSERT INTO desks (id, office, number, name, token_hash, bundle_key, enrolled_at) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (desk_id, office, desk_number, name, token_hash(token), key, now),
                )
        return Enrolment(DeskRow(desk_id, office, desk_number, name), token, key)

    def revoke(self, desk_id: str) -> str:
        """Cut a desk off (a lost or replaced PC): its token and bundle key stop working at once.

        The hashes are replaced by random values nobody holds, so no schema change is needed and
        a later enrolment with a code for this desk number (``enrol-code --desk N``) takes it back.
        """
        with self.tx() as t:
            row = t.one(
                "UPDATE desks SET token_hash = ?, bundle_key = ? WHERE id = ? RETURNING id",
                (REVOKED_PREFIX + secrets.token_hex(16), secrets.token_hex(32), desk_id.strip()),
            )
        if row is None:
            raise HubError(404, "desk_unknown", f"Không có bàn {desk_id[:40]} ở cấp trên này (xem desk-hub desks).")
        return str(row[0])

    def desk_by_token(self, token: str) -> DeskRow | None:
        with self.tx(write=False) as t:
            row = t.one("SELECT id, office, number, name FROM desks WHERE token_hash = ?", (token_hash(token),))
        return DeskRow(row[0], row[1], int(row[2]), row[3]) if row else None

    def desk(self, desk_id: str) -> tuple[DeskRow, str] | None:
        """The desk and its bundle key (hex)."""
        with self.tx(write=False) as t:
            row = t.one("SELECT id, office, number, name, bundle_key FROM desks WHERE id = ?", (desk_id,))
        return (DeskRow(row[0], row[1], int(row[2]), row[3]), row[4]) if row else None

    def touch(self, desk: DeskRow) -> None:
        with self.tx() as t:
            t.execute("UPDATE desks SET last_sync_at = ? WHERE id = ?", (now_iso(), desk.id))

    # --- events up ------------------------------------------------------------------------------
    def bundle_imported(self, bundle_id: str) -> bool:
        with self.tx(write=False) as t:
            return t.one("SELECT 1 FROM bundles WHERE id = ?", (bundle_id,)) is not None

    def store_events(
        self,
        desk: DeskRow,
        events: list[dict[str, Any]],
        snapshots: dict[str, dict[str, Any]],
        via: str = "api",
        bundle_id: str | None = None,
    ) -> StoreResult:
        """Store validated events exactly once, in one transaction; answer what is now held."""
        result = StoreResult()
        now = now_iso()
        with self.tx() as t:
            if bundle_id is not None:
                if t.one("SELECT 1 FROM bundles WHERE id = ?", (bundle_id,)) is not None:
                    raise HubError(
                        409, "bundle_replayed", "Gói dữ liệu này đã được nhập trước đây; không có gì thay đổi."
                    )
            codes = sorted({e["dossier_code"] for e in events} | set(snapshots))
            known: dict[str, str] = {}
            for chunk in _chunks(codes, 500):
                where, params = t.in_list("code", chunk)
                for code, uid in t.all(f"SELECT code, uid FROM dossiers WHERE {where}", params):
                    known[code] = uid
            bad_codes: dict[str, str] = {}
            for code, snap in snapshots.items():
                if code in known and snap.get("uid") and known[code] != snap["uid"]:
                    bad_codes[code] = (
                        f"Mã hồ sơ {code} trùng với một hồ sơ khác đã có ở cấp trên (hai máy dùng cùng số bàn?)."
                    )
            candidates = []
            for e in events:
                code = e["dossier_code"]
                if code in bad_codes:
                    result.rejected.append({"uid": e["uid"], "reason": bad_codes[code]})
                elif code not in known and code not in snapshots:
                    result.rejected.append(
                        {
                            "uid": e["uid"],
                            "reason": f"Cấp trên chưa có hồ sơ {code} và sự kiện không kèm thông tin hồ sơ.",
                        }
                    )
                else:
                    candidates.append(e)
            if candidates:
                # Already held (a resend after a lost answer): answered from what is stored, no sequence used.
                owners: dict[str, str] = {}
                for chunk in _chunks([e["uid"] for e in candidates], 500):
                    where, params = t.in_list("uid", chunk)
                    for uid, source in t.all(f"SELECT uid, source_desk FROM events WHERE {where}", params):
                        owners[uid] = source
                fresh = [e for e in candidates if e["uid"] not in owners]
                inserted: set[str] = set()
                if fresh:
                    top = t.one(
                        "UPDATE offices SET last_seq = last_seq + ? WHERE code = ? RETURNING last_seq",
                        (len(fresh), desk.office),
                    )
                    if top is None:
                        raise HubError(403, "office_unknown", f"Cơ quan {desk.office} chưa được đăng ký ở cấp trên.")
                    base = int(top[0]) - len(fresh)
                    rows = [
                        (
                            e["uid"],
                            desk.office,
                            base + i + 1,
                            desk.id,
                            e["desk"],
                            e.get("seq", 0),
                            e["dossier_code"],
                            e["type"],
                            e["at"],
                            e["actor"],
                            e.get("note", ""),
                            e.get("data_json") or _compact(e.get("data", {})),
                            via,
                            now,
                        )
                        for i, e in enumerate(fresh)
                    ]
                    inserted = set(self._insert_events(t, rows))
                    lost = [e["uid"] for e in fresh if e["uid"] not in inserted]  # a concurrent twin won the race
                    for chunk in _chunks(lost, 500):
                        where, params = t.in_list("uid", chunk)
                        for uid, source in t.all(f"SELECT uid, source_desk FROM events WHERE {where}", params):
                            owners[uid] = source
                for e in candidates:
                    uid = e["uid"]
                    if uid in inserted:
                        result.stored.append(uid)
                    elif owners.get(uid) == desk.id:
                        result.duplicates.append(uid)
                    else:
                        result.rejected.append({"uid": uid, "reason": "Mã sự kiện đã được một bàn khác dùng."})
                held = {
                    e["dossier_code"]: e["at"]
                    for e in candidates
                    if e["uid"] not in {r["uid"] for r in result.rejected}
                }
                upserts = []
                for code, snap in snapshots.items():
                    if code in bad_codes or code not in held:
                        continue
                    upserts.append(
                        (
                            code,
                            snap.get("uid") or code,
                            desk.office,
                            str(snap.get("desk") or desk.id),
                            str(snap.get("status") or "received"),
                            snap.get("due_date"),
                            snap.get("resolution"),
                            str(snap.get("received_at") or held[code]),
                            held[code],
                            snap.get("_json") or _compact(snap),
                            now,
                        )
                    )
                t.many(
                    "INSERT INTO dossiers (code, uid, office, desk, status, due_date, resolution, received_at, "
                    "last_event_at, snapshot, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    "ON CONFLICT (code) DO UPDATE SET status = excluded.status, due_date = excluded.due_date, "
                    "resolution = excluded.resolution, last_event_at = excluded.last_event_at, "
                    "snapshot = excluded.snapshot, updated_at = excluded.updated_at "
                    "WHERE dossiers.last_event_at <= excluded.last_event_at",
                    upserts,
                )
            if bundle_id is not None:
                t.execute(
                    "INSERT INTO bundles (id, desk, events, stored, imported_at) VALUES (?, ?, ?, ?, ?)",
                    (bundle_id, desk.id, len(events), len(result.stored), now),
                )
            t.execute("UPDATE desks SET last_upload_at = ?, last_sync_at = ? WHERE id = ?", (now, now, desk.id))
        return result

    def _insert_events(self, t: _Tx, rows: list[tuple[Any, ...]]) -> list[str]:
        cols = ", ".join(EVENT_COLUMNS)
        marks = ", ".join("?" for _ in EVENT_COLUMNS)
        out = []
        for row in rows:
            got = t.one(f"INSERT INTO events ({cols}) VALUES ({marks}) ON CONFLICT (uid) DO NOTHING RETURNING uid", row)
            if got:
                out.append(got[0])
        return out

    # --- updates down ---------------------------------------------------------------------------
    def updates(self, desk: DeskRow, events_after: int, publications_after: int, limit: int = 500) -> dict[str, Any]:
        with self.tx(write=False) as t:
            top_row = t.one("SELECT last_seq FROM offices WHERE code = ?", (desk.office,))
            top = int(top_row[0]) if top_row else 0
            pub_top = int(t.one("SELECT value FROM counters WHERE name = 'publications'")[0])
            rows = t.all(
                "SELECT office_seq, uid, desk, dossier_code, type, at, actor, note, data FROM events "
                "WHERE office = ? AND office_seq > ? AND office_seq <= ? AND source_desk <> ? "
                "ORDER BY office_seq LIMIT ?",
                (desk.office, events_after, top, desk.id, limit),
            )
            events = [
                {
                    "hub_seq": int(r[0]),
                    "uid": r[1],
                    "desk": r[2],
                    "dossier_code": r[3],
                    "type": r[4],
                    "at": r[5],
                    "actor": r[6],
                    "note": r[7],
                    "data": json.loads(r[8]),
                }
                for r in rows
            ]
            codes = sorted({e["dossier_code"] for e in events})
            dossiers: dict[str, Any] = {}
            for chunk in _chunks(codes, 500):
                where, params = t.in_list("code", chunk)
                for code, snap in t.all(f"SELECT code, snapshot FROM dossiers WHERE {where}", params):
                    dossiers[code] = json.loads(snap)
            pubs = t.all(
                "SELECT id, kind, payload, published_at FROM publications WHERE id > ? AND id <= ? "
                "AND (office = '' OR office = ?) ORDER BY id LIMIT 20",
                (publications_after, pub_top, desk.office),
            )
        more_events = len(events) >= limit
        more_pubs = len(pubs) >= 20
        return {
            "events": events,
            "dossiers": dossiers,
            "publications": [
                {"id": int(p[0]), "kind": p[1], "payload": json.loads(p[2]), "published_at": p[3]} for p in pubs
            ],
            "cursor": {
                "events": events[-1]["hub_seq"] if more_events else max(top, events_after),
                "publications": int(pubs[-1][0]) if more_pubs else max(pub_top, publications_after),
            },
            "more": more_events or more_pubs,
        }

    # --- hub-side writes --------------------------------------------------------------------------
    def publish(self, kind: str, payload: Any, office: str = "") -> int:
        with self.tx() as t:
            pid = int(t.one("UPDATE counters SET value = value + 1 WHERE name = 'publications' RETURNING value")[0])
            t.execute(
                "INSERT INTO publications (id, kind, office, payload, published_at) VALUES (?, ?, ?, ?, ?)",
                (pid, kind, office, json.dumps(payload, ensure_ascii=False), now_iso()),
            )
        return pid

    def record_upstream_event(
        self, dossier_code: str, event: dict[str, Any], status: str, resolution: str | None = None
    ) -> dict[str, Any]:
        """An event made upstream (e.g. the interagency result is ready); sent down to every desk."""
        with self.tx() as t:
            row = t.one("SELECT office, snapshot FROM dossiers WHERE code = ?", (dossier_code,))
            if row is None:
                raise HubError(404, "dossier_unknown", f"Cấp trên chưa có hồ sơ {dossier_code}.")
            office, snap_text = row
            seq = int(
                t.one("UPDATE offices SET last_seq = last_seq + 1 WHERE code = ? RETURNING last_seq", (office,))[0]
            )
            desk = f"{office}/hub"
            self._insert_events(
                t,
                [
                    (
                        event["uid"],
                        office,
                        seq,
                        "hub",
                        desk,
                        0,
                        dossier_code,
                        event["type"],
                        event["at"],
                        event["actor"],
                        event.get("note", ""),
                        json.dumps(event.get("data", {}), ensure_ascii=False, sort_keys=True),
                        "hub",
                        now_iso(),
                    )
                ],
            )
            snap = json.loads(snap_text)
            snap["status"] = status
            if resolution:
                snap["resolution"] = resolution
            t.execute(
                "UPDATE dossiers SET status = ?, resolution = COALESCE(?, resolution), last_event_at = ?, "
                "snapshot = ?, updated_at = ? WHERE code = ?",
                (status, resolution, event["at"], json.dumps(snap, ensure_ascii=False), now_iso(), dossier_code),
            )
        return {**event, "desk": desk, "hub_seq": seq}

    def dossier_events(self, dossier_code: str) -> list[dict[str, Any]]:
        with self.tx(write=False) as t:
            rows = t.all(
                "SELECT uid, dossier_code, type, at, actor, desk, note, data FROM events "
                "WHERE dossier_code = ? ORDER BY office_seq",
                (dossier_code,),
            )
        return [
            {
                "uid": r[0],
                "dossier_code": r[1],
                "type": r[2],
                "at": r[3],
                "actor": r[4],
                "desk": r[5],
                "note": r[6],
                "data": json.loads(r[7]),
            }
            for r in rows
        ]

    # --- reading ---------------------------------------------------------------------------------
    def event_uids(self, office: str | None = None) -> list[str]:
        with self.tx(write=False) as t:
            if office:
                return [r[0] for r in t.all("SELECT uid FROM events WHERE office = ? ORDER BY office_seq", (office,))]
            return [r[0] for r in t.all("SELECT uid FROM events ORDER BY office, office_seq")]

    def stats(self, today: dt.date | None = None) -> list[dict[str, Any]]:
        day = (today or dt.date.today()).isoformat()
        with self.tx(write=False) as t:
            offices = {
                r[0]: {
                    "office": r[0],
                    "name": r[1],
                    "desks": 0,
                    "events": 0,
                    "dossiers": 0,
                    "overdue": 0,
                    "on_time": 0,
                    "late": 0,
                    "open": 0,
                    "last_sync": None,
                }
                for r in t.all("SELECT code, name FROM offices ORDER BY code")
            }
            for office, n, last in t.all("SELECT office, count(*), max(last_sync_at) FROM desks GROUP BY office"):
                offices[office].update(desks=int(n), last_sync=last)
            for office, n in t.all("SELECT office, count(*) FROM events GROUP BY office"):
                offices[office]["events"] = int(n)
            open_where, open_params = t.in_list("status", OPEN_STATUSES)
            for office, n, overdue, opened, on_time, late in t.all(
                "SELECT office, count(*), "
                f"sum(CASE WHEN {open_where} AND due_date < ? THEN 1 ELSE 0 END), "
                f"sum(CASE WHEN {open_where} THEN 1 ELSE 0 END), "
                "sum(CASE WHEN resolution IN ('early', 'on_time') THEN 1 ELSE 0 END), "
                "sum(CASE WHEN resolution = 'late' THEN 1 ELSE 0 END) FROM dossiers GROUP BY office",
                (*open_params, day, *open_params),
            ):
                if office in offices:
                    offices[office].update(
                        dossiers=int(n),
                        overdue=int(overdue or 0),
                        open=int(opened or 0),
                        on_time=int(on_time or 0),
                        late=int(late or 0),
                    )
        return list(offices.values())

    def desks(self) -> list[dict[str, Any]]:
        with self.tx(write=False) as t:
            return [
                {
                    "id": r[0],
                    "office": r[1],
                    "number": int(r[2]),
                    "name": r[3],
                    "enrolled_at": r[4],
                    "last_sync_at": r[5],
                    "revoked": str(r[6]).startswith(REVOKED_PREFIX),
                }
                for r in t.all(
                    "SELECT id, office, number, name, enrolled_at, last_sync_at, token_hash FROM desks ORDER BY id"
                )
            ]


def _compact(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _chunks(items: Sequence[Any], size: int) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class SqliteHubStorage(HubStorage):
    kind = "sqlite"

    def __init__(self, path: Path, pool_size: int = 8) -> None:
        super().__init__(pool_size)
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.init_schema()

    def _connect(self) -> sqlite3.Connection:
        conn = sqlite3.connect(str(self.path), isolation_level=None, check_same_thread=False, timeout=30)
        conn.execute("PRAGMA journal_mode = WAL")
        # FULL: once the hub answers "stored", a power cut must not take the events back.
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 30000")
        return conn

    def _begin(self, conn: Any, write: bool) -> None:
        conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")


class PostgresHubStorage(HubStorage):
    kind = "postgresql"
    pg = True

    def __init__(self, url: str, pool_size: int = 16) -> None:
        super().__init__(pool_size)
        self.url = url
        self.init_schema()

    def _connect(self) -> Any:
        import psycopg

        try:
            return psycopg.connect(self.url, autocommit=False, connect_timeout=10)
        except psycopg.OperationalError as exc:
            raise HubError(503, "database_unavailable", f"Không kết nối được cơ sở dữ liệu PostgreSQL: {exc}") from exc

    def _begin(self, conn: Any, write: bool) -> None:
        pass  # psycopg opens a transaction on the first statement

    def init_schema(self) -> None:
        with self.tx() as t:
            t.execute("SELECT pg_advisory_xact_lock(7151)")  # two hubs starting at once
            for statement in SCHEMA:
                t.execute(statement)

    def _insert_events(self, t: _Tx, rows: list[tuple[Any, ...]]) -> list[str]:
        """One round trip per batch: arrays unnested server-side."""
        if not rows:
            return []
        columns = list(zip(*rows, strict=True))
        types = [
            "text",
            "text",
            "bigint",
            "text",
            "text",
            "bigint",
            "text",
            "text",
            "text",
            "text",
            "text",
            "text",
            "text",
            "text",
        ]
        unnest = ", ".join(f"%s::{ty}[]" for ty in types)
        t.cur.execute(
            f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) SELECT * FROM unnest({unnest}) "
            "ON CONFLICT (uid) DO NOTHING RETURNING uid",
            [list(c) for c in columns],
        )
        return [r[0] for r in t.cur.fetchall()]


def open_storage(url: str | None) -> HubStorage:
    """``postgresql://…`` → PostgreSQL; ``sqlite:///path``, a path, or nothing (``hub.sqlite3``) → SQLite."""
    if url and url.startswith(("postgresql://", "postgres://")):
        return PostgresHubStorage(url)
    path = url or "hub.sqlite3"
    if path.startswith("sqlite:///"):
        path = path[len("sqlite:///") :]
    elif path.startswith("sqlite://"):
        path = path[len("sqlite://") :]
    return SqliteHubStorage(Path(path))
