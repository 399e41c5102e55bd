//! `UpdateService`: The `UpdateService` schema describes the update service and the properties for the service itself with links to collections of firmware and software inventory. The update service also provides methods for updating software and firmware of the resources in a Redfish service.
//!
//! Generated from the DMTF Redfish schema `UpdateService.v1_17_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `update_service` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `UpdateService` schema describes the update service and the properties for the service itself with links to collections of firmware and software inventory. The update service also provides methods for updating software and firmware of the resources in a Redfish service.
    ///
    /// DMTF schema `UpdateService` v1_17_0 (Redfish 2025.4).
    pub struct UpdateService {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to a collection of client identity certificates provided to the server referenced by the `ImageURI` parameter in `SimpleUpdate`.
        ///
        /// Read-only.
        "ClientCertificates" => client_certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// Read-only.
        "Description" => description: String,
        /// An inventory of firmware.
        ///
        /// Read-only.
        "FirmwareInventory" => firmware_inventory: crate::Link<crate::Collection<crate::software_inventory::SoftwareInventory>>,
        /// The URI used to perform an HTTP or HTTPS push update to the update service. The format of the message is vendor-specific.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `MultipartHttpPushUri` property.
        "HttpPushUri" => http_push_uri: String,
        /// The options for `HttpPushUri`-provided software updates.
        ///
        /// Deprecated: This property has been deprecated in favor of the update parameters used with `MultipartHttpPushUri`-provided software updates.
        "HttpPushUriOptions" => http_push_uri_options: crate::update_service::HttpPushUriOptions,
        /// An indication of whether a client has reserved the `HttpPushUriOptions` properties for software updates.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of `MultipartHttpPushUri`-provided software updates.
        "HttpPushUriOptionsBusy" => http_push_uri_options_busy: bool,
        /// An array of URIs that indicate where to apply the update image.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the update parameters used with `MultipartHttpPushUri`-provided software updates.
        "HttpPushUriTargets" => http_push_uri_targets: Vec<Option<String>>,
        /// An indication of whether any client has reserved the `HttpPushUriTargets` property.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of `MultipartHttpPushUri`-provided software updates.
        "HttpPushUriTargetsBusy" => http_push_uri_targets_busy: bool,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// An inventory of locally stored images.
        ///
        /// Read-only.
        "LocalImageStore" => local_image_store: crate::Link<crate::Collection<crate::software_inventory::SoftwareInventory>>,
        /// The number of bytes currently available in the local image store.
        ///
        /// Read-only.
        "LocalImageStoreAvailableCapacityBytes" => local_image_store_available_capacity_bytes: i64,
        /// The total number of bytes available to the local image store.
        ///
        /// Read-only.
        "LocalImageStoreTotalCapacityBytes" => local_image_store_total_capacity_bytes: i64,
        /// The maximum size in bytes of the software update image that this service supports.
        ///
        /// Read-only. Units: `By`.
        "MaxImageSizeBytes" => max_image_size_bytes: i64,
        /// The URI used to perform a Redfish Specification-defined multipart HTTP or HTTPS push update to the update service.
        ///
        /// Read-only.
        "MultipartHttpPushUri" => multipart_http_push_uri: String,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A link to the public key that is used with the `SimpleUpdate` action for the key-based authentication. The GenerateSSHIdentityKeyPair and RemoveSSHIdentityKeyPair are used to update the key for the `SimpleUpdate` action.
        ///
        /// Read-only.
        "PublicIdentitySSHKey" => public_identity_ssh_key: crate::Link<crate::key::Key>,
        /// The link to a collection of server certificates for the server referenced by the `ImageURI` parameter in SimpleUpdate.
        ///
        /// Read-only.
        "RemoteServerCertificates" => remote_server_certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The link to a collection of keys that can be used to authenticate the server referenced by the `ImageURI` parameter in `SimpleUpdate`.
        ///
        /// Read-only.
        "RemoteServerSSHKeys" => remote_server_ssh_keys: crate::Link<crate::Collection<crate::key::Key>>,
        /// An indication of whether this service is enabled.
        ///
        /// Writable.
        "ServiceEnabled" => service_enabled: bool,
        /// An inventory of software.
        ///
        /// Read-only.
        "SoftwareInventory" => software_inventory: crate::Link<crate::Collection<crate::software_inventory::SoftwareInventory>>,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The image format types supported by the service.
        ///
        /// Read-only.
        "SupportedUpdateImageFormats" => supported_update_image_formats: Vec<Option<crate::update_service::SupportedUpdateImageFormatType>>,
        /// A link to the capabilities of the update service.
        ///
        /// Read-only.
        "UpdateServiceCapabilities" => update_service_capabilities: crate::Link<crate::update_service_capabilities::UpdateServiceCapabilities>,
        /// An indication of whether the service will verify the certificate of the server referenced by the `ImageURI` parameter in `SimpleUpdate` prior to sending the transfer request.
        ///
        /// Writable.
        "VerifyRemoteServerCertificate" => verify_remote_server_certificate: bool,
        /// An indication of whether the service will verify the SSH key of the server referenced by the `ImageURI` parameter in `SimpleUpdate` prior to sending the transfer request.
        ///
        /// Writable.
        "VerifyRemoteServerSSHKey" => verify_remote_server_ssh_key: bool,
    }
}

