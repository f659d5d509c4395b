"""Offline bundles: a desk's unsent events in one file, signed with the desk's bundle key (HMAC-SHA256).

Layout: ``MCDBUNDLE1\\n`` + hex signature + ``\\n`` + header JSON + ``\\n`` + gzip(body JSON). The
signature covers the header line and the compressed body, so a changed byte, a body swapped from
another bundle or a bundle signed with another desk's key is refused before anything is parsed.
A bundle has a unique id: the hub records it, so importing it twice changes nothing.

Receipts close the loop: importing a bundle at the hub writes a receipt (``MCDRECEIPT1\n`` + hex
signature + ``\n`` + JSON) naming the bundle, the events the hub now holds and the ones it refused
with its reason, signed with the same desk key. Back at the commune the desk verifies it and marks
those events sent or failed; a forged receipt would silently stop events from ever being sent, so
one that is not signed with this desk's key is refused.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import hmac
import json
import uuid
import zlib
from typing import Any

from desk_app.domain.errors import QT_TRANSLATE_NOOP, DeskError

MAGIC = b"MCDBUNDLE1\n"
FORMAT = "motcua-bundle/1"
RECEIPT_MAGIC = b"MCDRECEIPT1\n"
RECEIPT_FORMAT = "motcua-receipt/1"
MAX_RECEIPT = 64 * 1024 * 1024
MAX_INFLATED = 256 * 1024 * 1024


class BundleError(DeskError):
    """A bundle file that cannot be trusted or read."""


def _dumps(value: Any) -> bytes:
    return json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _sign(key: bytes, signed: bytes) -> str:
    return hmac.new(key, signed, hashlib.sha256).hexdigest()


def write_bundle(
    desk: str,
    events: list[dict[str, Any]],
    dossiers: dict[str, Any],
    key: bytes,
    created_at: dt.datetime | None = None,
    bundle_id: str | None = None,
) -> bytes:
    bundle_id = bundle_id or str(uuid.uuid4())
    header = {
        "format": FORMAT,
        "desk": desk,
        "id": bundle_id,
        "count": len(events),
        "created_at": (created_at or dt.datetime.now()).replace(microsecond=0).isoformat(),
    }
    body = gzip.compress(_dumps({"desk": desk, "id": bundle_id, "events": events, "dossiers": dossiers}), mtime=0)
    signed = _dumps(header) + b"\n" + body
    return MAGIC + _sign(key, signed).encode("ascii") + b"\n" + signed


def _split(raw: bytes) -> tuple[str, bytes, dict[str, Any], bytes]:
    if not raw.startswith(MAGIC):
        raise BundleError("bundle_invalid", QT_TRANSLATE_NOOP("messages", "Tệp không phải gói dữ liệu Một Cửa Desk."))
    rest = raw[len(MAGIC) :]
    sig, sep1, rest = rest.partition(b"\n")
    header_line, sep2, body = rest.partition(b"\n")
    if not sep1 or not sep2 or len(sig) != 64:
        raise BundleError("bundle_invalid", QT_TRANSLATE_NOOP("messages", "Gói dữ liệu bị hỏng (thiếu phần đầu)."))
    try:
        header = json.loads(header_line.decode("utf-8"))
        if not isinstance(header, dict) or header.get("format") != FORMAT or not isinstance(header.get("desk"), str):
            raise ValueError
    except (ValueError, UnicodeDecodeError):
        raise BundleError(
            "bundle_invalid", QT_TRANSLATE_NOOP("messages", "Gói dữ liệu bị hỏng (phần đầu sai).")
        ) from None
    return sig.decode("ascii", "replace"), header_line, header, body


def peek_desk(raw: bytes) -> str:
    """The desk a bundle claims to come from (not yet verified)."""
    return str(_split(raw)[2]["desk"])


def read_bundle(raw: bytes, key: bytes) -> dict[str, Any]:
    """Verify the signature with the claimed desk's key, then return the body."""
    sig, header_line, header, body = _split(raw)
    if not hmac.compare_digest(sig, _sign(key, header_line + b"\n" + body)):
        raise BundleError(
            "bundle_signature",
            QT_TRANSLATE_NOOP(
                "messages", "Chữ ký của gói dữ liệu không hợp lệ: tệp đã bị sửa, hoặc không phải của bàn {desk}."
            ),
            desk=header["desk"],
        )
    d = zlib.decompressobj(wbits=31)
    try:
        inflated = d.decompress(body, MAX_INFLATED + 1)
        data = json.loads(inflated.decode("utf-8"))
    except (zlib.error, ValueError, UnicodeDecodeError):
        raise BundleError(
            "bundle_invalid", QT_TRANSLATE_NOOP("messages", "Gói dữ liệu bị hỏng (nội dung không đọc được).")
        ) from None
    if len(inflated) > MAX_INFLATED:
        raise BundleError("bundle_invalid", QT_TRANSLATE_NOOP("messages", "Gói dữ liệu quá lớn."))
    if (
        not isinstance(data, dict)
        or data.get("desk") != header["desk"]
        or data.get("id") != header.get("id")
        or not isinstance(data.get("events"), list)
        or not isinstance(data.get("dossiers"), dict)
        or not isinstance(data.get("id"), str)
        or not data["events"]
    ):
        raise BundleError(
            "bundle_invalid", QT_TRANSLATE_NOOP("messages", "Gói dữ liệu bị hỏng (nội dung sai cấu trúc).")
        )
    return {
        "id": data["id"][:64],
        "desk": data["desk"],
        "created_at": header.get("created_at"),
        "events": data["events"],
        "dossiers": data["dossiers"],
    }


