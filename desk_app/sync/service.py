"""Sync use cases: enrol, send the outbox, apply updates, status and schedule, offline bundles."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desk_app.domain.errors import QT_TRANSLATE_NOOP, DeskError, Message, ValidationError
from desk_app.domain.lifecycle import EVENT_LABELS
from desk_app.domain.model import EventType, Role, User
from desk_app.fileio import write_atomically
from desk_app.services.auth import require_role
from desk_app.services.views import dossier_to_dict
from desk_app.store.repositories import DossierRepo
from desk_app.sync import credentials
from desk_app.sync.apply import CURSOR_KEY, ApplyResult, apply_page, cursor
from desk_app.sync.bundle import read_receipt, write_bundle
from desk_app.sync.client import HubClient, RetryPolicy, SyncError, check_upstream

if TYPE_CHECKING:
    from desk_app.services.core import Services

Progress = Callable[[int, int, str], None]  # done, total, what is happening (Vietnamese)

ENROLMENT_KEY = "sync.enrolment"
SCHEDULE_KEY = "sync.schedule"
STATE_KEY = "sync.state"  # last attempt/success/result and consecutive transient failures
LAST_BUNDLE_KEY = "sync.last_bundle"  # the last exported bundle: id, file, range of event seqs
DEFAULT_SCHEDULE = {"enabled": True, "time": "17:00", "warn_days": 2}
STATE_LABELS = {
    "waiting": QT_TRANSLATE_NOOP("messages", "Chờ gửi"),
    # waiting, but carried to the hub on a USB stick
    "bundled": QT_TRANSLATE_NOOP("messages", "Chờ biên nhận (đã xuất gói)"),
    "sent": QT_TRANSLATE_NOOP("messages", "Đã gửi"),
    "failed": QT_TRANSLATE_NOOP("messages", "Bị từ chối"),
}


@dataclass
class SyncResult:
    sent: int = 0
    received: int = 0
    failed: int = 0
    message: str = ""
    ok: bool = True
    error_code: str = ""
    skipped: list[str] = field(default_factory=list)

    def parts(self) -> list[Message]:
        """The sentences of a successful sync's result, each translatable on its own."""
        out = [
            Message(
                QT_TRANSLATE_NOOP("messages", "Đã gửi {sent} sự kiện, nhận {received} cập nhật."),
                sent=self.sent,
                received=self.received,
            )
        ]
        if self.failed:
            out.append(
                Message(QT_TRANSLATE_NOOP("messages", "{n} sự kiện bị cấp trên từ chối (xem danh sách)."), n=self.failed)
            )
        if self.skipped:
            out.append(Message(QT_TRANSLATE_NOOP("messages", "{n} cập nhật không áp dụng được."), n=len(self.skipped)))
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "ok": self.ok,
            "sent": self.sent,
            "received": self.received,
            "failed": self.failed,
            "message": self.message,
            "error": self.error_code,
            "skipped": self.skipped,
        }


@dataclass
class SyncStatus:
    enrolled: bool
    upstream: str
    desk: str
    waiting: int
    failed: int
    last_success: dt.datetime | None
    last_attempt: dt.datetime | None
    last_message: str
    warning: str | None  # too long since the last success, in words
    next_run: dt.datetime | None
    last_receipt: dict[str, Any] | None = None  # the last bundle receipt applied (offline round trip)

    def to_dict(self) -> dict[str, Any]:
        return {k: (v.isoformat() if isinstance(v, dt.datetime) else v) for k, v in self.__dict__.items()}


@dataclass
class BundleExport:
    path: Path
    bundle_id: str
    count: int


@dataclass
class ReceiptImport:
    """What a hub receipt changed: events marked sent or refused, and what was already so."""

    bundle_id: str
    hub: str
    at: str
    sent: int = 0
    already_sent: int = 0
    failed: int = 0
    unknown: int = 0

    def to_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _parse_hhmm(text: str) -> dt.time:
    try:
        hh, mm = text.strip().split(":")
        return dt.time(int(hh), int(mm))
    except ValueError:
        raise ValidationError(
            "time_invalid",
            QT_TRANSLATE_NOOP("messages", "Giờ «{value}» không hợp lệ (dạng HH:MM)."),
            field="time",
            value=text,
        ) from None


