"""Mẫu 04 — Phiếu xin lỗi và hẹn lại ngày trả kết quả (apology for a late dossier, signed by the head)."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from desk_app.domain.model import Dossier, EventType, OfficeProfile, Procedure
from desk_app.printing.forms_config import FormSpec
from desk_app.printing.toolkit import (
    FONT_BOLD_ITALIC,
    FormContext,
    PageSpec,
    Table,
    TableStyle,
    esc,
    field,
    mm,
    slip_opening,
    styles,
)
from desk_app.printing.wording import (
    applicant_name,
    date_words,
    due_words,
    latest_event,
    parse_date,
    salutation,
)


def apology_story(
    dossier: Dossier,
    procedure: Procedure,
    office: OfficeProfile,
    page: PageSpec,
    spec: FormSpec,
    ctx: FormContext,
) -> list[Flowable]:
    st = styles(page.font_size)
    event = latest_event(dossier.events, EventType.APOLOGIZED)
    data = event.data if event else {}
    when = event.at.date() if event else None
    new_due = parse_date(data.get("new_due_date")) or dossier.apology_due_date
    original_due = dossier.base_due_date or dossier.due_date
    applicant = dossier.applicant
    who = salutation(applicant) or "Quý cơ quan, tổ chức"
    office_name = office.name or "Cơ quan"
    story = slip_opening(dossier.code, office, page, spec, when, section="")
    title = f"{who} " if salutation(applicant) else ""
    story.append(Paragraph(f"Kính gửi: {esc(title)}<b>{esc(applicant_name(applicant))}</b>", st.body))
    story.append(field("Địa chỉ", applicant.address, st))
    story.append(field("Số điện thoại", applicant.phone, st))
    story.append(
        Paragraph(
            f"Ngày {esc(date_words(dossier.received_at.date()).removeprefix('ngày '))}, {esc(office_name)} "
            f"tiếp nhận hồ sơ đề nghị giải quyết thủ tục <b>{esc(dossier.procedure_name or procedure.name)}</b> "
            f"của {esc(who)}, mã hồ sơ: <b>{esc(dossier.code)}</b>.",
            st.justified,
        )
    )
    story.append(
        Paragraph(
            f"Thời hạn trả kết quả giải quyết hồ sơ: {due_words(original_due, office.return_time)}.", st.justified
        )
    )
    reason = str(data.get("reason", "")).strip() or (event.note if event else "")
    story.append(
        Paragraph(
            f"Nhưng đến nay, {esc(office_name)} chưa trả kết quả giải quyết hồ sơ cho {esc(who)}. "
            f"Lý do: {esc(reason) or '…………………………………………'}",
            st.justified,
        )
    )
    story.append(
        Paragraph(
            f"Sự chậm trễ này đã gây phiền hà, tốn kém chi phí đi lại của {esc(who)}. "
            f"{esc(office_name)} xin lỗi {esc(who)} và sẽ trả kết quả giải quyết hồ sơ cho {esc(who)} "
            f"vào <b>{due_words(new_due, office.return_time)}</b>.",
            st.justified,
        )
    )
    story.append(Paragraph(f"Xin trân trọng cảm ơn sự hợp tác của {esc(who)}./.", st.body))
    story.append(Spacer(1, 2 * mm))
    small = ParagraphStyle("recipients", parent=st.small, leading=st.small.fontSize * 1.25)
    recipients = [
        Paragraph("<b><i>Nơi nhận:</i></b>", ParagraphStyle("nn", parent=small, fontName=FONT_BOLD_ITALIC)),
        Paragraph("- Như trên;", small),
        Paragraph("- Bộ phận tiếp nhận và trả kết quả;", small),
        Paragraph("- Lưu: VT, hồ sơ.", small),
    ]
    signer = [
        Paragraph("<b>THỦ TRƯỞNG CƠ QUAN</b>", st.centre),
        Paragraph(
            "(Ký, ghi rõ họ tên và đóng dấu)", ParagraphStyle("hint", parent=st.centre_italic, fontSize=st.size * 0.9)
        ),
        Spacer(1, 18 * mm),
        Paragraph(f"<b>{esc(str(data.get('signer', '')))}</b>", st.centre),
    ]
    width = page.frame_width
    table = Table([[recipients, signer]], colWidths=[width * 0.45, width * 0.55])
    table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    story.append(table)
    return story