# --- receipts -------------------------------------------------------------------------------------
def write_receipt(
    desk: str,
    bundle_id: str,
    held: list[str],
    rejected: list[dict[str, str]],
    key: bytes,
    hub: str = "",
    at: dt.datetime | None = None,
) -> bytes:
    """The hub's signed answer to a bundle: which events it holds, which it refused and why."""
    body = _dumps(
        {
            "format": RECEIPT_FORMAT,
            "desk": desk,
            "bundle": bundle_id,
            "hub": hub,
            "at": (at or dt.datetime.now()).replace(microsecond=0).isoformat(),
            "held": sorted(held),
            "rejected": [{"uid": str(r["uid"]), "reason": str(r.get("reason", ""))} for r in rejected],
        }
    )
    return RECEIPT_MAGIC + _sign(key, body).encode("ascii") + b"\n" + body


def read_receipt(raw: bytes, key: bytes, desk: str) -> dict[str, Any]:
    """Verify a receipt for ``desk`` with its key; returns the parsed receipt."""
    if not raw.startswith(RECEIPT_MAGIC):
        raise BundleError(
            "receipt_invalid", QT_TRANSLATE_NOOP("messages", "Tệp không phải biên nhận gói dữ liệu của cấp trên.")
        )
    if len(raw) > MAX_RECEIPT:
        raise BundleError("receipt_invalid", QT_TRANSLATE_NOOP("messages", "Biên nhận quá lớn."))
    sig, sep, body = raw[len(RECEIPT_MAGIC) :].partition(b"\n")
    if not sep or len(sig) != 64:
        raise BundleError("receipt_invalid", QT_TRANSLATE_NOOP("messages", "Biên nhận bị hỏng (thiếu phần đầu)."))
    if not hmac.compare_digest(sig.decode("ascii", "replace"), _sign(key, body)):
        raise BundleError(
            "receipt_signature",
            QT_TRANSLATE_NOOP(
                "messages",
                "Chữ ký của biên nhận không hợp lệ: tệp đã bị sửa, hoặc biên nhận không phải cho bàn {desk}.",
            ),
            desk=desk,
        )
    try:
        data = json.loads(body.decode("utf-8"))
        ok = (
            isinstance(data, dict)
            and data.get("format") == RECEIPT_FORMAT
            and isinstance(data.get("bundle"), str)
            and isinstance(data.get("held"), list)
            and all(isinstance(u, str) for u in data["held"])
            and isinstance(data.get("rejected"), list)
            and all(isinstance(r, dict) and isinstance(r.get("uid"), str) for r in data["rejected"])
        )
    except (ValueError, UnicodeDecodeError):
        ok = False
    if not ok:
        raise BundleError("receipt_invalid", QT_TRANSLATE_NOOP("messages", "Biên nhận bị hỏng (nội dung sai cấu trúc)."))
    if data.get("desk") != desk:
        raise BundleError(
            "receipt_foreign",
            QT_TRANSLATE_NOOP("messages", "Biên nhận này dành cho bàn {other}, không phải bàn {desk}."),
            other=str(data.get("desk"))[:40],
            desk=desk,
        )
    return data
