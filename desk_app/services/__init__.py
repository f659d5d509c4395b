"""Use cases shared by the UI, the CLI and the tests; every one checks the acting user's role."""

from desk_app.services.core import Services

__all__ = ["Services"]
