"""Amounts in figures and in Vietnamese words, as printed on receipts."""

from __future__ import annotations

import pytest

from desk_app.domain.amounts import (
    amount_in_words,
    capitalize_first,
    format_amount,
    format_number,
    number_in_words,
)


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "không"),
        (1, "một"),
        (4, "bốn"),
        (5, "năm"),
        (10, "mười"),
        (11, "mười một"),
        (14, "mười bốn"),
        (15, "mười lăm"),
        (20, "hai mươi"),
        (21, "hai mươi mốt"),
        (24, "hai mươi tư"),
        (25, "hai mươi lăm"),
        (44, "bốn mươi tư"),
        (55, "năm mươi lăm"),
        (91, "chín mươi mốt"),
        (100, "một trăm"),
        (101, "một trăm linh một"),
        (104, "một trăm linh bốn"),
        (105, "một trăm linh năm"),
        (110, "một trăm mười"),
        (115, "một trăm mười lăm"),
        (121, "một trăm hai mươi mốt"),
        (999, "chín trăm chín mươi chín"),
        (1_000, "một nghìn"),
        (1_001, "một nghìn không trăm linh một"),
        (1_010, "một nghìn không trăm mười"),
        (1_015, "một nghìn không trăm mười lăm"),
        (1_100, "một nghìn một trăm"),
        (10_000, "mười nghìn"),
        (15_000, "mười lăm nghìn"),
        (21_000, "hai mươi mốt nghìn"),
        (50_000, "năm mươi nghìn"),
        (105_000, "một trăm linh năm nghìn"),
        (1_000_000, "một triệu"),
        (1_000_050, "một triệu không trăm năm mươi"),
        (1_000_500, "một triệu năm trăm"),
        (1_005_000, "một triệu không trăm linh năm nghìn"),
        (1_250_000, "một triệu hai trăm năm mươi nghìn"),
        (2_500_000_000, "hai tỷ năm trăm triệu"),
        (1_000_000_005, "một tỷ không trăm linh năm"),
        (1_000_000_000_000, "một nghìn tỷ"),
        (
            1_234_567_891,
            "một tỷ hai trăm ba mươi tư triệu năm trăm sáu mươi bảy nghìn tám trăm chín mươi mốt",
        ),
    ],
)
def test_number_in_words(n: int, words: str) -> None:
    assert number_in_words(n) == words


@pytest.mark.parametrize(
    ("n", "words"),
    [
        (0, "không đồng"),
        (8_000, "tám nghìn đồng"),
        (50_000, "năm mươi nghìn đồng"),
        (105_000, "một trăm linh năm nghìn đồng"),
        (125_000, "một trăm hai mươi lăm nghìn đồng"),
    ],
)
def test_amount_in_words(n: int, words: str) -> None:
    assert amount_in_words(n) == words


def test_capitalised_variant() -> None:
    assert amount_in_words(0, capitalize=True) == "Không đồng"
    assert amount_in_words(50_000, capitalize=True) == "Năm mươi nghìn đồng"
    assert capitalize_first("đồng") == "Đồng"
    assert capitalize_first("") == ""


@pytest.mark.parametrize(
    ("n", "text"),
    [(0, "0 đ"), (500, "500 đ"), (50_000, "50.000 đ"), (1_234_567, "1.234.567 đ")],
)
def test_format_amount(n: int, text: str) -> None:
    assert format_amount(n) == text


def test_format_number_negative() -> None:
    assert format_number(-1_500) == "-1.500"


@pytest.mark.parametrize("bad", [-1, 1.5, "10", True])
def test_rejects_non_amounts(bad: object) -> None:
    with pytest.raises((TypeError, ValueError)):
        number_in_words(bad)  # type: ignore[arg-type]
