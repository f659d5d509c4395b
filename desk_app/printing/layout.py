"""Light layout flowables for forms: centred line blocks, side-by-side columns, vertical stacks.

reportlab's ``Table`` is exact but slow for layout-only grids (a receipt has a dozen of them);
these draw their children directly.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Any

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable


class CentredLines(Flowable):  # type: ignore[misc]
    """Centred lines with an optional rule under the last one.

    A line marked ``fit`` (the fixed texts: the nation's name, the desk's name) is set smaller
    rather than broken when the column is too narrow; other lines (office names) wrap.
    """

    def __init__(self, lines: Sequence[tuple[str, str, float, bool]], *, rule: float = 0.0) -> None:
        super().__init__()
        self.lines = [(unicodedata.normalize("NFC", text), font, size, fit) for text, font, size, fit in lines if text]
        self.rule = rule  # length of the rule as a fraction of the last line's width (0: none)
        self._laid: list[tuple[str, str, float]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        laid: list[tuple[str, str, float]] = []
        for text, font, size, fit in self.lines:
            natural = pdfmetrics.stringWidth(text, font, size)
            if fit and natural > avail_width:
                size = max(size * 0.75, size * avail_width / natural * 0.995)
            laid += [(piece, font, size) for piece in simpleSplit(text, font, size, avail_width)]
        self._laid = laid
        self.width = avail_width
        self.height = sum(size * 1.22 for _, _, size in laid) + (4 if self.rule else 0)
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        y = self.height
        last_width = 0.0
        for text, font, size in self._laid:
            y -= size * 1.22
            canvas.setFont(font, size)
            canvas.drawCentredString(self.width / 2, y + size * 0.25, text)
            last_width = pdfmetrics.stringWidth(text, font, size)
        if self.rule and self._laid:
            length = last_width * self.rule
            canvas.setLineWidth(0.6)
            canvas.line((self.width - length) / 2, y - 1.5, (self.width + length) / 2, y - 1.5)


class Stack(Flowable):  # type: ignore[misc]
    """Flowables one under the other, as one unbreakable block (a table cell without the table)."""

    def __init__(self, children: Sequence[Flowable], *, align: str = "CENTER") -> None:
        super().__init__()
        self.children = list(children)
        self.align = align
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._sizes = [child.wrap(avail_width, avail_height) for child in self.children]
        self.width = avail_width
        self.height = sum(
            h + child.getSpaceBefore() + child.getSpaceAfter()
            for child, (_, h) in zip(self.children, self._sizes, strict=True)
        )
        return self.width, self.height

    def draw(self) -> None:
        y = self.height
        for child, (w, h) in zip(self.children, self._sizes, strict=True):
            y -= child.getSpaceBefore() + h
            align = getattr(child, "hAlign", self.align) if w < self.width else "LEFT"
            x = {"CENTER": (self.width - w) / 2, "CENTRE": (self.width - w) / 2, "RIGHT": self.width - w}.get(align, 0)
            child.drawOn(self.canv, x, y)
            y -= child.getSpaceAfter()


class Columns(Flowable):  # type: ignore[misc]
    """Flowables side by side in fixed-width columns, aligned at the top, middle or bottom."""

    def __init__(self, children: Sequence[Flowable | None], widths: Sequence[float], *, valign: str = "TOP") -> None:
        super().__init__()
        self.children = list(children)
        self.widths = list(widths)
        self.valign = valign
        self._sizes: list[tuple[float, float]] = []

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self._sizes = [
            child.wrap(width, avail_height) if child is not None else (0.0, 0.0)
            for child, width in zip(self.children, self.widths, strict=True)
        ]
        self.width = sum(self.widths)
        self.height = max((h for _, h in self._sizes), default=0.0)
        return self.width, self.height

    def draw(self) -> None:
        x = 0.0
        for child, width, (w, h) in zip(self.children, self.widths, self._sizes, strict=True):
            if child is not None:
                offset = {"TOP": self.height - h, "MIDDLE": (self.height - h) / 2}.get(self.valign, 0.0)
                align = getattr(child, "hAlign", "LEFT")
                dx = {"CENTER": (width - w) / 2, "CENTRE": (width - w) / 2, "RIGHT": width - w}.get(align, 0.0)
                child.drawOn(self.canv, x + max(dx, 0.0), offset)
            x += width


class TextLine(Flowable):  # type: ignore[misc]
    """One line of text at the left, centre or right; shrunk rather than wrapped if too long."""

    def __init__(self, text: str, font: str, size: float, *, align: str = "LEFT") -> None:
        super().__init__()
        self.text = unicodedata.normalize("NFC", text)
        self.font = font
        self.size = size
        self.align = align

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        natural = pdfmetrics.stringWidth(self.text, self.font, self.size)
        self._size = self.size if natural <= avail_width or not natural else self.size * avail_width / natural
        self.width = avail_width
        self.height = self.size * 1.25
        return self.width, self.height

    def draw(self) -> None:
        canvas: Any = self.canv
        canvas.setFont(self.font, self._size)
        y = self.size * 0.3
        if self.align == "RIGHT":
            canvas.drawRightString(self.width, y, self.text)
        elif self.align in ("CENTER", "CENTRE"):
            canvas.drawCentredString(self.width / 2, y, self.text)
        else:
            canvas.drawString(0, y, self.text)


def lines_width(lines: Sequence[str], font: str, size: float) -> float:
    return max((pdfmetrics.stringWidth(line, font, size) for line in lines), default=0.0)


__all__ = ["CentredLines", "Columns", "Stack", "TextLine", "lines_width", "simpleSplit"]
