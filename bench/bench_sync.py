"""A province's end of day: N desks × M events synced into one hub on 127.0.0.1 (events/s, ratio to raw inserts).

    python bench/bench_sync.py [--quick] [--json] [--database postgresql://…|PATH] [--desks 1000] [--events 300]

Without --database both storages run: SQLite in a temp file and PostgreSQL in a throwaway cluster (initdb +
pg_ctl, as tests/integration/pg.py does) when its binaries are found. The hub runs as its own process
(`desk-hub serve`); desks are simulated by client threads sending real wire batches (gzip JSON, one batch of
up to 500 events per request, as the desk does). The denominator is raw inserts of the same rows into the
same database, one transaction per batch, with no HTTP, validation or dossier upkeep.
"""

from __future__ import annotations

import argparse
import concurrent.futures as cf
import datetime as dt
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "integration"))

import httpx  # noqa: E402

from desk_app.hub.server import free_port  # noqa: E402
from desk_app.hub.storage import EVENT_COLUMNS, open_storage  # noqa: E402

DESKS_PER_OFFICE = 6
TYPES = ("received", "result_ready", "returned")


def office_code(i: int) -> str:
    return f"000.{i // 100 % 100:02d}.{i % 100:02d}.H56"


def desk_batches(office: str, number: int, events: int, batch: int) -> list[dict[str, Any]]:
    desk = f"{office}/{number}"
    day = dt.datetime(2026, 12, 7, 8, 0)
    evs, snaps = [], {}
    for i in range(events):
        n = i // 3
        code = f"{office}-261207-{number}{n + 1:03d}"
        at = (day + dt.timedelta(minutes=i)).isoformat()
        evs.append(
            {
                "uid": str(uuid.uuid4()),
                "dossier_code": code,
                "type": TYPES[i % 3],
                "at": at,
                "actor": "canbo1",
                "desk": desk,
                "note": "",
                "seq": i + 1,
                "data": {"due_date": "2026-12-10", "counted_from": "2026-12-07", "book_number": n + 1}
                if i % 3 == 0
                else {},
            }
        )
        snaps[code] = {
            "code": code,
            "uid": str(uuid.uuid4()),
            "status": ["received", "result_ready", "returned"][i % 3],
            "received_at": day.isoformat(),
            "due_date": "2026-12-10",
            "desk": desk,
            "procedure_code": "1.004873",
            "procedure_name": "Đăng ký khai sinh",
            "field": "Hộ tịch",
            "applicant": {"full_name": "Nguyễn Văn Đức", "citizen_id": "001200012345"},
            "resolution": "on_time" if i % 3 else None,
        }
    out = []
    for start in range(0, events, batch):
        part = evs[start : start + batch]
        codes = {e["dossier_code"] for e in part}
        out.append({"desk": desk, "events": part, "dossiers": {c: snaps[c] for c in codes}})
    return out


def run_hub(database: str, desks: int, events: int, concurrency: int, batch: int, workers: int) -> dict[str, Any]:
    storage = open_storage(database)
    tokens = []
    for i in range(desks):
        office = office_code(i // DESKS_PER_OFFICE)
        e = storage.enrol(storage.create_enrol_code(office), office, i % DESKS_PER_OFFICE + 1)
        tokens.append((office, i % DESKS_PER_OFFICE + 1, e.token))
    work = [(tok, desk_batches(office, n, events, batch)) for office, n, tok in tokens]
    # Desks are other machines: their JSON + gzip work is done before the clock starts.
    wire = [
        (tok, [gzip.compress(json.dumps(b, ensure_ascii=False, separators=(",", ":")).encode(), 5) for b in bs])
        for tok, bs in work
    ]
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    hub = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "desk_app.hub.cli",
            "serve",
            "--port",
            str(port),
            "--database",
            database,
            "--workers",
            str(workers),
        ],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    assert hub.stdout is not None
    hub.stdout.readline()
    url = f"http://127.0.0.1:{port}"

    def one_desk(item: tuple[str, list[bytes]]) -> int:
        token, bodies = item
        headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json", "Content-Encoding": "gzip"}
        n = 0
        with httpx.Client(base_url=url, timeout=60, trust_env=False) as client:
            for body in bodies:
                for attempt in range(5):
                    r = client.post("/v1/events", content=body, headers=headers)
                    if r.status_code == 200:
                        break
                    time.sleep(0.2 * 2**attempt)
                answer = r.json()
                n += len(answer["stored"]) + len(answer["duplicates"])
        return n

    try:
        t0 = time.perf_counter()
        with cf.ThreadPoolExecutor(concurrency) as pool:
            stored = sum(pool.map(one_desk, wire))
        elapsed = time.perf_counter() - t0
    finally:
        hub.terminate()
        hub.wait(10)
    total = desks * events
    assert stored == total, (stored, total)
    held = len(storage.event_uids())
    assert held == total, (held, total)
    raw = raw_inserts(storage, work, batch)
    storage.close()
    return {
        "storage": storage.kind,
        "desks": desks,
        "events_per_desk": events,
        "events": total,
        "seconds": round(elapsed, 2),
        "events_per_s": round(total / elapsed),
        "raw_seconds": round(raw, 2),
        "raw_events_per_s": round(total / raw),
        "ratio_to_raw": round((total / elapsed) / (total / raw), 3),
        "concurrency": concurrency,
        "batch": batch,
        "hub_workers": workers,
    }


