"""Upgrading a desk's database: a version-1 file (made by the version-1 code) opened by today's code.

``tests/fixtures/desk_v1.db`` was written by ``tests/fixtures/make_desk_v1.py`` running the code of
the first release (schema version 1). Every test works on a copy in ``tmp_path``.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from desk_app.services import Services
from desk_app.store.connection import available_migrations, migrate, open_store

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "desk_v1.db"
LATEST = max(v for v, _ in available_migrations())


def _rows(path: Path) -> tuple[list[tuple[object, ...]], int, list[tuple[object, ...]]]:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        dossiers = conn.execute(
            "SELECT code, status, applicant_name, citizen_id, procedure_code, received_at, due_date, book_number "
            "FROM dossiers ORDER BY code").fetchall()
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
        users = conn.execute("SELECT username, role, active FROM users ORDER BY username").fetchall()
    finally:
        conn.close()
    return dossiers, events, users


@pytest.fixture
def v1_copy(tmp_path: Path) -> Path:
    target = tmp_path / "data" / "desk.sqlite3"
    target.parent.mkdir()
    shutil.copyfile(FIXTURE, target)
    return target


def test_fixture_is_schema_version_1() -> None:
    conn = sqlite3.connect(f"file:{FIXTURE}?mode=ro", uri=True)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT count(*) FROM dossiers").fetchone()[0] == 6
    finally:
        conn.close()


def test_upgrade_keeps_every_dossier_and_backs_up_first(v1_copy: Path, clock) -> None:  # noqa: ANN001
    before = _rows(v1_copy)
    s = Services.open(v1_copy, clock)
    try:
        assert s.store.schema_version == LATEST
        after = _rows(v1_copy)
        assert after == before
        for code, status, *_ in before[0]:
            d = s.dossiers.get(str(code))
            assert d.status.value == status and d.events
        report = s.verify_audit()
        assert report.ok, report.problems
        assert s.auth.login("canbo1", "matkhau123").full_name == "Nguyễn Thị Ngọc Điệp"
        assert s.office().name == "UBND xã Tiến Thành"
    finally:
        s.close()

    backups = sorted((v1_copy.parent / "backups").glob("desk-v1-*.sqlite3"))
    if LATEST == 1:
        assert backups == []  # nothing to migrate, nothing copied
        return
    assert len(backups) == 1
    kept = sqlite3.connect(f"file:{backups[0]}?mode=ro", uri=True)
    try:
        assert kept.execute("PRAGMA user_version").fetchone()[0] == 1
        assert kept.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        kept.close()
    assert _rows(backups[0]) == before

    # Opening the upgraded file again migrates nothing and copies nothing more.
    Services.open(v1_copy, clock, ensure_catalog=False).close()
    assert len(list((v1_copy.parent / "backups").glob("*.sqlite3"))) == 1


def test_failed_migration_changes_nothing(v1_copy: Path, tmp_path: Path) -> None:
    before = _rows(v1_copy)
    folder = tmp_path / "migrations"
    folder.mkdir()
    for _, path in available_migrations():
        shutil.copy(path, folder / path.name)
    (folder / "0999_broken.sql").write_text("ALTER TABLE dossiers ADD COLUMN extra TEXT;\nTHIS IS NOT SQL;\n",
                                            encoding="utf-8")
    store = open_store(v1_copy, migrate_schema=False)
    try:
        with pytest.raises(sqlite3.Error):
            migrate(store, folder)
        assert store.schema_version == 1
        columns = [r[1] for r in store.conn.execute("PRAGMA table_info(dossiers)")]
        assert "extra" not in columns
    finally:
        store.close()
    assert _rows(v1_copy) == before
    assert len(list((v1_copy.parent / "backups").glob("desk-v1-*.sqlite3"))) == 1
