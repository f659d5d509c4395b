"""Trả kết quả: a big scan box (the slip's barcode opens the dossier ready to return) and the waiting list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.model import Status
from desk_app.services.tracking import DossierRow, extract_code
from desk_app.ui.context import UiContext
from desk_app.ui.tracking.model import DossierTableModel, status_text
from desk_app.ui.tracking.page import DossierTable


class Page(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Trả kết quả")
        self.views: list[Any] = []
        self.current_view: Any = None
        root = QVBoxLayout(self)
        head = QLabel(self.tr("Quét mã vạch trên Giấy tiếp nhận và hẹn trả kết quả, hoặc gõ mã hồ sơ rồi nhấn Enter"))
        head.setWordWrap(True)
        root.addWidget(head)
        row = QHBoxLayout()
        self.scan = QLineEdit()
        big = QFont()
        big.setPointSize(big.pointSize() + 10)
        self.scan.setFont(big)
        self.scan.setMinimumHeight(56)
        self.scan.setPlaceholderText(self.tr("Mã hồ sơ, ví dụ 000.21.22.H56-261207-1001"))
        self.scan.setClearButtonEnabled(True)
        self.scan.returnPressed.connect(self._scanned)
        go = QPushButton(self.tr("Mở hồ sơ"))
        go.setMinimumHeight(56)
        go.clicked.connect(self._scanned)
        row.addWidget(self.scan, 1)
        row.addWidget(go)
        root.addLayout(row)
        self.message = QLabel()
        self.message.setWordWrap(True)
        root.addWidget(self.message)

        root.addWidget(QLabel(self.tr("Hồ sơ đã có kết quả, chờ trả (cũ nhất trước):")))
        t = ctx.services.tracking
        self.model = DossierTableModel(self._fetch, t.timing, t.user_names, self)
        self.table = DossierTable()
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        self.table.set_widths()
        self.table.activated.connect(self._activated)
        root.addWidget(self.table, 1)
        self.summary = QLabel()
        root.addWidget(self.summary)
        self.refresh()

    def _fetch(self, offset: int, limit: int, order: str | None) -> list[DossierRow]:
        return self.ctx.services.tracking.queue("result_ready", order=order, limit=limit, offset=offset)

    def _say(self, text: str, kind: str = "info") -> None:
        color = {"error": "#842029", "ok": "#0f5132", "info": "#333"}[kind]
        self.message.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.message.setText(text)

    def _scanned(self) -> None:
        text = self.scan.text()
        if not text.strip():
            return
        self.scan_code(text)

    def scan_code(self, text: str) -> Any:
        """A scanned or typed slip: open the dossier, with the return dialog when its result is ready."""
        code = extract_code(text) or text.strip().upper()
        dossier = self.ctx.services.dossiers.find(code)
        self.scan.clear()
        if dossier is None:
            self._say(self.tr("Không tìm thấy hồ sơ mã «{code}». Kiểm tra lại mã trên giấy hẹn.").format(code=code),
                      "error")
            return None
        view = self.open_dossier(dossier.code)
        if dossier.status is Status.RESULT_READY:
            self._say(self.tr("Hồ sơ {code} — {name}: đã có kết quả, mời ghi nhận trả.").format(
                code=dossier.code, name=dossier.applicant.full_name), "ok")
            view.start_action("return")
        else:
            label = status_text(dossier.status)
            self._say(self.tr("Hồ sơ {code} đang ở trạng thái «{status}», chưa thể trả kết quả.").format(
                code=dossier.code, status=label), "error")
        return view

    def _activated(self, idx: Any) -> None:
        row = self.model.row_at(idx.row())
        if row is not None:
            self.scan_code(row.code)

    # --- page protocol -------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()
        self.scan.setFocus()

    def refresh(self) -> None:
        self.model.reload()
        n = self.ctx.services.tracking.queue_count("result_ready")
        self.summary.setText(self.tr("{n} hồ sơ chờ trả kết quả").format(n=n))

    def open_dossier(self, code: str) -> Any:
        from desk_app.ui.dossier.view import DossierView

        view = DossierView(self.ctx, code, self)
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.views.append(view)
        view.destroyed.connect(lambda _=None, v=view: self.views.remove(v) if v in self.views else None)
        self.current_view = view
        view.show()
        return view
