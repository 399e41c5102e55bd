#!/usr/bin/env bash
# Runs the DMTF Redfish Service Validator and the DMTF Interop Validator (OCP OpenRMC rack
# manager profile, and the OCP baseline profile it extends) against the emulator's `rack`
# scenario over HTTPS, and prints the summaries.
#
#   redfish-emulator/tools/run-validators.sh
#
# Environment (all optional):
#   VENV      virtualenv to create/reuse      (default: <workspace>/target/validator-venv)
#   PROFILE   cargo profile of the emulator   (default: dev; "release" is faster to validate)
#   NODES     nodes in the rack scenario      (default: 8)
#   WORKDIR   where logs and reports go       (default: <workspace>/target/validators)
#
# Both validators run offline against the schema files in testdata/schemas/csdl and
# verify the emulator's TLS certificate (REQUESTS_CA_BUNDLE points at its PEM). The OCP profile
# is loaded from a corrected copy written at run time (see tools/fix_ocp_profile.py for the
# list of corrections); the reference file is never modified.
# Exit status: 0 when every run reports 0 failures.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ws="$(cd "$here/../.." && pwd)"
csdl="$ws/testdata/schemas/csdl"
profiles="$ws/ocp-rmc/profiles"
venv="${VENV:-$ws/target/validator-venv}"
profile="${PROFILE:-dev}"
nodes="${NODES:-8}"
work="${WORKDIR:-$ws/target/validators}"
start_time=$(date +%s)

mkdir -p "$work"
if [ ! -x "$venv/bin/rf_service_validator" ] || [ ! -x "$venv/bin/rf_interop_validator" ]; then
    echo "== installing redfish-service-validator and redfish-interop-validator into $venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check \
        redfish-service-validator redfish-interop-validator
fi
"$venv/bin/pip" list --disable-pip-version-check 2>/dev/null | grep -i -E '^redfish[_-](service|interop)' || true

echo "== building the emulator ($profile)"
cargo build --quiet -p redfish-emulator --bin redfish-emulator --profile "$profile" --manifest-path "$ws/Cargo.toml"
target_dir="$(cd "$ws" && cargo metadata --format-version 1 --no-deps | python3 -c 'import json,sys; print(json.load(sys.stdin)["target_directory"])')"
case "$profile" in dev) sub=debug ;; *) sub="$profile" ;; esac
bin="$target_dir/$sub/redfish-emulator"

port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
pem="$work/emulator-cert.pem"
"$bin" --scenario rack --nodes "$nodes" --port "$port" --cert-out "$pem" > "$work/emulator.log" 2>&1 &
emu_pid=$!
trap 'kill "$emu_pid" 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
    grep -q "listening" "$work/emulator.log" 2>/dev/null && break
    sleep 0.1
done
grep -q "listening" "$work/emulator.log" || { cat "$work/emulator.log"; echo "emulator did not start"; exit 1; }
cat "$work/emulator.log" | head -2
url="https://127.0.0.1:$port"
export REQUESTS_CA_BUNDLE="$pem"

summary() { # prints the PASS/WARN/FAIL/NOT TESTED table of a validator's output
    grep -A4 -E '^\+-+\+' "$1" | head -5
}
fails() { # FAIL count from a validator's output
    awk -F'|' '/PASS.*WARN.*FAIL/ { getline; getline; gsub(/ /, "", $4); print $4; exit }' "$1"
}

echo "== DMTF Redfish Service Validator"
(cd "$work" && "$venv/bin/rf_service_validator" --rhost "$url" -u admin -p admin-password \
    --authtype Session --schema_directory "$csdl" --skipschema \
    --logdir "$work/service-validator" > "$work/service-validator.txt" 2>&1) || true
summary "$work/service-validator.txt"
sv_fail="$(fails "$work/service-validator.txt")"

echo "== DMTF Interop Validator, OCPRackManagerController.v1_1_0 (corrected copy)"
fixed="$work/OCPRackManagerController.v1_1_0.corrected.json"
python3 "$here/fix_ocp_profile.py" "$profiles/OCPRackManagerController.v1_1_0.json" "$fixed"
(cd "$work" && "$venv/bin/rf_interop_validator" --rhost "$url" -u admin -p admin-password \
    --authtype Session --logdir "$work/interop-validator" "$fixed" > "$work/interop-validator.txt" 2>&1) || true
summary "$work/interop-validator.txt"
iv_fail="$(fails "$work/interop-validator.txt")"

echo "== DMTF Interop Validator, OCPBaselineHardwareManagement.v1_0_1 (as published)"
(cd "$work" && "$venv/bin/rf_interop_validator" --rhost "$url" -u admin -p admin-password \
    --authtype Session --logdir "$work/interop-baseline" \
    "$profiles/OCPBaselineHardwareManagement.v1_0_1.json" > "$work/interop-baseline.txt" 2>&1) || true
summary "$work/interop-baseline.txt"
bl_fail="$(fails "$work/interop-baseline.txt")"

echo "== summary: service validator failures: ${sv_fail:-?}, OCP RMC profile failures: ${iv_fail:-?}," \
     "OCP baseline profile failures: ${bl_fail:-?} ($(( $(date +%s) - start_time )) s; reports in $work)"
[ "${sv_fail:-1}" = "0" ] && [ "${iv_fail:-1}" = "0" ] && [ "${bl_fail:-1}" = "0" ]
