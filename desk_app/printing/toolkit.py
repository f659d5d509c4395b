"""The toolkit every printed form shares: fonts, page sizes, styles, the national header, codes, signatures."""

from __future__ import annotations

import datetime as dt
import threading
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, A5, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    Flowable,
    Paragraph,
    Spacer,
    TableStyle,
)
from reportlab.platypus import Table as _Table

from desk_app.assets import asset_path
from desk_app.domain.model import Applicant, Event, OfficeProfile
from desk_app.printing.codes import Code128, QRCode, qr_payload
from desk_app.printing.forms_config import FormSpec, normalise_page_size
from desk_app.printing.layout import CentredLines, Columns, Stack, TextLine
from desk_app.printing.wording import (
    DESK_SECTION,
    MOTTO,
    NATION,
    SIGN_HINT,
    applicant_name,
    place_date,
    salutation,
)

__all__ = ["Code128", "QRCode", "qr_payload", "mm", "Paragraph", "Spacer", "Table", "TableStyle"]

FONT = "LiberationSerif"
FONT_BOLD = "LiberationSerif-Bold"
FONT_ITALIC = "LiberationSerif-Italic"
FONT_BOLD_ITALIC = "LiberationSerif-BoldItalic"
_FONT_FILES = {
    FONT: "LiberationSerif-Regular.ttf",
    FONT_BOLD: "LiberationSerif-Bold.ttf",
    FONT_ITALIC: "LiberationSerif-Italic.ttf",
    FONT_BOLD_ITALIC: "LiberationSerif-BoldItalic.ttf",
}
_font_lock = threading.Lock()
_fonts_ready = False


def register_fonts() -> None:
    """Register the bundled Liberation Serif faces with reportlab, once per process.

    The family mapping makes ``<b>`` and ``<i>`` in Paragraph markup pick the right face.
    """
    global _fonts_ready
    if _fonts_ready:
        return
    with _font_lock:
        if _fonts_ready:
            return
        registered = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in _FONT_FILES.items():
            if name not in registered:
                pdfmetrics.registerFont(TTFont(name, str(asset_path("fonts", filename))))
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD_ITALIC
        )
        _fonts_ready = True


class Table(_Table):  # type: ignore[misc]
    """reportlab's Table, with plain-string cells in the bundled font (its default is Helvetica).

    Even an empty string cell selects a font, and Helvetica would then be listed in the PDF.
    """

    def __init__(self, data: Any, *args: Any, **kwargs: Any) -> None:
        super().__init__(data, *args, **kwargs)
        self.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), FONT)]))


# ---------------------------------------------------------------------------------------- pages


@dataclass(frozen=True)
class PageSpec:
    """A paper size with its margins and the base font size forms use on it."""

    name: str
    width: float
    height: float  # 0 for the roll: each page is as tall as its content
    left: float
    right: float
    top: float
    bottom: float
    font_size: float

    @property
    def frame_width(self) -> float:
        return self.width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.height - self.top - self.bottom

    @property
    def is_roll(self) -> bool:
        return self.height == 0

    @property
    def narrow(self) -> bool:
        """Too narrow for the two header columns side by side (the 80 mm roll)."""
        return bool(self.frame_width < 100 * mm)


_A4_WIDE = landscape(A4)
_PAGES = {
    "A4": PageSpec("A4", A4[0], A4[1], left=25 * mm, right=15 * mm, top=15 * mm, bottom=15 * mm, font_size=12.5),
    "A5": PageSpec("A5", A5[0], A5[1], left=15 * mm, right=10 * mm, top=12 * mm, bottom=10 * mm, font_size=10),
    "A4-landscape": PageSpec(
        "A4-landscape", _A4_WIDE[0], _A4_WIDE[1], left=15 * mm, right=10 * mm, top=12 * mm, bottom=12 * mm, font_size=11
    ),
    "roll80": PageSpec("roll80", 80 * mm, 0, left=4 * mm, right=4 * mm, top=4 * mm, bottom=6 * mm, font_size=8.5),
}


def page_spec(name: str) -> PageSpec:
    """``A4``, ``A5``, ``A4-landscape`` or ``roll80`` (aliases such as ``a4l``/``roll`` accepted)."""
    return _PAGES[normalise_page_size(name)]


# --------------------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class Styles:
    size: float
    body: ParagraphStyle
    justified: ParagraphStyle
    indent: ParagraphStyle
    small: ParagraphStyle
    centre: ParagraphStyle
    centre_bold: ParagraphStyle
    centre_italic: ParagraphStyle
    right_italic: ParagraphStyle
    title: ParagraphStyle
    cell: ParagraphStyle
    cell_centre: ParagraphStyle
    cell_head: ParagraphStyle


