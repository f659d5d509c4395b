"""Opening the desk database: WAL, foreign keys, full sync, explicit transactions, migrations."""

from __future__ import annotations

import contextlib
import datetime as dt
import re
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import sqlite_utils

from desk_app.domain.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.paths import migrations_dir

_MIGRATION_RE = re.compile(r"^(\d{4})_[\w-]+\.sql$")


class StoreError(DeskError):
    """The database cannot be opened or upgraded."""


class Store:
    """One open database. Writes go through :meth:`transaction` (BEGIN IMMEDIATE … COMMIT).

    The connection runs in autocommit mode so that every write is an explicit transaction:
    sqlite-utils' convenience writers (which commit on their own) are used only outside one.
    """

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self.conn = conn
        self.db = sqlite_utils.Database(conn)
        self._depth = 0

    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic write; nested calls join the outer transaction."""
        if self._depth:
            self._depth += 1
            try:
                yield self.conn
            finally:
                self._depth -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        self._depth = 1
        try:
            yield self.conn
        except BaseException:
            self._depth = 0
            self.conn.execute("ROLLBACK")
            raise
        else:
            self._depth = 0
            self.conn.execute("COMMIT")

    @property
    def in_transaction(self) -> bool:
        return self._depth > 0

    def close(self) -> None:
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA optimize")
        self.conn.close()

    @property
    def schema_version(self) -> int:
        return int(self.conn.execute("PRAGMA user_version").fetchone()[0])


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=False, timeout=15)
    conn.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed dossier survives a power cut, not only a process crash.
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 15000")
    conn.execute("PRAGMA cache_size = -32000")
    return conn


def available_migrations(folder: Path | None = None) -> list[tuple[int, Path]]:
    folder = folder or migrations_dir()
    found: list[tuple[int, Path]] = []
    for entry in sorted(folder.glob("*.sql")):
        m = _MIGRATION_RE.match(entry.name)
        if m:
            found.append((int(m.group(1)), entry))
    return found


def split_statements(script: str) -> list[str]:
    """Split an SQL script into complete statements (triggers included) without executing it."""
    statements: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        if not buf and (not line.strip() or line.lstrip().startswith("--")):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            statements.append(buf.strip())
            buf = ""
    if buf.strip():
        statements.append(buf.strip())
    return statements


def backup_file(conn: sqlite3.Connection, dest: Path) -> Path:
    """Copy a live database to ``dest`` with SQLite's online backup API, then check it."""
    dest.parent.mkdir(parents=True, exist_ok=True)
    target = sqlite3.connect(str(dest))
    try:
        conn.backup(target)
        result = target.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        target.close()
    if result != "ok":
        raise StoreError(
            "backup_corrupt",
            QT_TRANSLATE_NOOP("messages", "Bản sao lưu {path} không toàn vẹn: {detail}"),
            path=str(dest),
            detail=result,
        )
    return dest


def migrate(store: Store, folder: Path | None = None) -> list[int]:
    """Apply pending migrations in one transaction, after copying a non-empty database aside."""
    current = store.schema_version
    pending = [(v, p) for v, p in available_migrations(folder) if v > current]
    if not pending:
        return []
    if current > 0:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_file(store.conn, store.path.parent / "backups" / f"{store.path.stem}-v{current}-{stamp}.sqlite3")
    with store.transaction() as conn:
        for version, path in pending:
            for statement in split_statements(path.read_text(encoding="utf-8")):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")
    return [v for v, _ in pending]


def open_store(path: Path, *, migrate_schema: bool = True) -> Store:
    """Open (creating if needed) the database at ``path`` and bring its schema up to date."""
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StoreError(
            "db_folder",
            QT_TRANSLATE_NOOP("messages", "Không tạo được thư mục chứa cơ sở dữ liệu {path}: {detail}"),
            path=str(path.parent),
            detail=exc.strerror or str(exc),
        ) from exc
    try:
        conn = _connect(path)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise StoreError(
            "db_unreadable",
            QT_TRANSLATE_NOOP("messages", "Không mở được cơ sở dữ liệu {path}: {detail}"),
            path=str(path),
            detail=str(exc),
        ) from exc
    store = Store(path, conn)
    latest = max((v for v, _ in available_migrations()), default=0)
    if store.schema_version > latest:
        store.close()
        raise StoreError(
            "db_too_new",
            QT_TRANSLATE_NOOP(
                "messages",
                "Cơ sở dữ liệu {path} thuộc phiên bản mới hơn ({found}) của phần mềm; hãy cập nhật phần mềm.",
            ),
            path=str(path),
            found=store.schema_version,
        )
    if migrate_schema:
        migrate(store)
    return store
