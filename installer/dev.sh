#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Developer entry point: installs what is missing, builds, then runs the app or the tests.
#   installer/dev.sh run [FILE...]   build and start Bounce Navigator (a sample bounce opens when no FILE is given)
#   installer/dev.sh test            build and run every test, install-check the .deb, then the sanitizer and fuzz-smoke builds
#   installer/dev.sh deps            only install the Debian packages
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
top=$(cd "$here/.." && pwd)
jobs=$(nproc 2>/dev/null || echo 2)

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

install_deps() {
    local missing=()
    while read -r pkg; do
        pkg=${pkg%%#*}; pkg=${pkg//[[:space:]]/}
        [ -n "$pkg" ] || continue
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done < "$here/debian-packages.txt"
    if [ ${#missing[@]} -gt 0 ]; then
        echo "Installing: ${missing[*]}"
        as_root apt-get update -qq
        as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
    fi
}

build() { # preset
    cmake --preset "$1" >/dev/null
    cmake --build --preset "$1" -j "$jobs"
}

cmd=${1:-}
shift || true
case "$cmd" in
    deps)
        install_deps
        ;;
    run)
        install_deps
        build dev
        app="$top/build/dev/app/gui/bounce-navigator"
        if [ -x "$app" ]; then
            if [ $# -eq 0 ]; then set -- --sample; fi
            exec "$app" "$@"
        fi
        exec "$top/build/dev/app/cli/bouncenav" decode "${@:-$top/resources/samples/trendmicro-ers-qil.eml}"
        ;;
    test)
        install_deps
        build dev
        ctest --preset dev
        # Install the built .deb, prove the installed app works, remove it again.
        "$here/package-check.sh" "$top/build/dev"
        # The unit tests once more under AddressSanitizer and UndefinedBehaviorSanitizer.
        build asan
        ctest --preset asan
        # A short smoke run of each fuzzer.
        if [ -d "$top/tests/fuzz" ]; then
            build fuzz
            "$top/tests/fuzz/smoke.sh" "$top/build/fuzz"
        fi
        ;;
    *)
        sed -n '3,6p' "${BASH_SOURCE[0]}" | sed 's/^# //'
        exit 2
        ;;
esac
