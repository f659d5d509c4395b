"""Mẫu 05 — Phiếu kiểm soát quá trình giải quyết hồ sơ (the hand-over log that travels with a dossier)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Spacer

from desk_app.domain.lifecycle import ROLE_LABELS, classify
from desk_app.domain.model import Dossier, Event, EventType, OfficeProfile, Procedure, Role
from desk_app.printing.forms_config import FormSpec
from desk_app.printing.toolkit import (
    FormContext,
    PageSpec,
    Table,
    TableStyle,
    codes_block,
    esc,
    field,
    mm,
    national_header,
    ruled_table,
    styles,
    title_block,
    top_labels,
)
from desk_app.printing.wording import RESOLUTION_LABELS, datetime_words, due_words

DESK = "Bộ phận TN&TKQ"
HAND_OVERS = (
    EventType.TRANSFERRED,
    EventType.SENT_TO_AGENCY,
    EventType.BACK_FROM_AGENCY,
    EventType.RESULT_READY,
    EventType.RETURNED,
)
MIN_ROWS = 4  # an open dossier's sheet keeps blank rows for the hand-overs still to come


@dataclass(frozen=True)
class HandOver:
    giver: str
    receiver: str
    event: Event | None
    result: str
    note: str


def hand_overs(dossier: Dossier, ctx: FormContext) -> list[HandOver]:
    """One line per hand-over, in time order, from the dossier's events."""
    roles: dict[str, str] = {}
    events = sorted(dossier.events, key=lambda e: (e.at, e.seq))
    for event in events:
        if event.type is EventType.RECEIVED:
            roles.setdefault(event.actor, DESK)

    def who(username: str, fallback: str = "") -> str:
        name = ctx.name_of(username, fallback)
        unit = roles.get(username)
        return f"{name} ({unit})" if unit and unit != name else name

    due = dossier.base_due_date or dossier.due_date
    out: list[HandOver] = []
    for event in events:
        if event.type not in HAND_OVERS:
            continue
        data = event.data
        if event.type is EventType.TRANSFERRED:
            to_user = str(data.get("to_user", ""))
            role = str(data.get("to_role", ""))
            try:
                roles[to_user] = ROLE_LABELS[Role(role)]
            except ValueError:
                pass
            giver, receiver = who(event.actor), who(to_user, str(data.get("to_name", "")))
        elif event.type is EventType.SENT_TO_AGENCY:
            giver, receiver = who(event.actor), str(data.get("agency", "")) or "Cơ quan phối hợp"
        elif event.type is EventType.BACK_FROM_AGENCY:
            giver, receiver = str(data.get("agency", "")) or "Cơ quan phối hợp", who(event.actor)
        elif event.type is EventType.RESULT_READY:
            giver, receiver = who(event.actor), DESK
        else:  # RETURNED
            collected = str(data.get("collected_by", "")) or dossier.applicant.full_name
            giver, receiver = who(event.actor), f"{collected} (người nhận kết quả)"
        result = RESOLUTION_LABELS[classify(event.at.date(), due)] if due else ""
        out.append(HandOver(giver, receiver, event, result, event.note))
    return out


def control_story(
    dossier: Dossier,
    procedure: Procedure,
    office: OfficeProfile,
    page: PageSpec,
    spec: FormSpec,
    ctx: FormContext,
) -> list[Flowable]:
    st = styles(page.font_size)
    story: list[Flowable] = [top_labels("", spec.number, page)]
    story += national_header(office, page, date=dossier.received_at.date())
    story += title_block(spec, page)
    story.append(codes_block(dossier.code, office, page))
    story.append(Spacer(1, 1 * mm))
    story.append(Paragraph("<i>(Kèm theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả)</i>", st.centre))
    agencies = sorted(
        {str(e.data.get("agency", "")) for e in dossier.events if e.type is EventType.SENT_TO_AGENCY} - {""}
    ) or ([procedure.receiving_agency] if procedure.receiving_agency else [])
    story.append(field("Cơ quan (bộ phận) giải quyết hồ sơ", office.name, st))
    story.append(field("Cơ quan phối hợp giải quyết hồ sơ", "; ".join(agencies), st))
    story.append(field("Người nộp hồ sơ", dossier.applicant.full_name, st, bold=True))
    story.append(field("Thủ tục", dossier.procedure_name or procedure.name, st))
    story.append(field("Nhận hồ sơ lúc", datetime_words(dossier.received_at), st))
    story.append(field("Hẹn trả kết quả", due_words(dossier.base_due_date or dossier.due_date, office.return_time), st))
    if dossier.apology_due_date:
        story.append(field("Hẹn lại (có phiếu xin lỗi)", due_words(dossier.apology_due_date, office.return_time), st))
    story.append(Spacer(1, 1.5 * mm))
    story.append(_table(dossier, page, ctx))
    return story


def _table(dossier: Dossier, page: PageSpec, ctx: FormContext) -> Table:
    st = styles(page.font_size)
    width = page.frame_width
    widths = [width * 0.31, width * 0.32, width * 0.19, width * 0.18]
    header = [
        Paragraph("TÊN CƠ QUAN", st.cell_head),
        Paragraph("THỜI GIAN GIAO, NHẬN HỒ SƠ", st.cell_head),
        Paragraph(
            "KẾT QUẢ GIẢI QUYẾT HỒ SƠ<br/><font size=-1.5><i>(Trước hạn/ đúng hạn/ quá hạn)</i></font>", st.cell_head
        ),
        Paragraph("GHI CHÚ", st.cell_head),
    ]
    rows: list[list[Any]] = [header]
    steps = hand_overs(dossier, ctx)
    blank_rows = max(0, MIN_ROWS - len(steps)) if dossier.is_open else 0
    sign_style = ParagraphStyle(
        "sign", parent=st.cell_centre, fontName=st.centre_italic.fontName, fontSize=st.size * 0.78
    )
    sign_width = widths[1] - 6
    for number, step in enumerate([*steps, *[None] * blank_rows], start=1):
        giver = esc(step.giver) if step else "…………………"
        receiver = esc(step.receiver) if step else "…………………"
        name_cell = Paragraph(f"{number}. Giao: {giver}<br/>&nbsp;&nbsp;&nbsp;&nbsp;Nhận: {receiver}", st.cell)
        when = datetime_words(step.event.at if step and step.event else None)
        signs = Table(
            [[Paragraph("Người giao", sign_style), Paragraph("Người nhận", sign_style)]],
            colWidths=[sign_width / 2, sign_width / 2],
            rowHeights=[9 * mm],
        )
        signs.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                    ("TOPPADDING", (0, 0), (-1, -1), 1),
                ]
            )
        )
        rows.append(
            [
                name_cell,
                [Paragraph(esc(when), st.cell_centre), signs],
                Paragraph(esc(step.result) if step else "", st.cell_centre),
                Paragraph(esc(step.note) if step else "", st.cell),
            ]
        )
    return ruled_table(rows, widths)
