"""The dossier lifecycle: which event may follow which status, who may record it, and replay."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass

from desk_app.domain.errors import QT_TRANSLATE_NOOP, PermissionDenied, TransitionError
from desk_app.domain.model import Event, EventType, Resolution, Role, Status

S = Status
E = EventType

# (status before, event) -> status after. None stands for "no dossier yet".
TRANSITIONS: dict[tuple[Status | None, EventType], Status] = {
    (None, E.RECEIVED): S.RECEIVED,
    (None, E.SUPPLEMENT_REQUESTED): S.SUPPLEMENT_REQUESTED,
    (None, E.REFUSED): S.REFUSED,
    (S.SUPPLEMENT_REQUESTED, E.SUPPLEMENT_RECEIVED): S.RECEIVED,
    (S.SUPPLEMENT_REQUESTED, E.WITHDRAWN): S.WITHDRAWN,
    (S.RECEIVED, E.TRANSFERRED): S.IN_PROGRESS,
    (S.RECEIVED, E.SENT_TO_AGENCY): S.AT_AGENCY,
    (S.RECEIVED, E.RESULT_READY): S.RESULT_READY,
    (S.RECEIVED, E.SUPPLEMENT_REQUESTED): S.SUPPLEMENT_REQUESTED,
    (S.RECEIVED, E.WITHDRAWN): S.WITHDRAWN,
    (S.IN_PROGRESS, E.TRANSFERRED): S.IN_PROGRESS,
    (S.IN_PROGRESS, E.SENT_TO_AGENCY): S.AT_AGENCY,
    (S.IN_PROGRESS, E.SUPPLEMENT_REQUESTED): S.SUPPLEMENT_REQUESTED,
    (S.IN_PROGRESS, E.RESULT_READY): S.RESULT_READY,
    (S.IN_PROGRESS, E.WITHDRAWN): S.WITHDRAWN,
    (S.AT_AGENCY, E.BACK_FROM_AGENCY): S.IN_PROGRESS,
    (S.AT_AGENCY, E.RESULT_READY): S.RESULT_READY,
    (S.AT_AGENCY, E.SUPPLEMENT_REQUESTED): S.SUPPLEMENT_REQUESTED,
    (S.AT_AGENCY, E.WITHDRAWN): S.WITHDRAWN,
    (S.RESULT_READY, E.RETURNED): S.RETURNED,
}

# Events that never change the status, allowed whatever it is (once the dossier exists).
ANNOTATIONS = frozenset({E.PRINTED, E.ATTACHMENT_ADDED, E.NOTE})
# An apology is allowed while the dossier is still being handled.
APOLOGY_STATUSES = frozenset({S.RECEIVED, S.IN_PROGRESS, S.AT_AGENCY})

ALL_ROLES = frozenset(Role)
EVENT_ROLES: dict[EventType, frozenset[Role]] = {
    E.RECEIVED: frozenset({Role.CLERK}),
    E.REFUSED: frozenset({Role.CLERK}),
    E.SUPPLEMENT_REQUESTED: frozenset({Role.CLERK, Role.HANDLER}),
    E.SUPPLEMENT_RECEIVED: frozenset({Role.CLERK}),
    E.TRANSFERRED: frozenset({Role.CLERK, Role.HANDLER, Role.LEADER}),
    E.SENT_TO_AGENCY: frozenset({Role.CLERK, Role.HANDLER}),
    E.BACK_FROM_AGENCY: frozenset({Role.CLERK, Role.HANDLER}),
    E.RESULT_READY: frozenset({Role.CLERK, Role.HANDLER, Role.LEADER}),
    E.APOLOGIZED: frozenset({Role.CLERK, Role.HANDLER, Role.LEADER}),
    E.RETURNED: frozenset({Role.CLERK}),
    E.WITHDRAWN: frozenset({Role.CLERK}),
    E.PRINTED: ALL_ROLES,
    E.ATTACHMENT_ADDED: frozenset({Role.CLERK, Role.HANDLER}),
    E.NOTE: ALL_ROLES,
    E.IMPORTED: frozenset({Role.ADMIN}),
}

STATUS_LABELS: dict[Status, str] = {
    S.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("messages", "Chờ bổ sung"),
    S.REFUSED: QT_TRANSLATE_NOOP("messages", "Từ chối tiếp nhận"),
    S.RECEIVED: QT_TRANSLATE_NOOP("messages", "Đã tiếp nhận"),
    S.IN_PROGRESS: QT_TRANSLATE_NOOP("messages", "Đang giải quyết"),
    S.AT_AGENCY: QT_TRANSLATE_NOOP("messages", "Chuyển cơ quan khác"),
    S.RESULT_READY: QT_TRANSLATE_NOOP("messages", "Có kết quả, chờ trả"),
    S.RETURNED: QT_TRANSLATE_NOOP("messages", "Đã trả kết quả"),
    S.WITHDRAWN: QT_TRANSLATE_NOOP("messages", "Đã rút hồ sơ"),
}

EVENT_LABELS: dict[EventType, str] = {
    E.RECEIVED: QT_TRANSLATE_NOOP("messages", "Tiếp nhận hồ sơ"),
    E.SUPPLEMENT_REQUESTED: QT_TRANSLATE_NOOP("messages", "Yêu cầu bổ sung"),
    E.SUPPLEMENT_RECEIVED: QT_TRANSLATE_NOOP("messages", "Nhận bổ sung"),
    E.REFUSED: QT_TRANSLATE_NOOP("messages", "Từ chối tiếp nhận"),
    E.TRANSFERRED: QT_TRANSLATE_NOOP("messages", "Chuyển giao"),
    E.SENT_TO_AGENCY: QT_TRANSLATE_NOOP("messages", "Chuyển cơ quan khác"),
    E.BACK_FROM_AGENCY: QT_TRANSLATE_NOOP("messages", "Nhận lại từ cơ quan khác"),
    E.RESULT_READY: QT_TRANSLATE_NOOP("messages", "Có kết quả"),
    E.APOLOGIZED: QT_TRANSLATE_NOOP("messages", "Xin lỗi, hẹn lại ngày trả"),
    E.RETURNED: QT_TRANSLATE_NOOP("messages", "Trả kết quả"),
    E.WITHDRAWN: QT_TRANSLATE_NOOP("messages", "Rút hồ sơ"),
    E.PRINTED: QT_TRANSLATE_NOOP("messages", "In phiếu"),
    E.ATTACHMENT_ADDED: QT_TRANSLATE_NOOP("messages", "Số hóa tài liệu"),
    E.NOTE: QT_TRANSLATE_NOOP("messages", "Ghi chú"),
    E.IMPORTED: QT_TRANSLATE_NOOP("messages", "Nhập từ sổ cũ"),
}

ROLE_LABELS: dict[Role, str] = {
    Role.CLERK: QT_TRANSLATE_NOOP("messages", "Công chức tiếp nhận"),
    Role.HANDLER: QT_TRANSLATE_NOOP("messages", "Công chức chuyên môn"),
    Role.LEADER: QT_TRANSLATE_NOOP("messages", "Lãnh đạo"),
    Role.ADMIN: QT_TRANSLATE_NOOP("messages", "Quản trị"),
}


def check_role(role: Role, event: EventType) -> None:
    """Refuse an event the role may not record."""
    if role not in EVENT_ROLES[event]:
        raise PermissionDenied(
            "role_forbidden",
            QT_TRANSLATE_NOOP("messages", "Vai trò {role} không được phép thực hiện: {action}."),
            role=ROLE_LABELS[role],
            action=EVENT_LABELS[event],
        )


def next_status(current: Status | None, event: EventType, *, apologies: int = 0) -> Status:
    """The status after ``event``, or TransitionError explaining why it is not allowed now."""
    if event in ANNOTATIONS and current is not None:
        return current
    if event is E.IMPORTED and current is None:
        return S.RECEIVED  # the replay fixes the real status from the imported dates
    if event is E.APOLOGIZED:
        if current not in APOLOGY_STATUSES:
            raise TransitionError(
                "apology_not_allowed",
                QT_TRANSLATE_NOOP("messages", "Không thể xin lỗi, hẹn lại khi hồ sơ đang ở trạng thái «{status}»."),
                status=STATUS_LABELS[current] if current else "—",
            )
        if apologies >= 1:
            raise TransitionError(
                "apology_twice",
                QT_TRANSLATE_NOOP("messages", "Hồ sơ đã được hẹn lại một lần; quy định chỉ cho phép hẹn lại một lần."),
            )
        return current
    after = TRANSITIONS.get((current, event))
    if after is None:
        if current is None:
            raise TransitionError(
                "no_dossier",
                QT_TRANSLATE_NOOP("messages", "Hồ sơ chưa được tiếp nhận nên không thể: {action}."),
                action=EVENT_LABELS[event],
            )
        raise TransitionError(
            "transition_forbidden",
            QT_TRANSLATE_NOOP("messages", "Không thể «{action}» khi hồ sơ đang ở trạng thái «{status}»."),
            action=EVENT_LABELS[event],
            status=STATUS_LABELS[current],
        )
    return after


def classify(result_day: dt.date, due_day: dt.date) -> Resolution:
    """Early / on time / late by calendar date against the (supplement-adjusted) due date."""
    if result_day < due_day:
        return Resolution.EARLY
    if result_day == due_day:
        return Resolution.ON_TIME
    return Resolution.LATE


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) and value else None


def _datetime(value: object) -> dt.datetime | None:
    return dt.datetime.fromisoformat(value) if isinstance(value, str) and value else None


@dataclass
class DossierState:
    """What the events of one dossier say about it (the cached columns must equal this)."""

    status: Status | None = None
    counted_from: dt.date | None = None
    due_date: dt.date | None = None
    base_due_date: dt.date | None = None
    apology_due_date: dt.date | None = None
    result_at: dt.datetime | None = None
    returned_at: dt.datetime | None = None
    resolution: Resolution | None = None
    holder: str = ""
    agency: str = ""
    apologies: int = 0
    fee_paid: int = 0
    satisfaction: str | None = None


def apply(state: DossierState, event: Event) -> DossierState:
    """Apply one event to a state (validating the transition) and return the new state."""
    state.status = next_status(state.status, event.type, apologies=state.apologies)
    d = event.data
    t = event.type
    if t in (E.RECEIVED, E.SUPPLEMENT_RECEIVED) and d.get("due_date"):
        state.counted_from = _date(d.get("counted_from"))
        state.due_date = _date(d["due_date"])
        state.base_due_date = state.due_date
        state.apology_due_date = None if t is E.RECEIVED else state.apology_due_date
        if t is E.RECEIVED:
            state.holder = event.actor
    elif t is E.TRANSFERRED:
        state.holder = str(d.get("to_user", ""))
    elif t is E.SENT_TO_AGENCY:
        state.agency = str(d.get("agency", ""))
    elif t is E.BACK_FROM_AGENCY:
        state.agency = ""
    elif t is E.RESULT_READY:
        state.result_at = event.at
        if state.base_due_date:
            state.resolution = classify(event.at.date(), state.base_due_date)
        state.holder = event.actor
    elif t is E.APOLOGIZED:
        state.apologies += 1
        state.apology_due_date = _date(d.get("new_due_date"))
        state.due_date = state.apology_due_date
    elif t is E.RETURNED:
        state.returned_at = event.at
        state.fee_paid = int(d.get("fee_paid", 0) or 0)
        state.satisfaction = d.get("satisfaction") or None
    elif t is E.IMPORTED:
        state.counted_from = _date(d.get("counted_from"))
        state.due_date = state.base_due_date = _date(d.get("due_date"))
        state.result_at = _datetime(d.get("resolved_at"))
        state.returned_at = _datetime(d.get("returned_at"))
        if state.result_at and state.base_due_date:
            state.resolution = classify(state.result_at.date(), state.base_due_date)
        if state.returned_at:
            state.status = S.RETURNED
        elif state.result_at:
            state.status = S.RESULT_READY
    return state


def replay(events: Iterable[Event]) -> DossierState:
    """Derive a dossier's state from its whole history."""
    state = DossierState()
    for event in events:
        state = apply(state, event)
    return state
