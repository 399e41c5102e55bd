//! `License`: The `License` schema describes a license for a feature.
//!
//! Generated from the DMTF Redfish schema `License.v1_1_4.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `license` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `License` schema describes a license for a feature.
    ///
    /// DMTF schema `License` v1_1_4 (Redfish 2025.4).
    pub struct License {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The authorization scope of the license.
        ///
        /// Read-only.
        "AuthorizationScope" => authorization_scope: crate::license::AuthorizationScope,
        /// The contact of the license.
        "Contact" => contact: crate::license::ContactInfo,
        /// Read-only.
        "Description" => description: String,
        /// The URI from which to download the license file.
        ///
        /// Read-only.
        "DownloadURI" => download_uri: String,
        /// The entitlement identifier for this license.
        ///
        /// Read-only.
        "EntitlementId" => entitlement_id: String,
        /// The date and time when the license expires.
        ///
        /// Read-only.
        "ExpirationDate" => expiration_date: crate::DateTime,
        /// The grace days of this license.
        ///
        /// Read-only.
        "GracePeriodDays" => grace_period_days: i64,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The date and time when the license was installed.
        ///
        /// Read-only.
        "InstallDate" => install_date: crate::DateTime,
        /// The URI at which more information about this license can be obtained.
        ///
        /// Read-only.
        "LicenseInfoURI" => license_info_uri: String,
        /// This indicates the origin of the license.
        ///
        /// Read-only.
        "LicenseOrigin" => license_origin: crate::license::LicenseOrigin,
        /// The Base64-encoded string of the license.
        ///
        /// Read-only.
        "LicenseString" => license_string: String,
        /// The type of the license.
        ///
        /// Read-only.
        "LicenseType" => license_type: crate::license::LicenseType,
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::license::Links,
        /// The manufacturer or producer of this license.
        ///
        /// Read-only.
        "Manufacturer" => manufacturer: String,
        /// The maximum number of devices authorized by the license.
        ///
        /// Read-only.
        "MaxAuthorizedDevices" => max_authorized_devices: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part number for this license.
        ///
        /// Read-only.
        "PartNumber" => part_number: String,
        /// The remaining usage duration before the license expires.
        ///
        /// Read-only.
        "RemainingDuration" => remaining_duration: String,
        /// The remaining usage count before the license expires.
        ///
        /// Read-only.
        "RemainingUseCount" => remaining_use_count: i64,
        /// An indication of whether the license is removable.
        ///
        /// Read-only.
        "Removable" => removable: bool,
        /// The SKU for this license.
        ///
        /// Read-only.
        "SKU" => sku: String,
        /// The serial number for this license.
        ///
        /// Read-only.
        "SerialNumber" => serial_number: String,
        /// The status of the license.
        "Status" => status: crate::resource::Status,
    }
}

crate::__impl_resource!(License: "License", actions);

crate::redfish_enum! {
    /// The authorization scope of the license.
    pub enum AuthorizationScope {
        /// The license authorizes functionality for specific device instances.
        Device = "Device",
        /// The license authorizes functionality to a number of devices, but not restricted to specific device instances.
        Capacity = "Capacity",
        /// The license authorizes functionality to a service.
        Service = "Service",
    }
}

crate::redfish_struct! {
    /// Contact information for this license.
    pub struct ContactInfo {
        /// Name of this contact.
        ///
        /// Read-only.
        "ContactName" => contact_name: String,
        /// Email address for this contact.
        ///
        /// Read-only.
        "EmailAddress" => email_address: String,
        /// Phone number for this contact.
        ///
        /// Read-only.
        "PhoneNumber" => phone_number: String,
    }
}

crate::redfish_enum! {
    /// `LicenseOrigin`.
    pub enum LicenseOrigin {
        /// A license was provided with the product.
        BuiltIn = "BuiltIn",
        /// A license installed by user.
        Installed = "Installed",
    }
}

crate::redfish_enum! {
    /// `LicenseType`.
    pub enum LicenseType {
        /// A license for use in production environments.
        Production = "Production",
        /// A prototype version of license.
        Prototype = "Prototype",
        /// A trial license.
        Trial = "Trial",
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the devices authorized by the license.
        ///
        /// Read-only.
        "AuthorizedDevices" => authorized_devices: Vec<crate::Link>,
        "AuthorizedDevices@odata.count" => authorized_devices_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the managers where the license is installed.
        ///
        /// Read-only.
        "TargetServices" => target_services: Vec<crate::Link<crate::manager::Manager>>,
        "TargetServices@odata.count" => target_services_count: u64,
    }
}
