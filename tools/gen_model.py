#!/usr/bin/env python3
"""Generate the schema modules of `redfish-model` from the DMTF JSON schemas.

Usage (from the workspace root):
    python3 tools/gen_model.py [--out DIR] [SCHEMA_DIR]
SCHEMA_DIR defaults to testdata/schemas/json-schema (DMTF release 2025.4); DIR defaults to
redfish-model/src (tools/check-generated.sh writes elsewhere and compares). The output is
formatted with rustfmt, so it is byte for byte what is committed.

Every schema of the bundle becomes one module named after it (`VirtualMedia` ->
`virtual_media`), except the `*Collection` schemas (typed as `Collection<T>`), the OData and
JSON-schema meta schemas, and `Message`, whose module (`message.rs`) is hand-written. Each module
holds every definition of the newest versioned file (plus those only in the unversioned file):
the resource with `redfish_struct!` + `__impl_resource!`, objects with `redfish_struct!`,
enumerations with `redfish_enum!`, and per action a `<Action>Request` parameter type with
builders that implements `ActionRequest`. Cross-schema references resolve to the generated type:
`Link<T>` / `Link<Collection<T>>` for navigation, the type itself for embedded objects.

Enumerations that several schemas define identically (ignoring values DMTF deprecated) are
generated once in `common.rs` and re-exported by each defining module, so that there is one type.

Besides the modules it writes `common.rs`, `any_list.rs` (the `AnyResource` variants),
`registry_list.rs` (the registries embedded from redfish-model/registries), the module list in
`lib.rs` and the `[features]` of redfish-model/Cargo.toml (one feature per schema module outside
the always-built core; see FEATURES below). Hand-written code lives in other files (resource.rs,
odata.rs, ...), never in generated ones.
"""
import argparse
import collections
import glob
import json
import os
import re
import subprocess

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CRATE = os.path.join(ROOT, "redfish-model")
SRC = os.path.join(CRATE, "src")
_args = argparse.ArgumentParser(description="Generate the redfish-model schema modules.")
_args.add_argument("--out", default=SRC, help="output folder (default: redfish-model/src); "
                   "Cargo.toml is written beside it as Cargo.toml when --out is not the default")
_args.add_argument("schema_dir", nargs="?", default=os.path.join(ROOT, "testdata", "schemas", "json-schema"))
_parsed = _args.parse_args()
SCHEMA_DIR = _parsed.schema_dir
OUT = _parsed.out
RELEASE = "2025.4"

# OData and JSON-schema vocabulary, not Redfish schemas with types of their own.
META = {"odata", "odata-v4", "redfish-error", "redfish-payload-annotations", "redfish-payload-annotations-v1",
        "redfish-schema", "redfish-schema-v1"}
# Schemas whose public module is hand-written: `Message` (message.rs keeps `MessageId` typed and
# the error-response types beside it).
HAND_WRITTEN = {"Message"}
# `Resource` is the abstract base of every resource: its types are generated, but into
# resource_schema.rs, which the hand-written `resource` module (the `Resource` trait, `Actions`,
# `DateTime`) re-exports, so that `redfish_model::resource::Health` is the public path.
FILE_OF = {"Resource": "resource_schema"}
PATH_OF = {"Resource": "resource"}
# Definitions mapped to hand-written types (or to plain Rust types for string aliases).
COMMON = {
    ("Resource", "Oem"): "crate::Oem",
    ("Resource", "OemObject"): "crate::Oem",
    ("Resource", "Id"): "String",
    ("Resource", "Name"): "String",
    ("Resource", "Description"): "String",
    ("Resource", "UUID"): "String",
    # A link to a resource of any type (or a collection): the schema names no target type.
    ("Resource", "Item"): "crate::Link",
    ("Resource", "ItemOrCollection"): "crate::Link",
    # Links to a resource (a collection) of any type, named by the abstract base.
    ("Resource", "Resource"): "crate::Link",
    ("Resource", "ResourceCollection"): "crate::Link",
    ("Message", "Message"): "crate::Message",
    ("odata-v4", "id"): "crate::ODataId",
    ("odata-v4", "type"): "crate::ODataType",
    ("odata-v4", "etag"): "crate::ETag",
    ("odata-v4", "context"): "String",
    ("odata-v4", "count"): "u64",
    ("odata-v4", "nextLink"): "crate::ODataId",
    ("odata-v4", "idRef"): "crate::Link",
}
# Abstract bases of the Resource schema, never the type of a property.
ABSTRACT = {("Resource", "Resource"), ("Resource", "ReferenceableMember"), ("Resource", "ResourceCollection")}
# `Actions` is the hand-written `crate::Actions` (keeps OEM and unknown actions); the action
# definitions themselves become `<Action>Request` types.
SKIP_DEFS = {"Actions", "OemActions"}
# Properties every resource has, in the order the Resource trait reads them; added to the four
# registry/event resources whose schemas omit some of them.
HEADER = [
    ("@odata.context", "String", "The OData context URL (sent by many services, deprecated by Redfish)."),
    ("@odata.etag", "crate::ETag", "The entity tag of this representation."),
    ("@odata.id", "crate::ODataId", "The URI of this resource."),
    ("@odata.type", "crate::ODataType", "The schema type, e.g. `#Chassis.v1_14_0.Chassis`."),
    ("Description", "String", "The resource description."),
    ("Id", "String", "The resource identifier, unique within its collection."),
    ("Name", "String", "The resource name."),
    ("Oem", "crate::Oem", "OEM extensions, keyed by vendor (e.g. `Hpe`)."),
]

