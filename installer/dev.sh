#!/usr/bin/env bash
# Set up a development checkout on Debian/Ubuntu (root or sudo), then run the app or the tests.
#   bash installer/dev.sh app    — launch Một Cửa Desk (a demo database is made when none exists)
#   bash installer/dev.sh test   — run the whole test suite
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
VENV="$ROOT/.venv"

APT_PACKAGES="python3 python3-venv python3-pip ca-certificates libgl1 libegl1 libxkbcommon0 libglib2.0-0 \
libfontconfig1 libdbus-1-3 fonts-dejavu-core poppler-utils xvfb xauth libxcb-cursor0 libxcb-icccm4 libxcb-image0 \
libxcb-keysyms1 libxcb-render-util0 libxcb-render0 libxcb-shape0 libxcb-util1 libxcb-xkb1 libxkbcommon-x11-0"

need_apt() {
    for pkg in $APT_PACKAGES; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || return 0
    done
    return 1
}

if command -v apt-get >/dev/null 2>&1 && need_apt; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "==> Cài gói hệ thống (apt): $APT_PACKAGES"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $APT_PACKAGES >/dev/null
fi

PY=${PYTHON:-python3}
if [ ! -x "$VENV/bin/python" ]; then
    echo "==> Tạo môi trường Python $VENV"
    "$PY" -m venv "$VENV"
fi
STAMP="$VENV/.installed-$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -f "$STAMP" ]; then
    echo "==> Cài thư viện Python (pip)"
    "$VENV/bin/python" -m pip install -q --upgrade pip
    "$VENV/bin/python" -m pip install -q -e ".[test,hub]"
    touch "$STAMP"
fi

case "${1:-app}" in
    app)
        shift || true
        exec "$VENV/bin/desk-app" "$@"
        ;;
    test)
        shift || true
        export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
        exec "$VENV/bin/python" -m pytest "$@"
        ;;
    *)
        echo "Cách dùng: bash installer/dev.sh app|test [tham số…]" >&2
        exit 64
        ;;
esac
