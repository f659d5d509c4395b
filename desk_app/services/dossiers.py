"""Dossier use cases: receive (accept / supplement / refuse) and every later lifecycle step."""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from desk_app.domain.citizen_id import validate_citizen_id
from desk_app.domain.codes import format_dossier_code
from desk_app.domain.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from desk_app.domain.lifecycle import apply, check_role, next_status, replay
from desk_app.domain.model import (
    Applicant,
    Channel,
    DocumentReceived,
    Dossier,
    DossierSummary,
    Event,
    EventType,
    Procedure,
    ReturnMethod,
    Satisfaction,
    Status,
    User,
)
from desk_app.store.repositories import DossierRepo

if TYPE_CHECKING:
    from desk_app.services.core import Services

_PHONE_RE = re.compile(r"^(\+84|0)\d{8,10}$")
_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


@dataclass(frozen=True)
class ReceiveRequest:
    """Everything the reception flow collected. ``request_id`` makes a double submit harmless."""

    procedure_code: str
    applicant: Applicant
    outcome: str = "accept"  # accept | supplement | refuse
    channel: Channel = Channel.DIRECT
    return_method: ReturnMethod = ReturnMethod.AT_DESK
    documents: tuple[DocumentReceived, ...] = ()
    sets: int = 1
    copies: int = 1
    pages: int = 1
    verification: bool = False
    instruction: str = ""  # supplement: what to bring or correct
    reason: str = ""  # refusal reason
    note: str = ""
    received_at: dt.datetime | None = None
    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))


@dataclass(frozen=True)
class ReturnInfo:
    collected_by: str = ""  # name of the person who collected the result
    representative: bool = False  # collected by someone other than the applicant
    id_checked: bool = True
    id_number: str = ""
    fee_paid: int = 0
    satisfaction: Satisfaction | None = None
    by_post: bool = False
    note: str = ""


def normalise_applicant(a: Applicant) -> Applicant:
    """Trim every field, validate the ones with a shape; raise ValidationError naming the field."""
    name = " ".join(a.full_name.split())
    if not name:
        raise ValidationError(
            "applicant_name_empty", QT_TRANSLATE_NOOP("messages", "Chưa nhập họ tên người nộp hồ sơ."), field="full_name"
        )
    cid = a.citizen_id.replace(" ", "")
    if cid:
        cid = validate_citizen_id(cid, a.date_of_birth, a.sex or None)
    phone = re.sub(r"[\s.\-]", "", a.phone)
    if phone and not _PHONE_RE.match(phone):
        raise ValidationError(
            "phone_invalid",
            QT_TRANSLATE_NOOP("messages", "Số điện thoại «{phone}» không hợp lệ (10 chữ số, bắt đầu bằng 0)."),
            field="phone",
            phone=a.phone,
        )
    email = a.email.strip()
    if email and not _EMAIL_RE.match(email):
        raise ValidationError(
            "email_invalid", QT_TRANSLATE_NOOP("messages", "Địa chỉ email «{email}» không hợp lệ."), field="email", email=email
        )
    if a.date_of_birth and a.date_of_birth > dt.date.today():
        raise ValidationError(
            "dob_future", QT_TRANSLATE_NOOP("messages", "Ngày sinh không thể ở tương lai."), field="date_of_birth"
        )
    return dataclasses.replace(
        a, full_name=name, citizen_id=cid, phone=phone, email=email, address=" ".join(a.address.split())
    )


