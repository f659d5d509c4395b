"""Sync commands: enrol with the hub, sync now, status, per-record states, schedule, offline bundles."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desk_app.cli.main import CLI_ACTOR, open_services, print_json


def _add(sub: Any, name: str, help_: str, handler: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_, description=help_)
    p.set_defaults(handler=handler)
    return p


def cmd_enrol(args: argparse.Namespace) -> int:
    s = open_services(args)
    record = s.sync.enrol(args.upstream, args.code, actor=CLI_ACTOR, ca_file=args.ca_file)
    print(
        f"Đã đăng ký bàn {record['desk']} với cấp trên {record['upstream']}. Mã truy cập được cất trong kho khóa "
        "bí mật của hệ điều hành."
    )
    return 0


def cmd_now(args: argparse.Namespace) -> int:
    s = open_services(args)

    def progress(done: int, total: int, message: str) -> None:
        if not args.json and not args.quiet:
            print(f"  {message}", file=sys.stderr)

    result = s.sync.sync_now(progress=progress)
    if args.json:
        print_json(result.to_dict())
    else:
        print(("" if result.ok else "Không đồng bộ được: ") + result.message)
        for line in result.skipped:
            print(f"  - {line}")
    return 0 if result.ok else 1


def cmd_status(args: argparse.Namespace) -> int:
    s = open_services(args)
    st = s.sync.status()
    if args.json:
        print_json({**st.to_dict(), "schedule": s.sync.schedule()})
        return 0
    if not st.enrolled:
        print("Chưa đăng ký với cấp trên: chạy `desk-admin sync enrol --upstream URL --code MÃ`.")
    else:
        print(f"Bàn:                 {st.desk} → {st.upstream}")
    print(f"Chờ gửi:             {st.waiting}")
    print(f"Bị từ chối:          {st.failed}")
    print(
        f"Lần thành công cuối: {st.last_success:%H:%M %d/%m/%Y}" if st.last_success else "Lần thành công cuối: chưa có"
    )
    if st.last_message:
        print(f"Kết quả lần cuối:    {st.last_message}")
    if st.last_receipt:
        r = st.last_receipt
        print(f"Biên nhận gói cuối:  {r['bundle_id']} (cấp trên nhận lúc {r['at'].replace('T', ' ')}, {r['sent']} đã gửi)")
    if st.next_run:
        print(f"Lần tự động tới:     {st.next_run:%H:%M %d/%m/%Y}")
    if st.warning:
        print(f"CẢNH BÁO: {st.warning}")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    s = open_services(args, ensure_catalog=False)
    items = s.sync.outbox_items(args.state, args.limit)
    if args.json:
        print_json(items)
        return 0
    for i in items:
        extra = f" — {i['error']}" if i["error"] else ""
        print(f"#{i['seq']:<7} {i['state_label']:11} {i['dossier_code']:28} {i['label']}{extra}")
    return 0


def cmd_schedule(args: argparse.Namespace) -> int:
    s = open_services(args, ensure_catalog=False)
    enabled = None if args.enable is None else args.enable == "on"
    value = s.sync.set_schedule(CLI_ACTOR, time=args.time, warn_days=args.warn_days, enabled=enabled)
    state = "bật" if value["enabled"] else "tắt"
    print(f"Đồng bộ cuối ngày lúc {value['time']} ({state}); cảnh báo khi quá {value['warn_days']} ngày chưa đồng bộ.")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    s = open_services(args, ensure_catalog=False)
    out = s.sync.export_bundle(Path(args.file))
    print(
        f"Đã xuất {out.count} sự kiện chờ gửi vào {out.path} (gói {out.bundle_id}). Mang tệp này lên cấp trên để "
        "nhập bằng `desk-hub import`."
    )
    return 0


def cmd_upload(args: argparse.Namespace) -> int:
    s = open_services(args, ensure_catalog=False)
    result = s.sync.upload_bundle(Path(args.file))
    print(
        f"Cấp trên đã nhận gói {result.get('bundle')}: {len(result.get('stored', []))} sự kiện mới, "
        f"{len(result.get('duplicates', []))} đã có, {len(result.get('rejected', []))} bị từ chối."
    )
    if result.get("applied"):
        print(_receipt_line(result["applied"]))
    elif result.get("receipt_file"):
        print(
            f"Gói của bàn {result.get('desk')}: biên nhận ghi ở {result['receipt_file']}; "
            "nhập nó trên máy của bàn đó bằng `desk-admin sync import-receipt`."
        )
    return 0


def _receipt_line(r: dict[str, Any]) -> str:
    line = (
        f"Biên nhận gói {r['bundle_id']}: {r['sent']} sự kiện được đánh dấu đã gửi, "
        f"{r['already_sent']} đã gửi từ trước, {r['failed']} bị cấp trên từ chối."
    )
    if r["unknown"]:
        line += f" {r['unknown']} sự kiện không có trong cơ sở dữ liệu này."
    return line


def cmd_import_receipt(args: argparse.Namespace) -> int:
    s = open_services(args, ensure_catalog=False)
    result = s.sync.import_receipt(Path(args.file)).to_dict()
    if args.json:
        print_json(result)
    else:
        print(_receipt_line(result))
    return 0


def register(sub: Any) -> None:
    sync = sub.add_parser("sync", help="Đồng bộ với cấp trên").add_subparsers(dest="sync_cmd", required=True)
    p = _add(sync, "enrol", "Đăng ký bàn này với cấp trên bằng mã đăng ký một lần", cmd_enrol)
    p.add_argument("--upstream", required=True, help="địa chỉ cấp trên, ví dụ https://motcua.tinh.gov.vn")
    p.add_argument("--code", required=True, help="mã đăng ký do quản trị cấp trên cấp (desk-hub enrol-code)")
    p.add_argument("--ca-file", dest="ca_file", help="chứng chỉ gốc (PEM) nếu cấp trên dùng CA riêng")
    p = _add(sync, "now", "Đồng bộ ngay: gửi sự kiện chờ gửi, nhận cập nhật", cmd_now)
    p.add_argument("--json", action="store_true")
    p.add_argument("-q", "--quiet", action="store_true")
    p = _add(sync, "status", "Tình trạng đồng bộ", cmd_status)
    p.add_argument("--json", action="store_true")
    p = _add(sync, "list", "Trạng thái đồng bộ của từng sự kiện", cmd_list)
    p.add_argument("--state", choices=["waiting", "sent", "failed"])
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")
    p = _add(sync, "schedule", "Giờ đồng bộ cuối ngày và số ngày cảnh báo", cmd_schedule)
    p.add_argument("--time", help="HH:MM")
    p.add_argument("--warn-days", dest="warn_days", type=int)
    p.add_argument("--auto", dest="enable", choices=["on", "off"], help="bật/tắt đồng bộ tự động")
    _add(sync, "export", "Xuất sự kiện chờ gửi ra tệp có chữ ký (cho nơi không có mạng)", cmd_export).add_argument(
        "file"
    )
    _add(sync, "upload", "Gửi một tệp gói dữ liệu lên cấp trên qua mạng", cmd_upload).add_argument("file")
    p = _add(
        sync,
        "import-receipt",
        "Nhập biên nhận của cấp trên cho một gói đã xuất: đánh dấu các sự kiện đã gửi",
        cmd_import_receipt,
    )
    p.add_argument("file", help="tệp .mcdreceipt do desk-hub import ghi ra")
    p.add_argument("--json", action="store_true")
