//! `AggregationSource`: The `AggregationSource` schema is used to represent the source of information for a subset of the resources provided by a Redfish service. It can be thought of as a provider of information. As such, most such interfaces have requirements to support the gathering of information like address and account used to access the information.
//!
//! Generated from the DMTF Redfish schema `AggregationSource.v1_5_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `aggregation_source` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `AggregationSource` schema is used to represent the source of information for a subset of the resources provided by a Redfish service. It can be thought of as a provider of information. As such, most such interfaces have requirements to support the gathering of information like address and account used to access the information.
    ///
    /// DMTF schema `AggregationSource` v1_5_0 (Redfish 2025.4).
    pub struct AggregationSource {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The type of aggregation used towards the aggregation source.
        ///
        /// Writable.
        "AggregationType" => aggregation_type: crate::aggregation_source::AggregationType,
        /// Read-only.
        "Description" => description: String,
        /// The URI of the system to be accessed.
        ///
        /// Writable.
        "HostName" => host_name: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::aggregation_source::Links,
        /// The Modbus identifier of this aggregation source.
        ///
        /// Writable.
        "ModbusTargetServerId" => modbus_target_server_id: i64,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The password for accessing the aggregation source. The value is `null` in responses.
        ///
        /// Writable.
        "Password" => password: String [secret],
        /// The network port.
        ///
        /// Writable.
        "Port" => port: i64,
        /// SNMP settings of the aggregation source.
        "SNMP" => snmp: crate::aggregation_source::SNMPSettings,
        /// Settings for an aggregation source using SSH as part of the associated connection method.
        "SSHSettings" => ssh_settings: crate::aggregation_source::SSHSettingsType,
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The username for accessing the aggregation source.
        ///
        /// Writable.
        "UserName" => user_name: String,
    }
}

crate::__impl_resource!(AggregationSource: "AggregationSource", actions);

crate::redfish_enum! {
    /// `AggregationType`.
    pub enum AggregationType {
        /// Only notifications are aggregated.
        NotificationsOnly = "NotificationsOnly",
        /// Full aggregation according to connection method.
        Full = "Full",
    }
}

crate::redfish_struct! {
    /// Parameters of the `GenerateSSHIdentityKeyPair` action: This action generates a new SSH identity key-pair to be used with this aggregation source. The generated public key is stored in the `Key` resource referenced by the `PublicIdentityKey` property in `SSHSettings`. Any existing key-pair is deleted and replaced by the new key-pair.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct GenerateSSHIdentityKeyPairRequest {
        /// The curve to use with the SSH key if the KeyType parameter contains `ECDSA`.
        "Curve" => curve: crate::key::ECDSACurveType,
        /// The length of the SSH key, in bits, if the KeyType parameter contains `RSA`.
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
    type Resource = AggregationSource;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#AggregationSource.GenerateSSHIdentityKeyPair";
    const REQUIRED: &'static [&'static str] = &["KeyType"];
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// A link to the connection method used to contact this aggregation source.
        ///
        /// Read-only.
        "ConnectionMethod" => connection_method: crate::Link<crate::connection_method::ConnectionMethod>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array links to the resources added to the service through this aggregation source. It is recommended that this be the minimal number of properties needed to find the resources that would be lost when the aggregation source is deleted.
        ///
        /// Read-only.
        "ResourcesAccessed" => resources_accessed: Vec<crate::Link>,
        "ResourcesAccessed@odata.count" => resources_accessed_count: u64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `RemoveSSHIdentityKeyPair` action: This action removes the SSH identity key-pair used with this aggregation source.
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
    type Resource = AggregationSource;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#AggregationSource.RemoveSSHIdentityKeyPair";
    const REQUIRED: &'static [&'static str] = &[];
}

pub use crate::common::SNMPAuthenticationProtocols;

pub use crate::common::SNMPEncryptionProtocols;

crate::redfish_struct! {
    /// Settings for an SNMP aggregation source.
    pub struct SNMPSettings {
        /// The secret authentication key for SNMPv3.
        ///
        /// Writable.
        "AuthenticationKey" => authentication_key: String,
        /// Indicates if the `AuthenticationKey` property is set.
        ///
        /// Read-only.
        "AuthenticationKeySet" => authentication_key_set: bool,
        /// The authentication protocol for SNMPv3.
        ///
        /// Writable.
        "AuthenticationProtocol" => authentication_protocol: crate::common::SNMPAuthenticationProtocols,
        /// The secret authentication key for SNMPv3.
        ///
        /// Writable.
        "EncryptionKey" => encryption_key: String,
        /// Indicates if the `EncryptionKey` property is set.
        ///
        /// Read-only.
        "EncryptionKeySet" => encryption_key_set: bool,
        /// The encryption protocol for SNMPv3.
        ///
        /// Writable.
        "EncryptionProtocol" => encryption_protocol: crate::common::SNMPEncryptionProtocols,
        /// The SNMP trap community string.
        ///
        /// Writable.
        "TrapCommunity" => trap_community: String,
    }
}

crate::redfish_struct! {
    /// Settings for an aggregation source using SSH as part of the associated connection method.
    pub struct SSHSettingsType {
        /// A link to the last public host key presented by the remote service corresponding to the aggregation source. A client that trusts this public host key can add the public host key to the TrustedPublicHostKeys collection to allow SSH communication with the aggregation source.
        ///
        /// Read-only.
        "PresentedPublicHostKey" => presented_public_host_key: crate::Link<crate::key::Key>,
        /// The date and time when the key referenced by the `PresentedPublicHostKey` property was last updated.
        ///
        /// Read-only.
        "PresentedPublicHostKeyTimestamp" => presented_public_host_key_timestamp: crate::DateTime,
        /// A link to the public key that is used with the aggregation source when the authentication method is configured to use a public key. The GenerateSSHIdentityKeyPair and RemoveSSHIdentityKeyPair are used to update the key for this aggregation source.
        ///
        /// Read-only.
        "PublicIdentityKey" => public_identity_key: crate::Link<crate::key::Key>,
        /// A link to the trusted public host keys of the remote service corresponding to the aggregation source. These trusted public host keys are used for authentication of the remote service with SSH. An SSH public host key of the remote service can be added to this collection to allow for public key-based SSH authentication.
        ///
        /// Read-only.
        "TrustedPublicHostKeys" => trusted_public_host_keys: crate::Link<crate::Collection<crate::key::Key>>,
        /// The client user authentication method.
        ///
        /// Writable.
        "UserAuthenticationMethod" => user_authentication_method: crate::aggregation_source::UserAuthenticationMethod,
    }
}

crate::redfish_enum! {
    /// `UserAuthenticationMethod`.
    pub enum UserAuthenticationMethod {
        /// SSH user authentication with a public key.
        PublicKey = "PublicKey",
        /// SSH user authentication with a password.
        Password = "Password",
    }
}
