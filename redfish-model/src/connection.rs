//! `Connection`: The `Connection` schema describes the access permissions that endpoints, or groups of endpoints, have with other resources in the service.
//!
//! Generated from the DMTF Redfish schema `Connection.v1_4_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `connection` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Connection` schema describes the access permissions that endpoints, or groups of endpoints, have with other resources in the service.
    ///
    /// DMTF schema `Connection` v1_4_0 (Redfish 2025.4).
    pub struct Connection {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The permission keys required to access the specified resources for this connection.
        "ConnectionKeys" => connection_keys: crate::connection::ConnectionKey,
        /// The type of resources this connection specifies.
        ///
        /// Read-only.
        "ConnectionType" => connection_type: crate::connection::ConnectionType,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::connection::Links,
        /// The set of memory chunks and access capabilities specified for this connection.
        "MemoryChunkInfo" => memory_chunk_info: Vec<crate::connection::MemoryChunkInfo>,
        /// The set of memory regions and access capabilities specified for this connection.
        "MemoryRegionInfo" => memory_region_info: Vec<crate::connection::MemoryRegionInfo>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The set of volumes and access capabilities specified for this connection.
        "VolumeInfo" => volume_info: Vec<Option<crate::connection::VolumeInfo>>,
    }
}

crate::__impl_resource!(Connection: "Connection", actions);

crate::redfish_enum! {
    /// `AccessCapability`.
    pub enum AccessCapability {
        /// Endpoints are allowed to perform reads from the specified resource.
        Read = "Read",
        /// Endpoints are allowed to perform writes to the specified resource.
        Write = "Write",
    }
}

pub use crate::common::AccessState;

crate::redfish_struct! {
    /// Parameters of the `AddVolumeInfo` action: This action adds a volume to the connection. Volumes are added to the `VolumeInfo` property.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct AddVolumeInfoRequest {
        /// The supported I/O access capabilities to assign to the volume. Clients are required to provide either `LUN`, `AccessCapabilities`, or both.
        "AccessCapabilities" => access_capabilities: Vec<crate::connection::AccessCapability>,
        /// The initiator-visible logical unit number (LUN) to assign to the volume. Clients are required to provide either `LUN`, `AccessCapabilities`, or both.
        "LUN" => lun: i64,
        /// The volume to add.
        ///
        /// Required.
        "Volume" => volume: crate::Link<crate::volume::Volume> [required],
    }
}

impl AddVolumeInfoRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Volume"];

    /// Sets `AccessCapabilities`.
    #[must_use]
    pub fn with_access_capabilities(
        mut self,
        value: Vec<crate::connection::AccessCapability>,
    ) -> Self {
        self.access_capabilities = Some(value);
        self
    }
    /// Sets `LUN`.
    #[must_use]
    pub fn with_lun(mut self, value: i64) -> Self {
        self.lun = Some(value);
        self
    }
    /// Sets `Volume`.
    #[must_use]
    pub fn with_volume(mut self, value: crate::Link<crate::volume::Volume>) -> Self {
        self.volume = Some(value);
        self
    }
}

impl crate::ActionRequest for AddVolumeInfoRequest {
    type Resource = Connection;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Connection.AddVolumeInfo";
    const REQUIRED: &'static [&'static str] = &["Volume"];
}

crate::redfish_struct! {
    /// The CHAP-specific permission key information for a connection.
    pub struct CHAPConnectionKey {
        /// The password for CHAP authentication. The value is `null` in responses.
        ///
        /// Writable.
        "CHAPPassword" => chap_password: String [secret],
        /// The username for CHAP authentication.
        ///
        /// Writable.
        "CHAPUsername" => chap_username: String,
        /// The initiator shared secret for mutual (2-way) CHAP authentication. The value is `null` in responses.
        ///
        /// Writable.
        "InitiatorCHAPPassword" => initiator_chap_password: String [secret],
        /// The initiator username for mutual (2-way) CHAP authentication.
        ///
        /// Writable.
        "InitiatorCHAPUsername" => initiator_chap_username: String,
        /// The target shared secret for mutual (2-way) CHAP authentication. The value is `null` in responses.
        ///
        /// Writable.
        "TargetCHAPPassword" => target_chap_password: String [secret],
    }
}

crate::redfish_struct! {
    /// The permission key information required to access the target resources for a connection.
    pub struct ConnectionKey {
        /// The CHAP-specific permission key information for this connection.
        "CHAP" => chap: crate::connection::CHAPConnectionKey,
        /// The DHCHAP-specific permission key information for this connection.
        "DHCHAP" => dhchap: crate::connection::DHCHAPKey,
        /// The Gen-Z-specific permission key information for this connection.
        "GenZ" => gen_z: crate::connection::GenZConnectionKey,
    }
}

crate::redfish_enum! {
    /// `ConnectionType`.
    pub enum ConnectionType {
        /// A connection to storage-related resources, such as volumes.
        Storage = "Storage",
        /// A connection to memory-related resources.
        Memory = "Memory",
    }
}

