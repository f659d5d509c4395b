"""Dossier codes: agency codes, per-desk daily sequences, parsing and scanner detection."""

from __future__ import annotations

from datetime import date

import pytest

from desk_app.domain.codes import (
    DossierCodeParts,
    format_dossier_code,
    looks_like_dossier_code,
    parse_dossier_code,
    validate_agency_code,
)
from desk_app.domain.errors import ValidationError

AGENCY = "000.21.22.H56"


def test_validate_agency_code() -> None:
    assert validate_agency_code(AGENCY) == AGENCY
    assert validate_agency_code(" 000.21.22.h56 ") == AGENCY
    assert validate_agency_code("H56.01.02.X12") == "H56.01.02.X12"


@pytest.mark.parametrize(
    ("code", "message"),
    [
        ("", "Chưa nhập mã cơ quan (dạng 000.21.22.H56)."),
        (
            "000.21.22",
            "Mã cơ quan '000.21.22' phải gồm 4 nhóm ngăn bởi dấu chấm (dạng 000.21.22.H56), đã nhập 3 nhóm.",
        ),
        (
            "000.211.22.H56",
            "Nhóm thứ 2 của mã cơ quan '000.211.22.H56' phải gồm đúng 2 chữ cái in hoa hoặc chữ số"
            " (đang là '211'; ví dụ 000.21.22.H56).",
        ),
        (
            "000.21.22.H5_",
            "Nhóm thứ 4 của mã cơ quan '000.21.22.H5_' phải gồm đúng 3 chữ cái in hoa hoặc chữ số"
            " (đang là 'H5_'; ví dụ 000.21.22.H56).",
        ),
    ],
)
def test_bad_agency_codes(code: str, message: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_agency_code(code)
    assert err.value.message == message
    assert err.value.field == "agency_code"


def test_format_dossier_code() -> None:
    assert format_dossier_code(AGENCY, date(2026, 2, 13), 1, 7) == "000.21.22.H56-260213-1007"
    assert format_dossier_code("000.21.22.h56", date(2026, 12, 31), 9, 999) == "000.21.22.H56-261231-9999"
    # desks never clash: same day, same desk-local sequence, different desks
    assert format_dossier_code(AGENCY, date(2026, 2, 13), 2, 7) == "000.21.22.H56-260213-2007"


def test_format_errors() -> None:
    with pytest.raises(ValidationError) as err:
        format_dossier_code(AGENCY, date(2026, 2, 13), 1, 1000)
    assert err.value.message == "Quầy 1 đã cấp hết 999 mã hồ sơ của ngày 13/02/2026; không cấp thêm được."
    assert err.value.field == "seq"
    for desk in (0, 10, -1):
        with pytest.raises(ValidationError) as err:
            format_dossier_code(AGENCY, date(2026, 2, 13), desk, 1)
        assert err.value.message == f"Số hiệu quầy phải từ 1 đến 9 (đang là {desk})."
    with pytest.raises(ValidationError) as err:
        format_dossier_code(AGENCY, date(2026, 2, 13), 1, 0)
    assert err.value.field == "seq"
    with pytest.raises(ValidationError):
        format_dossier_code("000.21", date(2026, 2, 13), 1, 1)


def test_round_trip() -> None:
    for desk in (1, 5, 9):
        for seq in (1, 42, 999):
            day = date(2027, 1, 4)
            code = format_dossier_code(AGENCY, day, desk, seq)
            assert parse_dossier_code(code) == DossierCodeParts(AGENCY, day, desk, seq)
            assert looks_like_dossier_code(code)


def test_parse_tolerates_case_and_whitespace() -> None:
    parts = parse_dossier_code("  000.21.22.h56-260213-3015\r\n")
    assert parts == DossierCodeParts("000.21.22.H56", date(2026, 2, 13), 3, 15)


@pytest.mark.parametrize(
    ("text", "code", "fragment"),
    [
        ("000.21.22.H56", "dossier_code.shape", "không đúng dạng"),
        ("000.21.22.H56-260230-1001", "dossier_code.day", "'260230'"),
        ("000.21.22.H56-2602131-1001", "dossier_code.day", "'2602131'"),
        ("000.21.22.H56-260213-101", "dossier_code.seq_shape", "'101'"),
        ("000.21.22.H56-260213-0001", "dossier_code.desk", "'0001'"),
        ("000.21.22.H56-260213-1000", "dossier_code.seq", "'1000'"),
        ("000.21.H56-260213-1001", "agency_code.groups", "3 nhóm"),
    ],
)
def test_parse_errors(text: str, code: str, fragment: str) -> None:
    with pytest.raises(ValidationError) as err:
        parse_dossier_code(text)
    assert err.value.code == code
    assert fragment in err.value.message


def test_looks_like_dossier_code() -> None:
    assert looks_like_dossier_code(" 000.21.22.h56-260213-1001\n")
    assert not looks_like_dossier_code("000.21.22.H56-260213-1000")
    assert not looks_like_dossier_code("000.21.22.H56-260213-0001")
    assert not looks_like_dossier_code("001200012345|012345678|A|15052000|Nam|x|10102021")
    assert not looks_like_dossier_code("000.21.22.H56-26021-1001")
    assert not looks_like_dossier_code("")
