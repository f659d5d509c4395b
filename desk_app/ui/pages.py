"""The main window's navigation pages: a registry so each room adds its page in its own module.

A page module defines ``class Page(QWidget)`` built as ``Page(ctx: UiContext, parent)``, with a
``title`` attribute (translated, shown in the navigation) and optionally ``activate()`` (called
each time it is shown), ``refresh()`` (called on ``ctx.bus.data_changed``) and
``open_dossier(code)`` for pages that can show one dossier.
"""

from __future__ import annotations

import importlib
import logging
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from desk_app.domain.model import Role
from desk_app.ui.context import UiContext

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    key: str  # reception | tracking | returns | search | reports | sync | admin
    module: str  # module holding a QWidget subclass named ``Page``
    roles: frozenset[Role]  # who sees it in the navigation
    shortcut: str  # e.g. "Alt+1"


ALL = frozenset(Role)
# Order = the left navigation: Tiếp nhận, Theo dõi, Trả kết quả, Tra cứu, Báo cáo, Đồng bộ, Quản trị.
PAGES = [
    PageSpec("reception", "desk_app.ui.reception.page", frozenset({Role.CLERK}), "Alt+1"),
    PageSpec("tracking", "desk_app.ui.tracking.page", ALL - {Role.ADMIN}, "Alt+2"),
    PageSpec("returns", "desk_app.ui.returns.page", frozenset({Role.CLERK}), "Alt+3"),
    PageSpec("search", "desk_app.ui.search.page", ALL, "Alt+4"),
    PageSpec("reports", "desk_app.ui.reports.page", frozenset({Role.LEADER, Role.ADMIN, Role.CLERK}), "Alt+5"),
    PageSpec("sync", "desk_app.ui.sync.page", frozenset({Role.CLERK, Role.ADMIN}), "Alt+6"),
    PageSpec("admin", "desk_app.ui.admin.page", frozenset({Role.ADMIN}), "Alt+7"),
]


def load_page(spec: PageSpec, ctx: UiContext, parent: QWidget | None = None) -> QWidget | None:
    """Build a page; a room not yet present is skipped (so rooms can land one by one)."""
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name and spec.module.startswith(exc.name):
            log.info("page %s not available", spec.key)
            return None
        raise
    widget: QWidget = module.Page(ctx, parent)
    return widget