@lru_cache(maxsize=16)
def styles(size: float) -> Styles:
    """Paragraph styles for a base font size (10.5 pt on A5, 12.5 pt on A4, 8.5 pt on the roll)."""
    register_fonts()
    leading = size * 1.22
    body = ParagraphStyle("body", fontName=FONT, fontSize=size, leading=leading, spaceAfter=size * 0.1)
    small_size = size * 0.85
    cell_size = size * 0.92

    def derive(name: str, base: ParagraphStyle = body, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        size=size,
        body=body,
        justified=derive("justified", alignment=TA_JUSTIFY),
        indent=derive("indent", leftIndent=size * 1.6, firstLineIndent=-size * 1.0, spaceAfter=0),
        small=derive("small", fontSize=small_size, leading=small_size * 1.2),
        centre=derive("centre", alignment=TA_CENTER),
        centre_bold=derive("centre_bold", alignment=TA_CENTER, fontName=FONT_BOLD),
        centre_italic=derive("centre_italic", alignment=TA_CENTER, fontName=FONT_ITALIC),
        right_italic=derive("right_italic", alignment=TA_RIGHT, fontName=FONT_ITALIC),
        title=derive(
            "title",
            alignment=TA_CENTER,
            fontName=FONT_BOLD,
            fontSize=size * 1.2,
            leading=size * 1.45,
            spaceBefore=size * 0.5,
            spaceAfter=size * 0.2,
        ),
        cell=derive("cell", fontSize=cell_size, leading=cell_size * 1.2, spaceAfter=0, alignment=TA_LEFT),
        cell_centre=derive(
            "cell_centre", fontSize=cell_size, leading=cell_size * 1.2, spaceAfter=0, alignment=TA_CENTER
        ),
        cell_head=derive(
            "cell_head",
            fontSize=cell_size,
            leading=cell_size * 1.2,
            spaceAfter=0,
            alignment=TA_CENTER,
            fontName=FONT_BOLD,
        ),
    )


def esc(text: object) -> str:
    """Text safe for Paragraph markup, in NFC.

    reportlab draws a combining mark as a separate glyph without positioning it, so decomposed
    input (NFD, as some input methods and old databases produce) must be composed first.
    """
    return escape(unicodedata.normalize("NFC", str(text)))


def field(label: str, value: object, st: Styles, *, bold: bool = False, blank: str = "…………………") -> Paragraph:
    """``Label: value`` on one wrapped paragraph; an empty value leaves dots to fill by hand."""
    text = esc(value) if str(value).strip() else blank
    if bold and str(value).strip():
        text = f"<b>{text}</b>"
    return Paragraph(f"{esc(label)}: {text}", st.body)


# ------------------------------------------------------------------------------ header blocks


def national_header(
    office: OfficeProfile,
    page: PageSpec,
    *,
    date: dt.date | None,
    section: str = DESK_SECTION,
    show_date: bool = True,
) -> list[Flowable]:
    """The two-column heading of every Vietnamese administrative form, then the place and date.

    Left: the parent body, the office and (bold, with a short rule under it) the issuing section.
    Right: the nation's name and the motto, the motto underlined over its whole length; the place
    and date, in italics, sit under the right column.
    """
    size = page.font_size * (0.95 if page.narrow else 0.86)
    left_lines: list[tuple[str, str, float, bool]] = []
    if office.parent_name:
        left_lines.append((office.parent_name.upper(), FONT, size, False))
    if section:
        left_lines.append((office.name.upper(), FONT, size, False))
        left_lines.append((section.upper(), FONT_BOLD, size, True))
    else:
        left_lines.append((office.name.upper(), FONT_BOLD, size, False))
    left = CentredLines(left_lines, rule=0.4)
    right = CentredLines([(NATION, FONT_BOLD, size, True), (MOTTO, FONT_BOLD, size * 1.06, True)], rule=1.0)
    st = styles(page.font_size)
    date_par = Paragraph(esc(place_date(office.place, date)), st.centre_italic)
    width = page.frame_width
    if page.narrow:
        out: list[Flowable] = [right, Spacer(1, 2 * mm), left, Spacer(1, 1.5 * mm)]
        if show_date:
            out.append(date_par)
        return out
    right_width = min(width * 0.56, pdfmetrics.stringWidth(NATION, FONT_BOLD, size) + 6 * mm)
    right_width = max(right_width, width * 0.5)
    widths = [width - right_width, right_width]
    out = [Columns([left, right], widths)]
    if show_date:
        out += [Spacer(1, size * 0.6), Columns([None, date_par], widths)]
    return out


def top_labels(left: str, right: str, page: PageSpec) -> Flowable:
    """The small line above the header: the copy label (``Liên 1: Lưu``) and the form number."""
    size = page.font_size * 0.85
    width = page.frame_width
    return Columns(
        [TextLine(left, FONT_BOLD, size), TextLine(right, FONT_BOLD, size, align="RIGHT")],
        [width * 0.6, width * 0.4],
    )


def title_block(spec: FormSpec, page: PageSpec, *, subtitle: str = "") -> list[Flowable]:
    st = styles(page.font_size)
    out: list[Flowable] = [Paragraph(esc(spec.title), st.title)]
    sub = subtitle or spec.subtitle
    if sub:
        out.append(Paragraph(esc(sub), st.centre_italic))
    return out


