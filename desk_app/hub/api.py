"""The hub's HTTP API, independent of the server: strict validation, authentication, handlers."""

from __future__ import annotations

import base64
import datetime as dt
import gzip
import json
import re
import time
import urllib.parse
import zlib
from dataclasses import dataclass, field
from typing import Any

from desk_app.domain.model import EventType, Status
from desk_app.hub.errors import HubError
from desk_app.hub.storage import DeskRow, HubStorage

MAX_BODY = 4 * 1024 * 1024  # bytes on the wire
MAX_INFLATED = 24 * 1024 * 1024  # after gunzip (a zip bomb stops here)
MAX_EVENTS = 1000
MAX_DATA = 64 * 1024
MAX_SNAPSHOT = 64 * 1024
MAX_NOTE = 4000

_UUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_AGENCY_RE = re.compile(r"^[0-9A-Z][0-9A-Z.]{2,30}$")
_DESK_RE = re.compile(r"^([0-9A-Z][0-9A-Z.]{2,30})/([1-9]|hub)$")
_CODE_RE = re.compile(r"^[0-9A-Za-z.\-]{5,64}$")
EVENT_TYPES = frozenset(e.value for e in EventType)
STATUSES = frozenset(s.value for s in Status)
EVENT_KEYS = {"uid", "dossier_code", "type", "at", "actor", "desk", "note", "data", "seq"}


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]  # lower-case names
    body: bytes = b""


@dataclass
class Response:
    status: int
    body: bytes
    content_type: str = "application/json; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)


def json_response(status: int, value: Any, headers: dict[str, str] | None = None) -> Response:
    return Response(
        status, json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), headers=headers or {}
    )


def bad(code: str, message: str, items: list[dict[str, Any]] | None = None, status: int = 400) -> HubError:
    return HubError(status, code, message, items)


# --- body decoding -------------------------------------------------------------------------------
def inflate(body: bytes, encoding: str) -> bytes:
    encoding = encoding.strip().lower()
    if encoding in ("", "identity"):
        return body
    if encoding != "gzip":
        raise bad("encoding_unsupported", f"Không hỗ trợ nén «{encoding}» (chỉ gzip).", status=415)
    d = zlib.decompressobj(wbits=31)
    try:
        out = d.decompress(body, MAX_INFLATED + 1)
    except zlib.error:
        raise bad("gzip_invalid", "Dữ liệu nén gzip bị hỏng.") from None
    if len(out) > MAX_INFLATED or d.unconsumed_tail:
        raise bad("body_too_large", "Dữ liệu sau khi giải nén quá lớn.", status=413)
    if not d.eof:
        raise bad("gzip_invalid", "Dữ liệu nén gzip bị cắt cụt.")
    return out


def parse_json(raw: bytes) -> Any:
    try:
        return json.loads(raw.decode("utf-8"), parse_constant=_no_constant)
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise bad("json_invalid", "Nội dung gửi lên không phải JSON hợp lệ (UTF-8).") from None


def _no_constant(name: str) -> Any:
    raise ValueError(name)


# --- schema checks --------------------------------------------------------------------------------
def _obj(value: Any, what: str, keys: set[str], required: set[str]) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise bad("schema", f"{what} phải là một đối tượng JSON.")
    unknown = sorted(set(value) - keys)
    if unknown:
        raise bad("schema", f"{what}: trường không được phép «{unknown[0]}».")
    missing = sorted(required - set(value))
    if missing:
        raise bad("schema", f"{what}: thiếu trường «{missing[0]}».")
    return value


def _str(value: Any, what: str, max_len: int, pattern: re.Pattern[str] | None = None, empty: bool = True) -> str:
    if not isinstance(value, str) or len(value) > max_len or (not empty and not value):
        raise bad("schema", f"{what} phải là chuỗi (tối đa {max_len} ký tự).")
    if pattern is not None and not pattern.match(value):
        raise bad("schema", f"{what} không đúng định dạng.")
    return value


