//! `CollectionCapabilities`: This type describes the capabilities of a collection.
//!
//! Generated from the DMTF Redfish schema `CollectionCapabilities.v1_4_1.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `collection_capabilities` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// This type describes the capabilities of a collection.
    pub struct CollectionCapabilities {
        /// The list of capabilities supported by this resource.
        "Capabilities" => capabilities: Vec<crate::collection_capabilities::Capability>,
        /// The maximum number of members allowed in this collection.
        ///
        /// Read-only.
        "MaxMembers" => max_members: i64,
    }
}

crate::redfish_struct! {
    /// This type describes a capability of a collection for a specific use case.
    pub struct Capability {
        /// The link to the resource the client can issue a `GET` request against to understand how to form a `POST` request for a collection.
        ///
        /// Read-only. Required.
        "CapabilitiesObject" => capabilities_object: crate::Link [required],
        /// The links to other resources that are related to this resource.
        ///
        /// Required.
        "Links" => links: crate::collection_capabilities::Links [required],
        /// The use case in which a client can issue a `POST` request to the collection.
        ///
        /// Read-only. Required.
        "UseCase" => use_case: crate::collection_capabilities::UseCase [required],
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An array of links to resources associated with this capability.
        ///
        /// Read-only.
        "RelatedItem" => related_item: Vec<crate::Link>,
        "RelatedItem@odata.count" => related_item_count: u64,
        /// The link to the collection that this capabilities structure is describing.
        ///
        /// Read-only. Required.
        "TargetCollection" => target_collection: crate::Link [required],
    }
}

crate::redfish_enum! {
    /// `UseCase`.
    pub enum UseCase {
        /// This capability describes a client creating a new computer system resource from a set of disaggregated hardware.
        ComputerSystemComposition = "ComputerSystemComposition",
        /// This capability describes a client creating a new computer system resource from a set of constraints.
        ComputerSystemConstrainedComposition = "ComputerSystemConstrainedComposition",
        /// This capability describes a client creating a new volume resource as part of an existing storage subsystem.
        VolumeCreation = "VolumeCreation",
        /// This capability describes a client creating a new resource block from a set of other resource blocks.
        ResourceBlockComposition = "ResourceBlockComposition",
        /// This capability describes a client creating a new resource block from a set of constraints.
        ResourceBlockConstrainedComposition = "ResourceBlockConstrainedComposition",
        /// This capability describes a client creating a new resource block from an existing computer system to enable it to be used by the composition service.
        RegisterResourceBlock = "RegisterResourceBlock",
    }
}
