"""Benchmark: work queues and search at 1,000,000 dossiers, end to end vs raw SQLite on the same SQL.

    python bench/bench_tracking.py            # 1,000,000 dossiers (built once, cached in /tmp)
    python bench/bench_tracking.py --quick    # 50,000 dossiers
    python bench/bench_tracking.py --json

"End to end" is the TrackingService call (building the SQL, running it, turning rows into
DossierRow objects); "raw" is sqlite3 running the very same statements and fetching the rows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk_app.services import Services  # noqa: E402
from desk_app.services.demo import seed_demo  # noqa: E402
from desk_app.services.tracking import QUEUES  # noqa: E402

NOW = dt.datetime(2026, 11, 23, 9, 30)
TARGET_MS = 50.0


def clock() -> dt.datetime:
    return NOW


def build(count: int, cache: Path) -> Path:
    path = cache / f"tracking_{count}.sqlite3"
    if path.exists():
        return path
    cache.mkdir(parents=True, exist_ok=True)
    tmp = cache / f".building_{count}.sqlite3"
    for p in cache.glob(f".building_{count}.sqlite3*"):
        p.unlink()
    t0 = time.perf_counter()
    s = Services.open(tmp, clock)
    seed_demo(s, count, months=120)
    s.close()
    print(f"built {count} dossiers in {time.perf_counter() - t0:.1f} s", file=sys.stderr)
    os.replace(tmp, path)
    return path


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    k = min(len(values) - 1, max(0, round(p / 100 * (len(values) - 1))))
    return values[k]


def measure(fn: Any, repeat: int) -> dict[str, float]:
    fn()  # warm the page cache for this query once
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append((time.perf_counter() - t0) * 1000)
    return {"p50_ms": round(statistics.median(times), 3), "p95_ms": round(pct(times, 95), 3)}


def sample_values(conn: sqlite3.Connection) -> dict[str, str]:
    code, cid, phone = conn.execute(
        "SELECT code, citizen_id, phone FROM dossiers WHERE phone <> '' ORDER BY id DESC LIMIT 1 OFFSET 777").fetchone()
    return {"code": code, "citizen_id": cid, "phone": phone}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="50,000 dossiers instead of 1,000,000")
    ap.add_argument("--count", type=int, default=None)
    ap.add_argument("--repeat", type=int, default=60)
    ap.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "desk_bench")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    count = args.count or (50_000 if args.quick else 1_000_000)
    source = build(count, args.cache)
    # Measure on a copy so the cached database is never modified by the receive benchmark.
    work = args.cache / f"run_{count}.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        if Path(str(work) + suffix).exists():
            Path(str(work) + suffix).unlink()
    shutil.copyfile(source, work)

    s = Services.open(work, clock, ensure_catalog=False)
    t = s.tracking
    raw = sqlite3.connect(str(work))
    raw.execute("PRAGMA cache_size = -32000")
    samples = sample_values(raw)
    results: list[dict[str, Any]] = []

    def add(name: str, kind: str, call: Any, statements: list[tuple[str, list[Any]]], rows: int,
            limit: int = 10**9) -> None:
        end_to_end = measure(call, args.repeat)

        def raw_run() -> None:
            # The same statements, stopping as the service does once the page is full.
            got = 0
            for sql, params in statements:
                if got >= limit:
                    break
                got += len(raw.execute(sql, params).fetchall())

        r = measure(raw_run, args.repeat)
        plan = [row[3] for sql, params in statements for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params)]
        results.append({
            "name": name, "kind": kind, "rows": rows, "end_to_end": end_to_end, "raw_sqlite": r,
            "ratio_p50": round(end_to_end["p50_ms"] / r["p50_ms"], 2) if r["p50_ms"] else None,
            "ok": end_to_end["p95_ms"] <= TARGET_MS, "plan": plan,
        })

    for name in QUEUES:
        rows = len(t.queue(name, limit=200))
        add(f"queue:{name}", "queue", lambda n=name: t.queue(n, limit=200), [t.queue_sql(n, limit=200)
            for n in [name]], rows)
    field_proc = [("queue:overdue field=Hộ tịch", dict(field="Hộ tịch")),
                  ("queue:returned procedure=1.004873", dict(procedure_code="1.004873")),
                  ("queue:with_handler holder=chuyenmon1", dict(holder="chuyenmon1")),
                  ("queue:returned order=applicant_name", dict(order="applicant_name")),
                  ("queue:returned 2025 date range", dict(date_from=dt.date(2025, 3, 1), date_to=dt.date(2025, 3, 31)))]
    for label, kw in field_proc:
        qname = label.split()[0].split(":")[1]
        rows = len(t.queue(qname, **kw))
        order = kw.pop("order", None)
        add(label, "queue", lambda q=qname, k=kw, o=order: t.queue(q, order=o, **k),
            [t.queue_sql(qname, order=order, **kw)], rows)
    add("queue_counts (all tabs)", "queue", t.queue_counts,
        [(f"SELECT count(*) FROM dossiers WHERE {w}", p) for w, p in (t._queue_where(n) for n in QUEUES)],
        len(QUEUES))

    searches = [
        ("search:code", samples["code"]),
        ("search:code tail", samples["code"][-11:]),
        ("search:citizen id", samples["citizen_id"]),
        ("search:id prefix", samples["citizen_id"][:6]),
        ("search:phone", samples["phone"]),
        ("search:procedure code", "1.004873"),
        ("search:name prefix 'nguy'", "nguy"),
        ("search:full name 'nguyen van duc'", "nguyen van duc"),
        ("search:accented 'Nguyễn Văn Đức'", "Nguyễn Văn Đức"),
        ("search:word 'duc'", "duc"),
        ("search:words 'van duc'", "van duc"),
        ("search:words 'thi yen'", "thi yen"),
        ("search:rare 'trinh quoc vinh'", "trinh quoc vinh"),
        ("search:no match 'zzz'", "zzz"),
    ]
    for label, text in searches:
        rows = len(t.search(text))
        add(label, "search", lambda x=text: t.search(x), t.search_sql(text), rows, limit=50)
    rows = len(t.search("duc", procedure_code="XA.NCC.001"))
    add("search:word 'duc' + rare procedure", "search",
        lambda: t.search("duc", procedure_code="XA.NCC.001"), t.search_sql("duc", procedure_code="XA.NCC.001"), rows,
        limit=50)

    # Receive cost with the FTS triggers in place (the write path the index adds to).
    from desk_app.domain.model import Applicant
    from desk_app.services.dossiers import ReceiveRequest

    clerk = s.auth.users.get("canbo1")
    times = []
    for i in range(30):
        req = ReceiveRequest("1.004873", Applicant(f"Bench Nguyễn Văn Đức {i}", phone="0912345678"))
        t0 = time.perf_counter()
        s.dossiers.receive(clerk, req)
        times.append((time.perf_counter() - t0) * 1000)
    fts_times = []
    for i in range(200):
        raw.execute("BEGIN")
        t0 = time.perf_counter()
        raw.execute("INSERT INTO dossier_names (rowid, name_folded) VALUES (?, ?)", (10_000_000 + i, "nguyen van duc"))
        fts_times.append((time.perf_counter() - t0) * 1000)
        raw.execute("ROLLBACK")
    receive = {"receive_p50_ms": round(statistics.median(times), 2), "receive_p95_ms": round(pct(times, 95), 2),
               "fts_insert_p50_ms": round(statistics.median(fts_times), 3)}
    n = s.store.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
    size_mb = round(work.stat().st_size / 1048576, 1)
    s.close()
    raw.close()
    worst = max(r["end_to_end"]["p95_ms"] for r in results)
    report = {"dossiers": n, "db_mb": size_mb, "target_p95_ms": TARGET_MS, "worst_p95_ms": worst,
              "all_ok": all(r["ok"] for r in results), "receive": receive, "results": results}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(f"{n} dossiers, {size_mb} MB; target p95 ≤ {TARGET_MS} ms")
        print(f"{'query':45} {'rows':>5} {'p50':>8} {'p95':>8} {'raw p50':>8} {'raw p95':>8} {'ratio':>6}")
        for r in results:
            e, w = r["end_to_end"], r["raw_sqlite"]
            flag = "" if r["ok"] else "  SLOW"
            print(f"{r['name']:45} {r['rows']:>5} {e['p50_ms']:>8.2f} {e['p95_ms']:>8.2f} {w['p50_ms']:>8.2f} "
                  f"{w['p95_ms']:>8.2f} {r['ratio_p50'] or 0:>6.2f}{flag}")
        print(f"receive (with FTS trigger): p50 {receive['receive_p50_ms']} ms, p95 {receive['receive_p95_ms']} ms; "
              f"FTS row insert alone p50 {receive['fts_insert_p50_ms']} ms")
    return 0 if report["all_ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
