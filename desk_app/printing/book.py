"""Mẫu 06 — Sổ theo dõi hồ sơ (the tracking book), A4 landscape, one row per dossier."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer

from desk_app.domain.model import Dossier, EventType, OfficeProfile, Status
from desk_app.printing.forms_config import FormSpec
from desk_app.printing.grid import Grid
from desk_app.printing.toolkit import (
    FONT,
    FONT_BOLD,
    PageSpec,
    esc,
    mm,
    national_header,
    styles,
    title_block,
    top_labels,
)
from desk_app.printing.wording import RESOLUTION_LABELS, short_date, short_datetime

# (title, share of the table width, alignment); the shares add up to 1.
COLUMNS = (
    ("TT", 0.035, "CENTER"),
    ("Mã hồ sơ", 0.085, "LEFT"),
    ("Tên thủ tục hành chính", 0.16, "LEFT"),
    ("Tên cá nhân, tổ chức", 0.105, "LEFT"),
    ("Địa chỉ, số điện thoại", 0.125, "LEFT"),
    ("Nhận hồ sơ (giờ, ngày)", 0.065, "CENTER"),
    ("Hẹn trả kết quả", 0.065, "CENTER"),
    ("Chuyển hồ sơ đến cơ quan, người giải quyết", 0.1, "LEFT"),
    ("Ngày có kết quả", 0.065, "CENTER"),
    ("Trả kết quả (ngày)", 0.065, "CENTER"),
    ("Ký nhận", 0.055, "CENTER"),
    ("Ghi chú", 0.075, "LEFT"),
)
_NOTES = {
    Status.REFUSED: "Từ chối tiếp nhận",
    Status.WITHDRAWN: "Đã rút hồ sơ",
    Status.SUPPLEMENT_REQUESTED: "Chờ bổ sung",
}


def _handed_to(dossier: Dossier, user_names: Mapping[str, str]) -> str:
    """The first hand-over after receipt: to whom (or which agency) and when."""
    for event in sorted(dossier.events, key=lambda e: (e.at, e.seq)):
        if event.type is EventType.TRANSFERRED:
            user = str(event.data.get("to_user", ""))
            to = user_names.get(user) or str(event.data.get("to_name", "")) or user
            return f"{to}, {short_date(event.at)}"
        if event.type is EventType.SENT_TO_AGENCY:
            return f"{event.data.get('agency', '')}, {short_date(event.at)}"
    if dossier.agency:
        return dossier.agency
    return user_names.get(dossier.holder, dossier.holder)


def book_row(number: int, dossier: Dossier, user_names: Mapping[str, str] | None = None) -> list[str]:
    applicant = dossier.applicant
    contact = ", ".join(part for part in (applicant.address, applicant.phone) if part)
    notes = [text for text in (_NOTES.get(dossier.status, ""),) if text]
    if dossier.resolution is not None:
        notes.append(RESOLUTION_LABELS[dossier.resolution])
    if dossier.apology_due_date:
        notes.append(f"Hẹn lại {short_date(dossier.apology_due_date)}")
    if dossier.note:
        notes.append(dossier.note)
    collected = str(next((e.data.get("collected_by", "") for e in dossier.events if e.type is EventType.RETURNED), ""))
    return [
        f"{dossier.book_number or number:02d}",
        dossier.code,
        dossier.procedure_name,
        applicant.organisation or applicant.full_name,
        contact,
        short_datetime(dossier.received_at),
        short_date(dossier.due_date),
        _handed_to(dossier, user_names or {}),
        short_date(dossier.result_at),
        short_date(dossier.returned_at),
        collected,
        "; ".join(notes),
    ]


def book_story(
    dossiers: Sequence[Dossier],
    office: OfficeProfile,
    date_from: dt.date,
    date_to: dt.date,
    page: PageSpec,
    spec: FormSpec,
    *,
    user_names: Mapping[str, str] | None = None,
) -> list[Flowable]:
    st = styles(page.font_size)
    story: list[Flowable] = [top_labels("", spec.number, page)]
    story += national_header(office, page, date=date_to, show_date=False)
    story += title_block(spec, page)
    years = sorted({d.book_year for d in dossiers if d.book_year})
    volume = f"Năm {years[0]}" if len(years) == 1 else ""
    period = f"Từ ngày {short_date(date_from)} đến ngày {short_date(date_to)}"
    story.append(Paragraph(esc(f"{volume} – {period}" if volume else period), st.centre_italic))
    story.append(Spacer(1, 3 * mm))
    width = page.frame_width
    widths = [width * share for _, share, _ in COLUMNS]
    header = [[title for title, _, _ in COLUMNS], [f"({i})" for i in range(1, len(COLUMNS) + 1)]]
    names = user_names or {}
    rows = [book_row(number, dossier, names) for number, dossier in enumerate(dossiers, start=1)]
    size = page.font_size * 0.75
    story.append(
        Grid(
            widths,
            header,
            rows,
            font=FONT,
            bold_font=FONT_BOLD,
            size=size,
            header_size=size,
            aligns=[align for _, _, align in COLUMNS],
            min_row_height=9 * mm,
        )
    )
    return story
