"""Code 128 and QR symbols drawn as vector shapes (python-barcode and segno encode, reportlab draws)."""

from __future__ import annotations

from functools import lru_cache
from typing import Any
from urllib.parse import quote

import segno
from barcode.codex import Code128 as _Code128Encoder
from reportlab.lib.units import mm
from reportlab.platypus import Flowable

QUIET_MODULES = 10  # Code 128 needs 10 modules of white on each side
QR_BORDER = 2  # the paper around the symbol is blank; 2 modules plus cell padding reach 4


@lru_cache(maxsize=512)
def code128_runs(code: str) -> tuple[tuple[int, int], ...]:
    """(first module, width in modules) of each bar of ``code``, from python-barcode's pattern."""
    pattern = _Code128Encoder(code).build()[0]
    runs: list[tuple[int, int]] = []
    start = -1
    for index, module in enumerate(pattern + "0"):
        if module == "1" and start < 0:
            start = index
        elif module != "1" and start >= 0:
            runs.append((start, index - start))
            start = -1
    return tuple(runs)


@lru_cache(maxsize=512)
def _code128_modules(code: str) -> int:
    return len(_Code128Encoder(code).build()[0])


@lru_cache(maxsize=512)
def _code128_ops(code: str) -> str:
    """PDF path operators of the bars in module units (x: modules, y: 0..1), filled once."""
    return " ".join(f"{start} 0 {width} 1 re" for start, width in code128_runs(code)) + " f"


class Code128(Flowable):  # type: ignore[misc]
    """A Code 128 symbol with the human-readable code under it, shrunk to fit the width it gets."""

    def __init__(
        self,
        code: str,
        *,
        module: float = 0.25 * mm,
        min_module: float = 0.19 * mm,
        bar_height: float = 9 * mm,
        font: str = "LiberationSerif",
        font_size: float = 8,
        show_text: bool = True,
    ) -> None:
        super().__init__()
        self.code = code
        self.modules = _code128_modules(code)
        self.preferred_module = module
        self.min_module = min_module
        self.module = module
        self.bar_height = bar_height
        self.font = font
        self.font_size = font_size
        self.show_text = show_text
        self.hAlign = "CENTER"

    def _height(self) -> float:
        return self.bar_height + (self.font_size * 1.25 if self.show_text else 0)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        total = self.modules + 2 * QUIET_MODULES
        self.module = max(self.min_module, min(self.preferred_module, avail_width / total))
        self.width = total * self.module
        self.height = self._height()
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        x0 = QUIET_MODULES * self.module
        y0 = self.height - self.bar_height
        # One path in module units, scaled into place: exact bar widths, and the operator string
        # is built once per code instead of formatting ~100 rectangles on every page.
        canvas.saveState()
        canvas.translate(x0, y0)
        canvas.scale(self.module, self.bar_height)
        canvas.setFillGray(0)
        canvas.addLiteral(_code128_ops(self.code))
        canvas.restoreState()
        if self.show_text:
            canvas.setFont(self.font, self.font_size)
            canvas.drawCentredString(self.width / 2, y0 - self.font_size * 1.05, self.code)


@lru_cache(maxsize=256)
def qr_runs(data: str) -> tuple[int, tuple[tuple[int, int, int], ...]]:
    """Matrix size and the dark runs (row, first column, length) of the QR symbol for ``data``."""
    symbol = segno.make(data, error="m", micro=False)
    runs: list[tuple[int, int, int]] = []
    matrix = symbol.matrix
    for row_index, row in enumerate(matrix):
        start = -1
        for col, value in enumerate([*row, 0]):
            if value and start < 0:
                start = col
            elif not value and start >= 0:
                runs.append((row_index, start, col - start))
                start = -1
    return len(matrix), tuple(runs)


@lru_cache(maxsize=256)
def _qr_ops(data: str) -> str:
    """PDF path operators of the dark modules in module units, origin bottom-left, filled once."""
    size, runs = qr_runs(data)
    return " ".join(f"{col} {size - 1 - row} {length} 1 re" for row, col, length in runs) + " f"


class QRCode(Flowable):  # type: ignore[misc]
    """A QR symbol drawn as one filled path (one rectangle per horizontal run of dark modules)."""

    def __init__(
        self,
        data: str,
        *,
        size: float = 22 * mm,
        caption: str = "",
        font: str = "LiberationSerif",
        font_size: float = 7,
    ) -> None:
        super().__init__()
        self.data = data
        self.size = size
        self.caption = caption
        self.font = font
        self.font_size = font_size
        self.matrix_size = qr_runs(data)[0]
        self.hAlign = "CENTER"

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = self.size
        self.height = self.size + (self.font_size * 1.3 if self.caption else 0)
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        n = self.matrix_size + 2 * QR_BORDER
        unit = self.size / n
        canvas.saveState()
        canvas.translate(QR_BORDER * unit, self.height - self.size + QR_BORDER * unit)
        canvas.scale(unit, unit)
        canvas.setFillGray(0)
        canvas.addLiteral(_qr_ops(self.data))
        canvas.restoreState()
        if self.caption:
            canvas.setFont(self.font, self.font_size)
            canvas.drawCentredString(self.size / 2, 0.3 * self.font_size, self.caption)


def qr_payload(code: str, lookup_url: str) -> str:
    """What the QR carries: the bare code, or the office's lookup address for it.

    ``lookup_url`` may hold a ``{code}`` placeholder (``https://…/tra-cuu/{code}``); otherwise
    ``?ma=<code>`` (or ``&ma=`` when it already has a query) is appended.
    """
    url = lookup_url.strip()
    if not url:
        return code
    quoted = quote(code, safe="")
    if "{code}" in url:
        return url.replace("{code}", quoted)
    return f"{url}{'&' if '?' in url else '?'}ma={quoted}"
