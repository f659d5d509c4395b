"""Building the PDF: parts that start on new pages, fixed pages or the 80 mm roll, copy marks and footers."""

from __future__ import annotations

import datetime as dt
import io
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from desk_app.printing.toolkit import FONT, FONT_BOLD, FONT_ITALIC, PageSpec, register_fonts
from desk_app.printing.wording import COPY_MARK


@dataclass(frozen=True)
class PrintOptions:
    copy: bool = False
    printed_by: str = ""
    footer: str = ""  # a short line at the foot of every page (e.g. the dossier code)
    page_numbers: bool = False
    title: str = ""


def draw_copy_mark(canvas: Any, page_width: float, page_height: float) -> None:
    """The boxed "IN LẠI – BẢN SAO" label at the top of a reprinted page."""
    canvas.saveState()
    size = 9
    text_width = pdfmetrics.stringWidth(COPY_MARK, FONT_BOLD, size)
    x = (page_width - text_width) / 2
    y = page_height - 8 * mm
    canvas.setLineWidth(0.8)
    canvas.rect(x - 2 * mm, y - 1.4 * mm, text_width + 4 * mm, size + 1.6 * mm, stroke=1, fill=0)
    canvas.setFont(FONT_BOLD, size)
    canvas.drawString(x, y, COPY_MARK)
    canvas.restoreState()


def _footer_text(options: PrintOptions, page_number: int, printed_at: dt.datetime) -> str:
    parts = [options.footer] if options.footer else []
    if options.printed_by or options.copy:
        who = f" – người in: {options.printed_by}" if options.printed_by else ""
        parts.append(f"In lúc {printed_at:%H:%M %d/%m/%Y}{who}")
    if options.page_numbers:
        parts.append(f"Trang {page_number}")
    return unicodedata.normalize("NFC", "   ·   ".join(parts))


def _decorate(
    canvas: Any, page: PageSpec, width: float, height: float, options: PrintOptions, printed_at: dt.datetime
) -> None:
    if options.copy:
        draw_copy_mark(canvas, width, height)
    text = _footer_text(options, canvas.getPageNumber(), printed_at)
    if text:
        canvas.saveState()
        canvas.setFont(FONT_ITALIC, 7)
        canvas.setFillGray(0.25)
        lines = simpleSplit(text, FONT_ITALIC, 7, width - page.left - page.right)
        y = min(page.bottom * 0.45, 5 * mm) + 8 * (len(lines) - 1)
        for line in lines:
            canvas.drawCentredString(page.left + (width - page.left - page.right) / 2, y, line)
            y -= 8
        canvas.restoreState()


Out = BinaryIO | str | Path


@dataclass(frozen=True)
class Part:
    """A run of pages starting on a new sheet (a copy of a form, a slip, a register).

    ``build`` makes its flowables for a page spec; with ``one_page`` a part that spills onto a
    second sheet is rebuilt a little smaller (see ``fit_one_page``).
    """

    build: Callable[[PageSpec], list[Flowable]]
    one_page: bool = False


class _PartStart(Flowable):  # type: ignore[misc]
    """Zero-size marker recording the page a part starts on."""

    def __init__(self, index: int, starts: dict[int, int]) -> None:
        super().__init__()
        self.index = index
        self.starts = starts

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        self.starts[self.index] = self.canv.getPageNumber()


def build_pdf(out: Out, parts: Sequence[Part], page: PageSpec, options: PrintOptions) -> None:
    """Write ``parts`` (each starts on a new page) to ``out`` as one PDF.

    Parts are built at the page's font size and laid out once; only when a one-page part spilled
    over is it rebuilt smaller and the document laid out again (measuring every form up front
    would cost a second layout on every print).
    """
    register_fonts()
    printed_at = dt.datetime.now().replace(microsecond=0)
    stories = [part.build(page) for part in parts]
    # ASCII85 stream encoding only makes PDFs 25 % larger and costs ~10 % of a receipt's time
    # in pure Python; binary streams are as valid. The switch is global, so set and restore it.
    a85 = rl_config.useA85
    rl_config.useA85 = 0
    try:
        _build(out, parts, stories, page, options, printed_at)
    finally:
        rl_config.useA85 = a85


def _build(
    out: Out,
    parts: Sequence[Part],
    stories: list[list[Flowable]],
    page: PageSpec,
    options: PrintOptions,
    printed_at: dt.datetime,
) -> None:
    if page.is_roll:
        buffer = io.BytesIO()
        _build_roll(buffer, stories, page, options, printed_at)
        _write(out, buffer.getvalue())
        return
    data, spans = _layout(stories, page, options, printed_at)
    spilled = [i for i, (part, span) in enumerate(zip(parts, spans, strict=True)) if part.one_page and span > 1]
    if spilled:
        for index in spilled:
            stories[index] = fit_one_page(parts[index].build, page, known_too_long=True)[0]
        data, _ = _layout(stories, page, options, printed_at)
    _write(out, data)


