"""Personal identification numbers (số định danh) and the chip citizen card's QR text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date

from desk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError

#: Province codes of birth registration (the 63 provinces before the 2025 merger).
PROVINCE_CODES: dict[str, str] = {
    "001": "Hà Nội",
    "002": "Hà Giang",
    "004": "Cao Bằng",
    "006": "Bắc Kạn",
    "008": "Tuyên Quang",
    "010": "Lào Cai",
    "011": "Điện Biên",
    "012": "Lai Châu",
    "014": "Sơn La",
    "015": "Yên Bái",
    "017": "Hòa Bình",
    "019": "Thái Nguyên",
    "020": "Lạng Sơn",
    "022": "Quảng Ninh",
    "024": "Bắc Giang",
    "025": "Phú Thọ",
    "026": "Vĩnh Phúc",
    "027": "Bắc Ninh",
    "030": "Hải Dương",
    "031": "Hải Phòng",
    "033": "Hưng Yên",
    "034": "Thái Bình",
    "035": "Hà Nam",
    "036": "Nam Định",
    "037": "Ninh Bình",
    "038": "Thanh Hóa",
    "040": "Nghệ An",
    "042": "Hà Tĩnh",
    "044": "Quảng Bình",
    "045": "Quảng Trị",
    "046": "Thừa Thiên Huế",
    "048": "Đà Nẵng",
    "049": "Quảng Nam",
    "051": "Quảng Ngãi",
    "052": "Bình Định",
    "054": "Phú Yên",
    "056": "Khánh Hòa",
    "058": "Ninh Thuận",
    "060": "Bình Thuận",
    "062": "Kon Tum",
    "064": "Gia Lai",
    "066": "Đắk Lắk",
    "067": "Đắk Nông",
    "068": "Lâm Đồng",
    "070": "Bình Phước",
    "072": "Tây Ninh",
    "074": "Bình Dương",
    "075": "Đồng Nai",
    "077": "Bà Rịa – Vũng Tàu",
    "079": "TP Hồ Chí Minh",
    "080": "Long An",
    "082": "Tiền Giang",
    "083": "Bến Tre",
    "084": "Trà Vinh",
    "086": "Vĩnh Long",
    "087": "Đồng Tháp",
    "089": "An Giang",
    "091": "Kiên Giang",
    "092": "Cần Thơ",
    "093": "Hậu Giang",
    "094": "Sóc Trăng",
    "095": "Bạc Liêu",
    "096": "Cà Mau",
}

MALE = "Nam"
FEMALE = "Nữ"

_DIGITS12 = re.compile(r"[0-9]{12}")
_QR_HEAD = re.compile(r"\s*[0-9]{12}\|")
_DDMMYYYY = re.compile(r"[0-9]{8}")
_OLD_ID = re.compile(r"[0-9]{9}|[0-9]{12}")


@dataclass(frozen=True)
class CitizenCard:
    """What the chip citizen card's QR code says about its holder."""

    citizen_id: str
    old_id: str
    full_name: str
    date_of_birth: date
    sex: str  # "Nam" | "Nữ"
    address: str
    issue_date: date | None


