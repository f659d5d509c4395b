"""Print commands: a dossier's form (receipt … control), the tracking book, the catalog listing, a guide."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desk_app.cli.foundation import _add, parse_date
from desk_app.cli.main import CLI_ACTOR, open_services
from desk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError

DOSSIER_FORMS = ("receipt", "supplement", "refusal", "apology", "control")
OTHER = ("book", "listing", "guide")

_LABELS = {
    "receipt": "Giấy tiếp nhận hồ sơ và hẹn trả kết quả (Mẫu 01)",
    "supplement": "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)",
    "refusal": "Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)",
    "apology": "Phiếu xin lỗi và hẹn lại ngày trả kết quả (Mẫu 04)",
    "control": "Phiếu kiểm soát quá trình giải quyết hồ sơ (Mẫu 05)",
}


def _need(value: str | None, what: str, usage: str) -> str:
    if not value:
        raise ValidationError(
            "print_argument_missing", QT_TRANSLATE_NOOP("messages", "Thiếu {what}: {usage}"), what=what, usage=usage
        )
    return value


def cmd_print(args: argparse.Namespace) -> int:
    out = Path(args.out)
    if out.parent and not out.parent.exists():
        out.parent.mkdir(parents=True, exist_ok=True)
    s = open_services(args)
    form = args.form
    if form in DOSSIER_FORMS:
        code = _need(args.code, "mã hồ sơ", f"desk-admin print {form} MÃ_HỒ_SƠ --out TỆP.pdf")
        copy = s.printing.render(CLI_ACTOR, code, form, out)
        note = " (in lại – bản sao)" if copy else ""
        print(f"Đã in {_LABELS[form]} của hồ sơ {code.strip().upper()}{note}: {out}")
    elif form == "book":
        usage = "desk-admin print book --from YYYY-MM-DD --to YYYY-MM-DD --out TỆP.pdf"
        date_from = parse_date(_need(args.date_from, "ngày bắt đầu (--from)", usage))
        date_to = parse_date(_need(args.date_to, "ngày kết thúc (--to)", usage))
        n = s.printing.render_book(date_from, date_to, out)
        print(f"Đã in Sổ theo dõi hồ sơ (Mẫu 06) {date_from:%d/%m/%Y}–{date_to:%d/%m/%Y}, {n} hồ sơ: {out}")
    elif form == "listing":
        n = s.printing.render_listing(out)
        print(f"Đã in danh mục thủ tục hành chính ({n} thủ tục): {out}")
    else:
        code = _need(args.code, "mã thủ tục", "desk-admin print guide MÃ_THỦ_TỤC --out TỆP.pdf")
        p = s.printing.render_guide(code, out)
        print(f"Đã in hướng dẫn thủ tục {p.code} – {p.name}: {out}")
    return 0


def register(sub: Any) -> None:
    p = _add(sub, "print", "In phiếu của hồ sơ, sổ theo dõi (Mẫu 06), danh mục thủ tục hoặc hướng dẫn thủ tục ra PDF.",
             cmd_print)
    p.add_argument("form", choices=(*DOSSIER_FORMS, *OTHER),
                   help="mẫu in: receipt, supplement, refusal, apology, control (cần mã hồ sơ); "
                        "book (cần --from, --to); listing; guide (cần mã thủ tục)")
    p.add_argument("code", nargs="?", help="mã hồ sơ (phiếu) hoặc mã thủ tục (guide)")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="sổ theo dõi: từ ngày")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="sổ theo dõi: đến ngày")
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="tệp PDF cần ghi")
