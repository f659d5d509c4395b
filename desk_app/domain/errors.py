"""Domain errors carrying a stable code and a Vietnamese message template (translatable)."""

from __future__ import annotations

from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name recognised by lupdate
    """Mark a message for Qt's translation tools without importing Qt."""
    return text


class Message(str):
    """A user-facing text, formatted in Vietnamese, that keeps its template and parameters.

    It is a plain ``str`` everywhere (printed by the CLI, stored as JSON); the UI translates the
    template through the ``"messages"`` context and formats it again in the user's language.
    """

    template: str
    params: dict[str, Any]

    def __new__(cls, template: str, /, **params: Any) -> Message:
        try:
            text = template.format(**params)
        except (KeyError, IndexError):
            text = template
        obj = super().__new__(cls, text)
        obj.template = template
        obj.params = params
        return obj


class DeskError(Exception):
    """Base of every error the user may see: a code, a message template and its parameters.

    ``template`` is Vietnamese (the default UI language); the UI translates it through Qt's
    translator under the context ``"messages"`` and then formats it with ``params``.
    """

    def __init__(self, code: str, template: str, /, **params: Any) -> None:
        self.code = code
        self.template = template
        self.params = params
        super().__init__(self.message)

    @property
    def message(self) -> Message:
        """The Vietnamese text, still carrying its template so the UI can show it translated."""
        return Message(self.template, **self.params)

    def __str__(self) -> str:
        return self.message


class ValidationError(DeskError):
    """Input that does not satisfy a rule (bad field value, malformed QR text, …)."""

    def __init__(self, code: str, template: str, /, field: str | None = None, **params: Any) -> None:
        self.field = field
        super().__init__(code, template, **params)


class TransitionError(DeskError):
    """A lifecycle change that is not allowed from the dossier's current state."""


class PermissionDenied(DeskError):
    """The acting user's role does not allow the operation."""


class NotFound(DeskError):
    """A dossier, procedure or user that does not exist."""
