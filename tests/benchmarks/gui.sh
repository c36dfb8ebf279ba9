#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: starting the window (offscreen) until it has been shown once and quit, and its
# resident memory (issue targets: <= 0.4 s to a painted window, <= 120 MB). Prints figures.
#   tests/benchmarks/gui.sh [BUILD_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build/dev}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for run in 1 2 3; do
    QT_QPA_PLATFORM=offscreen /usr/bin/time -f '%e %M' -o "$tmp/t" "$build/app/gui/bounce-navigator" --smoke-test > /dev/null 2>&1
    read -r s k < "$tmp/t"
    echo "start, show the window, quit: $s s, max RSS $((k / 1024)) MB"
done
