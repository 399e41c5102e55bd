//! The `rack` scenario: an OCP OpenRMC v1.2 rack (usage guide sections 4-5, profile
//! `OCPRackManagerController.v1_1_0` + baseline `OCPBaselineHardwareManagement.v1_0_1`).

use std::collections::HashMap;

use serde_json::{Value, json};

use super::Built;
use super::common::{self, RootOptions, collection, uuid};
use crate::Error;
use crate::certs::{Ca, certificate_resource};
use crate::tree::Tree;
use crate::util::link;

const VENDOR: &str = "Contoso";
/// Path of the multipart push URI (also the OCP guide's fixed URI, section 5.20).
pub(crate) const PUSH_URI: &str = "/redfish/v1/UpdateService/upload";
const RACK: &str = "/redfish/v1/Chassis/Rack";
const RMC: &str = "/redfish/v1/Managers/RMC";

fn err(e: String) -> Error {
    Error::Tls(format!("certificate generation: {e}"))
}

fn status() -> Value {
    json!({"State": "Enabled", "Health": "OK", "HealthRollup": "OK"})
}

fn reset_action_info(tree: &mut Tree, path: &str, values: &[&str]) {
    tree.put(
        path,
        json!({
            "@odata.type": "#ActionInfo.v1_5_0.ActionInfo",
            "Id": crate::tree::last_segment(path),
            "Name": "Reset Action Info",
            "Parameters": [{
                "Name": "ResetType",
                "Required": true,
                "DataType": "String",
                "AllowableValues": values
            }]
        }),
    );
}

/// Ethernet interfaces collection with one interface.
fn ethernet(tree: &mut Tree, base: &str, mac: &str, ip: &str, host: &str) {
    let coll = format!("{base}/EthernetInterfaces");
    let path = format!("{coll}/eth0");
    tree.put(
        &path,
        json!({
            "@odata.type": "#EthernetInterface.v1_12_4.EthernetInterface",
            "Id": "eth0",
            "Name": "Manager Ethernet Interface",
            "Description": "Management network interface",
            "Status": {"State": "Enabled", "Health": "OK"},
            "InterfaceEnabled": true,
            "LinkStatus": "LinkUp",
            "MACAddress": mac,
            "PermanentMACAddress": mac,
            "SpeedMbps": 1000,
            "FullDuplex": true,
            "HostName": host,
            "FQDN": format!("{host}.rack.example.com"),
            "NameServers": ["192.0.2.53"],
            "StaticNameServers": [],
            "DHCPv4": {"DHCPEnabled": true, "UseDNSServers": true, "UseGateway": true, "UseNTPServers": false},
            "DHCPv6": {"OperatingMode": "Disabled", "UseDNSServers": false, "UseDomainName": false, "UseNTPServers": false},
            "IPv4Addresses": [{"Address": ip, "SubnetMask": "255.255.255.0", "AddressOrigin": "DHCP", "Gateway": "192.0.2.1"}],
            "IPv4StaticAddresses": [],
            "IPv6Addresses": [],
            "IPv6StaticAddresses": [],
            "IPv6StaticDefaultGateways": [],
            "IPv6AddressPolicyTable": [],
            "IPv6DefaultGateway": "::"
        }),
    );
    collection(
        tree,
        &coll,
        "EthernetInterfaceCollection",
        "Ethernet Interfaces",
        &[path],
    );
}

fn network_protocol(tree: &mut Tree, manager: &str, host: &str) {
    tree.put(
        &format!("{manager}/NetworkProtocol"),
        json!({
            "@odata.type": "#ManagerNetworkProtocol.v1_12_0.ManagerNetworkProtocol",
            "Id": "NetworkProtocol",
            "Name": "Manager Network Protocol",
            "Description": "Network protocols of the manager",
            "Status": {"State": "Enabled", "Health": "OK"},
            "HostName": host,
            "FQDN": format!("{host}.rack.example.com"),
            "HTTP": {"ProtocolEnabled": false, "Port": 80},
            "HTTPS": {"ProtocolEnabled": true, "Port": 443},
            "SSH": {"ProtocolEnabled": true, "Port": 22},
            "SSDP": {"ProtocolEnabled": false, "Port": 1900, "NotifyMulticastIntervalSeconds": 600, "NotifyTTL": 5, "NotifyIPv6Scope": "Site"},
            "IPMI": {"ProtocolEnabled": false, "Port": 623},
            "NTP": {"ProtocolEnabled": true, "Port": 123, "NTPServers": ["192.0.2.123"]}
        }),
    );
}

