"""The domain's value objects: procedures, dossiers, applicants, events, users, office profile."""

from __future__ import annotations

import dataclasses
import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any, NamedTuple


class Channel(str, Enum):
    DIRECT = "direct"
    ONLINE = "online"
    POSTAL = "postal"


class ReturnMethod(str, Enum):
    AT_DESK = "at_desk"
    POSTAL = "postal"
    ONLINE = "online"


class Role(str, Enum):
    CLERK = "clerk"
    HANDLER = "handler"
    LEADER = "leader"
    ADMIN = "admin"


class Status(str, Enum):
    """Where a dossier stands; always derived from its events (see lifecycle.derive_status)."""

    SUPPLEMENT_REQUESTED = "supplement_requested"  # waiting for the applicant's papers
    REFUSED = "refused"  # refused at the desk (terminal)
    RECEIVED = "received"  # accepted at the desk, not yet handed over
    IN_PROGRESS = "in_progress"  # with a handler or leader
    AT_AGENCY = "at_agency"  # passed on to another agency (interagency)
    RESULT_READY = "result_ready"  # result back at the desk, waiting for the applicant
    RETURNED = "returned"  # result handed back (terminal)
    WITHDRAWN = "withdrawn"  # applicant withdrew (terminal)


TERMINAL_STATUSES = frozenset({Status.REFUSED, Status.RETURNED, Status.WITHDRAWN})


class EventType(str, Enum):
    RECEIVED = "received"  # accepted with a receipt (data: due_date, book_number…)
    SUPPLEMENT_REQUESTED = "supplement_requested"  # at the desk or by the handler (data: items, instruction)
    SUPPLEMENT_RECEIVED = "supplement_received"  # papers arrived; clock (re)starts (data: due_date)
    REFUSED = "refused"  # data: reason
    TRANSFERRED = "transferred"  # hand-over (data: to_user, to_role)
    SENT_TO_AGENCY = "sent_to_agency"  # data: agency
    BACK_FROM_AGENCY = "back_from_agency"  # data: agency
    RESULT_READY = "result_ready"
    APOLOGIZED = "apologized"  # data: reason, new_due_date
    RETURNED = "returned"  # data: collected_by, representative, id_checked, fee_paid, satisfaction, by_post
    WITHDRAWN = "withdrawn"  # data: reason
    PRINTED = "printed"  # data: form, copy (bool)
    ATTACHMENT_ADDED = "attachment_added"  # data: sha256, name, size
    NOTE = "note"
    IMPORTED = "imported"  # from an old register (data: the imported dates)


class Resolution(str, Enum):
    EARLY = "early"
    ON_TIME = "on_time"
    LATE = "late"


class Satisfaction(str, Enum):
    SATISFIED = "satisfied"
    ACCEPTABLE = "acceptable"
    NOT_SATISFIED = "not_satisfied"


@dataclass(frozen=True)
class RequiredDocument:
    """One item of a procedure's document checklist."""

    name: str
    kind: str = "original"  # original (bản chính) | copy (bản sao) | certified_copy | shown (xuất trình)
    count: int = 1
    optional: bool = False
    note: str = ""


@dataclass(frozen=True)
class FeeRule:
    """How a procedure's fee is computed.

    kind: ``free``; ``fixed`` (``amount`` per case); ``per_copy`` (``amount`` per copy);
    ``per_page`` (``amount`` for each of the first ``first_pages`` pages, ``next_amount`` per page
    after, at most ``cap`` per copy). ``note`` explains exemptions in words.
    """

    kind: str = "free"
    amount: int = 0
    next_amount: int = 0
    first_pages: int = 0
    cap: int = 0
    note: str = ""

    def compute(self, copies: int = 1, pages: int = 1) -> int:
        copies = max(copies, 1)
        if self.kind == "free":
            return 0
        if self.kind == "fixed":
            return self.amount
        if self.kind == "per_copy":
            return self.amount * copies
        if self.kind == "per_page":
            pages = max(pages, 1)
            first = min(pages, self.first_pages)
            per_copy = first * self.amount + (pages - first) * self.next_amount
            if self.cap:
                per_copy = min(per_copy, self.cap)
            return per_copy * copies
        raise ValueError(f"unknown fee kind {self.kind}")


