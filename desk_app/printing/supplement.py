"""Mẫu 02 — Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (what is missing or must be corrected, said once)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from reportlab.platypus import Flowable, Paragraph, Spacer

from desk_app.domain.model import DocumentReceived, Dossier, EventType, OfficeProfile, Procedure
from desk_app.printing.forms_config import FormSpec
from desk_app.printing.toolkit import (
    FormContext,
    PageSpec,
    actor_name,
    applicant_block,
    esc,
    mm,
    ruled_table,
    sign_here,
    signature_block,
    slip_opening,
    styles,
)
from desk_app.printing.wording import counts, latest_event, salutation

# Which column of the table a document kind is counted in.
_COLUMN = {"original": 0, "shown": 0, "certified_copy": 1, "copy": 2}


def items_to_complete(dossier: Dossier, event_items: Iterable[Any] = ()) -> list[DocumentReceived]:
    """The missing (not received) or faulty (with a note) documents; else the event's own item list."""
    items = [doc for doc in dossier.documents if not doc.received or doc.note]
    if items:
        return items
    out = []
    for item in event_items:
        if isinstance(item, str):
            out.append(DocumentReceived(item, received=False))
        elif isinstance(item, dict) and item.get("name"):
            out.append(
                DocumentReceived(
                    str(item["name"]),
                    kind=str(item.get("kind", "original")),
                    count=int(item.get("count", 1) or 1),
                    received=bool(item.get("received", False)),
                    note=str(item.get("note", "")),
                )
            )
    return out


def supplement_story(
    dossier: Dossier,
    procedure: Procedure,
    office: OfficeProfile,
    page: PageSpec,
    spec: FormSpec,
    ctx: FormContext,
) -> list[Flowable]:
    st = styles(page.font_size)
    event = latest_event(dossier.events, EventType.SUPPLEMENT_REQUESTED)
    data = event.data if event else {}
    when = event.at if event else dossier.received_at
    story = slip_opening(dossier.code, office, page, spec, when.date())
    story += applicant_block(dossier.applicant, st, label="Hồ sơ của", request=dossier.procedure_name or procedure.name)
    story.append(Paragraph("Yêu cầu hoàn thiện hồ sơ gồm những nội dung sau:", st.body))
    width = page.frame_width
    count_width = (14 * mm) if not page.narrow else 11 * mm
    widths = [7 * mm, width - 7 * mm - 3 * count_width, count_width, count_width, count_width]
    rows: list[list[Any]] = [
        [
            Paragraph(esc(text), st.cell_head)
            for text in ("TT", "Thành phần hồ sơ", "Bản chính", "Bản chứng thực", "Bản photo")
        ]
    ]
    for number, doc in enumerate(items_to_complete(dossier, data.get("items", ())), start=1):
        problem = "Còn thiếu" if not doc.received else "Cần sửa đổi, bổ sung"
        detail = f"{problem}: {doc.note}" if doc.note else problem
        cells: list[Any] = ["", "", ""]
        cells[_COLUMN.get(doc.kind, 0)] = Paragraph(counts(doc.count), st.cell_centre)
        rows.append(
            [
                Paragraph(str(number), st.cell_centre),
                Paragraph(f"{esc(doc.name)}<br/><i>({esc(detail)})</i>", st.cell),
                *cells,
            ]
        )
    if len(rows) == 1:
        rows.append([Paragraph("1", st.cell_centre), Paragraph("…………………………", st.cell), "", "", ""])
    story.append(ruled_table(rows, widths))
    story.append(Spacer(1, 1.5 * mm))
    reason = str(data.get("reason", "")).strip() or (event.note if event else "")
    story.append(Paragraph(f"Lý do: {esc(reason) or '…………………………………………'}", st.justified))
    instruction = str(data.get("instruction", "")).strip()
    if instruction:
        story.append(Paragraph(f"Hướng dẫn: {esc(instruction)}", st.justified))
    guide = actor_name(event, ctx)
    who = salutation(dossier.applicant) or "Quý cơ quan, tổ chức"
    contact = f"{esc(guide)}, " if guide else ""
    phone = f"số điện thoại {esc(office.phone)} " if office.phone else ""
    story.append(
        Paragraph(
            f"Trong quá trình hoàn thiện hồ sơ nếu có vướng mắc, {esc(who)} liên hệ với {contact}"
            f"Bộ phận tiếp nhận và trả kết quả {esc(office.name)} {phone}để được hướng dẫn.",
            st.justified,
        )
    )
    story.append(Spacer(1, 2 * mm))
    story.append(signature_block([None, sign_here("NGƯỜI HƯỚNG DẪN", guide)], page))
    return story
