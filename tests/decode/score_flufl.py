#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A second set of real bounces, apart from the Sisimai corpus: the 114 notifications Mailman
collected over the years, shipped with flufl.bounce (Debian: python3-flufl.bounce) and labelled
there with the addresses that bounced and whether the failure is temporary. Decodes each with
`bouncenav decode --jsonl` and counts the files whose set of recipients is exactly the labelled
one, and the recipients whose temporary flag agrees. Fails below the given minimums.

    score_flufl.py BOUNCENAV MIN_EXACT_RECIPIENT_SETS MIN_TEMPORARY_RIGHT
"""
import ast
import json
import pathlib
import subprocess
import sys

PACKAGE = pathlib.Path('/usr/lib/python3/dist-packages/flufl/bounce')


def labels():
    """(file, addresses, temporary) from the DATA table of flufl.bounce's test helpers, read as
    a literal: nothing of the package is run."""
    source = (PACKAGE / 'testing' / 'helpers.py').read_text()
    start = source.index('DATA = (') + len('DATA = ')
    depth = 0
    for end in range(start, len(source)):
        depth += {'(': 1, ')': -1}.get(source[end], 0)
        if depth == 0:
            break
    rows = {}
    for row in ast.literal_eval(source[start:end + 1]):
        detector, name, addresses = row[:3]
        # The one file two detectors label differently: only Exchange's reading is a claim
        # about the file (GroupWise's empty set says that detector does not read HTML).
        if (detector, name) == ('groupwise', 'groupwise_02.txt'):
            continue
        rows[name] = ({a.decode().lower() for a in addresses}, bool(row[3]) if len(row) > 3 else False)
    return rows


def main():
    bouncenav, min_exact, min_temporary = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
    exact = temporary_right = temporary_total = 0
    rows = labels()
    for name, (wanted, temporary) in rows.items():
        out = subprocess.run([bouncenav, 'decode', '--jsonl', str(PACKAGE / 'tests' / 'data' / name)],
                             capture_output=True, text=True, check=False).stdout
        found = {}
        for line in out.splitlines():
            bounce = json.loads(line)
            found[bounce['recipient'].lower()] = bounce
        if set(found) == wanted:
            exact += 1
        else:
            print(f'{name}: recipients {sorted(found)}, labelled {sorted(wanted)}')
        for address in wanted & set(found):
            temporary_total += 1
            if found[address]['temporary'] == temporary:
                temporary_right += 1
            else:
                print(f'{name}: {address} temporary {found[address]["temporary"]}, labelled {temporary}')
    print(f'exact recipient sets {exact}/{len(rows)} (minimum {min_exact}), '
          f'temporary right {temporary_right}/{temporary_total} (minimum {min_temporary})')
    return 0 if exact >= min_exact and temporary_right >= min_temporary else 1


if __name__ == '__main__':
    sys.exit(main())
