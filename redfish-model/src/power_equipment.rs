//! `PowerEquipment`: The `PowerEquipment` schema represents the set of power equipment managed by a Redfish service.
//!
//! Generated from the DMTF Redfish schema `PowerEquipment.v1_2_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `power_equipment` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `PowerEquipment` schema represents the set of power equipment managed by a Redfish service.
    ///
    /// DMTF schema `PowerEquipment` v1_2_3 (Redfish 2025.4).
    pub struct PowerEquipment {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Read-only.
        "Description" => description: String,
        /// The link to a collection of electrical buses.
        ///
        /// Read-only.
        "ElectricalBuses" => electrical_buses: crate::Link<crate::Collection<crate::power_distribution::PowerDistribution>>,
        /// A link to a collection of floor power distribution units.
        ///
        /// Read-only.
        "FloorPDUs" => floor_pd_us: crate::Link<crate::Collection<crate::power_distribution::PowerDistribution>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::power_equipment::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A link to a collection of power shelves.
        ///
        /// Read-only.
        "PowerShelves" => power_shelves: crate::Link<crate::Collection<crate::power_distribution::PowerDistribution>>,
        /// A link to a collection of rack-level power distribution units.
        ///
        /// Read-only.
        "RackPDUs" => rack_pd_us: crate::Link<crate::Collection<crate::power_distribution::PowerDistribution>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// A link to a collection of switchgear.
        ///
        /// Read-only.
        "Switchgear" => switchgear: crate::Link<crate::Collection<crate::power_distribution::PowerDistribution>>,
        /// A link to a collection of transfer switches.
        ///
        /// Read-only.
        "TransferSwitches" => transfer_switches: crate::Link<crate::Collection<crate::power_distribution::PowerDistribution>>,
    }
}

crate::__impl_resource!(PowerEquipment: "PowerEquipment", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the managers responsible for managing this power equipment.
        ///
        /// Read-only.
        "ManagedBy" => managed_by: Vec<crate::Link<crate::manager::Manager>>,
        "ManagedBy@odata.count" => managed_by_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}
