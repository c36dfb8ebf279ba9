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
# No spurious recipients: a file yields no more results than Sisimai's tests expect, except
# where the message names more failed recipients than those tests count (checked by reading).
python3 - "$corpus/labels.jsonl" "$out" <<'PY'
import collections, json, sys
more_than_labelled = {"lhost-postfix-50.eml": 2, "lhost-qmail-25.eml": 2}
labels = collections.Counter(json.loads(l)["file"].split("/")[-1] for l in open(sys.argv[1]))
ours = collections.Counter(json.loads(l)["file"].split("/")[-1] for l in open(sys.argv[2]) if l.strip())
extra = {f: n for f, n in ours.items() if f in labels and n > more_than_labelled.get(f, labels[f])}
for f, n in sorted(extra.items()):
    print(f"spurious recipients: {f}: {n} results, {labels[f]} expected")
sys.exit(1 if extra else 0)
PY
