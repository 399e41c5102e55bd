#!/usr/bin/env python3
"""Generate the per-schema modules of `redfish-model` from the DMTF JSON schemas.

Usage (from the workspace root):
    python3 tools/gen_model.py [--out DIR] [SCHEMA_DIR]
SCHEMA_DIR defaults to testdata/schemas/json-schema (DMTF release 2025.4); DIR defaults to
redfish-model/src (tools/check-generated.sh writes elsewhere and compares). The output is
formatted with rustfmt, so it is byte for byte what is committed.

For each module in MODULES it reads the newest versioned schema file, emits the resource with
`redfish_resource!`, every local definition it reaches with `redfish_struct!`/`redfish_enum!`,
and, for each action, a `<Action>Request` parameter type with builder methods plus the
action's response type. Cross-schema references resolve to the generated type when there is
one, else to `Link` (navigation), `String` (enumerations) or raw JSON (other objects).

The output is committed; re-run after adding a module or updating the schemas. Hand-written
code lives in other files (resource.rs, odata.rs, ...), never in generated ones.
"""
import argparse
import glob
import json
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SRC = os.path.join(ROOT, "redfish-model", "src")
_args = argparse.ArgumentParser(description="Generate the redfish-model schema modules.")
_args.add_argument("--out", default=SRC, help="output folder (default: redfish-model/src)")
_args.add_argument("schema_dir", nargs="?", default=os.path.join(ROOT, "testdata", "schemas", "json-schema"))
_parsed = _args.parse_args()
SCHEMA_DIR = _parsed.schema_dir
OUT = _parsed.out

# module name -> (schema name, is_resource). Definitions listed in EXTRA_DEFS are generated
# even when not reached from the resource (shared by other schemas).
MODULES = [
    ("service_root", "ServiceRoot"),
    ("chassis", "Chassis"),
    ("power", "Power"),
    ("thermal", "Thermal"),
    ("redundancy", None),
    ("power_subsystem", "PowerSubsystem"),
    ("power_supply", "PowerSupply"),
    ("thermal_subsystem", "ThermalSubsystem"),
    ("fan", "Fan"),
    ("environment_metrics", "EnvironmentMetrics"),
    ("sensor", "Sensor"),
    ("computer_system", "ComputerSystem"),
    ("processor", "Processor"),
    ("memory", "Memory"),
    ("bios", "Bios"),
    ("storage", "Storage"),
    ("drive", "Drive"),
    ("manager", "Manager"),
    ("manager_network_protocol", "ManagerNetworkProtocol"),
    ("ethernet_interface", "EthernetInterface"),
    ("log_service", "LogService"),
    ("log_entry", "LogEntry"),
    ("update_service", "UpdateService"),
    ("software_inventory", "SoftwareInventory"),
    ("task", "Task"),
    ("task_service", "TaskService"),
    ("session_service", "SessionService"),
    ("session", "Session"),
    ("account_service", "AccountService"),
    ("manager_account", "ManagerAccount"),
    ("role", "Role"),
    ("certificate", "Certificate"),
    ("certificate_service", "CertificateService"),
    ("certificate_locations", "CertificateLocations"),
    ("aggregation_service", "AggregationService"),
    ("aggregate", "Aggregate"),
    ("action_info", "ActionInfo"),
    ("event_service", "EventService"),
    ("event_destination", "EventDestination"),
    ("message_registry_file", "MessageRegistryFile"),
    ("job", "Job"),
]

# Definitions generated in a module although the resource does not reach them (or the
# module has no resource): (module, file schema, definition).
EXTRA_DEFS = {
    "redundancy": ("Redundancy", ["Redundancy", "RedundantGroup"]),
    "sensor": ("Sensor", ["SensorExcerpt", "SensorArrayExcerpt", "SensorCurrentExcerpt",
                           "SensorEnergykWhExcerpt", "SensorPowerArrayExcerpt", "SensorPowerExcerpt",
                           "SensorVoltageExcerpt", "SensorPumpExcerpt"]),
    "software_inventory": ("SoftwareInventory", ["MeasurementBlock"]),
}

