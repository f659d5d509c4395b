"""The admin command line ``desk-admin`` over the same services as the app."""

from desk_app.cli.main import main

__all__ = ["main"]