def _int(value: Any, what: str, lo: int, hi: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not lo <= value <= hi:
        raise bad("schema", f"{what} phải là số nguyên từ {lo} đến {hi}.")
    return value


def _datetime(value: Any, what: str) -> str:
    text = _str(value, what, 32, empty=False)
    try:
        dt.datetime.fromisoformat(text)
    except ValueError:
        raise bad("schema", f"{what} không phải thời điểm ISO 8601.") from None
    return text


def compact(value: Any) -> str:
    """The JSON text the hub stores (computed once: its length is also the size check)."""
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def validate_event(value: Any, where: str) -> dict[str, Any]:
    e = _obj(value, where, EVENT_KEYS, EVENT_KEYS)
    _str(e["uid"], f"{where}.uid", 36, _UUID_RE)
    _str(e["dossier_code"], f"{where}.dossier_code", 64, _CODE_RE)
    if e["type"] not in EVENT_TYPES:
        raise bad("schema", f"{where}.type: loại sự kiện «{str(e['type'])[:40]}» không có.")
    _datetime(e["at"], f"{where}.at")
    _str(e["actor"], f"{where}.actor", 64, empty=False)
    _str(e["desk"], f"{where}.desk", 40, _DESK_RE)
    _str(e["note"], f"{where}.note", MAX_NOTE)
    data_json = compact(e["data"]) if isinstance(e["data"], dict) else ""
    if not data_json or len(data_json) > MAX_DATA:
        raise bad("schema", f"{where}.data phải là đối tượng JSON (tối đa {MAX_DATA // 1024} KB).")
    _int(e["seq"], f"{where}.seq", 0, 2**53)
    return {**e, "data_json": data_json}


def validate_snapshot(code: str, value: Any) -> str:
    """Check one dossier snapshot; returns its stored JSON text."""
    where = f"dossiers[{code}]"
    _str(code, "mã hồ sơ", 64, _CODE_RE)
    text = compact(value) if isinstance(value, dict) else ""
    if not text or len(text) > MAX_SNAPSHOT:
        raise bad("schema", f"{where} phải là đối tượng JSON (tối đa {MAX_SNAPSHOT // 1024} KB).")
    if value.get("code") != code:
        raise bad("schema", f"{where}.code phải trùng với mã hồ sơ.")
    _str(value.get("uid"), f"{where}.uid", 64, empty=False)
    if value.get("status") not in STATUSES:
        raise bad("schema", f"{where}.status không hợp lệ.")
    _datetime(value.get("received_at"), f"{where}.received_at")
    for key in ("due_date", "resolution", "desk"):
        if value.get(key) is not None:
            _str(value[key], f"{where}.{key}", 40)
    return text


def validate_batch(
    payload: Any, desk: DeskRow, max_events: int = MAX_EVENTS
) -> tuple[list[dict[str, Any]], dict[str, dict[str, Any]]]:
    """Check a whole batch; a desk writing for another commune gets 403 naming the items."""
    body = _obj(payload, "Lô sự kiện", {"desk", "events", "dossiers"}, {"desk", "events"})
    if body["desk"] != desk.id:
        raise bad(
            "desk_mismatch",
            f"Lô ghi là của bàn «{str(body['desk'])[:40]}» nhưng mã truy cập là của bàn {desk.id}.",
            status=403,
        )
    events = body["events"]
    if not isinstance(events, list) or not 1 <= len(events) <= max_events:
        raise bad("schema", f"events phải là danh sách từ 1 đến {max_events} sự kiện.")
    snapshots = body.get("dossiers", {})
    if not isinstance(snapshots, dict) or len(snapshots) > max_events:
        raise bad("schema", "dossiers phải là đối tượng: mã hồ sơ → thông tin hồ sơ.")
    checked: list[dict[str, Any]] = []
    items: list[dict[str, Any]] = []
    foreign: list[dict[str, Any]] = []
    seen: set[str] = set()
    for i, raw in enumerate(events):
        uid = raw.get("uid") if isinstance(raw, dict) else None
        try:
            e = validate_event(raw, f"events[{i}]")
        except HubError as exc:
            items.append({"index": i, "uid": uid if isinstance(uid, str) else None, "reason": exc.message})
            continue
        if e["uid"] in seen:
            items.append({"index": i, "uid": e["uid"], "reason": "Mã sự kiện lặp lại trong cùng một lô."})
            continue
        seen.add(e["uid"])
        if not e["dossier_code"].startswith(desk.office + "-") or not e["desk"].startswith(desk.office + "/"):
            foreign.append(
                {
                    "index": i,
                    "uid": e["uid"],
                    "reason": f"Sự kiện thuộc cơ quan khác; bàn {desk.id} chỉ được gửi hồ sơ của cơ quan "
                    f"{desk.office}.",
                }
            )
            continue
        checked.append(e)
    if items:
        raise bad("schema", f"{len(items)} sự kiện trong lô không đúng cấu trúc.", items)
    if foreign:
        raise bad("foreign_office", f"{len(foreign)} sự kiện thuộc cơ quan khác.", foreign, status=403)
    texts = {}
    for code, snap in snapshots.items():
        texts[code] = validate_snapshot(code, snap)
        if not code.startswith(desk.office + "-"):
            raise bad("foreign_office", f"Hồ sơ {code[:64]} thuộc cơ quan khác.", status=403)
    return checked, {code: {**snap, "_json": texts[code]} for code, snap in snapshots.items()}


# --- the API ------------------------------------------------------------------------------------
class HubApi:
    """Routes requests to handlers; every refusal is a HubError turned into a 4xx JSON answer."""

    TOKEN_TTL = 30.0  # seconds a checked token is remembered (saves a query per batch)

    def __init__(self, storage: HubStorage, name: str = "Một Cửa Hub") -> None:
        self.storage = storage
        self.name = name
        self._tokens: dict[str, tuple[DeskRow, float]] = {}

    def handle(self, req: Request) -> Response:
        try:
            return self._route(req)
        except HubError as exc:
            headers = {"WWW-Authenticate": 'Bearer realm="motcua-hub"'} if exc.status == 401 else {}
            return json_response(exc.status, exc.body(), headers)

    def _route(self, req: Request) -> Response:
        routes = {
            ("GET", "/"): self.page,
            ("GET", "/openapi.json"): self.openapi,
            ("GET", "/v1/health"): self.health,
            ("POST", "/v1/enrol"): self.enrol,
            ("GET", "/v1/whoami"): self.whoami,
            ("POST", "/v1/events"): self.events,
            ("GET", "/v1/updates"): self.updates,
            ("POST", "/v1/bundles"): self.bundle,
        }
        handler = routes.get((req.method, req.path))
        if handler is None:
            if any(path == req.path for _, path in routes):
                raise bad("method_not_allowed", "Phương thức không được phép cho địa chỉ này.", status=405)
            raise bad("not_found", "Không có địa chỉ này.", status=404)
        return handler(req)

    def _json_body(self, req: Request) -> Any:
        ctype = req.headers.get("content-type", "application/json").split(";")[0].strip().lower()
        if ctype != "application/json":
            raise bad("content_type", "Nội dung phải là application/json.", status=415)
        return parse_json(inflate(req.body, req.headers.get("content-encoding", "")))

    def _desk(self, req: Request) -> DeskRow:
        auth = req.headers.get("authorization", "")
        scheme, _, token = auth.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise bad("unauthenticated", "Thiếu mã truy cập của bàn tiếp nhận (Authorization: Bearer …).", status=401)
        token = token.strip()
        if len(token) > 200:
            raise bad("token_invalid", "Mã truy cập không hợp lệ hoặc đã bị thu hồi.", status=401)
        now = time.monotonic()
        cached = self._tokens.get(token)
        if cached and cached[1] > now:
            return cached[0]
        desk = self.storage.desk_by_token(token)
        if desk is not None:
            if len(self._tokens) > 10_000:
                self._tokens.clear()
            self._tokens[token] = (desk, now + self.TOKEN_TTL)
        if desk is None:
            raise bad("token_invalid", "Mã truy cập không hợp lệ hoặc đã bị thu hồi.", status=401)
        return desk

    # --- handlers ---------------------------------------------------------------------------------
    def page(self, req: Request) -> Response:
        from desk_app.hub.web import render_status_page

        html = render_status_page(self.name, self.storage.stats())
        return Response(200, html.encode("utf-8"), "text/html; charset=utf-8")

    def openapi(self, req: Request) -> Response:
        from desk_app.hub.openapi import spec

        return json_response(200, spec())

    def health(self, req: Request) -> Response:
        return json_response(200, {"ok": True, "name": self.name, "storage": self.storage.kind})

    def enrol(self, req: Request) -> Response:
        body = _obj(
            self._json_body(req),
            "Yêu cầu đăng ký",
            {"code", "office", "desk_number", "name"},
            {"code", "office", "desk_number"},
        )
        code = _str(body["code"], "code", 40, empty=False)
        office = _str(body["office"], "office", 31, _AGENCY_RE)
        number = _int(body["desk_number"], "desk_number", 1, 9)
        name = _str(body.get("name", ""), "name", 200)
        e = self.storage.enrol(code, office, number, name)
        return json_response(
            200,
            {
                "desk": e.desk.id,
                "office": e.desk.office,
                "token": e.token,
                "bundle_key": e.bundle_key,
                "hub": self.name,
            },
        )

    def whoami(self, req: Request) -> Response:
        desk = self._desk(req)
        return json_response(200, {"desk": desk.id, "office": desk.office, "hub": self.name})

    def events(self, req: Request) -> Response:
        desk = self._desk(req)
        events, snapshots = validate_batch(self._json_body(req), desk)
        result = self.storage.store_events(desk, events, snapshots)
        return json_response(200, result.to_dict())

    def updates(self, req: Request) -> Response:
        desk = self._desk(req)
        known = {"events_after", "publications_after", "limit"}
        unknown = sorted(set(req.query) - known)
        if unknown:
            raise bad("schema", f"Tham số không được phép «{unknown[0][:40]}».")

        def number(name: str, default: int, hi: int) -> int:
            raw = req.query.get(name)
            if raw is None:
                return default
            if not raw.isdigit() or len(raw) > 18 or int(raw) > hi:
                raise bad("schema", f"Tham số {name} phải là số nguyên không âm (tối đa {hi}).")
            return int(raw)

        limit = max(1, number("limit", 500, 1000))
        result = self.storage.updates(
            desk, number("events_after", 0, 2**62), number("publications_after", 0, 2**62), limit
        )
        self.storage.touch(desk)
        return json_response(200, result)

    def bundle(self, req: Request) -> Response:
        raw = req.body
        if req.headers.get("content-encoding"):
            raw = inflate(raw, req.headers["content-encoding"])
        return json_response(200, import_bundle_bytes(self.storage, raw, self.name))


def import_bundle_bytes(storage: HubStorage, raw: bytes, hub_name: str = "") -> dict[str, Any]:
    """Verify a desk's signed bundle and store its events through the same idempotent path.

    The answer carries ``receipt``: the signed receipt (base64) the desk imports to mark the
    bundle's events sent, whichever machine carried the bundle here.
    """
    result, receipt = import_bundle(storage, raw, hub_name)
    return {**result, "receipt": base64.b64encode(receipt).decode("ascii")}


def import_bundle(storage: HubStorage, raw: bytes, hub_name: str = "") -> tuple[dict[str, Any], bytes]:
    """Import a bundle; returns the answer and the receipt signed with the desk's bundle key."""
    from desk_app.sync.bundle import BundleError, peek_desk, read_bundle, write_receipt

    try:
        desk_id = peek_desk(raw)
    except BundleError as exc:
        raise bad("bundle_invalid", exc.message) from None
    found = storage.desk(desk_id)
    if found is None:
        raise bad(
            "bundle_foreign", f"Gói dữ liệu của bàn {desk_id[:40]} không được đăng ký ở cấp trên này.", status=403
        )
    desk, key = found
    try:
        bundle = read_bundle(raw, bytes.fromhex(key))
    except BundleError as exc:
        raise bad(exc.code, exc.message, status=403 if exc.code == "bundle_signature" else 400) from None
    events, snapshots = validate_batch(
        {"desk": bundle["desk"], "events": bundle["events"], "dossiers": bundle["dossiers"]}, desk, max_events=10**6
    )
    if storage.bundle_imported(bundle["id"]):
        raise bad("bundle_replayed", "Gói dữ liệu này đã được nhập trước đây; không có gì thay đổi.", status=409)
    result = storage.store_events(desk, events, snapshots, via="bundle", bundle_id=bundle["id"])
    receipt = write_receipt(
        desk.id, bundle["id"], result.stored + result.duplicates, result.rejected, bytes.fromhex(key), hub_name
    )
    return {"bundle": bundle["id"], "desk": desk.id, "events": len(events), **result.to_dict()}, receipt


def parse_target(target: str) -> tuple[str, dict[str, str]]:
    """Split a request target into its path and a flat query (a repeated name is refused)."""
    parts = urllib.parse.urlsplit(target)
    query: dict[str, str] = {}
    try:
        pairs = urllib.parse.parse_qsl(
            parts.query, keep_blank_values=True, strict_parsing=bool(parts.query), max_num_fields=20
        )
    except ValueError:
        raise bad("schema", "Tham số truy vấn không hợp lệ.") from None
    for k, v in pairs:
        if k in query:
            raise bad("schema", f"Tham số «{k[:40]}» lặp lại.")
        query[k] = v
    return parts.path or "/", query


def gzip_body(body: bytes) -> bytes:
    return gzip.compress(body, compresslevel=5)
