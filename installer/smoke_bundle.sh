#!/usr/bin/env bash
# Start the built program offscreen with --demo --screenshot and check the picture.
#   bash installer/smoke_bundle.sh [APP_DIR] [--title TEXT] [--system-fonts] [--keep] [--chroot ROOTFS]
# APP_DIR defaults to dist/motcua-desk (the PyInstaller folder); /opt/motcua-desk for an installed .deb.
# --chroot ROOTFS runs the program inside that root file system (APP_DIR is then a path inside it);
# the picture is judged on this machine (installer/debootstrap_test.sh uses it).
#
# The run sees NO system fonts (fontconfig is pointed at an empty configuration), like a bare
# machine: every letter in the picture must come from the fonts the bundle carries. Checks:
#   1. desk-app exits 0 and writes a PNG that is not blank (enough colours, enough non-background);
#   2. the bundle's fonts cover every letter of the Vietnamese title and the whole Vietnamese alphabet;
#   3. text is really drawn with the bundled fonts: the same run with the bundle's fonts taken away
#      (a hard-linked copy without resources/fonts) gives a different picture, or no picture at all;
#   4. desk-admin (console) answers --help.
# Exit 0 when all pass; prints what it measured.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
APPDIR="$ROOT/dist/motcua-desk"
TITLE="Một Cửa Desk"
SYSTEM_FONTS=0
KEEP=0
CHROOT=""
APPDIR_SET=0
while [ $# -gt 0 ]; do
    case "$1" in
        --title) TITLE="$2"; shift 2 ;;
        --system-fonts) SYSTEM_FONTS=1; shift ;;
        --keep) KEEP=1; shift ;;
        --chroot) CHROOT=$(cd "$2" && pwd); shift 2 ;;
        -*) echo "tham số không rõ: $1" >&2; exit 64 ;;
        *) APPDIR=$1; APPDIR_SET=1; shift ;;
    esac
done
[ -n "$CHROOT" ] && [ "$APPDIR_SET" = 0 ] && APPDIR=/opt/motcua-desk
[ -z "$CHROOT" ] && APPDIR=$(cd "$APPDIR" && pwd)
HOST_APPDIR="$CHROOT$APPDIR"  # the same folder seen from this machine
APP="$APPDIR/desk-app"
[ -x "$HOST_APPDIR/desk-app" ] || { echo "Không thấy $APP — chạy installer/build_linux.sh trước." >&2; exit 2; }
# The checker needs Pillow and PySide6 (not the bundle's): the build venv has both.
CHECK_PY=${CHECK_PYTHON:-}
for cand in "$CHECK_PY" "${DESK_BUILD_VENV:-}/bin/python" "$ROOT/build/linux/venv/bin/python" "$ROOT/.venv/bin/python" python3; do
    [ -n "$cand" ] && command -v "$cand" >/dev/null 2>&1 && "$cand" -c "import PIL, PySide6" 2>/dev/null && { CHECK_PY=$cand; break; }
done
"$CHECK_PY" -c "import PIL, PySide6" 2>/dev/null || { echo "Cần Python có Pillow và PySide6 (CHECK_PYTHON=…)." >&2; exit 2; }

if [ -n "$CHROOT" ]; then
    WORK=$(mktemp -d "$CHROOT/tmp/motcua-smoke.XXXXXX")
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/motcua-smoke.XXXXXX")
fi
IN="${WORK#"$CHROOT"}"  # WORK as the program sees it
cleanup() { [ "$KEEP" = 1 ] && echo "giữ lại $WORK" || rm -rf "$WORK"; }
trap cleanup EXIT

run_app() {  # run_app APP_PATH NAME → $WORK/NAME.png, $WORK/NAME.log; returns the exit code
    local app=$1 name=$2 home="$IN/home-$2"
    mkdir -p "$WORK/home-$2/run" "$WORK/fc-$2"
    chmod 0700 "$WORK/home-$2/run"
    local fc_env=()
    if [ "$SYSTEM_FONTS" = 0 ]; then
        printf '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><cachedir>%s</cachedir></fontconfig>\n' \
            "$IN/fc-$2" >"$WORK/fonts-$2.conf"
        fc_env=(FONTCONFIG_FILE="$IN/fonts-$2.conf")
    fi
    local t0 rc=0 wrap=()
    [ -n "$CHROOT" ] && wrap=(chroot "$CHROOT")
    t0=$(date +%s%N)
    "${wrap[@]}" env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 XDG_RUNTIME_DIR="$home/run" \
        XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config" XDG_CACHE_HOME="$home/.cache" \
        QT_QPA_PLATFORM=offscreen "${fc_env[@]}" \
        timeout 180 "$app" --demo --screenshot "$IN/$name.png" >"$WORK/$name.log" 2>&1 || rc=$?
    echo "$name: exit $rc in $(( ($(date +%s%N) - t0) / 1000000 )) ms"
    return $rc
}

