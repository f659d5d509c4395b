"""Money amounts for printed forms: figures with dot separators and Vietnamese words."""

from __future__ import annotations

_DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
# Scales inside one "tỷ" block; larger amounts repeat the cycle ("nghìn tỷ", "triệu tỷ").
_SCALES = ("", "nghìn", "triệu")
_BILLION = 1_000_000_000


def format_number(n: int) -> str:
    """``1234567`` → ``"1.234.567"`` (Vietnamese thousands separator is a dot)."""
    sign = "-" if n < 0 else ""
    return sign + f"{abs(int(n)):,}".replace(",", ".")


def format_amount(n: int, unit: str = "đ") -> str:
    """``50000`` → ``"50.000 đ"``."""
    return f"{format_number(n)} {unit}"


def _units_after_tens(units: int) -> str:
    # The administrative reading: "mốt" (21), "tư" (24), "lăm" (25) after "mươi".
    return {1: "mốt", 4: "tư", 5: "lăm"}.get(units, _DIGITS[units])


def _read_group(value: int, full: bool) -> list[str]:
    """Words of a 3-digit group; ``full`` reads leading zeros ("không trăm", "linh")."""
    hundreds, rest = divmod(value, 100)
    tens, units = divmod(rest, 10)
    words: list[str] = []
    if full or hundreds:
        words += [_DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            if words:
                words.append("linh")
            words.append(_DIGITS[units])
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else _DIGITS[units])
    else:
        words += [_DIGITS[tens], "mươi"]
        if units:
            words.append(_units_after_tens(units))
    return words


def _read_below_billion(n: int, full: bool) -> list[str]:
    """Words of 0 < n < 10^9; ``full`` when a higher block was already read."""
    groups: list[int] = []
    while n:
        n, group = divmod(n, 1000)
        groups.append(group)
    if full:
        groups += [0] * (len(_SCALES) - len(groups))
    words: list[str] = []
    for index in range(len(groups) - 1, -1, -1):
        group = groups[index]
        if group == 0:
            continue
        words += _read_group(group, full=bool(words) or full)
        if _SCALES[index]:
            words.append(_SCALES[index])
    return words


def _read(n: int, full: bool = False) -> list[str]:
    high, low = divmod(n, _BILLION)
    words: list[str] = []
    if high:
        words += _read(high, full) + ["tỷ"]
    if low:
        words += _read_below_billion(low, full=full or bool(high))
    return words


def _check(n: int) -> int:
    if isinstance(n, bool) or not isinstance(n, int):
        raise TypeError(f"an integer amount is required, got {n!r}")
    if n < 0:
        raise ValueError(f"a negative amount cannot be written in words: {n}")
    return n


def number_in_words(n: int) -> str:
    """``21`` → ``"hai mươi mốt"``; ``105000`` → ``"một trăm linh năm nghìn"``; ``0`` → ``"không"``."""
    n = _check(n)
    if n == 0:
        return _DIGITS[0]
    return " ".join(_read(n))


def capitalize_first(text: str) -> str:
    """Upper-case only the first letter (``"đồng"`` → ``"Đồng"``), leaving the rest alone."""
    return text[:1].upper() + text[1:]


def amount_in_words(n: int, currency: str = "đồng", *, capitalize: bool = False) -> str:
    """``50000`` → ``"năm mươi nghìn đồng"``; ``0`` → ``"không đồng"``.

    With ``capitalize`` the first letter is upper-case, as written after a figure on a receipt:
    "50.000 đ (Năm mươi nghìn đồng)".
    """
    words = f"{number_in_words(n)} {currency}".strip()
    return capitalize_first(words) if capitalize else words
