#!/usr/bin/env python3
"""Print a `redfish_enum!` for an enumeration of the DMTF JSON schemas.

Usage: tools/gen_enum.py SCHEMA_FILE DEFINITION [RustName]
  e.g. tools/gen_enum.py testdata/schemas/json-schema/Chassis.v1_28_0.json ChassisType

Variant names are the values made into Rust identifiers; docs come from enumDescriptions.
Used while writing the model: the output is reviewed and pasted, not generated at build time.
"""
import json, re, sys

path, name = sys.argv[1], sys.argv[2]
rust = sys.argv[3] if len(sys.argv) > 3 else name
d = json.load(open(path))["definitions"][name]
descs = d.get("enumDescriptions", {})
print("crate::redfish_enum! {")
desc = d.get("description", name).rstrip(".")
print(f"    /// `{name}`: {desc}.")
print(f"    pub enum {rust} {{")
for v in d["enum"]:
    ident = re.sub(r"[^0-9A-Za-z]", "", v)
    if ident and ident[0].isdigit():
        ident = "V" + ident
    ident = ident[0].upper() + ident[1:]
    doc = descs.get(v, v).replace("\n", " ").rstrip(".")
    print(f"        /// {doc}.")
    print(f'        {ident} = "{v}",')
print("    }")
print("}")
