//! `Chassis`: The `Chassis` schema represents the physical components of a system. This resource represents the sheet-metal confined spaces and logical zones such as racks, enclosures, chassis and all other containers. Subsystems, such as sensors, that operate outside of a system's data plane are linked either directly or indirectly through this resource. A subsystem that operates outside of a system's data plane are not accessible to software that runs on the system. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
//!
//! Generated from the DMTF Redfish schema `Chassis.v1_28_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `chassis` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Chassis` schema represents the physical components of a system. This resource represents the sheet-metal confined spaces and logical zones such as racks, enclosures, chassis and all other containers. Subsystems, such as sensors, that operate outside of a system's data plane are linked either directly or indirectly through this resource. A subsystem that operates outside of a system's data plane are not accessible to software that runs on the system. It also describes the location, such as a slot, socket, or bay, where a unit can be installed, by populating a resource instance with an absent state if a unit is not present.
    ///
    /// DMTF schema `Chassis` v1_28_0 (Redfish 2025.4).
    pub struct Chassis {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to the assembly associated with this chassis.
        ///
        /// Read-only.
        "Assembly" => assembly: crate::Link<crate::assembly::Assembly>,
        /// The user-assigned asset tag of this chassis.
        ///
        /// Writable.
        "AssetTag" => asset_tag: String,
        /// The link to a collection of certificates for device identity and attestation.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The type of physical form factor of the chassis.
        ///
        /// Read-only. Required.
        "ChassisType" => chassis_type: crate::chassis::ChassisType [required],
        /// The link to the collection of controls located in this chassis.
        ///
        /// Read-only.
        "Controls" => controls: crate::Link<crate::Collection<crate::control::Control>>,
        /// The depth of the chassis.
        ///
        /// Read-only. Units: `mm`.
        "DepthMm" => depth_mm: f64,
        /// Read-only.
        "Description" => description: String,
        /// The doors or access panels of the chassis.
        "Doors" => doors: crate::chassis::Doors,
        /// The link to the collection of drives within this chassis.
        "Drives" => drives: crate::Link<crate::Collection<crate::drive::Drive>>,
        /// The URIs of the management interfaces for the external electrical source connections for this chassis.
        ///
        /// Writable.
        "ElectricalSourceManagerURIs" => electrical_source_manager_uris: Vec<Option<String>>,
        /// The names of the external electrical sources, such as circuits or outlets, connected to this chassis.
        ///
        /// Writable.
        "ElectricalSourceNames" => electrical_source_names: Vec<Option<String>>,
        /// The link to the environment metrics for this chassis.
        ///
        /// Read-only.
        "EnvironmentMetrics" => environment_metrics: crate::Link<crate::environment_metrics::EnvironmentMetrics>,
        /// The ASHRAE Environmental Class for this chassis.
        ///
        /// Writable.
        "EnvironmentalClass" => environmental_class: crate::chassis::EnvironmentalClass,
        /// The link to the collection of fabric adapters located in this chassis that provide access to fabric-related resource pools.
        ///
        /// Read-only.
        "FabricAdapters" => fabric_adapters: crate::Link<crate::Collection<crate::fabric_adapter::FabricAdapter>>,
        /// The names of the external heating or cooling equipment, such as coolant distribution units, connected to this chassis.
        ///
        /// Writable.
        "HeatingCoolingEquipmentNames" => heating_cooling_equipment_names: Vec<Option<String>>,
        /// The URIs of the management interfaces for the external heating or cooling equipment for this chassis.
        ///
        /// Writable.
        "HeatingCoolingManagerURIs" => heating_cooling_manager_uris: Vec<Option<String>>,
        /// The height of the chassis.
        ///
        /// Read-only. Units: `mm`.
        "HeightMm" => height_mm: f64,
        /// The height of the rack-mountable chassis in rack units.
        ///
        /// Read-only.
        "HeightRackUnits" => height_rack_units: f64,
        /// An indication of whether this component can be inserted or removed while the equipment is in operation.
        ///
        /// Read-only.
        "HotPluggable" => hot_pluggable: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The state of the indicator LED, which identifies the chassis.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `LocationIndicatorActive` property.
        "IndicatorLED" => indicator_led: crate::common::IndicatorLED,
        /// The link to the collection of leak detectors located in this chassis.
        ///
        /// Read-only.
        "LeakDetectors" => leak_detectors: crate::Link<crate::Collection<crate::leak_detector::LeakDetector>>,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::chassis::Links,
        /// The location of the chassis.
        "Location" => location: crate::resource::Location,
        /// An indicator allowing an operator to physically locate this resource.
        ///
        /// Writable.
        "LocationIndicatorActive" => location_indicator_active: bool,
        /// The link to the logs for this chassis.
        ///
        /// Read-only.
        "LogServices" => log_services: crate::Link<crate::Collection<crate::log_service::LogService>>,
        /// The manufacturer of this chassis.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The upper bound of the total power consumed by the chassis.
        ///
        /// Read-only. Units: `W`.
        "MaxPowerWatts" => max_power_watts: f64,
        /// An array of DSP0274-defined measurement blocks.
        ///
        /// Deprecated: This property has been deprecated in favor of the `ComponentIntegrity` resource.
        "Measurements" => measurements: Vec<crate::software_inventory::MeasurementBlock>,
        /// The link to the collection of media controllers located in this chassis.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of `FabricAdapters`.
        "MediaControllers" => media_controllers: crate::Link<crate::Collection<crate::media_controller::MediaController>>,
        /// The link to the collection of memory located in this chassis that belong to fabric-related resource pools.
        ///
        /// Read-only.
        "Memory" => memory: crate::Link<crate::Collection<crate::memory::Memory>>,
        /// The link to the collection of memory domains located in this chassis that belong to fabric-related resource pools.
        ///
        /// Read-only.
        "MemoryDomains" => memory_domains: crate::Link<crate::Collection<crate::memory_domain::MemoryDomain>>,
        /// The lower bound of the total power consumed by the chassis.
        ///
        /// Read-only. Units: `W`.
        "MinPowerWatts" => min_power_watts: f64,
        /// The model number of the chassis.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The link to the collection of network adapters associated with this chassis.
        ///
        /// Read-only.
        "NetworkAdapters" => network_adapters: crate::Link<crate::Collection<crate::network_adapter::NetworkAdapter>>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to the collection of PCIe devices located in this chassis.
        ///
        /// Read-only.
        "PCIeDevices" => pcie_devices: crate::Link<crate::Collection<crate::pcie_device::PCIeDevice>>,
        /// The link to the PCIe slot properties for this chassis.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `PCIeDevices` property. The `PCIeSlots` schema has been deprecated in favor of the `PCIeDevice` schema. Empty PCIe slots are represented by `PCIeDevice` resources using the `Absent` value of the `State` property within `Status`.
        "PCIeSlots" => pcie_slots: crate::Link<crate::pcie_slots::PCIeSlots>,
        /// The part number of the chassis.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The physical security state of the chassis.
        "PhysicalSecurity" => physical_security: crate::chassis::PhysicalSecurity,
        /// The link to the power properties, or power supplies, power policies, and sensors, for this chassis.
        ///
        /// Read-only. Deprecated: This link has been deprecated in favor of the `PowerSubsystem` link property.
        "Power" => power: crate::Link<crate::power::Power>,
        /// The current power state of the chassis.
        ///
        /// Read-only.
        "PowerState" => power_state: crate::resource::PowerState,
        /// The link to the power subsystem properties for this chassis.
        ///
        /// Read-only.
        "PowerSubsystem" => power_subsystem: crate::Link<crate::power_subsystem::PowerSubsystem>,
        /// Indicates that the chassis receives power from the containing chassis.
        ///
        /// Read-only.
        "PoweredByParent" => powered_by_parent: bool,
        /// The link to the collection of processors located in this chassis that belong to fabric-related resource pools.
        ///
        /// Read-only.
        "Processors" => processors: crate::Link<crate::Collection<crate::processor::Processor>>,
        /// The usable capacity of rack units provided by this chassis.
        ///
        /// Writable.
        "RackMountCapacityUnits" => rack_mount_capacity_units: f64,
        /// The usable depth of the rack-mountable area of the chassis.
        ///
        /// Writable. Units: `mm`.
        "RackMountDepthMm" => rack_mount_depth_mm: f64,
        /// The width of the rack-mountable chassis or rack-mounting space.
        ///
        /// Writable.
        "RackMountWidth" => rack_mount_width: crate::chassis::RackMountWidth,
        /// The type of rack-mount units.
        ///
        /// Writable.
        "RackUnits" => rack_units: crate::common::RackUnits,
        /// An indication of whether the chassis is prepared by the system for removal.
        ///
        /// Writable.
        "ReadyToRemove" => ready_to_remove: bool,
        /// An indication of whether this component can be independently replaced as allowed by the vendor's replacement policy.
        ///
        /// Read-only.
        "Replaceable" => replaceable: bool,
        /// The SKU of the chassis.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The link to the collection of sensors located in the equipment and sub-components.
        ///
        /// Read-only.
        "Sensors" => sensors: crate::Link<crate::Collection<crate::sensor::Sensor>>,
        /// The serial number of the chassis.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The spare part number of the chassis.
        ///
        /// Read-only.
        "SparePartNumber" => spare_part_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The link to the thermal properties, such as fans, cooling, and sensors, for this chassis.
        ///
        /// Read-only. Deprecated: This link has been deprecated in favor of the `ThermalSubsystem` link property.
        "Thermal" => thermal: crate::Link<crate::thermal::Thermal>,
        /// Indicates the thermal management path through the chassis.
        ///
        /// Read-only.
        "ThermalDirection" => thermal_direction: crate::chassis::ThermalDirection,
        /// Indicates that the chassis is thermally managed by the parent chassis.
        ///
        /// Read-only.
        "ThermalManagedByParent" => thermal_managed_by_parent: bool,
        /// The link to the thermal subsystem properties for this chassis.
        ///
        /// Read-only.
        "ThermalSubsystem" => thermal_subsystem: crate::Link<crate::thermal_subsystem::ThermalSubsystem>,
        /// The link to the trusted components in this chassis.
        ///
        /// Read-only.
        "TrustedComponents" => trusted_components: crate::Link<crate::Collection<crate::trusted_component::TrustedComponent>>,
        /// The UUID for this chassis.
        ///
        /// Read-only.
        "UUID" => uuid: String,
        /// The hardware version of this chassis.
        ///
        /// Read-only.
        "Version" => version: String,
        /// The weight of the chassis.
        ///
        /// Read-only. Units: `kg`.
        "WeightKg" => weight_kg: f64,
        /// The width of the chassis.
        ///
        /// Read-only. Units: `mm`.
        "WidthMm" => width_mm: f64,
    }
}

