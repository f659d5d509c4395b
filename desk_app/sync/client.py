"""The HTTP client of the hub API: TLS verified, gzip bodies, timeouts, retry with back-off."""

from __future__ import annotations

import gzip
import json
import random
import ssl
import time
import urllib.parse
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import httpx

from desk_app.domain.errors import QT_TRANSLATE_NOOP, DeskError

LOOPBACK = {"127.0.0.1", "localhost", "::1", "[::1]"}


class SyncError(DeskError):
    """Sync could not be done. ``transient``: worth retrying later (offline, hub busy, cut connection)."""

    def __init__(
        self,
        code: str,
        template: str,
        /,
        transient: bool = False,
        items: list[dict[str, Any]] | None = None,
        status: int = 0,
        **params: Any,
    ) -> None:
        self.transient = transient
        self.items = items or []
        self.status = status
        super().__init__(code, template, **params)


@dataclass(frozen=True)
class RetryPolicy:
    """Exponential back-off with jitter for transient failures within one sync."""

    attempts: int = 4
    base: float = 0.5
    cap: float = 8.0
    jitter: float = 0.3

    def delays(self) -> Iterator[float]:
        for i in range(self.attempts - 1):
            d = min(self.cap, self.base * 2**i)
            yield d * (1 + random.uniform(-self.jitter, self.jitter))


NO_RETRY = RetryPolicy(attempts=1)


def check_upstream(url: str) -> str:
    """Only https, except plain http to this machine (tests, a hub on the same PC)."""
    url = url.strip().rstrip("/")
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SyncError(
            "upstream_invalid",
            QT_TRANSLATE_NOOP("messages", "Địa chỉ cấp trên «{url}» không hợp lệ (cần dạng https://…)."),
            url=url,
        )
    if parts.scheme == "http" and parts.hostname not in LOOPBACK:
        raise SyncError(
            "upstream_insecure",
            QT_TRANSLATE_NOOP(
                "messages", "Địa chỉ cấp trên phải dùng https:// để dữ liệu được mã hóa trên đường truyền ({url})."
            ),
            url=url,
        )
    return url