SECRET = re.compile(r"(?i)(password|token|passphrase|secret|privatekey)")
KEYWORDS = {"type", "self", "ref", "match", "move", "loop", "in", "fn", "impl", "mod", "use", "where",
            "box", "async", "await", "dyn", "final", "static", "struct", "enum", "trait", "priv", "macro",
            "override", "crate", "super", "abstract", "become", "do", "typeof", "unsized", "virtual",
            "yield", "try", "gen", "const", "let", "mut", "pub", "return", "true", "false", "as", "break",
            "continue", "else", "extern", "for", "if", "unsafe", "while"}

# ---- features
# The schemas always built (no feature): those the hand-written code uses (resource.rs,
# message.rs, registry.rs), with every schema whose embedded types they use. Every other schema
# module is behind a feature named after the module, which enables the modules whose types it
# embeds; `full` enables all. A module whose feature is off still declares its resource type as
# `untyped::Untyped<_>` (the common properties typed, the rest kept in `extra`; see
# untyped_modules.rs), so links to it, `AnyResource` and round trips work in every build.
CORE_SEEDS = ["Resource", "PhysicalContext", "Settings", "ResolutionStep", "MessageRegistry"]
# The default build: what a server BMC (DMTF mockups, HPE iLO) and a rack manager (OCP OpenRMC
# profiles and usage guide) serve, and what the workspace's client and OEM crates read.
GROUPS = collections.OrderedDict([
    ("bmc", [
        "AccountService", "ActionInfo", "AttributeRegistry", "Bios", "BootOption", "Certificate",
        "CertificateLocations", "CertificateService", "Chassis", "ComputerSystem", "Drive", "EnvironmentMetrics",
        "EthernetInterface", "Event", "EventDestination", "EventService", "Fan", "Job", "JsonSchemaFile", "LogEntry",
        "LogService", "Manager", "ManagerAccount", "ManagerNetworkProtocol", "Memory", "MessageRegistryFile",
        "MetricDefinition", "MetricReport", "MetricReportDefinition", "Power", "PowerSubsystem", "PowerSupply",
        "PowerSupplyMetrics", "Processor", "Redundancy", "Role", "SecureBoot", "Sensor", "ServiceRoot", "Session",
        "SessionService", "SoftwareInventory", "Storage", "Task", "TaskService", "TelemetryService", "Thermal",
        "ThermalMetrics", "ThermalSubsystem", "UpdateService", "VirtualMedia"]),
    ("rack-manager", [
        "AggregationService", "Aggregate", "Chassis", "ComputerSystem", "EnvironmentMetrics", "Fan", "LogEntry",
        "LogService", "Manager", "ManagerNetworkProtocol", "Power", "PowerSubsystem", "ServiceRoot", "SoftwareInventory",
        "Thermal", "ThermalMetrics", "ThermalSubsystem", "UpdateService"]),
])
DEFAULT_GROUPS = ["bmc", "rack-manager"]
_files = {}


def load(schema_file):
    if schema_file not in _files:
        _files[schema_file] = json.load(open(os.path.join(SCHEMA_DIR, schema_file)))
    return _files[schema_file]


def exists(fname):
    return os.path.exists(os.path.join(SCHEMA_DIR, fname))


def version_key(p):
    m = re.search(r"\.v(\d+)_(\d+)_(\d+)\.json$", p)
    return tuple(int(x) for x in m.groups()) if m else (0, 0, 0)


def newest(schema):
    """Newest versioned file of a schema, or None when the schema is unversioned."""
    cands = glob.glob(os.path.join(SCHEMA_DIR, f"{schema}.v*.json"))
    return os.path.basename(max(cands, key=version_key)) if cands else None


def schema_of(file):
    return file.split(".")[0]


def snake(name):
    n = name.replace("@odata.count", "Count").replace("@odata.nextLink", "NextLink")
    n = n.replace("@", "").replace(".", "_").replace("#", "").replace("-", "_")
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


