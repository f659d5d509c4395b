"""Cheap checks of the packaging recipes (the real build is installer/build_linux.sh + smoke_bundle.sh)."""

from __future__ import annotations

import ast
import os
import re
import runpy
import shutil
import subprocess
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def test_spec_parses_and_reads_the_version_from_pyproject() -> None:
    spec = INSTALLER / "motcua-desk.spec"
    ast.parse(spec.read_text(encoding="utf-8"))
    names = runpy.run_path(str(spec), run_name="spec_check")  # PyInstaller globals absent: helpers only
    assert names["VERSION"] == VERSION
    assert names["read_version"]() == VERSION


def test_spec_lists_every_lazily_imported_module() -> None:
    from desk_app.cli.main import COMMAND_MODULES
    from desk_app.ui.pages import PAGES

    names = runpy.run_path(str(INSTALLER / "motcua-desk.spec"), run_name="spec_check")
    lazy = set(names["LAZY_MODULES"])
    assert {p.module for p in PAGES} <= lazy
    assert set(COMMAND_MODULES) <= lazy
    core = (ROOT / "desk_app" / "services" / "core.py").read_text(encoding="utf-8")
    assert set(re.findall(r'_room\("([\w.]+)"', core)) <= lazy


def test_spec_never_excludes_a_qt_module_the_source_uses() -> None:
    names = runpy.run_path(str(INSTALLER / "motcua-desk.spec"), run_name="spec_check")
    used = names["qt_modules_used"]()
    assert {"QtCore", "QtGui", "QtWidgets"} <= used
    assert not {f"PySide6.{m}" for m in used} & set(names["QT_EXCLUDES"])
    assert "PySide6.QtWebEngineCore" in names["QT_EXCLUDES"]


def test_spec_bundles_resources_migrations_and_fonts() -> None:
    pytest.importorskip("PyInstaller")
    names = runpy.run_path(str(INSTALLER / "motcua-desk.spec"), run_name="spec_check")
    dests = {(Path(src).name, dest) for src, dest in names["datas"]()}
    assert ("0001_initial.sql", "db") in dests
    assert ("LiberationSerif-Regular.ttf", str(Path("resources") / "fonts")) in dests
    assert ("procedures.json", str(Path("resources") / "catalog")) in dests


def test_inno_setup_script_version_shortcuts_and_data_kept() -> None:
    iss = (INSTALLER / "windows" / "motcua-desk.iss").read_text(encoding="utf-8-sig")
    assert "AppVersion={#AppVersion}" in iss and "#ifndef AppVersion" in iss
    assert "DefaultDirName={autopf}" in iss and "PrivilegesRequired=admin" in iss
    assert re.search(r"^Name: \"\{autoprograms\}\\\{#AppName\}\"", iss, re.M)
    assert re.search(r"^Name: \"\{autodesktop\}\\\{#AppName\}\"", iss, re.M)
    assert re.search(r"^AppId=\{\{[0-9A-F-]{36}\}$", iss, re.M)  # fixed: a new version upgrades in place
    assert not re.search(r"^\[UninstallDelete\]", iss, re.M)
    deletes = [line for line in iss.splitlines() if line.startswith("Type:")]
    assert all("{app}" in line for line in deletes)
    lowered = iss.lower()
    for forbidden in ("{localappdata}", "{userappdata}", "{commonappdata}", "deltree", "deletefile"):
        assert forbidden not in lowered
    assert "MotCua\\MotCuaDesk" in iss  # tells the user where the data stays


def test_windows_build_script_passes_the_version() -> None:
    ps1 = (INSTALLER / "windows" / "build_windows.ps1").read_text(encoding="utf-8-sig")
    assert "/DAppVersion=$Version" in ps1 and "motcua-desk.spec" in ps1 and "pyinstaller" in ps1.lower()


@pytest.mark.parametrize("script", ["build_linux.sh", "smoke_bundle.sh", "debootstrap_test.sh"])
def test_shell_scripts_are_executable_and_parse(script: str) -> None:
    path = INSTALLER / script
    assert path.exists(), path
    assert os.access(path, os.X_OK), f"{script} is not executable (git update-index --chmod=+x)"
    subprocess.run(["bash", "-n", str(path)], check=True)


def test_deb_maintainer_scripts_never_touch_user_data() -> None:
    text = (INSTALLER / "build_linux.sh").read_text(encoding="utf-8")
    scripts = re.findall(r"<<'(POSTINST|POSTRM)'\n(.*?)\n\1\n", text, re.S)
    assert {name for name, _ in scripts} == {"POSTINST", "POSTRM"}
    for _, body in scripts:
        assert "rm " not in body and "/home" not in body and "MotCuaDesk" not in body.split("#", 1)[0]
        code = "\n".join(line for line in body.splitlines() if not line.lstrip().startswith("#"))
        assert ".local" not in code and "rm -" not in code
    depends = re.search(r'DEPENDS="(.*?)"', text, re.S)
    assert depends
    for lib in ("libgl1", "libegl1", "libxkbcommon0", "libxkbcommon-x11-0", "libfontconfig1", "libdbus-1-3",
                "libglib2.0-0", "libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-xkb1"):
        assert re.search(rf"(^|[ ,]){re.escape(lib)}([ ,]|$)", depends.group(1).replace("\\\n", " ")), lib


@pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb not available")
def test_built_deb_if_present_declares_the_version() -> None:
    debs = sorted((ROOT / "dist").glob(f"motcua-desk_{VERSION}_*.deb"))
    if not debs:
        pytest.skip("no package built (run installer/build_linux.sh)")
    out = subprocess.run(["dpkg-deb", "--field", str(debs[-1]), "Version", "Depends"], capture_output=True, text=True,
                         check=True).stdout
    assert f"Version: {VERSION}" in out and "libxcb-cursor0" in out
