"""Personal identification numbers and the chip CCCD's QR text."""

from __future__ import annotations

import random
import unicodedata
from datetime import date

import pytest

from desk_app.domain.citizen_id import (
    PROVINCE_CODES,
    CitizenCard,
    looks_like_cccd_qr,
    parse_cccd_qr,
    validate_citizen_id,
)
from desk_app.domain.errors import ValidationError

TODAY = date(2026, 3, 1)
QR7 = "001200012345|012345678|NGUYỄN VĂN A|15052000|Nam|Số 1 Đại Cồ Việt, Hai Bà Trưng, Hà Nội|10102021"
QR6 = "079301004321|TRẦN THỊ BÍCH NGỌC|02092001|Nữ|Phường Bến Nghé, Quận 1, TP Hồ Chí Minh|20122021"


def _message(number: str, dob: date | None = None, sex: str | None = None) -> str:
    with pytest.raises(ValidationError) as err:
        validate_citizen_id(number, dob, sex)
    return err.value.message


# ------------------------------------------------------------------ the number
def test_province_codes() -> None:
    assert len(PROVINCE_CODES) == 63
    assert PROVINCE_CODES["001"] == "Hà Nội"
    assert PROVINCE_CODES["079"] == "TP Hồ Chí Minh"
    assert PROVINCE_CODES["096"] == "Cà Mau"
    assert "003" not in PROVINCE_CODES
    assert all(len(code) == 3 and code.isdigit() for code in PROVINCE_CODES)


def test_valid_numbers() -> None:
    assert validate_citizen_id("001200012345") == "001200012345"
    assert validate_citizen_id(" 001 200 012 345 ", date(2000, 5, 15), "Nam") == "001200012345"
    assert validate_citizen_id("079301004321", date(2001, 9, 2), "Nữ") == "079301004321"
    assert validate_citizen_id("038095001234", date(1995, 1, 1), "nam") == "038095001234"
    assert validate_citizen_id("038195001234", date(1995, 1, 1), "NỮ") == "038195001234"
    assert validate_citizen_id("036410000001", date(2110, 1, 1), "Nam") == "036410000001"
    assert validate_citizen_id("001200012345", None, "") == "001200012345"


def test_length_message() -> None:
    assert _message("00120001234") == "Số định danh phải gồm đúng 12 chữ số (đã nhập 11)."
    assert _message("0012000123456") == "Số định danh phải gồm đúng 12 chữ số (đã nhập 13)."


def test_empty_and_non_digits() -> None:
    assert _message("   ") == "Chưa nhập số định danh cá nhân."
    assert _message("00120001234A") == "Số định danh chỉ được gồm chữ số (có ký tự không hợp lệ 'A')."
    assert "'٣'" in _message("00120001234٣")  # Arabic-Indic digit is not a digit here


def test_unknown_province() -> None:
    assert _message("099200012345") == "Mã tỉnh 099 không có trong danh mục."


def test_sex_mismatch() -> None:
    msg = _message("001095012345", date(1995, 3, 1), "Nữ")
    assert msg == "Chữ số thứ 4 (giới tính/thế kỷ) là 0 (nam, sinh thế kỷ 20) nhưng giới tính là Nữ."
    msg = _message("001301012345", date(2001, 3, 1), "Nam")
    assert msg == "Chữ số thứ 4 (giới tính/thế kỷ) là 3 (nữ, sinh thế kỷ 21) nhưng giới tính là Nam."


def test_bad_sex_value() -> None:
    with pytest.raises(ValidationError) as err:
        validate_citizen_id("001095012345", None, "Khác")
    assert err.value.field == "sex"
    assert err.value.message == "Giới tính phải là Nam hoặc Nữ (đã nhập 'Khác')."


def test_century_mismatch() -> None:
    msg = _message("001200012345", date(1999, 5, 15))
    assert msg == "Chữ số thứ 4 (giới tính/thế kỷ) là 2 (nam, sinh thế kỷ 21) nhưng năm sinh là 1999."


def test_year_mismatch() -> None:
    with pytest.raises(ValidationError) as err:
        validate_citizen_id("001200012345", date(2001, 5, 15))
    assert err.value.code == "citizen_id.year"
    assert err.value.field == "citizen_id"
    assert err.value.message.startswith("Năm sinh 2001 không khớp với số định danh")
    assert "…00…" in err.value.message


# ------------------------------------------------------------------ the QR code
def test_qr_seven_fields() -> None:
    card = parse_cccd_qr(QR7, today=TODAY)
    assert card == CitizenCard(
        citizen_id="001200012345",
        old_id="012345678",
        full_name="NGUYỄN VĂN A",
        date_of_birth=date(2000, 5, 15),
        sex="Nam",
        address="Số 1 Đại Cồ Việt, Hai Bà Trưng, Hà Nội",
        issue_date=date(2021, 10, 10),
    )


def test_qr_seven_fields_empty_old_id() -> None:
    card = parse_cccd_qr(QR7.replace("|012345678|", "||"), today=TODAY)
    assert card.old_id == ""
    assert card.full_name == "NGUYỄN VĂN A"


