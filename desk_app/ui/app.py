"""QApplication set-up: bundled fonts (Vietnamese needs them on bare machines), translators, name, icon."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtGui import QFont, QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from desk_app.ui.i18n import install_translators

log = logging.getLogger(__name__)
UI_FONT_SIZE = 10


def load_bundled_fonts() -> list[str]:
    """Register every TTF/OTF under resources/fonts; return the families found (empty on failure)."""
    try:
        from desk_app.assets import asset_path
    except ImportError:
        return []
    folder = asset_path("fonts")
    families: list[str] = []
    if not folder.is_dir():
        return families
    for path in sorted([*folder.glob("*.ttf"), *folder.glob("*.otf")]):
        font_id = QFontDatabase.addApplicationFont(str(path))
        if font_id < 0:
            log.warning("font %s could not be loaded", path)
            continue
        for fam in QFontDatabase.applicationFontFamilies(font_id):
            if fam not in families:
                families.append(fam)
    return families


def _ui_family(bundled: list[str]) -> str | None:
    """A sans family covering Vietnamese: the system's if it has one, else a bundled font."""
    available = set(QFontDatabase.families())
    for family in ("Segoe UI", "Noto Sans", "DejaVu Sans", "Liberation Sans", "Arial"):
        if family in available and QFontDatabase.writingSystems(family).count(QFontDatabase.WritingSystem.Vietnamese):
            return family
    for family in bundled:
        if QFontDatabase.writingSystems(family).count(QFontDatabase.WritingSystem.Vietnamese):
            return family
    return bundled[0] if bundled else None


def create_app(argv: list[str] | None = None, lang: str = "vi") -> tuple[QApplication, list[QTranslator]]:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    QCoreApplication.setOrganizationName("MotCua")
    QCoreApplication.setApplicationName("Một Cửa Desk")
    app.setApplicationDisplayName("Một Cửa Desk")
    try:
        from desk_app.assets import asset_path

        icon = asset_path("icons", "app.png")
        if icon.exists():
            app.setWindowIcon(QIcon(str(icon)))
    except ImportError:
        pass
    family = _ui_family(load_bundled_fonts())
    if family:
        app.setFont(QFont(family, UI_FONT_SIZE))
    translators = install_translators(app, lang)
    return app, translators
