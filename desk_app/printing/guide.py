"""A one-page guide per procedure telling the applicant what to bring, where, how long and what it costs."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepInFrame, Paragraph, Spacer

from desk_app.domain.model import OfficeProfile, Procedure
from desk_app.printing.forms_config import FormSpec
from desk_app.printing.toolkit import FONT_BOLD, PageSpec, esc, mm, ruled_table, styles, title_block
from desk_app.printing.wording import KIND_LABELS, counts, fee_rule_text

BOX = "□"


def guide_story(procedure: Procedure, office: OfficeProfile, page: PageSpec, spec: FormSpec) -> list[Flowable]:
    """Always one page: a long checklist is shrunk to fit rather than spilling onto a second sheet."""
    st = styles(page.font_size)
    name_style = ParagraphStyle("name", parent=st.title, fontSize=st.size * 1.35, leading=st.size * 1.7)
    label = ParagraphStyle("label", parent=st.body, fontName=FONT_BOLD, spaceBefore=st.size * 0.6)
    content: list[Flowable] = [
        Paragraph(f"<b>{esc(office.name.upper())}</b>", st.centre),
        Paragraph("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ", st.centre),
        Spacer(1, 3 * mm),
        *title_block(spec, page),
        Paragraph(esc(procedure.name), name_style),
        Paragraph(esc(f"Mã thủ tục: {procedure.code} – Lĩnh vực: {procedure.field}"), st.centre_italic),
        Spacer(1, 3 * mm),
        Paragraph("Ông/Bà cần mang theo (đánh dấu khi đã chuẩn bị):", label),
    ]
    width = page.frame_width
    box = ParagraphStyle("box", parent=st.cell_centre, fontSize=st.size * 1.4, leading=st.size * 1.5)
    rows: list[list[Any]] = [[Paragraph(esc(t), st.cell_head) for t in ("", "Giấy tờ", "Loại", "Số lượng")]]
    for doc in procedure.documents:
        name = esc(doc.name) + (" <i>(nếu có)</i>" if doc.optional else "")
        if doc.note:
            name += f"<br/><i>{esc(doc.note)}</i>"
        rows.append(
            [
                Paragraph(BOX, box),
                Paragraph(name, st.cell),
                Paragraph(esc(KIND_LABELS.get(doc.kind, doc.kind)), st.cell_centre),
                Paragraph(counts(doc.count), st.cell_centre),
            ]
        )
    content.append(ruled_table(rows, [9 * mm, width - 9 * mm - 40 * mm - 18 * mm, 40 * mm, 18 * mm]))
    content += [
        Paragraph("Thời hạn giải quyết:", label),
        Paragraph(esc(procedure.time_label) + ".", st.body),
        Paragraph("Phí, lệ phí:", label),
        Paragraph(esc(fee_rule_text(procedure.fee)), st.body),
        Paragraph("Nơi nộp hồ sơ và nhận kết quả:", label),
        Paragraph(
            esc(
                f"Bộ phận tiếp nhận và trả kết quả, {office.name}"
                + (f", {office.address}" if office.address else "")
                + (f". Điện thoại: {office.phone}" if office.phone else "")
            )
            + ".",
            st.body,
        ),
        Paragraph(esc(f"Hồ sơ nộp sau {office.cutoff} được tính từ ngày làm việc tiếp theo."), st.body),
    ]
    if procedure.result:
        content += [Paragraph("Kết quả:", label), Paragraph(esc(procedure.result) + ".", st.body)]
    if procedure.legal_basis:
        content += [Paragraph("Căn cứ pháp lý:", label), Paragraph(esc(procedure.legal_basis), st.small)]
    if office.lookup_url:
        content += [
            Spacer(1, 3 * mm),
            Paragraph(f"<i>Tra cứu tình trạng hồ sơ: {esc(office.lookup_url)}</i>", st.centre),
        ]
    return [KeepInFrame(page.frame_width, page.frame_height, content, mode="shrink")]
