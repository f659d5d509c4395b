"""A fast ruled table for long registers: wrapped plain-text cells, header rows repeated on every page."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

Lines = tuple[str, ...]


def wrap_text(text: str, font: str, size: float, width: float) -> Lines:
    """Split ``text`` into lines no wider than ``width``; overlong words break after ``-``, ``.`` or anywhere."""
    lines: list[str] = []
    for line in simpleSplit(text, font, size, width) if text else []:
        while stringWidth(line, font, size) > width and len(line) > 1:
            cut = _fit(line, font, size, width)
            lines.append(line[:cut])
            line = line[cut:].lstrip()
        lines.append(line)
    return tuple(lines)


def _fit(word: str, font: str, size: float, width: float) -> int:
    fit = 1
    while fit < len(word) and stringWidth(word[: fit + 1], font, size) <= width:
        fit += 1
    for sep in "-./ ":
        at = word.rfind(sep, 0, fit)
        if at > 0:
            return at + 1
    return fit


class Grid(Flowable):  # type: ignore[misc]
    """Rows of wrapped cells drawn directly on the canvas.

    reportlab's ``Table`` with a ``Paragraph`` per cell is exact but costs ~1 ms a row; a register
    of a thousand dossiers needs plain text lines measured once. ``split`` cuts between rows and
    repeats the header rows, so every page of the book starts with its column titles.
    """

    def __init__(
        self,
        col_widths: Sequence[float],
        header: Sequence[Sequence[str]],
        rows: Sequence[Sequence[str]],
        *,
        font: str,
        bold_font: str,
        size: float = 8,
        header_size: float | None = None,
        padding: float = 2.5,
        aligns: Sequence[str] | None = None,
        min_row_height: float = 0,
        _laid: tuple[list[tuple[float, list[Lines]]], list[tuple[float, list[Lines]]]] | None = None,
    ) -> None:
        super().__init__()
        self.col_widths = list(col_widths)
        self.header = [list(r) for r in header]
        self.rows = rows
        self.font = font
        self.bold_font = bold_font
        self.size = size
        self.header_size = header_size or size
        self.padding = padding
        self.aligns = list(aligns) if aligns else ["LEFT"] * len(self.col_widths)
        self.min_row_height = min_row_height
        self.leading = size * 1.18
        self.header_leading = self.header_size * 1.18
        self._laid = _laid

    def _layout(self) -> tuple[list[tuple[float, list[Lines]]], list[tuple[float, list[Lines]]]]:
        if self._laid is None:
            head = [self._lay_row(row, self.bold_font, self.header_size, self.header_leading) for row in self.header]
            body = [self._lay_row(row, self.font, self.size, self.leading) for row in self.rows]
            self._laid = (head, body)
        return self._laid

    def _lay_row(self, row: Sequence[str], font: str, size: float, leading: float) -> tuple[float, list[Lines]]:
        cells = [
            wrap_text(str(text), font, size, width - 2 * self.padding)
            for text, width in zip(row, self.col_widths, strict=True)
        ]
        tallest = max((len(cell) for cell in cells), default=1) or 1
        height = max(tallest * leading + 2 * self.padding, self.min_row_height if font == self.font else 0)
        return height, cells

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        head, body = self._layout()
        self.width = sum(self.col_widths)
        self.height = sum(h for h, _ in head) + sum(h for h, _ in body)
        return self.width, self.height

    def _clone(self, laid_body: list[tuple[float, list[Lines]]], rows: Sequence[Sequence[str]]) -> Grid:
        head, _ = self._layout()
        return Grid(
            self.col_widths,
            self.header,
            rows,
            font=self.font,
            bold_font=self.bold_font,
            size=self.size,
            header_size=self.header_size,
            padding=self.padding,
            aligns=self.aligns,
            min_row_height=self.min_row_height,
            _laid=(head, laid_body),
        )

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        head, body = self._layout()
        room = avail_height - sum(h for h, _ in head)
        used = 0.0
        count = 0
        for height, _ in body:
            if used + height > room:
                break
            used += height
            count += 1
        if count == 0:
            return []
        return [self._clone(body[:count], self.rows[:count]), self._clone(body[count:], self.rows[count:])]

    def draw(self) -> None:
        canvas: Any = self.canv
        head, body = self._layout()
        y = self.height
        xs = [0.0]
        for width in self.col_widths:
            xs.append(xs[-1] + width)
        canvas.setLineWidth(0.5)
        canvas.setFillGray(0)
        ys = [y]
        for height, cells in head:
            self._draw_header_row(canvas, xs, y, height, cells)
            y -= height
            ys.append(y)
        text = canvas.beginText()
        text.setFont(self.font, self.size, self.leading)
        for height, cells in body:
            self._fill_text(text, xs, y, cells)
            y -= height
            ys.append(y)
        canvas.drawText(text)
        path = canvas.beginPath()
        for row_y in ys:
            path.moveTo(0, row_y)
            path.lineTo(xs[-1], row_y)
        for x in xs:
            path.moveTo(x, ys[0])
            path.lineTo(x, ys[-1])
        canvas.drawPath(path, stroke=1, fill=0)

    def _fill_text(self, text: Any, xs: list[float], top: float, cells: list[Lines]) -> None:
        for col, lines in enumerate(cells):
            align = self.aligns[col]
            left = xs[col] + self.padding
            width = xs[col + 1] - xs[col] - 2 * self.padding
            baseline = top - self.padding - self.size
            for line in lines:
                if align == "CENTER":
                    x = left + (width - stringWidth(line, self.font, self.size)) / 2
                elif align == "RIGHT":
                    x = left + width - stringWidth(line, self.font, self.size)
                else:
                    x = left
                text.setTextOrigin(x, baseline)
                text.textOut(line)
                baseline -= self.leading

    def _draw_header_row(self, canvas: Any, xs: list[float], top: float, height: float, cells: list[Lines]) -> None:
        size, leading = self.header_size, self.header_leading
        canvas.setFont(self.bold_font, size)
        for col, lines in enumerate(cells):
            centre = (xs[col] + xs[col + 1]) / 2
            # Column titles sit in the middle of the header row, as on the printed register.
            baseline = top - (height - len(lines) * leading) / 2 - size * 0.95
            for line in lines:
                canvas.drawCentredString(centre, baseline, line)
                baseline -= leading
