//! `LicenseService`: The `LicenseService` schema describes the license service and the properties for the service itself with a link to the collection of licenses. The license service also provides methods for installing licenses in a Redfish service.
//!
//! Generated from the DMTF Redfish schema `LicenseService.v1_1_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `license_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `LicenseService` schema describes the license service and the properties for the service itself with a link to the collection of licenses. The license service also provides methods for installing licenses in a Redfish service.
    ///
    /// DMTF schema `LicenseService` v1_1_2 (Redfish 2025.4).
    pub struct LicenseService {
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
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The number of days prior to a license expiration that a warning message is sent. A value of zero indicates no warning message is sent.
        ///
        /// Writable.
        "LicenseExpirationWarningDays" => license_expiration_warning_days: i64,
        /// The link to the collection of licenses.
        ///
        /// Read-only.
        "Licenses" => licenses: crate::Link<crate::Collection<crate::license::License>>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An indication of whether this service is enabled.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
    }
}

crate::__impl_resource!(LicenseService: "LicenseService", actions);

crate::redfish_struct! {
    /// Parameters of the `Install` action: This action installs one or more licenses from a remote file.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct InstallRequest {
        /// An array of links to the devices to be authorized by the license.
        "AuthorizedDevices" => authorized_devices: Vec<crate::Link>,
        /// The URI of the license file to install.
        ///
        /// Required.
        "LicenseFileURI" => license_file_uri: String [required],
        /// The password to access the URI specified by the `LicenseFileURI` parameter.
        "Password" => password: String [secret],
        /// An array of links to the managers where the license will be installed.
        "TargetServices" => target_services: Vec<crate::Link<crate::manager::Manager>>,
        /// The network protocol that the license service uses to retrieve the license file located at the URI provided in `LicenseFileURI`. This parameter is ignored if the URI provided in `LicenseFileURI` contains a scheme.
        "TransferProtocol" => transfer_protocol: crate::common::TransferProtocolType,
        /// The username to access the URI specified by the `LicenseFileURI` parameter.
        "Username" => username: String,
    }
}

impl InstallRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["LicenseFileURI"];

    /// Sets `AuthorizedDevices`.
    #[must_use]
    pub fn with_authorized_devices(mut self, value: Vec<crate::Link>) -> Self {
        self.authorized_devices = Some(value);
        self
    }
    /// Sets `LicenseFileURI`.
    #[must_use]
    pub fn with_license_file_uri(mut self, value: impl Into<String>) -> Self {
        self.license_file_uri = Some(value.into());
        self
    }
    /// Sets `Password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
    /// Sets `TargetServices`.
    #[must_use]
    pub fn with_target_services(
        mut self,
        value: Vec<crate::Link<crate::manager::Manager>>,
    ) -> Self {
        self.target_services = Some(value);
        self
    }
    /// Sets `TransferProtocol`.
    #[must_use]
    pub fn with_transfer_protocol(mut self, value: crate::common::TransferProtocolType) -> Self {
        self.transfer_protocol = Some(value);
        self
    }
    /// Sets `Username`.
    #[must_use]
    pub fn with_username(mut self, value: impl Into<String>) -> Self {
        self.username = Some(value.into());
        self
    }
}

impl crate::ActionRequest for InstallRequest {
    type Resource = LicenseService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#LicenseService.Install";
    const REQUIRED: &'static [&'static str] = &["LicenseFileURI"];
}

pub use crate::common::TransferProtocolType;
