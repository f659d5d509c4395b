"""Printing use cases: a dossier's forms (01–05), the tracking book, the catalog listing and guides."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

from desk_app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk_app.domain.model import Dossier, EventType, Procedure, Status, User
from desk_app.printing.document import Out

if TYPE_CHECKING:
    from desk_app.services.core import Services

FORMS = ("receipt", "supplement", "refusal", "apology", "control")

FORM_LABELS = {
    "receipt": QT_TRANSLATE_NOOP("messages", "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"),
    "supplement": QT_TRANSLATE_NOOP("messages", "Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ"),
    "refusal": QT_TRANSLATE_NOOP("messages", "Phiếu từ chối tiếp nhận giải quyết hồ sơ"),
    "apology": QT_TRANSLATE_NOOP("messages", "Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
    "control": QT_TRANSLATE_NOOP("messages", "Phiếu kiểm soát quá trình giải quyết hồ sơ"),
}


def _has_event(d: Dossier, type_: EventType) -> bool:
    return any(e.type is type_ for e in d.events)



# Slips that only exist once their event happened: (event, error code, message).
_NEEDS_EVENT: dict[str, tuple[EventType, str, str]] = {
    "supplement": (EventType.SUPPLEMENT_REQUESTED, "print_no_supplement", QT_TRANSLATE_NOOP(
        "messages", "Hồ sơ {code} không có yêu cầu bổ sung nào để in Phiếu yêu cầu bổ sung.")),
    "refusal": (EventType.REFUSED, "print_not_refused", QT_TRANSLATE_NOOP(
        "messages", "Hồ sơ {code} không bị từ chối tiếp nhận nên không có Phiếu từ chối.")),
    "apology": (EventType.APOLOGIZED, "print_no_apology", QT_TRANSLATE_NOOP(
        "messages", "Hồ sơ {code} chưa ghi nhận xin lỗi, hẹn lại nên chưa in được Phiếu xin lỗi.")),
}


class PrintService:
    def __init__(self, services: Services) -> None:
        self.s = services

    # --- helpers ---------------------------------------------------------------------------------
    def _procedure_for(self, d: Dossier) -> Procedure:
        p = self.s.catalog.get(d.procedure_code)
        if p is None:  # a procedure since removed from the catalog: print with what the dossier knows
            p = Procedure(code=d.procedure_code, name=d.procedure_name, field=d.field)
        return p

    def _user_names(self) -> dict[str, str]:
        return {u.username: u.full_name for u in self.s.auth.list_users()}

    @staticmethod
    def _check_form(form: str, d: Dossier) -> None:
        if form not in FORMS:
            raise ValidationError(
                "print_form_unknown",
                QT_TRANSLATE_NOOP("messages", "Mẫu in «{form}» không có; chọn một trong: {forms}."),
                field="form", form=form, forms=", ".join(FORMS),
            )
        accepted = d.book_number is not None or _has_event(d, EventType.RECEIVED) or _has_event(
            d, EventType.SUPPLEMENT_RECEIVED) or _has_event(d, EventType.IMPORTED)
        if form in ("receipt", "control"):
            if d.status is Status.REFUSED:
                raise ValidationError(
                    "print_refused_dossier",
                    QT_TRANSLATE_NOOP("messages", "Hồ sơ {code} đã bị từ chối tiếp nhận: chỉ in được Phiếu từ chối."),
                    code=d.code,
                )
            if not accepted:
                raise ValidationError(
                    "print_not_accepted",
                    QT_TRANSLATE_NOOP("messages",
                                      "Hồ sơ {code} chưa được tiếp nhận (đang chờ bổ sung) nên chưa in được «{form}»."),
                    code=d.code, form=FORM_LABELS[form],
                )
        elif form in _NEEDS_EVENT:
            event_type, error_code, template = _NEEDS_EVENT[form]
            if not _has_event(d, event_type):
                raise ValidationError(error_code, template, code=d.code)

    # --- dossier forms -----------------------------------------------------------------------------
    def render(self, actor: User, code: str, form: str, out: Out, *, page_size: str | None = None) -> bool:
        """Render ``form`` for dossier ``code`` to ``out`` and record the print; True when it was a reprint."""
        from desk_app.printing.render import render_dossier_form

        d = self.s.dossiers.get(code)
        self._check_form(form, d)
        copy = any(e.type is EventType.PRINTED and e.data.get("form") == form for e in d.events)
        render_dossier_form(
            form, d, self._procedure_for(d), self.s.office(), out, copy=copy, page_size=page_size,
            printed_by=actor.full_name, user_names=self._user_names(),
        )
        self.s.dossiers.record_print(actor, d.code, form, copy)
        return copy

    def prints_dir(self) -> Path:
        return Path(self.s.store.path).parent / "prints"

    def print_form(self, actor: User, code: str, form: str, *, page_size: str | None = None) -> Path:
        """Render to a PDF in the data folder's ``prints`` cache and return its path (for preview / printing)."""
        folder = self.prints_dir()
        folder.mkdir(parents=True, exist_ok=True)
        stamp = self.s.clock().strftime("%Y%m%d-%H%M%S")
        path = folder / f"{code.strip().upper()}-{form}-{stamp}.pdf"
        tmp = path.with_suffix(".pdf.part")
        try:
            self.render(actor, code, form, tmp, page_size=page_size)
            tmp.replace(path)
        finally:
            tmp.unlink(missing_ok=True)
        return path

    # --- registers and leaflets ----------------------------------------------------------------------
    def book_dossiers(self, date_from: dt.date, date_to: dt.date) -> list[Dossier]:
        if date_to < date_from:
            raise ValidationError(
                "period_invalid", QT_TRANSLATE_NOOP("messages", "Ngày kết thúc ({to}) trước ngày bắt đầu ({from_})."),
                to=date_to.strftime("%d/%m/%Y"), from_=date_from.strftime("%d/%m/%Y"),
            )
        repo = self.s.dossiers.repo
        rows = repo.query(
            "received_day >= ? AND received_day <= ? AND book_number IS NOT NULL",
            (date_from.isoformat(), date_to.isoformat()),
            order="book_year, book_number, received_at, code", limit=1_000_000,
        )
        full = [repo.get(d.code) for d in rows]  # with their events (dates of transfer, result, return)
        return [d for d in full if d is not None]

    def render_book(self, date_from: dt.date, date_to: dt.date, out: Out, *, page_size: str | None = None) -> int:
        """Mẫu 06 for dossiers received between the two dates; returns the number of rows."""
        from desk_app.printing.render import render_book

        dossiers = self.book_dossiers(date_from, date_to)
        render_book(dossiers, self.s.office(), date_from, date_to, out, page_size=page_size,
                    user_names=self._user_names())
        return len(dossiers)

    def render_listing(self, out: Out, *, page_size: str | None = None) -> int:
        from desk_app.printing.render import render_listing

        procedures = self.s.catalog.list()
        render_listing(procedures, self.s.office(), out, page_size=page_size)
        return len(procedures)

    def render_guide(self, code: str, out: Out, *, page_size: str | None = None) -> Procedure:
        from desk_app.printing.render import render_guide

        p = self.s.catalog.get(code)
        if p is None:
            raise NotFound(
                "procedure_unknown",
                QT_TRANSLATE_NOOP("messages", "Không có thủ tục mã «{code}» trong danh mục đang dùng."), code=code,
            )
        render_guide(p, self.s.office(), out, page_size=page_size)
        return p
