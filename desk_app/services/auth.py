"""Accounts: argon2 password hashes, roles, lockout after repeated failures."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

from desk_app.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied, ValidationError
from desk_app.domain.lifecycle import ROLE_LABELS
from desk_app.domain.model import Role, User
from desk_app.store.connection import Store
from desk_app.store.repositories import UserRepo

MAX_FAILURES = 5
LOCKOUT_MINUTES = 15
_USERNAME_RE = re.compile(r"^[a-z0-9._-]{3,32}$")
# Moderate argon2id cost: ~50 ms per login on an ordinary desk PC, memory-hard (64 MiB).
_HASHER = PasswordHasher(time_cost=2, memory_cost=65536, parallelism=1)


class AuthError(PermissionDenied):
    """Log-in refused (wrong password, locked, disabled)."""


def require_role(actor: User, *roles: Role) -> None:
    if actor.role not in roles:
        raise PermissionDenied(
            "role_required",
            QT_TRANSLATE_NOOP("messages", "Chức năng này cần vai trò: {roles} (bạn đang là {role})."),
            roles=", ".join(ROLE_LABELS[r] for r in roles),
            role=ROLE_LABELS[actor.role],
        )


def validate_password(password: str) -> None:
    if len(password) < 8:
        raise ValidationError(
            "password_short",
            QT_TRANSLATE_NOOP("messages", "Mật khẩu phải có ít nhất 8 ký tự."),
            field="password",
        )


class AuthService:
    def __init__(self, store: Store, clock: Callable[[], dt.datetime]) -> None:
        self.store = store
        self.users = UserRepo(store)
        self.clock = clock

    def hash_password(self, password: str) -> str:
        return _HASHER.hash(password)

    def add_user(self, actor: User | None, username: str, full_name: str, role: Role | str, password: str) -> User:
        """Create an account. ``actor`` None is allowed only for the very first (admin) account."""
        if actor is None:
            if self.users.count() > 0:
                raise PermissionDenied("login_required", QT_TRANSLATE_NOOP("messages", "Cần đăng nhập quản trị."))
        else:
            require_role(actor, Role.ADMIN)
        username = username.strip().lower()
        if not _USERNAME_RE.match(username):
            raise ValidationError(
                "username_invalid",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Tên đăng nhập «{username}» không hợp lệ: 3–32 ký tự chữ thường không dấu, số, dấu chấm, gạch.",
                ),
                field="username",
                username=username,
            )
        if not full_name.strip():
            raise ValidationError("full_name_empty", QT_TRANSLATE_NOOP("messages", "Chưa nhập họ và tên."), field="full_name")
        try:
            role = Role(role)
        except ValueError:
            raise ValidationError(
                "role_invalid",
                QT_TRANSLATE_NOOP("messages", "Vai trò «{role}» không có; chọn clerk, handler, leader hoặc admin."),
                field="role",
                role=str(role),
            ) from None
        validate_password(password)
        if self.users.get(username):
            raise ValidationError(
                "username_taken",
                QT_TRANSLATE_NOOP("messages", "Tên đăng nhập «{username}» đã có."),
                field="username",
                username=username,
            )
        digest = self.hash_password(password)
        with self.store.transaction():
            self.users.add(username, full_name.strip(), role, digest)
        user = self.users.get(username)
        assert user is not None
        return user

    def list_users(self) -> list[User]:
        return self.users.list()

    def set_active(self, actor: User, username: str, active: bool) -> None:
        require_role(actor, Role.ADMIN)
        if not self.users.get(username):
            raise ValidationError(
                "user_unknown", QT_TRANSLATE_NOOP("messages", "Không có tài khoản «{username}»."), username=username
            )
        if not active and username.lower() == actor.username.lower():
            raise ValidationError("disable_self", QT_TRANSLATE_NOOP("messages", "Không thể tự khóa tài khoản đang dùng."))
        with self.store.transaction():
            self.users.update(username, active=int(active), failed_attempts=0, locked_until=None)

    def set_password(self, actor: User, username: str, password: str) -> None:
        if actor.username.lower() != username.lower():
            require_role(actor, Role.ADMIN)
        validate_password(password)
        digest = self.hash_password(password)
        with self.store.transaction():
            self.users.update(username, password_hash=digest, failed_attempts=0, locked_until=None)

    def login(self, username: str, password: str) -> User:
        username = username.strip().lower()
        row = self.users.get_row(username)
        wrong = AuthError("login_failed", QT_TRANSLATE_NOOP("messages", "Sai tên đăng nhập hoặc mật khẩu."))
        if row is None:
            _HASHER.hash(password)  # same cost as a real check, so timing does not reveal accounts
            raise wrong
        now = self.clock()
        if not row["active"]:
            raise AuthError("account_disabled", QT_TRANSLATE_NOOP("messages", "Tài khoản đã bị khóa; liên hệ quản trị."))
        if row["locked_until"] and dt.datetime.fromisoformat(row["locked_until"]) > now:
            raise AuthError(
                "account_locked",
                QT_TRANSLATE_NOOP("messages", "Đăng nhập sai quá {n} lần; tài khoản tạm khóa đến {until}."),
                n=MAX_FAILURES,
                until=dt.datetime.fromisoformat(row["locked_until"]).strftime("%H:%M"),
            )
        try:
            _HASHER.verify(row["password_hash"], password)
        except (VerificationError, InvalidHashError):
            failures = row["failed_attempts"] + 1
            locked = (now + dt.timedelta(minutes=LOCKOUT_MINUTES)).isoformat() if failures >= MAX_FAILURES else None
            with self.store.transaction():
                self.users.update(username, failed_attempts=0 if locked else failures, locked_until=locked)
            raise wrong from None
        with self.store.transaction():
            fields: dict[str, object] = {"failed_attempts": 0, "locked_until": None}
            if _HASHER.check_needs_rehash(row["password_hash"]):
                fields["password_hash"] = _HASHER.hash(password)
            self.users.update(username, **fields)
        user = self.users.get(username)
        assert user is not None
        return user
