"""Start-up to ready-to-type, and per-keystroke latency of the procedure box and the global search box.

    python bench/bench_startup.py            # 1,000,000 dossiers (database cached under /tmp)
    python bench/bench_startup.py --quick    # 50,000

Start-up is measured from spawning ``python -m desk_app`` to the ``READY_MS`` line it prints:
(a) the login dialog ready to type (what a clerk sees first), (b) the main window ready to type
after signing in as the demo clerk (``--screenshot`` mode; includes the argon2 password check).
Keystroke latency is measured in-process on the real widgets: one key event per character, the
time until the event has been handled (the list below the box refilled). Each figure is reported
with raw SQLite doing the equivalent query on the same file as the denominator.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.common import cached_database, percentiles  # noqa: E402

READY_BUDGET_MS = 1500
KEY_BUDGET_MS = 50
PROCEDURE_QUERIES = ["dang ky khai sinh", "ket hon", "1.001193", "chung thuc ban sao", "xac nhan tinh trang hon nhan"]
SEARCH_QUERIES = ["nguyen van du", "tran thi thu", "le hoang", "0791950", "0903", "000.21.22.H56-2611"]


def run_startup(db: Path, screenshot: bool, runs: int) -> dict[str, object]:
    walls, reported = [], []
    for i in range(runs):
        cmd = [sys.executable, "-m", "desk_app", "--db", str(db), "--ready-time"]
        if screenshot:
            cmd += ["--screenshot", str(Path(tempfile.gettempdir()) / f"bench-startup-{i}.png")]
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        assert proc.stdout is not None
        for line in proc.stdout:
            if line.startswith("READY_MS"):
                walls.append(time.perf_counter() - t0)
                reported.append(float(line.split()[1]))
                break
        if screenshot:
            proc.wait(120)
        else:
            proc.kill()
            proc.wait()
    return {"wall_from_spawn": percentiles(walls), "in_process_ms": reported,
            "within_budget": max(walls) * 1000 <= READY_BUDGET_MS}


def raw_startup(db: Path) -> float:
    """Denominator: a bare Python process opening the file and counting today's dossiers."""
    code = ("import sqlite3,sys;c=sqlite3.connect(sys.argv[1]);"
            "c.execute(\"select count(*) from dossiers where received_day=date('now')\").fetchone()")
    t = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, str(db)], check=True)
    return (time.perf_counter() - t) * 1000


def keystrokes(db: Path) -> dict[str, object]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desk_app.domain.text import fold, prefix_upper_bound
    from desk_app.services import Services
    from desk_app.services.demo import DEMO_PASSWORD
    from desk_app.ui.app import create_app
    from desk_app.ui.context import Bus, Runner, UiContext
    from desk_app.ui.main_window import MainWindow

    app, _tr = create_app(lang="vi")
    now = lambda: dt.datetime.now().replace(microsecond=0)  # noqa: E731
    services = Services.open(db, now)
    ctx = UiContext(services, Runner(services, now), Bus(), now)
    ctx.settings.update(idle_minutes=0)
    ctx.user = services.auth.login("canbo1", DEMO_PASSWORD)
    win = MainWindow(ctx)
    win.show()
    app.processEvents()

    def type_timed(widget, text: str) -> list[float]:  # noqa: ANN001
        out = []
        widget.clear()
        app.processEvents()
        for ch in text:
            t = time.perf_counter()
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch, Qt.KeyboardModifier.NoModifier)
            out.append(time.perf_counter() - t)
        return out

    # Global search box (type-ahead results under the box).
    search_ui: list[float] = []
    for _ in range(3):
        for q in SEARCH_QUERIES:
            search_ui += type_timed(win.search, q)
    raw = sqlite3.connect(str(db))
    search_raw: list[float] = []
    for _ in range(3):
        for q in SEARCH_QUERIES:
            for i in range(1, len(q) + 1):
                p = q[:i]
                t = time.perf_counter()
                if p.isdigit():  # the partial indexes need the `<> ''` term
                    col = "phone" if p.startswith("0") and not p.startswith("07") else "citizen_id"
                    raw.execute(f"SELECT code, applicant_name, procedure_name, status FROM dossiers WHERE {col} >= ? "
                                f"AND {col} < ? AND {col} <> '' LIMIT 8", (p, prefix_upper_bound(p))).fetchall()
                elif "." in p:
                    raw.execute("SELECT code, applicant_name, procedure_name, status FROM dossiers WHERE code >= ? "
                                "AND code < ? LIMIT 8", (p, prefix_upper_bound(p))).fetchall()
                else:
                    f = fold(p)
                    raw.execute("SELECT code, applicant_name, procedure_name, status FROM dossiers WHERE name_folded >= ? "
                                "AND name_folded < ? ORDER BY name_folded LIMIT 8", (f, prefix_upper_bound(f))).fetchall()
                search_raw.append(time.perf_counter() - t)

    # Procedure box of the reception flow.
    win.show_page("reception")
    box = win.pages["reception"].procedure_step.search
    proc_ui: list[float] = []
    for _ in range(5):
        for q in PROCEDURE_QUERIES:
            proc_ui += type_timed(box, q)
    proc_raw: list[float] = []
    for _ in range(5):
        for q in PROCEDURE_QUERIES:
            for i in range(1, len(q) + 1):
                words = fold(q[:i]).split()
                where = " AND ".join("(name_folded || ' ' || lower(code)) LIKE ?" for _ in words) or "1"
                t = time.perf_counter()
                raw.execute(f"SELECT code, name FROM procedures WHERE active = 1 AND {where} LIMIT 60",
                            [f"%{w}%" for w in words]).fetchall()
                proc_raw.append(time.perf_counter() - t)
    ctx.user = None
    win.close()
    services.close()

    def summary(ui: list[float], base: list[float]) -> dict[str, object]:
        u, r = percentiles(ui), percentiles(base)
        return {"ui": u, "raw_sqlite": r, "ratio_p95": round(u["p95_ms"] / max(r["p95_ms"], 1e-3), 1),
                "within_budget": u["p95_ms"] <= KEY_BUDGET_MS, "keystrokes": len(ui)}

    return {"global_search": summary(search_ui, search_raw), "procedure_box": summary(proc_ui, proc_raw)}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--quick", action="store_true", help="50,000 dossiers")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    count = 50_000 if args.quick else args.count
    db = cached_database(count)
    raw = sorted(raw_startup(db) for _ in range(args.runs))
    result = {
        "dossiers": count,
        "database": str(db),
        "startup_login_ready": run_startup(db, screenshot=False, runs=args.runs),
        "startup_main_window_ready": run_startup(db, screenshot=True, runs=args.runs),
        "startup_raw_python_sqlite_ms": round(raw[len(raw) // 2], 1),
        **keystrokes(db),
    }
    print(json.dumps(result, indent=2, ensure_ascii=False), flush=True)
    os._exit(0)  # skip interpreter teardown: PySide6 6.12 can crash while collecting Qt objects at exit


if __name__ == "__main__":
    raise SystemExit(main())