crate::redfish_struct! {
    /// The DHCHAP-specific permission key information for this connection.
    pub struct DHCHAPKey {
        /// The local DHCHAP authentication secret. The value is `null` in responses.
        ///
        /// Writable.
        "LocalDHCHAPAuthSecret" => local_dhchap_auth_secret: String [secret],
        /// The peer DHCHAP authentication secret. The value is `null` in responses.
        ///
        /// Writable.
        "PeerDHCHAPAuthSecret" => peer_dhchap_auth_secret: String [secret],
    }
}

crate::redfish_struct! {
    /// The Gen-Z-specific permission key information for a connection.
    pub struct GenZConnectionKey {
        /// The Access Key for this connection.
        ///
        /// Writable.
        "AccessKey" => access_key: String,
        /// Indicates whether Region Key domain checking is enabled for this connection.
        ///
        /// Writable.
        "RKeyDomainCheckingEnabled" => r_key_domain_checking_enabled: bool,
        /// The read-only Region Key for this connection.
        ///
        /// Writable.
        "RKeyReadOnlyKey" => r_key_read_only_key: String,
        /// The read-write Region Key for this connection.
        ///
        /// Writable.
        "RKeyReadWriteKey" => r_key_read_write_key: String,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// An array of links to the initiator endpoint groups that are associated with this connection.
        ///
        /// Writable.
        "InitiatorEndpointGroups" => initiator_endpoint_groups: Vec<crate::Link<crate::endpoint_group::EndpointGroup>>,
        "InitiatorEndpointGroups@odata.count" => initiator_endpoint_groups_count: u64,
        /// An array of links to the initiator endpoints that are associated with this connection.
        ///
        /// Writable.
        "InitiatorEndpoints" => initiator_endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "InitiatorEndpoints@odata.count" => initiator_endpoints_count: u64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to the target endpoint groups that are associated with this connection.
        ///
        /// Writable.
        "TargetEndpointGroups" => target_endpoint_groups: Vec<crate::Link<crate::endpoint_group::EndpointGroup>>,
        "TargetEndpointGroups@odata.count" => target_endpoint_groups_count: u64,
        /// An array of links to the target endpoints that are associated with this connection.
        ///
        /// Writable.
        "TargetEndpoints" => target_endpoints: Vec<crate::Link<crate::endpoint::Endpoint>>,
        "TargetEndpoints@odata.count" => target_endpoints_count: u64,
    }
}

crate::redfish_struct! {
    /// The combination of permissions and memory chunk information.
    pub struct MemoryChunkInfo {
        /// Supported I/O access capabilities.
        ///
        /// Writable.
        "AccessCapabilities" => access_capabilities: Vec<Option<crate::connection::AccessCapability>>,
        /// The access state for this connection.
        ///
        /// Writable.
        "AccessState" => access_state: crate::common::AccessState,
        /// The specified memory chunk.
        ///
        /// Writable.
        "MemoryChunk" => memory_chunk: crate::Link<crate::memory_chunks::MemoryChunks>,
    }
}

crate::redfish_struct! {
    /// The combination of permissions and memory region information.
    pub struct MemoryRegionInfo {
        /// Supported I/O access capabilities.
        ///
        /// Writable.
        "AccessCapabilities" => access_capabilities: Vec<Option<crate::connection::AccessCapability>>,
        /// The access state for this connection.
        ///
        /// Writable.
        "AccessState" => access_state: crate::common::AccessState,
        /// The specified memory region.
        ///
        /// Writable.
        "MemoryRegion" => memory_region: crate::Link<crate::memory_region::MemoryRegion>,
    }
}

crate::redfish_struct! {
    /// Parameters of the `RemoveVolumeInfo` action: This action removes a volume from the connection. Volumes are removed from the `VolumeInfo` property.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct RemoveVolumeInfoRequest {
        /// The initiator-visible logical unit number (LUN) assigned to the volume to remove.
        "LUN" => lun: i64,
        /// The volume to remove.
        ///
        /// Required.
        "Volume" => volume: crate::Link<crate::volume::Volume> [required],
    }
}

impl RemoveVolumeInfoRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Volume"];

    /// Sets `LUN`.
    #[must_use]
    pub fn with_lun(mut self, value: i64) -> Self {
        self.lun = Some(value);
        self
    }
    /// Sets `Volume`.
    #[must_use]
    pub fn with_volume(mut self, value: crate::Link<crate::volume::Volume>) -> Self {
        self.volume = Some(value);
        self
    }
}

impl crate::ActionRequest for RemoveVolumeInfoRequest {
    type Resource = Connection;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Connection.RemoveVolumeInfo";
    const REQUIRED: &'static [&'static str] = &["Volume"];
}

crate::redfish_struct! {
    /// The combination of permissions and volume information.
    pub struct VolumeInfo {
        /// Supported I/O access capabilities.
        ///
        /// Writable.
        "AccessCapabilities" => access_capabilities: Vec<Option<crate::connection::AccessCapability>>,
        /// The access state for this connection.
        ///
        /// Writable.
        "AccessState" => access_state: crate::common::AccessState,
        /// The initiator-visible logical unit number (LUN) assigned to this volume.
        ///
        /// Writable.
        "LUN" => lun: i64,
        /// The specified volume.
        ///
        /// Writable.
        "Volume" => volume: crate::Link<crate::volume::Volume>,
    }
}