crate::__impl_resource!(Chassis: "Chassis", actions);

crate::redfish_enum! {
    /// `ChassisType`.
    pub enum ChassisType {
        /// An equipment rack, typically a 19-inch wide freestanding unit.
        Rack = "Rack",
        /// An enclosed or semi-enclosed, typically vertically-oriented, system chassis that must be plugged into a multi-system chassis to function normally.
        Blade = "Blade",
        /// A generic term for a chassis that does not fit any other description.
        Enclosure = "Enclosure",
        /// A single, free-standing system, commonly called a tower or desktop chassis.
        StandAlone = "StandAlone",
        /// A single-system chassis designed specifically for mounting in an equipment rack.
        RackMount = "RackMount",
        /// A loose device or circuit board intended to be installed in a system or other enclosure.
        Card = "Card",
        /// A small self-contained system intended to be plugged into a multi-system chassis.
        Cartridge = "Cartridge",
        /// A collection of equipment racks.
        Row = "Row",
        /// A collection of equipment racks in a large, likely transportable, container.
        Pod = "Pod",
        /// A chassis that expands the capabilities or capacity of another chassis.
        Expansion = "Expansion",
        /// A chassis that mates mechanically with another chassis to expand its capabilities or capacity.
        Sidecar = "Sidecar",
        /// A logical division or portion of a physical chassis that contains multiple devices or systems that cannot be physically separated.
        Zone = "Zone",
        /// An enclosed or semi-enclosed, system chassis that must be plugged into a multi-system chassis to function normally similar to a blade type chassis.
        Sled = "Sled",
        /// An enclosed or semi-enclosed, typically horizontally-oriented, system chassis that must be plugged into a multi-system chassis to function normally.
        Shelf = "Shelf",
        /// An enclosed or semi-enclosed, typically horizontally-oriented, system chassis that can be slid into a multi-system chassis.
        Drawer = "Drawer",
        /// A small, typically removable, chassis or card that contains devices for a particular subsystem or function.
        Module = "Module",
        /// A small chassis, card, or device that contains devices for a particular subsystem or function.
        Component = "Component",
        /// A chassis in a drive form factor with IP-based network connections.
        IPBasedDrive = "IPBasedDrive",
        /// A group of racks that form a single entity or share infrastructure.
        RackGroup = "RackGroup",
        /// A chassis that encloses storage.
        StorageEnclosure = "StorageEnclosure",
        /// An immersion cooling tank.
        ImmersionTank = "ImmersionTank",
        /// A heat exchanger.
        HeatExchanger = "HeatExchanger",
        /// A power strip, typically placed in the zero-U space of a rack.
        PowerStrip = "PowerStrip",
        /// A chassis that does not fit any of these definitions.
        Other = "Other",
    }
}

