"""A read-only summary of one dossier (until the tracking page shows dossiers itself)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from desk_app.domain.lifecycle import EVENT_LABELS, STATUS_LABELS
from desk_app.domain.model import Dossier
from desk_app.ui.context import UiContext


def _t(text: str) -> str:
    return QCoreApplication.translate("messages", text)


class DossierSummaryDialog(QDialog):
    def __init__(self, ctx: UiContext, dossier: Dossier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierSummary")
        self.dossier = dossier
        self.setWindowTitle(self.tr("Hồ sơ {code}").format(code=dossier.code))
        a = dossier.applicant
        d = dossier
        day = (lambda x: x.strftime("%d/%m/%Y") if x else "—")
        rows = [
            (self.tr("Mã hồ sơ"), d.code),
            (self.tr("Trạng thái"), _t(STATUS_LABELS[d.status])),
            (self.tr("Thủ tục"), f"{d.procedure_name} ({d.procedure_code})"),
            (self.tr("Người nộp"), a.full_name),
            (self.tr("Số định danh"), a.citizen_id or "—"),
            (self.tr("Điện thoại"), a.phone or "—"),
            (self.tr("Ngày nhận"), d.received_at.strftime("%H:%M %d/%m/%Y")),
            (self.tr("Ngày hẹn trả"), day(d.due_date)),
        ]
        body = "<table cellspacing='5'>" + "".join(
            f"<tr><td style='color:#5f6368'>{html.escape(k)}</td><td><b>{html.escape(v)}</b></td></tr>" for k, v in rows
        ) + "</table>"
        history = "".join(
            f"<li>{e.at.strftime('%H:%M %d/%m/%Y')} — {html.escape(_t(EVENT_LABELS[e.type]))}"
            f" ({html.escape(e.actor)}){': ' + html.escape(e.note) if e.note else ''}</li>"
            for e in d.events
        )
        heading = html.escape(self.tr("Diễn biến"))
        label = QLabel(body + f"<p><b>{heading}</b></p><ul>{history}</ul>")
        label.setObjectName("dossierSummaryText")
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Đóng (Esc)"))
        lay = QVBoxLayout(self)
        lay.addWidget(label)
        lay.addWidget(buttons)
        self.resize(560, 420)