class HubClient:
    def __init__(
        self,
        base_url: str,
        token: str | None = None,
        *,
        timeout: float = 30.0,
        verify: bool | str = True,
        retry: RetryPolicy = RetryPolicy(),
        sleep: Callable[[float], None] = time.sleep,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = check_upstream(base_url)
        self.token = token
        self.retry = retry
        self.sleep = sleep
        verify_arg: bool | ssl.SSLContext = (
            verify if isinstance(verify, bool) else ssl.create_default_context(cafile=verify)
        )
        self.http = httpx.Client(
            base_url=self.base_url,
            timeout=httpx.Timeout(timeout, connect=10.0),
            verify=verify_arg,
            headers={"User-Agent": "MotCuaDesk-sync/1", "Accept-Encoding": "gzip"},
            transport=transport,
            follow_redirects=False,
            trust_env=False,
        )

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> HubClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # --- calls ---------------------------------------------------------------------------------------
    def enrol(self, code: str, office: str, desk_number: int, name: str = "") -> dict[str, Any]:
        # Not retried: the code is one-time, a second try after a lost answer would be refused anyway.
        return self._call(
            "POST",
            "/v1/enrol",
            {"code": code, "office": office, "desk_number": desk_number, "name": name},
            auth=False,
            retry=NO_RETRY,
        )

    def whoami(self) -> dict[str, Any]:
        return self._call("GET", "/v1/whoami")

    def push(self, batch: dict[str, Any]) -> dict[str, Any]:
        return self._call("POST", "/v1/events", batch)

    def updates(self, events_after: int, publications_after: int, limit: int = 500) -> dict[str, Any]:
        return self._call(
            "GET",
            "/v1/updates",
            params={"events_after": events_after, "publications_after": publications_after, "limit": limit},
        )

    def upload_bundle(self, raw: bytes) -> dict[str, Any]:
        return self._call("POST", "/v1/bundles", raw=raw, auth=False)

    # --- plumbing -------------------------------------------------------------------------------------
    def _call(
        self,
        method: str,
        path: str,
        body: Any = None,
        *,
        params: dict[str, Any] | None = None,
        raw: bytes | None = None,
        auth: bool = True,
        retry: RetryPolicy | None = None,
    ) -> dict[str, Any]:
        headers: dict[str, str] = {}
        content: bytes | None = None
        if auth:
            if not self.token:
                raise SyncError("not_enrolled", QT_TRANSLATE_NOOP("messages", "Bàn này chưa đăng ký với cấp trên."))
            headers["Authorization"] = f"Bearer {self.token}"
        if body is not None:
            content = gzip.compress(
                json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8"), compresslevel=5
            )
            headers.update({"Content-Type": "application/json", "Content-Encoding": "gzip"})
        elif raw is not None:
            content = raw
            headers["Content-Type"] = "application/octet-stream"
        delays = (retry or self.retry).delays()
        while True:
            try:
                return self._once(method, path, headers, content, params)
            except SyncError as exc:
                if not exc.transient:
                    raise
                delay = next(delays, None)
                if delay is None:
                    raise
                self.sleep(delay)

    def _once(
        self, method: str, path: str, headers: dict[str, str], content: bytes | None, params: dict[str, Any] | None
    ) -> dict[str, Any]:
        try:
            resp = self.http.request(method, path, headers=headers, content=content, params=params)
        except httpx.ConnectError as exc:
            if isinstance(exc.__cause__, ssl.SSLError) or "CERTIFICATE" in str(exc).upper():
                raise SyncError(
                    "tls_failed",
                    QT_TRANSLATE_NOOP(
                        "messages", "Chứng chỉ bảo mật (TLS) của cấp trên không hợp lệ nên không gửi dữ liệu: {detail}"
                    ),
                    detail=str(exc),
                ) from exc
            raise SyncError(
                "offline",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Không kết nối được tới cấp trên ({url}). Hãy kiểm tra mạng; dữ liệu vẫn được giữ để gửi sau.",
                ),
                transient=True,
                url=self.base_url,
            ) from exc
        except httpx.TimeoutException as exc:
            raise SyncError(
                "timeout",
                QT_TRANSLATE_NOOP("messages", "Cấp trên không trả lời kịp. Dữ liệu vẫn được giữ và sẽ gửi lại sau."),
                transient=True,
            ) from exc
        except httpx.TransportError as exc:
            raise SyncError(
                "connection_cut",
                QT_TRANSLATE_NOOP(
                    "messages", "Kết nối tới cấp trên bị ngắt giữa chừng. Không mất dữ liệu; lần sau sẽ gửi tiếp."
                ),
                transient=True,
            ) from exc
        try:
            data = resp.json()
        except ValueError:
            data = None
        if resp.status_code == 200 and isinstance(data, dict):
            return data
        message = data.get("message") if isinstance(data, dict) else None
        items = data.get("items") if isinstance(data, dict) and isinstance(data.get("items"), list) else []
        status = resp.status_code
        if status == 401:
            raise SyncError(
                "unauthorised",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Cấp trên từ chối mã truy cập của bàn này ({detail}). Hãy xin mã đăng ký mới và đăng ký lại.",
                ),
                status=status,
                detail=message or status,
            )
        if status in (429, 502, 503, 504) or status >= 500:
            raise SyncError(
                "hub_unavailable",
                QT_TRANSLATE_NOOP(
                    "messages", "Máy chủ cấp trên đang gặp sự cố hoặc quá tải (mã {status}). Sẽ thử lại sau."
                ),
                transient=True,
                status=status,
            )
        if status == 200:
            raise SyncError(
                "protocol",
                QT_TRANSLATE_NOOP("messages", "Cấp trên trả lời không đúng định dạng."),
                transient=True,
                status=status,
            )
        raise SyncError(
            "refused",
            QT_TRANSLATE_NOOP("messages", "Cấp trên từ chối: {detail}"),
            items=items,
            status=status,
            detail=message or f"mã {status}",
            error=data.get("error") if isinstance(data, dict) else "",
        )
