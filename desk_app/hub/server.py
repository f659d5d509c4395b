"""The hub's HTTP server: the standard library's ThreadingHTTPServer around :class:`HubApi`."""

from __future__ import annotations

import logging
import socket
import ssl
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from desk_app.hub.api import MAX_BODY, HubApi, Request, Response, gzip_body, json_response, parse_target
from desk_app.hub.errors import HubError
from desk_app.hub.storage import HubStorage

log = logging.getLogger(__name__)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: a desk sends many batches on one connection
    disable_nagle_algorithm = True  # headers and body are separate writes: no 40 ms delayed-ACK stall
    server_version = "MotCuaHub/1"
    sys_version = ""
    timeout = 60  # an idle or stalled client does not hold a thread forever

    server: HubHttpServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - BaseHTTPRequestHandler's name
        log.debug("%s " + format, self.address_string(), *args)

    def _read_body(self) -> bytes:
        if self.command == "GET":
            return b""
        if self.headers.get("Transfer-Encoding"):
            raise HubError(411, "length_required", "Cần gửi kèm Content-Length (không nhận dữ liệu chia khúc).")
        raw = self.headers.get("Content-Length")
        if raw is None:
            raise HubError(411, "length_required", "Cần gửi kèm Content-Length.")
        if not raw.strip().isdigit():
            raise HubError(400, "length_invalid", "Content-Length không hợp lệ.")
        length = int(raw)
        if length > MAX_BODY:
            raise HubError(
                413, "body_too_large", f"Nội dung quá lớn (tối đa {MAX_BODY // (1024 * 1024)} MB mỗi lần gửi)."
            )
        body = self.rfile.read(length)
        if len(body) != length:
            raise HubError(400, "body_truncated", "Nội dung bị cắt cụt.")
        return body

    def _serve(self) -> None:
        close_after = False
        try:
            body = self._read_body()
            path, query = parse_target(self.path)
            headers = {k.lower(): v for k, v in self.headers.items()}
            response = self.server.api.handle(Request(self.command, path, query, headers, body))
        except HubError as exc:
            close_after = exc.status in (411, 413) or exc.code == "body_truncated"  # the body was not read
            response = json_response(exc.status, exc.body())
        except Exception:  # noqa: BLE001 - a bug must answer 500, not kill the connection silently
            log.exception("hub request failed")
            close_after = True
            response = json_response(500, {"error": "internal", "message": "Lỗi nội bộ của máy chủ cấp trên."})
        self._send(response, close_after)

    def _send(self, response: Response, close_after: bool) -> None:
        body = response.body
        gz = "gzip" in self.headers.get("Accept-Encoding", "") and len(body) > 1024
        if gz:
            body = gzip_body(body)
        self.send_response(response.status)
        self.send_header("Content-Type", response.content_type)
        self.send_header("Content-Length", str(len(body)))
        if gz:
            self.send_header("Content-Encoding", "gzip")
        self.send_header("Cache-Control", "no-store")
        self.send_header("X-Content-Type-Options", "nosniff")
        for k, v in response.headers.items():
            self.send_header(k, v)
        if close_after:
            self.send_header("Connection", "close")
            self.close_connection = True
        try:
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client went away: it will ask again
            self.close_connection = True

    do_GET = _serve
    do_POST = _serve

    def _not_allowed(self) -> None:
        self._send(json_response(405, {"error": "method_not_allowed", "message": "Phương thức không được phép."}), True)

    do_PUT = do_DELETE = do_PATCH = do_OPTIONS = _not_allowed


class HubHttpServer(ThreadingHTTPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 128

    def __init__(
        self, address: tuple[str, int], api: HubApi, ssl_context: ssl.SSLContext | None = None, reuse_port: bool = False
    ) -> None:
        self.api = api
        self.reuse_port = reuse_port
        super().__init__(address, _Handler)
        if ssl_context is not None:
            # The handshake runs in the connection's thread, not in the accept loop.
            self.socket = ssl_context.wrap_socket(self.socket, server_side=True, do_handshake_on_connect=False)

    def server_bind(self) -> None:
        if self.reuse_port:  # several worker processes share the port (Linux: the kernel spreads connections)
            self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        super().server_bind()

    def handle_error(self, request: Any, client_address: Any) -> None:
        log.debug("connection from %s ended abnormally", client_address, exc_info=True)

    @property
    def url(self) -> str:
        host, port = str(self.server_address[0]), int(self.server_address[1])
        scheme = "https" if isinstance(self.socket, ssl.SSLSocket) else "http"
        return f"{scheme}://{host}:{port}"


def make_server(
    storage: HubStorage,
    host: str = "127.0.0.1",
    port: int = 8765,
    *,
    name: str = "Một Cửa Hub",
    certfile: str | None = None,
    keyfile: str | None = None,
    reuse_port: bool = False,
) -> HubHttpServer:
    context = None
    if certfile:
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(certfile, keyfile)
    return HubHttpServer((host, port), HubApi(storage, name), context, reuse_port)


class BackgroundHub:
    """A hub serving from a thread (tests, benchmarks): ``with BackgroundHub(storage) as hub: hub.url``."""

    def __init__(self, storage: HubStorage, host: str = "127.0.0.1", port: int = 0, **kw: Any) -> None:
        self.server = make_server(storage, host, port, **kw)
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        return self.server.url

    def __enter__(self) -> BackgroundHub:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(5)


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])