echo "==> ${CHROOT:+[chroot $CHROOT] }$APP"
if ! run_app "$APP" shot; then
    echo "LỖI: desk-app --demo --screenshot thất bại:" >&2
    tail -n 40 "$WORK/shot.log" >&2
    exit 1
fi

# Negative control: the same bundle without its fonts (hard links: instant, no extra disk).
cp -al "$HOST_APPDIR" "$WORK/nofonts"
rm -rf "$WORK/nofonts/_internal/resources/fonts"
run_app "$IN/nofonts/desk-app" control || true

WRAP=()
[ -n "$CHROOT" ] && WRAP=(chroot "$CHROOT")
"${WRAP[@]}" "$APPDIR/desk-admin" --help >"$WORK/admin.log" 2>&1 || { echo "LỖI: desk-admin --help" >&2; cat "$WORK/admin.log" >&2; exit 1; }
echo "desk-admin --help: ok"

QT_QPA_PLATFORM=offscreen "$CHECK_PY" - "$WORK/shot.png" "$WORK/control.png" "$HOST_APPDIR" "$TITLE" <<'PYCHECK'
"""Judge the screenshot: not blank, the bundled fonts cover the title, text comes from them."""
import sys
from pathlib import Path

from PIL import Image, ImageChops
from PySide6.QtGui import QFont, QGuiApplication, QRawFont

shot, control, appdir, title = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), sys.argv[4]
problems: list[str] = []

img = Image.open(shot).convert("RGB")
w, h = img.size
colours = img.getcolors(maxcolors=1 << 20) or []
dominant_count = max((c for c, _ in colours), default=w * h)
ink = 1 - dominant_count / (w * h)
print(f"screenshot {w}x{h}, {len(colours)} colours, {ink:.1%} not background")
if w < 400 or h < 300:
    problems.append(f"ảnh quá nhỏ ({w}x{h})")
if len(colours) < 16 or ink < 0.02:
    problems.append("ảnh gần như trống")

app = QGuiApplication([])
VI = ("aàảãáạăằẳẵắặâầẩẫấậbcdđeèẻẽéẹêềểễếệghiìỉĩíịklmnoòỏõóọôồổỗốộơờởỡớợpqrstuùủũúụưừửữứựvxyỳỷỹýỵ")
alphabet = VI + VI.upper()
fonts = sorted((appdir / "_internal" / "resources" / "fonts").glob("*.[ot]tf"))
if not fonts:
    problems.append("gói không mang phông chữ (resources/fonts/*.ttf)")
for font in fonts:
    raw = QRawFont(str(font), 16, QFont.HintingPreference.PreferNoHinting)
    if not raw.isValid():
        problems.append(f"phông {font.name} không đọc được")
        continue
    missing = sorted({ch for ch in title + alphabet if not ch.isspace() and not raw.supportsCharacter(ord(ch))})
    print(f"font {font.name} ({raw.familyName()} {raw.styleName()}): {len(alphabet)} Vietnamese letters, "
          f"missing {''.join(missing) or 'none'}")
    if missing:
        problems.append(f"phông {font.name} thiếu chữ: {''.join(missing)}")

if control.exists():
    ref = Image.open(control).convert("RGB")
    if ref.size != img.size:
        print(f"control picture {ref.size} differs in size: text layout depends on the bundled fonts")
    else:
        diff = ImageChops.difference(img, ref).convert("L").point(lambda v: 255 if v > 40 else 0)
        changed = sum(1 for v in diff.histogram()[255:] for _ in range(v))
        print(f"pixels that change when the bundled fonts are removed: {changed}")
        if changed < 200:
            problems.append("chữ trong ảnh không phụ thuộc phông đi kèm (không thấy chữ được vẽ bằng phông của gói)")
else:
    print("control run without bundled fonts produced no picture (the app needs its fonts)")

if problems:
    print("THẤT BẠI: " + "; ".join(problems))
    sys.exit(1)
print(f"OK: picture drawn, title «{title}» fully covered by the bundled fonts")
PYCHECK
