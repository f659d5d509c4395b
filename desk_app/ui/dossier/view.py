"""The dossier view: every field, documents, attachments and full history, with the allowed actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desk_app.domain.errors import QT_TRANSLATE_NOOP, DeskError
from desk_app.domain.lifecycle import EVENT_LABELS, EVENT_ROLES, next_status
from desk_app.domain.model import Dossier, Event, EventType, Status
from desk_app.services import Services
from desk_app.ui.context import UiContext
from desk_app.ui.dossier.dialogs import (
    ActionDialog,
    AgencyDialog,
    ApologyDialog,
    ReturnDialog,
    TextDialog,
    TransferDialog,
    focus_first,
)
from desk_app.ui.tracking.model import fmt_date, fmt_datetime, resolution_text, status_text
from desk_app.ui.widgets.inputs import error_text

E = EventType

# (key, event, button label) in the order the buttons appear. Every label here is translated at display time
# with ``DossierView.tr``.
ACTIONS: list[tuple[str, EventType, str]] = [
    ("transfer", E.TRANSFERRED, QT_TRANSLATE_NOOP("DossierView", "Chuyển giao…")),
    ("send_to_agency", E.SENT_TO_AGENCY, QT_TRANSLATE_NOOP("DossierView", "Chuyển cơ quan khác…")),
    ("back_from_agency", E.BACK_FROM_AGENCY, QT_TRANSLATE_NOOP("DossierView", "Nhận lại từ cơ quan…")),
    ("request_supplement", E.SUPPLEMENT_REQUESTED, QT_TRANSLATE_NOOP("DossierView", "Yêu cầu bổ sung…")),
    ("supplement_received", E.SUPPLEMENT_RECEIVED, QT_TRANSLATE_NOOP("DossierView", "Nhận bổ sung…")),
    ("result_ready", E.RESULT_READY, QT_TRANSLATE_NOOP("DossierView", "Có kết quả…")),
    ("apologize", E.APOLOGIZED, QT_TRANSLATE_NOOP("DossierView", "Xin lỗi, hẹn lại…")),
    ("return", E.RETURNED, QT_TRANSLATE_NOOP("DossierView", "Trả kết quả…")),
    ("withdraw", E.WITHDRAWN, QT_TRANSLATE_NOOP("DossierView", "Rút hồ sơ…")),
    ("note", E.NOTE, QT_TRANSLATE_NOOP("DossierView", "Ghi chú…")),
    ("attach", E.ATTACHMENT_ADDED, QT_TRANSLATE_NOOP("DossierView", "Đính kèm bản số hóa…")),
]

PRINT_FORMS = [("receipt", QT_TRANSLATE_NOOP("DossierView", "Giấy tiếp nhận, hẹn trả (Mẫu 01)")),
               ("supplement", QT_TRANSLATE_NOOP("DossierView", "Phiếu yêu cầu bổ sung (Mẫu 02)")),
               ("apology", QT_TRANSLATE_NOOP("DossierView", "Phiếu xin lỗi, hẹn lại (Mẫu 04)")),
               ("control", QT_TRANSLATE_NOOP("DossierView", "Phiếu kiểm soát (Mẫu 05)"))]

SATISFACTION_LABELS = {"satisfied": QT_TRANSLATE_NOOP("DossierView", "Hài lòng"),
                       "acceptable": QT_TRANSLATE_NOOP("DossierView", "Chấp nhận được"),
                       "not_satisfied": QT_TRANSLATE_NOOP("DossierView", "Không hài lòng")}
CHANNEL_LABELS = {"direct": QT_TRANSLATE_NOOP("DossierView", "Trực tiếp"),
                  "online": QT_TRANSLATE_NOOP("DossierView", "Trực tuyến"),
                  "postal": QT_TRANSLATE_NOOP("DossierView", "Bưu chính công ích")}



def _money(v: int) -> str:
    return f"{v:,}".replace(",", ".") + " đ"


class DossierView(QDialog):
    """One dossier on one screen. Non-modal; action dialogs open window-modal over it."""

    def __init__(self, ctx: UiContext, code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code = code.strip().upper()
        self.dossier: Dossier | None = None
        self.dialog: ActionDialog | None = None
        self.buttons: dict[str, QPushButton] = {}
        self.setWindowTitle(self.tr("Hồ sơ {code}").format(code=self.code))
        self.resize(1040, 760)
        self._build()
        self.load()

    @property
    def services(self) -> Services:
        return self.ctx.services

    # --- layout --------------------------------------------------------------------------------
    def _build(self) -> None:
        root = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel()
        f = QFont()
        f.setPointSize(f.pointSize() + 5)
        f.setBold(True)
        self.title.setFont(f)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.status = QLabel()
        self.status.setStyleSheet("padding: 3px 10px; border-radius: 9px; background: #e7f1ff; color: #084298;"
                                  "font-weight: bold;")
        head.addWidget(self.title)
        head.addWidget(self.status)
        head.addStretch(1)
        root.addLayout(head)

        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.hide()
        root.addWidget(self.banner)

        info = QGroupBox(self.tr("Thông tin hồ sơ"))
        self.grid = QGridLayout(info)
        self.grid.setHorizontalSpacing(14)
        self.fields: dict[str, QLabel] = {}
        layout = [
            [("applicant", QT_TRANSLATE_NOOP("DossierView", "Người nộp")),
             ("citizen_id", QT_TRANSLATE_NOOP("DossierView", "Số định danh")),
             ("phone", QT_TRANSLATE_NOOP("DossierView", "Điện thoại"))],
            [("address", QT_TRANSLATE_NOOP("DossierView", "Địa chỉ")),
             ("procedure", QT_TRANSLATE_NOOP("DossierView", "Thủ tục")),
             ("field", QT_TRANSLATE_NOOP("DossierView", "Lĩnh vực"))],
            [("received", QT_TRANSLATE_NOOP("DossierView", "Tiếp nhận lúc")),
             ("counted", QT_TRANSLATE_NOOP("DossierView", "Tính hạn từ")),
             ("channel", QT_TRANSLATE_NOOP("DossierView", "Hình thức nộp"))],
            [("due", QT_TRANSLATE_NOOP("DossierView", "Hẹn trả")),
             ("base_due", QT_TRANSLATE_NOOP("DossierView", "Hẹn trả gốc")),
             ("apology_due", QT_TRANSLATE_NOOP("DossierView", "Hẹn lại (xin lỗi)"))],
            [("result_at", QT_TRANSLATE_NOOP("DossierView", "Có kết quả lúc")),
             ("returned_at", QT_TRANSLATE_NOOP("DossierView", "Trả kết quả lúc")),
             ("resolution", QT_TRANSLATE_NOOP("DossierView", "Kết quả xử lý"))],
            [("holder", QT_TRANSLATE_NOOP("DossierView", "Đang giữ")),
             ("agency", QT_TRANSLATE_NOOP("DossierView", "Cơ quan đang giữ")),
             ("book", QT_TRANSLATE_NOOP("DossierView", "Sổ theo dõi"))],
            [("fee", QT_TRANSLATE_NOOP("DossierView", "Phí, lệ phí")),
             ("fee_paid", QT_TRANSLATE_NOOP("DossierView", "Đã thu")),
             ("satisfaction", QT_TRANSLATE_NOOP("DossierView", "Mức độ hài lòng"))],
        ]
        for r, row in enumerate(layout):
            for c, (key, label) in enumerate(row):
                name = QLabel(self.tr(label) + ":")
                name.setStyleSheet("color: #555;")
                value = QLabel()
                value.setWordWrap(True)
                value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.fields[key] = value
                self.grid.addWidget(name, r, c * 2, Qt.AlignmentFlag.AlignTop)
                self.grid.addWidget(value, r, c * 2 + 1, Qt.AlignmentFlag.AlignTop)
        for c in (1, 3, 5):
            self.grid.setColumnStretch(c, 1)
        root.addWidget(info)

        split = QSplitter(Qt.Orientation.Horizontal)
        docs_box = QGroupBox(self.tr("Thành phần hồ sơ"))
        QVBoxLayout(docs_box)
        self.documents = QListWidget()
        docs_box.layout().addWidget(self.documents)
        att_box = QGroupBox(self.tr("Bản số hóa đính kèm"))
        QVBoxLayout(att_box)
        self.attachments = QListWidget()
        self.attachments.itemActivated.connect(self._open_attachment)
        att_box.layout().addWidget(self.attachments)
        split.addWidget(docs_box)
        split.addWidget(att_box)
        root.addWidget(split, 1)

        hist_box = QGroupBox(self.tr("Lịch sử xử lý"))
        QVBoxLayout(hist_box)
        self.history = QTableWidget(0, 4)
        self.history.setHorizontalHeaderLabels([self.tr("Thời gian"), self.tr("Sự kiện"), self.tr("Người thực hiện"),
                                                self.tr("Nội dung")])
        self.history.verticalHeader().hide()
        self.history.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        hist_box.layout().addWidget(self.history)
        root.addWidget(hist_box, 2)

        rows = (QHBoxLayout(), QHBoxLayout())
        for i, (key, _event, label) in enumerate(ACTIONS):
            b = QPushButton(self.tr(label))
            b.clicked.connect(lambda _=False, k=key: self.start_action(k))
            self.buttons[key] = b
            rows[0 if i < 6 else 1].addWidget(b)
        self.print_button = QPushButton(self.tr("In phiếu…"))
        self._printing = self._printing_service()
        if self._printing is None:
            self.print_button.hide()
        else:
            menu = QMenu(self.print_button)
            for form, label in PRINT_FORMS:
                menu.addAction(self.tr(label), lambda f=form: self.print_form(f))
            self.print_button.setMenu(menu)
        rows[1].addWidget(self.print_button)
        rows[0].addStretch(1)
        rows[1].addStretch(1)
        close = QPushButton(self.tr("Đóng"))
        close.clicked.connect(self.close)
        rows[1].addWidget(close)
        root.addLayout(rows[0])
        root.addLayout(rows[1])

    def _printing_service(self) -> Any:
        try:
            return self.services.printing
        except (ImportError, AttributeError):
            return None

    # --- data ----------------------------------------------------------------------------------
    def load(self) -> None:
        try:
            d = self.services.dossiers.get(self.code)
        except DeskError as err:
            self.title.setText(self.code)
            self.banner.setText(error_text(err))
            self.banner.setStyleSheet("background: #f8d7da; color: #842029; padding: 8px; border-radius: 4px;")
            self.banner.show()
            for b in self.buttons.values():
                b.setEnabled(False)
            return
        self.dossier = d
        names = self.services.tracking.user_names()
        a = d.applicant
        self.title.setText(d.code)
        self.status.setText(status_text(d.status))
        v = self.fields
        v["applicant"].setText(a.full_name + (f" ({a.organisation})" if a.organisation else ""))
        v["citizen_id"].setText(a.citizen_id or "—")
        v["phone"].setText(a.phone or "—")
        v["address"].setText(a.address or "—")
        v["procedure"].setText(f"{d.procedure_name} ({d.procedure_code})")
        v["field"].setText(d.field)
        v["received"].setText(fmt_datetime(d.received_at))
        v["counted"].setText(fmt_date(d.counted_from) or "—")
        channel = CHANNEL_LABELS.get(d.channel.value)
        v["channel"].setText(self.tr(channel) if channel else d.channel.value)
        v["due"].setText(fmt_date(d.due_date) or "—")
        v["base_due"].setText(fmt_date(d.base_due_date) or "—")
        v["apology_due"].setText(fmt_date(d.apology_due_date) or "—")
        v["result_at"].setText(fmt_datetime(d.result_at) or "—")
        v["returned_at"].setText(fmt_datetime(d.returned_at) or "—")
        v["resolution"].setText(resolution_text(d.resolution.value if d.resolution else None) or "—")
        v["holder"].setText(names.get(d.holder, d.holder) or "—")
        v["agency"].setText(d.agency or "—")
        v["book"].setText(self.tr("Năm {year}, số {number}").format(year=d.book_year, number=d.book_number)
                          if d.book_number else "—")
        v["fee"].setText(_money(d.fee))
        v["fee_paid"].setText(_money(d.fee_paid) if d.status is Status.RETURNED else "—")
        v["satisfaction"].setText(self.tr(SATISFACTION_LABELS[d.satisfaction.value]) if d.satisfaction else "—")
        self.documents.clear()
        kinds = {"original": self.tr("bản chính"), "copy": self.tr("bản sao"),
                 "certified_copy": self.tr("bản sao chứng thực"), "shown": self.tr("xuất trình")}
        for doc in d.documents:
            mark = "✔" if doc.received else "✘"
            item = QListWidgetItem(f"{mark} {doc.name} — {kinds.get(doc.kind, doc.kind)} × {doc.count}"
                                   + (f" ({doc.note})" if doc.note else ""))
            self.documents.addItem(item)
        self.attachments.clear()
        for att in self.services.attachments.list(d.code):
            item = QListWidgetItem(f"{att.name} — {att.size / 1024:.0f} KB, {fmt_datetime(att.added_at)}, "
                                   f"{names.get(att.added_by, att.added_by)}")
            item.setData(Qt.ItemDataRole.UserRole, str(att.path))
            item.setToolTip(att.sha256)
            self.attachments.addItem(item)
        self._fill_history(d.events, names)
        self._update_banner()
        self._update_buttons()

    def _fill_history(self, events: list[Event], names: dict[str, str]) -> None:
        self.history.setRowCount(len(events))
        for i, e in enumerate(events):
            cells = [e.at.strftime("%H:%M %d/%m/%Y"), QCoreApplication.translate("messages", EVENT_LABELS[e.type]),
                     names.get(e.actor, e.actor), self._describe(e, names)]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.history.setItem(i, c, item)
        self.history.resizeColumnsToContents()
        self.history.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)

    def _describe(self, e: Event, names: dict[str, str]) -> str:
        d = e.data
        parts: list[str] = []
        if e.type is E.RECEIVED and d.get("due_date"):
            parts.append(self.tr("hẹn trả {date}").format(date=fmt_date(dt.date.fromisoformat(d["due_date"]))))
        elif e.type is E.SUPPLEMENT_RECEIVED and d.get("due_date"):
            parts.append(self.tr("tính lại hạn, hẹn trả {date}").format(
                date=fmt_date(dt.date.fromisoformat(d["due_date"]))))
        elif e.type is E.TRANSFERRED:
            who = d.get("to_name") or names.get(d.get("to_user", ""), d.get("to_user", ""))
            parts.append(self.tr("giao cho {who}").format(who=who))
        elif e.type in (E.SENT_TO_AGENCY, E.BACK_FROM_AGENCY) and d.get("agency"):
            parts.append(str(d["agency"]))
        elif e.type is E.SUPPLEMENT_REQUESTED:
            items = "; ".join(d.get("items") or [])
            parts.extend(x for x in (d.get("instruction", ""), items) if x)
        elif e.type in (E.REFUSED, E.WITHDRAWN) and d.get("reason"):
            parts.append(str(d["reason"]))
        elif e.type is E.APOLOGIZED:
            parts.append(self.tr("{reason}; hẹn lại {new} (hẹn cũ {old})").format(
                reason=d.get("reason", ""), new=fmt_date(_date(d.get("new_due_date"))),
                old=fmt_date(_date(d.get("old_due_date")))))
        elif e.type is E.RETURNED:
            if d.get("by_post"):
                parts.append(self.tr("trả qua bưu chính"))
            else:
                who = str(d.get("collected_by", ""))
                if d.get("representative"):
                    who += self.tr(" (nhận thay, giấy tờ {id})").format(id=d.get("id_number", ""))
                parts.append(self.tr("người nhận: {who}").format(who=who))
            if d.get("fee_paid"):
                parts.append(self.tr("thu {fee}").format(fee=_money(int(d["fee_paid"]))))
            if d.get("satisfaction"):
                label = SATISFACTION_LABELS.get(d["satisfaction"])
                parts.append(self.tr(label) if label else str(d["satisfaction"]))
        elif e.type is E.ATTACHMENT_ADDED:
            parts.append(str(d.get("name", "")))
        elif e.type is E.PRINTED:
            parts.append(str(d.get("form", "")) + (self.tr(" (in lại)") if d.get("copy") else ""))
        if e.note:
            parts.append(e.note)
        return " — ".join(p for p in parts if p)

    def _update_banner(self) -> None:
        d = self.dossier
        assert d is not None
        warning = self.services.tracking.warning_for(d.code)
        apologised = any(e.type is E.APOLOGIZED for e in d.events)
        if warning == "overdue":
            text = self.tr("Hồ sơ đã quá hạn trả kết quả (hẹn {due}).").format(due=fmt_date(d.due_date))
            if not apologised:
                text += " " + self.tr("Hãy lập Phiếu xin lỗi và hẹn lại ngày trả (Mẫu 04).")
            style = "background: #f8d7da; color: #842029;"
        elif warning == "due_soon":
            text = self.tr("Hồ sơ sắp đến hạn trả kết quả (hẹn {due}) mà chưa có kết quả. Nếu không kịp, hãy lập "
                           "Phiếu xin lỗi và hẹn lại ngày trả (Mẫu 04) trước ngày hẹn.").format(
                               due=fmt_date(d.due_date))
            style = "background: #fff3cd; color: #664d03;"
        else:
            self.banner.hide()
            return
        self.banner.setText("⚠ " + text)
        self.banner.setStyleSheet(style + " padding: 8px; border-radius: 4px; font-weight: bold;")
        self.banner.show()

    def allowed(self, key: str) -> bool:
        """Whether the signed-in user may do ``key`` on this dossier now (role and status)."""
        d, user = self.dossier, self.ctx.user
        if d is None or user is None:
            return False
        event = dict((k, e) for k, e, _ in ACTIONS)[key]
        if user.role not in EVENT_ROLES[event]:
            return False
        try:
            next_status(d.status, event, apologies=sum(1 for e in d.events if e.type is E.APOLOGIZED))
        except DeskError:
            return False
        return True

    def _update_buttons(self) -> None:
        for key, b in self.buttons.items():
            on = self.allowed(key)
            b.setEnabled(on)
            b.setVisible(on or key not in ("back_from_agency", "supplement_received", "return"))
        primary = "font-weight: bold; padding: 4px 14px;"
        for key in ("return", "result_ready", "supplement_received"):
            self.buttons[key].setStyleSheet(primary if self.buttons[key].isEnabled() else "")

    # --- actions -------------------------------------------------------------------------------
    def start_action(self, key: str) -> ActionDialog | None:
        """Open the dialog of an action (the buttons, the returns page and tests call this)."""
        if not self.allowed(key):
            return None
        d = self.dossier
        assert d is not None
        s = self.services
        user = self.ctx.require_user()
        run: Callable[[Services, Any], Any]
        if key == "transfer":
            dialog: ActionDialog = TransferDialog(s.auth.users.list(), user, self)
            run = lambda sv, v: sv.dossiers.transfer(user, d.code, v[0], v[1])  # noqa: E731
        elif key == "send_to_agency":
            proc = s.catalog.get(d.procedure_code)
            dialog = AgencyDialog(proc.receiving_agency if proc else "", self)
            run = lambda sv, v: sv.dossiers.send_to_agency(user, d.code, v[0], v[1])  # noqa: E731
        elif key == "back_from_agency":
            dialog = TextDialog(self.tr("Nhận lại hồ sơ từ {agency}").format(agency=d.agency), self.tr("Ghi chú"),
                                parent=self)
            run = lambda sv, v: sv.dossiers.back_from_agency(user, d.code, v)  # noqa: E731
        elif key == "request_supplement":
            dialog = TextDialog(self.tr("Yêu cầu bổ sung, hoàn thiện hồ sơ"), self.tr("Nội dung cần bổ sung"),
                                required=True, intro=self.tr("Hướng dẫn người nộp một lần, đầy đủ; khi nhận đủ giấy tờ "
                                                             "thời hạn giải quyết được tính lại từ đầu."), parent=self)
            run = lambda sv, v: sv.dossiers.request_supplement(user, d.code, v)  # noqa: E731
        elif key == "supplement_received":
            dialog = TextDialog(self.tr("Nhận giấy tờ bổ sung"), self.tr("Ghi chú"),
                                intro=self.tr("Thời hạn giải quyết được tính lại từ ngày nhận đủ giấy tờ bổ sung."),
                                parent=self)
            run = lambda sv, v: sv.dossiers.supplement_received(user, d.code, v)  # noqa: E731
        elif key == "result_ready":
            dialog = TextDialog(self.tr("Đã có kết quả giải quyết"), self.tr("Ghi chú"), parent=self)
            run = lambda sv, v: sv.dossiers.result_ready(user, d.code, v)  # noqa: E731
        elif key == "apologize":
            cal = s.calendar()
            dialog = ApologyDialog(d, s.tracking.propose_new_due_date(d.code), cal.is_working_day, self)
            run = lambda sv, v: sv.dossiers.apologize(user, d.code, v[0], v[1])  # noqa: E731
        elif key == "return":
            dialog = ReturnDialog(d, self)
            run = lambda sv, v: sv.dossiers.return_result(user, d.code, v)  # noqa: E731
        elif key == "withdraw":
            dialog = TextDialog(self.tr("Rút hồ sơ"), self.tr("Lý do rút hồ sơ"), required=True,
                                intro=self.tr("Người nộp đề nghị dừng giải quyết hồ sơ."), parent=self)
            run = lambda sv, v: sv.dossiers.withdraw(user, d.code, v)  # noqa: E731
        elif key == "note":
            dialog = TextDialog(self.tr("Thêm ghi chú"), self.tr("Ghi chú"), required=True, parent=self)
            run = lambda sv, v: sv.dossiers.add_note(user, d.code, v)  # noqa: E731
        elif key == "attach":
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Chọn bản quét hoặc ảnh chụp giấy tờ"), "",
                                                  self.tr("Ảnh và PDF (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;"
                                                          "Mọi tệp (*)"))
            if path:
                self.add_attachment(Path(path))
            return None
        else:
            return None
        self.dialog = dialog
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.submitted.connect(lambda values: self._submit(dialog, run, values))
        dialog.open()
        focus_first(dialog)
        return dialog

    def _submit(self, dialog: ActionDialog, run: Callable[[Services, Any], Any], values: Any) -> None:
        dialog.ok_button.setEnabled(False)

        def done(result: Any) -> None:
            dialog.ok_button.setEnabled(True)
            if isinstance(result, BaseException):
                dialog.show_error(error_text(result))
                return
            dialog.accept()
            self.dialog = None
            self.load()
            self.ctx.bus.data_changed.emit()
            self.ctx.bus.status_message.emit(self.tr("Đã lưu hồ sơ {code}.").format(code=self.code))

        self.ctx.runner.submit(lambda sv: run(sv, values), on_success=done, on_failure=done)

    def add_attachment(self, path: Path) -> None:
        user = self.ctx.require_user()
        code = self.code

        def done(result: Any) -> None:
            if isinstance(result, BaseException):
                self.banner.setText(error_text(result))
                self.banner.setStyleSheet("background: #f8d7da; color: #842029; padding: 8px; border-radius: 4px;")
                self.banner.show()
                return
            self.load()
            self.ctx.bus.data_changed.emit()

        self.ctx.runner.submit(lambda sv: sv.attachments.add(user, code, path), on_success=done, on_failure=done)

    def _open_attachment(self, item: QListWidgetItem) -> None:
        path = item.data(Qt.ItemDataRole.UserRole)
        if path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(path))

    def print_form(self, form: str) -> None:
        user = self.ctx.require_user()
        code = self.code

        def done(result: Any) -> None:
            if isinstance(result, BaseException):
                self.banner.setText(error_text(result))
                self.banner.setStyleSheet("background: #f8d7da; color: #842029; padding: 8px; border-radius: 4px;")
                self.banner.show()
                return
            self.load()
            if QGuiApplication.platformName() not in ("offscreen", "minimal"):
                from desk_app.ui.print_preview import PrintPreviewDialog

                PrintPreviewDialog(self.ctx, result, self.tr("Bản in"), self).exec()

        self.ctx.runner.submit(lambda sv: sv.printing.print_form(user, code, form), on_success=done, on_failure=done)


def _date(v: object) -> dt.date | None:
    return dt.date.fromisoformat(v) if isinstance(v, str) and v else None
