#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Screenshots of real windows under Xvfb, in English and Japanese, for people to look at. The
# live check runs against a DNS server (dnsmasq) and an RDAP server on loopback that answer for
# the sample's IP, 203.0.113.7, as real ones would: listed on two lists, not on the others.
#   tests/screenshots.sh [BUILD_DIR] [OUT_DIR]
set -euo pipefail
top=$(cd "$(dirname "$0")/.." && pwd)
build=${1:-$top/build/dev}
out=${2:-$top/build/screenshots}
shared=${BN_SHARED_DIR:-$top/../shared}
mkdir -p "$out"
tmp=$(mktemp -d)
pids=()
cleanup() { for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$tmp"; }
trap cleanup EXIT

# Every public zone of the catalog answers for itself (NXDOMAIN), passes its RFC 5782 health
# check, and two of them list the sample's IP.
dns_port=$(python3 -c 'import socket; s=socket.socket(socket.AF_INET, socket.SOCK_DGRAM); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 - "$top/resources/catalog/catalog.json" > "$tmp/dnsmasq.conf" <<'PY'
import json, sys
listed = {"b.barracudacentral.org": "127.0.0.2", "bl.spamcop.net": "127.0.0.2"}
for op in json.load(open(sys.argv[1]))["operators"]:
    for lst in op.get("lists", []):
        for z in lst.get("zones", []):
            zone = z["zone"]
            print(f"local=/{zone}/")
            code = next((c["code"] for c in z["codes"] if c["kind"] == "listed" and not c["code"].startswith("bit:")), "127.0.0.2")
            if z.get("bitmask"):
                code = "127.0.0.%d" % next(int(c["code"][4:]) for c in z["codes"] if c["kind"] == "listed")
            if z["kind"] == "domain":
                print(f"address=/test.{zone}/{code}")
            else:
                print(f"address=/2.0.0.127.{zone}/{code}")
            if zone in listed:
                print(f"address=/7.113.0.203.{zone}/{listed[zone]}")
print("ptr-record=7.113.0.203.in-addr.arpa,mail.example.co.uk")
print("address=/mail.example.co.uk/203.0.113.7")
PY
/usr/sbin/dnsmasq --keep-in-foreground --no-resolv --no-hosts --port="$dns_port" --listen-address=127.0.0.1 \
    --bind-interfaces --pid-file= --log-facility=- --conf-file="$tmp/dnsmasq.conf" > "$tmp/dnsmasq.log" 2>&1 &
pids+=($!)
python3 "$top/tests/support/rdap_server.py" "$shared/fixtures/rdap" > "$tmp/rdap.port" 2> "$tmp/rdap.log" &
pids+=($!)
for _ in $(seq 50); do [ -s "$tmp/rdap.port" ] && break; sleep 0.1; done
export BN_SCREENSHOT_NAMESERVER="127.0.0.1:$dns_port"
export BN_SCREENSHOT_RDAP="http://127.0.0.1:$(head -n 1 "$tmp/rdap.port")/"
python3 "$shared/tools/gen-postfix-log.py" 2 > "$tmp/maillog" # a 2 MB Postfix log for the import view
export BN_SCREENSHOT_LOG="$tmp/maillog"

for lang in en ja; do
    BOUNCENAV_LANG=$lang xvfb-run -a -s "-screen 0 1280x800x24" \
        "$build/app/gui/bounce-navigator" --screenshot-dir "$out/$lang" --sample
done
ls "$out"/*/*.png
