"""Report commands: the period report (json, xlsx, pdf), the tracking book (Mẫu 06) and import of old registers."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from desk_app.cli.foundation import _add, parse_date
from desk_app.cli.main import CLI_ACTOR, open_services


def cmd_report(args: argparse.Namespace) -> int:
    from desk_app.services.report_export import default_filename

    date_from, date_to = parse_date(args.date_from), parse_date(args.date_to)
    s = open_services(args)
    if args.format == "json":
        rows = s.reports.period_report(date_from, date_to)
        data = {r.field: r.to_json(extra=args.extra) for r in rows}
        text = json.dumps(data, ensure_ascii=False, indent=2)
        if args.out:
            Path(args.out).write_text(text + "\n", encoding="utf-8")
            print(f"Đã ghi báo cáo {date_from:%d/%m/%Y}–{date_to:%d/%m/%Y}: {args.out}", file=sys.stderr)
        else:
            print(text)
        return 0
    if args.out:
        out = Path(args.out)
    else:
        out = Path(default_filename(date_from, date_to, "xlsx" if args.format == "xlsx" else "pdf"))
        if args.format == "book":
            out = out.with_name(out.name.replace("bao-cao-tthc", "so-theo-doi"))
    s.reports.export(args.format, date_from, date_to, out)
    what = "Sổ theo dõi hồ sơ (Mẫu 06)" if args.format == "book" else "Báo cáo"
    print(f"Đã ghi {what} {date_from:%d/%m/%Y}–{date_to:%d/%m/%Y}: {out}")
    return 0


def cmd_import_book(args: argparse.Namespace) -> int:
    s = open_services(args)
    result = s.reports.import_book(CLI_ACTOR, Path(args.file), dry_run=args.dry_run)
    if args.json:
        print(json.dumps(_result_dict(result), ensure_ascii=False, indent=2))
    elif result.errors:
        print(f"Không nhập hồ sơ nào: {len(result.errors)} dòng lỗi trong {result.rows} dòng của {Path(args.file).name}.",
              file=sys.stderr)
        for e in result.errors:
            print(f"  Dòng {e.line}: {e.message}", file=sys.stderr)
        print("Sửa các dòng trên rồi nhập lại cả tệp.", file=sys.stderr)
    else:
        verb = "Sẽ nhập" if result.dry_run else "Đã nhập"
        print(f"{verb} {result.imported} hồ sơ, bỏ qua {result.skipped} hồ sơ đã có (cùng mã), "
              f"từ {result.rows} dòng của {Path(args.file).name}.")
        if result.unknown_procedures:
            print("Mã thủ tục không có trong danh mục (ghi vào lĩnh vực «Khác»): "
                  + ", ".join(result.unknown_procedures))
        if result.dry_run:
            print("(Chạy thử: chưa ghi gì vào cơ sở dữ liệu.)")
    return 1 if result.errors else 0


def _result_dict(result: Any) -> dict[str, Any]:
    return {
        "file": result.file, "rows": result.rows, "imported": result.imported, "skipped": result.skipped,
        "errors": [{"line": e.line, "column": e.column, "message": e.message} for e in result.errors],
        "unknown_procedures": result.unknown_procedures, "dry_run": result.dry_run,
    }


def register(sub: Any) -> None:
    p = _add(sub, "report", "Báo cáo tình hình, kết quả giải quyết TTHC (Biểu 06) hoặc Sổ theo dõi hồ sơ (Mẫu 06)",
             cmd_report)
    p.add_argument("--from", dest="date_from", required=True, metavar="DATE", help="ngày đầu kỳ (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", required=True, metavar="DATE", help="ngày cuối kỳ (YYYY-MM-DD), tính cả ngày này")
    p.add_argument("--format", choices=["json", "xlsx", "pdf", "book"], default="json",
                   help="json (mặc định, in ra màn hình nếu không có --out), xlsx, pdf, hoặc book: Sổ theo dõi Mẫu 06 (PDF)")
    p.add_argument("--out", metavar="FILE", help="tệp kết quả")
    p.add_argument("--extra", action="store_true",
                   help="json: thêm các cột bổ sung (quá hạn có/không xin lỗi, số hóa, rút hồ sơ)")

    p = _add(sub, "import-book", "Nhập hồ sơ từ sổ theo dõi cũ (CSV hoặc .xlsx); lỗi một dòng thì không nhập gì",
             cmd_import_book)
    p.add_argument("file", help="tệp .csv (UTF-8, dấu phẩy hoặc chấm phẩy) hoặc .xlsx; cột: code, procedure_code, "
                                "applicant_name, channel, received_at, due_at, resolved_at, returned_at "
                                "(hoặc Mã hồ sơ, Mã thủ tục, Người nộp, Hình thức, Ngày nhận, Ngày hẹn trả, "
                                "Ngày có kết quả, Ngày trả)")
    p.add_argument("--dry-run", action="store_true", help="chỉ kiểm tra, không ghi")
    p.add_argument("--json", action="store_true", help="in kết quả dạng JSON")
