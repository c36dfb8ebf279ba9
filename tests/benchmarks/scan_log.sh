#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: `bouncenav scan-log` on a generated Postfix log (issue target: 200 MB in <= 0.4 s,
# <= 50 MB resident, the same memory at 2 GB). Prints figures; asserts nothing.
#   tests/benchmarks/scan_log.sh [BUILD_DIR] [SIZE_MB...]      (default: build/dev 200)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build/dev}
shift || true
sizes=("${@:-200}")
shared=${BN_SHARED_DIR:-$top/../shared}
bin=$build/app/cli/bouncenav
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for mb in "${sizes[@]}"; do
    log=$tmp/maillog-$mb
    python3 "$shared/tools/gen-postfix-log.py" "$mb" > "$log"
    cat "$log" > /dev/null # warm the page cache: we measure parsing, not the disk
    best=
    for run in 1 2 3; do
        /usr/bin/time -f '%e %M' -o "$tmp/time" "$bin" scan-log "$log" > "$tmp/out"
        read -r secs kb < "$tmp/time"
        if [ -z "$best" ] || awk "BEGIN{exit !($secs < $best)}"; then best=$secs; rss=$kb; fi
    done
    /usr/bin/time -f %e -o "$tmp/grep" grep -c status=bounced "$log" > "$tmp/count" # (grep stops early when writing to /dev/null)
    grep_secs=$(cat "$tmp/grep")
    bytes=$(stat -c %s "$log")
    printf 'scan-log %5d MB: %5.2f s (%4.0f MB/s), max RSS %3d MB; %s; grep -c status=bounced: %s s\n' \
        "$mb" "$best" "$(awk "BEGIN{print $bytes/1048576/$best}")" $((rss / 1024)) "$(head -n 1 "$tmp/out")" "$grep_secs"
    rm -f "$log"
done