def _century_digit_meaning(digit: int) -> tuple[str, int]:
    """(sex, first year of the century) encoded by the 4th digit: 0/1 → 1900s, 2/3 → 2000s…"""
    return (MALE if digit % 2 == 0 else FEMALE), 1900 + (digit // 2) * 100


def normalize_sex(value: str) -> str | None:
    """ "Nam" or "Nữ" for any case/normal form of those words, otherwise ``None``."""
    folded = unicodedata.normalize("NFC", value).strip().casefold()
    if folded == "nam":
        return MALE
    if folded == "nữ":
        return FEMALE
    return None


def validate_citizen_id(number: str, date_of_birth: date | None = None, sex: str | None = None) -> str:
    """Check a 12-digit personal identification number and return it without spaces.

    The number is: 3 digits of the birth-registration province, 1 digit for sex and century
    (0/1 male/female born 1900–1999, 2/3 2000–2099, 4/5 2100–2199, 6/7, 8/9 the next
    centuries), 2 digits of the birth year, 6 random digits. When ``date_of_birth`` or ``sex``
    are given they must agree with the number.
    """
    if not isinstance(number, str):
        number = ""
    text = "".join(number.split())
    if not text:
        raise ValidationError(
            "citizen_id.empty",
            QT_TRANSLATE_NOOP("messages", "Chưa nhập số định danh cá nhân."),
            field="citizen_id",
        )
    bad = next((ch for ch in text if ch not in "0123456789"), None)
    if bad is not None:
        raise ValidationError(
            "citizen_id.digits",
            QT_TRANSLATE_NOOP("messages", "Số định danh chỉ được gồm chữ số (có ký tự không hợp lệ '{char}')."),
            field="citizen_id",
            char=bad,
        )
    if len(text) != 12:
        raise ValidationError(
            "citizen_id.length",
            QT_TRANSLATE_NOOP("messages", "Số định danh phải gồm đúng 12 chữ số (đã nhập {count})."),
            field="citizen_id",
            count=len(text),
        )
    province = text[:3]
    if province not in PROVINCE_CODES:
        raise ValidationError(
            "citizen_id.province",
            QT_TRANSLATE_NOOP("messages", "Mã tỉnh {province} không có trong danh mục."),
            field="citizen_id",
            province=province,
        )
    digit = int(text[3])
    coded_sex, century_start = _century_digit_meaning(digit)
    century = century_start // 100 + 1
    coded_sex_lower = "nam" if coded_sex == MALE else "nữ"
    if sex is not None and sex.strip():
        given_sex = normalize_sex(sex)
        if given_sex is None:
            raise ValidationError(
                "citizen_id.sex_value",
                QT_TRANSLATE_NOOP("messages", "Giới tính phải là Nam hoặc Nữ (đã nhập '{value}')."),
                field="sex",
                value=sex,
            )
        if given_sex != coded_sex:
            raise ValidationError(
                "citizen_id.sex",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Chữ số thứ 4 (giới tính/thế kỷ) là {digit} ({coded_sex}, sinh thế kỷ {century})"
                    " nhưng giới tính là {sex}.",
                ),
                field="citizen_id",
                digit=digit,
                coded_sex=coded_sex_lower,
                century=century,
                sex=given_sex,
            )
    if date_of_birth is not None:
        year = date_of_birth.year
        if not century_start <= year < century_start + 100:
            raise ValidationError(
                "citizen_id.century",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Chữ số thứ 4 (giới tính/thế kỷ) là {digit} ({coded_sex}, sinh thế kỷ {century})"
                    " nhưng năm sinh là {year}.",
                ),
                field="citizen_id",
                digit=digit,
                coded_sex=coded_sex_lower,
                century=century,
                year=year,
            )
        if text[4:6] != f"{year % 100:02d}":
            raise ValidationError(
                "citizen_id.year",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Năm sinh {year} không khớp với số định danh (chữ số thứ 5–6 là {yy}: …{yy}…).",
                ),
                field="citizen_id",
                year=year,
                yy=text[4:6],
            )
    return text


def looks_like_cccd_qr(text: str) -> bool:
    """Cheap test for a keyboard-wedge scan of a CCCD QR: 12 digits, "|", at least 5 "|" in all."""
    return isinstance(text, str) and _QR_HEAD.match(text) is not None and text.count("|") >= 5


def _qr_date(raw: str, field: str, today: date) -> date:
    label = _DATE_LABELS[field]
    day: date | None = None
    if _DDMMYYYY.fullmatch(raw):
        try:
            day = date(int(raw[4:]), int(raw[2:4]), int(raw[:2]))
        except ValueError:
            day = None
    if day is None or day.year < 1900:
        raise ValidationError(
            f"cccd_qr.{field}",
            QT_TRANSLATE_NOOP("messages", "{label} trong mã QR không hợp lệ: {value}."),
            field=field,
            label=label,
            value=raw,
        )
    if day > today:
        raise ValidationError(
            f"cccd_qr.{field}_future",
            QT_TRANSLATE_NOOP("messages", "{label} trong mã QR ở tương lai: {value}."),
            field=field,
            label=label,
            value=raw,
        )
    return day


_DATE_LABELS = {"date_of_birth": "Ngày sinh", "issue_date": "Ngày cấp"}


