"""Resolve paths of bundled assets (fonts, form definitions, catalog, icons) in source and in a PyInstaller bundle."""

from __future__ import annotations

import sys
from pathlib import Path

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def resources_root() -> Path:
    """The ``resources/`` folder: the repository's, or the unpacked bundle's.

    PyInstaller unpacks data files under ``sys._MEIPASS``; the spec copies ``resources/`` there
    with the same name, so the relative layout stays the same in both cases.
    """
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return _SOURCE_ROOT / "resources"


def asset_path(*parts: str) -> Path:
    """Path of an asset under ``resources/``, e.g. ``asset_path("fonts", "LiberationSerif-Regular.ttf")``.

    Parts are joined below the resources root; a part that would climb out of it is refused so a
    configured name can never point the app at an arbitrary file.
    """
    if any(part == ".." or Path(part).is_absolute() for part in parts):
        raise ValueError(f"asset path escapes resources/: {parts!r}")
    return resources_root().joinpath(*parts)
