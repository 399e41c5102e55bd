//! The `rack` scenario: an OCP OpenRMC v1.2 rack (usage guide sections 4-5, profile
//! `OCPRackManagerController.v1_1_0` + baseline `OCPBaselineHardwareManagement.v1_0_1`).
//!
//! The resources are data: `data/scenarios/rack/base.json` (the rack, its rack manager and the
//! services) and `data/scenarios/rack/node.json` (one node: chassis, system, BMC, firmware
//! entries; placeholders such as `{node}`, `{bmc}`, `{n}` are filled per node), compiled into the
//! crate. This module only adds what cannot be static: the device certificates (issued by a CA
//! made at start), the readings that vary per node, the collection memberships and the registries.
//! The behaviour is the OCP rack manager one (`vendor::ocp_rack`), detected from this data.

use std::collections::HashMap;

use serde_json::{Value, json};

use super::Built;
use super::common::uuid;
use crate::Error;
use crate::certs::{Ca, certificate_resource};
use crate::tree::Tree;
use crate::util::link;

const VENDOR: &str = "Contoso";
/// Path of the multipart push URI (also the OCP guide's fixed URI, section 5.20).
pub(crate) const PUSH_URI: &str = "/redfish/v1/UpdateService/upload";
const RACK: &str = "/redfish/v1/Chassis/Rack";
const RMC: &str = "/redfish/v1/Managers/RMC";
const BASE: &str = include_str!("../../data/scenarios/rack/base.json");
const NODE: &str = include_str!("../../data/scenarios/rack/node.json");
/// The BIOS attribute registry of the nodes.
const BIOS_REGISTRY: &str = "BiosAttributeRegistryP79.v1_0_0";

fn err(e: String) -> Error {
    Error::Tls(format!("certificate generation: {e}"))
}

/// Installs a device certificate issued by the scenario CA as member `1` of a collection.
fn certificate(
    tree: &mut Tree,
    ca: &Ca,
    collection: &str,
    cn: &str,
    server: bool,
    usage: &[&str],
) -> Result<(), Error> {
    let pem = ca.issue(cn, VENDOR, true, server).map_err(err)?;
    let path = format!("{collection}/1");
    tree.put(
        &path,
        certificate_resource(&path, "1", &pem, usage).map_err(err)?,
    );
    tree.add_member(collection, &path);
    Ok(())
}

/// Power readings of a chassis consuming `consumed` watts out of `capacity`.
fn power_readings(tree: &mut Tree, chassis: &str, consumed: u64, capacity: u64) {
    tree.update(&format!("{chassis}/Power"), |p| {
        if let Some(Value::Object(pc)) = p.get_mut("PowerControl").and_then(|c| c.get_mut(0)) {
            pc.insert("PowerConsumedWatts".into(), json!(consumed));
            pc.insert(
                "PowerRequestedWatts".into(),
                json!(consumed + consumed / 10),
            );
            pc.insert(
                "PowerAvailableWatts".into(),
                json!(capacity.saturating_sub(consumed)),
            );
            pc.insert("PowerCapacityWatts".into(), json!(capacity));
            pc.insert("PowerAllocatedWatts".into(), json!(consumed + consumed / 5));
            pc.insert(
                "PowerMetrics".into(),
                json!({
                    "IntervalInMin": 1,
                    "MinConsumedWatts": consumed - consumed / 50,
                    "MaxConsumedWatts": consumed + consumed / 50,
                    "AverageConsumedWatts": consumed
                }),
            );
        }
        if let Some(Value::Array(psus)) = p.get_mut("PowerSupplies") {
            let n = psus.len().max(1) as u64;
            for (i, psu) in psus.iter_mut().enumerate() {
                if let Some(o) = psu.as_object_mut() {
                    o.insert("LastPowerOutputWatts".into(), json!(consumed / n));
                    o.insert(
                        "SerialNumber".into(),
                        json!(format!("PSU{:06}", i + 1 + consumed as usize % 1000)),
                    );
                }
            }
        }
    });
}

/// Temperatures and fan speeds of node `seed`.
fn thermal_readings(tree: &mut Tree, chassis: &str, seed: usize) {
    tree.update(&format!("{chassis}/Thermal"), |t| {
        let base = [21 + seed % 4, 48 + seed % 7, 50 + seed % 5];
        if let Some(Value::Array(temps)) = t.get_mut("Temperatures") {
            for (i, temp) in temps.iter_mut().enumerate() {
                if let (Some(o), Some(r)) = (temp.as_object_mut(), base.get(i)) {
                    o.insert("ReadingCelsius".into(), json!(r));
                }
            }
        }
        if let Some(Value::Array(fans)) = t.get_mut("Fans") {
            for (i, fan) in fans.iter_mut().enumerate() {
                if let Some(o) = fan.as_object_mut() {
                    o.insert("Reading".into(), json!(5200 + 37 * ((seed + i) % 9)));
                }
            }
        }
    });
}

