"""The reception flow's state, its JSON form, and a debounced keeper that saves it as the user's draft."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import asdict, dataclass, field
from typing import Any

from PySide6.QtCore import QObject, QTimer

from desk_app.domain.model import Applicant, Channel, DocumentReceived, ReturnMethod
from desk_app.services.dossiers import ReceiveRequest
from desk_app.services.drafts import discard_draft, load_draft, save_draft
from desk_app.ui.context import UiContext

APPLICANT_FIELDS = ("full_name", "citizen_id", "date_of_birth", "sex", "address", "phone", "email", "old_id",
                    "id_issue_date")


@dataclass
class FlowState:
    """Everything typed so far. Dates are kept as the text the clerk typed (dd/mm/yyyy)."""

    request_id: str = field(default_factory=lambda: str(uuid.uuid4()))
    step: int = 0
    procedure_code: str = ""
    applicant: dict[str, str] = field(default_factory=lambda: dict.fromkeys(APPLICANT_FIELDS, ""))
    channel: str = Channel.DIRECT.value
    return_method: str = ReturnMethod.AT_DESK.value
    documents: list[dict[str, Any]] = field(default_factory=list)
    sets: int = 1
    copies: int = 1
    pages: int = 1
    verification: bool = False
    outcome: str = "accept"
    supplement_items: list[str] = field(default_factory=list)
    instruction: str = ""
    reason: str = ""

    @property
    def has_data(self) -> bool:
        return bool(self.procedure_code or any(str(v).strip() for v in self.applicant.values()))

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FlowState:
        known = {k: v for k, v in data.items() if k in cls.__dataclass_fields__}
        state = cls(**known)
        state.applicant = {k: str(state.applicant.get(k, "") or "") for k in APPLICANT_FIELDS}
        return state

    def applicant_obj(self) -> Applicant:
        a = self.applicant
        return Applicant(
            full_name=a["full_name"], citizen_id=a["citizen_id"], date_of_birth=parse_date(a["date_of_birth"]),
            sex=a["sex"], address=a["address"], phone=a["phone"], email=a["email"], old_id=a["old_id"],
            id_issue_date=parse_date(a["id_issue_date"]),
        )

    def documents_obj(self) -> tuple[DocumentReceived, ...]:
        return tuple(
            DocumentReceived(d["name"], d.get("kind", "original"), int(d.get("count", 1)), bool(d.get("received", True)),
                             str(d.get("note", "")))
            for d in self.documents
        )

    def request(self) -> ReceiveRequest:
        instruction = self.instruction
        documents = self.documents_obj()
        if self.outcome == "supplement":
            # The chosen items are exactly the ones to bring or correct (Mẫu 02 lists them).
            chosen = set(self.supplement_items)
            documents = tuple(
                DocumentReceived(d.name, d.kind, d.count, d.name not in chosen, d.note if d.name in chosen else "")
                for d in documents
            )
        return ReceiveRequest(
            procedure_code=self.procedure_code, applicant=self.applicant_obj(), outcome=self.outcome,
            channel=Channel(self.channel), return_method=ReturnMethod(self.return_method), documents=documents,
            sets=self.sets, copies=self.copies, pages=self.pages, verification=self.verification,
            instruction=instruction, reason=self.reason, request_id=self.request_id,
        )


def parse_date(text: str) -> dt.date | None:
    """dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy or ddmmyyyy; ISO also accepted. None when empty; ValueError when bad."""
    t = (text or "").strip()
    if not t:
        return None
    for sep in "/-.":
        t = t.replace(sep, "/")
    try:
        if len(t) == 10 and t[4] == "/":
            return dt.date(int(t[:4]), int(t[5:7]), int(t[8:]))
        if "/" in t:
            d, m, y = t.split("/")
        elif len(t) == 8 and t.isdigit():
            d, m, y = t[:2], t[2:4], t[4:]
        else:
            raise ValueError(text)
        if len(y) != 4:
            raise ValueError(text)
        return dt.date(int(y), int(m), int(d))
    except (ValueError, TypeError):
        raise ValueError(text) from None


def format_date(d: dt.date | None) -> str:
    return d.strftime("%d/%m/%Y") if d else ""


class DraftKeeper(QObject):
    """Saves the flow state as the user's draft a moment after the last change (through the runner)."""

    DELAY_MS = 600

    def __init__(self, ctx: UiContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._pending: dict[str, Any] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.flush)

    def schedule(self, state: FlowState) -> None:
        self._pending = state.to_json()
        self._timer.start(self.DELAY_MS)

    def flush(self) -> None:
        """Write the pending draft now (also called before the window closes or locks)."""
        self._timer.stop()
        data, self._pending = self._pending, None
        user = self.ctx.user
        if data is None or user is None:
            return
        username = user.username
        self.ctx.runner.submit(lambda s: save_draft(s, username, data), lambda _r: None, lambda _e: None)

    def discard(self) -> None:
        self._timer.stop()
        self._pending = None
        user = self.ctx.user
        if user is None:
            return
        username = user.username
        self.ctx.runner.submit(lambda s: discard_draft(s, username), lambda _r: None, lambda _e: None)

    def load(self) -> tuple[FlowState, dt.datetime] | None:
        user = self.ctx.user
        if user is None:
            return None
        found = load_draft(self.ctx.services, user.username)
        if found is None:
            return None
        data, when = found
        try:
            return FlowState.from_json(data), when
        except (TypeError, ValueError):
            return None
