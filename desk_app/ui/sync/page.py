"""Đồng bộ: what waits to be sent, Sync now with progress and a plain result, per-record state, bundles, enrolment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import DeskError
from desk_app.domain.model import Role
from desk_app.services import Services
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.inputs import error_text, message_text


class _Progress(QObject):
    """Carries progress from the worker thread to the page (signals cross threads safely)."""

    changed = Signal(int, int, str)


class Page(QWidget):
    CHECK_MS = 60_000  # the scheduled / back-off check

    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = self.tr("Đồng bộ")
        self.busy = False
        self.relay = _Progress(self)
        self.relay.changed.connect(self._progress)
        root = QVBoxLayout(self)

        box = QGroupBox(self.tr("Tình trạng"))
        form = QFormLayout(box)
        self.upstream_label = QLabel()
        self.waiting_label = QLabel()
        self.last_label = QLabel()
        self.warning_label = QLabel()
        self.warning_label.setStyleSheet("color: #b00020; font-weight: bold")
        self.warning_label.setWordWrap(True)
        form.addRow(self.tr("Cấp trên:"), self.upstream_label)
        form.addRow(self.tr("Chờ gửi:"), self.waiting_label)
        form.addRow(self.tr("Lần đồng bộ thành công gần nhất:"), self.last_label)
        self.receipt_label = QLabel()
        form.addRow(self.tr("Biên nhận gói gần nhất:"), self.receipt_label)
        form.addRow(self.warning_label)
        root.addWidget(box)

        row = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Đồng bộ ngay"))
        self.sync_button.setMinimumHeight(40)
        self.sync_button.clicked.connect(self.sync_now)
        self.export_button = QPushButton(self.tr("Xuất gói dữ liệu ra USB…"))
        self.export_button.clicked.connect(self._export)
        self.receipt_button = QPushButton(self.tr("Nhập biên nhận của cấp trên…"))
        self.receipt_button.setToolTip(
            self.tr("Biên nhận (.mcdreceipt) do cấp trên ghi khi nhập gói dữ liệu: đánh dấu các bản ghi đã gửi.")
        )
        self.receipt_button.clicked.connect(self._import_receipt)
        row.addWidget(self.sync_button)
        row.addWidget(self.export_button)
        row.addWidget(self.receipt_button)
        row.addStretch(1)
        root.addLayout(row)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        root.addWidget(self.progress)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        root.addWidget(self.result_label)

        root.addWidget(QLabel(self.tr("Trạng thái đồng bộ của từng bản ghi (bị từ chối và chờ gửi trước):")))
        self.items = QTableWidget(0, 5)
        self.items.setHorizontalHeaderLabels(
            [
                self.tr("Mã hồ sơ"),
                self.tr("Việc"),
                self.tr("Thời điểm"),
                self.tr("Trạng thái"),
                self.tr("Lý do cấp trên từ chối"),
            ]
        )
        self.items.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.items.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.items.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.items.verticalHeader().setVisible(False)
        root.addWidget(self.items, 1)

        self.enrol_box = QGroupBox(self.tr("Đăng ký bàn này với cấp trên"))
        ef = QFormLayout(self.enrol_box)
        self.upstream_edit = QLineEdit()
        self.upstream_edit.setPlaceholderText("https://motcua.tinh.gov.vn")
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("XXXX-XXXX-XXXX")
        self.enrol_button = QPushButton(self.tr("Đăng ký"))
        self.enrol_button.clicked.connect(self._enrol)
        ef.addRow(self.tr("Địa chỉ cấp trên:"), self.upstream_edit)
        ef.addRow(self.tr("Mã đăng ký:"), self.code_edit)
        ef.addRow(self.enrol_button)
        root.addWidget(self.enrol_box)

        self.timer = QTimer(self)
        self.timer.setInterval(self.CHECK_MS)
        self.timer.timeout.connect(self._tick)
        self.timer.start()

    # --- page protocol ---------------------------------------------------------------------------
    def activate(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        sync = self.ctx.services.sync
        st = sync.status()
        self.upstream_label.setText(f"{st.upstream} ({st.desk})" if st.enrolled else self.tr("chưa đăng ký"))
        text = self.tr("{n} bản ghi").format(n=st.waiting)
        if st.failed:
            text += self.tr(" — {n} bị cấp trên từ chối").format(n=st.failed)
        self.waiting_label.setText(text)
        self.last_label.setText(st.last_success.strftime("%H:%M %d/%m/%Y") if st.last_success else self.tr("chưa có"))
        r = st.last_receipt
        self.receipt_label.setText(
            self.tr("cấp trên nhận lúc {at}, {n} bản ghi").format(at=_when(r["at"]), n=r["sent"] + r["already_sent"])
            if r
            else self.tr("chưa có")
        )
        self.warning_label.setText(message_text(st.warning))
        self.warning_label.setVisible(bool(st.warning))
        user = self.ctx.user
        self.enrol_box.setVisible(user is not None and user.role is Role.ADMIN)
        self.sync_button.setEnabled(st.enrolled and not self.busy)
        self.export_button.setEnabled(st.enrolled and not self.busy)
        self.receipt_button.setEnabled(st.enrolled and not self.busy)
        rows = sync.outbox_items(limit=300)
        self.items.setRowCount(len(rows))
        for i, r in enumerate(rows):
            for j, value in enumerate(
                (r["dossier_code"], _t(r["label"]), r["at"].replace("T", " "), _t(r["state_label"]), r["error"])
            ):
                self.items.setItem(i, j, QTableWidgetItem(value))
        self.items.resizeColumnsToContents()

    # --- actions ---------------------------------------------------------------------------------
    def sync_now(self, quiet: bool = False) -> None:
        if self.busy:
            return
        self.busy = True
        self.sync_button.setEnabled(False)
        self.progress.setVisible(True)
        self.progress.setRange(0, 0)
        if not quiet:
            self.result_label.setText(self.tr("Đang đồng bộ…"))
        relay = self.relay

        def work(s: Services) -> Any:
            # Translated here: a Qt signal carries a plain str and would drop the Message's template.
            return s.sync.sync_now(
                progress=lambda done, total, msg: relay.changed.emit(done, total, message_text(msg))
            )

        self.ctx.runner.submit(work, self._done, self._failed)

    def _progress(self, done: int, total: int, message: str) -> None:
        if total > 0:
            self.progress.setRange(0, total)
            self.progress.setValue(done)
        else:
            self.progress.setRange(0, 0)
        self.result_label.setText(message)

    def _done(self, result: Any) -> None:
        self.busy = False
        self.progress.setVisible(False)
        if result.ok:
            text = " ".join(message_text(m) for m in result.parts())
            self.result_label.setStyleSheet("")
            self.result_label.setText(text)
        else:
            text = self.tr("Chưa đồng bộ được: {m}").format(m=message_text(result.message))
            self.result_label.setStyleSheet("color: #b00020")
            self.result_label.setText(text)
        self.ctx.bus.status_message.emit(text)
        if result.received:
            self.ctx.bus.data_changed.emit()
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.progress.setVisible(False)
        text = error_text(error)
        self.result_label.setStyleSheet("color: #b00020")
        self.result_label.setText(self.tr("Chưa đồng bộ được: {m}").format(m=text))
        self.refresh()

    def _tick(self) -> None:
        try:
            if not self.busy and self.ctx.services.sync.due():
                self.sync_now(quiet=True)
        except DeskError:
            pass

    def _export(self) -> None:
        stamp = self.ctx.clock().strftime("%Y%m%d-%H%M")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Xuất gói dữ liệu"), f"motcua-{stamp}.mcdbundle", self.tr("Gói dữ liệu Một Cửa (*.mcdbundle)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        self.ctx.runner.submit(
            lambda s: s.sync.export_bundle(path),
            lambda out: self.result_label.setText(
                self.tr("Đã xuất {n} bản ghi chờ gửi vào {path}. Mang tệp này lên cấp trên để nhập.").format(
                    n=out.count, path=out.path
                )
            ),
            self._failed,
        )

    def _import_receipt(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Nhập biên nhận của cấp trên"), "", self.tr("Biên nhận gói dữ liệu (*.mcdreceipt)")
        )
        if path:
            self.import_receipt_from(Path(path))

    def import_receipt_from(self, path: Path) -> None:
        def shown(r: Any) -> None:
            text = self.tr(
                "Cấp trên đã nhận gói: {sent} bản ghi được đánh dấu đã gửi, {already} đã gửi từ trước, "
                "{failed} bị từ chối."
            ).format(sent=r.sent, already=r.already_sent, failed=r.failed)
            if r.unknown:
                text += " " + self.tr("{n} bản ghi trong biên nhận không có ở máy này.").format(n=r.unknown)
            self.result_label.setText(text)
            self.refresh()

        def failed(error: BaseException) -> None:
            text = error_text(error)
            self.result_label.setStyleSheet("color: #b00020")
            self.result_label.setText(self.tr("Chưa nhập được biên nhận: {m}").format(m=text))

        self.result_label.setStyleSheet("")
        self.ctx.runner.submit(lambda s: s.sync.import_receipt(path), shown, failed)

    def _enrol(self) -> None:
        upstream, code = self.upstream_edit.text(), self.code_edit.text()
        user = self.ctx.require_user()
        self.ctx.runner.submit(
            lambda s: s.sync.enrol(upstream, code, actor=user),
            lambda rec: (
                self.result_label.setText(self.tr("Đã đăng ký bàn {desk} với cấp trên.").format(desk=rec["desk"])),
                self.code_edit.clear(),
                self.refresh(),
            ),
            self._failed,
        )


def _when(iso: str) -> str:
    """``2026-12-07T16:05:00`` → ``16:05 07/12/2026`` (as the rest of the page shows times)."""
    try:
        return dt.datetime.fromisoformat(iso).strftime("%H:%M %d/%m/%Y")
    except ValueError:
        return iso


def _t(text: str) -> str:
    """A label the sync service marked in the "messages" context, in the user's language."""
    return QCoreApplication.translate("messages", text)
