"""Shared fixtures: a fresh database file per test, seeded through the public services."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import

import pytest

from desk_app.domain.model import Role, User
from desk_app.services import Services


class FakeClock:
    """A settable clock so tests control 'now' (the services take the clock as a parameter)."""

    def __init__(self, start: dt.datetime) -> None:
        self.now = start

    def __call__(self) -> dt.datetime:
        return self.now

    def set(self, value: dt.datetime | str) -> None:
        self.now = dt.datetime.fromisoformat(value) if isinstance(value, str) else value


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime(2026, 11, 23, 9, 30))


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "desk.sqlite3"


@pytest.fixture
def services(db_path: Path, clock: FakeClock) -> Iterator[Services]:
    """An office with one account of each role (password 'matkhau123')."""
    s = Services.open(db_path, clock)
    s.update_office(None, name="UBND xã Tiến Thành", agency_code="000.21.22.H56", place="Tiến Thành",
                    parent_name="UBND TỈNH ĐỒNG NAI")
    admin = s.auth.add_user(None, "admin", "Trần Văn Quản", Role.ADMIN, "matkhau123")
    for username, name, role in (("canbo1", "Nguyễn Thị Ngọc Điệp", Role.CLERK),
                                 ("chuyenmon1", "Phạm Đức Thắng", Role.HANDLER),
                                 ("lanhdao", "Đặng Văn Đức", Role.LEADER)):
        s.auth.add_user(admin, username, name, role, "matkhau123")
    yield s
    s.close()


def user(services: Services, username: str) -> User:
    u = services.auth.users.get(username)
    assert u is not None
    return u


@pytest.fixture
def clerk(services: Services) -> User:
    return user(services, "canbo1")


@pytest.fixture
def handler(services: Services) -> User:
    return user(services, "chuyenmon1")


@pytest.fixture
def leader(services: Services) -> User:
    return user(services, "lanhdao")


@pytest.fixture
def admin(services: Services) -> User:
    return user(services, "admin")


@pytest.fixture
def english(qapp, tmp_path: Path):  # noqa: ANN001, ANN201
    """The English catalogue compiled from the committed .ts and installed for one test (removed afterwards)."""
    from PySide6.QtCore import QCoreApplication, QTranslator

    from desk_app.ui import i18n

    translator = QTranslator()
    assert translator.load(str(i18n.compile_qm("en", tmp_path / "desk_app_en.qm")))
    QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)
