#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The corpus as a user pastes it: for each labelled bounce of the Sisimai corpus, only the text
of its first text/plain part (what a webmail or mail client shows, copied without the headers
or the machine-readable report), decoded with `bouncenav decode --jsonl -`. Counts the pastes
that give a result, those that name a labelled recipient (of the rows whose labels have one),
and those whose first result has the labelled reason. Fails below the given minimums. Some
bounces cannot be read from their text alone (feedback reports, auto-replies, Google Groups,
JSON notifications): the minimums are today's figures, not 100 %.

    score_pasted.py BOUNCENAV SHARED_DIR MIN_RESULTS MIN_RECIPIENTS MIN_REASONS
"""
import collections
import concurrent.futures
import email
import json
import pathlib
import subprocess
import sys
from email import policy

# The older names Sisimai's labels still carry, as architecture.md maps them.
SAME_REASON = {'toomanyconn': 'ratelimited', 'speeding': 'ratelimited', 'mesgtoobig': 'emailtoolarge',
               'exceedlimit': 'emailtoolarge'}


def shown_text(path):
    """The first text/plain part's text, decoded, or None."""
    with open(path, 'rb') as f:
        message = email.message_from_binary_file(f, policy=policy.compat32)
    for part in message.walk():
        if part.get_content_type() == 'text/plain' and not part.is_multipart():
            payload = part.get_payload(decode=True) or b''
            try:
                return payload.decode(part.get_content_charset() or 'utf-8', 'replace')
            except LookupError:
                return payload.decode('utf-8', 'replace')
    return None


def main():
    bouncenav, shared = sys.argv[1], pathlib.Path(sys.argv[2])
    minimums = [int(a) for a in sys.argv[3:6]]
    corpus = shared / 'corpus' / 'sisimai'
    labels = collections.defaultdict(list)
    for line in open(corpus / 'labels.jsonl'):
        row = json.loads(line)
        labels[row['file']].append(row)

    pastes = {}
    for name, rows in labels.items():
        text = shown_text(corpus / name)
        if text and text.strip():
            pastes[name] = text

    def decode(text):
        out = subprocess.run([bouncenav, 'decode', '--jsonl', '-'], input=text.encode(), capture_output=True,
                             check=False).stdout.decode()
        return [json.loads(line) for line in out.splitlines() if line.strip()]

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        results = dict(zip(pastes, pool.map(decode, pastes.values())))

    with_result = labelled = recipient_right = reason_right = 0
    for name, found in results.items():
        rows = labels[name]
        with_result += bool(found)
        wanted = {r['recipient_hint'].lower() for r in rows if r.get('recipient_hint')}
        if wanted:
            labelled += 1
            recipient_right += bool(wanted & {f['recipient'].lower() for f in found})
        reason = SAME_REASON.get(rows[0]['reason'], rows[0]['reason'])
        reason_right += bool(found) and found[0]['reason'] == reason
    print(f'pasted texts {len(results)}: a result {with_result} (minimum {minimums[0]}), the labelled recipient '
          f'{recipient_right} of {labelled} (minimum {minimums[1]}), the labelled reason {reason_right} '
          f'(minimum {minimums[2]})')
    return 0 if all(got >= want for got, want in zip([with_result, recipient_right, reason_right], minimums)) else 1


if __name__ == '__main__':
    sys.exit(main())
