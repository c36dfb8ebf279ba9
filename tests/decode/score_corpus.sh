#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Decodes the Sisimai corpus with bouncenav and scores it with shared/tools/score-bounces.py.
#   score_corpus.sh BOUNCENAV SHARED_DIR MIN_REASON MIN_STATUS MIN_REPLYCODE MIN_DETECTED
set -euo pipefail
bin=$1 shared=$2
corpus=$shared/corpus/sisimai
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" decode --jsonl "$corpus/maildir/bsd" "$corpus/maildir/not" > "$out" || true
python3 "$shared/tools/score-bounces.py" "$corpus/labels.jsonl" "$out" \
    --negatives "$corpus/negatives.jsonl" --show-misses 0 \
    --min-reason "$3" --min-status "$4" --min-replycode "$5" --min-detected "$6" | tail -n 4