/// A Manager (rack manager or node BMC) with everything the RMC profile asks of managers.
#[allow(clippy::too_many_arguments)]
fn manager(
    tree: &mut Tree,
    id: &str,
    manager_type: &str,
    model: &str,
    firmware: &str,
    chassis: &str,
    servers: &[String],
    index: usize,
    cert_pem: &str,
) -> Result<(), Error> {
    let path = format!("/redfish/v1/Managers/{id}");
    let host = id.to_ascii_lowercase();
    let servers: Vec<Value> = servers.iter().map(|s| link(s)).collect();
    tree.put(
        &path,
        json!({
            "@odata.type": "#Manager.v1_24_0.Manager",
            "Id": id,
            "Name": if manager_type == "RackManager" { "Rack Manager" } else { "Node BMC" },
            "Description": if manager_type == "RackManager" {
                "OpenRMC rack management controller"
            } else {
                "Baseboard management controller of the node"
            },
            "ManagerType": manager_type,
            "UUID": uuid(&format!("manager-{id}")),
            "ServiceEntryPointUUID": uuid("service-root"),
            "Model": model,
            "Manufacturer": VENDOR,
            "FirmwareVersion": firmware,
            "DateTime": crate::util::now_rfc3339(),
            "DateTimeLocalOffset": "+00:00",
            "PowerState": "On",
            "Status": status(),
            "SerialConsole": {
                "ServiceEnabled": true,
                "MaxConcurrentSessions": 1,
                "ConnectTypesSupported": ["SSH"]
            },
            "EthernetInterfaces": link(&format!("{path}/EthernetInterfaces")),
            "NetworkProtocol": link(&format!("{path}/NetworkProtocol")),
            "LogServices": link(&format!("{path}/LogServices")),
            "Certificates": link(&format!("{path}/Certificates")),
            "Links": {
                "ManagerForChassis": [link(chassis)],
                "ManagerForChassis@odata.count": 1,
                "ManagerForServers": servers,
                "ManagerForServers@odata.count": servers.len(),
                "ManagerInChassis": link(chassis)
            },
            "Actions": {
                "#Manager.Reset": {
                    "target": format!("{path}/Actions/Manager.Reset"),
                    "@Redfish.ActionInfo": format!("{path}/ResetActionInfo")
                }
            }
        }),
    );
    reset_action_info(
        tree,
        &format!("{path}/ResetActionInfo"),
        &["ForceRestart", "GracefulRestart", "PowerCycle"],
    );
    let mac = format!("02:00:5e:10:00:{:02x}", index);
    let ip = format!("192.0.2.{}", 10 + index);
    ethernet(tree, &path, &mac, &ip, &host);
    network_protocol(tree, &path, &host);
    let log_name = if manager_type == "RackManager" {
        "Rack Manager Log"
    } else {
        "BMC Log"
    };
    common::log_service(
        tree,
        &path,
        log_name,
        &[
            (
                "OK",
                "ResourceEvent.1.4.ResourcePoweredOn",
                "The resource has powered on.",
            ),
            ("OK", "Base.1.22.Success", "Manager started."),
        ],
    );
    let certs = format!("{path}/Certificates");
    common::certificate_collection(tree, &certs, "Manager Certificates");
    let cert_path = format!("{certs}/1");
    let usage: &[&str] = if manager_type == "RackManager" {
        &["Web", "Device"]
    } else {
        &["Web"]
    };
    tree.put(
        &cert_path,
        certificate_resource(&cert_path, "1", cert_pem, usage).map_err(err)?,
    );
    tree.add_member(&certs, &cert_path);
    Ok(())
}

