#!/usr/bin/env bash
# Build the Linux bundle (PyInstaller one folder) and the Debian package from a clean checkout.
#   bash installer/build_linux.sh            — bundle in dist/motcua-desk/, package in dist/motcua-desk_<version>_<arch>.deb
#   bash installer/build_linux.sh --no-deb   — the bundle only
# Needs Debian/Ubuntu (apt) as root or with sudo for the build tools the first time; PyPI for the Python parts.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD="$ROOT/build/linux"
VENV="${DESK_BUILD_VENV:-$BUILD/venv}"
DIST="$ROOT/dist"
MAKE_DEB=1
[ "${1:-}" = "--no-deb" ] && MAKE_DEB=0
T0=$(date +%s)
step() { echo "==> [$(( $(date +%s) - T0 ))s] $*"; }

# --- build machine tools -----------------------------------------------------------------------
# PyInstaller copies the build machine's shared libraries next to Qt's plugins, so the xcb set
# must be present here; binutils (objdump) is what PyInstaller reads them with.
APT_PACKAGES="python3 python3-venv python3-pip ca-certificates binutils libgl1 libegl1 \
libxkbcommon0 libglib2.0-0 libfontconfig1 libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 \
libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"
if command -v apt-get >/dev/null 2>&1; then
    missing=""
    for pkg in $APT_PACKAGES; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing="$missing $pkg"
    done
    if [ -n "$missing" ]; then
        SUDO=""
        [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        step "apt: cài công cụ dựng gói:$missing"
        $SUDO apt-get update -qq
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null
    fi
fi

# --- Python build environment ------------------------------------------------------------------
PY=${PYTHON:-python3}
if [ ! -x "$VENV/bin/python" ]; then
    step "venv $VENV"
    "$PY" -m venv "$VENV"
fi
step "pip install . pyinstaller pillow"
"$VENV/bin/python" -m pip install -q --upgrade pip 2> >(grep -v "is ignored: it is neither" >&2)
# A non-editable install: the bundle is built from exactly what a wheel would hold.
"$VENV/bin/python" -m pip install -q "pyinstaller>=6.10" pillow "$ROOT" 2> >(grep -v "is ignored: it is neither" >&2)
VERSION=$("$VENV/bin/python" -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")
step "Một Cửa Desk $VERSION"

# --- translations (.ts -> .qm), when the project has its compiler --------------------------------
if [ -f "$ROOT/installer/build_translations.sh" ]; then
    step "dịch: installer/build_translations.sh"
    PATH="$VENV/bin:$PATH" bash "$ROOT/installer/build_translations.sh"
elif [ -f "$ROOT/desk_app/ui/i18n.py" ] && grep -q "__main__" "$ROOT/desk_app/ui/i18n.py" \
        && compgen -G "$ROOT/resources/i18n/*.ts" >/dev/null; then
    step "dịch: python -m desk_app.ui.i18n compile"
    PATH="$VENV/bin:$PATH" "$VENV/bin/python" -m desk_app.ui.i18n compile
elif compgen -G "$ROOT/resources/i18n/*.ts" >/dev/null; then
    step "dịch: pyside6-lrelease resources/i18n/*.ts"
    for ts in "$ROOT"/resources/i18n/*.ts; do "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"; done
fi

# --- icon (drawn once if the project ships none) -----------------------------------------------
ICON="$ROOT/resources/icons/motcua-desk.png"
if [ ! -f "$ICON" ]; then
    ICON="$BUILD/motcua-desk.png"
    mkdir -p "$BUILD"
    "$VENV/bin/python" - "$ICON" <<'PYICON'
import sys
from PIL import Image, ImageDraw
img = Image.new("RGBA", (256, 256), (0, 0, 0, 0))
d = ImageDraw.Draw(img)
d.rounded_rectangle((8, 8, 248, 248), radius=40, fill=(178, 34, 34, 255))
d.polygon([(128, 40), (152, 106), (222, 106), (166, 148), (188, 216), (128, 174), (68, 216), (90, 148), (34, 106),
           (104, 106)], fill=(255, 205, 0, 255))
img.save(sys.argv[1])
PYICON
fi

# --- PyInstaller ---------------------------------------------------------------------------------
step "PyInstaller (thư mục dist/motcua-desk)"
rm -rf "$DIST/motcua-desk"
"$VENV/bin/pyinstaller" --noconfirm --clean --log-level WARN \
    --workpath "$BUILD/pyinstaller" --distpath "$DIST" "$ROOT/installer/motcua-desk.spec"
APPDIR="$DIST/motcua-desk"
[ -x "$APPDIR/desk-app" ] && [ -x "$APPDIR/desk-admin" ] || { echo "PyInstaller không tạo được desk-app/desk-admin" >&2; exit 1; }
step "bundle: $(du -sh "$APPDIR" | cut -f1)"

# --- Debian package ----------------------------------------------------------------------------
if [ "$MAKE_DEB" = 1 ]; then
    ARCH=$(dpkg --print-architecture)
    PKG="$BUILD/deb"
    rm -rf "$PKG"
    mkdir -p "$PKG/DEBIAN" "$PKG/opt" "$PKG/usr/bin" "$PKG/usr/share/applications" \
        "$PKG/usr/share/icons/hicolor/256x256/apps" "$PKG/usr/share/doc/motcua-desk"
    cp -a "$APPDIR" "$PKG/opt/motcua-desk"
    ln -s /opt/motcua-desk/desk-app "$PKG/usr/bin/desk-app"
    ln -s /opt/motcua-desk/desk-admin "$PKG/usr/bin/desk-admin"
    install -m 0644 "$ICON" "$PKG/usr/share/icons/hicolor/256x256/apps/motcua-desk.png"
    cat >"$PKG/usr/share/applications/motcua-desk.desktop" <<'DESKTOP'
[Desktop Entry]
Type=Application
Version=1.0
Name=Một Cửa Desk
Name[vi]=Một Cửa Desk
GenericName=Tiếp nhận và trả kết quả hồ sơ
Comment=Bộ phận Một cửa cấp xã: tiếp nhận, theo dõi, trả kết quả, in phiếu, đồng bộ cấp trên
Exec=/opt/motcua-desk/desk-app
Icon=motcua-desk
Terminal=false
Categories=Office;
StartupWMClass=desk-app
DESKTOP
    cat >"$PKG/usr/share/doc/motcua-desk/copyright" <<'COPYRIGHT'
Một Cửa Desk — MIT License.
Bundled fonts: Liberation Serif (SIL Open Font License 1.1), see /opt/motcua-desk/_internal/resources/fonts/.
Bundled Qt for Python (PySide6): LGPL-3.0; Python: PSF License.
COPYRIGHT
    # Exactly what the bundle loads from the system on a bare Debian 12 / Ubuntu 22.04+ (the rest ships inside):
    # OpenGL/EGL for Qt's widgets, xkbcommon and the xcb set for the X11 platform plugin (Qt >= 6.5 refuses
    # to start on xcb without libxcb-cursor0), fontconfig for font lookup, D-Bus and GLib for Qt's core.
    DEPENDS="libc6 (>= 2.34), libgl1, libegl1, libxkbcommon0, libxkbcommon-x11-0, libfontconfig1, libfreetype6, \
libdbus-1-3, libglib2.0-0, libx11-6, libx11-xcb1, libxcb1, libxcb-cursor0, libxcb-icccm4, libxcb-image0, \
libxcb-keysyms1, libxcb-randr0, libxcb-render-util0, libxcb-render0, libxcb-shape0, libxcb-shm0, libxcb-sync1, \
libxcb-util1, libxcb-xfixes0, libxcb-xkb1, libxcb-glx0"
    SIZE_KB=$(du -sk "$PKG" | cut -f1)
    cat >"$PKG/DEBIAN/control" <<CONTROL
Package: motcua-desk
Version: $VERSION
Architecture: $ARCH
Maintainer: Một Cửa Desk <motcua-desk@localhost>
Installed-Size: $SIZE_KB
Depends: $DEPENDS
Recommends: fonts-dejavu-core, cups-client
Section: misc
Priority: optional
Description: Một Cửa Desk — phần mềm Bộ phận Một cửa cấp xã
 Tiếp nhận, theo dõi, trả kết quả hồ sơ thủ tục hành chính; in phiếu (Mẫu 01–06);
 báo cáo; đồng bộ với cấp trên. Chạy không cần Internet.
 .
 Dữ liệu người dùng (~/.local/share/MotCuaDesk: cơ sở dữ liệu, sao lưu, tệp đính kèm)
 không bao giờ bị gói này sửa hay xóa, kể cả khi nâng cấp hoặc gỡ cài đặt (purge).
CONTROL
    # Maintainer scripts touch only the menu caches: never a home folder, never user data.
    cat >"$PKG/DEBIAN/postinst" <<'POSTINST'
#!/bin/sh
set -e
if [ "$1" = "configure" ]; then
    command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
    command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
POSTINST
    cat >"$PKG/DEBIAN/postrm" <<'POSTRM'
#!/bin/sh
# Removing or purging the program leaves every user's database, backups and attachments in place
# (~/.local/share/MotCuaDesk): a reinstall or an upgrade finds them as they were.
set -e
case "$1" in
    remove|purge)
        command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q /usr/share/applications || true
        ;;
esac
exit 0
POSTRM
    chmod 0755 "$PKG/DEBIAN/postinst" "$PKG/DEBIAN/postrm"
    DEB="$DIST/motcua-desk_${VERSION}_${ARCH}.deb"
    step "dpkg-deb → $DEB"
    # zstd: as small as gzip -9 at a fraction of xz's time (Debian 12 / Ubuntu 22.04 read it); DEB_COMPRESS=xz for older dpkg.
    COMPRESS=${DEB_COMPRESS:-zstd}
    dpkg-deb --root-owner-group --build -Z"$COMPRESS" "$PKG" "$DEB" >/dev/null
    step "gói: $(du -h "$DEB" | cut -f1) $DEB"
fi
step "xong"