/// Builds the rack with `nodes` nodes.
pub(crate) fn build(nodes: usize) -> Result<Built, Error> {
    let mut tree = Tree::default();
    let now = crate::util::now_rfc3339();
    super::parts::load(&mut tree, "rack/base.json", BASE, &[("now", &now)])?;
    super::common::registries(&mut tree);
    let passwords: HashMap<String, String> = super::common::default_passwords(&tree);
    let ca = Ca::new("Contoso Device Identity CA", VENDOR).map_err(err)?;
    certificate(
        &mut tree,
        &ca,
        &format!("{RMC}/Certificates"),
        "rmc.rack.example.com",
        true,
        &["Web", "Device"],
    )?;
    super::parts::bios_registry(&mut tree, BIOS_REGISTRY, VENDOR, "OCP-Sled-2S")?;

    let mut systems = Vec::with_capacity(nodes);
    let mut rack_watts = 150;
    for n in 1..=nodes {
        let node = format!("Node{n}");
        let bmc = format!("BMC{n}");
        let vars = [
            ("node", node.clone()),
            ("bmc", bmc.clone()),
            ("n", n.to_string()),
            ("now", now.clone()),
            ("bmc_mac", format!("02:00:5e:10:00:{:02x}", n + 1)),
            ("nic_mac", format!("02:00:5e:20:00:{n:02x}")),
            ("bmc_ip", format!("192.0.2.{}", 11 + n)),
            ("nic_ip", format!("198.51.100.{}", 10 + n)),
            ("bmc_uuid", uuid(&format!("manager-{bmc}"))),
            ("system_uuid", uuid(&format!("system-{node}"))),
            (
                "bios_version",
                format!("P79 v1.{:02} (09/20/2023)", 10 + n % 3),
            ),
            ("chassis_serial", format!("SL{:07}", 1000 + n)),
            ("system_serial", format!("SY{:07}", 1000 + n)),
        ];
        let vars: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (*k, v.as_str())).collect();
        super::parts::load(&mut tree, "rack/node.json", NODE, &vars)?;
        let chassis = format!("/redfish/v1/Chassis/{node}");
        let system = format!("/redfish/v1/Systems/{node}");
        let manager = format!("/redfish/v1/Managers/{bmc}");
        tree.update(&chassis, |c| {
            if let Some(Value::Object(loc)) = c
                .get_mut("Location")
                .and_then(|l| l.get_mut("PartLocation"))
            {
                loc.insert("LocationOrdinalValue".into(), json!(n));
            }
        });
        let watts = 200 + 7 * (n as u64 - 1);
        rack_watts += watts;
        power_readings(&mut tree, &chassis, watts, 800);
        thermal_readings(&mut tree, &chassis, n);
        certificate(
            &mut tree,
            &ca,
            &format!("{system}/Certificates"),
            &format!("{node}.rack.example.com"),
            false,
            &["Device"],
        )?;
        certificate(
            &mut tree,
            &ca,
            &format!("{manager}/Certificates"),
            &format!("bmc{n}.rack.example.com"),
            false,
            &["Web"],
        )?;
        // Virtual media under the system: the Manager location is deprecated (DSP0268).
        let serial = format!("SY{:07}", 1000 + n);
        super::parts::bios_and_media(&mut tree, &system, &system, BIOS_REGISTRY, &serial)?;
        tree.add_member("/redfish/v1/Chassis", &chassis);
        tree.add_member("/redfish/v1/Systems", &system);
        tree.add_member("/redfish/v1/Managers", &manager);
        let inventory = "/redfish/v1/UpdateService/FirmwareInventory";
        tree.add_member(inventory, &format!("{inventory}/{bmc}"));
        tree.add_member(inventory, &format!("{inventory}/BIOS-{node}"));
        systems.push(system);
    }
    power_readings(&mut tree, RACK, rack_watts, 18000);
    let contains: Vec<Value> = (1..=nodes)
        .map(|n| link(&format!("/redfish/v1/Chassis/Node{n}")))
        .collect();
    tree.update(RACK, |r| {
        if let Some(Value::Object(links)) = r.get_mut("Links") {
            links.insert("Contains@odata.count".into(), json!(contains.len()));
            links.insert("Contains".into(), Value::Array(contains));
        }
    });
    // The pre-created aggregate groups the first four nodes.
    let elements: Vec<Value> = systems.iter().take(4).map(|s| link(s)).collect();
    tree.update("/redfish/v1/AggregationService/Aggregates/Agg1", |a| {
        a.insert("ElementsCount".into(), json!(elements.len()));
        a.insert("Elements@odata.count".into(), json!(elements.len()));
        a.insert("Elements".into(), Value::Array(elements));
    });

    Ok(Built {
        tree,
        passwords,
        push_uri: Some(PUSH_URI.to_owned()),
        metadata: None,
    })
}
