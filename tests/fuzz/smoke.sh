#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# A short smoke run of each fuzzer on a seed corpus of real bounces.
#   tests/fuzz/smoke.sh BUILD_DIR [SECONDS_EACH]
set -euo pipefail
build=$1
seconds=${2:-20}
top=$(cd "$(dirname "$0")/../.." && pwd)
shared=${BN_SHARED_DIR:-$top/../shared}
seeds=$(mktemp -d)
trap 'rm -rf "$seeds"' EXIT
find "$shared/corpus/sisimai/maildir/bsd" -name '*.eml' | head -n 60 | xargs -I{} cp {} "$seeds/"
cp "$top"/tests/data/blocklist/*.eml "$top"/tests/data/blocklist/*.txt "$seeds/"
for fuzzer in fuzz_decode fuzz_paste; do
    echo "fuzzing $fuzzer for $seconds s"
    LSAN_OPTIONS="suppressions=$top/tests/sanitizer/lsan.supp:print_suppressions=0" "$build/tests/fuzz/$fuzzer" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 -timeout=10 \
        -print_final_stats=1 "$seeds" 2>&1 | grep -E "stat::number_of_executed_units|ERROR|SUMMARY|Done" || true
    # libFuzzer exits non-zero on a finding; run it again to propagate the status.
done
