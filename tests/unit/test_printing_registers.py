"""The tracking book (1,000 rows), the catalog listing, the guides, the forms configuration and asset paths."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader

from desk_app.assets import asset_path, resources_root
from desk_app.domain.model import (
    Applicant,
    Channel,
    Dossier,
    Event,
    EventType,
    FeeRule,
    OfficeProfile,
    Procedure,
    RequiredDocument,
    Resolution,
    ReturnMethod,
    Status,
)
from desk_app.printing.forms_config import FORM_KEYS, FormsConfigError, load_forms_config, normalise_page_size
from desk_app.printing.grid import wrap_text
from desk_app.printing.render import render_book, render_dossier_form, render_guide, render_listing
from desk_app.printing.toolkit import FONT, register_fonts

MM = 72 / 25.4
OFFICE = OfficeProfile(
    name="UBND xã Tiến Thành",
    agency_code="000.21.22.H56",
    place="Tiến Thành",
    parent_name="UBND tỉnh Đồng Nai",
    address="Số 1 đường Hùng Vương, xã Tiến Thành, tỉnh Đồng Nai",
    phone="0251 3822 123",
    lookup_url="https://dichvucong.dongnai.gov.vn/tra-cuu",
)
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Huỳnh", "Đặng", "Vũ", "Đỗ")
GIVEN = ("Điệp", "Đức", "Hương", "Ánh", "Ỷ", "Nguyệt", "Khuê", "Ửng")


def pages_text(pdf: Path) -> list[str]:
    return [" ".join(unicodedata.normalize("NFC", p.extract_text() or "").split()) for p in PdfReader(str(pdf)).pages]


def procedures() -> list[Procedure]:
    return [
        Procedure(
            code="1.001193",
            name="Đăng ký khai sinh",
            field="Hộ tịch",
            same_day=True,
            documents=(
                RequiredDocument("Tờ khai đăng ký khai sinh (theo mẫu)"),
                RequiredDocument("Giấy chứng sinh", kind="original"),
                RequiredDocument("Giấy chứng nhận kết hôn của cha, mẹ", kind="shown", optional=True),
            ),
            legal_basis="Luật Hộ tịch năm 2014; Nghị định số 123/2015/NĐ-CP.",
            result="Giấy khai sinh (bản chính)",
        ),
        Procedure(
            code="2.000815",
            name="Chứng thực bản sao từ bản chính giấy tờ, văn bản",
            field="Chứng thực",
            same_day=True,
            fee=FeeRule(kind="per_page", amount=2_000, next_amount=1_000, first_pages=2, cap=200_000),
            documents=(
                RequiredDocument("Bản chính giấy tờ", kind="shown"),
                RequiredDocument("Bản sao cần chứng thực", kind="copy"),
            ),
            legal_basis="Nghị định số 23/2015/NĐ-CP; Thông tư số 226/2016/TT-BTC.",
        ),
        Procedure(
            code="1.004859",
            name="Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
            field="Hộ tịch",
            days=3,
            fee=FeeRule(kind="fixed", amount=15_000),
            documents=(RequiredDocument("Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch"),),
        ),
    ]


def book_dossiers(count: int) -> list[Dossier]:
    out = []
    start = dt.date(2026, 1, 5)
    for i in range(count):
        day = start + dt.timedelta(days=i // 20)
        received = dt.datetime.combine(day, dt.time(7 + i % 9, i % 60))
        procedure = procedures()[i % 3]
        returned = i % 3 != 0
        events = [
            Event(f"r{i}", "x", EventType.RECEIVED, received, "huong.ttt", "Quầy 1"),
            Event(
                f"t{i}",
                "x",
                EventType.TRANSFERRED,
                received + dt.timedelta(hours=1),
                "huong.ttt",
                "Quầy 1",
                data={"to_user": "dat.lv", "to_role": "handler"},
            ),
        ]
        out.append(
            Dossier(
                code=f"000.21.22.H56-{day:%y%m%d}-{1001 + i % 20:04d}",
                procedure_code=procedure.code,
                procedure_name=procedure.name,
                field=procedure.field,
                applicant=Applicant(
                    full_name=f"{SURNAMES[i % 8]} Thị {GIVEN[(i // 8) % 8]}",
                    address=f"Tổ {i % 30 + 1}, ấp Bình Thạnh, xã Tiến Thành",
                    phone=f"09{i:08d}",
                ),
                channel=Channel.DIRECT,
                return_method=ReturnMethod.AT_DESK,
                received_at=received,
                status=Status.RETURNED if returned else Status.IN_PROGRESS,
                due_date=day + dt.timedelta(days=3),
                result_at=received + dt.timedelta(days=2) if returned else None,
                returned_at=received + dt.timedelta(days=3) if returned else None,
                resolution=Resolution.EARLY if returned else None,
                book_year=2026,
                book_number=i + 1,
                events=events,
            )
        )
    return out


def test_book_of_1000_rows_repeats_its_header(tmp_path: Path) -> None:
    pdf = tmp_path / "book.pdf"
    dossiers = book_dossiers(1000)
    started = time.perf_counter()
    render_book(dossiers, OFFICE, dt.date(2026, 1, 1), dt.date(2026, 12, 31), pdf, user_names={"dat.lv": "Lê Văn Đạt"})
    elapsed = time.perf_counter() - started
    assert elapsed < 10, elapsed  # ~1 s on a laptop; generous for CI runners
    reader = PdfReader(str(pdf))
    assert len(reader.pages) > 20
    first = reader.pages[0]
    assert float(first.mediabox.width) > float(first.mediabox.height)  # landscape
    pages = pages_text(pdf)
    assert "SỔ THEO DÕI HỒ SƠ" in pages[0] and "Mẫu số 06" in pages[0]
    assert "Độc lập - Tự do - Hạnh phúc" in pages[0]
    assert "Từ ngày 01/01/2026 đến ngày 31/12/2026" in pages[0]
    for number, page in enumerate(pages, start=1):
        assert "Mã hồ sơ" in page and "Tên thủ tục hành chính" in page and "Ghi chú" in page, number
        assert "(12)" in page
        assert f"Trang {number}" in page
    everything = " ".join(pages)
    assert "Lê Văn Đạt" in everything
    for row in ("01", "0999", "1000"):
        assert row in everything
    # Every row is there once, in order.
    codes = [d.code for d in dossiers[:40]]
    flat = "".join(everything.split())
    positions = [flat.index(f"{c}") for c in codes[:5]]
    assert positions == sorted(positions)


def test_grid_breaks_overlong_words() -> None:
    register_fonts()
    lines = wrap_text("000.21.22.H56-261123-1007", FONT, 8, 20 * MM)
    assert len(lines) == 2 and "".join(lines) == "000.21.22.H56-261123-1007"
    assert lines[0].endswith("-")


def test_listing_has_every_procedure_grouped_by_field(tmp_path: Path) -> None:
    pdf = tmp_path / "listing.pdf"
    render_listing(procedures(), OFFICE, pdf)
    text = " ".join(pages_text(pdf))
    assert "DANH MỤC THỦ TỤC HÀNH CHÍNH" in text
    assert "I. LĨNH VỰC CHỨNG THỰC" in text and "II. LĨNH VỰC HỘ TỊCH" in text
    for procedure in procedures():
        assert procedure.name in text and procedure.code in text
    assert "2.000 đ/trang cho 2 trang đầu, từ trang thứ 3 trở đi 1.000 đ/trang, tối đa 200.000 đ/bản" in text
    assert "15.000 đ/trường hợp" in text
    assert "Căn cứ pháp lý: Luật Hộ tịch năm 2014" in text
    assert "Trong ngày (sau 15 giờ: ngày làm việc tiếp theo)" in text


def test_guide_is_one_page_per_procedure_even_when_long(tmp_path: Path) -> None:
    long = Procedure(
        code="1.000001",
        name="Thủ tục có rất nhiều giấy tờ",
        field="Đất đai",
        days=10,
        documents=tuple(
            RequiredDocument(
                f"Giấy tờ số {i}: văn bản, giấy tờ chứng minh quyền sử dụng đất hợp pháp của hộ gia đình, cá nhân",
                kind="copy",
            )
            for i in range(1, 41)
        ),
    )
    pdf = tmp_path / "guide.pdf"
    render_guide([procedures()[0], long], OFFICE, pdf)
    pages = pages_text(pdf)
    assert len(pages) == 2
    assert "HƯỚNG DẪN THỰC HIỆN THỦ TỤC HÀNH CHÍNH" in pages[0] and "Đăng ký khai sinh" in pages[0]
    assert "Giấy tờ số 40" in pages[1]
    single = tmp_path / "one.pdf"
    render_guide(procedures()[0], OFFICE, single)
    assert len(PdfReader(str(single)).pages) == 1


def test_shipped_forms_config() -> None:
    config = load_forms_config()
    assert tuple(config) == FORM_KEYS
    assert config["receipt"].number == "Mẫu số 01"
    assert config["receipt"].title == "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
    assert config["book"].page_size == "A4-landscape"
    assert config["listing"].page_size == "A4"
    assert all(config[k].page_size == "A5" for k in ("receipt", "supplement", "refusal", "apology", "control"))


def test_office_override_renumbers_a_form(tmp_path: Path) -> None:
    override = tmp_path / "forms.json"
    override.write_text(
        json.dumps({"forms": {"receipt": {"number": "Mẫu số 01/TN-2025"}, "control": {"page_size": "a4"}}}),
        encoding="utf-8",
    )
    config = load_forms_config(override)
    assert config["receipt"].number == "Mẫu số 01/TN-2025"
    assert config["receipt"].title == "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ"
    assert config["control"].page_size == "A4"
    dossier = book_dossiers(1)[0]
    pdf = tmp_path / "receipt.pdf"
    render_dossier_form("receipt", dossier, procedures()[0], OFFICE, pdf, forms=config, evaluation_slip=False)
    assert "Mẫu số 01/TN-2025" in pages_text(pdf)[0]


@pytest.mark.parametrize(
    "content",
    [
        "{not json",
        json.dumps({"forms": {"receipts": {"number": "x"}}}),
        json.dumps({"forms": {"receipt": {"page_size": "A3"}}}),
        json.dumps({"forms": {"receipt": {"title": ""}}}),
        json.dumps({"forms": {"receipt": {"number": 1}}}),
        json.dumps({"forms": {"receipt": {"colour": "red"}}}),
        json.dumps(["receipt"]),
    ],
)
def test_bad_override_is_reported(tmp_path: Path, content: str) -> None:
    override = tmp_path / "forms.json"
    override.write_text(content, encoding="utf-8")
    with pytest.raises(FormsConfigError) as info:
        load_forms_config(override)
    assert str(override) in str(info.value)


def test_page_size_aliases() -> None:
    assert normalise_page_size("a4l") == "A4-landscape"
    assert normalise_page_size("Roll") == "roll80"
    with pytest.raises(ValueError):
        normalise_page_size("letter")


def test_asset_paths_in_source_and_in_a_bundle(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    fonts = ("Regular", "Bold", "Italic", "BoldItalic")
    for face in fonts:
        assert asset_path("fonts", f"LiberationSerif-{face}.ttf").is_file()
    assert asset_path("fonts", "LICENSE-LiberationFonts.txt").is_file()
    assert asset_path("forms", "forms.json").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resources_root() == tmp_path / "resources"
    assert asset_path("fonts", "x.ttf") == tmp_path / "resources" / "fonts" / "x.ttf"
    with pytest.raises(ValueError):
        asset_path("..", "secret")


def test_pdfs_print_no_helvetica(tmp_path: Path) -> None:
    """Only the bundled fonts are referenced, so a bare machine prints no boxes."""
    book = tmp_path / "book.pdf"
    render_book(book_dossiers(30), OFFICE, dt.date(2026, 1, 1), dt.date(2026, 1, 31), book)
    listing = tmp_path / "listing.pdf"
    render_listing(procedures(), OFFICE, listing)
    for pdf in (book, listing):
        out = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
        assert "Helvetica" not in out and "LiberationSerif" in out
