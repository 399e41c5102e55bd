#!/usr/bin/env python3
"""Write a corrected copy of the OCP OpenRMC profile that the DMTF Interop Validator can load.

Usage: fix_ocp_profile.py SOURCE.json DEST.json

The published file (ocp-rmc/profiles/OCPRackManagerController.v1_1_0.json) is never modified.
Each correction below is a defect of the published profile, the same ones `ocp_rmc::profile`
tolerates while loading (listed in its docs); every one is printed when applied so the run's output shows exactly what differs from the published profile.
"""

import json
import sys

applied = []


def note(text):
    applied.append(text)


def main(src, dst):
    with open(src) as f:
        profile = json.load(f)
    res = profile["Resources"]

    # 1. `MinSupportValues` is not a DSP0272 term: the profile schema names the list of values
    #    an action parameter must support `ParameterValues`.
    for name in ("Manager", "Chassis", "ComputerSystem"):
        params = res.get(name, {}).get("ActionRequirements", {}).get("Reset", {}).get("Parameters", {})
        for pname, preq in params.items():
            if "MinSupportValues" in preq:
                preq["ParameterValues"] = preq.pop("MinSupportValues")
                note(f"{name}.Reset.{pname}: MinSupportValues -> ParameterValues")

    # 2. Power/Voltages gives plain strings as property requirements; a string requirement
    #    means "this value", i.e. a Values requirement.
    volts = res.get("Power", {}).get("PropertyRequirements", {}).get("Voltages", {})
    for pname, preq in list(volts.get("PropertyRequirements", {}).items()):
        if isinstance(preq, str):
            volts["PropertyRequirements"][pname] = {"Values": [preq]}
            note(f"Power.Voltages.{pname}: \"{preq}\" -> {{\"Values\": [\"{preq}\"]}}")

    # 3. Power-level `Status` and `PowerConsumedWatts` do not exist in the Power schema; the
    #    same requirements are stated inside PowerControl, where the schema has them.
    power_props = res.get("Power", {}).get("PropertyRequirements", {})
    for pname in ("Status", "PowerConsumedWatts"):
        if pname in power_props:
            del power_props[pname]
            note(f"Power.{pname}: removed (not a Power property; required in PowerControl)")

    # 4. Certificate: `Purpose` was put inside PropertyRequirements (as a string).
    cert = res.get("Certificate", {})
    purpose = cert.get("PropertyRequirements", {}).pop("Purpose", None)
    if purpose is not None:
        cert["Purpose"] = purpose
        note("Certificate.PropertyRequirements.Purpose -> Certificate.Purpose")

    # 5. `ActionRequirements.SimpleUpdate` sits under LogEntry; it belongs to UpdateService.
    log_entry = res.get("LogEntry", {})
    simple = log_entry.get("ActionRequirements", {}).pop("SimpleUpdate", None)
    if simple is not None:
        if not log_entry["ActionRequirements"]:
            del log_entry["ActionRequirements"]
        res.setdefault("UpdateService", {}).setdefault("ActionRequirements", {})["SimpleUpdate"] = simple
        note("LogEntry.ActionRequirements.SimpleUpdate -> UpdateService.ActionRequirements.SimpleUpdate")

    # 6. Property and resource names misspelt against the schema.
    mnp = res.get("ManagerNetworkProtocol", {}).get("PropertyRequirements", {})
    for proto in ("HTTP", "HTTPS"):
        reqs = mnp.get(proto, {}).get("PropertyRequirements", {})
        if "ProtocolEnable" in reqs:
            reqs["ProtocolEnabled"] = reqs.pop("ProtocolEnable")
            note(f"ManagerNetworkProtocol.{proto}.ProtocolEnable -> ProtocolEnabled")
    mgr = res.get("Manager", {}).get("PropertyRequirements", {})
    if "ManagerNetworkProtocol" in mgr:
        mgr["NetworkProtocol"] = mgr.pop("ManagerNetworkProtocol")
        note("Manager.ManagerNetworkProtocol -> Manager.NetworkProtocol")
    sys_links = res.get("ComputerSystem", {}).get("PropertyRequirements", {}).get("Links", {})
    if "ManagerBy" in sys_links.get("PropertyRequirements", {}):
        sys_links["PropertyRequirements"]["ManagedBy"] = sys_links["PropertyRequirements"].pop("ManagerBy")
        note("ComputerSystem.Links.ManagerBy -> ManagedBy")
    if "LogServicesCollection" in res:
        res["LogServiceCollection"] = res.pop("LogServicesCollection")
        note("LogServicesCollection -> LogServiceCollection")

    # 7. Links.ContainedBy is mandatory for every chassis, which the outermost chassis (the
    #    rack itself, guide 5.1.1) cannot satisfy. It stays mandatory for every other chassis.
    links = res.get("Chassis", {}).get("PropertyRequirements", {}).get("Links", {})
    contained = links.get("PropertyRequirements", {}).get("ContainedBy")
    if contained is not None and "ReadRequirement" not in contained:
        contained["ReadRequirement"] = "Recommended"
        contained["ConditionalRequirements"] = [{
            "Purpose": "Every chassis but the rack is inside another one.",
            "CompareProperty": "ChassisType",
            "CompareType": "NotEqual",
            "CompareValues": ["Rack"],
            "ReadRequirement": "Mandatory",
        }]
        note("Chassis.Links.ContainedBy: Mandatory -> Mandatory unless ChassisType is Rack")

    with open(dst, "w") as f:
        json.dump(profile, f, indent=2)
    print(f"corrected profile written to {dst}; {len(applied)} corrections:")
    for a in applied:
        print(f"  - {a}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
