"""Foundation commands: init, office, user, catalog, calendar, due-date, citizen-id, dossier, demo, backup, audit."""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
from pathlib import Path
from typing import Any

from desk_app.cli.main import CLI_ACTOR, open_services, print_json
from desk_app.domain.citizen_id import parse_cccd_qr
from desk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from desk_app.domain.lifecycle import ROLE_LABELS, STATUS_LABELS
from desk_app.domain.model import Status
from desk_app.paths import default_db_path
from desk_app.services import Services
from desk_app.services.views import dossier_to_dict, office_to_dict, procedure_summary


def _add(sub: Any, name: str, help_: str, handler: Any) -> argparse.ArgumentParser:
    p: argparse.ArgumentParser = sub.add_parser(name, help=help_, description=help_)
    p.set_defaults(handler=handler)
    return p


def _parse_datetime(text: str) -> dt.datetime:
    for fmt in ("%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%S"):
        try:
            return dt.datetime.strptime(text.strip(), fmt)
        except ValueError:
            continue
    raise ValidationError(
        "datetime_invalid",
        QT_TRANSLATE_NOOP("messages", "Thời điểm «{value}» không hợp lệ; dùng dạng \"YYYY-MM-DD HH:MM\"."),
        value=text,
    )


def parse_date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text.strip())
    except ValueError:
        raise ValidationError(
            "date_invalid", QT_TRANSLATE_NOOP("messages", "Ngày «{value}» không hợp lệ; dùng dạng YYYY-MM-DD."), value=text
        ) from None


def cmd_init(args: argparse.Namespace) -> int:
    s = open_services(args)
    fields: dict[str, Any] = {"name": args.name, "agency_code": args.agency_code}
    for key in ("upstream", "place", "desk_number", "parent_name", "address", "phone", "lookup_url"):
        value = getattr(args, key)
        if value is not None:
            fields[key] = value
    if args.saturday_morning:
        fields["saturday_morning"] = True
    office = s.update_office(CLI_ACTOR, **fields)
    print(f"Đã lưu hồ sơ cơ quan: {office.name} ({office.agency_code}), bàn số {office.desk_number}.")
    print(f"Cơ sở dữ liệu: {s.store.path}")
    return 0


def cmd_office_show(args: argparse.Namespace) -> int:
    s = open_services(args)
    office = s.office()
    if args.json:
        print_json({**office_to_dict(office), "configured": s.has_office, "database": str(s.store.path)})
    elif not s.has_office:
        print("Chưa khai báo hồ sơ cơ quan: chạy `desk-admin init --name … --agency-code …`.")
    else:
        for k, v in office_to_dict(office).items():
            print(f"{k:18} {v}")
    return 0


def _read_password(args: argparse.Namespace) -> str:
    if args.password is not None:
        return str(args.password)
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\n")
    env = os.environ.get("DESK_PASSWORD")
    if env:
        return env
    first = getpass.getpass("Mật khẩu: ")
    if first != getpass.getpass("Nhập lại mật khẩu: "):
        raise ValidationError("password_mismatch", QT_TRANSLATE_NOOP("messages", "Hai lần nhập mật khẩu không khớp."))
    return first


def cmd_user_add(args: argparse.Namespace) -> int:
    s = open_services(args)
    user = s.auth.add_user(CLI_ACTOR, args.username, args.name, args.role, _read_password(args))
    print(f"Đã tạo tài khoản {user.username} ({ROLE_LABELS[user.role]}).")
    return 0


def cmd_user_list(args: argparse.Namespace) -> int:
    s = open_services(args)
    users = s.auth.list_users()
    if args.json:
        print_json([{"username": u.username, "full_name": u.full_name, "role": u.role.value, "active": u.active} for u in users])
        return 0
    for u in users:
        state = "" if u.active else " (đã khóa)"
        print(f"{u.username:20} {u.role.value:8} {u.full_name}{state}")
    return 0


def cmd_user_disable(args: argparse.Namespace) -> int:
    s = open_services(args)
    s.auth.set_active(CLI_ACTOR, args.username, False)
    print(f"Đã khóa tài khoản {args.username}.")
    return 0