# Cross-schema definitions mapped to hand-written types.
COMMON = {
    ("Resource", "Status"): "crate::Status",
    ("Resource", "Location"): "crate::resource::Location",
    ("Resource", "Identifier"): "crate::resource::Identifier",
    ("Resource", "PowerState"): "crate::resource::PowerState",
    ("Resource", "IndicatorLED"): "crate::resource::IndicatorLed",
    ("Resource", "ResetType"): "crate::resource::ResetType",
    ("Resource", "State"): "crate::resource::State",
    ("Resource", "Health"): "crate::resource::Health",
    ("Resource", "Oem"): "crate::Oem",
    ("Resource", "Id"): "String",
    ("Resource", "Name"): "String",
    ("Resource", "Description"): "String",
    ("Resource", "UUID"): "String",
    ("Resource", "Item"): "crate::Link",
    ("Resource", "ItemOrCollection"): "crate::Link",
    ("Resource", "Condition"): "serde_json::Value",
    ("PhysicalContext", "PhysicalContext"): "crate::resource::PhysicalContext",
    ("Message", "Message"): "crate::Message",
    ("odata-v4", "id"): "crate::ODataId",
    ("odata-v4", "type"): "crate::ODataType",
    ("odata-v4", "etag"): "crate::ETag",
    ("odata-v4", "context"): "String",
    ("odata-v4", "count"): "u64",
    ("odata-v4", "nextLink"): "crate::ODataId",
    ("odata-v4", "idRef"): "crate::Link",
}

COMMON_HEADER = {"@odata.id", "@odata.type", "@odata.etag", "@odata.context", "Id", "Name", "Description", "Oem"}
SECRET = re.compile(r"(?i)(password|token|passphrase|secret|privatekey)")
KEYWORDS = {"type", "self", "ref", "match", "move", "loop", "in", "fn", "impl", "mod", "use", "where",
            "box", "async", "await", "dyn", "final", "static", "struct", "enum", "trait", "priv", "macro",
            "override", "crate", "super", "abstract", "become", "do", "typeof", "unsized", "virtual",
            "yield", "try", "gen", "const", "let", "mut", "pub", "return", "true", "false", "as", "break",
            "continue", "else", "extern", "for", "if", "unsafe", "while"}

_files = {}


def load(schema_file):
    if schema_file not in _files:
        _files[schema_file] = json.load(open(os.path.join(SCHEMA_DIR, schema_file)))
    return _files[schema_file]


def newest(schema):
    """Newest versioned file of a schema, or the unversioned one when unversioned."""
    cands = glob.glob(os.path.join(SCHEMA_DIR, f"{schema}.v*.json"))
    if not cands:
        p = os.path.join(SCHEMA_DIR, f"{schema}.json")
        return os.path.basename(p) if os.path.exists(p) else None

    def key(p):
        m = re.search(r"\.v(\d+)_(\d+)_(\d+)\.json$", p)
        return tuple(int(x) for x in m.groups()) if m else (0, 0, 0)
    return os.path.basename(max(cands, key=key))


def schema_of(file):
    return file.split(".")[0]


def snake(name):
    n = name.replace("@odata.count", "Count").replace("@odata.nextLink", "NextLink")
    n = n.replace("@", "").replace(".", "_").replace("#", "")
    for tok, rep in (("IPv4", "Ipv4"), ("IPv6", "Ipv6"), ("PCIe", "Pcie"), ("NVMe", "Nvme"), ("iSCSI", "Iscsi"),
                     ("iLO", "Ilo"), ("kWh", "Kwh"), ("VLANs", "Vlans"), ("mA", "Ma"), ("MHz", "Mhz"), ("GiB", "Gib"),
                     ("MiB", "Mib"), ("KiB", "Kib"), ("TiB", "Tib"), ("VA", "Va"), ("VAR", "Var"), ("kVA", "Kva"),
                     ("FPGAs", "Fpgas"), ("SSDs", "Ssds"), ("CPUs", "Cpus"), ("GPUs", "Gpus"), ("URIs", "Uris"),
                     ("IDs", "Ids"), ("LEDs", "Leds"), ("PSUs", "Psus")):
        n = n.replace(tok, rep)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", n)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = s.lower().replace("__", "_").strip("_")
    if s in KEYWORDS:
        s = "r#" + s
    if s and s[0].isdigit():
        s = "n" + s
    return s


