//! `Bios`: The `Bios` schema contains properties related to the BIOS attribute registry. The attribute registry describes the system-specific BIOS attributes and actions for changing to BIOS settings. Changes to the BIOS typically require a system reset before they take effect. It is likely that a client finds the `@Redfish.Settings` term in this resource, and if it is found, the client makes requests to change BIOS settings by modifying the resource identified by the `@Redfish.Settings` term.
//!
//! Generated from the DMTF Redfish schema `Bios.v1_2_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `bios` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Bios` schema contains properties related to the BIOS attribute registry. The attribute registry describes the system-specific BIOS attributes and actions for changing to BIOS settings. Changes to the BIOS typically require a system reset before they take effect. It is likely that a client finds the `@Redfish.Settings` term in this resource, and if it is found, the client makes requests to change BIOS settings by modifying the resource identified by the `@Redfish.Settings` term.
    ///
    /// DMTF schema `Bios` v1_2_3 (Redfish 2025.4).
    pub struct Bios {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The resource ID of the attribute registry that has the system-specific information about a BIOS resource.
        ///
        /// Read-only.
        "AttributeRegistry" => attribute_registry: String,
        /// The list of BIOS attributes specific to the manufacturer or provider.
        "Attributes" => attributes: crate::bios::Attributes,
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The links to other resources that are related to this resource.
        "Links" => links: crate::bios::Links,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An indication of whether there is a pending request to reset the BIOS attributes to default values.
        ///
        /// Read-only.
        "ResetBiosToDefaultsPending" => reset_bios_to_defaults_pending: bool,
    }
}

crate::__impl_resource!(Bios: "Bios", actions);

/// The list of BIOS attributes and their values as determined by the manufacturer or provider.
pub type Attributes = serde_json::Map<String, serde_json::Value>;

crate::redfish_struct! {
    /// Parameters of the `ChangePassword` action: This action changes a BIOS password.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ChangePasswordRequest {
        /// The new BIOS password.
        ///
        /// Required.
        "NewPassword" => new_password: String [secret, required],
        /// The existing BIOS password.
        ///
        /// Required.
        "OldPassword" => old_password: String [secret, required],
        /// The name of the BIOS password to change.
        ///
        /// Required.
        "PasswordName" => password_name: String [secret, required],
    }
}

impl ChangePasswordRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["NewPassword", "OldPassword", "PasswordName"];

    /// Sets `NewPassword`.
    #[must_use]
    pub fn with_new_password(mut self, value: impl Into<String>) -> Self {
        self.new_password = Some(value.into());
        self
    }
    /// Sets `OldPassword`.
    #[must_use]
    pub fn with_old_password(mut self, value: impl Into<String>) -> Self {
        self.old_password = Some(value.into());
        self
    }
    /// Sets `PasswordName`.
    #[must_use]
    pub fn with_password_name(mut self, value: impl Into<String>) -> Self {
        self.password_name = Some(value.into());
        self
    }
}

impl crate::ActionRequest for ChangePasswordRequest {
    type Resource = Bios;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Bios.ChangePassword";
    const REQUIRED: &'static [&'static str] = &["NewPassword", "OldPassword", "PasswordName"];
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The link to the software inventory that represents the active BIOS firmware image.
        ///
        /// Writable.
        "ActiveSoftwareImage" => active_software_image: crate::Link<crate::software_inventory::SoftwareInventory>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The images that are associated with this BIOS.
        ///
        /// Read-only.
        "SoftwareImages" => software_images: Vec<crate::Link<crate::software_inventory::SoftwareInventory>>,
        "SoftwareImages@odata.count" => software_images_count: u64,
    }
}

crate::redfish_struct! {
    /// Parameters of the `ResetBios` action: This action resets the BIOS attributes to default.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetBiosRequest {
    }
}

impl ResetBiosRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for ResetBiosRequest {
    type Resource = Bios;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Bios.ResetBios";
    const REQUIRED: &'static [&'static str] = &[];
}
