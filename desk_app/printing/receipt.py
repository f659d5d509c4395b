"""Mẫu 01 — Giấy tiếp nhận hồ sơ và hẹn trả kết quả (receipt and appointment slip), A5 or 80 mm roll."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from desk_app.domain.model import Dossier, EventType, OfficeProfile, Procedure
from desk_app.printing.document import Part
from desk_app.printing.forms_config import FormSpec
from desk_app.printing.toolkit import (
    FormContext,
    PageSpec,
    actor_name,
    applicant_block,
    codes_block,
    esc,
    mm,
    national_header,
    sign_here,
    signature_block,
    styles,
    title_block,
    top_labels,
)
from desk_app.printing.wording import (
    KIND_LABELS,
    counts,
    datetime_words,
    due_words,
    fee_text,
    latest_event,
    return_place,
)

COPY_LABELS = ("Liên 1: Lưu", "Liên 2: Giao người nộp hồ sơ")


def receipt_copy(
    dossier: Dossier,
    procedure: Procedure,
    office: OfficeProfile,
    page: PageSpec,
    spec: FormSpec,
    copy_label: str,
    receiver: str,
) -> list[Flowable]:
    """One copy of the receipt (both copies are identical but for the ``Liên`` label)."""
    st = styles(page.font_size)
    story: list[Flowable] = [top_labels(copy_label, spec.number, page)]
    story += national_header(office, page, date=dossier.received_at.date())
    story += title_block(spec, page)
    story.append(codes_block(dossier.code, office, page))
    story.append(Spacer(1, 1.5 * mm))
    story += applicant_block(dossier.applicant, st, request=dossier.procedure_name or procedure.name)
    story.append(Paragraph("1. Thành phần hồ sơ nộp gồm:", st.body))
    documents = [doc for doc in dossier.documents if doc.received]
    if not documents:
        story.append(Paragraph("…………………………………………", st.indent))
    for number, doc in enumerate(documents, start=1):
        kind = KIND_LABELS.get(doc.kind, doc.kind)
        note = f" <i>({esc(doc.note)})</i>" if doc.note else ""
        story.append(Paragraph(f"{number}) {esc(doc.name)} – {esc(kind)}: {counts(doc.count)}{note}", st.indent))
    story.append(Spacer(1, st.size * 0.25))
    story.append(Paragraph(f"2. Số lượng hồ sơ: {counts(dossier.sets)} (bộ)", st.body))
    story.append(Paragraph(f"3. Thời gian giải quyết hồ sơ theo quy định là: {esc(procedure.time_label)}", st.body))
    story.append(Paragraph(f"4. Thời gian nhận hồ sơ: {datetime_words(dossier.received_at)}", st.body))
    story.append(
        Paragraph(
            f"5. Thời gian trả kết quả giải quyết hồ sơ: <b>{due_words(dossier.due_date, office.return_time)}</b>",
            st.body,
        )
    )
    story.append(Paragraph(f"6. Nhận kết quả tại: {esc(return_place(dossier, office))}", st.body))
    story.append(Paragraph(f"Lệ phí: <b>{esc(fee_text(dossier.fee))}</b>", st.body))
    entry = f"{dossier.book_number:02d}" if dossier.book_number else "………"
    volume = str(dossier.book_year) if dossier.book_year else "………"
    story.append(Paragraph(f"Vào Sổ theo dõi hồ sơ, Quyển số: {volume}, Số thứ tự: {entry}", st.body))
    story.append(Spacer(1, 2 * mm))
    story.append(
        signature_block(
            [
                sign_here("NGƯỜI NỘP HỒ SƠ", dossier.applicant.full_name),
                sign_here("NGƯỜI TIẾP NHẬN HỒ SƠ", receiver),
            ],
            page,
            space=14 * mm if not page.narrow else 12 * mm,
        )
    )
    return story


def receipt_parts(
    dossier: Dossier,
    procedure: Procedure,
    office: OfficeProfile,
    spec: FormSpec,
    ctx: FormContext,
) -> list[Part]:
    """Both copies, each on its own page: one stays with the dossier, one goes to the applicant."""
    receiver = actor_name(latest_event(dossier.events, EventType.RECEIVED), ctx)
    bodies: dict[float, list[Flowable]] = {}

    def copy_of(label: str) -> Part:
        def build(page: PageSpec) -> list[Flowable]:
            # The copies differ only in their label line: parse the body once, draw it twice.
            if page.font_size not in bodies:
                bodies[page.font_size] = receipt_copy(dossier, procedure, office, page, spec, "", receiver)[1:]
            return [top_labels(label, spec.number, page), *bodies[page.font_size]]

        return Part(build, one_page=True)

    return [copy_of(label) for label in COPY_LABELS]