def test_qr_six_fields() -> None:
    card = parse_cccd_qr(QR6, today=TODAY)
    assert card.citizen_id == "079301004321"
    assert card.old_id == ""
    assert card.full_name == "TRẦN THỊ BÍCH NGỌC"
    assert card.date_of_birth == date(2001, 9, 2)
    assert card.sex == "Nữ"
    assert card.issue_date == date(2021, 12, 20)


def test_qr_tolerates_whitespace_trailing_bar_and_nfd() -> None:
    decomposed = unicodedata.normalize("NFD", QR7)
    assert decomposed != QR7
    for text in (
        f"\r\n {QR7}\r\n",
        QR7 + "|",
        QR7 + "|\r\n",
        decomposed,
        QR6 + "|",
        "\ufeff" + QR6,
    ):
        card = parse_cccd_qr(text, today=TODAY)
        assert card.citizen_id in ("001200012345", "079301004321")
        assert unicodedata.is_normalized("NFC", card.full_name)
        assert unicodedata.is_normalized("NFC", card.address)
    assert parse_cccd_qr(decomposed, today=TODAY).full_name == "NGUYỄN VĂN A"


def _qr_error(text: str) -> ValidationError:
    with pytest.raises(ValidationError) as err:
        parse_cccd_qr(text, today=TODAY)
    return err.value


def test_qr_wrong_field_count() -> None:
    err = _qr_error("001200012345|NGUYỄN VĂN A|15052000")
    assert err.message.startswith("Mã QR không đúng định dạng CCCD: cần 7 trường ngăn bởi dấu |")
    assert err.message.endswith("đọc được 3.")
    assert _qr_error("").message.endswith("đọc được 0.")
    assert _qr_error(QR7 + "|thừa").message.endswith("đọc được 8.")


def test_qr_bad_date_of_birth() -> None:
    err = _qr_error(QR7.replace("15052000", "31022000"))
    assert err.field == "date_of_birth"
    assert err.message == "Ngày sinh trong mã QR không hợp lệ: 31022000."
    assert _qr_error(QR7.replace("15052000", "1505200")).field == "date_of_birth"
    err = _qr_error(QR7.replace("15052000", "15052030").replace("10102021", ""))
    assert err.message == "Ngày sinh trong mã QR ở tương lai: 15052030."


def test_qr_bad_issue_date() -> None:
    err = _qr_error(QR7.replace("10102021", "10102029"))
    assert err.field == "issue_date"
    assert err.message == "Ngày cấp trong mã QR ở tương lai: 10102029."
    err = _qr_error(QR7.replace("10102021", "10101999"))
    assert err.message == "Ngày cấp trong mã QR (10101999) trước ngày sinh (15052000)."


def test_qr_bad_sex_name_address_old_id() -> None:
    err = _qr_error(QR7.replace("|Nam|", "|Khác|"))
    assert err.field == "sex"
    assert err.message == "Giới tính trong mã QR phải là Nam hoặc Nữ, đọc được 'Khác'."
    assert _qr_error(QR7.replace("NGUYỄN VĂN A", "  ")).field == "full_name"
    assert _qr_error(QR7.replace("Số 1 Đại Cồ Việt, Hai Bà Trưng, Hà Nội", "")).field == "address"
    err = _qr_error(QR7.replace("012345678", "01234"))
    assert err.field == "old_id"
    assert "01234" in err.message


def test_qr_id_inconsistent_with_card() -> None:
    err = _qr_error(QR7.replace("|Nam|", "|Nữ|"))
    assert err.code == "citizen_id.sex"
    err = _qr_error(QR7.replace("15052000", "15052001"))
    assert err.code == "citizen_id.year"
    err = _qr_error(QR7.replace("001200012345", "00120001234X"))
    assert err.field == "citizen_id"


def test_looks_like_cccd_qr() -> None:
    assert looks_like_cccd_qr(QR7)
    assert looks_like_cccd_qr(QR6)
    assert looks_like_cccd_qr("  " + QR7)
    assert not looks_like_cccd_qr("001200012345")
    assert not looks_like_cccd_qr("00120001234|a|b|c|d|e")
    assert not looks_like_cccd_qr("001200012345|a|b|c")
    assert not looks_like_cccd_qr("000.21.22.H56-260213-1001")


def test_fuzz_never_raises_anything_but_validation_error() -> None:
    rng = random.Random(1234)
    alphabet = "0123456789|| \r\n\tNamNữĐƯỜNGÁÀẢÃẠ\u0301\u0323\ufeff\x00\ud800٣²abc/-.,"
    raised = 0
    for i in range(3000):
        if i % 2:
            text = "".join(rng.choice(alphabet) for _ in range(rng.randrange(0, 80)))
        else:
            chars = list(rng.choice((QR7, QR6)))
            for _ in range(rng.randrange(1, 6)):
                pos = rng.randrange(len(chars))
                op = rng.randrange(3)
                if op == 0:
                    chars[pos] = rng.choice(alphabet)
                elif op == 1:
                    del chars[pos]
                else:
                    chars.insert(pos, rng.choice(alphabet))
            text = "".join(chars)
        try:
            card = parse_cccd_qr(text, today=TODAY)
        except ValidationError as exc:
            raised += 1
            assert exc.message
        else:
            assert len(card.citizen_id) == 12 and card.citizen_id.isdigit()
            assert card.sex in ("Nam", "Nữ")
        looks_like_cccd_qr(text)
    assert raised > 1500
