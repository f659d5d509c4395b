"""Shared pieces of the sync tests: test keyrings, hub storage over SQLite and PostgreSQL, desks, a cutting proxy."""

from __future__ import annotations

import datetime as dt
import os
import random
import shutil
import socket
import sys
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest

from desk_app.domain.model import Applicant, Role, User
from desk_app.hub.server import BackgroundHub
from desk_app.hub.storage import HubStorage, open_storage
from desk_app.services import Services
from desk_app.services.dossiers import ReceiveRequest

sys.path.insert(0, str(Path(__file__).parent))
import pg  # noqa: E402
from testkeyring import FileKeyring, MemoryKeyring  # noqa: E402,F401

OFFICE = "000.21.22.H56"
OTHER_OFFICE = "000.31.22.H56"
APPLICANT = Applicant("Nguyễn Văn Đức", "001200012345", dt.date(2000, 5, 15), "Nam", "Hà Nội", "0912345678")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    kr = MemoryKeyring()
    keyring.set_keyring(kr)
    yield kr
    keyring.set_keyring(previous)


# --- PostgreSQL ---------------------------------------------------------------------------------------
_PG: dict[str, Any] = {}


def pg_admin_url() -> str:
    """The test server's URL: DESK_TEST_PG_URL, or one cluster started for the session."""
    if os.environ.get("DESK_TEST_PG_URL"):
        return os.environ["DESK_TEST_PG_URL"]
    if "url" not in _PG:
        bin_dir = pg.find_bin_dir()
        if bin_dir is None:
            msg = (
                "PostgreSQL binaries not found (no initdb/pg_ctl in PATH, PG_BIN or /usr/lib/postgresql/*/bin); "
                "run .ci/postgres.sh or set DESK_TEST_PG_URL"
            )
            print(f"\nSKIP postgres: {msg}", file=sys.stderr)
            pytest.skip(msg)
        cluster = pg.PgCluster(bin_dir)
        _PG["url"] = cluster.start()
        _PG["cluster"] = cluster
        import atexit

        atexit.register(cluster.stop)
    return str(_PG["url"])


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def hub_url_for_storage(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A database URL for the hub: a SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "hub.sqlite3")
    return pg.fresh_database(pg_admin_url())


@pytest.fixture
def hub_storage(hub_url_for_storage: str) -> Iterator[HubStorage]:
    storage = open_storage(hub_url_for_storage)
    yield storage
    storage.close()


# --- desks --------------------------------------------------------------------------------------------
class Clock:
    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now


_TEMPLATE: dict[str, Path] = {}


def _template() -> Path:
    """One seeded desk database per test session (password hashing is slow on purpose), copied per desk."""
    if "path" not in _TEMPLATE:
        import tempfile

        path = Path(tempfile.mkdtemp(prefix="desk-template-")) / "desk.sqlite3"
        s = Services.open(path)
        s.update_office(None, name="UBND xã mẫu", agency_code=OFFICE, desk_number=1)
        admin = s.auth.add_user(None, "admin", "Trần Văn Quản", Role.ADMIN, "matkhau123")
        s.auth.add_user(admin, "canbo1", "Nguyễn Thị Ngọc Điệp", Role.CLERK, "matkhau123")
        s.close()
        _TEMPLATE["path"] = path
    return _TEMPLATE["path"]


def make_desk(path: Path, desk_number: int = 1, office: str = OFFICE, clock: Clock | None = None) -> Services:
    """A desk database with an office profile, an admin and a clerk ("canbo1")."""
    path.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(_template(), path)
    s = Services.open(path, clock or Clock(dt.datetime(2026, 12, 7, 9, 30)))
    s.update_office(s.auth.users.get("admin"), name=f"UBND xã {office}", agency_code=office, desk_number=desk_number)
    return s


def clerk(s: Services) -> User:
    u = s.auth.users.get("canbo1")
    assert u is not None
    return u


def receive(s: Services, n: int = 1) -> list[str]:
    return [s.dossiers.receive(clerk(s), ReceiveRequest("1.004873", APPLICANT)).code for _ in range(n)]


@pytest.fixture
def hub(hub_storage: HubStorage) -> Iterator[BackgroundHub]:
    """The hub's HTTP server on 127.0.0.1 over the test's storage."""
    with BackgroundHub(hub_storage) as h:
        yield h


def storage_url(storage: HubStorage) -> str:
    """What ``desk-hub --database`` takes for this storage."""
    return getattr(storage, "url", None) or str(storage.path)


def enrolled(
    tmp_path: Path, hub: BackgroundHub, storage: HubStorage, number: int, office: str = OFFICE,
    clock: Clock | None = None,
) -> Services:
    """A desk enrolled at the running hub with a fresh one-time code."""
    s = make_desk(tmp_path / f"desk-{office}-{number}.sqlite3", number, office, clock)
    s.sync.enrol(hub.url, storage.create_enrol_code(office))
    return s


def sync_page(qtbot: Any, s: Services) -> Any:
    """The Sync page over desk ``s`` as its clerk sees it, work run synchronously."""
    from desk_app.ui.context import Bus, Runner, UiContext
    from desk_app.ui.sync.page import Page

    ctx = UiContext(s, Runner(s, s.clock, synchronous=True), Bus(), s.clock, user=clerk(s))
    page = Page(ctx)
    qtbot.addWidget(page)
    return page


def local_uids(s: Services) -> set[str]:
    return {r[0] for r in s.store.conn.execute("SELECT uid FROM events")}


# --- a TCP proxy that cuts connections -----------------------------------------------------------------
class CuttingProxy:
    """Forwards 127.0.0.1 traffic to the hub; with probability ``cut`` a connection is dropped after a random
    number of bytes, in either direction (so a batch may be stored with its answer lost)."""

    def __init__(self, target_port: int, cut: float = 0.3, seed: int = 0) -> None:
        self.target_port = target_port
        self.cut = cut
        self.rng = random.Random(seed)
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(64)
        self.port = self.sock.getsockname()[1]
        self.cuts = 0
        self._stop = False
        self.thread = threading.Thread(target=self._accept, daemon=True)
        self.thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while not self._stop:
            try:
                client, _ = self.sock.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            limit = None
            if self.rng.random() < self.cut:
                limit = (self.rng.choice(["up", "down"]), self.rng.randint(0, 3000))
                self.cuts += 1
            for a, b, name in ((client, upstream, "up"), (upstream, client, "down")):
                budget = limit[1] if limit and limit[0] == name else None
                threading.Thread(target=self._pump, args=(a, b, budget, (client, upstream)), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket, budget: int | None, both: tuple[socket.socket, ...]) -> None:
        try:
            while True:
                data = src.recv(65536)
                if not data:
                    break
                if budget is not None:
                    if len(data) >= budget:
                        dst.sendall(data[:budget])
                        break
                    budget -= len(data)
                dst.sendall(data)
        except OSError:
            pass
        for s in both:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            s.close()

    def close(self) -> None:
        self._stop = True
        self.sock.close()
