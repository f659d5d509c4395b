"""Keyboard-wedge scanner input: CCCD QR capture inside a form, and fast-burst detection.

A USB scanner "types" its text like a keyboard, very fast, usually ending with Enter. A chip
citizen card's QR arrives as one line ``<12 digits>|…|…`` whatever field has the focus, so the
catcher watches keystrokes: once the buffered text is 12 digits followed by ``|`` it swallows
the rest of the line (so field validators and length limits never cut it), puts back what the
focused field held before the first digit, and hands the whole text over on Enter (or after a
short pause, for scanners configured without a suffix).
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QLineEdit, QPlainTextEdit, QTextEdit, QWidget

_ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


class CccdScanCatcher(QObject):
    """Event filter for every input of one form step; emits ``scanned(text)`` with a whole QR line."""

    scanned = Signal(str)
    PAUSE_MS = 300  # end of a scan without an Enter suffix

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.root = root
        self._buf = ""
        self._swallowing = False
        self._snapshot: tuple[QWidget, str] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._finish)

    def watch(self) -> None:
        """Install on the root and on every descendant (call after the form is built)."""
        for w in [self.root, *self.root.findChildren(QWidget)]:
            w.installEventFilter(self)

    @property
    def swallowing(self) -> bool:
        return self._swallowing

    def _reset(self) -> None:
        self._buf, self._swallowing, self._snapshot = "", False, None
        self._timer.stop()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or obj is not QApplication.focusWidget():
            return False
        assert isinstance(event, QKeyEvent)
        key, text = event.key(), event.text()
        if self._swallowing:
            if key in _ENTER:
                self._finish()
                return True
            if text and text.isprintable():
                self._buf += text
                self._timer.start(self.PAUSE_MS)
                return True
            return True  # a scan is one line: ignore stray control keys inside it
        if not text or not text.isprintable() or event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        ):
            if key not in (Qt.Key.Key_Shift,):
                self._buf, self._snapshot = "", None
            return False
        if text.isdigit() and len(self._buf) < 12 and (not self._buf or self._buf.isdigit()):
            if not self._buf:
                self._snapshot = (obj, _field_text(obj)) if isinstance(obj, QWidget) else None
            self._buf += text
            return False
        if text == "|" and len(self._buf) == 12 and self._buf.isdigit():
            self._buf += text
            self._swallowing = True
            self._timer.start(self.PAUSE_MS)
            return True
        self._buf, self._snapshot = "", None
        return False

    def _finish(self) -> None:
        text, snapshot = self._buf, self._snapshot
        self._reset()
        if snapshot is not None:
            _restore_field(*snapshot)
        # A malformed scan is handed over too: it deserves its own message, not silence.
        self.scanned.emit(text)


def _field_text(w: QWidget) -> str:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, QAbstractSpinBox):
        return w.text()
    if isinstance(w, QPlainTextEdit):
        return w.toPlainText()
    if isinstance(w, QTextEdit):
        return w.toPlainText()
    return ""


def _restore_field(w: QWidget, text: str) -> None:
    if isinstance(w, QLineEdit):
        w.setText(text)
    elif isinstance(w, QAbstractSpinBox):
        line = w.findChild(QLineEdit)
        if line is not None:
            line.setText(text)
        w.interpretText()
    elif isinstance(w, QPlainTextEdit):
        w.setPlainText(text)


class BurstDetector(QObject):
    """Application-wide: a fast burst of printable keys ending in Enter that ``accept`` likes.

    Human typing is slower than ~50 ms per key; wedge scanners send a whole code in a few ms a
    key. The burst is reported with ``scanned(text)``; the Enter that ends it is eaten only when
    ``accept`` says the text is for us (e.g. a dossier code), so forms keep their Enter.
    """

    scanned = Signal(str)
    MAX_GAP = 0.05
    MIN_LEN = 6

    def __init__(self, accept: Callable[[str], bool], parent: QObject | None = None,
                 wanted: Callable[[], bool] | None = None) -> None:
        super().__init__(parent)
        self.accept = accept
        self.wanted = wanted or (lambda: True)
        self._buf = ""
        self._last = 0.0

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() != QEvent.Type.KeyPress or obj is not QApplication.focusWidget():
            return False
        assert isinstance(event, QKeyEvent)
        now = time.monotonic()
        fast = now - self._last <= self.MAX_GAP
        self._last = now
        if event.key() in _ENTER:
            text, self._buf = self._buf, ""
            if fast and len(text) >= self.MIN_LEN and self.accept(text) and self.wanted():
                self.scanned.emit(text)
                return True
            return False
        t = event.text()
        if t and t.isprintable():
            self._buf = (self._buf + t) if (fast or not self._buf) else t
        else:
            self._buf = ""
        return False
