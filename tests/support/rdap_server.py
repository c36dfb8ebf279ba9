#!/usr/bin/env python3
"""A real HTTP server on loopback serving the RDAP fixtures of shared/fixtures/rdap for tests.
usage: rdap_server.py FIXTURE_DIR   (prints the port it listens on, then serves until killed)

/ip/<addr>        the registry answer stored for that address (ipwhois entries unwrapped)
/jpnic/ip/<addr>  the JPNIC follow-up: an RDAP answer derived from the JPNIC whois gateway
                  fixture (Network Number, Network Name, Organization), for 133.1.2.5 only
Special addresses: 192.0.2.44 404, 192.0.2.29 429, 192.0.2.50 500, 192.0.2.99 slow (5 s),
192.0.2.77 invalid JSON, 192.0.2.33 a redirect loop."""
import http.server, json, os, re, sys, time

fixtures = sys.argv[1]
FILES = {
    "1.1.1.1": "apnic-1.1.1.0.json",
    "130.59.31.80": "ripe-130.59.0.0.json",
    "13.72.183.192": "arin-13.64.0.0.json",
    "2001:4860:4860::8888": "arin-2001-4860.json",
    "74.125.225.229": "arin-74.125.0.0.json",
    "62.239.237.1": "ripe-62.239.237.0.json",
    "2a00:2381:ffff::1": "ripe-2a00-2381-ffff.json",
    "2001:240:10c:1::ca20:9d1d": "apnic-jpnic-2001-240.json",
    "210.107.73.73": "apnic-krnic-210.107.0.0.json",
    "200.57.141.161": "lacnic-200.57.141.161.json",
    "2801:10:c000::": "lacnic-2801-10-c000.json",
    "196.11.240.215": "afrinic-196.11.239.0.json",
    "2001:43f8:7b0::": "afrinic-2001-43f8-7b0.json",
    # JPNIC space: APNIC answers with the JPNIC allocation block (the 2001:240 answer stands in).
    "133.1.2.5": "apnic-jpnic-2001-240.json",
    # The sample bounce's IP (documentation space) answers like an ISP's network, for screenshots.
    "203.0.113.7": "ripe-62.239.237.0.json",
}


def load(name):
    with open(os.path.join(fixtures, name), encoding="utf-8") as fh:
        data = json.load(fh)
    return data.get("response", data) if isinstance(data, dict) else data


def jpnic_answer():
    with open(os.path.join(fixtures, "jpnic-whoisgw-133.1.0.0.json"), encoding="utf-8") as fh:
        html = json.load(fh)["133.1.2.5"]["response"]
    field = lambda k: re.search(r"\[" + re.escape(k) + r"\]\s*(?:<[^>]*>)?([^<\n]*)", html).group(1).strip()
    net = field("Network Number")
    start = net.split("/")[0]
    return {"objectClassName": "ip network", "handle": net, "name": field("Network Name"),
            "startAddress": start, "endAddress": "133.1.255.255", "type": "ASSIGNED", "country": "JP",
            "entities": [{"objectClassName": "entity", "handle": "JPNIC-ORG", "roles": ["registrant"],
                          "vcardArray": ["vcard", [["version", {}, "text", "4.0"], ["fn", {}, "text", field("Organization")]]]}]}


class Handler(http.server.BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def send(self, code, body, ctype="application/rdap+json"):
        data = body.encode() if isinstance(body, str) else body
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        path = self.path
        if path.startswith("/jpnic/ip/"):
            addr = path[len("/jpnic/ip/"):]
            return self.send(200, json.dumps(jpnic_answer())) if addr == "133.1.2.5" else self.send(404, "{}")
        if not path.startswith("/ip/"):
            return self.send(404, "{}")
        addr = path[len("/ip/"):]
        if addr == "192.0.2.44":
            return self.send(404, '{"errorCode": 404}')
        if addr == "192.0.2.29":
            return self.send(429, '{"errorCode": 429}')
        if addr == "192.0.2.50":
            return self.send(500, "internal error", "text/plain")
        if addr == "192.0.2.99":
            time.sleep(5)
            return self.send(200, json.dumps(load("apnic-1.1.1.0.json")))
        if addr == "192.0.2.77":
            return self.send(200, '{"handle": "broken", ')
        if addr == "192.0.2.33":
            self.send_response(302)
            self.send_header("Location", "/ip/192.0.2.33")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if addr in FILES:
            return self.send(200, json.dumps(load(FILES[addr])))
        return self.send(404, "{}")


server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
print(server.server_address[1], flush=True)
server.serve_forever()