crate::redfish_struct! {
    /// A door or access panel on the chassis.
    pub struct Door {
        /// The state of the door.
        ///
        /// Read-only.
        "DoorState" => door_state: crate::chassis::DoorState,
        /// Indicates if the door is locked.
        ///
        /// Writable.
        "Locked" => locked: bool,
        /// A user-assigned label.
        ///
        /// Writable.
        "UserLabel" => user_label: String,
    }
}

crate::redfish_enum! {
    /// `DoorState`.
    pub enum DoorState {
        /// Door is closed and locked.
        Locked = "Locked",
        /// Door is closed.
        Closed = "Closed",
        /// Door is open and locked.
        LockedAndOpen = "LockedAndOpen",
        /// Door is open.
        Open = "Open",
    }
}

crate::redfish_struct! {
    /// The doors or access panels of the chassis.
    pub struct Doors {
        /// The front door of the chassis.
        "Front" => front: crate::chassis::Door,
        /// The rear door of the chassis.
        "Rear" => rear: crate::chassis::Door,
    }
}

crate::redfish_enum! {
    /// `EnvironmentalClass`.
    pub enum EnvironmentalClass {
        /// ASHRAE Environmental Class 'A1'.
        A1 = "A1",
        /// ASHRAE Environmental Class 'A2'.
        A2 = "A2",
        /// ASHRAE Environmental Class 'A3'.
        A3 = "A3",
        /// ASHRAE Environmental Class 'A4'.
        A4 = "A4",
    }
}

