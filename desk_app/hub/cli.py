"""``desk-hub``: serve the API, issue enrolment codes, import bundles, publish updates, show statistics."""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import logging
import os
import signal
import sys
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from desk_app.domain.calendar import load_overrides_file
from desk_app.domain.catalog import load_catalog_file, procedure_to_dict
from desk_app.domain.errors import DeskError
from desk_app.domain.lifecycle import apply, replay
from desk_app.domain.model import Event, EventType
from desk_app.fileio import write_atomically
from desk_app.hub.errors import HubError
from desk_app.hub.storage import HubStorage, open_storage

UPSTREAM_TYPES = ("result_ready", "back_from_agency", "sent_to_agency", "supplement_requested", "note")


def _storage(args: argparse.Namespace) -> HubStorage:
    return open_storage(args.database or os.environ.get("DESK_HUB_DATABASE") or "hub.sqlite3")


def _print_json(value: Any) -> None:
    print(json.dumps(value, ensure_ascii=False, indent=2, default=str))


def _stop(*_: object) -> None:
    raise KeyboardInterrupt


def cmd_serve(args: argparse.Namespace) -> int:
    from desk_app.hub.server import make_server

    logging.basicConfig(
        level=logging.INFO if args.verbose else logging.WARNING, format="%(asctime)s %(levelname)s %(message)s"
    )
    workers = max(1, args.workers)
    if workers > 1 and not hasattr(os, "fork"):
        print("Lưu ý: --workers chỉ dùng được trên Linux; chạy một tiến trình.", file=sys.stderr)
        workers = 1
    _storage(args).close()  # create the schema once, before the workers start
    children: list[int] = []
    for _ in range(workers - 1):
        pid = os.fork()
        if pid == 0:
            children = []
            break
        children.append(pid)
    is_parent = bool(children) or workers == 1
    storage = _storage(args)  # each process has its own connections
    server = make_server(
        storage,
        args.host,
        args.port,
        name=args.name,
        certfile=args.certfile,
        keyfile=args.keyfile,
        reuse_port=workers > 1,
    )
    signal.signal(signal.SIGTERM, _stop)
    if is_parent:
        print(
            f"Một Cửa Hub đang chạy tại {server.url} (lưu trữ: {storage.kind}, {workers} tiến trình). Ctrl+C để dừng.",
            flush=True,
        )
    try:
        server.serve_forever(poll_interval=0.2)
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        storage.close()
        for pid in children:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGTERM)
        for pid in children:
            with contextlib.suppress(OSError):
                os.waitpid(pid, 0)
    if not is_parent:
        os._exit(0)
    return 0


def cmd_enrol_code(args: argparse.Namespace) -> int:
    from desk_app.domain.codes import validate_agency_code

    office = validate_agency_code(args.office)
    code = _storage(args).create_enrol_code(office, args.hours, args.desk, args.name or "")
    if args.json:
        _print_json({"code": code, "office": office, "desk": args.desk, "valid_hours": args.hours})
    else:
        print(code)
        print(
            f"Mã đăng ký một lần cho cơ quan {office}{f', bàn số {args.desk}' if args.desk else ''}; "
            f"hết hạn sau {args.hours:g} giờ.",
            file=sys.stderr,
        )
    return 0


def cmd_stats(args: argparse.Namespace) -> int:
    rows = _storage(args).stats()
    if args.json:
        _print_json(rows)
        return 0
    print(f"{'Cơ quan':20} {'Bàn':>4} {'Sự kiện':>9} {'Hồ sơ':>8} {'Quá hạn':>8}  Đồng bộ gần nhất")
    for r in rows:
        print(
            f"{r['office']:20} {r['desks']:>4} {r['events']:>9} {r['dossiers']:>8} {r['overdue']:>8}  "
            f"{r['last_sync'] or 'chưa'}"
        )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desk_app.hub.api import import_bundle

    source = Path(args.file)
    result, receipt = import_bundle(_storage(args), source.read_bytes(), args.name)
    target = Path(args.receipt) if args.receipt else source.with_suffix(".mcdreceipt")
    written = True
    try:
        write_atomically(target, receipt)
    except OSError as exc:  # the events are stored either way; only the receipt is missing
        written = False
        print(f"Cảnh báo: không ghi được biên nhận {target}: {exc.strerror or exc}", file=sys.stderr)
    if args.json:
        _print_json({**result, "receipt_file": str(target) if written else None})
    else:
        print(
            f"Đã nhập gói {result['bundle']} của bàn {result['desk']}: {len(result['stored'])} sự kiện mới, "
            f"{len(result['duplicates'])} đã có, {len(result['rejected'])} bị từ chối."
        )
        for r in result["rejected"]:
            print(f"  - {r['uid']}: {r['reason']}")
        if written:
            print(
                f"Biên nhận: {target}. Mang tệp này về bàn tiếp nhận và nhập bằng "
                "`desk-admin sync import-receipt` để đánh dấu các sự kiện đã gửi."
            )
    return 0


