"""Dossier forms 01–05 and the evaluation slip: codes read back, Vietnamese text exact, nothing overflows."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import subprocess
import unicodedata
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pypdf import PdfReader

from desk_app.domain.model import (
    Applicant,
    Channel,
    DocumentReceived,
    Dossier,
    Event,
    EventType,
    FeeRule,
    OfficeProfile,
    Procedure,
    RequiredDocument,
    ReturnMethod,
    Status,
)
from desk_app.printing.codes import qr_payload
from desk_app.printing.render import FORMS, render_dossier_form
from desk_app.printing.wording import date_words, datetime_words

CODE = "000.21.22.H56-261123-1007"
LOOKUP = "https://dichvucong.dongnai.gov.vn/tra-cuu"
MM = 72 / 25.4
VIETNAMESE = "aàáảãạăằắẳẵặâầấẩẫậeèéẻẽẹêềếểễệiìíỉĩịoòóỏõọôồốổỗộơờớởỡợuùúủũụưừứửữựyỳýỷỹỵđ"
MOTTO = "Độc lập - Tự do - Hạnh phúc"


# ----------------------------------------------------------------------------- test data


def make_office(**changes: object) -> OfficeProfile:
    values: dict[str, object] = dict(
        name="UBND xã Tiến Thành",
        agency_code="000.21.22.H56",
        place="Tiến Thành",
        parent_name="UBND tỉnh Đồng Nai",
        address="Số 1 đường Hùng Vương, ấp Bình Thạnh, xã Tiến Thành, tỉnh Đồng Nai",
        phone="0251 3822 123",
        lookup_url=LOOKUP,
        return_time="16:00",
        evaluation_slip=True,
    )
    values.update(changes)
    return OfficeProfile(**values)  # type: ignore[arg-type]


def make_procedure() -> Procedure:
    return Procedure(
        code="1.004859",
        name="Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
        field="Hộ tịch",
        days=3,
        fee=FeeRule(kind="fixed", amount=50_000),
        documents=(
            RequiredDocument("Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch"),
            RequiredDocument("Giấy tờ làm căn cứ cho việc cải chính", kind="certified_copy"),
        ),
    )


def event(kind: EventType, at: dt.datetime, actor: str = "huong.ttt", note: str = "", **data: object) -> Event:
    return Event(
        uid=f"{kind.value}-{at:%d%H%M}",
        dossier_code=CODE,
        type=kind,
        at=at,
        actor=actor,
        desk="Quầy 1",
        note=note,
        data=data,
    )


RECEIVED_AT = dt.datetime(2026, 11, 23, 8, 30)
NAMES = {"huong.ttt": "Trần Thị Thu Hương", "dat.lv": "Lê Văn Đạt", "hung.pq": "Phạm Quốc Hùng"}


def make_dossier(**changes: object) -> Dossier:
    values: dict[str, object] = dict(
        code=CODE,
        procedure_code="1.004859",
        procedure_name="Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
        field="Hộ tịch",
        applicant=Applicant(
            full_name="Nguyễn Thị Ngọc Điệp",
            sex="Nữ",
            address="Số 18, đường Nguyễn Huệ, ấp Bình Thạnh, xã Tiến Thành, tỉnh Đồng Nai",
            phone="0912 345 678",
            email="ngocdiep@example.vn",
        ),
        channel=Channel.DIRECT,
        return_method=ReturnMethod.AT_DESK,
        received_at=RECEIVED_AT,
        status=Status.RECEIVED,
        due_date=dt.date(2026, 11, 26),
        base_due_date=dt.date(2026, 11, 26),
        documents=(
            DocumentReceived("Tờ khai thay đổi, cải chính, bổ sung thông tin hộ tịch"),
            DocumentReceived("Giấy tờ làm căn cứ cho việc cải chính", kind="certified_copy", count=2),
        ),
        fee=50_000,
        book_year=2026,
        book_number=7,
        events=[event(EventType.RECEIVED, RECEIVED_AT, due_date="2026-11-26")],
    )
    values.update(changes)
    return Dossier(**values)  # type: ignore[arg-type]


# ------------------------------------------------------------------------------- helpers


def rasterise(pdf: Path, dpi: int = 200) -> list[Image.Image]:
    prefix = pdf.with_suffix("")
    subprocess.run(["pdftoppm", "-r", str(dpi), "-png", str(pdf), str(prefix)], check=True)
    files = sorted(pdf.parent.glob(prefix.name + "-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [Image.open(f).convert("L") for f in files]


def codes_on(image: Image.Image) -> dict[str, str]:
    found = {}
    for barcode in zxingcpp.read_barcodes(image):
        found[str(barcode.format)] = barcode.text
    return found


def text_of(pdf: Path) -> str:
    """The text layer as pdftotext reads it, with runs of whitespace squeezed (lines may wrap)."""
    raw = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    return unicodedata.normalize("NFC", raw)


def flat(text: str) -> str:
    return " ".join(text.split())


def pages_text(pdf: Path) -> list[str]:
    return [flat(page.extract_text() or "") for page in PdfReader(str(pdf)).pages]


def words_inside(pdf: Path, margin: float = 1.0) -> None:
    """Every word's box (pdftotext -bbox) lies inside its page."""
    html = subprocess.run(["pdftotext", "-bbox", str(pdf), "-"], check=True, capture_output=True, text=True).stdout
    pages = re.findall(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', html, re.S)
    assert pages
    for width, height, body in pages:
        for x0, y0, x1, y1 in re.findall(r'xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)"', body):
            assert float(x0) >= margin and float(x1) <= float(width) - margin, (x0, x1, width)
            assert float(y0) >= margin and float(y1) <= float(height) - margin, (y0, y1, height)


def render(tmp_path: Path, form: str, dossier: Dossier, name: str | None = None, **kw: object) -> Path:
    pdf = tmp_path / f"{name or form}.pdf"
    kw.setdefault("office", make_office())
    office = kw.pop("office")
    render_dossier_form(form, dossier, make_procedure(), office, pdf, **kw)  # type: ignore[arg-type]
    return pdf


# --------------------------------------------------------------------------------- tests


def test_receipt_two_copies_codes_and_text(tmp_path: Path) -> None:
    pdf = render(tmp_path, "receipt", make_dossier(), printed_by="Trần Thị Thu Hương")
    images = rasterise(pdf)
    assert len(images) == 3  # Liên 1, Liên 2, the evaluation slip
    for image in images:
        found = codes_on(image)
        assert found.get("Code 128") == CODE
        assert found.get("QR Code") == f"{LOOKUP}?ma={CODE}"
    pages = pages_text(pdf)
    assert "Liên 1: Lưu" in pages[0] and "Liên 2: Giao người nộp hồ sơ" in pages[1]
    for page in pages[:2]:
        assert "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ" in page
        assert "Mẫu số 01" in page
        assert "Nguyễn Thị Ngọc Điệp" in page
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in page
        assert MOTTO in page
        assert "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ" in page
        assert "Tiến Thành, ngày 23 tháng 11 năm 2026" in page
        assert "08 giờ 30 phút, ngày 23 tháng 11 năm 2026" in page
        assert "16 giờ 00 phút, ngày 26 tháng 11 năm 2026" in page
        assert "Lệ phí: 50.000 đ (Năm mươi nghìn đồng)" in page
        assert "Quyển số: 2026, Số thứ tự: 07" in page
        assert "NGƯỜI NỘP HỒ SƠ" in page and "NGƯỜI TIẾP NHẬN HỒ SƠ" in page
        assert "Trần Thị Thu Hương" in page
        assert "Bản sao chứng thực: 02" in page
        assert "IN LẠI" not in page
    assert "PHIẾU ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG" in pages[2]


def test_pdftotext_reads_the_same_vietnamese(tmp_path: Path) -> None:
    pdf = render(tmp_path, "receipt", make_dossier())
    text = flat(text_of(pdf))
    for expected in ("Nguyễn Thị Ngọc Điệp", "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", MOTTO):
        assert expected in text


def test_every_vietnamese_letter_prints_and_reads_back(tmp_path: Path) -> None:
    letters = VIETNAMESE + VIETNAMESE.upper()
    # Input typed decomposed (NFD), as some input methods send it, must still print composed.
    applicant = Applicant(full_name="Đặng Văn Đức", sex="Nam", address=unicodedata.normalize("NFD", letters))
    pdf = render(tmp_path, "receipt", make_dossier(applicant=applicant), evaluation_slip=False)
    text = "".join(pages_text(pdf)[0].split())
    assert letters in text
    assert "Đặng Văn Đức" in pages_text(pdf)[0]


def test_only_bundled_fonts_are_embedded(tmp_path: Path) -> None:
    pdf = render(tmp_path, "receipt", make_dossier())
    fonts = set()
    for page in PdfReader(str(pdf)).pages:
        for font in page["/Resources"]["/Font"].values():
            fonts.add(str(font.get_object()["/BaseFont"]).split("+")[-1])
    assert fonts <= {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"}
    assert {"LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic"} <= fonts


@pytest.mark.parametrize(
    ("form", "expected"),
    [
        (
            "supplement",
            [
                "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ",
                "Mẫu số 02",
                "Hồ sơ của: Ông Đặng Văn Đức",
                "Bản chính Bản chứng thực Bản photo",
                "Giấy tờ làm căn cứ cho việc cải chính",
                "(Còn thiếu)",
                "(Cần sửa đổi, bổ sung: Ghi sai ngày sinh)",
                "Lý do: Hồ sơ chưa đầy đủ thành phần.",
                "Hướng dẫn: Nộp bản sao chứng thực giấy tờ làm căn cứ.",
                "NGƯỜI HƯỚNG DẪN",
                "Trần Thị Thu Hương",
            ],
        ),
        (
            "refusal",
            [
                "PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ",
                "Mẫu số 03",
                "không tiếp nhận, giải quyết hồ sơ này với lý do",
                "Không thuộc trường hợp được cải chính hộ tịch.",
                "NGƯỜI NỘP HỒ SƠ",
                "NGƯỜI TIẾP NHẬN HỒ SƠ",
            ],
        ),
        (
            "apology",
            [
                "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
                "Mẫu số 04",
                "Kính gửi: Ông Đặng Văn Đức",
                "Ngày 23 tháng 11 năm 2026, UBND xã Tiến Thành tiếp nhận",
                "16 giờ 00 phút, ngày 26 tháng 11 năm 2026",
                "Lý do: Phải xin ý kiến Sở Tư pháp.",
                "xin lỗi Ông",
                "16 giờ 00 phút, ngày 30 tháng 11 năm 2026",
                "THỦ TRƯỞNG CƠ QUAN",
                "Nơi nhận:",
            ],
        ),
        (
            "control",
            [
                "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ",
                "Mẫu số 05",
                "TÊN CƠ QUAN",
                "THỜI GIAN GIAO, NHẬN HỒ SƠ",
                "Giao: Trần Thị Thu Hương (Bộ phận TN&TKQ)",
                "Nhận: Lê Văn Đạt (Công chức chuyên môn)",
                "10 giờ 15 phút, ngày 23 tháng 11 năm 2026",
                "Nhận: Sở Tư pháp tỉnh Đồng Nai",
                "Trước hạn",
                "Quá hạn",
                "Người giao",
                "Người nhận",
            ],
        ),
    ],
)
def test_other_forms(tmp_path: Path, form: str, expected: list[str]) -> None:
    dossier = story_dossier(form)
    pdf = render(tmp_path, form, dossier, printed_by="Người Khác", user_names=NAMES)
    images = rasterise(pdf)
    found = codes_on(images[0])
    assert found.get("Code 128") == CODE
    assert found.get("QR Code") == f"{LOOKUP}?ma={CODE}"
    text = " ".join(pages_text(pdf))
    for needle in expected:
        assert needle in text, needle
    assert MOTTO in text
    slip = form in ("supplement", "refusal")
    assert ("PHIẾU ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG" in text) is slip
    words_inside(pdf)


def story_dossier(form: str) -> Dossier:
    duc = Applicant(full_name="Đặng Văn Đức", sex="Nam", address="Tổ 7, khu phố Ỷ Lan, phường Hố Nai, tỉnh Đồng Nai")
    if form == "supplement":
        return make_dossier(
            applicant=duc,
            status=Status.SUPPLEMENT_REQUESTED,
            documents=(
                DocumentReceived("Tờ khai thay đổi thông tin hộ tịch", note="Ghi sai ngày sinh"),
                DocumentReceived("Giấy tờ làm căn cứ cho việc cải chính", kind="certified_copy", received=False),
                DocumentReceived("Giấy khai sinh", received=True),
            ),
            events=[
                event(
                    EventType.SUPPLEMENT_REQUESTED,
                    RECEIVED_AT,
                    reason="Hồ sơ chưa đầy đủ thành phần.",
                    instruction="Nộp bản sao chứng thực giấy tờ làm căn cứ.",
                )
            ],
        )
    if form == "refusal":
        return make_dossier(
            applicant=duc,
            status=Status.REFUSED,
            events=[event(EventType.REFUSED, RECEIVED_AT, reason="Không thuộc trường hợp được cải chính hộ tịch.")],
        )
    events = [
        event(EventType.RECEIVED, RECEIVED_AT, due_date="2026-11-26"),
        event(EventType.TRANSFERRED, dt.datetime(2026, 11, 23, 10, 15), to_user="dat.lv", to_role="handler"),
        event(
            EventType.SENT_TO_AGENCY, dt.datetime(2026, 11, 24, 9, 0), actor="dat.lv", agency="Sở Tư pháp tỉnh Đồng Nai"
        ),
        event(
            EventType.APOLOGIZED,
            dt.datetime(2026, 11, 25, 9, 0),
            actor="hung.pq",
            reason="Phải xin ý kiến Sở Tư pháp.",
            new_due_date="2026-11-30",
        ),
        event(
            EventType.BACK_FROM_AGENCY,
            dt.datetime(2026, 11, 27, 14, 40),
            actor="dat.lv",
            agency="Sở Tư pháp tỉnh Đồng Nai",
        ),
    ]
    return make_dossier(
        applicant=duc,
        status=Status.IN_PROGRESS,
        events=events,
        apology_due_date=dt.date(2026, 11, 30),
        due_date=dt.date(2026, 11, 30),
    )


def test_control_sheet_follows_every_hand_over(tmp_path: Path) -> None:
    dossier = story_dossier("control")
    dossier.events += [
        event(
            EventType.TRANSFERRED, dt.datetime(2026, 11, 27, 15, 0), actor="dat.lv", to_user="hung.pq", to_role="leader"
        ),
        event(EventType.RESULT_READY, dt.datetime(2026, 11, 27, 16, 0), actor="hung.pq"),
        event(EventType.RETURNED, dt.datetime(2026, 11, 30, 9, 10), collected_by="Đặng Văn Đức"),
    ]
    dossier = dataclasses.replace(dossier, status=Status.RETURNED)
    pdf = render(tmp_path, "control", dossier, user_names=NAMES)
    text = " ".join(pages_text(pdf))
    assert "Nhận: Phạm Quốc Hùng (Lãnh đạo)" in text
    assert "Giao: Phạm Quốc Hùng (Lãnh đạo)" in text
    assert "Nhận: Đặng Văn Đức (người nhận kết quả)" in text
    assert "09 giờ 10 phút, ngày 30 tháng 11 năm 2026" in text
    assert text.index("10 giờ 15 phút") < text.index("14 giờ 40 phút") < text.index("09 giờ 10 phút")


def test_lookup_url_variants(tmp_path: Path) -> None:
    assert qr_payload(CODE, "") == CODE
    assert qr_payload(CODE, "https://x.vn/hs/{code}") == f"https://x.vn/hs/{CODE}"
    assert qr_payload(CODE, "https://x.vn/tra-cuu?tinh=75") == f"https://x.vn/tra-cuu?tinh=75&ma={CODE}"
    pdf = render(tmp_path, "receipt", make_dossier(), office=make_office(lookup_url=""), evaluation_slip=False)
    found = codes_on(rasterise(pdf)[0])
    assert found == {"QR Code": CODE, "Code 128": CODE}


def test_reprint_is_marked_on_every_page_and_keeps_the_receiver(tmp_path: Path) -> None:
    pdf = render(tmp_path, "receipt", make_dossier(), copy=True, printed_by="Lê Văn Đạt")
    pages = pages_text(pdf)
    assert len(pages) == 3
    assert all("IN LẠI – BẢN SAO" in page for page in pages)
    # Whoever reprints does not become the receiver; the original receiver is not known here.
    assert "NGƯỜI TIẾP NHẬN HỒ SƠ" in pages[0]
    assert pages[0].count("Lê Văn Đạt") == 1  # only in the footer line "người in"


def test_evaluation_slip_follows_office_setting(tmp_path: Path) -> None:
    pdf = render(tmp_path, "refusal", story_dossier("refusal"), office=make_office(evaluation_slip=False))
    assert len(PdfReader(str(pdf)).pages) == 1


def test_roll_receipt_is_80_mm_wide_and_as_tall_as_its_content(tmp_path: Path) -> None:
    pdf = render(tmp_path, "receipt", make_dossier(), page_size="roll80")
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == 3
    for page in reader.pages:
        assert float(page.mediabox.width) == pytest.approx(80 * MM, abs=0.5)
        assert 150 * MM < float(page.mediabox.height) < 400 * MM
    for image in rasterise(pdf)[:2]:
        found = codes_on(image)
        assert found.get("Code 128") == CODE and found.get("QR Code") == f"{LOOKUP}?ma={CODE}"
    words_inside(pdf)


def test_a4_override_of_page_size(tmp_path: Path) -> None:
    pdf = render(tmp_path, "supplement", story_dossier("supplement"), page_size="A4")
    page = PdfReader(str(pdf)).pages[0]
    assert float(page.mediabox.width) == pytest.approx(210 * MM, abs=0.5)


def long_dossier() -> Dossier:
    applicant = Applicant(
        full_name="Tôn Nữ Hoàng Thị Phương Khuê Nguyễn Thị Ngọc Điệp Huỳnh Lê Đặng Bảo Ngọc Trâm Anh Vũ Đức Thắng",
        sex="Nữ",
        address=(
            "Phòng 1208, tầng 12, tòa nhà chung cư tái định cư Bình Thạnh mở rộng giai đoạn II, "
            "số 1234/56/78 đường Nguyễn Thị Minh Khai nối dài, khu phố Ỷ Lan, ấp Bình Thạnh, xã Tiến Thành, "
            "tỉnh Đồng Nai, Việt Nam (gần trường Tiểu học Lê Quý Đôn, đối diện chợ Hố Nai)"
        ),
        phone="0912 345 678",
        email="ton.nu.hoang.thi.phuong.khue.nguyen.thi.ngoc.diep.huynh.le.dang@mot-ten-mien-rat-dai.example.vn",
    )
    documents = tuple(
        DocumentReceived(
            f"Giấy tờ chứng minh số {i}: văn bản xác nhận của cơ quan có thẩm quyền về việc thay đổi, cải chính, "
            "bổ sung thông tin hộ tịch đối với người yêu cầu (kèm bản dịch có công chứng nếu bằng tiếng nước ngoài)",
            kind=("original", "certified_copy", "copy")[i % 3],
            received=i % 4 != 0,
            note="Thiếu chữ ký, đóng dấu giáp lai" if i % 5 == 0 else "",
        )
        for i in range(1, 16)
    )
    return make_dossier(applicant=applicant, documents=documents)


@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("page_size", ["A5", "roll80"])
def test_long_content_wraps_inside_the_page(tmp_path: Path, form: str, page_size: str) -> None:
    dossier = long_dossier()
    if form in ("apology", "control"):
        dossier = dataclasses.replace(dossier, events=story_dossier(form).events)
    pdf = render(tmp_path, form, dossier, page_size=page_size)
    words_inside(pdf)
    text = "".join(" ".join(pages_text(pdf)).split())
    assert "".join(dossier.applicant.full_name.split()) in text
    if page_size == "A5":
        # The right margin (10 mm) and the last 2 mm of the bottom margin stay blank on every page.
        for image in rasterise(pdf, dpi=100):
            width, height = image.size
            right = image.crop((width - int(9 * 100 / 25.4), 0, width, height))
            bottom = image.crop((0, height - int(2 * 100 / 25.4), width, height))
            assert right.getextrema()[0] > 200 and bottom.getextrema()[0] > 200


def test_unknown_form_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        render(tmp_path, "book", make_dossier())


def test_date_wording() -> None:
    assert date_words(dt.date(2026, 1, 5)) == "ngày 05 tháng 01 năm 2026"
    assert date_words(dt.date(2026, 11, 23)) == "ngày 23 tháng 11 năm 2026"
    assert date_words(dt.date(2026, 3, 9)) == "ngày 09 tháng 3 năm 2026"  # Decree 30/2020: zero only for months 1, 2
    assert datetime_words(dt.datetime(2026, 11, 23, 8, 5)) == "08 giờ 05 phút, ngày 23 tháng 11 năm 2026"
    assert datetime_words(None) == "…… giờ …… phút, ngày …… tháng …… năm ………"