def raw_inserts(storage: Any, work: list[tuple[str, list[dict[str, Any]]]], batch: int) -> float:
    """The same rows straight into a bare table of the same database: one transaction per batch."""
    cols = ", ".join(EVENT_COLUMNS)
    with storage.tx() as t:
        t.execute("DROP TABLE IF EXISTS raw_events")
        t.execute(f"CREATE TABLE raw_events ({', '.join(c + ' TEXT' for c in EVENT_COLUMNS)}, PRIMARY KEY (uid))")
    now = dt.datetime.now().isoformat()
    batches = []
    for _, desk_batches_ in work:
        for b in desk_batches_:
            batches.append(
                [
                    (
                        e["uid"],
                        "x",
                        str(i),
                        e["desk"],
                        e["desk"],
                        str(e["seq"]),
                        e["dossier_code"],
                        e["type"],
                        e["at"],
                        e["actor"],
                        e["note"],
                        json.dumps(e["data"]),
                        "raw",
                        now,
                    )
                    for i, e in enumerate(b["events"])
                ]
            )
    marks = ", ".join("?" for _ in EVENT_COLUMNS)
    t0 = time.perf_counter()
    for rows in batches:
        with storage.tx() as t:
            if storage.pg:
                columns = [list(c) for c in zip(*rows, strict=True)]
                t.cur.execute(
                    f"INSERT INTO raw_events ({cols}) SELECT * FROM unnest("
                    + ", ".join("%s::text[]" for _ in EVENT_COLUMNS)
                    + ")",
                    columns,
                )
            else:
                t.many(f"INSERT INTO raw_events ({cols}) VALUES ({marks})", rows)
    elapsed = time.perf_counter() - t0
    with storage.tx() as t:
        t.execute("DROP TABLE raw_events")
    return elapsed


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="50 desks × 300 events")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--database", help="one storage only: postgresql://… or a SQLite path")
    ap.add_argument("--desks", type=int)
    ap.add_argument("--events", type=int, default=300)
    ap.add_argument("--concurrency", type=int, default=16)
    ap.add_argument("--batch", type=int, default=500)
    ap.add_argument("--workers", type=int, default=os.cpu_count() or 1, help="hub processes (desk-hub serve --workers)")
    args = ap.parse_args()
    desks = args.desks or (50 if args.quick else 1000)
    results = []
    tmp = Path(tempfile.mkdtemp(prefix="bench-sync-"))
    targets: list[str] = [args.database] if args.database else [str(tmp / "hub.sqlite3")]
    cluster = None
    if not args.database:
        url = os.environ.get("DESK_TEST_PG_URL")
        if not url:
            import pg

            bin_dir = pg.find_bin_dir()
            if bin_dir is None:
                print("PostgreSQL binaries not found: PostgreSQL skipped", file=sys.stderr)
            else:
                cluster = pg.PgCluster(bin_dir)
                url = cluster.start()
        if url:
            import pg

            targets.append(pg.fresh_database(url))
    try:
        for target in targets:
            r = run_hub(target, desks, args.events, args.concurrency, args.batch, args.workers)
            results.append(r)
            if not args.json:
                print(
                    f"{r['storage']:10} {r['events']:>8} events from {r['desks']} desks in {r['seconds']:.1f} s: "
                    f"{r['events_per_s']:,} events/s; raw inserts {r['raw_events_per_s']:,}/s; "
                    f"ratio {r['ratio_to_raw']:.2f}",
                    flush=True,
                )
    finally:
        if cluster is not None:
            cluster.stop()
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