def _shape_error(count: int) -> ValidationError:
    return ValidationError(
        "cccd_qr.shape",
        QT_TRANSLATE_NOOP(
            "messages",
            "Mã QR không đúng định dạng CCCD: cần 7 trường ngăn bởi dấu | (hoặc 6 khi không có"
            " số CMND cũ), đọc được {count}.",
        ),
        field="qr",
        count=count,
    )


def parse_cccd_qr(text: str, today: date | None = None) -> CitizenCard:
    """Parse the QR text of a chip citizen card; raise :class:`ValidationError` on any defect.

    Accepts ``id|old id|NAME|ddMMyyyy|Nam/Nữ|address|issue ddMMyyyy`` and the 6-field variant
    without the old ID, with surrounding whitespace and a trailing ``|`` tolerated.
    """
    if not isinstance(text, str):
        raise _shape_error(0)
    today = today or date.today()
    cleaned = unicodedata.normalize("NFC", text).strip().strip("\ufeff").strip()
    parts = [p.strip() for p in cleaned.split("|")] if cleaned else []
    # A trailing "|" leaves an empty last field. With 7 fields that is ambiguous (7 fields with
    # no issue date, or 6 + "|"): a 7-field code has the old ID (empty or digits) second, a
    # 6-field one has the name there.
    if parts and parts[-1] == "":
        old_second = len(parts) >= 2 and (parts[1] == "" or _OLD_ID.fullmatch(parts[1]) is not None)
        if len(parts) == 8 or (len(parts) == 7 and not old_second):
            parts.pop()
    if len(parts) == 6:
        parts.insert(1, "")
    elif len(parts) != 7:
        raise _shape_error(len(parts))
    raw_id, old_id, raw_name, raw_dob, raw_sex, raw_address, raw_issue = parts

    if not _DIGITS12.fullmatch(raw_id):
        raise ValidationError(
            "cccd_qr.citizen_id",
            QT_TRANSLATE_NOOP("messages", "Số định danh trong mã QR không hợp lệ: {value}."),
            field="citizen_id",
            value=raw_id,
        )
    if old_id and not _OLD_ID.fullmatch(old_id):
        raise ValidationError(
            "cccd_qr.old_id",
            QT_TRANSLATE_NOOP("messages", "Số CMND cũ trong mã QR không hợp lệ: {value} (cần 9 chữ số)."),
            field="old_id",
            value=old_id,
        )
    full_name = " ".join(raw_name.split())
    if not full_name or any(ch.isdigit() or unicodedata.category(ch)[0] == "C" for ch in full_name):
        raise ValidationError(
            "cccd_qr.full_name",
            QT_TRANSLATE_NOOP("messages", "Họ tên trong mã QR không hợp lệ: '{value}'."),
            field="full_name",
            value=raw_name,
        )
    dob = _qr_date(raw_dob, "date_of_birth", today)
    sex = normalize_sex(raw_sex)
    if sex is None:
        raise ValidationError(
            "cccd_qr.sex",
            QT_TRANSLATE_NOOP("messages", "Giới tính trong mã QR phải là Nam hoặc Nữ, đọc được '{value}'."),
            field="sex",
            value=raw_sex,
        )
    address = " ".join(raw_address.split())
    if not address:
        raise ValidationError(
            "cccd_qr.address",
            QT_TRANSLATE_NOOP("messages", "Địa chỉ thường trú trong mã QR bị trống."),
            field="address",
        )
    issue: date | None = None
    if raw_issue:
        issue = _qr_date(raw_issue, "issue_date", today)
        if issue < dob:
            raise ValidationError(
                "cccd_qr.issue_before_birth",
                QT_TRANSLATE_NOOP("messages", "Ngày cấp trong mã QR ({value}) trước ngày sinh ({dob})."),
                field="issue_date",
                value=raw_issue,
                dob=raw_dob,
            )
    citizen_id = validate_citizen_id(raw_id, dob, sex)
    return CitizenCard(
        citizen_id=citizen_id,
        old_id=old_id,
        full_name=full_name,
        date_of_birth=dob,
        sex=sex,
        address=address,
        issue_date=issue,
    )
