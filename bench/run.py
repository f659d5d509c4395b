"""Foundation benchmark: receive-and-save throughput and lookups, as ratios against raw SQLite.

    python bench/run.py            # 1,000,000 dossiers (built once, cached under /tmp/motcua-bench)
    python bench/run.py --quick    # 50,000 dossiers
    python bench/run.py --quick --json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import sqlite3
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import cached_database, interleaved, percentiles, rss_mb  # noqa: E402

from desk_app.domain.model import Applicant, Role, User  # noqa: E402
from desk_app.domain.text import fold, prefix_upper_bound  # noqa: E402
from desk_app.services import Services  # noqa: E402
from desk_app.services.demo import _Rng  # noqa: E402
from desk_app.services.dossiers import ReceiveRequest  # noqa: E402
from desk_app.store.connection import Store, _connect, migrate  # noqa: E402
from desk_app.store.repositories import DOSSIER_COLUMNS, SUMMARY_COLUMNS  # noqa: E402
from desk_app.store.serialize import dumps  # noqa: E402


class StepClock:
    """Advances one working minute per call so a run spans days without overflowing a desk's sequence."""

    def __init__(self, start: dt.datetime) -> None:
        self.t = start

    def __call__(self) -> dt.datetime:
        self.t += dt.timedelta(seconds=30)
        if self.t.hour >= 15:
            self.t = dt.datetime.combine(self.t.date() + dt.timedelta(days=1), dt.time(7, 30))
        return self.t


def bench_receive(n: int) -> dict[str, float]:
    """Ours: services.receive, one transaction per dossier. Raw: the same rows and statements via sqlite3."""
    rng = _Rng(random.Random(7))
    people: list[Applicant] = [rng.person() for _ in range(n)]
    clerk = User("canbo1", "Nguyễn Thị Ngọc Điệp", Role.CLERK)
    with tempfile.TemporaryDirectory() as tmp:
        s = Services.open(Path(tmp) / "ours.sqlite3", StepClock(dt.datetime(2027, 3, 1, 7, 30)))
        s.update_office(None, name="UBND xã Tiến Thành", agency_code="000.21.22.H56")
        reqs = [ReceiveRequest("1.004873", a) for a in people]
        t = time.perf_counter()
        rows = []
        for r in reqs:
            d = s.dossiers.receive(clerk, r)
            rows.append(d)
        ours = time.perf_counter() - t
        s.close()

        raw_path = Path(tmp) / "raw.sqlite3"
        store = Store(raw_path, _connect(raw_path))
        migrate(store)
        conn = store.conn
        prepared = []
        for i, d in enumerate(rows):
            vals = list(_values(d))
            vals[0] = f"RAW-{i}"
            vals[1] = str(uuid.uuid4())
            data = dumps({"due_date": d.due_date.isoformat() if d.due_date else None, "procedure_code": d.procedure_code})
            prepared.append((tuple(vals), data, d.received_at.isoformat(), d.received_at.date().isoformat()))
        placeholders = ", ".join("?" for _ in DOSSIER_COLUMNS.split(","))
        t = time.perf_counter()
        for vals, data, at, day in prepared:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("INSERT INTO code_sequences (day, desk, last_seq) VALUES (?, 1, 1) ON CONFLICT (day, desk) "
                         "DO UPDATE SET last_seq = last_seq + 1 RETURNING last_seq", (day,)).fetchone()
            conn.execute("INSERT INTO book_counters (year, desk, last_number) VALUES (2027, 1, 1) ON CONFLICT (year, desk) "
                         "DO UPDATE SET last_number = last_number + 1 RETURNING last_number").fetchone()
            did = conn.execute(f"INSERT INTO dossiers ({DOSSIER_COLUMNS}) VALUES ({placeholders})", vals).lastrowid
            prev = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
            seq = conn.execute(
                "INSERT INTO events (uid, dossier_id, type, at, actor, desk, note, data, prev_hash, hash) "
                "VALUES (?, ?, 'received', ?, 'canbo1', 'x/1', '', ?, ?, ?)",
                (str(uuid.uuid4()), did, at, data, prev[1] if prev else "0", "h")).lastrowid
            conn.execute("INSERT INTO outbox (event_seq) VALUES (?)", (seq,))
            conn.execute("INSERT INTO settings (key, value) VALUES ('audit_head', ?) ON CONFLICT (key) "
                         "DO UPDATE SET value = excluded.value", (str(seq),))
            conn.execute("COMMIT")
        raw = time.perf_counter() - t
        store.close()
    return {"count": n, "ours_per_s": round(n / ours, 1), "raw_per_s": round(n / raw, 1),
            "ratio_to_raw": round((n / ours) / (n / raw), 3), "target_ratio": 0.333}


