#!/usr/bin/env bash
# Make PostgreSQL server binaries available for the hub's tests (tests start their own throwaway cluster).
# Installs Debian/Ubuntu's postgresql via apt when no initdb is found; prints where the binaries are.
set -euo pipefail
find_bin() {
    if command -v initdb >/dev/null 2>&1; then dirname "$(readlink -f "$(command -v initdb)")"; return 0; fi
    local d
    d=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -t/ -k4 -n | tail -1 || true)
    [ -n "$d" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
    return 1
}
if ! BIN=$(find_bin); then
    if command -v apt-get >/dev/null 2>&1; then
        SUDO=""; [ "$(id -u)" -eq 0 ] || SUDO="sudo"
        echo "==> Cài PostgreSQL (apt) cho kiểm thử máy chủ cấp trên" >&2
        $SUDO apt-get update -qq
        # The cluster Debian creates on install is not used (and not started in containers); tests make their own.
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends postgresql >/dev/null
        BIN=$(find_bin) || { echo "PostgreSQL đã cài nhưng không thấy initdb" >&2; exit 1; }
    else
        echo "Không có apt-get: hãy cài PostgreSQL hoặc đặt DESK_TEST_PG_URL" >&2
        exit 1
    fi
fi
echo "PG_BIN=$BIN"