def variant(v):
    ident = re.sub(r"[^0-9A-Za-z]", "_", v)
    parts = [p for p in ident.split("_") if p]
    ident = "".join(p[0].upper() + p[1:] for p in parts) if parts else "Empty"
    if ident[0].isdigit():
        ident = "V" + ident
    if ident == "Unknown":
        ident = "UnknownValue"
    return ident


def doc(text, indent):
    text = (text or "").strip().replace("\n", " ")
    if not text:
        return []
    return [f"{indent}/// {text}"]


def resolve_ref(ref, cur_file):
    """-> (file, defname) of the definition the $ref points to."""
    if ref.startswith("#/definitions/"):
        return cur_file, ref[len("#/definitions/"):]
    url, frag = ref.split("#", 1)
    fname = url.rsplit("/", 1)[-1]
    defname = frag[len("/definitions/"):]
    return fname, defname


def is_entity(fname, defname):
    """An unversioned definition that is an anyOf with idRef: a navigable resource."""
    if not os.path.exists(os.path.join(SCHEMA_DIR, fname)):
        return False
    d = load(fname).get("definitions", {}).get(defname)
    if not d or "anyOf" not in d:
        return False
    return any(a.get("$ref", "").endswith("odata-v4.json#/definitions/idRef") for a in d["anyOf"])


def concrete(fname, defname):
    """Follow an unversioned definition to the newest versioned file; -> (file, def dict)."""
    schema = schema_of(fname)
    if re.search(r"\.v\d+_\d+_\d+\.json$", fname):
        path = os.path.join(SCHEMA_DIR, fname)
        if not os.path.exists(path):
            fname = newest(schema)
    else:
        if os.path.exists(os.path.join(SCHEMA_DIR, fname)):
            d = load(fname).get("definitions", {}).get(defname)
            if d is not None and "anyOf" not in d:
                return fname, d
        fname = newest(schema)
    if not fname:
        return None, None
    d = load(fname).get("definitions", {}).get(defname)
    if d is not None and "anyOf" in d and fname.count(".") == 1:
        fname = newest(schema)
        d = load(fname).get("definitions", {}).get(defname)
    return fname, d


