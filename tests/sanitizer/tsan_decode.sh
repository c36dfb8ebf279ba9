#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The decode command's worker threads under ThreadSanitizer: decodes the corpus folder and the
# corpus three times over as one mailbox (both workers and the ordered hand-over busy), fails on
# any report, and checks that the output is the plain build's, byte for byte.
#   tests/sanitizer/tsan_decode.sh TSAN_BUILD_DIR DEV_BUILD_DIR [SHARED_DIR]
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tsan=${1:?usage: tsan_decode.sh TSAN_BUILD_DIR DEV_BUILD_DIR [SHARED_DIR]}/app/cli/bouncenav
plain=${2:?usage: tsan_decode.sh TSAN_BUILD_DIR DEV_BUILD_DIR [SHARED_DIR]}/app/cli/bouncenav
shared=${3:-${BN_SHARED_DIR:-$here/../../../shared}}
corpus=$shared/corpus/sisimai/maildir/bsd
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

for f in "$corpus"/*.eml; do printf 'From MAILER-DAEMON Thu Jan  1 00:00:00 2026\n'; sed 's/^From />From /' "$f"; printf '\n'; done > "$tmp/one.mbox"
cat "$tmp/one.mbox" "$tmp/one.mbox" "$tmp/one.mbox" > "$tmp/box.mbox"

# GLib's slice allocator hands memory between threads through synchronisation ThreadSanitizer
# cannot see (GLib is not instrumented): plain malloc instead; tsan.supp says the rest.
export G_SLICE=always-malloc
export TSAN_OPTIONS="halt_on_error=1 exitcode=66 suppressions=$here/tsan.supp"
for input in "$corpus" "$tmp/box.mbox"; do
    "$tsan" decode --jsonl "$input" > "$tmp/tsan.jsonl"
    "$plain" decode --jsonl "$input" > "$tmp/plain.jsonl"
    cmp "$tmp/tsan.jsonl" "$tmp/plain.jsonl"
    echo "ThreadSanitizer: no report, output identical: $(basename "$input") ($(wc -l < "$tmp/plain.jsonl") results)"
done