def module_name(schema):
    # `VLanNetworkInterface` reads as vlan, not v_lan.
    return snake(schema.replace("VLan", "Vlan"))


def variant(v):
    ident = re.sub(r"[^0-9A-Za-z]", "_", v)
    parts = [p for p in ident.split("_") if p]
    ident = "".join(p[0].upper() + p[1:] for p in parts) if parts else "Empty"
    if ident[0].isdigit():
        ident = "V" + ident
    if ident == "Unknown":
        # `Unknown(String)` is the variant every open enum has for values it does not know.
        ident = "UnknownValue"
    return ident


def escape_doc(text):
    """Markdown-safe text: brackets and angle brackets outside code spans would be read as
    links and HTML by rustdoc; bare URLs become autolinks."""
    out = []
    for i, part in enumerate(re.split(r"(`[^`]*`)", text)):
        if i % 2 == 1:
            out.append(part)
            continue
        part = part.replace("[", "\\[").replace("]", "\\]").replace("<", "&lt;").replace(">", "&gt;")
        part = re.sub(r"https?://[^\s)\\]*[^\s).,;:\\]", lambda m: "<" + m.group(0) + ">", part)
        out.append(part)
    return "".join(out)


def one_line(text):
    return re.sub(r"\s+", " ", (text or "").strip())


def doc(text, indent):
    text = re.sub(r"\s+", " ", (text or "").strip())
    if not text:
        return []
    return [f"{indent}/// {escape_doc(text)}"]


def resolve_ref(ref, cur_file):
    """-> (file, defname) of the definition the $ref points to."""
    if ref.startswith("#/definitions/"):
        return cur_file, ref[len("#/definitions/"):]
    url, frag = ref.split("#", 1)
    return url.rsplit("/", 1)[-1], frag[len("/definitions/"):]


def is_entity_wrapper(d):
    return "anyOf" in d and any(a.get("$ref", "").endswith("odata-v4.json#/definitions/idRef") for a in d["anyOf"])


# ---------------------------------------------------------------------------------------------
# The bundle


class Schema:
    def __init__(self, name):
        self.name = name
        self.module = module_name(name)
        self.path = PATH_OF.get(name, self.module)
        self.file = FILE_OF.get(name, self.module)
        self.versioned = newest(name)
        self.unversioned = f"{name}.json" if exists(f"{name}.json") else None
        self.defs = collections.OrderedDict()  # name -> (file, dict)
        if self.versioned:
            for n, d in load(self.versioned).get("definitions", {}).items():
                self.defs[n] = (self.versioned, d)
        self.wrappers = {}
        if self.unversioned:
            for n, d in load(self.unversioned).get("definitions", {}).items():
                if is_entity_wrapper(d):
                    self.wrappers[n] = d
                if n in self.defs or "anyOf" in d:
                    # anyOf: a list of the versioned definitions, or an entity (link or object).
                    continue
                self.defs[n] = (self.unversioned, d)
        own = self.defs.get(name, (None, {}))[1]
        entity = name in self.wrappers
        self.is_resource = entity and "@odata.type" in own.get("properties", {}) and (name, name) not in ABSTRACT
        # A referenceable member with a schema of its own (Redundancy): embedded, not navigated.
        self.is_embedded_entity = entity and not self.is_resource and (name, name) not in ABSTRACT
        # Every `Actions` property is the hand-written `crate::Actions`; the definitions behind
        # it (`Actions`, `ThermalActions`, their `Oem...Actions`) are not generated.
        self.actions_defs = set(SKIP_DEFS)
        self.actions = {}  # action definition -> "#Schema.Action"
        for n, (f, d) in self.defs.items():
            ref = d.get("properties", {}).get("Actions", {}).get("$ref", "")
            if not ref.startswith("#/definitions/"):
                continue
            adef_name = resolve_ref(ref, f)[1]
            self.actions_defs.add(adef_name)
            adef = self.defs.get(adef_name, (None, {}))[1]
            oem = adef.get("properties", {}).get("Oem", {}).get("$ref", "")
            if oem.startswith("#/definitions/"):
                self.actions_defs.add(resolve_ref(oem, f)[1])
            if n == name:
                for k, v in adef.get("properties", {}).items():
                    if k.startswith("#") and "$ref" in v:
                        self.actions[resolve_ref(v["$ref"], f)[1]] = k
        self.description = own.get("description") or load(self.versioned or self.unversioned).get("title", "")


def bundle():
    names = sorted({f.split(".")[0] for f in os.listdir(SCHEMA_DIR) if f.endswith(".json")})
    return collections.OrderedDict(
        (n, Schema(n)) for n in names if n not in META and not n.endswith("Collection"))


def enum_signature(d):
    dep = d.get("enumDeprecated", {})
    return tuple(sorted(v for v in d["enum"] if v not in dep))


