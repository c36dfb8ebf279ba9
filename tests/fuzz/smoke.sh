#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A short smoke run of each fuzzer on a seed corpus of real bounces; fails on any finding.
#   tests/fuzz/smoke.sh BUILD_DIR [SECONDS_EACH]
set -euo pipefail
build=$1
seconds=${2:-20}
top=$(cd "$(dirname "$0")/../.." && pwd)
shared=${BN_SHARED_DIR:-$top/../shared}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir "$work/seeds"
mapfile -t emails < <(find "$shared/corpus/sisimai/maildir/bsd" -name '*.eml' | sort)
cp "${emails[@]:0:60}" "$top"/tests/data/blocklist/*.eml "$top"/tests/data/blocklist/*.txt "$work/seeds/"
export LSAN_OPTIONS="suppressions=$top/tests/sanitizer/lsan.supp:print_suppressions=0"
status=0
for fuzzer in fuzz_decode fuzz_paste; do
    if "$build/tests/fuzz/$fuzzer" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 -artifact_prefix="$work/" "$work/seeds" > "$work/$fuzzer.log" 2>&1; then
        echo "$fuzzer: $(grep -E 'stat::number_of_executed_units' "$work/$fuzzer.log" | awk '{print $2}') runs in $seconds s, no finding"
    else
        echo "$fuzzer: FINDING"
        grep -E "ERROR|SUMMARY|==[0-9]+==" "$work/$fuzzer.log" | head -n 20
        status=1
    fi
done
exit $status
