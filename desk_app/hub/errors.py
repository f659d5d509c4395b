"""Errors the hub answers with: an HTTP status, a stable code and a Vietnamese message."""

from __future__ import annotations

from typing import Any


class HubError(Exception):
    """A refusal the client can act on; ``items`` names the offending batch entries, if any."""

    def __init__(self, status: int, code: str, message: str, items: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message
        self.items = items or []

    def body(self) -> dict[str, Any]:
        out: dict[str, Any] = {"error": self.code, "message": self.message}
        if self.items:
            out["items"] = self.items
        return out
