#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: decoding the Sisimai corpus (issue targets: the 629 e-mails, whole process, <= 0.03 s;
# the corpus repeated 100 times as one mbox, >= 150 MB/s with flat memory), then GMime alone on the
# same messages (the ceiling). Prints figures.
#   tests/benchmarks/decode.sh [BUILD_DIR] [COPIES]   (COPIES of the corpus in the mbox, default 100)
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build/dev}
copies=${2:-100}
shared=${BN_SHARED_DIR:-$top/../shared}
bin=$build/app/cli/bouncenav
corpus=$shared/corpus/sisimai/maildir/bsd
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
best() { # command... ; prints the best of 5 wall times (ms precision) and that run's max RSS in KB
    local b= r= t0 t1 s k
    for _ in 1 2 3 4 5; do
        t0=$(date +%s%N)
        /usr/bin/time -f '%M' -o "$tmp/t" "$@" > /dev/null 2>&1 || true
        t1=$(date +%s%N)
        s=$(awk "BEGIN{printf \"%.3f\", ($t1 - $t0) / 1e9}")
        read -r k < "$tmp/t"
        if [ -z "$b" ] || awk "BEGIN{exit !($s < $b)}"; then b=$s; r=$k; fi
    done
    echo "$b $r"
}
read -r secs rss < <(best "$bin" decode --jsonl "$corpus")
echo "decode 629-email corpus: $secs s whole process, max RSS $((rss / 1024)) MB (target <= 0.03 s)"
# The corpus as one mbox, COPIES times over (100: about 390 MB), streamed message by message.
for f in "$corpus"/*.eml; do printf 'From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n'; sed 's/^From />From /' "$f"; printf '\n'; done > "$tmp/one.mbox"
for _ in $(seq 1 "$copies"); do cat "$tmp/one.mbox"; done > "$tmp/corpus.mbox"
bytes=$(stat -c %s "$tmp/corpus.mbox")
/usr/bin/time -f '%e %M' -o "$tmp/t" "$bin" decode --jsonl "$tmp/corpus.mbox" > /dev/null 2>&1 || true
read -r secs rss < "$tmp/t"
echo "decode corpus x$copies as one mbox ($((bytes / 1048576)) MB): $secs s, $(awk "BEGIN{printf \"%.1f\", $bytes/1048576/$secs}") MB/s, max RSS $((rss / 1024)) MB (target >= 150 MB/s, flat memory)"
# The ceiling: GMime alone parsing and freeing the same messages (decode parses each with it).
parse=$build/tests/benchmarks/bench_gmime_parse
if [ -x "$parse" ]; then
    for threads in 1 2; do "$parse" "$tmp/corpus.mbox" "$threads"; done
    # The floor for the first figure: a whole process that only starts, splits the 629 e-mails
    # and has GMime parse and free them on both cores, decoding nothing.
    read -r secs rss < <(best "$parse" "$tmp/one.mbox" 2)
    echo "GMime alone on the 629-email corpus, whole process, 2 threads: $secs s (no decoding at all)"
fi