crate::__impl_resource!(UpdateService: "UpdateService", actions);

crate::redfish_struct! {
    /// Parameters of the `Activate` action: This action activates specified software inventory instance.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ActivateRequest {
        /// The target software inventory instances to activate on staged devices.
        ///
        /// Required.
        "Targets" => targets: Vec<crate::Link<crate::software_inventory::SoftwareInventory>> [required],
    }
}

impl ActivateRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Targets"];

    /// Sets `Targets`.
    #[must_use]
    pub fn with_targets(
        mut self,
        value: Vec<crate::Link<crate::software_inventory::SoftwareInventory>>,
    ) -> Self {
        self.targets = Some(value);
        self
    }
}

impl crate::ActionRequest for ActivateRequest {
    type Resource = UpdateService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#UpdateService.Activate";
    const REQUIRED: &'static [&'static str] = &["Targets"];
}

crate::redfish_enum! {
    /// `ApplyTime`.
    pub enum ApplyTime {
        /// Apply immediately.
        Immediate = "Immediate",
        /// Apply on a reset.
        OnReset = "OnReset",
        /// Apply during an administrator-specified maintenance window.
        AtMaintenanceWindowStart = "AtMaintenanceWindowStart",
        /// Apply after a reset but within an administrator-specified maintenance window.
        InMaintenanceWindowOnReset = "InMaintenanceWindowOnReset",
        /// Apply when the `StartUpdate` action of the update service is invoked.
        OnStartUpdateRequest = "OnStartUpdateRequest",
        /// Apply when the target for the software update is reset. Targets include devices, services, and systems.
        OnTargetReset = "OnTargetReset",
    }
}

crate::redfish_struct! {
    /// Parameters of the `GenerateSSHIdentityKeyPair` action: This action generates a new SSH identity key-pair to be used with the `UpdateService` resource. The generated public key is stored in the `Key` resource referenced by the `PublicIdentitySSHKey` property. Any existing key-pair is deleted and replaced by the new key-pair.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct GenerateSSHIdentityKeyPairRequest {
        /// The curve to use with the SSH key if the `KeyType` parameter contains `ECDSA`.
        "Curve" => curve: crate::key::ECDSACurveType,
        /// The length of the SSH key, in bits, if the `KeyType` parameter contains `RSA`.
        "KeyLength" => key_length: i64,
        /// The type of SSH key.
        ///
        /// Required.
        "KeyType" => key_type: crate::key::SSHKeyType [required],
    }
}

impl GenerateSSHIdentityKeyPairRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["KeyType"];

    /// Sets `Curve`.
    #[must_use]
    pub fn with_curve(mut self, value: crate::key::ECDSACurveType) -> Self {
        self.curve = Some(value);
        self
    }
    /// Sets `KeyLength`.
    #[must_use]
    pub fn with_key_length(mut self, value: i64) -> Self {
        self.key_length = Some(value);
        self
    }
    /// Sets `KeyType`.
    #[must_use]
    pub fn with_key_type(mut self, value: crate::key::SSHKeyType) -> Self {
        self.key_type = Some(value);
        self
    }
}

impl crate::ActionRequest for GenerateSSHIdentityKeyPairRequest {
    type Resource = UpdateService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#UpdateService.GenerateSSHIdentityKeyPair";
    const REQUIRED: &'static [&'static str] = &["KeyType"];
}

crate::redfish_struct! {
    /// The settings for when to apply `HttpPushUri`-provided software.
    pub struct HttpPushUriApplyTime {
        /// The time when to apply the `HttpPushUri`-provided software update.
        ///
        /// Writable.
        "ApplyTime" => apply_time: crate::update_service::ApplyTime,
        /// The expiry time, in seconds, of the maintenance window.
        ///
        /// Writable. Units: `s`.
        "MaintenanceWindowDurationInSeconds" => maintenance_window_duration_in_seconds: i64,
        /// The start time of a maintenance window.
        ///
        /// Writable.
        "MaintenanceWindowStartTime" => maintenance_window_start_time: crate::DateTime,
    }
}

crate::redfish_struct! {
    /// The settings for `HttpPushUri`-provided software updates.
    pub struct HttpPushUriOptions {
        /// An indication of whether the service should bypass update policies when applying the `HttpPushUri`-provided image.
        ///
        /// Writable.
        "ForceUpdate" => force_update: bool,
        /// The settings for when to apply `HttpPushUri`-provided firmware.
        "HttpPushUriApplyTime" => http_push_uri_apply_time: crate::update_service::HttpPushUriApplyTime,
    }
}

