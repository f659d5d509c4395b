"""Qt translations: extract strings with pyside6-lupdate, compile .qm with pyside6-lrelease, install them.

Vietnamese is the source language (``self.tr("…")`` strings are Vietnamese), so Vietnamese needs
no translator; English comes from ``resources/i18n/desk_app_en.ts``. The ``.qm`` files are build
products (not committed): :func:`ensure_qm` compiles one on the fly when it is missing or older
than its ``.ts``.

    python -m desk_app.ui.i18n update    # refresh the .ts from the sources (keeps translations)
    python -m desk_app.ui.i18n compile   # build the .qm files
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desk_app.paths import bundle_root

log = logging.getLogger(__name__)
LANGUAGES = ("vi", "en")


def i18n_dir() -> Path:
    return bundle_root() / "resources" / "i18n"


def ts_path(lang: str) -> Path:
    return i18n_dir() / f"desk_app_{lang}.ts"


def source_files() -> list[Path]:
    """Every module a user-facing string can come from: the UI, and the messages of errors raised below it.

    The hub (a server with Vietnamese-only answers) and the command line (Vietnamese-only) are left out.
    """
    root = bundle_root() / "desk_app"
    files = sorted(root.rglob("*.py"))
    skip = {root / "hub", root / "cli"}
    return [f for f in files if not any(f.is_relative_to(d) for d in skip)]


def _tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    # Inside the PySide6 wheel the tools live next to the package.
    import PySide6

    candidate = Path(PySide6.__file__).parent / name
    if candidate.exists():
        return str(candidate)
    raise FileNotFoundError(f"pyside6-{name} not found")


def update_ts(lang: str = "en") -> Path:
    target = ts_path(lang)
    target.parent.mkdir(parents=True, exist_ok=True)
    cmd = [_tool("lupdate"), "-locations", "none", "-no-obsolete", "-source-language", "vi_VN",
           "-target-language", "en_GB" if lang == "en" else lang, *map(str, source_files()), "-ts", str(target)]
    subprocess.run(cmd, check=True, capture_output=True)
    return target


def compile_qm(lang: str, dest: Path | None = None) -> Path:
    src = ts_path(lang)
    out = dest or src.with_suffix(".qm")
    subprocess.run([_tool("lrelease"), "-silent", str(src), "-qm", str(out)], check=True, capture_output=True)
    return out


def ensure_qm(lang: str) -> Path | None:
    """The compiled translation for ``lang``, compiling it now if missing or stale; None if impossible."""
    src = ts_path(lang)
    qm = src.with_suffix(".qm")
    if qm.exists() and (not src.exists() or qm.stat().st_mtime >= src.stat().st_mtime):
        return qm
    if not src.exists():
        return None
    try:
        return compile_qm(lang)
    except (OSError, subprocess.CalledProcessError):
        try:  # a read-only install folder: compile into a temporary folder instead
            return compile_qm(lang, Path(tempfile.gettempdir()) / f"motcua-desk_app_{lang}.qm")
        except (OSError, subprocess.CalledProcessError) as exc:
            log.warning("cannot compile translations for %s: %s", lang, exc)
            return None


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install the app's and Qt's own translators for ``lang``; keep the returned objects alive."""
    installed: list[QTranslator] = []
    QLocale.setDefault(QLocale(QLocale.Language.English if lang == "en" else QLocale.Language.Vietnamese))
    qt_base = QTranslator(app)
    if qt_base.load(QLocale(), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_base)
        installed.append(qt_base)
    if lang != "vi":
        qm = ensure_qm(lang)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.warning("no translation for %s; showing Vietnamese", lang)
    return installed


def main(argv: list[str] | None = None) -> int:
    args = argv if argv is not None else sys.argv[1:]
    command = args[0] if args else "compile"
    if command == "update":
        print(update_ts("en"))
    elif command == "compile":
        print(compile_qm("en"))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