fn power(
    tree: &mut Tree,
    chassis: &str,
    consumed: u64,
    capacity: u64,
    psus: &[(String, &str)],
    psu_watts: u64,
) {
    let path = format!("{chassis}/Power");
    let supplies: Vec<Value> = psus
        .iter()
        .enumerate()
        .map(|(i, (name, fw))| {
            json!({
                "@odata.id": format!("{path}#/PowerSupplies/{i}"),
                "MemberId": i.to_string(),
                "Name": name,
                "Status": {"State": "Enabled", "Health": "OK"},
                "PowerSupplyType": "AC",
                "LineInputVoltageType": "AC240V",
                "LineInputVoltage": 230,
                "PowerCapacityWatts": psu_watts,
                "LastPowerOutputWatts": consumed / psus.len().max(1) as u64,
                "Model": "PSU-3000-AC",
                "Manufacturer": VENDOR,
                "FirmwareVersion": fw,
                "SerialNumber": format!("PSU{:06}", i + 1 + consumed as usize % 1000),
                "PartNumber": "PWR-3000-01",
                "SparePartNumber": "PWR-3000-01S",
                "HotPluggable": true,
                "IndicatorLED": "Off"
            })
        })
        .collect();
    let members: Vec<Value> = (0..psus.len())
        .map(|i| link(&format!("{path}#/PowerSupplies/{i}")))
        .collect();
    let redundancy = if psus.len() > 1 {
        json!([{
            "@odata.id": format!("{path}#/Redundancy/0"),
            "MemberId": "0",
            "Name": "PowerSupply Redundancy Group 1",
            "Mode": "N+m",
            "MaxNumSupported": psus.len(),
            "MinNumNeeded": psus.len() - 1,
            "RedundancySet": members,
            "Status": {"State": "Enabled", "Health": "OK"}
        }])
    } else {
        json!([])
    };
    tree.put(
        &path,
        json!({
            "@odata.type": "#Power.v1_7_3.Power",
            "Id": "Power",
            "Name": "Power",
            "Description": "Power readings and limits",
            "PowerControl": [{
                "@odata.id": format!("{path}#/PowerControl/0"),
                "MemberId": "0",
                "Name": "System Power Control",
                "PhysicalContext": "Chassis",
                "PowerConsumedWatts": consumed,
                "PowerRequestedWatts": consumed + consumed / 10,
                "PowerAvailableWatts": capacity.saturating_sub(consumed),
                "PowerCapacityWatts": capacity,
                "PowerAllocatedWatts": consumed + consumed / 5,
                "PowerMetrics": {
                    "IntervalInMin": 1,
                    "MinConsumedWatts": consumed - consumed / 50,
                    "MaxConsumedWatts": consumed + consumed / 50,
                    "AverageConsumedWatts": consumed
                },
                "PowerLimit": {
                    "LimitInWatts": null,
                    "LimitException": "NoAction",
                    "CorrectionInMs": 1000
                },
                "Status": {"State": "Enabled", "Health": "OK"}
            }],
            "Voltages": [{
                "@odata.id": format!("{path}#/Voltages/0"),
                "MemberId": "0",
                "Name": "VRM1 Voltage",
                "SensorNumber": 11,
                "Status": {"State": "Enabled", "Health": "OK"},
                "ReadingVolts": 12.1,
                "UpperThresholdNonCritical": 12.6,
                "UpperThresholdCritical": 13.0,
                "LowerThresholdNonCritical": 11.5,
                "LowerThresholdCritical": 11.0,
                "MinReadingRange": 0,
                "MaxReadingRange": 15,
                "PhysicalContext": "VoltageRegulator"
            }],
            "PowerSupplies": supplies,
            "Redundancy": redundancy
        }),
    );
}

