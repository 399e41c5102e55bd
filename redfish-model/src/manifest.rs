//! `Manifest`: This type describes a manifest containing a set of requests to be fulfilled. The manifest contains a set of stanzas, where each stanza describes a single request.
//!
//! Generated from the DMTF Redfish schema `Manifest.v1_1_2.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `manifest` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// This type describes a manifest containing a set of requests to be fulfilled. The manifest contains a set of stanzas, where each stanza describes a single request.
    pub struct Manifest {
        /// The description of this manifest.
        ///
        /// Writable.
        "Description" => description: String,
        /// The expansion control for references in manifest responses, similar to the `$expand=.` query parameter.
        ///
        /// Writable.
        "Expand" => expand: crate::manifest::Expand,
        /// An array of stanzas that describe the requests specified by this manifest.
        "Stanzas" => stanzas: Vec<Option<crate::manifest::Stanza>>,
        /// The date and time when the manifest was created.
        ///
        /// Writable.
        "Timestamp" => timestamp: crate::DateTime,
    }
}

crate::redfish_enum! {
    /// `Expand`.
    pub enum Expand {
        /// Do not expand any references.
        None = "None",
        /// Expand all subordinate references.
        All = "All",
        /// Expand relevant subordinate references. Relevant references are those that are tied to a constrained composition request, such as a request for a quantity of processors.
        Relevant = "Relevant",
    }
}

/// The content of the request for the stanza.
pub type Request = serde_json::Map<String, serde_json::Value>;

/// The content of the response for the stanza.
pub type Response = serde_json::Map<String, serde_json::Value>;

crate::redfish_struct! {
    /// A stanza contains properties that describe a request to be fulfilled within a manifest.
    pub struct Stanza {
        /// The OEM-defined type of stanza.
        ///
        /// Writable.
        "OEMStanzaType" => oem_stanza_type: String,
        /// The request details for the stanza.
        "Request" => request: crate::manifest::Request,
        /// The response details for the stanza.
        "Response" => response: crate::manifest::Response,
        /// The identifier of the stanza. This is a unique identifier specified by the client and is not used by the service.
        ///
        /// Writable.
        "StanzaId" => stanza_id: String,
        /// The type of stanza.
        ///
        /// Writable.
        "StanzaType" => stanza_type: crate::manifest::StanzaType,
    }
}

crate::redfish_enum! {
    /// `StanzaType`.
    pub enum StanzaType {
        /// A stanza that describes the desired end state for computer system composition operation. The resources consumed by the composed computer system are moved to the active pool.
        ComposeSystem = "ComposeSystem",
        /// A stanza that references a computer system to decompose and return resources to the free pool.
        DecomposeSystem = "DecomposeSystem",
        /// A stanza that describes the desired end state for a composed resource block. The resources consumed by the composed resource block are moved to the active pool.
        ComposeResource = "ComposeResource",
        /// A stanza that references a composed resource block to decompose and return resources to the free pool.
        DecomposeResource = "DecomposeResource",
        /// A stanza that describes an OEM-specific request.
        OEM = "OEM",
        /// A stanza that references a resource, such as a computer system, in order to create a resource block that references the resource and add it to the free pool.
        RegisterResourceBlock = "RegisterResourceBlock",
    }
}
