//! `MessageRegistry`: The `MessageRegistry` schema describes all message registries. It represents the properties for the message registries themselves.
//!
//! Generated from the DMTF Redfish schema `MessageRegistry.v1_7_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `MessageRegistry` schema describes all message registries. It represents the properties for the message registries themselves.
    ///
    /// DMTF schema `MessageRegistry` v1_7_0 (Redfish 2025.4).
    pub struct MessageRegistry {
        /// The OData context URL (sent by many services, deprecated by Redfish).
        "@odata.context" => odata_context: String,
        /// The entity tag of this representation.
        "@odata.etag" => odata_etag: crate::ETag,
        /// The URI of this resource.
        "@odata.id" => odata_id: crate::ODataId,
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The RFC5646-conformant language code for the message registry.
        ///
        /// Read-only. Required.
        "Language" => language: String [required],
        /// The message keys contained in the message registry.
        ///
        /// Required.
        "Messages" => messages: crate::message_registry::MessageProperty [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The organization or company that publishes this message registry.
        ///
        /// Read-only. Required.
        "OwningEntity" => owning_entity: String [required],
        /// The single-word prefix that is used in forming and decoding `MessageId` values.
        ///
        /// Read-only. Required.
        "RegistryPrefix" => registry_prefix: String [required],
        /// The message registry version in the middle portion of a `MessageId`.
        ///
        /// Read-only. Required.
        "RegistryVersion" => registry_version: String [required],
        /// The release bundle that first included this version of the message registry.
        ///
        /// Read-only.
        "Release" => release: String,
    }
}

crate::__impl_resource!(MessageRegistry: "MessageRegistry", actions);

crate::redfish_struct! {
    /// The clearing logic associated with a message. The properties within indicate the events, specified by message keys for other messages in this registry, that are cleared by a message with optional conditions.
    pub struct ClearingLogic {
        /// Indicates whether all logged events containing messages from this message registry are cleared when this message is received. If conditional properties are present, such as the `ClearsIf` property, the specified conditions shall be required to clear the logged events.
        ///
        /// Read-only.
        "ClearsAll" => clears_all: bool,
        /// The condition required to clear the logged events specified by other properties in this object when this message is received.
        ///
        /// Read-only.
        "ClearsIf" => clears_if: crate::message_registry::ClearingType,
        /// An array of message keys for logged events that are cleared when this message is received. If conditional properties are present, such as the `ClearsIf` property, the specified conditions are required to clear the logged events with these message keys.
        ///
        /// Read-only.
        "ClearsMessage" => clears_message: Vec<Option<String>>,
    }
}

crate::redfish_enum! {
    /// `ClearingType`.
    pub enum ClearingType {
        /// Indicates that a logged event is cleared by a message if the `OriginOfCondition` for both events are the same.
        SameOriginOfCondition = "SameOriginOfCondition",
    }
}

crate::redfish_struct! {
    /// This type represents how a message is defined within the message registry.
    pub struct Message {
        /// The `MessageArgs` descriptions, in order, used for this message.
        ///
        /// Read-only.
        "ArgDescriptions" => arg_descriptions: Vec<Option<String>>,
        /// The `MessageArgs` normative descriptions, in order, used for this message.
        ///
        /// Read-only.
        "ArgLongDescriptions" => arg_long_descriptions: Vec<Option<String>>,
        /// The clearing logic associated with this message. The properties within indicate the events, specified by message keys for other messages in this registry, that are cleared by this message with optional conditions.
        "ClearingLogic" => clearing_logic: crate::message_registry::ClearingLogic,
        /// The reason the message has been deprecated.
        ///
        /// Read-only.
        "Deprecated" => deprecated: String,
        /// A short description of how and when to use this message.
        ///
        /// Read-only. Required.
        "Description" => description: String [required],
        /// The normative language that describes this message's usage.
        ///
        /// Read-only.
        "LongDescription" => long_description: String,
        /// The general or less-specific messages related to this message.
        ///
        /// Read-only.
        "MapsToGeneralMessages" => maps_to_general_messages: Vec<Option<String>>,
        /// The actual message.
        ///
        /// Read-only. Required.
        "Message" => message: String [required],
        /// The severity of the message.
        ///
        /// Read-only. Required.
        "MessageSeverity" => message_severity: crate::resource::Health [required],
        /// The number of arguments in the message.
        ///
        /// Read-only. Required.
        "NumberOfArgs" => number_of_args: i64 [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The data types of the message arguments, prior to conversion to strings for inclusion in a message.
        ///
        /// Read-only.
        "ParamTypes" => param_types: Vec<crate::message_registry::ParamType>,
        /// The message identifier that replaces this message.
        ///
        /// Read-only.
        "ReplacedBy" => replaced_by: String,
        /// Used to provide suggestions on how to resolve the situation that caused the error.
        ///
        /// Read-only. Required.
        "Resolution" => resolution: String [required],
        /// The severity of the message.
        ///
        /// Read-only. Required. Deprecated: This property has been deprecated in favor of `MessageSeverity`, which ties the values to the enumerations defined for the `Health` property within `Status`.
        "Severity" => severity: String [required],
        /// The registry version which added this message.
        ///
        /// Read-only.
        "VersionAdded" => version_added: String,
        /// The registry version when the message was deprecated.
        ///
        /// Read-only.
        "VersionDeprecated" => version_deprecated: String,
    }
}

/// The message keys contained in the message registry.
pub type MessageProperty = serde_json::Map<String, serde_json::Value>;

crate::redfish_enum! {
    /// `ParamType`.
    pub enum ParamType {
        /// The argument is a string.
        String = "string",
        /// The argument is a number converted to a string.
        Number = "number",
    }
}