fn thermal(tree: &mut Tree, chassis: &str, node: bool, seed: usize) {
    let path = format!("{chassis}/Thermal");
    let temp = |i: usize, name: &str, ctx: &str, reading: usize, upper: (u32, u32, u32)| {
        json!({
            "@odata.id": format!("{path}#/Temperatures/{i}"),
            "MemberId": i.to_string(),
            "Name": name,
            "SensorNumber": 40 + i,
            "Status": {"State": "Enabled", "Health": "OK"},
            "ReadingCelsius": reading,
            "PhysicalContext": ctx,
            "UpperThresholdNonCritical": upper.0,
            "UpperThresholdCritical": upper.1,
            "UpperThresholdFatal": upper.2,
            "LowerThresholdNonCritical": 10,
            "LowerThresholdCritical": 5,
            "LowerThresholdFatal": 0,
            "MinReadingRangeTemp": 0,
            "MaxReadingRangeTemp": 120
        })
    };
    let mut temps = vec![temp(
        0,
        "Chassis Intake Temp",
        "Intake",
        21 + seed % 4,
        (35, 40, 45),
    )];
    if node {
        temps.push(temp(1, "CPU1 Temp", "CPU", 48 + seed % 7, (85, 90, 95)));
        temps.push(temp(2, "CPU2 Temp", "CPU", 50 + seed % 5, (85, 90, 95)));
    }
    let fan_count = if node { 4 } else { 6 };
    let fans: Vec<Value> = (0..fan_count)
        .map(|i| {
            json!({
                "@odata.id": format!("{path}#/Fans/{i}"),
                "MemberId": i.to_string(),
                "Name": format!("Fan {}", i + 1),
                "PhysicalContext": if node { "SystemBoard" } else { "Chassis" },
                "Status": {"State": "Enabled", "Health": "OK"},
                "Reading": 5200 + 37 * ((seed + i) % 9),
                "ReadingUnits": "RPM",
                "LowerThresholdCritical": 1000,
                "LowerThresholdFatal": 500,
                "MinReadingRange": 0,
                "MaxReadingRange": 12000,
                "HotPluggable": true,
                "SensorNumber": 60 + i
            })
        })
        .collect();
    let fan_links: Vec<Value> = (0..fan_count)
        .map(|i| link(&format!("{path}#/Fans/{i}")))
        .collect();
    tree.put(
        &path,
        json!({
            "@odata.type": "#Thermal.v1_7_3.Thermal",
            "Id": "Thermal",
            "Name": "Thermal",
            "Description": "Temperatures and fans",
            "Status": {"State": "Enabled", "Health": "OK"},
            "Temperatures": temps,
            "Fans": fans,
            "Redundancy": [{
                "@odata.id": format!("{path}#/Redundancy/0"),
                "MemberId": "0",
                "Name": "Fan Redundancy Group 1",
                "Mode": "N+m",
                "MaxNumSupported": fan_count,
                "MinNumNeeded": fan_count - 1,
                "RedundancySet": fan_links,
                "Status": {"State": "Enabled", "Health": "OK"}
            }]
        }),
    );
}

fn chassis_reset_action(path: &str) -> Value {
    json!({
        "#Chassis.Reset": {
            "target": format!("{path}/Actions/Chassis.Reset"),
            "@Redfish.ActionInfo": format!("{path}/ResetActionInfo")
        }
    })
}

