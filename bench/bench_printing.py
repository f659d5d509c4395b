"""Benchmark the printing room: 200 receipts (A5 and roll) and a 1,000-row tracking book.

    python bench/bench_printing.py          # a readable table
    python bench/bench_printing.py --json   # one JSON object (p50/p95 in ms) for CI

Target: receipt p95 ≤ 50 ms (two copies and the evaluation slip, barcodes and QR included).
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import io
import json
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desk_app.printing.render import render_book, render_dossier_form  # noqa: E402
from desk_app.printing.samples import (  # noqa: E402
    sample_book_dossiers,
    sample_dossier,
    sample_office,
    sample_procedures,
)
from desk_app.printing.toolkit import register_fonts  # noqa: E402

RECEIPT_TARGET_P95_MS = 50.0


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(q * (len(ordered) - 1))))
    return ordered[index]


def _time(fn: Callable[[], object], runs: int) -> dict[str, float]:
    """Wall-clock and CPU percentiles; on a busy machine (CI, shared boxes) CPU time is the steadier one."""
    wall: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        fn()
        wall.append((time.perf_counter() - started) * 1000)
        cpu.append((time.process_time() - started_cpu) * 1000)
    return {
        "runs": runs,
        "p50_ms": round(statistics.median(wall), 2),
        "p95_ms": round(_percentile(wall, 0.95), 2),
        "max_ms": round(max(wall), 2),
        "cpu_p50_ms": round(statistics.median(cpu), 2),
        "cpu_p95_ms": round(_percentile(cpu, 0.95), 2),
    }


# PLATFORM_NOTES' reference machine renders a text-only A4 receipt in 7 ms; the same kind of page
# timed here turns this machine's figures into reference-machine figures (busy CI runners differ).
REFERENCE_TEXT_PAGE_MS = 7.0


def _text_page() -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = getSampleStyleSheet()["BodyText"]
    lines = [
        Paragraph(f"Line {i}: the quick brown fox jumps over the lazy dog, receipt text.", style) for i in range(30)
    ]
    SimpleDocTemplate(io.BytesIO(), pagesize=A4).build(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--receipts", type=int, default=200)
    parser.add_argument("--rows", type=int, default=1000)
    parser.add_argument("--book-runs", type=int, default=5)
    args = parser.parse_args(argv)

    started = time.perf_counter()
    register_fonts()
    fonts_ms = (time.perf_counter() - started) * 1000

    office = sample_office()
    procedure = sample_procedures()[0]
    base = sample_dossier("receipt")
    # Each receipt has its own code, so no symbol comes from a cache the real desk would miss.
    receipts = [dataclasses.replace(base, code=f"000.21.22.H56-261123-{1000 + i:04d}") for i in range(args.receipts)]
    counter = iter(range(10**9))

    def one_receipt(page_size: str | None = None) -> None:
        dossier = receipts[next(counter) % len(receipts)]
        render_dossier_form(
            "receipt", dossier, procedure, office, io.BytesIO(), page_size=page_size, printed_by="Trần Thị Thu Hương"
        )

    _text_page()
    calibration = _time(_text_page, 30)
    one_receipt()  # warm-up: first-use imports and glyph tables
    results: dict[str, object] = {"font_registration_ms": round(fonts_ms, 1)}
    counter = iter(range(10**9))
    results["receipt_a5"] = _time(one_receipt, args.receipts)
    counter = iter(range(10**9))
    results["receipt_roll80"] = _time(lambda: one_receipt("roll80"), args.receipts)
    counter = iter(range(10**9))
    results["receipt_a5_without_slip"] = _time(
        lambda: render_dossier_form(
            "receipt", receipts[next(counter) % len(receipts)], procedure, office, io.BytesIO(), evaluation_slip=False
        ),
        args.receipts,
    )
    dossiers = sample_book_dossiers(args.rows)
    buffer = io.BytesIO()

    def book() -> None:
        buffer.seek(0)
        buffer.truncate()
        render_book(dossiers, office, dt.date(2026, 1, 1), dt.date(2026, 12, 31), buffer)

    results[f"book_{args.rows}_rows"] = _time(book, args.book_runs)
    results["book_pdf_kb"] = round(len(buffer.getvalue()) / 1024, 1)
    receipt: dict[str, float] = results["receipt_a5"]  # type: ignore[assignment]
    results["receipt_target_p95_ms"] = RECEIPT_TARGET_P95_MS
    results["receipt_target_met"] = receipt["p95_ms"] <= RECEIPT_TARGET_P95_MS
    results["receipt_target_met_cpu"] = receipt["cpu_p95_ms"] <= RECEIPT_TARGET_P95_MS
    results["text_page_ms"] = calibration
    factor = REFERENCE_TEXT_PAGE_MS / calibration["p50_ms"]
    results["receipt_p95_ms_on_reference_machine"] = round(receipt["p95_ms"] * factor, 1)
    results["receipt_p50_ms_on_reference_machine"] = round(receipt["p50_ms"] * factor, 1)
    results["load_average_1min"] = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    results["cpus"] = os.cpu_count()

    if args.json:
        print(json.dumps(results, ensure_ascii=False))
    else:
        for key, value in results.items():
            print(f"{key:28} {value}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
