#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The second test set: bounces written by hand around wordings that providers document or quote
publicly, none of them from the Sisimai corpus, labelled by hand (tests/data/second-set/).

Each case is tests/data/second-set/<area>/<name>.eml (a message) or .txt (a pasted notice) with a
sidecar <name>.label.json:

    {"bounce": true|false, "recipient": "...", "reason": "...", "status": "5.1.1", "replycode": "550",
     "temporary": false, "operator": "", "list": "", "listed_ip": "", "listed_domain": "",
     "party_provider": "", "party_own_server": "", "source": "URL or document quoting the wording"}

Empty or missing fields are not scored. "bounce": false means that no result is expected. A
"reason" (or party) may name alternatives, "userunknown|filtered", when the wording itself cannot
tell them apart. The result compared is the one for the labelled recipient, else the first.
The area "ja" holds the Japanese-context cases, also scored on their own.

Decodes each case with `bouncenav decode --jsonl`, and, for cases labelled with a party, guides it
with `bouncenav guide --json --offline --sending-via provider` and `own-server`. Prints, per
field, how many labelled cases are right, and lists the misses with -v. Fails when a figure is
below its minimum:

    score_second_set.py BOUNCENAV DATA_DIR [-v] [FIGURE=MIN ...]

FIGURE is one of the names printed (reason, status, replycode, detected, nonbounce, temporary,
recipient, operator, list, judged, party_provider, party_own_server, ja_reason, ja_temporary,
ja_detected, ja_party_provider, ja_party_own_server), MIN a count of right cases.
"""
import concurrent.futures
import json
import pathlib
import subprocess
import sys

FIELDS = ['reason', 'status', 'replycode', 'temporary', 'recipient', 'operator', 'list']


def run(args):
    out = subprocess.run(args, capture_output=True, check=False).stdout.decode('utf-8', 'replace')
    return out


def decode(bouncenav, path):
    return [json.loads(line) for line in run([bouncenav, 'decode', '--jsonl', str(path)]).splitlines() if line.strip()]


def guide(bouncenav, path, via):
    out = run([bouncenav, 'guide', '--json', '--offline', '--sending-via', via, str(path)])
    try:
        return json.loads(out) if out.strip() else []
    except json.JSONDecodeError:
        return []


def matches(want, got):
    if isinstance(want, bool):
        return want == got
    alternatives = [w.strip().lower() for w in str(want).split('|')]
    return str(got if got is not None else '').lower() in alternatives


def chosen(results, label):
    want = str(label.get('recipient') or '').lower()
    for r in results:
        if want and r.get('recipient', '').lower() == want:
            return r
    return results[0] if results else None


def main():
    args = [a for a in sys.argv[1:] if a != '-v']
    verbose = '-v' in sys.argv[1:]
    if len(args) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    bouncenav, data = args[0], pathlib.Path(args[1])
    minimums = {}
    for a in args[2:]:
        name, _, value = a.partition('=')
        minimums[name] = int(value)

    cases = []
    for label_path in sorted(data.glob('*/*.label.json')):
        stem = label_path.name[:-len('.label.json')]
        message = next((p for p in (label_path.with_name(stem + '.eml'), label_path.with_name(stem + '.txt')) if p.exists()),
                       None)
        if message is None:
            print(f'{label_path}: no .eml or .txt beside it', file=sys.stderr)
            return 2
        cases.append((label_path.parent.name, message, json.loads(label_path.read_text(encoding='utf-8'))))

    def work(case):
        area, path, label = case
        results = decode(bouncenav, path)
        parties = {}
        for key, via in (('party_provider', 'provider'), ('party_own_server', 'own-server')):
            if label.get(key):
                g = guide(bouncenav, path, via)
                pick = chosen(g, label)
                parties[key] = pick.get('party', '') if pick else ''
        return results, parties

    with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
        outcomes = list(pool.map(work, cases))

    right, total, misses = {}, {}, []

    def score(name, ok, case, detail):
        total[name] = total.get(name, 0) + 1
        right[name] = right.get(name, 0) + bool(ok)
        if not ok:
            misses.append(f'{name}: {case[0]}/{case[1].name}: {detail}')

    for case, (results, parties) in zip(cases, outcomes):
        area, path, label = case
        prefixes = [''] + (['ja_'] if area == 'ja' else [])
        if label.get('bounce') is False:
            score('nonbounce', not results, case, f'{len(results)} result(s), first {results[0].get("reason") if results else ""}')
            continue
        for p in prefixes:
            score(p + 'detected', bool(results), case, 'no result')
        got = chosen(results, label)
        for field in FIELDS:
            want = label.get(field)
            if want is None or want == '':
                continue
            value = got.get(field) if got else None
            names = [field] + (['ja_' + field] if area == 'ja' and field in ('reason', 'temporary') else [])
            for n in names:
                score(n, got is not None and matches(want, value), case, f'want {want!r}, got {value!r}')
        for field in ('listed_ip', 'listed_domain'):
            if label.get(field):
                value = got.get(field) if got else None
                score('judged', got is not None and matches(label[field], value), case,
                      f'{field} want {label[field]!r}, got {value!r}')
        for key in ('party_provider', 'party_own_server'):
            if label.get(key):
                for p in prefixes:
                    score(p + key, matches(label[key], parties.get(key, '')), case,
                          f'want {label[key]!r}, got {parties.get(key)!r}')

    order = ['reason', 'status', 'replycode', 'detected', 'nonbounce', 'temporary', 'recipient', 'operator', 'list',
             'judged', 'party_provider', 'party_own_server', 'ja_reason', 'ja_temporary', 'ja_detected',
             'ja_party_provider', 'ja_party_own_server']
    print(f'second set: {len(cases)} cases')
    failed = False
    for name in order:
        if name not in total:
            continue
        want = minimums.get(name)
        below = want is not None and right[name] < want
        failed = failed or below
        print(f'  {name:20} {right[name]:4} of {total[name]:4}  {100.0 * right[name] / total[name]:5.1f} %'
              + (f'  (minimum {want}{", BELOW" if below else ""})' if want is not None else ''))
    for name in minimums:
        if name not in total:
            print(f'  {name}: no labelled case (minimum {minimums[name]})')
            failed = failed or minimums[name] > 0
    if verbose or failed:
        for m in misses:
            print('  miss ' + m)
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