/// Builds the rack with `nodes` nodes.
pub(crate) fn build(nodes: usize) -> Result<Built, Error> {
    let mut tree = Tree::default();
    let mut passwords = HashMap::new();
    common::service_root(
        &mut tree,
        RootOptions {
            name: "OpenRMC Rack Manager",
            product: "redfish-rs emulator: OCP OpenRMC rack",
            vendor: VENDOR,
            uuid: uuid("service-root"),
            extra: json!({
                "AggregationService": link("/redfish/v1/AggregationService"),
                "TelemetryService": link("/redfish/v1/TelemetryService")
            }),
        },
    );
    common::session_service(&mut tree);
    common::account_service(&mut tree, &mut passwords);
    common::task_service(&mut tree);
    common::registries(&mut tree);
    common::event_service(&mut tree);
    common::telemetry_service(&mut tree);
    common::certificate_service(&mut tree, &["TPM_ALG_ECDSA"]);

    let ca = Ca::new("Contoso Device Identity CA", VENDOR).map_err(err)?;
    let node_ids: Vec<String> = (1..=nodes).map(|i| format!("Node{i}")).collect();
    let node_chassis: Vec<String> = node_ids
        .iter()
        .map(|n| format!("/redfish/v1/Chassis/{n}"))
        .collect();
    let systems: Vec<String> = node_ids
        .iter()
        .map(|n| format!("/redfish/v1/Systems/{n}"))
        .collect();
    let bmcs: Vec<String> = (1..=nodes)
        .map(|i| format!("/redfish/v1/Managers/BMC{i}"))
        .collect();

    // The rack chassis and its rack manager.
    let contains: Vec<Value> = node_chassis.iter().map(|c| link(c)).collect();
    tree.put(
        RACK,
        json!({
            "@odata.type": "#Chassis.v1_28_0.Chassis",
            "Id": "Rack",
            "Name": "OpenRMC Rack",
            "Description": "OCP rack managed by the rack manager",
            "ChassisType": "Rack",
            "Manufacturer": VENDOR,
            "Model": "RackScale_Rack",
            "SKU": "RACK-48U-OCP",
            "SerialNumber": "RK0000001",
            "PartNumber": "RACK-48U-0001",
            "AssetTag": null,
            "PowerState": "On",
            "IndicatorLED": "Off",
            "LocationIndicatorActive": false,
            "Status": status(),
            "Power": link(&format!("{RACK}/Power")),
            "Thermal": link(&format!("{RACK}/Thermal")),
            "Links": {
                "Contains": contains,
                "Contains@odata.count": contains.len(),
                "ComputerSystems": [],
                "ManagedBy": [link(RMC)],
                "ManagersInChassis": [link(RMC)]
            },
            "Actions": chassis_reset_action(RACK)
        }),
    );
    reset_action_info(
        &mut tree,
        &format!("{RACK}/ResetActionInfo"),
        &[
            "On",
            "ForceOff",
            "GracefulShutdown",
            "ForceRestart",
            "PowerCycle",
        ],
    );
    let rack_psus: Vec<(String, &str)> = (1..=6)
        .map(|i| (format!("Power Shelf PSU {i}"), "1.04"))
        .collect();
    let per_node: Vec<u64> = (0..nodes).map(|i| 200 + 7 * i as u64).collect();
    let rack_total: u64 = per_node.iter().sum::<u64>() + 150;
    power(&mut tree, RACK, rack_total, 18000, &rack_psus, 3000);
    thermal(&mut tree, RACK, false, 0);
    let rmc_cert = ca
        .issue("rmc.rack.example.com", VENDOR, true, true)
        .map_err(err)?;
    manager(
        &mut tree,
        "RMC",
        "RackManager",
        "OpenRMC 1.2",
        "1.00",
        RACK,
        &[],
        1,
        &rmc_cert,
    )?;

    for (i, node) in node_ids.iter().enumerate() {
        let n = i + 1;
        let chassis = &node_chassis[i];
        let system = &systems[i];
        let bmc = &bmcs[i];
        tree.put(
            chassis,
            json!({
                "@odata.type": "#Chassis.v1_28_0.Chassis",
                "Id": node,
                "Name": format!("Node {n}"),
                "Description": "Compute node sled",
                "ChassisType": "Sled",
                "Manufacturer": VENDOR,
                "Model": "OCP-Sled-2S",
                "SKU": "SLED-2S-768G",
                "SerialNumber": format!("SL{:07}", 1000 + n),
                "PartNumber": "SLED-2S-0001",
                "AssetTag": null,
                "PowerState": "On",
                "IndicatorLED": "Off",
                "LocationIndicatorActive": false,
                "Status": status(),
                "Location": {"PartLocation": {"ServiceLabel": format!("Slot {n}"), "LocationType": "Slot", "LocationOrdinalValue": n}},
                "Power": link(&format!("{chassis}/Power")),
                "Thermal": link(&format!("{chassis}/Thermal")),
                "Links": {
                    "ComputerSystems": [link(system)],
                    "ContainedBy": link(RACK),
                    "Contains": [],
                    "ManagedBy": [link(bmc)],
                    "ManagersInChassis": [link(bmc)]
                },
                "Actions": chassis_reset_action(chassis)
            }),
        );
        reset_action_info(
            &mut tree,
            &format!("{chassis}/ResetActionInfo"),
            &[
                "On",
                "ForceOff",
                "GracefulShutdown",
                "ForceRestart",
                "PowerCycle",
            ],
        );
        power(
            &mut tree,
            chassis,
            per_node[i],
            800,
            &[(format!("Node {n} DC Input"), "1.10")],
            1000,
        );
        thermal(&mut tree, chassis, true, n);

        let bios = format!("P79 v1.{:02} (09/20/2023)", 10 + n % 3);
        tree.put(
            system,
            json!({
                "@odata.type": "#ComputerSystem.v1_27_0.ComputerSystem",
                "Id": node,
                "Name": format!("Node {n} System"),
                "Description": "Compute node",
                "SystemType": "Physical",
                "Manufacturer": VENDOR,
                "Model": "OCP-Sled-2S",
                "SKU": "SLED-2S-768G",
                "SerialNumber": format!("SY{:07}", 1000 + n),
                "PartNumber": "SLED-2S-0001",
                "AssetTag": null,
                "UUID": uuid(&format!("system-{node}")),
                "HostName": format!("node{n}"),
                "BiosVersion": bios,
                "PowerState": "On",
                "IndicatorLED": "Off",
                "LocationIndicatorActive": false,
                "Status": status(),
                "ProcessorSummary": {
                    "Count": 2,
                    "CoreCount": 64,
                    "LogicalProcessorCount": 128,
                    "Model": "Multi-Core Intel(R) Xeon(R) processor 7xxx Series",
                    "Status": status()
                },
                "MemorySummary": {
                    "TotalSystemMemoryGiB": 768,
                    "MemoryMirroring": "System",
                    "Status": status()
                },
                "Boot": {
                    "BootSourceOverrideEnabled": "Disabled",
                    "BootSourceOverrideTarget": "None",
                    "BootSourceOverrideTarget@Redfish.AllowableValues": ["None", "Pxe", "Hdd", "Cd", "Usb", "BiosSetup", "UefiShell", "UefiHttp"],
                    "BootSourceOverrideMode": "UEFI",
                    "BootOrder": ["Boot0001", "Boot0002", "Boot0003"]
                },
                "EthernetInterfaces": link(&format!("{system}/EthernetInterfaces")),
                "LogServices": link(&format!("{system}/LogServices")),
                "Certificates": link(&format!("{system}/Certificates")),
                "Links": {
                    "Chassis": [link(chassis)],
                    "ManagedBy": [link(bmc)]
                },
                "Actions": {
                    "#ComputerSystem.Reset": {
                        "target": format!("{system}/Actions/ComputerSystem.Reset"),
                        "@Redfish.ActionInfo": format!("{system}/ResetActionInfo")
                    }
                }
            }),
        );
        reset_action_info(
            &mut tree,
            &format!("{system}/ResetActionInfo"),
            &[
                "On",
                "ForceOff",
                "GracefulShutdown",
                "GracefulRestart",
                "ForceRestart",
                "PowerCycle",
                "Nmi",
            ],
        );
        let sys_eth = format!("{system}/EthernetInterfaces");
        let nic = format!("{sys_eth}/NIC1");
        tree.put(
            &nic,
            json!({
                "@odata.type": "#EthernetInterface.v1_12_4.EthernetInterface",
                "Id": "NIC1",
                "Name": "Host Ethernet Interface",
                "Description": "Data network interface",
                "Status": {"State": "Enabled", "Health": "OK"},
                "InterfaceEnabled": true,
                "LinkStatus": "LinkUp",
                "MACAddress": format!("02:00:5e:20:00:{n:02x}"),
                "SpeedMbps": 25000,
                "FullDuplex": true,
                "HostName": format!("node{n}"),
                "FQDN": format!("node{n}.rack.example.com"),
                "NameServers": ["192.0.2.53"],
                "IPv4Addresses": [{"Address": format!("198.51.100.{}", 10 + n), "SubnetMask": "255.255.255.0", "AddressOrigin": "DHCP", "Gateway": "198.51.100.1"}],
                "IPv4StaticAddresses": [],
                "IPv6Addresses": [],
                "IPv6StaticAddresses": [],
                "IPv6StaticDefaultGateways": [],
                "IPv6AddressPolicyTable": [],
                "StaticNameServers": [],
                "DHCPv4": {"DHCPEnabled": true, "UseDNSServers": true, "UseGateway": true, "UseNTPServers": false},
                "DHCPv6": {"OperatingMode": "Disabled", "UseDNSServers": false, "UseDomainName": false, "UseNTPServers": false}
            }),
        );
        collection(
            &mut tree,
            &sys_eth,
            "EthernetInterfaceCollection",
            "Ethernet Interfaces",
            &[nic],
        );
        common::log_service(
            &mut tree,
            system,
            "System Log",
            &[
                (
                    "OK",
                    "ResourceEvent.1.4.ResourcePoweredOn",
                    "The resource has powered on.",
                ),
                (
                    "Warning",
                    "ResourceEvent.1.4.ResourceWarningThresholdExceeded",
                    "Inlet temperature crossed its warning threshold.",
                ),
            ],
        );
        let certs = format!("{system}/Certificates");
        common::certificate_collection(&mut tree, &certs, "System Certificates");
        let node_cert = ca
            .issue(&format!("{node}.rack.example.com"), VENDOR, true, false)
            .map_err(err)?;
        let cert_path = format!("{certs}/1");
        tree.put(
            &cert_path,
            certificate_resource(&cert_path, "1", &node_cert, &["Device"]).map_err(err)?,
        );
        tree.add_member(&certs, &cert_path);

        let bmc_cert = ca
            .issue(&format!("bmc{n}.rack.example.com"), VENDOR, true, false)
            .map_err(err)?;
        manager(
            &mut tree,
            &format!("BMC{n}"),
            "BMC",
            "OpenBMC",
            "2.14.0",
            chassis,
            std::slice::from_ref(system),
            n + 1,
            &bmc_cert,
        )?;
    }

    let mut all_chassis = vec![RACK.to_owned()];
    all_chassis.extend(node_chassis.iter().cloned());
    collection(
        &mut tree,
        "/redfish/v1/Chassis",
        "ChassisCollection",
        "Chassis Collection",
        &all_chassis,
    );
    collection(
        &mut tree,
        "/redfish/v1/Systems",
        "ComputerSystemCollection",
        "Computer System Collection",
        &systems,
    );
    let mut managers = vec![RMC.to_owned()];
    managers.extend(bmcs.iter().cloned());
    collection(
        &mut tree,
        "/redfish/v1/Managers",
        "ManagerCollection",
        "Manager Collection",
        &managers,
    );

    // Firmware inventory: rack manager, power shelf, each BMC and BIOS.
    let mut inventory = vec![
        common::software_inventory(&mut tree, "RMC", "Rack Manager Firmware", "1.00", &[RMC]),
        common::software_inventory(
            &mut tree,
            "PowerShelf",
            "Power Shelf PSU Firmware",
            "1.04",
            &[RACK],
        ),
    ];
    for (i, node) in node_ids.iter().enumerate() {
        let n = i + 1;
        inventory.push(common::software_inventory(
            &mut tree,
            &format!("BMC{n}"),
            &format!("Node {n} BMC Firmware"),
            "2.14.0",
            &[&bmcs[i]],
        ));
        let bios = tree
            .get(&systems[i])
            .and_then(|s| s.get("BiosVersion"))
            .and_then(Value::as_str)
            .unwrap_or("P79 v1.10")
            .to_owned();
        inventory.push(common::software_inventory(
            &mut tree,
            &format!("BIOS-{node}"),
            &format!("Node {n} BIOS"),
            &bios,
            &[&systems[i]],
        ));
    }
    common::update_service(&mut tree, PUSH_URI, &inventory, 64 * 1024 * 1024);

    aggregation_service(&mut tree, &systems);

    // BIOS (with pending settings and an attribute registry) and virtual media per node.
    let registry = "BiosAttributeRegistryP79.v1_0_0";
    super::parts::bios_registry(&mut tree, registry, VENDOR, "OCP-Sled-2S")?;
    for (i, system) in systems.iter().enumerate() {
        let serial = format!("SY{:07}", 1001 + i);
        // Virtual media under the system: the Manager location is deprecated (DSP0268).
        super::parts::bios_and_media(&mut tree, system, system, registry, &serial)?;
    }

    Ok(Built {
        tree,
        passwords,
        push_uri: Some(PUSH_URI.to_owned()),
        metadata: None,
    })
}

