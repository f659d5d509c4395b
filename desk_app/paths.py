"""Where things live: the user's data folder, the database file, migrations and bundled assets."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_path

APP_NAME = "MotCuaDesk"
APP_AUTHOR = "MotCua"


def bundle_root() -> Path:
    """The project root in a checkout, or the unpacked folder inside a PyInstaller bundle."""
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        return Path(meipass)
    return Path(__file__).resolve().parent.parent


def migrations_dir() -> Path:
    return bundle_root() / "db"


def data_dir() -> Path:
    """The per-user data folder (database, backups, attachments); DESK_DATA_DIR overrides."""
    override = os.environ.get("DESK_DATA_DIR")
    path = Path(override) if override else user_data_path(APP_NAME, APP_AUTHOR)
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_db_path(cli_value: str | os.PathLike[str] | None = None) -> Path:
    """``--db PATH`` wins, then the DESK_DB environment variable, then the data folder."""
    if cli_value:
        return Path(cli_value)
    env = os.environ.get("DESK_DB")
    if env:
        return Path(env)
    return data_dir() / "desk.sqlite3"


def attachments_dir(db_path: Path) -> Path:
    """Digitised papers live beside the database, addressed by content hash."""
    return db_path.parent / (db_path.stem + "-attachments")


def backups_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"