def cmd_revoke(args: argparse.Namespace) -> int:
    desk = _storage(args).revoke(args.desk)
    print(
        f"Đã thu hồi mã truy cập và khóa gói của bàn {desk}. Máy đó không gửi được dữ liệu nữa (máy chủ đang "
        "chạy nhận ra trong vòng 30 giây); "
        f"muốn dùng lại, cấp mã đăng ký mới: desk-hub enrol-code --office {desk.split('/')[0]} "
        f"--desk {desk.split('/')[1]}."
    )
    return 0


def cmd_publish_catalog(args: argparse.Namespace) -> int:
    procedures = load_catalog_file(args.file)  # validated here so desks never receive a bad catalog
    payload = {
        "version": args.version or dt.date.today().isoformat(),
        "procedures": [procedure_to_dict(p) for p in procedures],
    }
    pid = _storage(args).publish("catalog", payload, args.office or "")
    print(f"Đã phát hành danh mục {len(procedures)} thủ tục (số phát hành {pid}) cho {args.office or 'mọi cơ quan'}.")
    return 0


def cmd_publish_calendar(args: argparse.Namespace) -> int:
    days = load_overrides_file(args.file)
    payload = {"days": [{"date": d.isoformat(), "kind": k, "note": n} for d, (k, n) in sorted(days.items())]}
    pid = _storage(args).publish("calendar", payload, args.office or "")
    print(
        f"Đã phát hành {len(days)} ngày điều chỉnh lịch làm việc (số phát hành {pid}) cho "
        f"{args.office or 'mọi cơ quan'}."
    )
    return 0


def cmd_record(args: argparse.Namespace) -> int:
    """An event processed upstream, e.g. the interagency result is ready: sent down to the desks."""
    storage = _storage(args)
    history = storage.dossier_events(args.code)
    if not history:
        raise HubError(404, "dossier_unknown", f"Cấp trên chưa có hồ sơ {args.code}.")
    events = [
        Event(
            h["uid"],
            h["dossier_code"],
            EventType(h["type"]),
            dt.datetime.fromisoformat(h["at"]),
            h["actor"],
            h["desk"],
            h["note"],
            h["data"],
        )
        for h in history
    ]
    state = replay(events)
    at = dt.datetime.now().replace(microsecond=0)
    data: dict[str, Any] = {}
    if args.agency:
        data["agency"] = args.agency
    new = Event(str(uuid.uuid4()), args.code, EventType(args.type), at, args.actor, "hub", args.note, data)
    state = apply(state, new)  # refuses a step the lifecycle does not allow
    assert state.status is not None
    stored = storage.record_upstream_event(
        args.code,
        {
            "uid": new.uid,
            "type": new.type.value,
            "at": at.isoformat(),
            "actor": args.actor,
            "note": args.note,
            "data": data,
        },
        state.status.value,
        state.resolution.value if state.resolution else None,
    )
    print(
        f"Đã ghi «{args.type}» cho hồ sơ {args.code}; các bàn của cơ quan sẽ nhận ở lần đồng bộ tới "
        f"(số thứ tự {stored['hub_seq']})."
    )
    return 0


