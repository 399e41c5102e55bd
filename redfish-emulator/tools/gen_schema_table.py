#!/usr/bin/env python3
"""Generate the compact schema table the emulator uses to validate PATCH bodies and action
parameters.

Reads the DMTF JSON schemas (newest versioned file of each schema plus the unversioned files)
and the HPE iLO schemas from testdata/schemas, follows `$ref`s within and across
files, and writes redfish-emulator/data/schema-table.json:

    {
      "types":   {"Namespace.Definition": SPEC, ...},
      "actions": {"Namespace.Action": {"ParamName": SPEC + {"req": 1}}, ...}
    }

SPEC is a compact JSON-schema subset:
    "r":   name of a type in "types" (a `$ref`, version dropped: newest version wins)
    "t":   list of JSON types ("string", "integer", "number", "boolean", "object", "array")
    "n":   1 when null is allowed
    "e":   enum values
    "i":   SPEC of array items
    "p":   {property: SPEC} for objects
    "ro":  1 read-only, 0 writable (absent: not stated by the schema)
    "min"/"max": numeric bounds
    "open": 1 for objects that accept any property (Oem, additionalProperties true)
    "res": 1 for resource types (a property of that type holds a link)
    "ax":  1 for properties the service expands without being asked (`autoExpand`)

and "caps": {"Namespace.Type": {"i": insertable, "u": updatable, "d": deletable}} from the
unversioned schema files.

Run from the workspace root:  python3 redfish-emulator/tools/gen_schema_table.py [OUT]
(OUT defaults to redfish-emulator/data/schema-table.json; tools/check-generated.sh writes
elsewhere and compares.)
"""

import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
SCHEMAS = os.path.join(ROOT, "testdata", "schemas")
DMTF_DIR = os.path.join(SCHEMAS, "json-schema")
HPE_DIR = os.path.join(SCHEMAS, "hpe", "ilo5-schemastore")
OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "redfish-emulator", "data", "schema-table.json")

VERSIONED = re.compile(r"^([A-Za-z0-9]+)\.v(\d+)_(\d+)_(\d+)\.json$")
UNVERSIONED = re.compile(r"^([A-Za-z0-9]+)\.json$")

# namespace -> {"v": parsed versioned file or None, "u": parsed unversioned file or None}
files = {}


def load_dmtf():
    for name in sorted(os.listdir(DMTF_DIR)):
        path = os.path.join(DMTF_DIR, name)
        m = VERSIONED.match(name)
        if m:
            ns = m.group(1)
            with open(path) as f:
                files.setdefault(ns, {"v": None, "u": None})["v"] = json.load(f)
            continue
        m = UNVERSIONED.match(name)
        if m:
            ns = m.group(1)
            with open(path) as f:
                files.setdefault(ns, {"v": None, "u": None})["u"] = json.load(f)


types = {}
actions = {}
pending = []


def ref_key(ref, current_ns):
    """Map a $ref to (namespace, definition) with the version dropped."""
    if ref.startswith("#/definitions/"):
        return current_ns, ref[len("#/definitions/"):]
    m = re.match(r"^(?:https?://[^#]*/)?([A-Za-z0-9]+)(?:\.v\d+_\d+_\d+)?\.json#/definitions/(.+)$", ref)
    if m:
        return m.group(1), m.group(2)
    return None


def find_definition(ns, name):
    entry = files.get(ns)
    if entry is None:
        return None
    for kind in ("v", "u"):
        doc = entry[kind]
        if doc is None:
            continue
        d = doc.get("definitions", {}).get(name)
        if d is None:
            continue
        # Unversioned files define versioned types as anyOf over every version: skip those
        # and use the newest versioned definition instead.
        if kind == "u" and "anyOf" in d and all(
            "$ref" in alt and ".v" in alt["$ref"] or alt.get("$ref", "").endswith("idRef")
            for alt in d["anyOf"]
        ) and entry["v"] is not None:
            continue
        return d
    return None