class DossierService:
    def __init__(self, services: Services, clock: Callable[[], dt.datetime]) -> None:
        self.s = services
        self.store = services.store
        self.repo = DossierRepo(services.store)
        self.clock = clock

    # --- helpers ---------------------------------------------------------------------------
    def _procedure(self, code: str) -> Procedure:
        p = self.s.catalog.get(code)
        if p is None or not p.active:
            raise NotFound(
                "procedure_unknown",
                QT_TRANSLATE_NOOP("messages", "Không có thủ tục mã «{code}» trong danh mục đang dùng."),
                code=code,
            )
        return p

    def get(self, code: str) -> Dossier:
        d = self.repo.get(code.strip().upper())
        if d is None:
            raise NotFound("dossier_unknown", QT_TRANSLATE_NOOP("messages", "Không tìm thấy hồ sơ mã «{code}»."), code=code)
        return d

    def find(self, code: str) -> Dossier | None:
        return self.repo.get(code.strip().upper())

    def _event(self, actor: User, code: str, type_: EventType, note: str = "", data: dict[str, Any] | None = None,
               at: dt.datetime | None = None) -> Event:
        return Event(
            uid=str(uuid.uuid4()), dossier_code=code, type=type_, at=(at or self.clock()).replace(microsecond=0),
            actor=actor.username, desk=self.s.desk_id, note=note.strip(), data=data or {},
        )

    def due_date_preview(self, procedure_code: str, received_at: dt.datetime | None = None,
                         verification: bool = False) -> tuple[dt.date, str]:
        p = self._procedure(procedure_code)
        at = received_at or self.clock()
        cal = self.s.calendar()
        return cal.due_date(at, p, verification), cal.explain_due_date(at, p, verification)

    # --- reception -----------------------------------------------------------------------------
    def receive(self, actor: User, req: ReceiveRequest) -> Dossier:
        """Record a dossier brought to the desk: accepted, sent back for supplement, or refused."""
        check_role(actor.role, {"accept": EventType.RECEIVED, "supplement": EventType.SUPPLEMENT_REQUESTED,
                                "refuse": EventType.REFUSED}.get(req.outcome, EventType.RECEIVED))
        if req.outcome not in ("accept", "supplement", "refuse"):
            raise ValidationError("outcome_invalid", QT_TRANSLATE_NOOP("messages", "Kết quả tiếp nhận không hợp lệ."))
        existing = self.store.conn.execute("SELECT code FROM dossiers WHERE uid = ?", (req.request_id,)).fetchone()
        if existing:  # a repeated Enter or double click: the dossier is already saved
            return self.get(existing[0])
        p = self._procedure(req.procedure_code)
        applicant = normalise_applicant(req.applicant)
        office = self.s.office()
        at = (req.received_at or self.clock()).replace(microsecond=0)
        if req.sets < 1 or req.copies < 1 or req.pages < 1:
            raise ValidationError("count_invalid", QT_TRANSLATE_NOOP("messages", "Số bộ, số bản và số trang phải từ 1 trở lên."))
        data: dict[str, Any] = {"procedure_code": p.code}
        documents = req.documents or tuple(DocumentReceived(d.name, d.kind, d.count) for d in p.documents)
        due = counted = None
        if req.outcome == "accept":
            missing = [d.name for d, r in zip(p.documents, documents, strict=False) if not d.optional and not r.received]
            if missing:
                raise ValidationError(
                    "documents_missing",
                    QT_TRANSLATE_NOOP("messages", "Còn thiếu giấy tờ bắt buộc: {items}. Hãy yêu cầu bổ sung thay vì tiếp nhận."),
                    field="documents",
                    items="; ".join(missing),
                )
            cal = self.s.calendar()
            counted = cal.counted_start(at, _parse_hhmm(p.cutoff))
            due = cal.due_date(at, p, req.verification)
            data.update(due_date=due.isoformat(), counted_from=counted.isoformat(), verification=req.verification)
            event_type = EventType.RECEIVED
        elif req.outcome == "supplement":
            faulty = [d for d in documents if not d.received or d.note.strip()]
            if not faulty and not req.instruction.strip():
                raise ValidationError(
                    "supplement_empty",
                    QT_TRANSLATE_NOOP("messages", "Hãy chọn giấy tờ còn thiếu hoặc ghi rõ nội dung cần bổ sung."),
                    field="instruction",
                )
            data.update(items=[d.name for d in faulty], instruction=req.instruction.strip())
            event_type = EventType.SUPPLEMENT_REQUESTED
        else:
            if not req.reason.strip():
                raise ValidationError(
                    "reason_empty", QT_TRANSLATE_NOOP("messages", "Phải ghi lý do từ chối tiếp nhận."), field="reason"
                )
            data.update(reason=req.reason.strip())
            event_type = EventType.REFUSED
        fee = p.fee.compute(req.copies, req.pages)
        with self.store.transaction():
            seq = self.repo.next_sequence(at.date(), office.desk_number)
            code = format_dossier_code(office.agency_code, at.date(), office.desk_number, seq)
            book_year = book_number = None
            if event_type is EventType.RECEIVED:
                book_year, book_number = at.year, self.repo.next_book_number(at.year, office.desk_number)
                data.update(book_year=book_year, book_number=book_number)
            dossier = Dossier(
                code=code, uid=req.request_id, procedure_code=p.code, procedure_name=p.name, field=p.field,
                applicant=applicant, channel=req.channel, return_method=req.return_method, received_at=at,
                status=Status.RECEIVED, counted_from=counted, due_date=due, base_due_date=due, documents=documents,
                sets=req.sets, fee=fee, book_year=book_year, book_number=book_number, desk=self.s.desk_id,
                holder=actor.username, note=req.note.strip(),
            )
            dossier_id = self.repo.insert(dossier)
            event = self._event(actor, code, event_type, req.note, data, at)
            stored = self.repo.append_event(dossier_id, event)
            state = replay([stored])
            self.repo.save_state(dossier_id, state)
        return self.get(code)

    # --- later steps ----------------------------------------------------------------------------
    def _record(self, actor: User, code: str, type_: EventType, note: str = "", data: dict[str, Any] | None = None,
                extra: Callable[[Dossier], dict[str, Any]] | None = None,
                prepare: Callable[[Dossier], dict[str, Any]] | None = None) -> Dossier:
        """Append one event after checking role and transition, and refresh the cached columns."""
        check_role(actor.role, type_)
        with self.store.transaction():
            dossier = self.get(code)
            state = replay(dossier.events)
            next_status(state.status, type_, apologies=state.apologies)  # refuse early with a clear reason
            payload = dict(data or {})
            if prepare:
                payload.update(prepare(dossier))
            dossier_id = self.repo.id_of(dossier.code)
            assert dossier_id is not None
            stored = self.repo.append_event(dossier_id, self._event(actor, dossier.code, type_, note, payload))
            state = apply(state, stored)
            self.repo.save_state(dossier_id, state, **(extra(dossier) if extra else {}))
        return self.get(dossier.code)

    def supplement_received(self, actor: User, code: str, note: str = "", at: dt.datetime | None = None) -> Dossier:
        """The applicant brought the missing papers: the clock restarts from zero."""

        def prepare(d: Dossier) -> dict[str, Any]:
            p = self._procedure(d.procedure_code)
            when = at or self.clock()
            cal = self.s.calendar()
            due = cal.due_date(when, p)
            return {"due_date": due.isoformat(), "counted_from": cal.counted_start(when, _parse_hhmm(p.cutoff)).isoformat()}

        def extra(d: Dossier) -> dict[str, Any]:
            if d.book_number is None:  # accepted only now: it enters the tracking book now
                office = self.s.office()
                year = (at or self.clock()).year
                return {"book_year": year, "book_number": self.repo.next_book_number(year, office.desk_number),
                        "documents": _all_received(d)}
            return {"documents": _all_received(d)}

        return self._record(actor, code, EventType.SUPPLEMENT_RECEIVED, note, prepare=prepare, extra=extra)

    def request_supplement(self, actor: User, code: str, instruction: str, items: list[str] | None = None) -> Dossier:
        if not instruction.strip() and not items:
            raise ValidationError(
                "supplement_empty",
                QT_TRANSLATE_NOOP("messages", "Hãy chọn giấy tờ còn thiếu hoặc ghi rõ nội dung cần bổ sung."),
                field="instruction",
            )
        return self._record(actor, code, EventType.SUPPLEMENT_REQUESTED, "",
                            {"instruction": instruction.strip(), "items": items or []})

    def transfer(self, actor: User, code: str, to_username: str, note: str = "") -> Dossier:
        target = self.s.auth.users.get(to_username.strip().lower())
        if target is None or not target.active:
            raise ValidationError(
                "user_unknown", QT_TRANSLATE_NOOP("messages", "Không có tài khoản «{username}»."), username=to_username
            )
        return self._record(actor, code, EventType.TRANSFERRED, note,
                            {"to_user": target.username, "to_role": target.role.value, "to_name": target.full_name})

    def send_to_agency(self, actor: User, code: str, agency: str, note: str = "") -> Dossier:
        if not agency.strip():
            raise ValidationError("agency_empty", QT_TRANSLATE_NOOP("messages", "Chưa nhập tên cơ quan nhận hồ sơ."), field="agency")
        return self._record(actor, code, EventType.SENT_TO_AGENCY, note, {"agency": agency.strip()})

    def back_from_agency(self, actor: User, code: str, note: str = "") -> Dossier:
        return self._record(actor, code, EventType.BACK_FROM_AGENCY, note,
                            prepare=lambda d: {"agency": d.agency})

    def result_ready(self, actor: User, code: str, note: str = "") -> Dossier:
        return self._record(actor, code, EventType.RESULT_READY, note)

    def apologize(self, actor: User, code: str, reason: str, new_due_date: dt.date) -> Dossier:
        """Record the apology letter (Mẫu 04) and the single new appointment date."""
        if not reason.strip():
            raise ValidationError("reason_empty", QT_TRANSLATE_NOOP("messages", "Phải ghi lý do chậm trễ."), field="reason")
        d = self.get(code)
        if d.due_date and new_due_date <= d.due_date:
            raise ValidationError(
                "new_date_not_later",
                QT_TRANSLATE_NOOP("messages", "Ngày hẹn mới ({new}) phải sau ngày hẹn cũ ({old})."),
                field="new_due_date",
                new=new_due_date.strftime("%d/%m/%Y"),
                old=d.due_date.strftime("%d/%m/%Y"),
            )
        if not self.s.calendar().is_working_day(new_due_date):
            raise ValidationError(
                "new_date_day_off",
                QT_TRANSLATE_NOOP("messages", "Ngày hẹn mới {new} không phải ngày làm việc."),
                field="new_due_date",
                new=new_due_date.strftime("%d/%m/%Y"),
            )
        return self._record(actor, code, EventType.APOLOGIZED, "",
                            {"reason": reason.strip(), "new_due_date": new_due_date.isoformat(),
                             "old_due_date": d.due_date.isoformat() if d.due_date else None})

    def return_result(self, actor: User, code: str, info: ReturnInfo) -> Dossier:
        if not info.by_post and not info.collected_by.strip():
            raise ValidationError(
                "collector_empty", QT_TRANSLATE_NOOP("messages", "Chưa ghi tên người nhận kết quả."), field="collected_by"
            )
        if info.representative and not info.id_number.strip() and info.id_checked:
            raise ValidationError(
                "representative_id",
                QT_TRANSLATE_NOOP("messages", "Người nhận thay phải có số giấy tờ tùy thân."),
                field="id_number",
            )
        if info.fee_paid < 0:
            raise ValidationError("fee_negative", QT_TRANSLATE_NOOP("messages", "Số tiền không thể âm."), field="fee_paid")
        data = {
            "collected_by": info.collected_by.strip(), "representative": info.representative,
            "id_checked": info.id_checked, "id_number": info.id_number.strip(), "fee_paid": info.fee_paid,
            "satisfaction": info.satisfaction.value if info.satisfaction else None, "by_post": info.by_post,
        }
        return self._record(actor, code, EventType.RETURNED, info.note, data)

    def withdraw(self, actor: User, code: str, reason: str) -> Dossier:
        if not reason.strip():
            raise ValidationError("reason_empty", QT_TRANSLATE_NOOP("messages", "Phải ghi lý do rút hồ sơ."), field="reason")
        return self._record(actor, code, EventType.WITHDRAWN, "", {"reason": reason.strip()})

    def add_note(self, actor: User, code: str, note: str) -> Dossier:
        return self._record(actor, code, EventType.NOTE, note)

    def record_print(self, actor: User, code: str, form: str, copy: bool) -> Dossier:
        return self._record(actor, code, EventType.PRINTED, "", {"form": form, "copy": copy})

    # --- lookups ---------------------------------------------------------------------------------
    def find_by_citizen_id(self, citizen_id: str, limit: int = 50) -> list[DossierSummary]:
        return self.repo.by_citizen_id(citizen_id.replace(" ", ""), limit)

    def find_by_name_prefix(self, text: str, limit: int = 50) -> list[DossierSummary]:
        """Accent-insensitive: ``nguyen van duc`` finds ``Nguyễn Văn Đức`` (folded shadow column)."""
        return self.repo.by_name_prefix(text, limit)

    # --- lists -----------------------------------------------------------------------------------
    def list(self, limit: int = 200, offset: int = 0, status: Status | None = None) -> list[Dossier]:
        if status:
            return self.repo.query("status = ?", (status.value,), limit=limit, offset=offset)
        return self.repo.query(limit=limit, offset=offset)

    def counters(self, today: dt.date | None = None) -> dict[str, int]:
        """Today's figures for the home view."""
        today = today or self.clock().date()
        t = today.isoformat()
        open_states = ("received", "in_progress", "at_agency")
        q = ",".join("?" for _ in open_states)
        return {
            "received_today": self.repo.count("received_day = ? AND status != 'refused'", (t,)),
            "due_today": self.repo.count(f"status IN ({q}) AND due_date = ?", (*open_states, t)),
            "overdue": self.repo.count(f"status IN ({q}) AND due_date < ?", (*open_states, t)),
            "ready_to_return": self.repo.count("status = 'result_ready'"),
            "waiting_to_sync": self.repo.waiting_to_sync(),
        }


def _all_received(d: Dossier) -> str:
    from desk_app.store.serialize import documents_to_json

    return documents_to_json(tuple(dataclasses.replace(doc, received=True) for doc in d.documents))


def _parse_hhmm(text: str) -> dt.time:
    hh, mm = text.split(":")
    return dt.time(int(hh), int(mm))


