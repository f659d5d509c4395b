"""Lifecycle rules: every transition allowed or refused, roles, replay and classification."""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from desk_app.domain.errors import PermissionDenied, TransitionError
from desk_app.domain.lifecycle import (
    ANNOTATIONS,
    APOLOGY_STATUSES,
    EVENT_ROLES,
    TRANSITIONS,
    check_role,
    classify,
    next_status,
    replay,
)
from desk_app.domain.model import Event, EventType, Resolution, Role, Status

E = EventType
S = Status


def ev(type_: EventType, at: str = "2026-11-23T09:00", **data: object) -> Event:
    return Event(uid=f"u-{type_.value}-{at}", dossier_code="X", type=type_, at=dt.datetime.fromisoformat(at),
                 actor="canbo1", desk="d/1", data=dict(data))


@pytest.mark.parametrize("status, event", list(itertools.product([None, *Status], EventType)))
def test_every_pair_is_allowed_exactly_when_the_table_says(status: Status | None, event: EventType) -> None:
    allowed = (
        (status, event) in TRANSITIONS
        or (event in ANNOTATIONS and status is not None)
        or (event is E.IMPORTED and status is None)
        or (event is E.APOLOGIZED and status in APOLOGY_STATUSES)
    )
    if allowed:
        next_status(status, event)
    else:
        with pytest.raises(TransitionError) as info:
            next_status(status, event)
        assert info.value.message  # a readable Vietnamese reason
        assert "{" not in info.value.message


def test_terminal_states_accept_nothing_but_annotations() -> None:
    for status in (S.RETURNED, S.REFUSED, S.WITHDRAWN):
        for event in EventType:
            if event in ANNOTATIONS:
                assert next_status(status, event) is status
            else:
                with pytest.raises(TransitionError):
                    next_status(status, event)


def test_refusal_message_names_action_and_status() -> None:
    with pytest.raises(TransitionError) as info:
        next_status(S.RETURNED, E.TRANSFERRED)
    assert info.value.message == "Không thể «Chuyển giao» khi hồ sơ đang ở trạng thái «Đã trả kết quả»."


def test_apology_only_once() -> None:
    next_status(S.IN_PROGRESS, E.APOLOGIZED, apologies=0)
    with pytest.raises(TransitionError, match="một lần"):
        next_status(S.IN_PROGRESS, E.APOLOGIZED, apologies=1)


def test_roles() -> None:
    check_role(Role.CLERK, E.RECEIVED)
    check_role(Role.HANDLER, E.RESULT_READY)
    with pytest.raises(PermissionDenied, match="Công chức chuyên môn"):
        check_role(Role.HANDLER, E.RECEIVED)
    with pytest.raises(PermissionDenied):
        check_role(Role.LEADER, E.RETURNED)
    with pytest.raises(PermissionDenied):
        check_role(Role.ADMIN, E.RECEIVED)
    assert all(EVENT_ROLES[e] for e in EventType)


def test_classify_by_calendar_date() -> None:
    due = dt.date(2026, 11, 25)
    assert classify(dt.date(2026, 11, 24), due) is Resolution.EARLY
    assert classify(due, due) is Resolution.ON_TIME
    assert classify(dt.date(2026, 11, 26), due) is Resolution.LATE


def test_replay_full_path_with_apology_counts_late_against_original_due() -> None:
    state = replay([
        ev(E.RECEIVED, due_date="2026-11-25", counted_from="2026-11-23"),
        ev(E.TRANSFERRED, "2026-11-23T10:00", to_user="chuyenmon1"),
        ev(E.APOLOGIZED, "2026-11-24T10:00", new_due_date="2026-11-30", reason="x"),
        ev(E.RESULT_READY, "2026-11-27T10:00"),
        ev(E.RETURNED, "2026-11-30T10:00", fee_paid=8000, satisfaction="satisfied"),
    ])
    assert state.status is S.RETURNED
    assert state.base_due_date == dt.date(2026, 11, 25)
    assert state.due_date == dt.date(2026, 11, 30)
    assert state.resolution is Resolution.LATE
    assert state.fee_paid == 8000


def test_supplement_restarts_the_clock() -> None:
    state = replay([
        ev(E.RECEIVED, due_date="2026-11-25", counted_from="2026-11-23"),
        ev(E.SUPPLEMENT_REQUESTED, "2026-11-24T09:00", instruction="Bổ sung giấy chứng sinh"),
        ev(E.SUPPLEMENT_RECEIVED, "2026-11-27T09:00", due_date="2026-12-02", counted_from="2026-11-27"),
        ev(E.TRANSFERRED, "2026-11-27T10:00", to_user="chuyenmon1"),
        ev(E.RESULT_READY, "2026-12-01T10:00"),
    ])
    assert state.base_due_date == dt.date(2026, 12, 2)
    assert state.resolution is Resolution.EARLY