class Gen:
    def __init__(self):
        self.registry = {}  # (schema, def) -> rust path
        self.resource_of = {}  # schema -> module (for Link<T> typing)
        for mod, schema in MODULES:
            if schema:
                self.resource_of[schema] = mod
                self.registry[(schema, schema)] = f"crate::{mod}::{schema}"
        for mod, (schema, defs) in EXTRA_DEFS.items():
            for d in defs:
                self.registry[(schema, d)] = f"crate::{mod}::{d}"

    # ---- per-module state
    def start_module(self, mod, schema):
        self.mod = mod
        self.schema = schema
        self.queue = []
        self.emitted = set()
        self.out = []

    def local_path(self, defname):
        return defname

    def link_type(self, schema, defname):
        if schema.endswith("Collection") and defname == schema:
            member = schema[: -len("Collection")]
            if member in self.resource_of:
                return f"crate::Link<crate::Collection<crate::{self.resource_of[member]}::{member}>>"
            return "crate::Link<crate::Collection>"
        if schema == defname and schema in self.resource_of:
            return f"crate::Link<crate::{self.resource_of[schema]}::{schema}>"
        return "crate::Link"

    def rust_type(self, node, cur_file):
        if "$ref" in node:
            return self.ref_type(node["$ref"], cur_file)
        if "anyOf" in node:
            non_null = [a for a in node["anyOf"] if a.get("type") != "null"]
            if len(non_null) == 1:
                return self.rust_type(non_null[0], cur_file)
            refs = [a for a in non_null if "$ref" in a]
            if refs and any(a["$ref"].endswith("idRef") for a in refs):
                return "crate::Link"
            return "serde_json::Value"
        t = node.get("type")
        if isinstance(t, list):
            ts = [x for x in t if x != "null"]
            t = ts[0] if len(ts) == 1 else None
            if t is None:
                return "serde_json::Value"
        if t == "string":
            if node.get("format") == "date-time":
                return "crate::DateTime"
            return "String"
        if t == "integer":
            return "i64"
        if t == "number":
            return "f64"
        if t == "boolean":
            return "bool"
        if t == "array":
            items = node.get("items", {})
            inner = self.rust_type(items, cur_file)
            nullable = ("null" in items.get("type", []) if isinstance(items.get("type"), list) else False) or any(
                a.get("type") == "null" for a in items.get("anyOf", []))
            # Redfish arrays may hold null entries (PATCH semantics, unset slots).
            return f"Vec<Option<{inner}>>" if nullable else f"Vec<{inner}>"
        if t == "object":
            return "serde_json::Map<String, serde_json::Value>"
        return "serde_json::Value"

    def ref_type(self, ref, cur_file):
        fname, defname = resolve_ref(ref, cur_file)
        schema = schema_of(fname)
        if (schema, defname) in COMMON:
            return COMMON[(schema, defname)]
        if not ref.startswith("#/definitions/") and is_entity(schema + ".json", defname):
            return self.link_type(schema, defname)
        if ref.startswith("#/definitions/") or schema == self.schema:
            if defname == "Actions":
                return "crate::Actions"
            return self.local(cur_file if ref.startswith("#") else newest(schema), defname)
        if (schema, defname) in self.registry:
            # Resources are navigated by link; other shared definitions (Redundancy, sensor
            # excerpts) are embedded objects even when they carry an @odata.id.
            if schema == defname and schema in self.resource_of:
                return self.link_type(schema, defname)
            return self.registry[(schema, defname)]
        if is_entity(schema + ".json", defname) or is_entity(fname, defname):
            return self.link_type(schema, defname)
        f2, d = concrete(fname, defname)
        if d is None:
            return "serde_json::Value"
        if "enum" in d:
            return "String"
        return "serde_json::Value"

    def local(self, fname, defname):
        key = defname
        if key not in self.emitted:
            self.emitted.add(key)
            self.queue.append((fname, defname))
        return key

    # ---- emitters
    def emit_enum(self, name, d):
        lines = ["crate::redfish_enum! {"] + (doc(d.get("description") or d.get("longDescription"), "    ") or [f"    /// `{name}`."])
        lines.append(f"    pub enum {name} {{")
        descs = d.get("enumDescriptions", {})
        seen = set()
        for v in d["enum"]:
            ident = variant(v)
            while ident in seen:
                ident += "_"
            seen.add(ident)
            lines += doc(descs.get(v, f"`{v}`."), "        ")
            if v in d.get("enumDeprecated", {}):
                lines.append(f"        /// Deprecated: {d['enumDeprecated'][v]}")
            lines.append(f'        {ident} = "{v}",')
        lines += ["    }", "}", ""]
        self.out += lines

    def fields(self, props, cur_file, skip=()):
        lines = []
        plain = {snake(k) for k in props if "@" not in k}
        used = set()
        for key, node in props.items():
            if key in skip:
                continue
            fname = snake(key)
            if key.endswith("@odata.count") and fname in plain:
                # `ElementsCount` and `Elements@odata.count` both exist in Aggregate.
                fname = snake(key[: -len("@odata.count")]) + "_odata_count"
            if fname in used or fname in {"extra"}:
                fname = fname + "_"
            used.add(fname)
            ty = self.rust_type(node, cur_file)
            desc = node.get("description") or ""
            ro = node.get("readonly")
            notes = []
            if ro is True:
                notes.append("Read-only.")
            elif ro is False:
                notes.append("Writable.")
            if node.get("deprecated"):
                notes.append(f"Deprecated: {node['deprecated']}")
            if node.get("units"):
                notes.append(f"Units: `{node['units']}`.")
            lines += doc(desc, "        ")
            if notes:
                lines.append("        ///")
                lines += doc(" ".join(notes), "        ")
            flag = " [secret]" if SECRET.search(key) and ty in ("String",) else ""
            lines.append(f'        "{key}" => {fname}: {ty}{flag},')
        return lines

    def emit_struct(self, name, d, cur_file, resource=False):
        props = d.get("properties", {})
        head = doc(d.get("description") or d.get("longDescription"), "    ") or [f"    /// `{name}`."]
        if resource:
            ver = re.search(r"\.(v\d+_\d+_\d+)\.json$", cur_file)
            head += ["    ///", f"    /// DMTF schema `{self.schema}` {ver.group(1) if ver else ''} (Redfish 2025.4)."]
            lines = ["crate::redfish_resource! {"] + head + [f'    pub struct {name}: "{self.schema}" {{']
            lines += self.fields(props, cur_file, skip=COMMON_HEADER)
        else:
            lines = ["crate::redfish_struct! {"] + head + [f"    pub struct {name} {{"]
            lines += self.fields(props, cur_file)
        lines += ["    }", "}", ""]
        self.out += lines

    def emit_action(self, name, d, cur_file):
        params = d.get("parameters", {})
        req = f"{name}Request"
        lines = ["crate::redfish_struct! {"]
        lines += doc(f"Parameters of the `{name}` action: {d.get('description', '')}", "    ")
        lines += ["    ///", "    /// Build with `default()` and the setter methods; unset parameters are omitted."]
        lines.append(f"    pub struct {req} {{")
        fl = []
        setters = []
        used = set()
        for key, node in params.items():
            fname = snake(key)
            if fname in used:
                fname += "_"
            used.add(fname)
            ty = self.rust_type(node, cur_file)
            desc = node.get("description") or ""
            req_note = " Required." if node.get("requiredParameter") else ""
            fl += doc(desc + req_note, "        ")
            flag = " [secret]" if SECRET.search(key) and ty == "String" else ""
            fl.append(f'        "{key}" => {fname}: {ty}{flag},')
            setter = fname[2:] if fname.startswith("r#") else fname
            conv = "impl Into<String>" if ty == "String" else ty
            val = "value.into()" if ty == "String" else "value"
            setters += [f"    /// Sets `{key}`.", "    #[must_use]",
                        f"    pub fn with_{setter}(mut self, value: {conv}) -> Self {{",
                        f"        self.{fname} = Some({val});", "        self", "    }"]
        lines += fl + ["    }", "}", ""]
        lines += [f"impl {req} {{", "    /// The JSON keys the schema marks as required.",
                  "    pub const REQUIRED: &'static [&'static str] = &["
                  + ", ".join(f'"{k}"' for k, n in params.items() if n.get("requiredParameter")) + "];", ""]
        lines += setters + ["}", ""]
        self.out += lines
        resp = d.get("actionResponse")
        if resp:
            self.rust_type(resp, cur_file)

    def generate(self, mod, schema):
        self.start_module(mod, schema)
        header = [
            f"//! `{schema or mod}` models, generated from the DMTF Redfish JSON schema by `tools/gen_model.py`.",
            "//!",
            "//! Do not edit by hand: change the generator and re-run it.",
            "",
            "#![allow(clippy::doc_markdown, clippy::large_enum_variant)]",
            "",
        ]
        actions = []
        if schema:
            f = newest(schema)
            d = load(f)["definitions"][schema]
            self.emitted.add(schema)
            self.emit_struct(schema, d, f, resource=True)
            acts = load(f)["definitions"].get("Actions", {}).get("properties", {})
            for k, v in acts.items():
                if k.startswith("#") and "$ref" in v:
                    _, an = resolve_ref(v["$ref"], f)
                    actions.append((f, an))
                    self.emitted.add(an)
        if mod in EXTRA_DEFS:
            s, defs = EXTRA_DEFS[mod]
            f = newest(s)
            for dn in defs:
                if dn in load(f)["definitions"] and dn not in self.emitted:
                    self.emitted.add(dn)
                    self.queue.append((f, dn))
        for f, an in actions:
            self.emit_action(an, load(f)["definitions"][an], f)
        while self.queue:
            f, dn = self.queue.pop(0)
            f2, d = concrete(f, dn) if f else (None, None)
            if d is None:
                d = load(f)["definitions"].get(dn) if f else None
                f2 = f
            if d is None and f:
                # Enumerations shared by all versions live in the unversioned file.
                unversioned = schema_of(f) + ".json"
                if os.path.exists(os.path.join(SCHEMA_DIR, unversioned)):
                    d = load(unversioned).get("definitions", {}).get(dn)
                    f2 = unversioned
            if d is None:
                self.out += [f"/// `{dn}` (not found in the schemas; kept as raw JSON).",
                             f"pub type {dn} = serde_json::Value;", ""]
                continue
            if "enum" in d:
                self.emit_enum(dn, d)
            elif "parameters" in d:
                self.emit_action(dn, d, f2)
            elif d.get("type") == "object" or "properties" in d:
                self.emit_struct(dn, d, f2)
            else:
                self.out += [f"/// `{dn}`: {d.get('description', '')}", f"pub type {dn} = serde_json::Value;", ""]
        return "\n".join(header + self.out).rstrip() + "\n"