pub use crate::common::IndicatorLED;

crate::redfish_enum! {
    /// `IntrusionSensor`.
    pub enum IntrusionSensor {
        /// No physical security condition is detected at this time.
        Normal = "Normal",
        /// A door, lock, or other mechanism protecting the internal system hardware from being accessed is detected to be in an insecure state.
        HardwareIntrusion = "HardwareIntrusion",
        /// Physical tampering of the monitored entity is detected.
        TamperingDetected = "TamperingDetected",
    }
}

crate::redfish_enum! {
    /// `IntrusionSensorReArm`.
    pub enum IntrusionSensorReArm {
        /// A user is required to clear the sensor to restore it to the normal state.
        Manual = "Manual",
        /// The sensor is automatically restored to the normal state when no security condition is detected.
        Automatic = "Automatic",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the automation nodes contained in this chassis.
        ///
        /// Read-only.
        "AutomationNodes" => automation_nodes: Vec<crate::Link<crate::automation_node::AutomationNode>>,
        "AutomationNodes@odata.count" => automation_nodes_count: u64,
        /// An array of links to the cables connected to this chassis.
        ///
        /// Read-only.
        "Cables" => cables: Vec<crate::Link<crate::cable::Cable>>,
        "Cables@odata.count" => cables_count: u64,
        /// An array of links to the computer systems that this chassis directly and wholly contains.
        ///
        /// Read-only.
        "ComputerSystems" => computer_systems: Vec<crate::Link<crate::computer_system::ComputerSystem>>,
        "ComputerSystems@odata.count" => computer_systems_count: u64,
        /// An array of links to cooling loops connected to this chassis.
        ///
        /// Writable.
        "ConnectedCoolingLoops" => connected_cooling_loops: Vec<crate::Link<crate::cooling_loop::CoolingLoop>>,
        "ConnectedCoolingLoops@odata.count" => connected_cooling_loops_count: u64,
        /// The link to the chassis that contains this chassis.
        ///
        /// Writable.
        "ContainedBy" => contained_by: crate::Link<crate::chassis::Chassis>,
        /// An array of links to any other chassis that this chassis has in it.
        ///
        /// Writable.
        "Contains" => contains: Vec<crate::Link<crate::chassis::Chassis>>,
        "Contains@odata.count" => contains_count: u64,
        /// An array of links to resources or objects that cool this chassis. Normally, the link is for either a chassis or a specific set of fans.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `Fans` link property, and details provided in the `ThermalSubsystem` resource.
        "CooledBy" => cooled_by: Vec<crate::Link>,
        "CooledBy@odata.count" => cooled_by_count: u64,
        /// An array of links to cooling unit functionality contained in this chassis.
        ///
        /// Writable.
        "CoolingUnits" => cooling_units: Vec<crate::Link<crate::cooling_unit::CoolingUnit>>,
        "CoolingUnits@odata.count" => cooling_units_count: u64,
        /// An array of links to the drives located in this chassis.
        ///
        /// Read-only.
        "Drives" => drives: Vec<crate::Link<crate::drive::Drive>>,
        "Drives@odata.count" => drives_count: u64,
        /// The link to the facility that contains this chassis.
        ///
        /// Writable.
        "Facility" => facility: crate::Link<crate::facility::Facility>,
        /// An array of links to the fans that cool this chassis.
        ///
        /// Read-only.
        "Fans" => fans: Vec<crate::Link<crate::fan::Fan>>,
        "Fans@odata.count" => fans_count: u64,
        /// An array of links to the managers responsible for managing this chassis.
        ///
        /// Read-only.
        "ManagedBy" => managed_by: Vec<crate::Link<crate::manager::Manager>>,
        "ManagedBy@odata.count" => managed_by_count: u64,
        /// An array of links to the managers located in this chassis.
        ///
        /// Read-only.
        "ManagersInChassis" => managers_in_chassis: Vec<crate::Link<crate::manager::Manager>>,
        "ManagersInChassis@odata.count" => managers_in_chassis_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the PCIe devices located in this chassis.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `PCIeDevices` resource collection in the root of this resource.
        "PCIeDevices" => pcie_devices: Vec<crate::Link<crate::pcie_device::PCIeDevice>>,
        "PCIeDevices@odata.count" => pcie_devices_count: u64,
        /// A link to power distribution functionality contained in this chassis.
        ///
        /// Read-only.
        "PowerDistribution" => power_distribution: crate::Link<crate::power_distribution::PowerDistribution>,
        /// An array of links to the outlets that provide power to this chassis.
        ///
        /// Writable.
        "PowerOutlets" => power_outlets: Vec<crate::Link<crate::outlet::Outlet>>,
        "PowerOutlets@odata.count" => power_outlets_count: u64,
        /// An array of links to the power supplies that provide power to this chassis.
        ///
        /// Read-only.
        "PowerSupplies" => power_supplies: Vec<crate::Link<crate::power_supply::PowerSupply>>,
        "PowerSupplies@odata.count" => power_supplies_count: u64,
        /// An array of links to resources or objects that power this chassis. Normally, the link is for either a chassis or a specific set of power supplies.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `PowerOutlets` and `PowerSupplies` link properties, and details provided in the `PowerSubsystem` resource.
        "PoweredBy" => powered_by: Vec<crate::Link>,
        "PoweredBy@odata.count" => powered_by_count: u64,
        /// An array of links to the processors located in this chassis.
        ///
        /// Read-only.
        "Processors" => processors: Vec<crate::Link<crate::processor::Processor>>,
        "Processors@odata.count" => processors_count: u64,
        /// An array of links to the resource blocks located in this chassis.
        ///
        /// Read-only.
        "ResourceBlocks" => resource_blocks: Vec<crate::Link<crate::resource_block::ResourceBlock>>,
        "ResourceBlocks@odata.count" => resource_blocks_count: u64,
        /// An array of links to the storage subsystems connected to or inside this chassis.
        ///
        /// Read-only.
        "Storage" => storage: Vec<crate::Link<crate::storage::Storage>>,
        "Storage@odata.count" => storage_count: u64,
        /// An array of links to the switches located in this chassis.
        ///
        /// Read-only.
        "Switches" => switches: Vec<crate::Link<crate::switch::Switch>>,
        "Switches@odata.count" => switches_count: u64,
    }
}