@dataclass(frozen=True)
class Procedure:
    """An administrative procedure of the published catalog."""

    code: str
    name: str
    field: str
    same_day: bool = False  # resolved on receipt (after the cut-off: next working day)
    days: int = 0  # processing time in working days when not same-day
    extended_days: int = 0  # longer time when verification is needed (0: none)
    cutoff: str = "15:00"  # receipts after this hour count from the next working day
    fee: FeeRule = dataclasses.field(default_factory=FeeRule)
    documents: tuple[RequiredDocument, ...] = ()
    interagency: bool = False
    receiving_agency: str = ""
    legal_basis: str = ""
    result: str = ""  # what the applicant receives
    active: bool = True

    @property
    def time_label(self) -> str:
        if self.same_day:
            label = "Trong ngày (sau 15 giờ: ngày làm việc tiếp theo)"
            if self.extended_days:
                label += f"; tối đa {self.extended_days} ngày làm việc nếu cần xác minh"
            return label.replace("15 giờ", self.cutoff.replace(":00", " giờ"))
        label = f"{self.days} ngày làm việc"
        if self.extended_days:
            label += f"; tối đa {self.extended_days} ngày làm việc nếu cần xác minh"
        return label


@dataclass(frozen=True)
class Applicant:
    full_name: str
    citizen_id: str = ""
    date_of_birth: dt.date | None = None
    sex: str = ""  # "Nam" | "Nữ" | ""
    address: str = ""
    phone: str = ""
    email: str = ""
    old_id: str = ""
    id_issue_date: dt.date | None = None
    organisation: str = ""


@dataclass(frozen=True)
class DocumentReceived:
    """A checklist line as actually received (or found missing) at the desk."""

    name: str
    kind: str = "original"
    count: int = 1
    received: bool = True
    note: str = ""


@dataclass(frozen=True)
class OfficeProfile:
    name: str = ""  # e.g. "UBND xã Tiến Thành"
    agency_code: str = ""  # Circular 10/2016 code, e.g. "000.21.22.H56"
    place: str = ""  # the place name written before the date, e.g. "Tiến Thành"
    parent_name: str = ""  # the body above (e.g. "UBND TỈNH ĐỒNG NAI"); printed in the header
    address: str = ""
    phone: str = ""
    upstream: str = ""
    lookup_url: str = ""  # printed in the slip's QR code beside the dossier code
    desk_number: int = 1  # 1..9: the first digit of this desk's daily sequence
    saturday_morning: bool = False
    cutoff: str = "15:00"
    return_time: str = "16:00"  # time of day printed on appointment slips
    evaluation_slip: bool = True


@dataclass(frozen=True)
class Event:
    """One append-only change of a dossier: who, when, where, what."""

    uid: str
    dossier_code: str
    type: EventType
    at: dt.datetime
    actor: str
    desk: str
    note: str = ""
    data: dict[str, Any] = dataclasses.field(default_factory=dict)
    seq: int = 0  # position in the local chain (0: not yet stored)
    prev_hash: str = ""
    hash: str = ""


@dataclass
class Dossier:
    """One application as the desk knows it; status and dates are derived from the events."""

    code: str
    procedure_code: str
    procedure_name: str
    field: str
    applicant: Applicant
    channel: Channel
    return_method: ReturnMethod
    received_at: dt.datetime
    status: Status
    uid: str = ""
    counted_from: dt.date | None = None  # the working day the clock started
    due_date: dt.date | None = None  # current appointment (apology included)
    base_due_date: dt.date | None = None  # due date moved only by a supplement restarting the clock
    apology_due_date: dt.date | None = None
    result_at: dt.datetime | None = None
    returned_at: dt.datetime | None = None
    resolution: Resolution | None = None
    documents: tuple[DocumentReceived, ...] = ()
    sets: int = 1
    fee: int = 0
    fee_paid: int = 0
    book_year: int | None = None
    book_number: int | None = None
    desk: str = ""
    holder: str = ""  # the user who currently holds the dossier
    agency: str = ""  # the other agency holding it, when AT_AGENCY
    note: str = ""
    satisfaction: Satisfaction | None = None
    events: list[Event] = dataclasses.field(default_factory=list)

    @property
    def is_open(self) -> bool:
        return self.status not in TERMINAL_STATUSES


class DossierSummary(NamedTuple):
    """One line of a list or search result (no history, no JSON to parse: cheap at 1M dossiers).

    A named tuple rather than a frozen dataclass: a search builds fifty of these per keystroke
    and a tuple is several times cheaper to make.
    """

    code: str
    applicant_name: str
    citizen_id: str
    phone: str
    procedure_code: str
    procedure_name: str
    field: str
    status: Status
    received_at: str
    due_date: str | None
    holder: str


@dataclass(frozen=True)
class User:
    username: str
    full_name: str
    role: Role
    active: bool = True
    id: int = 0