def cmd_desks(args: argparse.Namespace) -> int:
    rows = _storage(args).desks()
    if args.json:
        _print_json(rows)
    else:
        for r in rows:
            revoked = "  [đã thu hồi]" if r["revoked"] else ""
            print(f"{r['id']:24} đăng ký {r['enrolled_at']}  đồng bộ {r['last_sync_at'] or 'chưa'}  {r['name']}{revoked}")
    return 0


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--database",
        metavar="URL",
        help="postgresql://… hoặc tệp SQLite (mặc định: biến DESK_HUB_DATABASE hoặc hub.sqlite3)",
    )
    parser = argparse.ArgumentParser(prog="desk-hub", description="Máy chủ cấp trên của Một Cửa Desk.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    def add(name: str, help_: str, handler: Any) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_, description=help_, parents=[common])
        p.set_defaults(handler=handler)
        return p

    p = add("serve", "Chạy máy chủ HTTP (API + trang tình hình)", cmd_serve)
    p.add_argument("--host", default="127.0.0.1")
    p.add_argument("--port", type=int, default=8765)
    p.add_argument("--name", default="Một Cửa Hub", help="tên hiển thị trên trang tình hình")
    p.add_argument("--certfile", help="chứng chỉ TLS (PEM); nên đặt sau một reverse proxy HTTPS")
    p.add_argument("--keyfile", help="khóa riêng TLS (PEM)")
    p.add_argument("--workers", type=int, default=1, help="số tiến trình phục vụ (Linux; ví dụ bằng số lõi CPU)")
    p.add_argument("-v", "--verbose", action="store_true")
    p = add("enrol-code", "Cấp mã đăng ký một lần cho một bàn tiếp nhận", cmd_enrol_code)
    p.add_argument("--office", required=True, metavar="AGENCY_CODE", help="mã cơ quan (xã, phường)")
    p.add_argument(
        "--desk",
        type=int,
        choices=range(1, 10),
        metavar="N",
        help="chỉ cho bàn số N (dùng khi đăng ký lại một bàn đã có)",
    )
    p.add_argument("--name", help="tên cơ quan hiển thị")
    p.add_argument("--hours", type=float, default=72, help="hiệu lực (giờ), mặc định 72")
    p.add_argument("--json", action="store_true")
    p = add("stats", "Số sự kiện, hồ sơ và lần đồng bộ gần nhất của từng cơ quan", cmd_stats)
    p.add_argument("--json", action="store_true")
    p = add("desks", "Danh sách bàn đã đăng ký", cmd_desks)
    p.add_argument("--json", action="store_true")
    p = add("import", "Nhập gói dữ liệu ngoại tuyến của một bàn (và ghi biên nhận cho bàn đó)", cmd_import)
    p.add_argument("file")
    p.add_argument("--receipt", metavar="FILE", help="nơi ghi biên nhận (mặc định: cạnh gói, đuôi .mcdreceipt)")
    p.add_argument("--name", default="Một Cửa Hub", help="tên cấp trên ghi trên biên nhận")
    p.add_argument("--json", action="store_true")
    p = add("revoke", "Thu hồi mã truy cập của một bàn (máy bị mất, thay máy)", cmd_revoke)
    p.add_argument("desk", metavar="DESK_ID", help="mã bàn, ví dụ 000.00.12.H56/1 (xem desk-hub desks)")
    p = add("publish-catalog", "Phát hành danh mục thủ tục (JSON) xuống các bàn", cmd_publish_catalog)
    p.add_argument("file")
    p.add_argument("--office", help="chỉ cho một cơ quan (mặc định: tất cả)")
    p.add_argument("--version", help="nhãn phiên bản danh mục")
    p = add("publish-calendar", "Phát hành ngày nghỉ, ngày làm bù (JSON) xuống các bàn", cmd_publish_calendar)
    p.add_argument("file")
    p.add_argument("--office", help="chỉ cho một cơ quan (mặc định: tất cả)")
    p = add("record", "Ghi một bước xử lý ở cấp trên (ví dụ có kết quả liên thông)", cmd_record)
    p.add_argument("code", help="mã hồ sơ")
    p.add_argument("--type", required=True, choices=UPSTREAM_TYPES)
    p.add_argument("--note", default="")
    p.add_argument("--agency", default="", help="cơ quan (cho sent_to_agency)")
    p.add_argument("--actor", default="cap-tren")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        return int(args.handler(args) or 0)
    except HubError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 2
    except DeskError as exc:
        print(f"Lỗi: {exc.message}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"Lỗi: {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
