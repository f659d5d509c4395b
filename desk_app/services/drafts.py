"""Half-done reception flows kept in the ``drafts`` table, one per user, so nothing typed is lost."""

from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desk_app.services.core import Services


def save_draft(services: Services, username: str, data: dict[str, Any]) -> None:
    """Store (replace) the user's draft in one small transaction."""
    stamp = services.clock().replace(microsecond=0).isoformat()
    payload = json.dumps(data, ensure_ascii=False, default=str)
    with services.store.transaction() as conn:
        conn.execute(
            "INSERT INTO drafts (username, data, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (username) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
            (username, payload, stamp),
        )


def load_draft(services: Services, username: str) -> tuple[dict[str, Any], dt.datetime] | None:
    """The user's draft and when it was last saved, or None; an unreadable draft counts as none."""
    row = services.store.conn.execute("SELECT data, updated_at FROM drafts WHERE username = ?", (username,)).fetchone()
    if row is None:
        return None
    try:
        data = json.loads(row[0])
        when = dt.datetime.fromisoformat(row[1])
    except (ValueError, TypeError):
        return None
    return (data, when) if isinstance(data, dict) else None


def discard_draft(services: Services, username: str) -> None:
    with services.store.transaction() as conn:
        conn.execute("DELETE FROM drafts WHERE username = ?", (username,))
