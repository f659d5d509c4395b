"""The desk token and bundle key, kept in the OS keyring (never in the database or a config file)."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

import keyring
import keyring.errors

from desk_app.domain.errors import QT_TRANSLATE_NOOP, DeskError

SERVICE = "MotCuaDesk-sync"
T = TypeVar("T")


class CredentialError(DeskError):
    """The keyring is missing, locked or holds no token for this desk."""


@dataclass(frozen=True)
class DeskCredentials:
    token: str
    bundle_key: str  # hex


_NO_BACKEND = QT_TRANSLATE_NOOP(
    "messages",
    "Máy này chưa có kho khóa bí mật của hệ điều hành để cất mã truy cập đồng bộ. Trên Windows dùng "
    "Windows Credential Manager (có sẵn); trên Linux hãy cài và mở khóa GNOME Keyring hoặc KWallet "
    "(gói gnome-keyring), rồi thử lại. Chi tiết: {detail}",
)


def _keyring_call(action: str, fn: Callable[..., T], *args: str) -> T:
    try:
        return fn(*args)
    except keyring.errors.NoKeyringError as exc:
        raise CredentialError("keyring_missing", _NO_BACKEND, detail=str(exc) or action) from exc
    except keyring.errors.KeyringLocked as exc:
        raise CredentialError(
            "keyring_locked",
            QT_TRANSLATE_NOOP("messages", "Kho khóa bí mật của hệ điều hành đang bị khóa; hãy mở khóa rồi thử lại."),
        ) from exc
    except keyring.errors.KeyringError as exc:
        raise CredentialError(
            "keyring_error",
            QT_TRANSLATE_NOOP("messages", "Không dùng được kho khóa bí mật của hệ điều hành: {detail}"),
            detail=str(exc) or type(exc).__name__,
        ) from exc


def save(key_id: str, creds: DeskCredentials) -> None:
    check_backend()
    value = json.dumps({"token": creds.token, "bundle_key": creds.bundle_key})
    _keyring_call("set_password", keyring.set_password, SERVICE, key_id, value)


def load(key_id: str) -> DeskCredentials:
    raw = _keyring_call("get_password", keyring.get_password, SERVICE, key_id)
    if not raw:
        raise CredentialError(
            "token_missing",
            QT_TRANSLATE_NOOP(
                "messages",
                "Không tìm thấy mã truy cập đồng bộ của bàn này trong kho khóa bí mật. Hãy đăng ký lại với cấp "
                "trên (xin mã đăng ký mới).",
            ),
        )
    try:
        data = json.loads(raw)
        return DeskCredentials(str(data["token"]), str(data["bundle_key"]))
    except (ValueError, KeyError, TypeError):
        raise CredentialError(
            "token_corrupt",
            QT_TRANSLATE_NOOP("messages", "Mã truy cập đồng bộ trong kho khóa bí mật bị hỏng; hãy đăng ký lại."),
        ) from None


def forget(key_id: str) -> None:
    try:
        _keyring_call("delete_password", keyring.delete_password, SERVICE, key_id)
    except CredentialError:
        pass
    except keyring.errors.PasswordDeleteError:
        pass


def check_backend() -> None:
    """Raise CredentialError with a clear message when no safe keyring backend exists."""
    backend = keyring.get_keyring()
    module = type(backend).__module__
    if module.startswith("keyring.backends.fail") or module.startswith("keyring.backends.null"):
        raise CredentialError("keyring_missing", _NO_BACKEND, detail=f"{module}.{type(backend).__name__}")
    if module.startswith("keyrings.alt"):  # base64 in a plain file: not a secret store
        raise CredentialError(
            "keyring_unsafe",
            QT_TRANSLATE_NOOP(
                "messages",
                "Kho khóa «{backend}» lưu bí mật dưới dạng tệp thường, không an toàn; hãy gỡ "
                "gói keyrings.alt và dùng kho khóa của hệ điều hành.",
            ),
            backend=f"{module}.{type(backend).__name__}",
        )