def main():
    g = Gen()
    # First pass: learn every definition each module emits, so that a reference from another
    # schema (CertificateService -> Certificate.KeyUsage) resolves to the generated type.
    for mod, schema in MODULES:
        g.generate(mod, schema)
        file_schema = schema or EXTRA_DEFS[mod][0]
        for name in g.emitted:
            g.registry.setdefault((file_schema, name), f"crate::{mod}::{name}")
    for mod, schema in MODULES:
        src = g.generate(mod, schema)
        with open(os.path.join(OUT, f"{mod}.rs"), "w") as fh:
            fh.write(src)
    # AnyResource variants and module declarations.
    with open(os.path.join(OUT, "any_list.rs"), "w") as fh:
        fh.write("// Generated by tools/gen_model.py: the resource schemas with a typed variant.\nany_resource! {\n")
        for mod, schema in MODULES:
            if schema:
                fh.write(f"    {schema} => crate::{mod}::{schema},\n")
        fh.write("}\n")
    lib = open(os.path.join(SRC, "lib.rs")).read()
    mods = "".join(f"pub mod {m};\n" for m in sorted(m for m, _ in MODULES))
    lib = re.sub(r"// BEGIN GENERATED MODULES\n.*?// END GENERATED MODULES\n",
                 "// BEGIN GENERATED MODULES\n" + mods + "// END GENERATED MODULES\n", lib, flags=re.S)
    open(os.path.join(OUT, "lib.rs"), "w").write(lib)
    written = [os.path.join(OUT, f"{m}.rs") for m, _ in MODULES] + [os.path.join(OUT, "any_list.rs")]
    # The committed files are rustfmt's output; format the same way (the workspace's settings).
    subprocess.run(["rustfmt", "--edition", "2024", "--config-path", os.path.join(ROOT, "rustfmt.toml")] + written,
                   check=True)


if __name__ == "__main__":
    main()