class SyncService:
    batch_size = 500
    page_size = 500
    retry_base = dt.timedelta(minutes=1)
    retry_cap = dt.timedelta(minutes=30)

    def __init__(self, services: Services) -> None:
        self.s = services
        self.store = services.store
        self.repo = DossierRepo(services.store)
        self.client_retry = RetryPolicy()

    # --- settings --------------------------------------------------------------------------------------
    def enrolment(self) -> dict[str, Any] | None:
        value = self.s.settings.get(ENROLMENT_KEY)
        return value if isinstance(value, dict) else None

    def _state(self) -> dict[str, Any]:
        return dict(self.s.settings.get(STATE_KEY) or {})

    def _save_state(self, **changes: Any) -> None:
        state = self._state()
        state.update(changes)
        with self.store.transaction():
            self.s.settings.set(STATE_KEY, state)

    def schedule(self) -> dict[str, Any]:
        return {**DEFAULT_SCHEDULE, **(self.s.settings.get(SCHEDULE_KEY) or {})}

    def set_schedule(
        self, actor: User | None, *, time: str | None = None, warn_days: int | None = None, enabled: bool | None = None
    ) -> dict[str, Any]:
        if actor is not None:
            require_role(actor, Role.ADMIN)
        value = self.schedule()
        if time is not None:
            t = _parse_hhmm(time)
            value["time"] = f"{t.hour:02d}:{t.minute:02d}"
        if warn_days is not None:
            if not 1 <= int(warn_days) <= 60:
                raise ValidationError(
                    "warn_days_invalid",
                    QT_TRANSLATE_NOOP("messages", "Số ngày cảnh báo phải từ 1 đến 60."),
                    field="warn_days",
                )
            value["warn_days"] = int(warn_days)
        if enabled is not None:
            value["enabled"] = bool(enabled)
        with self.store.transaction():
            self.s.settings.set(SCHEDULE_KEY, value)
        return value

    # --- enrolment ---------------------------------------------------------------------------------------
    def _client(self, upstream: str, token: str | None, ca_file: str | None = None) -> HubClient:
        return HubClient(upstream, token, verify=ca_file or True, retry=self.client_retry)

    def enrol(
        self, upstream: str, code: str, *, actor: User | None = None, ca_file: str | None = None
    ) -> dict[str, Any]:
        """Exchange a one-time enrolment code for this desk's token (kept in the OS keyring)."""
        if actor is not None:
            require_role(actor, Role.ADMIN)
        if not self.s.has_office:
            raise ValidationError(
                "office_missing",
                QT_TRANSLATE_NOOP(
                    "messages", "Hãy khai báo hồ sơ cơ quan (mã cơ quan, số bàn) trước khi đăng ký với cấp trên."
                ),
            )
        upstream = check_upstream(upstream)
        if not code.strip():
            raise ValidationError(
                "enrol_code_empty", QT_TRANSLATE_NOOP("messages", "Chưa nhập mã đăng ký."), field="code"
            )
        credentials.check_backend()  # before the one-time code is spent
        office = self.s.office()
        with self._client(upstream, None, ca_file) as client:
            answer = client.enrol(code.strip(), office.agency_code, office.desk_number, office.name)
        try:
            token, key, desk = str(answer["token"]), str(answer["bundle_key"]), str(answer["desk"])
        except KeyError:
            raise SyncError(
                "protocol", QT_TRANSLATE_NOOP("messages", "Cấp trên trả lời không đúng định dạng.")
            ) from None
        old = self.enrolment() or {}
        key_id = str(uuid.uuid4())
        credentials.save(key_id, credentials.DeskCredentials(token, key))
        record = {
            "upstream": upstream,
            "desk": desk,
            "office": office.agency_code,
            "key_id": key_id,
            "enrolled_at": self.s.clock().isoformat(),
            "ca_file": ca_file,
            "hub": answer.get("hub", ""),
        }
        with self.store.transaction() as conn:
            self.s.settings.set(ENROLMENT_KEY, record)
            if old.get("upstream") != upstream or old.get("desk") != desk:
                # A new hub holds nothing yet: everything is sent again, and updates start from the beginning.
                conn.execute("UPDATE outbox SET state = 'waiting', last_error = '' WHERE state != 'waiting'")
                self.s.settings.set(CURSOR_KEY, {"events": 0, "publications": 0})
        if old.get("key_id") and old["key_id"] != key_id:
            credentials.forget(old["key_id"])
        return record

    def _credentials(self) -> tuple[dict[str, Any], credentials.DeskCredentials]:
        enr = self.enrolment()
        if not enr:
            raise SyncError(
                "not_enrolled",
                QT_TRANSLATE_NOOP(
                    "messages", "Bàn này chưa đăng ký với cấp trên. Quản trị viên hãy xin mã đăng ký và chạy đăng ký."
                ),
            )
        return enr, credentials.load(enr["key_id"])

    # --- the outbox -----------------------------------------------------------------------------------
    def _rows(self, state: str, after: int, limit: int) -> list[dict[str, Any]]:
        cur = self.store.conn.execute(
            "SELECT o.event_seq AS seq, e.uid, d.code AS dossier_code, e.type, e.at, e.actor, e.desk, e.note, e.data "
            "FROM outbox o JOIN events e ON e.seq = o.event_seq JOIN dossiers d ON d.id = e.dossier_id "
            "WHERE o.state = ? AND o.event_seq > ? ORDER BY o.event_seq LIMIT ?",
            (state, after, limit),
        )
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur]

    def _wire(self, rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
        events = [
            {
                "uid": r["uid"],
                "dossier_code": r["dossier_code"],
                "type": r["type"],
                "at": r["at"],
                "actor": r["actor"],
                "desk": r["desk"],
                "note": r["note"],
                "data": json.loads(r["data"]),
                "seq": r["seq"],
            }
            for r in rows
        ]
        snapshots: dict[str, Any] = {}
        for code in dict.fromkeys(r["dossier_code"] for r in rows):
            d = self.repo.get(code, with_events=False)
            if d is not None:
                snapshots[code] = {
                    **dossier_to_dict(d, with_history=False),
                    "uid": d.uid,
                    "sets": d.sets,
                    "note": d.note,
                }
        return events, snapshots

    def _mark(self, sent: list[str], failed: dict[str, str]) -> None:
        now = self.s.clock().isoformat()
        with self.store.transaction() as conn:
            for uid in sent:
                conn.execute(
                    "UPDATE outbox SET state = 'sent', sent_at = ?, attempts = attempts + 1, last_error = '' "
                    "WHERE event_seq = (SELECT seq FROM events WHERE uid = ?)",
                    (now, uid),
                )
            for uid, reason in failed.items():
                conn.execute(
                    "UPDATE outbox SET state = 'failed', attempts = attempts + 1, last_error = ? "
                    "WHERE event_seq = (SELECT seq FROM events WHERE uid = ?)",
                    (reason[:1000], uid),
                )

    def _push(
        self, client: HubClient, desk: str, state: str, progress: Progress | None, total: int, done: int
    ) -> tuple[int, int, int]:
        """Send every outbox row in ``state`` once, in order and in batches; returns (sent, failed, done)."""
        sent = failed = 0
        after = 0
        size = self.batch_size
        refused: set[str] = set()  # refused during this pass: never sent twice in one sync
        while True:
            fetched = self._rows(state, after, size)
            if not fetched:
                break
            rows = [r for r in fetched if r["uid"] not in refused]
            if not rows:
                after = fetched[-1]["seq"]
                continue
            events, snapshots = self._wire(rows)
            batch: dict[str, Any] = {"desk": desk, "events": events}
            if snapshots:
                batch["dossiers"] = snapshots
            try:
                answer = client.push(batch)
            except SyncError as exc:
                if exc.transient or exc.status not in (400, 403, 413):
                    raise
                bad = {}
                for item in exc.items:  # the hub named the bad items: they fail, the others go again at once
                    if (
                        isinstance(item, dict)
                        and isinstance(item.get("index"), int)
                        and 0 <= item["index"] < len(events)
                    ):
                        bad[events[item["index"]]["uid"]] = str(item.get("reason") or exc.message)
                if bad:
                    self._mark([], bad)
                    refused.update(bad)
                    failed += len(bad)
                    continue
                if exc.status == 403:  # e.g. the token belongs to another desk: a set-up problem, not the data
                    raise
                if len(rows) > 1:  # refused as a whole (too large?): narrow down to the culprit
                    size = max(1, len(rows) // 2)
                    continue
                self._mark([], {rows[0]["uid"]: exc.message})
                refused.add(rows[0]["uid"])
                failed += 1
                continue
            batch_uids = {e["uid"] for e in events}
            ok = [
                u
                for u in list(answer.get("stored", [])) + list(answer.get("duplicates", []))
                if isinstance(u, str) and u in batch_uids
            ]
            rejected = {
                str(r["uid"]): str(r.get("reason", ""))
                for r in answer.get("rejected", [])
                if isinstance(r, dict) and r.get("uid") in batch_uids
            }
            self._mark(ok, rejected)
            refused.update(rejected)
            sent += len(ok)
            failed += len(rejected)
            done += len(rows)
            after = rows[-1]["seq"]
            size = self.batch_size
            if progress:
                progress(min(done, total), total, Message(QT_TRANSLATE_NOOP("messages", "Đã gửi {sent} / {total} sự kiện"), sent=sent, total=total))
        return sent, failed, done

    def _pull(self, client: HubClient, progress: Progress | None) -> ApplyResult:
        total = ApplyResult()
        for _ in range(100_000):
            c = cursor(self.s)
            page = client.updates(c["events"], c["publications"], self.page_size)
            if not isinstance(page.get("events"), list) or not isinstance(page.get("cursor"), dict):
                raise SyncError(
                    "protocol", QT_TRANSLATE_NOOP("messages", "Cấp trên trả lời không đúng định dạng."), transient=True
                )
            got = apply_page(self.s, page)
            total.events += got.events
            total.dossiers += got.dossiers
            total.publications += got.publications
            total.skipped += got.skipped
            if progress:
                progress(0, 0, Message(QT_TRANSLATE_NOOP("messages", "Đã nhận {n} cập nhật từ cấp trên"), n=total.events))
            if not page.get("more"):
                break
        return total

    def sync_now(self, progress: Progress | None = None) -> SyncResult:
        """Send what waits, then apply the hub's updates. Safe to interrupt at any point."""
        now = self.s.clock()
        result = SyncResult()
        try:
            enr, creds = self._credentials()
            total = self.waiting_count()
            if progress:
                progress(0, total, Message(QT_TRANSLATE_NOOP("messages", "Đang kết nối cấp trên…")))
            with self._client(enr["upstream"], creds.token, enr.get("ca_file")) as client:
                sent, _, done = self._push(client, enr["desk"], "waiting", progress, total, 0)
                # Items the hub refused before get one more try (its rules may have changed); they never block.
                sent_again, _, _ = self._push(client, enr["desk"], "failed", None, total, done)
                result.sent = sent + sent_again
                result.failed = self.failed_count()
                pulled = self._pull(client, progress)
            result.received = pulled.events + pulled.publications
            result.skipped = pulled.skipped
        except DeskError as exc:
            result.ok = False
            result.error_code = exc.code
            result.message = exc.message
            transient = isinstance(exc, SyncError) and exc.transient
            state = self._state()
            self._save_state(
                last_attempt=now.isoformat(),
                last_ok=False,
                last_message=exc.message,
                failures=int(state.get("failures", 0)) + 1 if transient else 0,
                retry=transient,
            )
            return result
        result.message = " ".join(result.parts())
        self._save_state(
            last_attempt=now.isoformat(),
            last_success=self.s.clock().isoformat(),
            last_ok=True,
            last_message=result.message,
            failures=0,
            retry=False,
            last_result=result.to_dict(),
        )
        if progress:
            progress(1, 1, result.message)
        return result

    # --- status and schedule -------------------------------------------------------------------------
    def waiting_count(self) -> int:
        return int(self.store.conn.execute("SELECT count(*) FROM outbox WHERE state = 'waiting'").fetchone()[0])

    def failed_count(self) -> int:
        return int(self.store.conn.execute("SELECT count(*) FROM outbox WHERE state = 'failed'").fetchone()[0])

    def status(self, now: dt.datetime | None = None) -> SyncStatus:
        now = now or self.s.clock()
        enr = self.enrolment() or {}
        state = self._state()
        last_success = dt.datetime.fromisoformat(state["last_success"]) if state.get("last_success") else None
        last_attempt = dt.datetime.fromisoformat(state["last_attempt"]) if state.get("last_attempt") else None
        waiting = self.waiting_count()
        warn_days = int(self.schedule()["warn_days"])
        receipt = state.get("last_receipt")
        # A receipt proves the hub got our events (the offline round trip): it counts as a sync here.
        last_upload = last_success
        if receipt and receipt.get("at"):
            with contextlib.suppress(ValueError):
                receipt_at = dt.datetime.fromisoformat(str(receipt["at"]))
                last_upload = max(last_upload, receipt_at) if last_upload else receipt_at
        warning = None
        if not enr:
            warning = Message(QT_TRANSLATE_NOOP("messages", "Bàn này chưa đăng ký với cấp trên nên chưa đồng bộ được."))
        elif last_upload is None:
            if waiting:
                warning = Message(QT_TRANSLATE_NOOP("messages", "Chưa đồng bộ với cấp trên lần nào."))
        elif (now.date() - last_upload.date()).days >= warn_days:
            warning = Message(
                QT_TRANSLATE_NOOP("messages", "Đã {days} ngày chưa đồng bộ với cấp trên."),
                days=(now.date() - last_upload.date()).days,
            )
        return SyncStatus(
            enrolled=bool(enr),
            upstream=str(enr.get("upstream", "")),
            desk=str(enr.get("desk", "")),
            waiting=waiting,
            failed=self.failed_count(),
            last_success=last_success,
            last_attempt=last_attempt,
            last_message=str(state.get("last_message", "")),
            warning=warning,
            next_run=self.next_run(now) if enr else None,
            last_receipt=receipt,
        )

    def next_run(self, now: dt.datetime) -> dt.datetime | None:
        """When the next automatic sync is due: a quiet retry while offline, else the end-of-day time."""
        sched = self.schedule()
        state = self._state()
        if not sched["enabled"]:
            return None
        if state.get("retry") and state.get("last_attempt"):
            failures = max(1, int(state.get("failures", 1)))
            delay = min(self.retry_cap, self.retry_base * 2 ** (failures - 1))
            last: dt.datetime = dt.datetime.fromisoformat(str(state["last_attempt"]))
            return last + delay
        t = _parse_hhmm(sched["time"])
        today = dt.datetime.combine(now.date(), t)
        last_success = dt.datetime.fromisoformat(state["last_success"]) if state.get("last_success") else None
        if last_success is None or last_success < today:
            return today
        return today + dt.timedelta(days=1)

    def due(self, now: dt.datetime | None = None) -> bool:
        """True when an automatic sync should start now (the UI's timer asks every minute)."""
        now = now or self.s.clock()
        if not self.enrolment():
            return False
        nxt = self.next_run(now)
        return nxt is not None and now >= nxt

    # --- per-record state --------------------------------------------------------------------------------
    def outbox_items(self, state: str | None = None, limit: int = 200) -> list[dict[str, Any]]:
        where, params = ("WHERE o.state = ?", (state,)) if state else ("", ())
        cur = self.store.conn.execute(
            "SELECT o.event_seq, d.code, e.type, e.at, o.state, o.last_error, o.sent_at, o.attempts FROM outbox o "
            "JOIN events e ON e.seq = o.event_seq JOIN dossiers d ON d.id = e.dossier_id "
            f"{where} ORDER BY CASE o.state WHEN 'failed' THEN 0 WHEN 'waiting' THEN 1 ELSE 2 END, o.event_seq DESC "
            "LIMIT ?",
            (*params, limit),
        )
        bundle = self.s.settings.get(LAST_BUNDLE_KEY) or {}
        first, last = int(bundle.get("first_seq", 0)), int(bundle.get("last_seq", -1))

        def label(seq: int, st: str) -> str:
            if st == "waiting" and first <= seq <= last:
                return STATE_LABELS["bundled"]
            return STATE_LABELS[st]

        return [
            {
                "seq": seq,
                "dossier_code": code,
                "type": type_,
                "label": EVENT_LABELS[EventType(type_)],
                "at": at,
                "state": st,
                "state_label": label(seq, st),
                "error": err,
                "sent_at": sent_at,
                "attempts": attempts,
            }
            for seq, code, type_, at, st, err, sent_at, attempts in cur
        ]

    # --- offline bundles ----------------------------------------------------------------------------------
    def export_bundle(self, path: Path) -> BundleExport:
        """Write every unsent event to a signed file (for a USB stick); nothing is marked sent."""
        enr, creds = self._credentials()
        rows = self._rows("waiting", 0, 10**9) + self._rows("failed", 0, 10**9)
        if not rows:
            raise SyncError("bundle_empty", QT_TRANSLATE_NOOP("messages", "Không có sự kiện nào chờ gửi để xuất."))
        rows.sort(key=lambda r: r["seq"])
        events, snapshots = self._wire(rows)
        bundle_id = str(uuid.uuid4())
        raw = write_bundle(enr["desk"], events, snapshots, bytes.fromhex(creds.bundle_key), self.s.clock(), bundle_id)
        path = write_atomically(Path(path), raw)
        with self.store.transaction():
            self.s.settings.set(
                LAST_BUNDLE_KEY,
                {
                    "path": str(path),
                    "id": bundle_id,
                    "count": len(events),
                    "first_seq": rows[0]["seq"],
                    "last_seq": rows[-1]["seq"],
                    "at": self.s.clock().isoformat(),
                },
            )
        return BundleExport(path, bundle_id, len(events))

    def upload_bundle(self, path: Path) -> dict[str, Any]:
        """Send a bundle file through the hub API (e.g. from another PC that has a connection).

        The hub's signed receipt is written next to the bundle (``.mcdreceipt``); when the bundle
        is this desk's own, the receipt is applied here at once.
        """
        enr = self.enrolment() or {}
        upstream = enr.get("upstream")
        if not upstream:
            raise SyncError("not_enrolled", QT_TRANSLATE_NOOP("messages", "Bàn này chưa đăng ký với cấp trên."))
        path = Path(path)
        with self._client(upstream, None, enr.get("ca_file")) as client:
            answer = client.upload_bundle(_read_file(path))
        receipt = base64.b64decode(str(answer.get("receipt", "")), validate=False)
        if receipt:
            target = path.with_suffix(".mcdreceipt")
            write_atomically(target, receipt)
            answer["receipt_file"] = str(target)
            if answer.get("desk") == enr.get("desk"):
                answer["applied"] = self.apply_receipt(receipt).to_dict()
        return answer

    def import_receipt(self, path: Path) -> ReceiptImport:
        """Apply a receipt the hub wrote when it imported one of this desk's bundles."""
        return self.apply_receipt(_read_file(Path(path)))

    def apply_receipt(self, raw: bytes) -> ReceiptImport:
        """Mark the events the hub holds as sent and the ones it refused as failed, in one transaction.

        Idempotent: an event already sent stays sent (with its first date), so an old receipt read
        again, or read after an online sync, changes nothing.
        """
        enr, creds = self._credentials()
        receipt = read_receipt(raw, bytes.fromhex(creds.bundle_key), str(enr["desk"]))
        result = ReceiptImport(str(receipt["bundle"]), str(receipt.get("hub", "")), str(receipt.get("at", "")))
        now = self.s.clock().isoformat()
        with self.store.transaction() as conn:

            def settle(uid: str, new_state: str, error: str = "") -> None:
                row = conn.execute(
                    "SELECT o.event_seq, o.state FROM events e JOIN outbox o ON o.event_seq = e.seq WHERE e.uid = ?",
                    (uid,),
                ).fetchone()
                if row is None:
                    result.unknown += 1
                elif row[1] == "sent":
                    result.already_sent += 1
                else:
                    conn.execute(
                        "UPDATE outbox SET state = ?, sent_at = CASE WHEN ? = 'sent' THEN ? ELSE sent_at END, "
                        "attempts = attempts + 1, last_error = ? WHERE event_seq = ?",
                        (new_state, new_state, now, error[:1000], row[0]),
                    )
                    if new_state == "sent":
                        result.sent += 1
                    else:
                        result.failed += 1

            for uid in receipt["held"]:
                settle(uid, "sent")
            for item in receipt["rejected"]:
                settle(item["uid"], "failed", str(item.get("reason", "")))
            state = self._state()
            state["last_receipt"] = {**result.to_dict(), "applied_at": now}
            self.s.settings.set(STATE_KEY, state)
        return result


def _read_file(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise SyncError(
            "file_unreadable",
            QT_TRANSLATE_NOOP("messages", "Không đọc được tệp {path}: {reason}"),
            path=str(path),
            reason=exc.strerror or str(exc),
        ) from None
