"""Dossier codes `<agency code>-<YYMMDD>-<XXXX>` (Circular 01/2018/TT-VPCP, art. 19).

The agency code follows Circular 10/2016/TT-BTTTT (``V1V2V3.Z1Z2.Y1Y2.MX1X2``, e.g.
``000.21.22.H56``). Desks of one office work offline, so the 4-digit daily sequence is
partitioned: its first digit is the desk number (1–9), the last three the desk's own sequence
(001–999) that day. Codes therefore never clash between desks.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from desk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError

AGENCY_GROUP_LENGTHS = (3, 2, 2, 3)
AGENCY_EXAMPLE = "000.21.22.H56"
MAX_SEQ = 999

_GROUP = re.compile(r"[A-Z0-9]+")
_CODE = re.compile(r"[A-Z0-9]{3}\.[A-Z0-9]{2}\.[A-Z0-9]{2}\.[A-Z0-9]{3}-[0-9]{6}-[1-9](?!000)[0-9]{3}")


@dataclass(frozen=True)
class DossierCodeParts:
    """The pieces of a dossier code."""

    agency_code: str
    day: date
    desk_number: int
    seq: int


def validate_agency_code(code: str) -> str:
    """Check an agency code of shape 3.2.2.3 letters/digits; return it upper-cased, unspaced."""
    text = "".join(code.split()).upper() if isinstance(code, str) else ""
    if not text:
        raise ValidationError(
            "agency_code.empty",
            QT_TRANSLATE_NOOP("messages", "Chưa nhập mã cơ quan (dạng {example})."),
            field="agency_code",
            example=AGENCY_EXAMPLE,
        )
    groups = text.split(".")
    if len(groups) != len(AGENCY_GROUP_LENGTHS):
        raise ValidationError(
            "agency_code.groups",
            QT_TRANSLATE_NOOP(
                "messages",
                "Mã cơ quan '{value}' phải gồm 4 nhóm ngăn bởi dấu chấm (dạng {example}), đã nhập {count} nhóm.",
            ),
            field="agency_code",
            value=text,
            example=AGENCY_EXAMPLE,
            count=len(groups),
        )
    for index, (group, length) in enumerate(zip(groups, AGENCY_GROUP_LENGTHS, strict=True), start=1):
        if len(group) != length or not group.isascii() or not _GROUP.fullmatch(group):
            raise ValidationError(
                "agency_code.group",
                QT_TRANSLATE_NOOP(
                    "messages",
                    "Nhóm thứ {index} của mã cơ quan '{value}' phải gồm đúng {length} chữ cái in"
                    " hoa hoặc chữ số (đang là '{group}'; ví dụ {example}).",
                ),
                field="agency_code",
                index=index,
                value=text,
                length=length,
                group=group,
                example=AGENCY_EXAMPLE,
            )
    return text


def _check_desk(desk_number: int) -> None:
    if isinstance(desk_number, bool) or not isinstance(desk_number, int) or not 1 <= desk_number <= 9:
        raise ValidationError(
            "dossier_code.desk",
            QT_TRANSLATE_NOOP("messages", "Số hiệu quầy phải từ 1 đến 9 (đang là {value})."),
            field="desk_number",
            value=desk_number,
        )


def format_dossier_code(agency_code: str, day: date, desk_number: int, seq: int) -> str:
    """``<agency>-<YYMMDD>-<desk><seq:03>``, e.g. ``000.21.22.H56-260213-1007``."""
    agency = validate_agency_code(agency_code)
    _check_desk(desk_number)
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 1:
        raise ValidationError(
            "dossier_code.seq",
            QT_TRANSLATE_NOOP("messages", "Số thứ tự hồ sơ trong ngày phải từ 1 (đang là {value})."),
            field="seq",
            value=seq,
        )
    if seq > MAX_SEQ:
        raise ValidationError(
            "dossier_code.seq_full",
            QT_TRANSLATE_NOOP(
                "messages",
                "Quầy {desk} đã cấp hết {max} mã hồ sơ của ngày {day}; không cấp thêm được.",
            ),
            field="seq",
            desk=desk_number,
            max=MAX_SEQ,
            day=f"{day.day:02d}/{day.month:02d}/{day.year}",
        )
    if not 2000 <= day.year <= 2099:
        raise ValidationError(
            "dossier_code.year",
            QT_TRANSLATE_NOOP("messages", "Năm {year} nằm ngoài khoảng mã hồ sơ (2000–2099)."),
            field="day",
            year=day.year,
        )
    return f"{agency}-{day:%y%m%d}-{desk_number}{seq:03d}"


def parse_dossier_code(text: str) -> DossierCodeParts:
    """Split a dossier code into its parts; raise :class:`ValidationError` naming the bad part."""
    raw = text.strip().upper() if isinstance(text, str) else ""
    pieces = raw.rsplit("-", 2)
    if len(pieces) != 3:
        raise ValidationError(
            "dossier_code.shape",
            QT_TRANSLATE_NOOP(
                "messages",
                "Mã hồ sơ '{value}' không đúng dạng <mã cơ quan>-<YYMMDD>-<số thứ tự 4 chữ số>"
                " (ví dụ {example}-260213-1001).",
            ),
            field="code",
            value=raw,
            example=AGENCY_EXAMPLE,
        )
    agency_raw, day_raw, seq_raw = pieces
    agency = validate_agency_code(agency_raw)
    day: date | None = None
    if len(day_raw) == 6 and day_raw.isascii() and day_raw.isdigit():
        try:
            day = date(2000 + int(day_raw[:2]), int(day_raw[2:4]), int(day_raw[4:]))
        except ValueError:
            day = None
    if day is None:
        raise ValidationError(
            "dossier_code.day",
            QT_TRANSLATE_NOOP("messages", "Ngày trong mã hồ sơ '{value}' không hợp lệ (cần YYMMDD có thật)."),
            field="code",
            value=day_raw,
        )
    if not (len(seq_raw) == 4 and seq_raw.isascii() and seq_raw.isdigit()):
        raise ValidationError(
            "dossier_code.seq_shape",
            QT_TRANSLATE_NOOP("messages", "Số thứ tự trong mã hồ sơ phải gồm đúng 4 chữ số (đang là '{value}')."),
            field="code",
            value=seq_raw,
        )
    desk, seq = int(seq_raw[0]), int(seq_raw[1:])
    if desk == 0:
        raise ValidationError(
            "dossier_code.desk",
            QT_TRANSLATE_NOOP(
                "messages",
                "Chữ số đầu của số thứ tự là số hiệu quầy, phải từ 1 đến 9 (đang là '{value}').",
            ),
            field="code",
            value=seq_raw,
        )
    if seq == 0:
        raise ValidationError(
            "dossier_code.seq",
            QT_TRANSLATE_NOOP("messages", "Ba chữ số cuối của số thứ tự phải từ 001 đến 999 (đang là '{value}')."),
            field="code",
            value=seq_raw,
        )
    return DossierCodeParts(agency_code=agency, day=day, desk_number=desk, seq=seq)


def looks_like_dossier_code(text: str) -> bool:
    """Whether scanner input looks like a dossier code (whitespace and lower case tolerated)."""
    return isinstance(text, str) and _CODE.fullmatch(text.strip().upper()) is not None
