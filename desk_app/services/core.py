"""The composition of services over one open database (the app's and the CLI's single root)."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

from desk_app.domain.audit import AuditReport, verify_chain
from desk_app.domain.calendar import WorkingCalendar, load_overrides_file
from desk_app.domain.catalog import load_catalog_file
from desk_app.domain.codes import validate_agency_code
from desk_app.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError
from desk_app.domain.lifecycle import replay
from desk_app.domain.model import OfficeProfile, Procedure, Role, User
from desk_app.domain.text import fold
from desk_app.paths import bundle_root
from desk_app.services.auth import AuthService, require_role
from desk_app.services.dossiers import DossierService, _parse_hhmm
from desk_app.store.connection import Store, StoreError, backup_file, open_store
from desk_app.store.repositories import CalendarRepo, DossierRepo, ProcedureRepo, SettingsRepo

Clock = Callable[[], dt.datetime]


def shipped_catalog_path() -> Path:
    return bundle_root() / "resources" / "catalog" / "procedures.json"


def shipped_overrides_path() -> Path:
    return bundle_root() / "resources" / "calendar" / "vn_overrides.json"


def _now() -> dt.datetime:
    return dt.datetime.now().replace(microsecond=0)


class CatalogService:
    def __init__(self, store: Store) -> None:
        self.store = store
        self.repo = ProcedureRepo(store)
        self.settings = SettingsRepo(store)

    def list(self, active_only: bool = True) -> list[Procedure]:
        return self.repo.all(active_only)

    def get(self, code: str) -> Procedure | None:
        return self.repo.get(code.strip())

    def search(self, text: str, limit: int = 20, recent: list[str] | None = None) -> list[Procedure]:
        """Accent-insensitive match on name words or code; recently used procedures first."""
        words = fold(text).split()
        found = []
        for p in self.repo.all():
            hay = fold(p.name) + " " + p.code.lower() + " " + fold(p.field)
            if all(w in hay for w in words):
                found.append(p)
        order = {c: i for i, c in enumerate(recent or [])}
        found.sort(key=lambda p: (order.get(p.code, len(order)), not fold(p.name).startswith(" ".join(words)), p.name))
        return found[:limit]

    def import_file(self, actor: User | None, path: Path) -> int:
        """Replace the catalog with a validated file; a bad file changes nothing."""
        if actor is not None:
            require_role(actor, Role.ADMIN)
        procedures = load_catalog_file(path)  # raises CatalogError naming file, entry, field
        with self.store.transaction():
            n = self.repo.replace_all(procedures)
            self.settings.set("catalog_source", {"file": str(path), "imported_at": _now().isoformat(), "count": n})
        return n

    def ensure_loaded(self) -> None:
        if self.repo.count() == 0:
            self.import_file(None, shipped_catalog_path())


def _room(module: str, cls: str) -> Any:
    import importlib

    return getattr(importlib.import_module(module), cls)


class _Rooms:
    """Services of later rooms, created on first use (each room owns its own module)."""

    @functools.cached_property
    def tracking(self) -> Any:
        return _room("desk_app.services.tracking", "TrackingService")(self)

    @functools.cached_property
    def attachments(self) -> Any:
        return _room("desk_app.services.attachments", "AttachmentService")(self)

    @functools.cached_property
    def printing(self) -> Any:
        return _room("desk_app.services.printing", "PrintService")(self)

    @functools.cached_property
    def reports(self) -> Any:
        return _room("desk_app.services.reports", "ReportService")(self)

    @functools.cached_property
    def sync(self) -> Any:
        return _room("desk_app.sync.service", "SyncService")(self)


class Services(_Rooms):
    """Everything the UI and the CLI may do, over one store."""

    def __init__(self, store: Store, clock: Clock = _now) -> None:
        self.store = store
        self.clock = clock
        self.settings = SettingsRepo(store)
        self.catalog = CatalogService(store)
        self.calendar_repo = CalendarRepo(store)
        self.auth = AuthService(store, clock)
        self.dossiers = DossierService(self, clock)
        self._calendar: WorkingCalendar | None = None

    @classmethod
    def open(cls, path: Path, clock: Clock = _now, *, ensure_catalog: bool = True) -> Services:
        services = cls(open_store(path), clock)
        if ensure_catalog:
            services.catalog.ensure_loaded()
        return services

    def close(self) -> None:
        self.store.close()

    # --- office profile ------------------------------------------------------------------------
    def office(self) -> OfficeProfile:
        return self.settings.office() or OfficeProfile()

    @property
    def has_office(self) -> bool:
        return self.settings.office() is not None

    @property
    def desk_id(self) -> str:
        o = self.office()
        return f"{o.agency_code}/{o.desk_number}"

    def update_office(self, actor: User | None, **fields: Any) -> OfficeProfile:
        """Set office profile fields. ``actor`` None only while no account exists (first set-up)."""
        if actor is None:
            if self.auth.users.count() > 0:
                raise PermissionDenied("login_required", QT_TRANSLATE_NOOP("messages", "Cần đăng nhập quản trị."))
        else:
            require_role(actor, Role.ADMIN)
        known = {f.name for f in dataclasses.fields(OfficeProfile)}
        unknown = set(fields) - known
        if unknown:
            raise ValidationError(
                "office_field_unknown",
                QT_TRANSLATE_NOOP("messages", "Trường hồ sơ cơ quan không có: {fields}."),
                fields=", ".join(sorted(unknown)),
            )
        office = dataclasses.replace(self.office(), **fields)
        if not office.name.strip():
            raise ValidationError("office_name_empty", QT_TRANSLATE_NOOP("messages", "Chưa nhập tên cơ quan."), field="name")
        office = dataclasses.replace(office, name=office.name.strip(), agency_code=validate_agency_code(office.agency_code))
        if not 1 <= int(office.desk_number) <= 9:
            raise ValidationError(
                "desk_number_invalid", QT_TRANSLATE_NOOP("messages", "Số bàn tiếp nhận phải từ 1 đến 9."), field="desk_number"
            )
        for name in ("cutoff", "return_time"):
            try:
                _parse_hhmm(getattr(office, name))
            except ValueError:
                raise ValidationError(
                    "time_invalid", QT_TRANSLATE_NOOP("messages", "Giờ «{value}» không hợp lệ (dạng HH:MM)."),
                    field=name, value=getattr(office, name),
                ) from None
        with self.store.transaction():
            self.settings.save_office(office)
        self._calendar = None
        return office

    # --- working calendar --------------------------------------------------------------------
    def calendar(self) -> WorkingCalendar:
        if self._calendar is None:
            office = self.office()
            # Shipped government announcements first; the office's own days (admin-edited) win.
            overrides: dict[dt.date, Any] = dict(load_overrides_file(shipped_overrides_path()))
            overrides.update(self.calendar_repo.overrides())
            self._calendar = WorkingCalendar(
                overrides, saturday_morning=office.saturday_morning, cutoff=_parse_hhmm(office.cutoff)
            )
        return self._calendar

    def set_calendar_day(self, actor: User, day: dt.date, kind: str, note: str = "") -> None:
        require_role(actor, Role.ADMIN)
        if kind not in ("off", "work"):
            raise ValidationError(
                "day_kind_invalid", QT_TRANSLATE_NOOP("messages", "Loại ngày phải là «off» (nghỉ) hoặc «work» (làm bù)."),
                field="kind",
            )
        with self.store.transaction():
            self.calendar_repo.set(day, kind, note)
        self._calendar = None

    def remove_calendar_day(self, actor: User, day: dt.date) -> bool:
        require_role(actor, Role.ADMIN)
        with self.store.transaction():
            removed = self.calendar_repo.remove(day)
        self._calendar = None
        return removed

    # --- audit, backup --------------------------------------------------------------------------
    def verify_audit(self) -> AuditReport:
        """Check the event chain and that every dossier's cached status equals its replayed events."""
        repo = DossierRepo(self.store)
        head = self.settings.get("audit_head")
        report = verify_chain(repo.chain_rows())
        last_seq, last_hash = repo.chain_head()
        if head is None:
            if last_seq:
                report.problems.append("Mất dấu đầu chuỗi kiểm toán (bản ghi đầu chuỗi đã bị xóa).")
        elif last_seq < head["seq"]:
            report.problems.append(f"Các sự kiện cuối chuỗi (#{last_seq + 1} đến #{head['seq']}) đã bị xóa.")
        elif (last_seq, last_hash) != (head["seq"], head["hash"]):
            report.problems.append(f"Đầu chuỗi kiểm toán không khớp (ghi nhận #{head['seq']}, thực tế #{last_seq}).")
        for code, status, events in repo.histories():
            try:
                derived = replay(events).status
            except Exception as exc:  # noqa: BLE001 - a broken history is itself the finding
                report.problems.append(f"Hồ sơ {code}: lịch sử không hợp lệ ({exc}).")
                continue
            if derived is None or derived.value != status:
                report.problems.append(f"Hồ sơ {code}: trạng thái lưu «{status}» khác trạng thái theo sự kiện «{derived.value if derived else '—'}».")
        return report

    def backup(self, dest: Path | None = None) -> Path:
        if dest is None:
            stamp = self.clock().strftime("%Y%m%d-%H%M%S")
            dest = self.store.path.parent / "backups" / f"{self.store.path.stem}-{stamp}.sqlite3"
        return backup_file(self.store.conn, Path(dest))

    @staticmethod
    def restore(source: Path, target: Path) -> Path:
        """Replace ``target`` with a verified copy of ``source`` (the old file is kept aside)."""
        source, target = Path(source), Path(target)
        if not source.exists():
            raise StoreError("backup_missing", QT_TRANSLATE_NOOP("messages", "Không có tệp sao lưu {path}."), path=str(source))
        try:
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            check = src.execute("PRAGMA integrity_check").fetchone()[0]
            has_tables = src.execute("SELECT count(*) FROM sqlite_master WHERE name = 'dossiers'").fetchone()[0]
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                "backup_unreadable", QT_TRANSLATE_NOOP("messages", "Tệp {path} không phải bản sao lưu hợp lệ: {detail}"),
                path=str(source), detail=str(exc),
            ) from exc
        if check != "ok" or not has_tables:
            src.close()
            raise StoreError(
                "backup_unreadable", QT_TRANSLATE_NOOP("messages", "Tệp {path} không phải bản sao lưu hợp lệ: {detail}"),
                path=str(source), detail=check if check != "ok" else "thiếu bảng hồ sơ",
            )
        if target.exists():
            aside = target.with_name(f"{target.stem}-before-restore-{_now().strftime('%Y%m%d-%H%M%S')}.sqlite3")
            live = sqlite3.connect(str(target))
            try:
                backup_file(live, aside)
            finally:
                live.close()
        dst = sqlite3.connect(str(target))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = WAL")
        finally:
            dst.close()
            src.close()
        return target

