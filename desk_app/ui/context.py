"""What every window and page receives: services, the signed-in user, a background runner, a bus."""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desk_app.domain.model import User
from desk_app.services import Services
from desk_app.services.core import Clock


class Bus(QObject):
    """App-wide notifications. Pages refresh on ``data_changed``; anyone may ask to open a dossier."""

    data_changed = Signal()  # a dossier, the catalog or settings changed
    open_dossier = Signal(str)  # dossier code
    status_message = Signal(str)  # a short message for the status bar
    user_changed = Signal()  # signed in / out / locked


class _Relay(QObject):
    done = Signal(object, object, object)  # callback, result, error


class _Task(QRunnable):
    def __init__(self, runner: Runner, fn: Callable[[Services], Any], on_success: Callable[[Any], None] | None,
                 on_failure: Callable[[BaseException], None] | None) -> None:
        super().__init__()
        self.runner, self.fn, self.on_success, self.on_failure = runner, fn, on_success, on_failure

    def run(self) -> None:
        try:
            result = self.fn(self.runner.worker_services())
        except BaseException as exc:  # noqa: BLE001 - delivered to the failure callback on the main thread
            exc.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.runner.relay.done.emit(self.on_failure, None, exc)
        else:
            self.runner.relay.done.emit(self.on_success, result, None)


class Runner(QObject):
    """Runs long work off the UI thread, one job at a time, on the worker's own connection.

    ``fn`` receives a :class:`Services` opened on the same database in the worker thread (SQLite
    connections are not shared across threads). Callbacks run on the main thread; workers never
    touch widgets. ``synchronous=True`` (tests) runs the job inline with the main services.
    """

    busy_changed = Signal(bool)

    def __init__(self, services: Services, clock: Clock, *, synchronous: bool = False) -> None:
        super().__init__()
        self.services = services
        self.clock = clock
        self.synchronous = synchronous
        self.pool = QThreadPool()
        self.pool.setMaxThreadCount(1)  # serialised background writes
        self.relay = _Relay()
        self.relay.done.connect(self._deliver)
        self._local = threading.local()
        self._pending = 0

    @property
    def db_path(self) -> Path:
        return self.services.store.path

    def worker_services(self) -> Services:
        if self.synchronous:
            return self.services
        s = getattr(self._local, "services", None)
        if s is None:
            s = Services.open(self.db_path, self.clock, ensure_catalog=False)
            self._local.services = s
        return s

    def submit(self, fn: Callable[[Services], Any], on_success: Callable[[Any], None] | None = None,
               on_failure: Callable[[BaseException], None] | None = None) -> None:
        self._pending += 1
        self.busy_changed.emit(True)
        task = _Task(self, fn, on_success, on_failure)
        if self.synchronous:
            task.run()
        else:
            self.pool.start(task)

    def _deliver(self, callback: Callable[[Any], None] | None, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if callback is not None:
            callback(error if error is not None else result)
        elif error is not None:
            raise error

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)


@dataclass
class UiContext:
    """Passed through constructors to every window and page (no global app or db handles)."""

    services: Services
    runner: Runner
    bus: Bus
    clock: Clock
    user: User | None = None
    settings: dict[str, Any] = field(default_factory=dict)  # UI preferences (language, idle lock minutes…)

    def require_user(self) -> User:
        assert self.user is not None, "a page is shown only after sign-in"
        return self.user