class Gen:
    def __init__(self):
        self.schemas = bundle()
        self.registry = {}  # (schema, def) -> rust path
        self.unresolved = collections.Counter()
        # Shared enumerations: same name, same values up to deprecated ones, two or more schemas.
        groups = collections.defaultdict(list)
        for s in self.schemas.values():
            if s.name in HAND_WRITTEN:
                continue
            for n, (f, d) in s.defs.items():
                if "enum" in d:
                    groups[(n, enum_signature(d))].append(s.name)
        self.shared = collections.OrderedDict()  # enum name -> [schemas]
        self.shared_of = {}
        for (n, _sig), owners in sorted(groups.items()):
            if len(owners) < 2:
                continue
            if n in self.shared:
                # Two different shared enums of one name: keep both per schema.
                continue
            self.shared[n] = sorted(owners, key=lambda o: (o != "Resource", o))
            for o in owners:
                self.shared_of[(o, n)] = n
        for s in self.schemas.values():
            if s.name in HAND_WRITTEN:
                continue
            for n in s.defs:
                if (s.name, n) in self.shared_of:
                    self.registry[(s.name, n)] = f"crate::common::{n}"
                else:
                    self.registry[(s.name, n)] = f"crate::{s.path}::{n}"

    # ---- types

    def collection_link(self, schema):
        member = schema[: -len("Collection")]
        s = self.schemas.get(member)
        if s and s.is_resource:
            return f"crate::Link<crate::Collection<crate::{s.path}::{member}>>"
        return "crate::Link<crate::Collection>"

    def ref_type(self, ref, cur_file, cur_schema):
        fname, defname = resolve_ref(ref, cur_file)
        schema = cur_schema if ref.startswith("#") else schema_of(fname)
        if (schema, defname) in COMMON:
            return COMMON[(schema, defname)]
        if schema.endswith("Collection") and defname == schema:
            return self.collection_link(schema)
        s = self.schemas.get(schema)
        if s is None and "/swordfish/" in ref:
            # SNIA Swordfish schemas are not part of the DMTF bundle: kept as sent.
            return "serde_json::Value"
        if s is None or (schema, defname) in ABSTRACT:
            self.unresolved[f"{schema}.{defname}"] += 1
            return "serde_json::Value"
        if defname in s.wrappers and not ref.startswith("#"):
            if defname == schema and s.is_resource:
                return f"crate::Link<crate::{s.path}::{defname}>"
            if defname != schema:
                # A member of another resource's array (`Power#/PowerSupplies/0`): a link.
                if (schema, defname) in self.registry:
                    return f"crate::Link<{self.registry[(schema, defname)]}>"
                return "crate::Link"
        path = self.registry.get((schema, defname))
        if path is None:
            self.unresolved[f"{schema}.{defname}"] += 1
            return "serde_json::Value"
        return path

    def rust_type(self, node, cur_file, cur_schema):
        if "$ref" in node:
            return self.ref_type(node["$ref"], cur_file, cur_schema)
        if "anyOf" in node:
            non_null = [a for a in node["anyOf"] if a.get("type") != "null"]
            if len(non_null) == 1:
                return self.rust_type(non_null[0], cur_file, cur_schema)
            types = {self.rust_type(a, cur_file, cur_schema) for a in non_null}
            if len(types) == 1:
                return types.pop()
            if any(t.startswith("crate::Link") for t in types) and all(
                    t.startswith("crate::Link") or t == "serde_json::Value" for t in types):
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
            inner = self.rust_type(items, cur_file, cur_schema)
            nullable = ("null" in items.get("type", []) if isinstance(items.get("type"), list) else False) or any(
                a.get("type") == "null" for a in items.get("anyOf", []))
            # Redfish arrays may hold null entries (PATCH semantics, unset slots).
            return f"Vec<Option<{inner}>>" if nullable else f"Vec<{inner}>"
        if t == "object":
            return "serde_json::Map<String, serde_json::Value>"
        return "serde_json::Value"

    # ---- items of a module

    def field(self, key, node, cur_file, cur_schema, required, used, plain):
        fname = snake(key)
        if key.endswith("@odata.count") and fname in plain:
            # `ElementsCount` and `Elements@odata.count` both exist in Aggregate.
            fname = snake(key[: -len("@odata.count")]) + "_odata_count"
        while fname in used or fname == "extra":
            fname = fname + "_"
        used.add(fname)
        ty = "crate::Actions" if key == "Actions" else self.rust_type(node, cur_file, cur_schema)
        if key == "MessageId" and ty == "String":
            # The DSP0266 `Registry.Major.Minor.Key` format: typed, resolvable with `registry`.
            ty = "crate::MessageId"
        lines = doc(node.get("description") or "", "")
        notes = []
        ro = node.get("readonly")
        if ro is True:
            notes.append("Read-only.")
        elif ro is False:
            notes.append("Writable.")
        if key in required:
            notes.append("Required.")
        if node.get("deprecated"):
            notes.append(f"Deprecated: {node['deprecated']}")
        if node.get("units"):
            notes.append(f"Units: `{node['units']}`.")
        if notes:
            if lines:
                lines.append("///")
            lines += doc(" ".join(notes), "")
        flags = []
        if SECRET.search(key) and ty == "String":
            flags.append("secret")
        if key in required:
            flags.append("required")
        return {"key": key, "name": fname, "ty": ty, "doc": lines, "flags": flags}

    def struct_fields(self, d, cur_file, cur_schema, header=False):
        props = dict(d.get("properties", {}))
        required = set(d.get("required", []))
        if header:
            for key, ty, desc in HEADER:
                props.setdefault(key, {"__type": ty, "description": desc})
        keys = sorted(props) if header else list(props)
        plain = {snake(k) for k in props if "@" not in k}
        used = set()
        out = []
        for key in keys:
            node = props[key]
            if "__type" in node:
                out.append({"key": key, "name": snake(key), "ty": node["__type"],
                            "doc": doc(node["description"], ""), "flags": []})
                used.add(snake(key))
                continue
            out.append(self.field(key, node, cur_file, cur_schema, required, used, plain))
        return out

    def module_items(self, s):
        items = []
        order = list(s.defs)
        if s.name in s.defs:
            order.remove(s.name)
            order.insert(0, s.name)
        for n in order:
            f, d = s.defs[n]
            if n in s.actions_defs or (s.name, n) in COMMON or (s.name, n) in ABSTRACT:
                continue
            head = doc(d.get("description") or d.get("longDescription"), "") or [f"/// `{n}`."]
            if (s.name, n) in self.shared_of:
                items.append({"kind": "reexport", "name": n})
                continue
            if "enum" in d:
                items.append({"kind": "enum", "name": n, "doc": head, "variants": self.variants([(s.name, d)])})
            elif "parameters" in d:
                items.append(self.action_item(s, n, f, d))
            elif n == s.name and s.is_resource:
                ver = re.search(r"\.(v\d+_\d+_\d+)\.json$", f)
                head += ["///", f"/// DMTF schema `{s.name}` {ver.group(1) if ver else ''} (Redfish {RELEASE})."]
                fields = self.struct_fields(d, f, s.name, header=True)
                items.append({"kind": "resource", "name": n, "doc": head, "fields": fields,
                              "actions": any(x["key"] == "Actions" for x in fields)})
            elif d.get("properties"):
                items.append({"kind": "struct", "name": n, "doc": head,
                              "fields": self.struct_fields(d, f, s.name)})
            elif d.get("type") == "object" or "patternProperties" in d:
                # Only pattern properties (attribute maps, message maps): kept as a JSON map.
                items.append({"kind": "alias", "name": n, "doc": head,
                              "ty": "serde_json::Map<String, serde_json::Value>"})
            elif d.get("type") in ("string", "integer", "number", "boolean") or isinstance(d.get("type"), list):
                items.append({"kind": "alias", "name": n, "doc": head, "ty": self.rust_type(d, f, s.name)})
            else:
                items.append({"kind": "alias", "name": n, "doc": head, "ty": "serde_json::Value"})
        return items

    def variants(self, owners):
        """owners: [(schema, enum def)], the first one's order and texts win."""
        out, seen_values, seen_idents = [], set(), set()
        for _schema, d in owners:
            descs = d.get("enumDescriptions", {})
            dep = d.get("enumDeprecated", {})
            for v in d["enum"]:
                if v in seen_values:
                    continue
                seen_values.add(v)
                ident = variant(v)
                while ident in seen_idents:
                    ident += "_"
                seen_idents.add(ident)
                lines = doc(descs.get(v, f"`{v}`."), "")
                if v in dep:
                    lines += doc(f"Deprecated: {dep[v]}", "")
                out.append((ident, v, lines))
        return out

    def action_item(self, s, n, f, d):
        params = d.get("parameters", {})
        req_name = f"{n}Request"
        if req_name in s.defs:
            req_name = f"{n}ActionRequest"
        used, fields = set(), []
        required = {k for k, p in params.items() if p.get("requiredParameter")}
        for key, node in params.items():
            fields.append(self.field(key, node, f, s.name, required, used, set()))
        resp = d.get("actionResponse")
        response = self.rust_type(resp, f, s.name) if resp else "crate::NoResponse"
        head = doc(f"Parameters of the `{n}` action: {d.get('description', '')}", "")
        return {"kind": "action", "name": req_name, "doc": head, "fields": fields,
                "required": [k for k in params if k in required], "action": s.actions.get(n, f"#{s.name}.{n}"),
                "resource": s.name if s.is_resource else None, "response": response}

    # ---- emitters

    def emit_fields(self, fields, indent="        "):
        lines = []
        for fl in fields:
            lines += [indent + x for x in fl["doc"]]
            flag = f" [{', '.join(fl['flags'])}]" if fl["flags"] else ""
            lines.append(f'{indent}"{fl["key"]}" => {fl["name"]}: {fl["ty"]}{flag},')
        return lines

    def emit_enum(self, name, head, variants):
        lines = ["crate::redfish_enum! {"] + ["    " + x for x in head] + [f"    pub enum {name} {{"]
        for ident, value, vdoc in variants:
            lines += ["        " + x for x in vdoc]
            lines.append(f'        {ident} = "{value}",')
        return lines + ["    }", "}", ""]

    def emit_item(self, it, s):
        k = it["kind"]
        if k == "reexport":
            return [f"pub use crate::common::{it['name']};", ""]
        if k == "enum":
            return self.emit_enum(it["name"], it["doc"], it["variants"])
        if k == "alias":
            return it["doc"] + [f"pub type {it['name']} = {it['ty']};", ""]
        if k in ("struct", "resource"):
            lines = ["crate::redfish_struct! {"] + ["    " + x for x in it["doc"]] + [f"    pub struct {it['name']} {{"]
            lines += self.emit_fields(it["fields"]) + ["    }", "}", ""]
            if k == "resource":
                extra = ", actions" if it["actions"] else ""
                lines += [f'crate::__impl_resource!({it["name"]}: "{s.name}"{extra});', ""]
            return lines
        if k == "action":
            name = it["name"]
            lines = ["crate::redfish_struct! {"] + ["    " + x for x in it["doc"]]
            lines += ["    ///", "    /// Build with `default()` and the setter methods; unset parameters are omitted."]
            lines += [f"    pub struct {name} {{"] + self.emit_fields(it["fields"]) + ["    }", "}", ""]
            req = ", ".join(f'"{r}"' for r in it["required"])
            lines += [f"impl {name} {{", "    /// The JSON keys the schema marks as required.",
                      f"    pub const REQUIRED: &'static [&'static str] = &[{req}];", ""]
            for fl in it["fields"]:
                setter = fl["name"][2:] if fl["name"].startswith("r#") else fl["name"]
                conv = "impl Into<String>" if fl["ty"] == "String" else fl["ty"]
                val = "value.into()" if fl["ty"] == "String" else "value"
                lines += [f"    /// Sets `{fl['key']}`.", "    #[must_use]",
                          f"    pub fn with_{setter}(mut self, value: {conv}) -> Self {{",
                          f"        self.{fl['name']} = Some({val});", "        self", "    }"]
            lines += ["}", ""]
            if it["resource"]:
                lines += [f"impl crate::ActionRequest for {name} {{",
                          f"    type Resource = {it['resource']};",
                          f"    type Response = {it['response']};",
                          f"    const ACTION: &'static str = \"{it['action']}\";",
                          f"    const REQUIRED: &'static [&'static str] = &[{req}];", "}", ""]
            return lines
        raise ValueError(k)

    def header(self, s):
        src = s.versioned or s.unversioned
        lines = [f"//! `{s.name}`: {escape_doc(one_line(s.description))}",
                 "//!",
                 f"//! Generated from the DMTF Redfish schema `{src}` (release {RELEASE}) by `tools/gen_model.py`.",
                 "//! Do not edit by hand: change the generator and re-run it.",
                 "",
                 "// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).",
                 "#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]",
                 ""]
        return lines


