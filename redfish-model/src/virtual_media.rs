//! `VirtualMedia`: The `VirtualMedia` schema contains properties related to the monitor and control of an instance of virtual media, such as a remote CD, DVD, or USB device. A manager for a system or device provides virtual media functionality.
//!
//! Generated from the DMTF Redfish schema `VirtualMedia.v1_6_5.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `virtual_media` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `VirtualMedia` schema contains properties related to the monitor and control of an instance of virtual media, such as a remote CD, DVD, or USB device. A manager for a system or device provides virtual media functionality.
    ///
    /// DMTF schema `VirtualMedia` v1_6_5 (Redfish 2025.4).
    pub struct VirtualMedia {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// The link to a collection of server certificates for the server referenced by the `Image` property.
        ///
        /// Read-only.
        "Certificates" => certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The link to a collection of client identity certificates provided to the server referenced by the `Image` property.
        ///
        /// Read-only.
        "ClientCertificates" => client_certificates: crate::Link<crate::Collection<crate::certificate::Certificate>>,
        /// The current virtual media connection method.
        ///
        /// Read-only.
        "ConnectedVia" => connected_via: crate::virtual_media::ConnectedVia,
        /// Read-only.
        "Description" => description: String,
        /// The ejection policy for the virtual media.
        ///
        /// Writable.
        "EjectPolicy" => eject_policy: crate::virtual_media::EjectPolicy,
        /// Timeout value before the virtual media is automatically ejected.
        ///
        /// Writable.
        "EjectTimeout" => eject_timeout: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The URI of the location of the selected image.
        ///
        /// Writable.
        "Image" => image: String,
        /// The current image name.
        ///
        /// Read-only.
        "ImageName" => image_name: String,
        /// An indication of whether the media is mounted and visible to the host system.
        ///
        /// Writable.
        "Inserted" => inserted: bool,
        /// The media types supported as virtual media.
        ///
        /// Read-only.
        "MediaTypes" => media_types: Vec<crate::virtual_media::MediaType>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The password to access the URI specified by the `Image` property. The value is `null` in responses.
        ///
        /// Writable.
        "Password" => password: String [secret],
        /// The status and health of the resource and its subordinate or dependent resources.
        "Status" => status: crate::resource::Status,
        /// The transfer method to use with the image.
        ///
        /// Writable.
        "TransferMethod" => transfer_method: crate::virtual_media::TransferMethod,
        /// The network protocol to use with the URI specified by the `Image` property.
        ///
        /// Writable.
        "TransferProtocolType" => transfer_protocol_type: crate::common::TransferProtocolType,
        /// The username to access the URI specified by the `Image` property.
        ///
        /// Writable.
        "UserName" => user_name: String,
        /// An indication of whether the service will verify the certificate of the server referenced by the `Image` property prior to completing the remote media connection.
        ///
        /// Writable.
        "VerifyCertificate" => verify_certificate: bool,
        /// An indication of whether the media is write-protected.
        ///
        /// Writable.
        "WriteProtected" => write_protected: bool,
    }
}

crate::__impl_resource!(VirtualMedia: "VirtualMedia", actions);

crate::redfish_enum! {
    /// `ConnectedVia`.
    pub enum ConnectedVia {
        /// No current connection.
        NotConnected = "NotConnected",
        /// Connected to a URI location.
        URI = "URI",
        /// Connected to a client application.
        Applet = "Applet",
        /// Connected through an OEM-defined method.
        Oem = "Oem",
    }
}

crate::redfish_struct! {
    /// Parameters of the `EjectMedia` action: This action detaches remote media from virtual media.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct EjectMediaRequest {
    }
}

impl EjectMediaRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for EjectMediaRequest {
    type Resource = VirtualMedia;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#VirtualMedia.EjectMedia";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_enum! {
    /// `EjectPolicy`.
    pub enum EjectPolicy {
        /// The virtual media ejection occurs during a system power or reset event.
        OnPowerOff = "OnPowerOff",
        /// The virtual media ejection occurs when a session is terminated. The session might be outside the Redfish service.
        Session = "Session",
        /// The virtual media ejection occurs when a timer configured by the `EjectTimeout` property expires.
        Timed = "Timed",
        /// The virtual media ejection occurs after the media is used.
        AfterUse = "AfterUse",
        /// The virtual media mount information persists indefinitely.
        Persistent = "Persistent",
    }
}

crate::redfish_struct! {
    /// Parameters of the `InsertMedia` action: This action attaches remote media to virtual media.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct InsertMediaRequest {
        /// The URI of the media to attach to the virtual media.
        ///
        /// Required.
        "Image" => image: String [required],
        /// An indication of whether the image is treated as mounted and visible to the host system upon completion of the action. The default is `true`.
        "Inserted" => inserted: bool,
        /// The password to access the URI specified by the `Image` parameter.
        "Password" => password: String [secret],
        /// The transfer method to use with the image.
        "TransferMethod" => transfer_method: crate::virtual_media::TransferMethod,
        /// The network protocol to use with the URI specified by the `Image` parameter.
        "TransferProtocolType" => transfer_protocol_type: crate::common::TransferProtocolType,
        /// The username to access the URI specified by the `Image` parameter.
        "UserName" => user_name: String,
        /// An indication of whether the remote media is treated as write-protected. The default is `true`.
        "WriteProtected" => write_protected: bool,
    }
}

impl InsertMediaRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Image"];

    /// Sets `Image`.
    #[must_use]
    pub fn with_image(mut self, value: impl Into<String>) -> Self {
        self.image = Some(value.into());
        self
    }
    /// Sets `Inserted`.
    #[must_use]
    pub fn with_inserted(mut self, value: bool) -> Self {
        self.inserted = Some(value);
        self
    }
    /// Sets `Password`.
    #[must_use]
    pub fn with_password(mut self, value: impl Into<String>) -> Self {
        self.password = Some(value.into());
        self
    }
    /// Sets `TransferMethod`.
    #[must_use]
    pub fn with_transfer_method(mut self, value: crate::virtual_media::TransferMethod) -> Self {
        self.transfer_method = Some(value);
        self
    }
    /// Sets `TransferProtocolType`.
    #[must_use]
    pub fn with_transfer_protocol_type(
        mut self,
        value: crate::common::TransferProtocolType,
    ) -> Self {
        self.transfer_protocol_type = Some(value);
        self
    }
    /// Sets `UserName`.
    #[must_use]
    pub fn with_user_name(mut self, value: impl Into<String>) -> Self {
        self.user_name = Some(value.into());
        self
    }
    /// Sets `WriteProtected`.
    #[must_use]
    pub fn with_write_protected(mut self, value: bool) -> Self {
        self.write_protected = Some(value);
        self
    }
}

impl crate::ActionRequest for InsertMediaRequest {
    type Resource = VirtualMedia;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#VirtualMedia.InsertMedia";
    const REQUIRED: &'static [&'static str] = &["Image"];
}

crate::redfish_enum! {
    /// `MediaType`.
    pub enum MediaType {
        /// A CD-ROM format (ISO) image.
        CD = "CD",
        /// A floppy disk image.
        Floppy = "Floppy",
        /// An emulation of a USB storage device.
        USBStick = "USBStick",
        /// A DVD-ROM format image.
        DVD = "DVD",
    }
}

crate::redfish_enum! {
    /// `TransferMethod`.
    pub enum TransferMethod {
        /// Stream image file data from the source URI.
        Stream = "Stream",
        /// Upload the entire image file from the source URI to the service.
        Upload = "Upload",
    }
}

pub use crate::common::TransferProtocolType;
