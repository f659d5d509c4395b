"""Office profile tab: edit and save the office's name, codes, desk, hours and upstream address."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desk_app.domain.errors import ValidationError
from desk_app.domain.model import OfficeProfile
from desk_app.services import Services
from desk_app.ui.admin.office_form import OfficeForm, validate_upstream
from desk_app.ui.context import UiContext
from desk_app.ui.widgets.inputs import VietnameseLineEdit


class OfficeTab(QWidget):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.form = OfficeForm()
        self.upstream = VietnameseLineEdit(placeholder="https://motcua.example.gov.vn/")
        self.upstream.setObjectName("office_upstream")
        self.save_button = QPushButton(self.tr("&Lưu hồ sơ cơ quan"))
        self.save_button.setObjectName("office_save")
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Máy chủ cấp trên (https://…)")))
        row.addWidget(self.upstream, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addLayout(row)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        layout.addLayout(buttons)
        layout.addStretch(1)
        self.save_button.clicked.connect(self.save)
        self.refresh()

    def refresh(self) -> None:
        office = self.ctx.services.office()
        self.form.load(office)
        self.upstream.setText(office.upstream)

    def save(self) -> None:
        fields = self.form.validate()
        if fields is None:
            return
        try:
            fields["upstream"] = validate_upstream(self.upstream.value())
        except ValidationError as exc:
            self.form.show_error(exc)
            self.upstream.setFocus()
            return
        actor = self.ctx.require_user()
        self.save_button.setEnabled(False)

        def work(s: Services) -> OfficeProfile:
            return s.update_office(actor, **fields)

        self.ctx.runner.submit(work, self._saved, self._failed)

    def _saved(self, office: Any) -> None:
        self.save_button.setEnabled(True)
        self.ctx.services._calendar = None  # saved on the worker's connection: recompute here too
        self.form.message.show_message(self.tr("Đã lưu hồ sơ cơ quan {name}.").format(name=office.name), "ok")
        self.ctx.bus.status_message.emit(self.tr("Đã lưu hồ sơ cơ quan."))
        self.ctx.bus.data_changed.emit()

    def _failed(self, exc: BaseException) -> None:
        self.save_button.setEnabled(True)
        self.form.show_error(exc)