def _values(d):  # noqa: ANN001, ANN202 - the row a dossier is stored as
    from desk_app.store.repositories import dossier_values

    return dossier_values(d)


def bench_lookups(path: Path, samples: int) -> dict[str, dict[str, float]]:
    s = Services.open(path, ensure_catalog=False)
    raw = sqlite3.connect(str(path))
    rng = random.Random(11)
    total = raw.execute("SELECT max(id) FROM dossiers").fetchone()[0]
    picks = [raw.execute("SELECT code, citizen_id, name_folded FROM dossiers WHERE id = ?",
                         (rng.randrange(1, total + 1),)).fetchone() for _ in range(samples)]
    picks = [p for p in picks if p]
    codes = [p[0] for p in picks]
    ids = [p[1] for p in picks]
    # What a clerk types: the name without accents, cut after the middle name plus a letter or two.
    prefixes = [" ".join(p[2].split()[:2]) + " " + p[2].split()[-1][: rng.randint(1, 3)] for p in picks]
    out: dict[str, dict[str, float]] = {}

    def raw_code(code: str) -> None:
        row = raw.execute("SELECT * FROM dossiers WHERE code = ?", (code,)).fetchone()
        raw.execute("SELECT seq, uid, type, at, actor, desk, note, data, prev_hash, hash FROM events "
                    "WHERE dossier_id = ? ORDER BY seq", (row[0],)).fetchall()

    def raw_id(cid: str) -> None:
        raw.execute(f"SELECT {SUMMARY_COLUMNS} FROM dossiers WHERE citizen_id = ? AND citizen_id <> '' "
                    "ORDER BY id DESC LIMIT 50", (cid,)).fetchall()

    def raw_name(prefix: str) -> None:
        f = fold(prefix)
        raw.execute(f"SELECT {SUMMARY_COLUMNS} FROM dossiers WHERE name_folded >= ? AND name_folded < ? "
                    "ORDER BY name_folded LIMIT 50",
                    (f, prefix_upper_bound(f))).fetchall()

    cases = [
        ("lookup_code", s.dossiers.find, raw_code, codes),
        ("lookup_citizen_id", s.dossiers.find_by_citizen_id, raw_id, ids),
        ("lookup_name_prefix", s.dossiers.find_by_name_prefix, raw_name, prefixes),
    ]
    for name, ours_fn, raw_fn, args in cases:
        for a in args:  # warm both page caches on the same rows, so neither pays the other's disk reads
            ours_fn(a)
            raw_fn(a)
        ours_s, raw_s = interleaved(ours_fn, raw_fn, args)
        ours = percentiles(ours_s)
        base = percentiles(raw_s)
        out[name] = {**ours, "raw_p95_ms": base["p95_ms"], "raw_p50_ms": base["p50_ms"],
                     "ratio_p95_to_raw": round(ours["p95_ms"] / max(base["p95_ms"], 1e-6), 2),
                     "target_p95_ms": 10.0, "target_ratio": 2.0}
    s.close()
    raw.close()
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="50,000 dossiers instead of 1,000,000")
    parser.add_argument("--count", type=int)
    parser.add_argument("--receive", type=int, help="dossiers received through the services (default 2,000 / 500)")
    parser.add_argument("--samples", type=int, default=1000)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    count = args.count or (50_000 if args.quick else 1_000_000)
    t = time.perf_counter()
    path = cached_database(count)
    build_s = round(time.perf_counter() - t, 1)
    result = {
        "dossiers": count,
        "database_mb": round(path.stat().st_size / 2**20, 1),
        "build_s_this_run": build_s,
        "receive": bench_receive(args.receive or (500 if args.quick else 2000)),
        **bench_lookups(path, args.samples),
        "rss_mb": rss_mb(),
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        for k, v in result.items():
            print(f"{k:20} {v}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
