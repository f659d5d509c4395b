"""UI preferences stored in the database (``settings`` key "ui"): language and idle lock minutes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QSpinBox, QVBoxLayout, QWidget

from desk_app.services import Services
from desk_app.ui.context import UiContext
from desk_app.ui.login import DEFAULT_IDLE_MINUTES

LANGUAGES = (("vi", "Tiếng Việt"), ("en", "English"))
DEFAULTS: dict[str, Any] = {"language": "vi", "idle_minutes": DEFAULT_IDLE_MINUTES}


def load_ui_settings(services: Services) -> dict[str, Any]:
    stored = services.settings.get("ui", {})
    merged = dict(DEFAULTS)
    if isinstance(stored, dict):
        merged.update({k: v for k, v in stored.items() if k in DEFAULTS})
    if merged["language"] not in dict(LANGUAGES):
        merged["language"] = "vi"
    try:
        merged["idle_minutes"] = max(0, int(merged["idle_minutes"]))
    except (TypeError, ValueError):
        merged["idle_minutes"] = DEFAULT_IDLE_MINUTES
    return merged


def save_ui_settings(services: Services, values: dict[str, Any]) -> None:
    with services.store.transaction():
        services.settings.set("ui", {k: values[k] for k in DEFAULTS if k in values})


class SettingsDialog(QDialog):
    def __init__(self, ctx: UiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Cài đặt"))
        current = load_ui_settings(ctx.services)
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(current["language"])))
        self.idle = QSpinBox()
        self.idle.setObjectName("idleMinutes")
        self.idle.setRange(0, 240)
        self.idle.setSuffix(self.tr(" phút"))
        self.idle.setSpecialValueText(self.tr("Không tự khóa"))
        self.idle.setValue(int(current["idle_minutes"]))
        form = QFormLayout()
        lang_label = QLabel(self.tr("&Ngôn ngữ giao diện"))
        lang_label.setBuddy(self.language)
        idle_label = QLabel(self.tr("&Tự khóa màn hình sau"))
        idle_label.setBuddy(self.idle)
        form.addRow(lang_label, self.language)
        form.addRow(idle_label, self.idle)
        note = QLabel(self.tr("Ngôn ngữ mới được áp dụng khi mở lại phần mềm."))
        note.setStyleSheet("color: #5f6368;")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Lưu"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addLayout(form)
        lay.addWidget(note)
        lay.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        return {"language": self.language.currentData(), "idle_minutes": self.idle.value()}

    def _save(self) -> None:
        values = self.values()
        save_ui_settings(self.ctx.services, values)
        self.ctx.settings.update(values)
        self.accept()