def cmd_user_enable(args: argparse.Namespace) -> int:
    s = open_services(args)
    s.auth.set_active(CLI_ACTOR, args.username, True)
    print(f"Đã mở khóa tài khoản {args.username}.")
    return 0


def cmd_user_password(args: argparse.Namespace) -> int:
    s = open_services(args)
    s.auth.set_password(CLI_ACTOR, args.username, _read_password(args))
    print(f"Đã đổi mật khẩu của {args.username}.")
    return 0


def cmd_catalog_import(args: argparse.Namespace) -> int:
    s = open_services(args, ensure_catalog=False)
    n = s.catalog.import_file(CLI_ACTOR, Path(args.file))
    print(f"Đã nhập {n} thủ tục từ {args.file}.")
    return 0


def cmd_catalog_list(args: argparse.Namespace) -> int:
    s = open_services(args)
    procs = s.catalog.list(active_only=not args.all)
    if args.json:
        print_json([procedure_summary(p) for p in procs])
        return 0
    for p in procs:
        print(f"{p.code:12} {p.field:16} {p.name} — {p.time_label}")
    return 0


def cmd_due_date(args: argparse.Namespace) -> int:
    s = open_services(args)
    received = _parse_datetime(args.received)
    due, explanation = s.dossiers.due_date_preview(args.procedure_code, received, args.verification)
    print(due.isoformat())
    if args.explain:
        print(explanation)
    return 0


def cmd_citizen_id_parse(args: argparse.Namespace) -> int:
    text = args.text if args.text != "-" else sys.stdin.read()
    card = parse_cccd_qr(text)
    print_json({
        "citizen_id": card.citizen_id, "old_id": card.old_id, "full_name": card.full_name,
        "date_of_birth": card.date_of_birth.isoformat(), "sex": card.sex, "address": card.address,
        "issue_date": card.issue_date.isoformat() if card.issue_date else None,
    })
    return 0


def cmd_dossier_list(args: argparse.Namespace) -> int:
    s = open_services(args)
    status = Status(args.status) if args.status else None
    items = s.dossiers.list(limit=args.limit, status=status)
    if args.json:
        print_json([dossier_to_dict(d, with_history=False) for d in items])
        return 0
    for d in items:
        due = d.due_date.strftime("%d/%m/%Y") if d.due_date else "—"
        print(f"{d.code:28} {STATUS_LABELS[d.status]:22} hẹn {due:10} {d.applicant.full_name} — {d.procedure_name}")
    return 0


def cmd_dossier_show(args: argparse.Namespace) -> int:
    s = open_services(args)
    d = s.dossiers.get(args.code)
    if args.json:
        print_json(dossier_to_dict(d))
        return 0
    info = dossier_to_dict(d)
    print(f"Mã hồ sơ:     {d.code}")
    print(f"Thủ tục:      {d.procedure_code} {d.procedure_name}")
    print(f"Người nộp:    {d.applicant.full_name} {d.applicant.citizen_id}")
    print(f"Trạng thái:   {info['status_label']}")
    print(f"Nhận lúc:     {d.received_at:%H:%M %d/%m/%Y}")
    print(f"Hẹn trả:      {info['due_date'] or '—'} (gốc: {info['original_due_date'] or '—'})")
    print(f"Kết quả:      {info['resolution'] or '—'}")
    print("Lịch sử:")
    for e in info["history"]:
        print(f"  #{e['seq']:<6} {e['at']}  {e['actor']:12} {e['label']} {e['note']}")
    return 0


