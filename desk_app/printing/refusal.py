"""Mẫu 03 — Phiếu từ chối tiếp nhận giải quyết hồ sơ (refusal at the desk, with its reason)."""

from __future__ import annotations

from reportlab.platypus import Flowable, Paragraph, Spacer

from desk_app.domain.model import Dossier, EventType, OfficeProfile, Procedure
from desk_app.printing.forms_config import FormSpec
from desk_app.printing.toolkit import (
    FormContext,
    PageSpec,
    actor_name,
    applicant_block,
    esc,
    mm,
    sign_here,
    signature_block,
    slip_opening,
    styles,
)
from desk_app.printing.wording import latest_event, salutation


def refusal_story(
    dossier: Dossier,
    procedure: Procedure,
    office: OfficeProfile,
    page: PageSpec,
    spec: FormSpec,
    ctx: FormContext,
) -> list[Flowable]:
    st = styles(page.font_size)
    event = latest_event(dossier.events, EventType.REFUSED)
    data = event.data if event else {}
    when = event.at if event else dossier.received_at
    story = slip_opening(dossier.code, office, page, spec, when.date())
    story.append(Paragraph(f"Bộ phận tiếp nhận và trả kết quả: {esc(office.name)}", st.body))
    story += applicant_block(dossier.applicant, st, request=dossier.procedure_name or procedure.name)
    reason = str(data.get("reason", "")).strip() or (event.note if event else "")
    story.append(
        Paragraph(
            "Sau khi xem xét hồ sơ, đối chiếu với các quy định hiện hành, Bộ phận tiếp nhận và trả kết quả "
            "không tiếp nhận, giải quyết hồ sơ này với lý do cụ thể như sau:",
            st.justified,
        )
    )
    story.append(Paragraph(f"<b>{esc(reason) or '…………………………………………………………'}</b>", st.justified))
    who = salutation(dossier.applicant) or "Quý cơ quan, tổ chức"
    story.append(Paragraph(f"Xin thông báo để {esc(who)} được biết và thực hiện./.", st.body))
    story.append(Spacer(1, 2 * mm))
    receiver = actor_name(event, ctx)
    story.append(
        signature_block(
            [sign_here("NGƯỜI NỘP HỒ SƠ", dossier.applicant.full_name), sign_here("NGƯỜI TIẾP NHẬN HỒ SƠ", receiver)],
            page,
        )
    )
    return story
