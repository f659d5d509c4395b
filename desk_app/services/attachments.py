"""Digitised papers: scans and photos stored beside the database, addressed by content hash."""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import mimetypes
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk_app.domain.lifecycle import check_role
from desk_app.domain.model import Dossier, EventType, User
from desk_app.paths import attachments_dir

if TYPE_CHECKING:
    from desk_app.services.core import Services

#: Larger files are refused: a scanned page is well under this; a video is not a document.
MAX_BYTES = 50 * 1024 * 1024
_CHUNK = 1024 * 1024
_TOO_BIG = QT_TRANSLATE_NOOP("messages", "Tệp «{name}» quá lớn ({size} MB); chỉ nhận tệp đến {limit} MB.")


@dataclass(frozen=True)
class Attachment:
    sha256: str
    name: str
    size: int
    mime: str
    added_at: dt.datetime
    added_by: str
    path: Path


class AttachmentService:
    def __init__(self, services: Services) -> None:
        self.s = services

    @property
    def root(self) -> Path:
        return attachments_dir(self.s.store.path)

    def path_of(self, sha256: str) -> Path:
        sha = sha256.lower()
        if len(sha) != 64 or any(c not in "0123456789abcdef" for c in sha):
            raise ValidationError("attachment_hash", QT_TRANSLATE_NOOP("messages", "Mã tệp đính kèm không hợp lệ."))
        return self.root / sha[:2] / sha

    def _store_file(self, source: Path) -> tuple[str, int]:
        """Copy ``source`` into the store (temp file, fsync, rename); return its hash and size."""
        try:
            size = source.stat().st_size
        except OSError as exc:
            raise ValidationError(
                "attachment_unreadable", QT_TRANSLATE_NOOP("messages", "Không đọc được tệp «{name}»: {detail}"),
                field="file", name=source.name, detail=exc.strerror or str(exc),
            ) from exc
        if not source.is_file():
            raise ValidationError(
                "attachment_not_file", QT_TRANSLATE_NOOP("messages", "«{name}» không phải là một tệp."),
                field="file", name=source.name,
            )
        if size > MAX_BYTES:
            raise ValidationError(
                "attachment_too_big",
                QT_TRANSLATE_NOOP("messages", "Tệp «{name}» quá lớn ({size} MB); chỉ nhận tệp đến {limit} MB."),
                field="file", name=source.name, size=f"{size / 1048576:.1f}", limit=MAX_BYTES // 1048576,
            )
        if size == 0:
            raise ValidationError(
                "attachment_empty", QT_TRANSLATE_NOOP("messages", "Tệp «{name}» rỗng."), field="file", name=source.name
            )
        self.root.mkdir(parents=True, exist_ok=True)
        digest = hashlib.sha256()
        fd, tmp_name = tempfile.mkstemp(prefix=".incoming-", dir=self.root)
        tmp = Path(tmp_name)
        try:
            with os.fdopen(fd, "wb") as out, source.open("rb") as src:
                copied = 0
                while chunk := src.read(_CHUNK):
                    copied += len(chunk)
                    if copied > MAX_BYTES:  # the file grew while being copied
                        raise ValidationError(
                            "attachment_too_big", _TOO_BIG, field="file", name=source.name,
                            size=f"{copied / 1048576:.1f}", limit=MAX_BYTES // 1048576,
                        )
                    digest.update(chunk)
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            sha = digest.hexdigest()
            final = self.path_of(sha)
            final.parent.mkdir(parents=True, exist_ok=True)
            if final.exists() and final.stat().st_size == copied:
                tmp.unlink()  # the same content is already stored (another dossier, or a retry)
            else:
                os.replace(tmp, final)
                _fsync_dir(final.parent)
            return sha, copied
        except OSError as exc:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise ValidationError(
                "attachment_unreadable", QT_TRANSLATE_NOOP("messages", "Không đọc được tệp «{name}»: {detail}"),
                field="file", name=source.name, detail=exc.strerror or str(exc),
            ) from exc
        except BaseException:
            with contextlib.suppress(OSError):
                tmp.unlink()
            raise

    def add(self, actor: User, code: str, file_path: Path | str, note: str = "") -> Dossier:
        """Attach a scan or photo to a dossier: the file, its row and an ATTACHMENT_ADDED event."""
        check_role(actor.role, EventType.ATTACHMENT_ADDED)
        dossier = self.s.dossiers.get(code)  # NotFound before any copying
        source = Path(file_path)
        sha, size = self._store_file(source)
        name = source.name
        mime = mimetypes.guess_type(name)[0] or "application/octet-stream"
        store = self.s.store
        with store.transaction() as conn:
            dossier_id = self.s.dossiers.repo.id_of(dossier.code)
            if conn.execute("SELECT 1 FROM attachments WHERE dossier_id = ? AND sha256 = ?",
                            (dossier_id, sha)).fetchone():
                raise ValidationError(
                    "attachment_duplicate",
                    QT_TRANSLATE_NOOP("messages", "Tệp «{name}» đã được đính kèm vào hồ sơ {code}."),
                    field="file", name=name, code=dossier.code,
                )
            conn.execute(
                "INSERT INTO attachments (dossier_id, sha256, name, size, mime, added_at, added_by) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (dossier_id, sha, name, size, mime, self.s.clock().replace(microsecond=0).isoformat(), actor.username),
            )
            result = self.s.dossiers._record(  # noqa: SLF001 - the one event writer, joined in this transaction
                actor, dossier.code, EventType.ATTACHMENT_ADDED, note,
                {"sha256": sha, "name": name, "size": size, "mime": mime},
                extra=lambda _d: {"digitized": 1},
            )
        return result

    def list(self, code: str) -> list[Attachment]:
        dossier_id = self.s.dossiers.repo.id_of(code.strip().upper())
        if dossier_id is None:
            raise NotFound("dossier_unknown", QT_TRANSLATE_NOOP("messages", "Không tìm thấy hồ sơ mã «{code}»."),
                           code=code)
        cur = self.s.store.conn.execute(
            "SELECT sha256, name, size, mime, added_at, added_by FROM attachments WHERE dossier_id = ? "
            "ORDER BY added_at, rowid", (dossier_id,))
        return [Attachment(sha, name, size, mime, dt.datetime.fromisoformat(at), by, self.path_of(sha))
                for sha, name, size, mime, at, by in cur]


def _fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