# ---------------------------------------------------------------------------------------------
# Recursion: a struct holding itself (directly or through others) by value has no size; box
# the fields that close such a cycle.


def box_cycles(all_items):
    structs = {}
    for path, it in all_items.items():
        if it["kind"] in ("struct", "resource", "action"):
            structs[path] = it
    graph = {p: [f["ty"] for f in it["fields"] if f["ty"] in structs] for p, it in structs.items()}
    index, low, stack, on, sccs, counter = {}, {}, [], set(), {}, [0]

    def strong(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph[v]:
            if w not in index:
                strong(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                on.discard(w)
                comp.add(w)
                if w == v:
                    break
            for w in comp:
                sccs[w] = frozenset(comp)

    import sys
    sys.setrecursionlimit(10000)
    for v in graph:
        if v not in index:
            strong(v)
    for p, it in structs.items():
        for f in it["fields"]:
            if f["ty"] in structs and f["ty"] in sccs[p]:
                f["ty"] = f"Box<{f['ty']}>"


def strip_links(ty):
    """The type with every `crate::Link<...>` replaced: what remains is embedded by value."""
    out, i = [], 0
    while i < len(ty):
        if ty.startswith("crate::Link<", i):
            depth, j = 0, i + len("crate::Link")
            while j < len(ty):
                depth += {"<": 1, ">": -1}.get(ty[j], 0)
                j += 1
                if depth == 0:
                    break
            out.append("LINK")
            i = j
        else:
            out.append(ty[i])
            i += 1
    return "".join(out)


def item_types(it):
    if it["kind"] in ("struct", "resource", "action"):
        tys = [f["ty"] for f in it["fields"]]
        if it["kind"] == "action":
            tys.append(it["response"])
        return tys
    if it["kind"] == "alias":
        return [it["ty"]]
    return []


def features(g, modules, items):
    """-> (core schema names, {schema: [schemas it embeds types of]}, {schema: fragment defs})."""
    by_path = {s.path: s.name for s in modules}
    deps = collections.defaultdict(set)
    fragments = collections.defaultdict(set)
    for s in modules:
        for it in items[s.name]:
            for ty in item_types(it):
                for m in re.findall(r"crate::(\w+)::", strip_links(ty)):
                    if m in by_path and by_path[m] != s.name:
                        deps[s.name].add(by_path[m])
                for m, d in re.findall(r"crate::Link<crate::(\w+)::(\w+)>", ty):
                    if m in by_path and d != by_path[m]:
                        fragments[by_path[m]].add(d)
    core, todo = set(), list(CORE_SEEDS)
    while todo:
        x = todo.pop()
        if x not in core:
            core.add(x)
            todo += deps[x]
    return core, deps, fragments


def cargo_features(modules, core, deps):
    optional = [s for s in modules if s.name not in core]
    names = {s.name: s.module for s in modules}
    lines = ["[features]",
             "# Generated by tools/gen_model.py: one feature per schema module outside the always-built",
             "# core, enabling the modules whose types it embeds; see the crate docs (\"Features\").",
             "default = [" + ", ".join(f'"{x}"' for x in DEFAULT_GROUPS) + "]"]
    for grp, members in GROUPS.items():
        mods = sorted({names[m] for m in members if m not in core})
        lines.append(f'{grp} = [{", ".join(chr(34) + m + chr(34) for m in mods)}]')
    lines.append("full = [" + ", ".join(f'"{s.module}"' for s in optional) + "]")
    for s in optional:
        ds = sorted(names[d] for d in deps[s.name] if d not in core)
        lines.append(f'{s.module} = [{", ".join(chr(34) + d + chr(34) for d in ds)}]')
    return lines


def untyped_modules(g, modules, core, fragments):
    lines = ["//! The schema modules whose Cargo feature is off: each declares its resource type as",
             "//! [`Untyped`](crate::untyped::Untyped) (the common properties typed, the rest kept as JSON)",
             "//! and, as raw JSON, the member types other modules link to, so that every link type exists",
             "//! in every build. Generated by `tools/gen_model.py`; do not edit by hand.", ""]
    for s in modules:
        if s.name in core or not (s.is_resource or fragments[s.name]):
            continue
        lines += [f'#[cfg(not(feature = "{s.module}"))]', f"pub mod {s.module} {{",
                  f"    //! `{s.name}`: {escape_doc(one_line(s.description))}",
                  "    //!",
                  f"    //! The Cargo feature `{s.module}` is off: only the types other modules link to are declared.", ""]
        if s.is_resource:
            lines += [f"    /// Names the `{s.name}` schema.", "    #[derive(Debug)]", "    pub enum Schema {}", "",
                      "    impl crate::untyped::SchemaName for Schema {",
                      f'        const NAME: &\'static str = "{s.name}";', "    }", "",
                      f"    /// A `{s.name}` resource with its common properties typed (feature `{s.module}` types the rest).",
                      f"    pub type {s.name} = crate::untyped::Untyped<Schema>;", ""]
        for d in sorted(fragments[s.name]):
            lines += [f"    /// `{s.name}.{d}` as raw JSON (feature `{s.module}` types it).",
                      f"    pub type {d} = serde_json::Value;", ""]
        lines += ["}", ""]
    return lines


def registry_list():
    reg_dir = os.path.join(CRATE, "registries")
    files = sorted(f for f in os.listdir(reg_dir) if f.endswith(".json")) if os.path.isdir(reg_dir) else []
    lines = ["// Generated by tools/gen_model.py: the message registries embedded from redfish-model/registries.",
             "const EMBEDDED: &[(&str, &str)] = &["]
    lines += [f'    ("{f}", include_str!("../registries/{f}")),' for f in files]
    return lines + ["];"]


def main():
    g = Gen()
    modules = [s for s in g.schemas.values() if s.name not in HAND_WRITTEN]
    items = {}  # schema -> [items]
    by_path = {}
    for s in modules:
        items[s.name] = g.module_items(s)
        for it in items[s.name]:
            if it["kind"] != "reexport":
                by_path[f"crate::{s.path}::{it['name']}"] = it
    # Shared enums, generated once.
    common = []
    for n, owners in g.shared.items():
        defs = [(o, g.schemas[o].defs[n][1]) for o in owners]
        head = doc(defs[0][1].get("description"), "") or [f"/// `{n}`."]
        head += ["///", "/// " + escape_doc("Defined by the " + ", ".join(f"`{o}`" for o in owners)
                                            + " schemas with the same values (up to deprecated ones); "
                                            + "one type for all, re-exported by each of their modules.")]
        common.append((n, head, g.variants(defs)))
    box_cycles(by_path)
    core, deps, fragments = features(g, modules, items)

    written = []

    def write(name, text):
        path = os.path.join(OUT, name)
        with open(path, "w") as fh:
            fh.write(text)
        if name.endswith(".rs") and name != "lib.rs":
            # rustfmt on lib.rs would follow its `mod` items out of the output folder.
            written.append(path)

    for s in modules:
        lines = g.header(s)
        if s.name not in core:
            lines.insert(4, f"//! Built with the Cargo feature `{s.module}` (part of `full`).")
        for it in items[s.name]:
            lines += g.emit_item(it, s)
        write(f"{s.file}.rs", "\n".join(lines).rstrip() + "\n")
    lines = ["//! Enumerations that several DMTF schemas define with the same values, generated once by",
             "//! `tools/gen_model.py` so that there is one type; every defining schema module re-exports",
             "//! its enumeration (`chassis::IndicatorLED` is `common::IndicatorLED`).",
             "//! Do not edit by hand: change the generator and re-run it.", "",
             "#![allow(clippy::doc_markdown)]", ""]
    for n, head, variants in common:
        lines += g.emit_enum(n, head, variants)
    write("common.rs", "\n".join(lines).rstrip() + "\n")
    write("untyped_modules.rs", "\n".join(untyped_modules(g, modules, core, fragments)).rstrip() + "\n")
    write("registry_list.rs", "\n".join(registry_list()) + "\n")

    resources = [s for s in modules if s.is_resource]
    lines = ["// Generated by tools/gen_model.py: one variant per resource schema of the bundle (an",
             "// `untyped::Untyped` resource when its module's feature is off).", "any_resource! {"]
    lines += [f"    {s.name} => crate::{s.path}::{s.name}," for s in resources]
    write("any_list.rs", "\n".join(lines + ["}"]) + "\n")

    lib = open(os.path.join(SRC, "lib.rs")).read()
    # In the order rustfmt sorts module declarations (by name), so that `cargo fmt` keeps it.
    decls = [("common", "pub mod common;"), ("untyped_modules", "mod untyped_modules;")]
    for s in modules:
        if s.file != s.path:
            decls.append((s.file, f"mod {s.file};"))
        elif s.name in core:
            decls.append((s.module, f"pub mod {s.module};"))
        else:
            decls.append((s.module, f'#[cfg(feature = "{s.module}")]\npub mod {s.module};'))
    mods = [d for _, d in sorted(decls)]
    mods += ["// Empty when every feature is on.", "#[allow(unused_imports)]", "pub use untyped_modules::*;"]
    lib = re.sub(r"// BEGIN GENERATED MODULES\n.*?// END GENERATED MODULES\n",
                 "// BEGIN GENERATED MODULES\n" + "\n".join(mods) + "\n// END GENERATED MODULES\n", lib, flags=re.S)
    write("lib.rs", lib)
    cargo_in = os.path.join(CRATE, "Cargo.toml")
    cargo_out = cargo_in if os.path.abspath(OUT) == os.path.abspath(SRC) else os.path.join(OUT, "Cargo.toml")
    toml = open(cargo_in).read()
    toml = re.sub(r"# BEGIN GENERATED FEATURES\n.*?# END GENERATED FEATURES\n",
                  "# BEGIN GENERATED FEATURES\n" + "\n".join(cargo_features(modules, core, deps))
                  + "\n# END GENERATED FEATURES\n", toml, flags=re.S)
    with open(cargo_out, "w") as fh:
        fh.write(toml)
    # The committed files are rustfmt's output; format the same way (the workspace's settings).
    subprocess.run(["rustfmt", "--edition", "2024", "--config-path", os.path.join(ROOT, "rustfmt.toml")] + written,
                   check=True)
    if g.unresolved:
        import sys
        print("unresolved references (typed as raw JSON):", dict(g.unresolved), file=sys.stderr)


if __name__ == "__main__":
    main()