def want(ns, name):
    key = f"{ns}.{name}"
    if key not in types:
        types[key] = None
        pending.append((ns, name))
    return key


def conv(node, ns):
    spec = {}
    if not isinstance(node, dict):
        return spec
    if "readonly" in node:
        spec["ro"] = 1 if node["readonly"] else 0
    if "$ref" in node:
        k = ref_key(node["$ref"], ns)
        if k is not None and k[0] in files and k[0] != "odata-v4":
            spec["r"] = want(*k)
        elif k is not None and k[1] in ("idRef",):
            spec["t"] = ["object"]
            spec["open"] = 1
        else:
            # odata annotations and unresolvable (HPE Resource.json) refs: accept anything.
            spec["open"] = 1
    if "anyOf" in node:
        alts = [a for a in node["anyOf"] if a.get("type") != "null"]
        if len(alts) < len(node["anyOf"]):
            spec["n"] = 1
        refs = [a for a in alts if "$ref" in a]
        if refs:
            # anyOf over versions of one type: the newest (version dropped) wins.
            inner = conv(refs[-1], ns)
            for k, v in inner.items():
                spec.setdefault(k, v)
        for a in alts:
            if "$ref" not in a:
                inner = conv(a, ns)
                for k, v in inner.items():
                    spec.setdefault(k, v)
    t = node.get("type")
    if t is not None:
        tl = t if isinstance(t, list) else [t]
        if "null" in tl:
            spec["n"] = 1
        tl = [x for x in tl if x != "null"]
        if tl:
            spec["t"] = tl
    if "enum" in node:
        spec["e"] = [e for e in node["enum"] if e is not None]
        if None in node["enum"]:
            spec["n"] = 1
    if "items" in node:
        spec["i"] = conv(node["items"], ns)
    if node.get("autoExpand"):
        spec["ax"] = 1
    if "minimum" in node:
        spec["min"] = node["minimum"]
    if "maximum" in node:
        spec["max"] = node["maximum"]
    if "properties" in node:
        if "@odata.id" in node["properties"]:
            spec["res"] = 1
        props = {}
        for pname, pnode in node["properties"].items():
            if pname.startswith("@odata.") or "@odata." in pname:
                continue
            props[pname] = conv(pnode, ns)
        spec["p"] = props
    if node.get("additionalProperties") is True:
        spec["open"] = 1
    if "parameters" in node:
        params = {}
        for pname, pnode in node["parameters"].items():
            p = conv(pnode, ns)
            if pnode.get("requiredParameter"):
                p["req"] = 1
            params[pname] = p
        spec["a"] = params
    return spec


def resolve_pending():
    while pending:
        ns, name = pending.pop()
        d = find_definition(ns, name)
        if d is None:
            types[f"{ns}.{name}"] = {"open": 1}
            continue
        spec = conv(d, ns)
        if ns == "Resource" and name == "Oem":
            spec = {"t": ["object"], "open": 1}
        types[f"{ns}.{name}"] = spec


# Properties of newer HPE schema versions than the iLO 5 capture holds (HpeSecurityService
# v2_6_0 of iLO 6 1.70 and iLO 7 1.14, from testdata/schemas/hpe/ilo-docs).
_ENABLED = {"ro": 0, "n": 1, "t": ["string"], "e": ["Enabled", "Disabled"]}
HPE_SUPPLEMENTS = {
    "HpeSecurityService.HpeSecurityService": {
        "ComponentIntegrityPolicy": {"ro": 0, "n": 1, "t": ["string"], "e": ["NoPolicy", "HaltBootOnSPDMFailure"]},
        "DisableWeakCiphers": {"ro": 0, "t": ["boolean"]},
        "GlobalComponentIntegrity": _ENABLED,
        "TLSVersion": {"t": ["object"], "p": {"TLS1_0": _ENABLED, "TLS1_1": _ENABLED, "TLS1_2": _ENABLED}},
        "PlatformCert": {"ro": 1, "t": ["object"], "open": 1},
        "PlatformCertUpdate": {"ro": 1, "t": ["object"], "open": 1},
        "SystemIAK": {"ro": 1, "t": ["object"], "open": 1},
        "SystemIDevID": {"ro": 1, "t": ["object"], "open": 1},
        "iLOIDevID": {"ro": 1, "t": ["object"], "open": 1},
        "iLOLDevID": {"ro": 1, "t": ["object"], "open": 1},
    },
}
# iLO 7 adds the SecureStandard security state.
HPE_ENUM_EXTRA = {("HpeSecurityService.HpeSecurityService", "SecurityState"): ["SecureStandard"]}


