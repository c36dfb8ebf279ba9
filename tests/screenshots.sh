#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of real windows under Xvfb, in English and Japanese, for people to look at.
#   tests/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build/dev}
out=${2:-$top/build/screenshots}
mkdir -p "$out"
for lang in en ja; do
    BOUNCENAV_LANG=$lang xvfb-run -a -s "-screen 0 1280x800x24" \
        "$build/app/gui/bounce-navigator" --screenshot-dir "$out/$lang" --sample
done
ls "$out"/*/*.png
