//! `TrustedComponent`: The `TrustedComponent` resource represents a trusted device, such as a TPM.
//!
//! Generated from the DMTF Redfish schema `TrustedComponent.v1_4_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `trusted_component` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `TrustedComponent` resource represents a trusted device, such as a TPM.
    ///
    /// DMTF schema `TrustedComponent` v1_4_0 (Redfish 2025.4).
    pub struct TrustedComponent {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to a collection of device identity certificates of the trusted component.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// Read-only.
        "Description" => description: String,
        /// The software version of the active software image on the trusted component.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::trusted_component::Links,
        /// The location of the trusted component.
        "Location" => location: crate::resource::Location,
        /// The manufacturer of this trusted component.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The model number of the trusted component.
        ///
        /// Read-only.
        "Model" => model: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number of the trusted component.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The SKU of the trusted component.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The serial number of the trusted component.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// TPM-specific information for this trusted component.
        "TPM" => tpm: crate::trusted_component::TPM,
        /// The type of trusted component, such as any physical distinction about the trusted component.
        ///
        /// Read-only. Required.
        "TrustedComponentType" => trusted_component_type: crate::trusted_component::TrustedComponentType [required],
        /// The UUID for this trusted component.
        ///
        /// Read-only.
        "UUID" => uuid: String,
    }
}

crate::__impl_resource!(TrustedComponent: "TrustedComponent", actions);

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The link to the software inventory resource that represents the active firmware image for this trusted component.
        ///
        /// Writable.
        "ActiveSoftwareImage" => active_software_image: crate::Link<crate::software_inventory::SoftwareInventory>,
        /// An array of links to ComponentIntegrity resources for which the trusted component is responsible.
        ///
        /// Read-only.
        "ComponentIntegrity" => component_integrity: Vec<crate::Link<crate::component_integrity::ComponentIntegrity>>,
        "ComponentIntegrity@odata.count" => component_integrity_count: u64,
        /// An array of links to resources that the target component protects.
        ///
        /// Read-only.
        "ComponentsProtected" => components_protected: Vec<crate::Link>,
        "ComponentsProtected@odata.count" => components_protected_count: u64,
        /// A link to a resource to which this trusted component is integrated.
        ///
        /// Read-only.
        "IntegratedInto" => integrated_into: crate::Link,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A link to the resource that owns this trusted component.
        ///
        /// Read-only.
        "Owner" => owner: crate::Link,
        /// The images that are associated with this trusted component.
        ///
        /// Read-only.
        "SoftwareImages" => software_images: Vec<crate::Link<crate::software_inventory::SoftwareInventory>>,
        "SoftwareImages@odata.count" => software_images_count: u64,
    }
}

crate::redfish_struct! {
    /// TPM-specific information for a trusted component.
    pub struct TPM {
        /// The capabilities vendor ID for this trusted component.
        ///
        /// Read-only.
        "CapabilitiesVendorID" => capabilities_vendor_id: String,
        /// The hardware interface vendor ID for this trusted component.
        ///
        /// Read-only.
        "HardwareInterfaceVendorID" => hardware_interface_vendor_id: String,
    }
}

crate::redfish_struct! {
    /// Parameters of the `TPMGetEventLog` action: This action retrieves the event log for TPM 2.0 devices.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct TPMGetEventLogRequest {
    }
}

impl TPMGetEventLogRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for TPMGetEventLogRequest {
    type Resource = TrustedComponent;
    type Response = crate::trusted_component::TPMGetEventLogResponse;
    const ACTION: &'static str = "#TrustedComponent.TPMGetEventLog";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// The TPM event log.
    pub struct TPMGetEventLogResponse {
        /// The Base64-encoded event log for the TPM.
        ///
        /// Read-only. Required.
        "EventLog" => event_log: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_enum! {
    /// `TrustedComponentType`.
    pub enum TrustedComponentType {
        /// A discrete trusted component.
        Discrete = "Discrete",
        /// An integrated trusted component.
        Integrated = "Integrated",
    }
}
