"""Kill a writing process at random moments: the database stays intact and keeps every commit."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desk_app.services import Services

ROUNDS = int(os.environ.get("DESK_CRASH_ROUNDS", "12"))


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
def test_sigkill_at_random_moments_loses_no_committed_dossier(services: Services, db_path: Path) -> None:
    services.close()
    committed: set[str] = set()
    rng = random.Random(61)
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    writer = Path(__file__).with_name("crash_writer.py")
    for _ in range(ROUNDS):
        proc = subprocess.Popen([sys.executable, str(writer), str(db_path)], stdout=subprocess.PIPE, env=env, text=True)
        time.sleep(rng.uniform(0.6, 1.6))  # start-up takes ~0.4 s, then writes at full speed
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate()
        committed.update(line.strip() for line in out.splitlines() if line.strip())

        raw = sqlite3.connect(db_path)
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("PRAGMA foreign_key_check").fetchall() == []
        present = {code for (code,) in raw.execute("SELECT code FROM dossiers")}
        raw.close()
        missing = committed - present
        assert not missing, f"committed dossiers lost: {sorted(missing)[:5]}"
    assert len(committed) > ROUNDS  # the writer really wrote between kills

    s = Services.open(db_path)
    report = s.verify_audit()
    assert report.ok, report.problems[:5]
    # Every dossier has its RECEIVED event and every event is in the outbox (same transaction).
    orphans = s.store.conn.execute(
        "SELECT count(*) FROM dossiers d WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.dossier_id = d.id)"
    ).fetchone()[0]
    assert orphans == 0
    assert s.store.conn.execute(
        "SELECT count(*) FROM events e LEFT JOIN outbox o ON o.event_seq = e.seq WHERE o.event_seq IS NULL"
    ).fetchone()[0] == 0
    s.close()
