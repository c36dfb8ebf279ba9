#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The CRLF (dos/) and CR (mac/) copies of corpus e-mails decode exactly like their LF (bsd/) twins.
#   twins.sh BOUNCENAV SHARED_DIR
set -euo pipefail
bin=$1 corpus=$2/corpus/sisimai
fail=0 checked=0
while read -r file twin; do
    a=$("$bin" decode --jsonl "$corpus/$twin" 2>/dev/null | sed "s/\"file\":\"[^\"]*\",//" || true)
    b=$("$bin" decode --jsonl "$corpus/$file" 2>/dev/null | sed "s/\"file\":\"[^\"]*\",//" || true)
    checked=$((checked + 1))
    if [ "$a" != "$b" ]; then
        echo "differs: $file vs $twin"
        fail=$((fail + 1))
    fi
done < <(python3 -c '
import json,sys
for l in open(sys.argv[1]):
    r=json.loads(l)
    if r.get("variant_of"): print(r["file"], r["variant_of"])' "$corpus/variants.jsonl")
echo "$((checked - fail)) passed, $fail failed"
[ "$fail" -eq 0 ] && [ "$checked" -gt 0 ]