def apply_supplements():
    for tkey, props in HPE_SUPPLEMENTS.items():
        spec = types.get(tkey)
        if spec is None:
            continue
        for name, pspec in props.items():
            spec.setdefault("p", {}).setdefault(name, pspec)
    for (tkey, prop), extra in HPE_ENUM_EXTRA.items():
        p = types.get(tkey, {}).get("p", {}).get(prop)
        if p is not None and "e" in p:
            for v in extra:
                if v not in p["e"]:
                    p["e"].append(v)


def collect_actions():
    for key, spec in list(types.items()):
        if spec and "a" in spec:
            actions[key] = spec.pop("a")


def main():
    load_dmtf()
    # Every resource type of every DMTF schema.
    for ns, entry in sorted(files.items()):
        doc = entry["v"] or entry["u"]
        if doc is None:
            continue
        root = doc.get("$ref")
        if root and root.startswith("#/definitions/"):
            want(ns, root[len("#/definitions/"):])
        # Actions are only reachable through the Actions object; make sure every action
        # definition is present even when no served resource names it.
        for dname, d in doc.get("definitions", {}).items():
            if isinstance(d, dict) and "parameters" in d:
                want(ns, dname)
    resolve_pending()

    # HPE OEM schemas: flat draft-04 documents with a title "#Ns.vX_Y_Z.Type".
    for name in sorted(os.listdir(HPE_DIR)):
        if not name.endswith(".json"):
            continue
        with open(os.path.join(HPE_DIR, name)) as f:
            doc = json.load(f)
        title = doc.get("title", "")
        m = re.match(r"^#([A-Za-z0-9]+)\.(?:v\d+_\d+_\d+\.)?([A-Za-z0-9]+)$", title)
        if not m:
            continue
        ns, tname = m.group(1), m.group(2)
        spec = conv(doc, ns)
        spec.pop("ro", None)
        types[f"{ns}.{tname}"] = spec
        resolve_pending()
    apply_supplements()
    collect_actions()

    caps = {}
    for ns, entry in sorted(files.items()):
        doc = entry["u"]
        if doc is None:
            continue
        for dname, d in doc.get("definitions", {}).items():
            if isinstance(d, dict) and any(k in d for k in ("insertable", "updatable", "deletable")):
                caps[f"{ns}.{dname}"] = {
                    "i": 1 if d.get("insertable") else 0,
                    "u": 1 if d.get("updatable") else 0,
                    "d": 1 if d.get("deletable") else 0,
                }
    out = {
        "source": "DMTF Redfish json-schema 2025.4 + HPE iLO 5 v2.70 SchemaStore, "
        "generated by redfish-emulator/tools/gen_schema_table.py",
        "types": dict(sorted(types.items())),
        "actions": dict(sorted(actions.items())),
        "caps": caps,
    }
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w") as f:
        # One entry a line, so that a change reviews as a diff.
        json.dump(out, f, indent=1, sort_keys=False)
        f.write("\n")
    print(f"{len(types)} types, {len(actions)} actions -> {OUT} ({os.path.getsize(OUT)} bytes)",
          file=sys.stderr)


if __name__ == "__main__":
    main()