def cmd_demo_data(args: argparse.Namespace) -> int:
    from desk_app.services.demo import seed_demo

    s = open_services(args)
    n = seed_demo(s, args.count, seed=args.seed, months=args.months)
    print(f"Đã tạo {n} hồ sơ mẫu trong {s.store.path}.")
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    s = open_services(args, ensure_catalog=False)
    path = s.backup(Path(args.out) if args.out else None)
    print(f"Đã sao lưu và kiểm tra toàn vẹn: {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    target = default_db_path(args.db)
    Services.restore(Path(args.file), target)
    s = Services.open(target, ensure_catalog=False)  # runs migrations if the backup is older
    print(f"Đã khôi phục {target} từ {args.file} ({s.dossiers.repo.count()} hồ sơ).")
    return 0


def cmd_audit_verify(args: argparse.Namespace) -> int:
    s = open_services(args, ensure_catalog=False)
    report = s.verify_audit()
    if args.json:
        print_json({"ok": report.ok, "checked": report.checked, "problems": report.problems})
    elif report.ok:
        print(f"Chuỗi kiểm toán toàn vẹn: {report.checked} sự kiện.")
    else:
        print(f"PHÁT HIỆN {len(report.problems)} bất thường trong {report.checked} sự kiện:")
        for p in report.problems:
            print(f"  - {p}")
    return 0 if report.ok else 1


def cmd_calendar_list(args: argparse.Namespace) -> int:
    s = open_services(args)
    cal = s.calendar()
    year = args.year or s.clock().year
    days = []
    d = dt.date(year, 1, 1)
    while d.year == year:
        name = cal.holiday_name(d)
        if name:
            days.append({"date": d.isoformat(), "working": cal.is_working_day(d), "name": name})
        d += dt.timedelta(days=1)
    for day, kind, note in s.calendar_repo.list():
        if day.year == year and not any(x["date"] == day.isoformat() for x in days):
            days.append({"date": day.isoformat(), "working": kind == "work", "name": note or kind})
    days.sort(key=lambda x: x["date"])
    if args.json:
        print_json(days)
    else:
        for x in days:
            print(f"{x['date']}  {'làm việc' if x['working'] else 'nghỉ    '}  {x['name']}")
    return 0


def cmd_calendar_set(args: argparse.Namespace) -> int:
    s = open_services(args)
    s.set_calendar_day(CLI_ACTOR, parse_date(args.date), args.kind, args.note)
    print(f"Đã đặt {args.date}: {'nghỉ' if args.kind == 'off' else 'làm việc bù'}.")
    return 0


def cmd_calendar_remove(args: argparse.Namespace) -> int:
    s = open_services(args)
    removed = s.remove_calendar_day(CLI_ACTOR, parse_date(args.date))
    print("Đã xóa." if removed else "Ngày này không có trong danh sách điều chỉnh.")
    return 0 if removed else 1


def register(sub: Any) -> None:
    p = _add(sub, "init", "Khai báo hồ sơ cơ quan (tên, mã cơ quan, địa chỉ cấp trên)", cmd_init)
    p.add_argument("--name", required=True, help="tên cơ quan, ví dụ \"UBND xã Tiến Thành\"")
    p.add_argument("--agency-code", required=True, help="mã cơ quan theo TT 10/2016, ví dụ 000.21.22.H56")
    p.add_argument("--upstream", help="địa chỉ hệ thống cấp trên (https://…)")
    p.add_argument("--place", help="địa danh ghi trên phiếu")
    p.add_argument("--parent-name", dest="parent_name", help="cơ quan cấp trên ghi ở tiêu đề")
    p.add_argument("--address")
    p.add_argument("--phone")
    p.add_argument("--lookup-url", dest="lookup_url", help="địa chỉ tra cứu in trong mã QR")
    p.add_argument("--desk", dest="desk_number", type=int, help="số bàn tiếp nhận 1–9 (mặc định 1)")
    p.add_argument("--saturday-morning", action="store_true", help="nhận hồ sơ sáng thứ Bảy")

    office = sub.add_parser("office", help="Hồ sơ cơ quan").add_subparsers(dest="office_cmd", required=True)
    p = _add(office, "show", "Xem hồ sơ cơ quan", cmd_office_show)
    p.add_argument("--json", action="store_true")

    user = sub.add_parser("user", help="Tài khoản").add_subparsers(dest="user_cmd", required=True)
    for name, help_, handler in (("add", "Tạo tài khoản", cmd_user_add), ("password", "Đổi mật khẩu", cmd_user_password)):
        p = _add(user, name, help_, handler)
        p.add_argument("username")
        if name == "add":
            p.add_argument("--name", required=True, help="họ và tên")
            p.add_argument("--role", required=True, choices=["clerk", "handler", "leader", "admin"])
        p.add_argument("--password", help="mật khẩu (nếu không có: hỏi, hoặc biến DESK_PASSWORD)")
        p.add_argument("--password-stdin", action="store_true", help="đọc mật khẩu từ đầu vào chuẩn")
    p = _add(user, "list", "Danh sách tài khoản", cmd_user_list)
    p.add_argument("--json", action="store_true")
    for name, help_, handler in (("disable", "Khóa tài khoản", cmd_user_disable), ("enable", "Mở khóa tài khoản", cmd_user_enable)):
        _add(user, name, help_, handler).add_argument("username")

    cat = sub.add_parser("catalog", help="Danh mục thủ tục").add_subparsers(dest="catalog_cmd", required=True)
    _add(cat, "import", "Nhập danh mục thủ tục từ tệp JSON (tệp lỗi không làm thay đổi danh mục)", cmd_catalog_import).add_argument("file")
    p = _add(cat, "list", "Liệt kê thủ tục", cmd_catalog_list)
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="cả thủ tục đã ngừng áp dụng")

    calendar = sub.add_parser("calendar", help="Lịch làm việc").add_subparsers(dest="calendar_cmd", required=True)
    p = _add(calendar, "list", "Ngày nghỉ lễ và ngày điều chỉnh trong năm", cmd_calendar_list)
    p.add_argument("--year", type=int)
    p.add_argument("--json", action="store_true")
    p = _add(calendar, "set", "Thêm ngày nghỉ (off) hoặc ngày làm bù (work)", cmd_calendar_set)
    p.add_argument("date")
    p.add_argument("kind", choices=["off", "work"])
    p.add_argument("--note", default="")
    _add(calendar, "remove", "Bỏ một ngày điều chỉnh", cmd_calendar_remove).add_argument("date")

    p = _add(sub, "due-date", "Tính ngày hẹn trả cho một thủ tục", cmd_due_date)
    p.add_argument("procedure_code")
    p.add_argument("--received", required=True, help='thời điểm nhận "YYYY-MM-DD HH:MM"')
    p.add_argument("--verification", action="store_true", help="hồ sơ cần xác minh (thời hạn kéo dài)")
    p.add_argument("--explain", action="store_true", help="in thêm cách tính")

    cid = sub.add_parser("citizen-id", help="Căn cước công dân").add_subparsers(dest="cid_cmd", required=True)
    _add(cid, "parse", "Đọc chuỗi QR trên thẻ CCCD (in JSON)", cmd_citizen_id_parse).add_argument("text", help="chuỗi QR, hoặc - để đọc từ đầu vào chuẩn")

    dossier = sub.add_parser("dossier", help="Hồ sơ").add_subparsers(dest="dossier_cmd", required=True)
    p = _add(dossier, "list", "Danh sách hồ sơ mới nhất", cmd_dossier_list)
    p.add_argument("--json", action="store_true")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--status", choices=[s.value for s in Status])
    p = _add(dossier, "show", "Chi tiết và lịch sử một hồ sơ", cmd_dossier_show)
    p.add_argument("code")
    p.add_argument("--json", action="store_true")

    p = _add(sub, "demo-data", "Tạo hồ sơ mẫu (tên, số định danh, thủ tục như thực tế)", cmd_demo_data)
    p.add_argument("--count", type=int, default=500)
    p.add_argument("--seed", type=int, default=2026)
    p.add_argument("--months", type=int, default=12)

    p = _add(sub, "backup", "Sao lưu cơ sở dữ liệu (kiểm tra toàn vẹn)", cmd_backup)
    p.add_argument("--out", help="tệp sao lưu (mặc định: thư mục backups cạnh cơ sở dữ liệu)")
    _add(sub, "restore", "Khôi phục từ bản sao lưu (bản hiện tại được giữ lại)", cmd_restore).add_argument("file")

    audit = sub.add_parser("audit", help="Kiểm toán").add_subparsers(dest="audit_cmd", required=True)
    p = _add(audit, "verify", "Kiểm tra chuỗi sự kiện: phát hiện sửa hoặc xóa", cmd_audit_verify)
    p.add_argument("--json", action="store_true")
