"""Shared benchmark helpers: cached synthetic databases, percentiles, resident memory."""

from __future__ import annotations

import os
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

CACHE = Path(os.environ.get("DESK_BENCH_CACHE", "/tmp/motcua-bench"))


def cached_database(count: int, months: int | None = None) -> Path:
    """A database of ``count`` demo dossiers, built once and reused (building 1M takes minutes)."""
    from desk_app.services import Services
    from desk_app.services.demo import seed_demo

    months = months or (120 if count >= 200_000 else 24)
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"desk-{count}-{months}m.sqlite3"
    done = path.with_suffix(".done")
    if not done.exists():
        for stale in CACHE.glob(path.name + "*"):
            stale.unlink()
        s = Services.open(path)
        t = time.perf_counter()
        seed_demo(s, count, months=months)
        s.close()
        done.write_text(f"{time.perf_counter() - t:.1f}")
    return path


def percentiles(samples_s: list[float]) -> dict[str, float]:
    ms = sorted(x * 1000 for x in samples_s)
    q = statistics.quantiles(ms, n=100) if len(ms) > 1 else ms * 99
    return {"p50_ms": round(q[49], 3), "p95_ms": round(q[94], 3), "max_ms": round(ms[-1], 3)}


def interleaved(ours: Callable[[Any], Any], raw: Callable[[Any], Any], args: list[Any]) -> tuple[list[float], list[float]]:
    """Time both on each argument in turn, alternating which goes first.

    Measuring one side's whole run and then the other's lets machine noise (other processes,
    CPU frequency, the page cache) land on one side only; alternating spreads it evenly.
    """
    ours_s: list[float] = []
    raw_s: list[float] = []
    for i, a in enumerate(args):
        pair = ((ours, ours_s), (raw, raw_s)) if i % 2 == 0 else ((raw, raw_s), (ours, ours_s))
        for fn, out in pair:
            t = time.perf_counter()
            fn(a)
            out.append(time.perf_counter() - t)
    return ours_s, raw_s


def rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return round(int(line.split()[1]) / 1024, 1)
    except OSError:
        pass
    return -1.0
