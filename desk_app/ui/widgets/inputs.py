"""Input widgets: a line edit that keeps Vietnamese text in NFC, and an inline message label."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desk_app.domain.errors import DeskError, Message


def error_text(err: BaseException) -> str:
    """The user's-language text of an error: DeskError templates go through the "messages" context."""
    if isinstance(err, DeskError):
        return message_text(err.message)
    return str(err) or err.__class__.__name__


def message_text(text: str | None) -> str:
    """The user's-language text of a service's :class:`Message` (a plain string is shown as it is)."""
    if isinstance(text, Message):
        try:
            return QCoreApplication.translate("messages", text.template).format(**text.params)
        except (KeyError, IndexError, ValueError):
            return str(text)
    return text or ""


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


class VietnameseLineEdit(QLineEdit):
    """A QLineEdit whose value is NFC-normalised and trimmed (input methods may send decomposed marks)."""

    def __init__(self, parent: QWidget | None = None, *, placeholder: str = "") -> None:
        super().__init__(parent)
        if placeholder:
            self.setPlaceholderText(placeholder)
        self.editingFinished.connect(self._normalise)

    def _normalise(self) -> None:
        text = self.text()
        clean = nfc(text)
        if clean != text:
            pos = self.cursorPosition()
            self.setText(clean)
            self.setCursorPosition(min(pos, len(clean)))

    def value(self) -> str:
        return " ".join(nfc(self.text()).split())


class MessageLabel(QLabel):
    """An inline message under a field or a form: error (red), ok (green) or hint (grey)."""

    STYLES = {
        "error": "color: #b3261e; font-weight: 600;",
        "ok": "color: #1e6b34;",
        "hint": "color: #5f6368;",
    }

    def __init__(self, object_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(object_name)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.kind = ""
        self.clear_message()

    def show_message(self, text: str, kind: str = "error") -> None:
        self.kind = kind if text else ""
        self.setStyleSheet(self.STYLES.get(kind, ""))
        self.setText(text)
        self.setVisible(bool(text))
        if kind == "error" and text:
            self.setAccessibleDescription(text)

    def show_error(self, err: BaseException | str) -> None:
        self.show_message(err if isinstance(err, str) else error_text(err), "error")

    def clear_message(self) -> None:
        self.kind = ""
        self.setText("")
        self.setVisible(False)
