"""Connections cut and processes killed at random points, many times: the hub ends with every event exactly once
and every desk agrees with it (both hub storages)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import keyring
import pytest

sys.path.insert(0, str(Path(__file__).parent))
from hubkit import (  # noqa: E402,F401
    OFFICE,
    OTHER_OFFICE,
    CuttingProxy,
    FileKeyring,
    clerk,
    hub_storage,
    hub_url_for_storage,
    local_uids,
    make_desk,
    memory_keyring,
    receive,
)

from desk_app.domain.model import Status  # noqa: E402
from desk_app.hub.server import BackgroundHub, free_port  # noqa: E402
from desk_app.hub.storage import HubStorage, open_storage  # noqa: E402
from desk_app.services import Services  # noqa: E402
from desk_app.services.dossiers import ReturnInfo  # noqa: E402
from desk_app.sync.client import RetryPolicy  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
DESKS = [(OFFICE, 1), (OFFICE, 2), (OTHER_OFFICE, 1)]


def work(s: Services, rng: random.Random) -> None:
    """A little of a day's work; a desk moves only dossiers it received itself (it owns them)."""
    receive(s, rng.randint(1, 2))
    mine = [d for d in s.dossiers.list(limit=50) if d.desk == s.desk_id and d.is_open]
    if mine and rng.random() < 0.6:
        d = rng.choice(mine)
        if d.status is Status.RECEIVED:
            s.dossiers.result_ready(clerk(s), d.code)
        elif d.status is Status.RESULT_READY:
            s.dossiers.return_result(clerk(s), d.code, ReturnInfo(collected_by="Lê Thị Hoa"))


def check_agreement(storage: HubStorage, desks: list[Services]) -> None:
    for office in {OFFICE, OTHER_OFFICE}:
        mine = [s for s in desks if s.office().agency_code == office]
        hub = storage.event_uids(office)
        assert len(hub) == len(set(hub)), "an event stored twice"
        sent = set().union(
            *({r[0] for r in s.store.conn.execute("SELECT uid FROM events WHERE origin = 'local'")} for s in mine)
        )
        assert set(hub) == sent, f"hub lacks {len(sent - set(hub))}, has {len(set(hub) - sent)} unknown"
        for s in mine:
            assert local_uids(s) == set(hub), f"desk {s.desk_id} disagrees with the hub"
            report = s.verify_audit()
            assert report.ok, report.problems
            assert s.sync.status().waiting == 0 and s.sync.status().failed == 0


def settle(desks: list[Services]) -> None:
    for _ in range(2):  # first everyone sends, then everyone hears about everyone
        for s in desks:
            r = s.sync.sync_now()
            assert r.ok, r.message


@pytest.mark.usefixtures("memory_keyring")
def test_cut_connections_at_random_points(tmp_path: Path, hub_storage: HubStorage) -> None:
    rng = random.Random(7)
    with BackgroundHub(hub_storage) as hub:
        proxy = CuttingProxy(hub.server.server_address[1], cut=0.5, seed=11)
        try:
            desks = []
            for office, n in DESKS:
                s = make_desk(tmp_path / f"{office}-{n}.sqlite3", n, office)
                s.sync.enrol(hub.url, hub_storage.create_enrol_code(office))
                with s.store.transaction():  # desks talk through the cutting proxy from now on
                    s.settings.set("sync.enrolment", {**s.sync.enrolment(), "upstream": proxy.url})
                s.sync.batch_size, s.sync.page_size = 3, 4  # many batches: many places to be cut
                s.sync.client_retry = RetryPolicy(attempts=1)
                desks.append(s)
            failures = 0
            for _ in range(18):
                s = rng.choice(desks)
                work(s, rng)
                failures += not rng.choice(desks).sync.sync_now().ok
            assert proxy.cuts >= 5 and failures >= 1, (proxy.cuts, failures)
            proxy.cut = 0.0
            settle(desks)
            check_agreement(hub_storage, desks)
        finally:
            proxy.close()


# --- killing processes -----------------------------------------------------------------------------------
def _env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        PYTHONPATH=os.pathsep.join([str(ROOT), str(Path(__file__).parent)]),
        PYTHON_KEYRING_BACKEND="testkeyring.FileKeyring",
        DESK_TEST_KEYRING=str(tmp_path / "keyring.json"),
        QT_QPA_PLATFORM="offscreen",
    )
    return env


class HubProcess:
    def __init__(self, url: str, port: int, env: dict[str, str]) -> None:
        self.url, self.port, self.env = url, port, env
        self.proc: subprocess.Popen[bytes] | None = None

    def start(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "desk_app.hub.cli", "serve", "--port", str(self.port), "--database", self.url],
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()  # printed once listening
        assert b"127.0.0.1" in line, line

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait(10)

    def stop(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(10)
            except subprocess.TimeoutExpired:
                self.kill()


def test_kill_hub_and_desks_at_random_points(
    tmp_path: Path, hub_url_for_storage: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(3)
    env = _env(tmp_path)
    monkeypatch.setenv("DESK_TEST_KEYRING", env["DESK_TEST_KEYRING"])
    previous = keyring.get_keyring()
    keyring.set_keyring(FileKeyring())
    port = free_port()
    hub = HubProcess(hub_url_for_storage, port, env)
    hub.start()
    storage = open_storage(hub_url_for_storage)
    paths = []
    try:
        for office, n in DESKS:
            path = tmp_path / f"{office}-{n}.sqlite3"
            s = make_desk(path, n, office)
            s.sync.enrol(f"http://127.0.0.1:{port}", storage.create_enrol_code(office))
            s.close()
            paths.append(path)
        kills = {"desk": 0, "hub": 0}
        for round_ in range(12):  # until enough kills landed mid-sync (a desk may finish before its kill)
            if round_ >= 4 and sum(kills.values()) >= 3:
                break
            for path in paths:
                s = Services.open(path, ensure_catalog=False)
                work(s, rng)
                s.close()
            procs = [
                subprocess.Popen(
                    [sys.executable, "-m", "desk_app.cli.main", "--db", str(p), "sync", "now", "-q"],
                    env=env,
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
                for p in paths
            ]
            time.sleep(rng.uniform(0.3, 2.5))
            victim = rng.choice(procs + ["hub"])
            if victim == "hub":
                hub.kill()
                kills["hub"] += 1
            elif victim.poll() is None:
                victim.send_signal(signal.SIGKILL)
                kills["desk"] += 1
            else:  # that desk had already finished: cut the hub instead
                hub.kill()
                kills["hub"] += 1
                victim = "hub"
            for p in procs:
                try:
                    p.wait(60)
                except subprocess.TimeoutExpired:
                    p.kill()
            if victim == "hub":
                hub.start()
        assert sum(kills.values()) >= 3, kills
        desks = [Services.open(p, ensure_catalog=False) for p in paths]
        settle(desks)
        check_agreement(storage, desks)
        for s in desks:
            s.close()
    finally:
        hub.stop()
        storage.close()
        keyring.set_keyring(previous)
