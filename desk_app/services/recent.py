"""Recently used procedures per user, and the quick dossier look-up behind the global search box."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from desk_app.domain.model import Dossier
from desk_app.domain.text import fold, prefix_upper_bound

if TYPE_CHECKING:
    from desk_app.services.core import Services

MAX_RECENT = 8
_DIGITS = re.compile(r"^[0-9]{3,12}$")


def _key(username: str) -> str:
    return f"recent_procedures:{username}"


def recent_procedures(services: Services, username: str) -> list[str]:
    """Codes of the procedures this user received most recently, newest first."""
    value = services.settings.get(_key(username), [])
    return [str(c) for c in value] if isinstance(value, list) else []


def remember_procedure(services: Services, username: str, code: str) -> None:
    codes = [code] + [c for c in recent_procedures(services, username) if c != code]
    with services.store.transaction():
        services.settings.set(_key(username), codes[:MAX_RECENT])


def quick_find(services: Services, text: str, limit: int = 8) -> list[Dossier]:
    """Dossiers whose code, ID number, phone or folded name starts with ``text`` (index range scans only).

    Type-ahead must answer each keystroke at once on a million dossiers, so this never ranks and
    never scans: every branch is a prefix range on an indexed column.
    """
    raw = text.strip()
    if len(raw) < 2:
        return []
    repo = services.dossiers.repo
    found: dict[str, Dossier] = {}

    def add(where: str, params: tuple[object, ...], order: str) -> None:
        for d in repo.query(where, params, order=order, limit=limit):
            found.setdefault(d.code, d)

    compact = "".join(raw.split())
    if _DIGITS.match(compact):
        add("citizen_id >= ? AND citizen_id < ? AND citizen_id <> ''", (compact, prefix_upper_bound(compact)), "citizen_id")
        if len(found) < limit:
            add("phone >= ? AND phone < ? AND phone <> ''", (compact, prefix_upper_bound(compact)), "phone")
    if len(found) < limit and compact[:1].isalnum() and ("." in compact or "-" in compact):
        upper = compact.upper()
        add("code >= ? AND code < ?", (upper, prefix_upper_bound(upper)), "code DESC")
    if len(found) < limit and not compact.isdigit():
        prefix = fold(raw)
        add("name_folded >= ? AND name_folded < ?", (prefix, prefix_upper_bound(prefix)), "name_folded")
    return list(found.values())[:limit]