def codes_block(code: str, office: OfficeProfile, page: PageSpec, *, label: str = "Mã hồ sơ") -> Flowable:
    """The dossier code in words, as a Code 128 barcode and as a QR code (lookup address)."""
    st = styles(page.font_size)
    code_line = Paragraph(f"{esc(label)}: <b>{esc(code)}</b>", st.centre)
    barcode = Code128(
        code, font=FONT, font_size=page.font_size * 0.8, bar_height=9 * mm if not page.narrow else 10 * mm
    )
    qr_size = 20 * mm if not page.narrow else 24 * mm
    qr = QRCode(qr_payload(code, office.lookup_url), size=qr_size)
    width = page.frame_width
    if page.narrow:
        return Stack([code_line, barcode, qr])
    return Columns([Stack([code_line, barcode]), qr], [width - qr_size - 4 * mm, qr_size + 4 * mm], valign="MIDDLE")


def signature_block(
    columns: Sequence[tuple[str, str, str] | None], page: PageSpec, *, space: float = 16 * mm
) -> Flowable:
    """Side-by-side signature boxes: (TITLE, hint such as ``(Ký và ghi rõ họ tên)``, printed name).

    The names line up at the bottom even when a title wraps. ``None`` leaves a column empty (a
    single signer sits on the right, as on the templates).
    """
    st = styles(page.font_size)
    hint_style = ParagraphStyle("hint", parent=st.centre_italic, fontSize=st.size * 0.9, spaceAfter=0)
    width = page.frame_width / max(len(columns), 1)
    heads: list[Flowable | None] = []
    names: list[Flowable | None] = []
    for column in columns:
        if column is None:
            heads.append(None)
            names.append(None)
            continue
        title, hint, name = column
        head: list[Flowable] = [Paragraph(f"<b>{esc(title)}</b>", st.centre)]
        if hint:
            head.append(Paragraph(esc(hint), hint_style))
        heads.append(Stack(head))
        names.append(Paragraph(f"<b>{esc(name)}</b>", st.centre) if name else None)
    widths = [width] * len(columns)
    return Stack([Columns(heads, widths), Spacer(1, space), Columns(names, widths)], align="LEFT")


def sign_here(title: str, name: str = "", hint: str = SIGN_HINT) -> tuple[str, str, str]:
    return title, hint, name


def ruled_table(rows: list[list[Any]], widths: Sequence[float], *, header_rows: int = 1, repeat: bool = True) -> Table:
    """A bordered table of Paragraph cells (forms 02, 05, the evaluation slip)."""
    table = Table(rows, colWidths=list(widths), repeatRows=header_rows if repeat else 0)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.5, "black"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("VALIGN", (0, header_rows), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table


# -------------------------------------------------------------------------------- PDF building


@dataclass(frozen=True)
class FormContext:
    """What a dossier form needs besides the dossier: reprint or not, who prints, users' full names."""

    copy: bool = False
    printed_by: str = ""
    user_names: Mapping[str, str] = dataclass_field(default_factory=dict)

    def name_of(self, username: str, fallback: str = "") -> str:
        """A user's full name for the form (events store user names)."""
        return self.user_names.get(username) or fallback or username


def actor_name(event: Event | None, ctx: FormContext) -> str:
    """Who recorded ``event``, for a signature line: the stored name, the user's name, else the person printing.

    A reprint never puts the reprinting user's name under someone else's signature.
    """
    if event is not None:
        if event.data.get("actor_name"):
            return str(event.data["actor_name"])
        if event.actor in ctx.user_names:
            return ctx.user_names[event.actor]
    return "" if ctx.copy else ctx.printed_by


def applicant_block(
    applicant: Applicant, st: Styles, *, label: str = "Tiếp nhận hồ sơ của", request: str = ""
) -> list[Flowable]:
    """Who submitted: name (bold), address, phone and email, and what they ask for."""
    title = salutation(applicant)
    name = applicant_name(applicant)
    out: list[Flowable] = [
        Paragraph(f"{esc(label)}: {esc(title + ' ') if title else ''}<b>{esc(name)}</b>", st.body),
        field("Địa chỉ", applicant.address, st),
        Paragraph(
            f"Số điện thoại: {esc(applicant.phone) or '…………………'}"
            f"&nbsp;&nbsp;&nbsp;&nbsp;Email: {esc(applicant.email) or '…………………'}",
            st.body,
        ),
    ]
    if request:
        out.append(field("Nội dung yêu cầu giải quyết", request, st, bold=True))
    return out


def slip_opening(dossier_code: str, office: OfficeProfile, page: PageSpec, spec: FormSpec,
                 when: dt.date | None, *, section: str | None = None) -> list[Flowable]:
    """The top every dossier slip shares: form number, national header, title, barcode and QR."""
    story: list[Flowable] = [top_labels("", spec.number, page)]
    if section is None:
        story += national_header(office, page, date=when)
    else:
        story += national_header(office, page, date=when, section=section)
    story += title_block(spec, page)
    story.append(codes_block(dossier_code, office, page))
    story.append(Spacer(1, 1.5 * mm))
    return story
