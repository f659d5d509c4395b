"""The public listing booklet of the procedure catalog: documents, time, fee and legal basis of each procedure."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from itertools import groupby

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from desk_app.domain.model import OfficeProfile, Procedure
from desk_app.printing.forms_config import FormSpec
from desk_app.printing.toolkit import FONT_BOLD, PageSpec, Styles, esc, mm, styles, title_block
from desk_app.printing.wording import KIND_LABELS, counts, date_words, fee_rule_text

ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV")


def document_lines(procedure: Procedure, st: Styles) -> list[Flowable]:
    """The checklist as numbered lines: name, kind and count, optional or not."""
    out: list[Flowable] = []
    for number, doc in enumerate(procedure.documents, start=1):
        extra = " – <i>nếu có</i>" if doc.optional else ""
        note = f" ({esc(doc.note)})" if doc.note else ""
        kind = KIND_LABELS.get(doc.kind, doc.kind)
        out.append(Paragraph(f"{number}. {esc(doc.name)}{note}: {esc(kind)} {counts(doc.count)}{extra}", st.indent))
    if not out:
        out.append(Paragraph("Không yêu cầu thành phần hồ sơ.", st.indent))
    return out


def procedure_entry(number: int, procedure: Procedure, office: OfficeProfile, st: Styles) -> list[Flowable]:
    label = ParagraphStyle("label", parent=st.body, spaceBefore=st.size * 0.2, spaceAfter=0)
    heading = ParagraphStyle("heading", parent=st.body, fontName=FONT_BOLD, spaceBefore=st.size * 0.8)
    head = Paragraph(f"{number}. {esc(procedure.name)} <font size=-2>(Mã: {esc(procedure.code)})</font>", heading)
    out: list[Flowable] = [
        KeepTogether([head, Paragraph("<b>Thành phần hồ sơ:</b>", label)]),
        *document_lines(procedure, st),
        Paragraph("<b>Số lượng hồ sơ:</b> 01 bộ.", label),
        Paragraph(f"<b>Thời hạn giải quyết:</b> {esc(procedure.time_label)}.", label),
        Paragraph(f"<b>Phí, lệ phí:</b> {esc(fee_rule_text(procedure.fee))}", label),
    ]
    place = office.name
    if procedure.interagency and procedure.receiving_agency:
        place = f"{office.name} (tiếp nhận, chuyển {procedure.receiving_agency} giải quyết)"
    out.append(Paragraph(f"<b>Nơi tiếp nhận:</b> Bộ phận tiếp nhận và trả kết quả, {esc(place)}.", label))
    if procedure.result:
        out.append(Paragraph(f"<b>Kết quả:</b> {esc(procedure.result)}.", label))
    if procedure.legal_basis:
        out.append(
            Paragraph(
                f"<b>Căn cứ pháp lý:</b> {esc(procedure.legal_basis)}",
                ParagraphStyle("basis", parent=label, alignment=4),
            )
        )
    return out


def listing_story(
    procedures: Sequence[Procedure],
    office: OfficeProfile,
    page: PageSpec,
    spec: FormSpec,
    *,
    today: dt.date | None = None,
) -> list[Flowable]:
    st = styles(page.font_size)
    story: list[Flowable] = [
        Paragraph(esc(office.parent_name.upper()), st.centre) if office.parent_name else Spacer(1, 0),
        Paragraph(f"<b>{esc(office.name.upper())}</b>", st.centre),
        Spacer(1, 6 * mm),
        *title_block(spec, page, subtitle=spec.subtitle or "tiếp nhận tại Bộ phận tiếp nhận và trả kết quả"),
        Paragraph(esc(f"(Cập nhật {date_words(today or dt.date.today())})"), st.centre_italic),
        Spacer(1, 4 * mm),
    ]
    if office.address:
        story.append(Paragraph(esc(office.address), st.centre))
    if office.phone:
        story.append(Paragraph(esc(f"Điện thoại: {office.phone}"), st.centre))
    if office.lookup_url:
        story.append(Paragraph(f"Tra cứu hồ sơ: {esc(office.lookup_url)}", st.centre))
    active = sorted((p for p in procedures if p.active), key=lambda p: (p.field, p.name))
    section = ParagraphStyle(
        "section", parent=st.body, fontName=FONT_BOLD, fontSize=st.size * 1.05, spaceBefore=st.size
    )
    number = 0
    for index, (field_name, group) in enumerate(groupby(active, key=lambda p: p.field)):
        roman = ROMAN[index] if index < len(ROMAN) else str(index + 1)
        story.append(CondPageBreak(40 * mm))
        story.append(Paragraph(f"{roman}. LĨNH VỰC {esc((field_name or 'khác').upper())}", section))
        for procedure in group:
            number += 1
            story.extend(procedure_entry(number, procedure, office, st))
    return story