fn aggregation_service(tree: &mut Tree, systems: &[String]) {
    let base = "/redfish/v1/AggregationService";
    tree.put(
        base,
        json!({
            "@odata.type": "#AggregationService.v1_0_3.AggregationService",
            "Id": "AggregationService",
            "Name": "Aggregation Service",
            "Description": "Group operations on the rack's nodes",
            "ServiceEnabled": true,
            "Status": {"State": "Enabled", "Health": "OK"},
            "Aggregates": link(&format!("{base}/Aggregates")),
            "Actions": {
                "#AggregationService.Reset": {
                    "target": format!("{base}/Actions/AggregationService.Reset"),
                    "@Redfish.ActionInfo": format!("{base}/ResetActionInfo")
                },
                "#AggregationService.SetDefaultBootOrder": {
                    "target": format!("{base}/Actions/AggregationService.SetDefaultBootOrder"),
                    "@Redfish.ActionInfo": format!("{base}/SetDefaultBootOrderActionInfo")
                }
            }
        }),
    );
    tree.put(
        &format!("{base}/ResetActionInfo"),
        json!({
            "@odata.type": "#ActionInfo.v1_5_0.ActionInfo",
            "Id": "ResetActionInfo",
            "Name": "Aggregation Service Reset Action Info",
            "Parameters": [
                {"Name": "TargetURIs", "Required": true, "DataType": "ObjectArray",
                 "ObjectDataType": "#Resource.Resource"},
                {"Name": "ResetType", "Required": false, "DataType": "String",
                 "AllowableValues": ["On", "ForceOff", "GracefulShutdown", "GracefulRestart", "ForceRestart", "PowerCycle", "Nmi"]},
                {"Name": "BatchSize", "Required": false, "DataType": "Number", "MinimumValue": 0},
                {"Name": "DelayBetweenBatchesInSeconds", "Required": false, "DataType": "Number", "MinimumValue": 0}
            ]
        }),
    );
    tree.put(
        &format!("{base}/SetDefaultBootOrderActionInfo"),
        json!({
            "@odata.type": "#ActionInfo.v1_5_0.ActionInfo",
            "Id": "SetDefaultBootOrderActionInfo",
            "Name": "Set Default Boot Order Action Info",
            "Parameters": [
                {"Name": "Systems", "Required": true, "DataType": "ObjectArray",
                 "ObjectDataType": "#ComputerSystem.ComputerSystem"}
            ]
        }),
    );
    let agg = format!("{base}/Aggregates/Agg1");
    let elements: Vec<Value> = systems.iter().take(4).map(|s| link(s)).collect();
    tree.put(
        &agg,
        json!({
            "@odata.type": "#Aggregate.v1_0_3.Aggregate",
            "Id": "Agg1",
            "Name": "Aggregate Agg1",
            "Description": "Persistent group of nodes",
            "ElementsCount": elements.len(),
            "Elements@odata.count": elements.len(),
            "Elements": elements,
            "Actions": crate::actions::aggregation::aggregate_actions(&agg)
        }),
    );
    crate::actions::aggregation::aggregate_reset_info(tree, &agg);
    collection(
        tree,
        &format!("{base}/Aggregates"),
        "AggregateCollection",
        "Aggregate Collection",
        &[agg],
    );
}
