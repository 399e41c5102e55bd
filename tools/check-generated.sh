#!/usr/bin/env bash
# Regenerates the generated code into a temporary folder and fails on any difference with the
# committed files: the redfish-model schema modules (tools/gen_model.py) and the emulator's
# schema table (redfish-emulator/tools/gen_schema_table.py). Run from anywhere; CI runs it.
set -euo pipefail
ws="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

mkdir -p "$tmp/model"
python3 "$ws/tools/gen_model.py" --out "$tmp/model"
status=0
for f in "$tmp"/model/*.rs; do
    if ! diff -u "$ws/redfish-model/src/$(basename "$f")" "$f" > "$tmp/diff" ; then
        echo "redfish-model/src/$(basename "$f") differs from the generator's output:"
        head -40 "$tmp/diff"
        status=1
    fi
done

python3 "$ws/redfish-emulator/tools/gen_schema_table.py" "$tmp/schema-table.json" 2>/dev/null
if ! diff -u "$ws/redfish-emulator/data/schema-table.json" "$tmp/schema-table.json" > "$tmp/diff"; then
    echo "redfish-emulator/data/schema-table.json differs from the generator's output:"
    head -40 "$tmp/diff"
    status=1
fi
if [ "$status" = 0 ]; then
    echo "generated code matches the generators ($(ls "$tmp"/model/*.rs | wc -l) model files, schema table)"
else
    echo "regenerate: python3 tools/gen_model.py && python3 redfish-emulator/tools/gen_schema_table.py"
fi
exit "$status"