crate::redfish_struct! {
    /// The physical security state of the chassis.
    pub struct PhysicalSecurity {
        /// The physical security state of the chassis, such as if hardware intrusion is detected.
        ///
        /// Writable.
        "IntrusionSensor" => intrusion_sensor: crate::chassis::IntrusionSensor,
        /// A numerical identifier to represent the physical security sensor.
        ///
        /// Read-only. Deprecated: This property has been deprecated in order to allow for multiple physical sensors to construct this object.
        "IntrusionSensorNumber" => intrusion_sensor_number: i64,
        /// The policy that describes how the physical security state of the chassis returns to a normal state.
        ///
        /// Writable.
        "IntrusionSensorReArm" => intrusion_sensor_re_arm: crate::chassis::IntrusionSensorReArm,
    }
}

crate::redfish_enum! {
    /// `RackMountWidth`.
    pub enum RackMountWidth {
        /// Open Rack (21.0 in or 533.4 mm).
        OpenU = "OpenU",
        /// EIA-310 19-inch.
        EIA310 = "EIA_310",
        /// EIA-310 23-inch (Telco).
        EIA310Telco = "EIA_310_Telco",
        /// Half-width (~9.5 in) Unit.
        HalfWidth = "HalfWidth",
    }
}

pub use crate::common::RackUnits;

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action resets the chassis. Additionally, it could reset systems or other contained resources depending on the `ResetType` used to invoke this action.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetRequest {
        /// The type of reset.
        "ResetType" => reset_type: crate::resource::ResetType,
    }
}

impl ResetRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `ResetType`.
    #[must_use]
    pub fn with_reset_type(mut self, value: crate::resource::ResetType) -> Self {
        self.reset_type = Some(value);
        self
    }
}

impl crate::ActionRequest for ResetRequest {
    type Resource = Chassis;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Chassis.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_enum! {
    /// `ThermalDirection`.
    pub enum ThermalDirection {
        /// A chassis with the air intake in the front and exhaust out the back.
        FrontToBack = "FrontToBack",
        /// A chassis with the air intake in the back and exhaust out the front.
        BackToFront = "BackToFront",
        /// A chassis with air exhaust on the top.
        TopExhaust = "TopExhaust",
        /// A sealed chassis with no air pathway.
        Sealed = "Sealed",
    }
}
