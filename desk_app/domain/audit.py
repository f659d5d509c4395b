"""The audit chain: each event's hash covers its content and the previous event's hash."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

GENESIS = "0" * 64


def canonical(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def event_hash(
    prev_hash: str,
    uid: str,
    dossier_code: str,
    type_: str,
    at: str,
    actor: str,
    desk: str,
    note: str,
    data_json: str,
) -> str:
    """SHA-256 over the previous hash and the event's stored fields, in a fixed order."""
    payload = canonical([prev_hash, uid, dossier_code, type_, at, actor, desk, note, data_json])
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


@dataclass
class AuditReport:
    checked: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(rows: Iterable[dict[str, Any]], expected_count: int | None = None) -> AuditReport:
    """Check an ordered run of stored event rows: content hashes, links and gaps in ``seq``."""
    report = AuditReport()
    prev = GENESIS
    prev_seq = 0
    for row in rows:
        report.checked += 1
        seq = row["seq"]
        if seq != prev_seq + 1:
            report.problems.append(f"Sự kiện #{prev_seq + 1}–#{seq - 1} đã bị xóa (thiếu trong chuỗi).")
        if row["prev_hash"] != prev:
            report.problems.append(f"Sự kiện #{seq}: liên kết tới sự kiện trước không khớp (bị chèn hoặc xóa).")
        digest = event_hash(
            row["prev_hash"], row["uid"], row["dossier_code"], row["type"], row["at"],
            row["actor"], row["desk"], row["note"], row["data"],
        )
        if digest != row["hash"]:
            report.problems.append(f"Sự kiện #{seq} ({row['dossier_code']}): nội dung đã bị sửa sau khi ghi.")
        prev = row["hash"]
        prev_seq = seq
    if expected_count is not None and expected_count != report.checked:
        report.problems.append(f"Số sự kiện {report.checked} khác số đã ghi nhận {expected_count}.")
    return report
