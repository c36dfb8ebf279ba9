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
# ccache hits whatever folder the checkout is in (CI clones afresh elsewhere): paths are taken
# relative to the checkout, and the working folder is not part of the hash.
export CCACHE_BASEDIR="$top" CCACHE_NOHASHDIR=1

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
        log=$(mktemp)
        trap 'rm -f "$log"' EXIT
        count() { # adds what a ctest run reported to the totals
            local line
            line=$(grep -E '[0-9]+% tests passed, [0-9]+ tests? failed out of [0-9]+' "$log" | tail -n 1)
            failed=$((failed + $(sed -E 's/.* ([0-9]+) tests? failed out of ([0-9]+).*/\1/' <<< "$line")))
            total=$((total + $(sed -E 's/.* out of ([0-9]+).*/\1/' <<< "$line")))
        }
        failed=0 total=0
        build dev
        ctest --preset dev | tee "$log"
        count
        # Install the built .deb, prove the installed app works, remove it again.
        "$here/package-check.sh" "$top/build/dev"
        total=$((total + 1))
        # The unit and widget tests (the monkey among them) once more under AddressSanitizer and
        # UndefinedBehaviorSanitizer, offscreen.
        build asan
        ctest --preset asan | tee "$log"
        count
        # The decode command's worker threads under ThreadSanitizer, on the corpus.
        build tsan
        "$top/tests/sanitizer/tsan_decode.sh" "$top/build/tsan" "$top/build/dev"
        total=$((total + 1))
        # A short smoke run of each fuzzer.
        build fuzz
        "$top/tests/fuzz/smoke.sh" "$top/build/fuzz"
        total=$((total + 2))
        echo "tests: $((total - failed)) passed, $failed failed"
        ;;
    *)
        sed -n '3,6p' "${BASH_SOURCE[0]}" | sed 's/^# //'
        exit 2
        ;;
esac
