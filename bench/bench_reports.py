"""Benchmark: a year's period report over 1,000,000 dossiers, against raw sqlite3 running the same aggregate SQL.

    python bench/bench_reports.py            # 1,000,000 dossiers over 120 months (db cached under /tmp)
    python bench/bench_reports.py --quick    # 50,000 dossiers
    python bench/bench_reports.py --json     # one JSON object on stdout

The database is built once with ``seed_demo`` and kept in /tmp (``--fresh`` rebuilds it). Each
figure is the best of ``--repeat`` runs on a warm cache. "raw" runs the aggregate ``REPORT_SQL`` (one GROUP BY)
on a plain ``sqlite3`` connection and only fetches its rows; "service" is
``ReportService.period_report``: the same classification SQL, counted in Python instead of by
SQLite's sorting GROUP BY, then the rows and the total built. The dashboard (12 monthly
reports, overdue now, satisfaction) and a drill-down are timed too.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sqlite3
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk_app.services import Services  # noqa: E402
from desk_app.services.demo import seed_demo  # noqa: E402
from desk_app.services.reports import REPORT_SQL, fold_groups  # noqa: E402

TODAY = dt.datetime(2026, 11, 23, 9, 30)


def best(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    result = None
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return min(times), result


def build(path: Path, count: int, months: int, fresh: bool) -> float:
    if fresh and path.exists():
        for suffix in ("", "-wal", "-shm"):
            Path(str(path) + suffix).unlink(missing_ok=True)
    if path.exists():
        return 0.0
    tmp = path.with_suffix(".building")
    for suffix in ("", "-wal", "-shm"):
        Path(str(tmp) + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    s = Services.open(tmp, lambda: TODAY)
    s.store.conn.execute("PRAGMA synchronous = OFF")  # building the fixture only
    seed_demo(s, count, months=months, batch=20000)
    s.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    s.close()
    tmp.rename(path)
    return time.perf_counter() - t0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="50,000 dossiers instead of 1,000,000")
    ap.add_argument("--count", type=int, help="number of dossiers (overrides --quick)")
    ap.add_argument("--months", type=int, default=120)
    ap.add_argument("--year", type=int, default=2025, help="the reported year")
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--fresh", action="store_true", help="rebuild the cached database")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    count = args.count or (50_000 if args.quick else 1_000_000)
    path = Path(f"/tmp/desk-bench-reports-{count}-{args.months}.sqlite3")
    built = build(path, count, args.months, args.fresh)

    f, t = dt.date(args.year, 1, 1), dt.date(args.year, 12, 31)
    params = {"f": f.isoformat(), "t": t.isoformat()}
    raw = sqlite3.connect(str(path))
    raw.execute("PRAGMA cache_size = -32000")  # the app's setting, so both read alike
    raw_s, raw_rows = best(lambda: raw.execute(REPORT_SQL, params).fetchall(), args.repeat)
    raw.close()

    s = Services.open(path, lambda: TODAY)
    svc_s, rows = best(lambda: s.reports.period_report(f, t), args.repeat)
    dash_s, _ = best(lambda: s.reports.dashboard(), max(1, args.repeat // 2))
    drill_s, codes = best(lambda: s.reports.drill_down("resolved_late", None, f, t), args.repeat)
    total = rows[-1]
    n = s.store.conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
    s.close()
    assert fold_groups(raw_rows) == rows, "raw and service disagree"
    out = {
        "dossiers": n,
        "period": [f.isoformat(), t.isoformat()],
        "received_total": total.received_total,
        "resolved_total": total.resolved_total,
        "raw_sqlite_s": round(raw_s, 4),
        "service_s": round(svc_s, 4),
        "ratio_service_to_raw": round(svc_s / raw_s, 3) if raw_s else None,
        "dashboard_s": round(dash_s, 4),
        "drill_down_late_s": round(drill_s, 4),
        "drill_down_late_codes": len(codes),
        "build_s": round(built, 1),
        "under_1s": svc_s < 1.0,
    }
    if args.json:
        print(json.dumps(out))
    else:
        print(f"Báo cáo năm {args.year} trên {n:,} hồ sơ "
              f"(nhận {total.received_total:,}, giải quyết {total.resolved_total:,})")
        print(f"  sqlite3 thuần (cùng câu SQL): {raw_s * 1000:8.1f} ms")
        print(f"  ReportService.period_report:  {svc_s * 1000:8.1f} ms  (x{out['ratio_service_to_raw']})")
        print(f"  dashboard (12 tháng):         {dash_s * 1000:8.1f} ms")
        print(f"  drill-down trả quá hạn:       {drill_s * 1000:8.1f} ms  ({len(codes):,} hồ sơ)")
        if built:
            print(f"  (tạo dữ liệu: {built:.0f} s, lưu ở {path})")
    return 0 if svc_s < 1.0 else 1


if __name__ == "__main__":
    sys.exit(main())
