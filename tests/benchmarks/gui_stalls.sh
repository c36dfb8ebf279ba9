#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmark: the longest event-loop stall of the real window (offscreen) while a 60-zone check
# runs against shared/tools/slow-dns.py (200 ms per answer), then while a generated 200 MB
# Postfix log is imported (issue target: no stall over 50 ms). A 5 ms timer in the window
# records the longest gap between its ticks (ui/stall_probe.h). Prints figures; asserts nothing.
#   tests/benchmarks/gui_stalls.sh [BUILD_DIR] [LOG_MB]
set -euo pipefail
top=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:-$top/build/dev}
mb=${2:-200}
shared=${BN_SHARED_DIR:-$top/../shared}
bin=$build/app/gui/bounce-navigator
tmp=$(mktemp -d)
port=$(python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
for i in $(seq -w 1 60); do echo "zone$i.bench.test"; done > "$tmp/zones"
/usr/bin/python3 "$shared/tools/slow-dns.py" --port "$port" --delay-ms 200 --listed 203.0.113.7 > /dev/null 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; rm -rf "$tmp"' EXIT
python3 "$shared/tools/gen-postfix-log.py" "$mb" > "$tmp/maillog"
sleep 1 # the DNS server is up by now
echo "log: $(( $(stat -c %s "$tmp/maillog") / 1048576 )) MB"
# Settings (recent files) go to the temporary directory, not the user's.
for run in 1 2 3; do
    XDG_CONFIG_HOME=$tmp/config QT_QPA_PLATFORM=offscreen BOUNCENAV_LANG=en \
        "$bin" --measure-stalls "127.0.0.1:$port,$tmp/zones,$tmp/maillog" 2> /dev/null
done
