#!/usr/bin/env bash
# Measures the multi-service mode: start time (command start to the `listening` line) and
# resident memory of one emulator process serving N rack services, then logs in to three
# random services and lists their sessions.
#
#   redfish-emulator/tools/fleet-rss.sh BINARY N      (e.g. target/release/redfish-emulator 10000)
set -euo pipefail
bin=$1; n=$2
work="$(mktemp -d)"; out="$work/services.jsonl"; log="$work/emulator.log"
ulimit -n "$(ulimit -Hn)"
t0=$(date +%s%N)
"$bin" --scenario rack --nodes 1 --services "$n" --services-out "$out" > "$log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 6000); do grep -q listening "$log" 2>/dev/null && break; sleep 0.05; done
t1=$(date +%s%N)
sleep 1
echo "services=$n start_ms=$(( (t1 - t0) / 1000000 )) rss_kib=$(awk '/VmRSS/ {print $2}' /proc/$pid/status) lines=$(wc -l < "$out")"
python3 - "$out" <<'PY'
import json, random, ssl, sys, urllib.request
lines = [json.loads(l) for l in open(sys.argv[1])]
for l in random.sample(lines, min(3, len(lines))):
    ctx = ssl.create_default_context(cadata=l["cert_pem"])
    body = json.dumps({"UserName": l["username"], "Password": l["password"]}).encode()
    req = urllib.request.Request(l["url"] + "/redfish/v1/SessionService/Sessions", data=body,
                                 headers={"Content-Type": "application/json"})
    token = urllib.request.urlopen(req, context=ctx).headers["X-Auth-Token"]
    req = urllib.request.Request(l["url"] + "/redfish/v1/SessionService/Sessions",
                                 headers={"X-Auth-Token": token})
    print(l["url"], "sessions listed:", json.load(urllib.request.urlopen(req, context=ctx))["Members@odata.count"])
PY
