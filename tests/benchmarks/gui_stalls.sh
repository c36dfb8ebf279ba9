#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: the longest event-loop stall of the real window (offscreen) while a 60-zone check
# runs against shared/tools/slow-dns.py (200 ms per answer), then while a generated 200 MB
# Postfix log is imported, then while a generated mailbox of 2,000 different bounces is opened
# until every card is shown (issue target: no stall over 50 ms). A 5 ms timer in the window
# records the longest gap between its ticks (ui/stall_probe.h). Prints figures; asserts nothing.
#   tests/benchmarks/gui_stalls.sh [BUILD_DIR] [LOG_MB] [BOUNCES]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build/dev}
mb=${2:-200}
bounces=${3:-2000}
shared=${BN_SHARED_DIR:-$top/../shared}
bin=$build/app/gui/bounce-navigator
tmp=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
for i in $(seq -w 1 60); do echo "zone$i.bench.test"; done > "$tmp/zones"
/usr/bin/python3 "$shared/tools/slow-dns.py" --port "$port" --delay-ms 200 --listed 203.0.113.7 > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
python3 "$shared/tools/gen-postfix-log.py" "$mb" > "$tmp/maillog"
# Postfix non-delivery notices in one mbox, each to another recipient with another reply text
# (so each is its own card), under four causes.
python3 - "$bounces" > "$tmp/bounces.mbox" <<'PY'
import sys
replies = [
    "550 5.1.1 <{r}>: Recipient address rejected: User unknown in local recipient table (ticket {i})",
    "552 5.2.2 <{r}>: Mailbox full, quota exceeded ({i} MB over)",
    "554 5.7.1 Service unavailable; Client host [198.51.100.{o}] blocked using zen.spamhaus.org (case {i})",
    "450 4.7.1 <{r}>: Recipient address rejected: Greylisted, try again later (attempt {i})",
]
out = sys.stdout
for i in range(int(sys.argv[1])):
    r = f"user{i}@example{i % 50}.net"
    reply = replies[i % len(replies)].format(r=r, i=i, o=i % 250 + 1)
    out.write(f"""From MAILER-DAEMON Mon Jan  1 00:00:00 2024
Return-Path: <>
From: MAILER-DAEMON@mail.example.org (Mail Delivery System)
To: sender@example.org
Subject: Undelivered Mail Returned to Sender
Date: Mon, 1 Jan 2024 00:00:00 +0000
Message-Id: <{i}.ndr@mail.example.org>
MIME-Version: 1.0
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

                   The mail system

<{r}>: host mx{i % 50}.example{i % 50}.net[192.0.2.{i % 250 + 1}] said: {reply}
    (in reply to RCPT TO command)

""")
PY
sleep 1 # the DNS server is up by now
echo "log: $(( $(stat -c %s "$tmp/maillog") / 1048576 )) MB; mailbox: $bounces bounces"
# Settings (recent files) go to the temporary directory, not the user's.
for run in 1 2 3; do
    XDG_CONFIG_HOME=$tmp/config QT_QPA_PLATFORM=offscreen BOUNCENAV_LANG=en \
        "$bin" --measure-stalls "127.0.0.1:$port,$tmp/zones,$tmp/maillog,$tmp/bounces.mbox" 2> /dev/null
done