def _write(out: Out, data: bytes) -> None:
    if isinstance(out, (str, Path)):
        Path(out).write_bytes(data)
    else:
        out.write(data)


def _layout(
    stories: Sequence[Sequence[Flowable]], page: PageSpec, options: PrintOptions, printed_at: dt.datetime
) -> tuple[bytes, list[int]]:
    """Lay the stories out on fixed pages; return the PDF and how many pages each story took."""
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=(page.width, page.height),
        leftMargin=page.left,
        rightMargin=page.right,
        topMargin=page.top,
        bottomMargin=page.bottom,
        title=options.title,
        author="Một Cửa Desk",
        creator="Một Cửa Desk",
        invariant=0,
        initialFontName=FONT,  # else every page lists Helvetica, which a bare machine may not have
        initialFontSize=page.font_size,
        lang="vi",
    )
    frame = Frame(page.left, page.bottom, page.frame_width, page.frame_height, 0, 0, 0, 0, id="body")

    def on_page(canvas: Any, _doc: Any) -> None:
        _decorate(canvas, page, page.width, page.height, options, printed_at)

    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    starts: dict[int, int] = {}
    story: list[Flowable] = []
    for index, part in enumerate(stories):
        if index:
            story.append(PageBreak())
        story.append(_PartStart(index, starts))
        story.extend(part)
    story.append(_PartStart(len(stories), starts))
    doc.build(story)
    bounds = [starts.get(i, 1) for i in range(len(stories) + 1)]
    spans = [bounds[i + 1] - bounds[i] + (1 if i == len(stories) - 1 else 0) for i in range(len(stories))]
    return buffer.getvalue(), spans


def _content_height(flowables: Sequence[Flowable], width: float) -> float:
    total = 0.0
    for flowable in flowables:
        _, height = flowable.wrap(width, 10_000 * mm)
        total += height + flowable.getSpaceBefore() + flowable.getSpaceAfter()
    return total


def fits(flowables: Sequence[Flowable], page: PageSpec) -> bool:
    """Whether ``flowables`` fit one page of ``page`` (always true on the roll)."""
    return page.is_roll or _content_height(flowables, page.frame_width) <= page.frame_height - 2


def fit_one_page(
    build: Callable[[PageSpec], list[Flowable]], page: PageSpec, *, steps: int = 3, known_too_long: bool = False
) -> tuple[list[Flowable], PageSpec]:
    """Build a form at the page's font size, or up to ``steps`` half-points smaller to keep it on one page.

    Barcodes keep their module size (shrinking the whole page would thin the bars); when even the
    smallest size does not fit (a very long document list) the form flows on at the normal size.
    """
    if not known_too_long:
        story = build(page)
        if fits(story, page):
            return story, page
    smallest = replace(page, font_size=page.font_size - 0.5 * steps)
    candidate = build(smallest)
    if not fits(candidate, smallest):  # hopeless (a long list): flow on at the normal size
        return build(page), page
    for step in range(1, steps):
        smaller = replace(page, font_size=page.font_size - 0.5 * step)
        story = build(smaller)
        if fits(story, smaller):
            return story, smaller
    return candidate, smallest


def _build_roll(
    target: Any, parts: Sequence[Sequence[Flowable]], page: PageSpec, options: PrintOptions, printed_at: dt.datetime
) -> None:
    """One page per part on 80 mm paper, each exactly as tall as its content (receipt printers cut there)."""
    canvas = Canvas(
        target,
        pagesize=(page.width, 100 * mm),
        invariant=0,
        initialFontName=FONT,
        initialFontSize=page.font_size,
        lang="vi",
    )
    canvas.setTitle(options.title)
    canvas.setAuthor("Một Cửa Desk")
    canvas.setCreator("Một Cửa Desk")
    copy_band = 8 * mm if options.copy else 0
    footer_band = 4 * mm if _footer_text(options, 1, printed_at) else 0
    for part in parts:
        flowables = list(part)
        height = _content_height(flowables, page.frame_width) + 4 * mm
        page_height = page.top + copy_band + height + page.bottom + footer_band
        while flowables:  # more than one page only if the measure was short (it should not be)
            canvas.setPageSize((page.width, page_height))
            frame = Frame(page.left, page.bottom + footer_band, page.frame_width, height, 0, 0, 0, 0)
            before = len(flowables)
            frame.addFromList(flowables, canvas)
            _decorate(canvas, page, page.width, page_height, options, printed_at)
            canvas.showPage()
            if len(flowables) == before:
                raise ValueError("a flowable is taller than the roll page it was measured for")
    canvas.save()
