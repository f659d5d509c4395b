#!/usr/bin/env bash
# Install the .deb into a clean Debian 12 root file system and run the smoke check there.
#   sudo bash installer/debootstrap_test.sh [PACKAGE.deb]      (default: the newest dist/motcua-desk_*.deb)
# Proves the package's Depends are enough on a bare system: the root file system is a debootstrap
# "minbase" (no X, no fonts, no Qt libraries) plus exactly the packages the .deb declares, then
# `dpkg -i` (which refuses a package whose dependencies are missing) and the app is started inside
# with chroot, offscreen, with --demo --screenshot; the picture is judged by smoke_bundle.sh.
# Needs root and debootstrap (apt-get install debootstrap); the Debian mirror is the host's own
# (from /etc/apt/sources.list*), or DEBIAN_MIRROR. ROOTFS=/path keeps/reuses the base system
# (a fresh minbase takes ~1–3 min to make; the install and check ~1 min).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
DEB=${1:-$(ls -t "$ROOT"/dist/motcua-desk_*.deb 2>/dev/null | head -n1)}
[ -f "$DEB" ] || { echo "Không có gói .deb: chạy installer/build_linux.sh trước." >&2; exit 2; }
[ "$(id -u)" -eq 0 ] || { echo "Cần quyền root (debootstrap, chroot)." >&2; exit 2; }
command -v debootstrap >/dev/null || { apt-get update -qq; apt-get install -y -qq debootstrap >/dev/null; }
T0=$(date +%s)
step() { echo "==> [$(( $(date +%s) - T0 ))s] $*"; }

if [ -z "${DEBIAN_MIRROR:-}" ]; then
    DEBIAN_MIRROR=$(grep -hsoE '^(URIs:|deb)\s+[^ ]*\S+/debian/?(\s|$)' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources \
        /etc/apt/sources.list.d/*.list 2>/dev/null | grep -oE '(https?|file)://[^ ]+' | head -n1 || true)
fi
[ -n "$DEBIAN_MIRROR" ] || { echo "Không tìm thấy kho Debian: đặt DEBIAN_MIRROR=…" >&2; exit 2; }

BASE=${ROOTFS:-$ROOT/build/rootfs-bookworm}
if [ ! -x "$BASE/bin/sh" ]; then
    step "debootstrap minbase bookworm → $BASE ($DEBIAN_MIRROR)"
    rm -rf "$BASE"
    debootstrap --variant=minbase bookworm "$BASE" "$DEBIAN_MIRROR" >"$ROOT/build/debootstrap.log" 2>&1 \
        || { tail -n 30 "$ROOT/build/debootstrap.log" >&2; exit 1; }
fi

# A throw-away copy of the base for this run (hard links: seconds, no extra disk).
TEST="$ROOT/build/rootfs-test"
rm -rf "$TEST"
cp -al "$BASE" "$TEST"
cleanup() {
    for m in proc dev; do mountpoint -q "$TEST/$m" && umount -l "$TEST/$m"; done
    [ "${KEEP:-0}" = 1 ] || rm -rf "$TEST"
}
trap cleanup EXIT
mount -t proc proc "$TEST/proc"
mount --bind /dev "$TEST/dev"
cp /etc/resolv.conf "$TEST/etc/resolv.conf" 2>/dev/null || true
echo "deb $DEBIAN_MIRROR bookworm main" >"$TEST/etc/apt/sources.list"

# Exactly the declared dependencies (alternatives "a | b" take the first), through apt inside.
# DEPS_OVERRIDE="libgl1 …" tries a smaller set (to measure what is really needed).
DEPS=${DEPS_OVERRIDE:-$(dpkg-deb --field "$DEB" Depends | tr ',' '\n' | sed -E 's/\|.*//; s/\(.*\)//; s/^ +| +$//g' | grep -v '^$' | tr '\n' ' ')}
step "apt-get install (chỉ các gói khai báo trong Depends): $DEPS"
chroot "$TEST" apt-get update -qq
chroot "$TEST" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $DEPS >/dev/null
cp "$DEB" "$TEST/tmp/motcua-desk.deb"
step "dpkg -i $(basename "$DEB")"
if [ -n "${DEPS_OVERRIDE:-}" ]; then
    chroot "$TEST" dpkg -i --force-depends /tmp/motcua-desk.deb
else
    chroot "$TEST" dpkg -i /tmp/motcua-desk.deb
fi
step "installed: $(chroot "$TEST" dpkg-query -W -f='${Package} ${Version} ${Installed-Size}KiB' motcua-desk)"
missing=$(chroot "$TEST" sh -c 'for f in $(find /opt/motcua-desk -name "*.so*" -type f); do LD_LIBRARY_PATH=/opt/motcua-desk/_internal ldd "$f" 2>/dev/null | grep "not found"; done' \
    | grep -vE 'libgtk-3|libgdk-3|libwayland|libvulkan|libpango|libcairo|libatk|libgdk_pixbuf|libxcb-(dri|present)|libX(i|randr|render|cursor|ext)' | sort -u || true)
[ -z "$missing" ] || { echo "Thư viện còn thiếu (cần thêm vào Depends):" >&2; echo "$missing" >&2; }

chroot "$TEST" /usr/bin/desk-admin --help >/dev/null  # through the /usr/bin symlink
chroot "$TEST" sh -c 'grep -q "^Exec=/opt/motcua-desk/desk-app" /usr/share/applications/motcua-desk.desktop'
step "smoke check inside the root file system"
bash "$ROOT/installer/smoke_bundle.sh" --chroot "$TEST" /opt/motcua-desk
chroot "$TEST" dpkg -r motcua-desk >/dev/null
[ ! -e "$TEST/opt/motcua-desk" ] && [ ! -e "$TEST/usr/bin/desk-app" ] || { echo "gỡ gói còn sót tệp" >&2; exit 1; }
step "gỡ gói: ok (dữ liệu người dùng không bị động tới)"