crate::redfish_struct! {
    /// Parameters of the `RemoveSSHIdentityKeyPair` action: This action removes the SSH identity key-pair used with the `UpdateService` resource.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct RemoveSSHIdentityKeyPairRequest {
    }
}

impl RemoveSSHIdentityKeyPairRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for RemoveSSHIdentityKeyPairRequest {
    type Resource = UpdateService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#UpdateService.RemoveSSHIdentityKeyPair";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `SimpleUpdate` action: This action updates software components.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SimpleUpdateRequest {
        /// An array of URIs that indicate where not to apply the update image.
        "ExcludeTargets" => exclude_targets: Vec<String>,
        /// An indication of whether the service should bypass update policies when applying the provided image. The default is `false`.
        "ForceUpdate" => force_update: bool,
        /// The URI of the software image to install.
        ///
        /// Required.
        "ImageURI" => image_uri: String [required],
        /// An indication of whether the service adds the image to the local image store.
        "LocalImage" => local_image: bool,
        /// The password to access the URI specified by the `ImageURI` parameter.
        "Password" => password: String [secret],
        /// An indication of whether the service stages the image on target devices for a client to activate at a later time.
        "Stage" => stage: bool,
        /// An array of URIs that indicate where to apply the update image.
        "Targets" => targets: Vec<String>,
        /// The network protocol that the update service uses to retrieve the software image file located at the URI specified by the `ImageURI` parameter. This parameter is ignored if the URI provided in `ImageURI` contains a scheme.
        "TransferProtocol" => transfer_protocol: crate::common::TransferProtocolType,
        /// The username to access the URI specified by the `ImageURI` parameter.
        "Username" => username: String,
    }
}

impl SimpleUpdateRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["ImageURI"];

    /// Sets `ExcludeTargets`.
    #[must_use]
    pub fn with_exclude_targets(mut self, value: Vec<String>) -> Self {
        self.exclude_targets = Some(value);
        self
    }
    /// Sets `ForceUpdate`.
    #[must_use]
    pub fn with_force_update(mut self, value: bool) -> Self {
        self.force_update = Some(value);
        self
    }
    /// Sets `ImageURI`.
    #[must_use]
    pub fn with_image_uri(mut self, value: impl Into<String>) -> Self {
        self.image_uri = Some(value.into());
        self
    }
    /// Sets `LocalImage`.
    #[must_use]
    pub fn with_local_image(mut self, value: bool) -> Self {
        self.local_image = Some(value);
        self
    }
    /// Sets `Password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
    /// Sets `Stage`.
    #[must_use]
    pub fn with_stage(mut self, value: bool) -> Self {
        self.stage = Some(value);
        self
    }
    /// Sets `Targets`.
    #[must_use]
    pub fn with_targets(mut self, value: Vec<String>) -> Self {
        self.targets = Some(value);
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

impl crate::ActionRequest for SimpleUpdateRequest {
    type Resource = UpdateService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#UpdateService.SimpleUpdate";
    const REQUIRED: &'static [&'static str] = &["ImageURI"];
}

crate::redfish_struct! {
    /// Parameters of the `StartUpdate` action: This action starts updating all images that have been previously invoked using an `OperationApplyTime` value of `OnStartUpdateRequest`.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct StartUpdateRequest {
    }
}

impl StartUpdateRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for StartUpdateRequest {
    type Resource = UpdateService;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#UpdateService.StartUpdate";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_enum! {
    /// `SupportedUpdateImageFormatType`.
    pub enum SupportedUpdateImageFormatType {
        /// A PLDM for Firmware Update Specification v1.0 image.
        PLDMv10 = "PLDMv1_0",
        /// A PLDM for Firmware Update Specification v1.1 image.
        PLDMv11 = "PLDMv1_1",
        /// A PLDM for Firmware Update Specification v1.2 image.
        PLDMv12 = "PLDMv1_2",
        /// A PLDM for Firmware Update Specification v1.3 image.
        PLDMv13 = "PLDMv1_3",
        /// The image conforms to the capsule format described in the UEFI Specification.
        UEFICapsule = "UEFICapsule",
        /// A vendor-defined image.
        VendorDefined = "VendorDefined",
    }
}

pub use crate::common::TransferProtocolType;

crate::redfish_struct! {
    /// The update parameters used with `MultipartHttpPushUri` software update.
    pub struct UpdateParameters {
        /// An array of URIs that indicate where not to apply the update image.
        ///
        /// Writable.
        "ExcludeTargets" => exclude_targets: Vec<String>,
        /// An indication of whether the service should bypass update policies when applying the provided image. The default is `false`.
        ///
        /// Writable.
        "ForceUpdate" => force_update: bool,
        /// An indication of whether the service adds the image to the local image store.
        ///
        /// Writable.
        "LocalImage" => local_image: bool,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An indication of whether the service stages the image on target devices for a client to activate at a later time.
        ///
        /// Writable.
        "Stage" => stage: bool,
        /// An array of URIs that indicate where to apply the update image.
        ///
        /// Writable.
        "Targets" => targets: Vec<Option<String>>,
    }
}
