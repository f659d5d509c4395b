"""Accent folding for Vietnamese search: NFD, strip marks, đ→d, lower, squeeze spaces."""

from __future__ import annotations

import unicodedata

_EXTRA = str.maketrans({"đ": "d", "Đ": "d"})


def fold(text: str) -> str:
    """Return ``text`` without diacritics, lower-cased, with single spaces.

    SQLite's FTS ``remove_diacritics`` does not fold ``đ`` (it is a letter of its own), so the
    app keeps this folded form in shadow columns and searches those.
    """
    decomposed = unicodedata.normalize("NFD", text.translate(_EXTRA))
    stripped = "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")
    return " ".join(stripped.lower().split())


def prefix_upper_bound(prefix: str) -> str:
    """The smallest string greater than every string starting with ``prefix`` (for range scans)."""
    return prefix + "\U0010ffff"
