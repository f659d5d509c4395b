"""The satisfaction evaluation slip handed over with forms 01–03 (when the office prints one)."""

from __future__ import annotations

from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from desk_app.domain.model import Dossier, OfficeProfile
from desk_app.printing.codes import qr_payload
from desk_app.printing.forms_config import FormSpec
from desk_app.printing.toolkit import (
    FONT_BOLD,
    Code128,
    PageSpec,
    QRCode,
    Table,
    TableStyle,
    esc,
    mm,
    ruled_table,
    styles,
    title_block,
    top_labels,
)

CRITERIA = (
    "Việc công khai, niêm yết thủ tục hành chính (thành phần hồ sơ, thời hạn, phí, lệ phí)",
    "Thái độ, tác phong của công chức tiếp nhận hồ sơ",
    "Việc hướng dẫn kê khai, bổ sung hồ sơ (rõ ràng, đầy đủ, một lần)",
    "Thời gian chờ đợi tại Bộ phận tiếp nhận và trả kết quả",
    "Cơ sở vật chất, trang thiết bị phục vụ người dân",
)
CHOICES = ("Hài lòng", "Chấp nhận được", "Không hài lòng")
BOX = "□"


def dotted(prefix: str, font: str, size: float, width: float) -> str:
    """``prefix`` followed by as many dots as fill one line of ``width`` (a line to write on)."""
    room = width - stringWidth(prefix, font, size) - 2
    return prefix + "." * max(0, int(room / stringWidth(".", font, size)))


def evaluation_story(dossier: Dossier, office: OfficeProfile, page: PageSpec, spec: FormSpec) -> list[Flowable]:
    """One slip: the dossier it concerns (code and barcode to record it back), criteria with tick boxes."""
    st = styles(page.font_size)
    story: list[Flowable] = [top_labels("", spec.number, page)]
    story.append(Paragraph(esc(office.name.upper()), ParagraphStyle("office", parent=st.centre, fontName=FONT_BOLD)))
    story.append(Paragraph(esc("BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"), st.centre_bold))
    story += title_block(spec, page, subtitle=spec.subtitle or "(Về việc tiếp nhận, giải quyết thủ tục hành chính)")
    story.append(Paragraph(f"Mã hồ sơ: <b>{esc(dossier.code)}</b>", st.body))
    story.append(Paragraph(f"Thủ tục: {esc(dossier.procedure_name)}", st.body))
    story.append(
        Paragraph(
            "Để nâng cao chất lượng phục vụ, xin Ông/Bà vui lòng đánh dấu (X) vào ô phù hợp:",
            st.body,
        )
    )
    narrow = page.narrow
    width = page.frame_width
    box_width = 13 * mm if not narrow else 11 * mm
    widths = [7 * mm, width - 7 * mm - 3 * box_width] + [box_width] * 3
    header = [Paragraph("<b>TT</b>", st.cell_head), Paragraph("<b>Nội dung đánh giá</b>", st.cell_head)]
    header += [Paragraph(f"<b>{esc(choice)}</b>", st.cell_head) for choice in CHOICES]
    rows: list[list[Any]] = [header]
    for number, text in enumerate(CRITERIA, start=1):
        # Plain-string cells (number, tick boxes) cost far less than a Paragraph each.
        rows.append([str(number), Paragraph(esc(text), st.cell), BOX, BOX, BOX])
    table = ruled_table(rows, widths)
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
                ("ALIGN", (0, 1), (0, -1), "CENTER"),
                ("ALIGN", (2, 1), (-1, -1), "CENTER"),
                ("FONTSIZE", (0, 1), (0, -1), st.cell.fontSize),
                ("LEADING", (0, 1), (0, -1), st.cell.leading),
                ("FONTSIZE", (2, 1), (-1, -1), st.size * 1.4),
                ("LEADING", (2, 1), (-1, -1), st.size * 1.4),
            ]
        )
    )
    story.append(table)
    story.append(Spacer(1, 2 * mm))
    story.append(Paragraph(dotted("Ý kiến góp ý khác: ", st.body.fontName, st.size, width), st.body))
    story.append(Paragraph(dotted("", st.body.fontName, st.size, width), st.body))
    online = qr_payload(dossier.code, office.lookup_url)
    hint = (
        "Xin Ông/Bà bỏ phiếu vào hòm phiếu tại Bộ phận tiếp nhận và trả kết quả"
        + (", hoặc quét mã QR để đánh giá trực tuyến." if office.lookup_url else ".")
        + " Xin trân trọng cảm ơn!"
    )
    hint_par = Paragraph(f"<i>{esc(hint)}</i>", st.body)
    barcode = Code128(dossier.code, font=st.body.fontName, font_size=st.size * 0.75, bar_height=7 * mm)
    qr = QRCode(online, size=17 * mm if not narrow else 22 * mm)
    if narrow:
        codes = Table([[hint_par], [barcode], [qr]], colWidths=[width])
    else:
        codes = Table([[[hint_par, barcode], qr]], colWidths=[width - 20 * mm, 20 * mm])
    codes.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    story.append(codes)
    return story
