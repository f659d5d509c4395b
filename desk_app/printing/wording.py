"""Vietnamese wording shared by the printed forms: dates, document kinds, fees, salutations."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from desk_app.domain.amounts import amount_in_words, format_amount
from desk_app.domain.model import (
    Applicant,
    Dossier,
    Event,
    EventType,
    FeeRule,
    OfficeProfile,
    Resolution,
    ReturnMethod,
)

DESK_SECTION = "BỘ PHẬN TIẾP NHẬN VÀ TRẢ KẾT QUẢ"
NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
SIGN_HINT = "(Ký và ghi rõ họ tên)"
COPY_MARK = "IN LẠI – BẢN SAO"
BLANK = "…………"

KIND_LABELS = {
    "original": "Bản chính",
    "copy": "Bản sao",
    "certified_copy": "Bản sao chứng thực",
    "shown": "Bản chính (xuất trình để đối chiếu)",
}
RESOLUTION_LABELS = {
    Resolution.EARLY: "Trước hạn",
    Resolution.ON_TIME: "Đúng hạn",
    Resolution.LATE: "Quá hạn",
}


def two(n: int) -> str:
    """Two digits: days, hours and minutes on forms (``05``)."""
    return f"{n:02d}"


def _month(m: int) -> str:
    # Decree 30/2020/NĐ-CP: a leading zero for days below 10 and for months 1 and 2 only.
    return f"{m:02d}" if m < 3 else str(m)


def date_words(d: dt.date | None) -> str:
    """``ngày 05 tháng 01 năm 2026`` (``ngày …… tháng …… năm ………`` when unknown, to fill by hand)."""
    if d is None:
        return "ngày …… tháng …… năm ………"
    return f"ngày {two(d.day)} tháng {_month(d.month)} năm {d.year}"


def time_words(hour: int | None, minute: int | None) -> str:
    if hour is None or minute is None:
        return "…… giờ …… phút"
    return f"{two(hour)} giờ {two(minute)} phút"


def datetime_words(t: dt.datetime | None) -> str:
    """``08 giờ 30 phút, ngày 23 tháng 11 năm 2026``."""
    if t is None:
        return f"{time_words(None, None)}, {date_words(None)}"
    return f"{time_words(t.hour, t.minute)}, {date_words(t.date())}"


def due_words(d: dt.date | None, return_time: str) -> str:
    """The appointment: the office's return time of day on the due date."""
    hour, minute = parse_hhmm(return_time)
    if d is None:
        return datetime_words(None)
    return f"{time_words(hour, minute)}, {date_words(d)}"


def parse_hhmm(text: str) -> tuple[int | None, int | None]:
    try:
        hour, minute = (int(part) for part in text.strip().split(":", 1))
    except ValueError:
        return None, None
    return hour, minute


def place_date(place: str, d: dt.date | None) -> str:
    """``Tiến Thành, ngày 23 tháng 11 năm 2026``."""
    where = place.strip() or "…………"
    return f"{where}, {date_words(d)}"


def short_date(d: dt.date | dt.datetime | None) -> str:
    if d is None:
        return ""
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def short_datetime(t: dt.datetime | None) -> str:
    if t is None:
        return ""
    return f"{t.hour:02d}:{t.minute:02d} {short_date(t)}"


def salutation(applicant: Applicant) -> str:
    """``Ông``, ``Bà`` or ``Ông/Bà``; an organisation is addressed by its name alone."""
    if applicant.organisation:
        return ""
    return {"Nam": "Ông", "Nữ": "Bà"}.get(applicant.sex, "Ông/Bà")


def applicant_name(applicant: Applicant) -> str:
    if applicant.organisation and applicant.full_name:
        return f"{applicant.organisation} (người đại diện: {applicant.full_name})"
    return applicant.organisation or applicant.full_name


def fee_text(amount: int) -> str:
    """``50.000 đ (Năm mươi nghìn đồng)``; ``Không`` when nothing is due."""
    if amount <= 0:
        return "Không"
    return f"{format_amount(amount)} ({amount_in_words(amount, capitalize=True)})"


def fee_rule_text(rule: FeeRule) -> str:
    """A catalog fee rule in words, for the public listing and the guides."""
    if rule.kind == "free":
        text = "Không"
    elif rule.kind == "fixed":
        text = f"{format_amount(rule.amount)}/trường hợp"
    elif rule.kind == "per_copy":
        text = f"{format_amount(rule.amount)}/bản"
    elif rule.kind == "per_page":
        text = f"{format_amount(rule.amount)}/trang"
        if rule.first_pages:
            text = f"{format_amount(rule.amount)}/trang cho {rule.first_pages} trang đầu"
            if rule.next_amount:
                text += f", từ trang thứ {rule.first_pages + 1} trở đi {format_amount(rule.next_amount)}/trang"
        if rule.cap:
            text += f", tối đa {format_amount(rule.cap)}/bản"
    else:
        text = rule.kind
    return f"{text}. {rule.note}" if rule.note else text


def return_place(dossier: Dossier, office: OfficeProfile) -> str:
    """Where the applicant collects the result (item 6 of the receipt)."""
    if dossier.return_method is ReturnMethod.POSTAL:
        address = dossier.applicant.address or BLANK
        return f"Qua dịch vụ bưu chính công ích, tại địa chỉ: {address}"
    if dossier.return_method is ReturnMethod.ONLINE:
        return "Trực tuyến, qua tài khoản dịch vụ công của người nộp hồ sơ"
    place = f"Bộ phận tiếp nhận và trả kết quả, {office.name}" if office.name else "Bộ phận tiếp nhận và trả kết quả"
    return f"{place}, {office.address}" if office.address else place


def latest_event(events: Iterable[Event], *types: EventType) -> Event | None:
    found: Event | None = None
    for event in events:
        if event.type in types and (found is None or event.at >= found.at):
            found = event
    return found


def parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str) and value:
        try:
            return dt.date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def counts(n: int) -> str:
    """Counts on forms are written with two digits: ``01``."""
    return f"{n:02d}"
