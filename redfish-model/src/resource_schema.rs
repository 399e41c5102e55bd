//! `Resource`: The base type for resources and members that can be linked to.
//!
//! Generated from the DMTF Redfish schema `Resource.v1_23_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_enum! {
    /// `ConditionType`.
    pub enum ConditionType {
        /// The condition is an alert.
        Alert = "Alert",
        /// The condition is informational.
        Informational = "Informational",
        /// The condition is the health of a subsystem.
        Subsystem = "Subsystem",
    }
}

crate::redfish_struct! {
    /// Contact information for this resource.
    pub struct ContactInfo {
        /// Name of this contact.
        ///
        /// Writable.
        "ContactName" => contact_name: String,
        /// Email address for this contact.
        ///
        /// Writable.
        "EmailAddress" => email_address: String,
        /// Phone number for this contact.
        ///
        /// Writable.
        "PhoneNumber" => phone_number: String,
    }
}

crate::redfish_enum! {
    /// `DurableNameFormat`.
    pub enum DurableNameFormat {
        /// The Name Address Authority (NAA) format.
        NAA = "NAA",
        /// The iSCSI Qualified Name (iQN).
        IQN = "iQN",
        /// The Fibre Channel (FC) World Wide Name (WWN).
        FCWWN = "FC_WWN",
        /// The Universally Unique Identifier (UUID).
        UUID = "UUID",
        /// The IEEE-defined 64-bit Extended Unique Identifier (EUI).
        EUI = "EUI",
        /// The NVMe Qualified Name (NQN).
        NQN = "NQN",
        /// The NVM Namespace Identifier (NSID).
        /// Deprecated: This value has been deprecated due to its non-uniqueness and `NGUID` should be used.
        NSID = "NSID",
        /// The Namespace Globally Unique Identifier (NGUID).
        NGUID = "NGUID",
        /// The media access control address (MAC address).
        MACAddress = "MACAddress",
        /// The globally unique CXL logical device identifier (GCXLID).
        GCXLID = "GCXLID",
    }
}

crate::redfish_struct! {
    /// Any additional identifiers for a resource.
    pub struct Identifier {
        /// The world-wide, persistent name of the resource.
        ///
        /// Read-only.
        "DurableName" => durable_name: String,
        /// The format of the durable name property.
        ///
        /// Read-only.
        "DurableNameFormat" => durable_name_format: crate::resource::DurableNameFormat,
    }
}

crate::redfish_struct! {
    /// The import parameters used with `MultipartImportConfigurationPushURI` import configuration operations.
    pub struct ImportParameters {
        /// The encryption passphrase for the import file.
        ///
        /// Writable.
        "EncryptionPassphrase" => encryption_passphrase: String [secret],
    }
}

crate::redfish_struct! {
    /// The location of a resource.
    pub struct Location {
        /// The altitude of the resource in meters.
        ///
        /// Writable. Units: `m`.
        "AltitudeMeters" => altitude_meters: f64,
        /// An array of contact information.
        "Contacts" => contacts: Vec<Option<crate::resource::ContactInfo>>,
        /// The location of the resource.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `PostalAddress`, `Placement`, and `PartLocation` properties.
        "Info" => info: String,
        /// The format of the `Info` property.
        ///
        /// Read-only. Deprecated: This property has been deprecated in favor of the `PostalAddress`, `Placement`, and `PartLocation` properties.
        "InfoFormat" => info_format: String,
        /// The latitude of the resource.
        ///
        /// Writable. Units: `deg`.
        "Latitude" => latitude: f64,
        /// The longitude of the resource in degree units.
        ///
        /// Writable. Units: `deg`.
        "Longitude" => longitude: f64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The part location for a resource within an enclosure.
        "PartLocation" => part_location: crate::resource::PartLocation,
        /// Human-readable string to enable differentiation between `PartLocation` values for parts in the same enclosure, which might include hierarchical information of containing `PartLocation` values for the part.
        ///
        /// Read-only.
        "PartLocationContext" => part_location_context: String,
        /// The physical address for a resource.
        "PhysicalAddress" => physical_address: crate::resource::PhysicalAddress,
        /// A place within the addressed location.
        "Placement" => placement: crate::resource::Placement,
        /// The postal address of the addressed resource.
        "PostalAddress" => postal_address: crate::resource::PostalAddress,
    }
}

crate::redfish_enum! {
    /// The types of locations for a part within an enclosure.
    pub enum LocationType {
        /// A slot.
        Slot = "Slot",
        /// A bay.
        Bay = "Bay",
        /// A connector or port.
        Connector = "Connector",
        /// A socket.
        Socket = "Socket",
        /// A backplane.
        Backplane = "Backplane",
        /// Embedded within a part.
        Embedded = "Embedded",
    }
}

crate::redfish_enum! {
    /// The orientations for the ordering of the part location ordinal value.
    pub enum Orientation {
        /// The ordering for `LocationOrdinalValue` is front to back.
        FrontToBack = "FrontToBack",
        /// The ordering for the LocationOrdinalValue is back to front.
        BackToFront = "BackToFront",
        /// The ordering for the LocationOrdinalValue is top to bottom.
        TopToBottom = "TopToBottom",
        /// The ordering for `LocationOrdinalValue` is bottom to top.
        BottomToTop = "BottomToTop",
        /// The ordering for the LocationOrdinalValue is left to right.
        LeftToRight = "LeftToRight",
        /// The ordering for the LocationOrdinalValue is right to left.
        RightToLeft = "RightToLeft",
    }
}

crate::redfish_struct! {
    /// The part location for a resource within an enclosure.
    pub struct PartLocation {
        /// The number that represents the location of the part. For example, if `LocationType` is `Slot` and this unit is in slot 2, the LocationOrdinalValue is `2`.
        ///
        /// Read-only.
        "LocationOrdinalValue" => location_ordinal_value: i64,
        /// The type of location of the part.
        ///
        /// Read-only.
        "LocationType" => location_type: crate::resource::LocationType,
        /// The orientation for the ordering of the slot enumeration used by the `LocationOrdinalValue` property.
        ///
        /// Read-only.
        "Orientation" => orientation: crate::resource::Orientation,
        /// The reference point for the part location. Provides guidance about the general location of the part.
        ///
        /// Read-only.
        "Reference" => reference: crate::resource::Reference,
        /// The label of the part location, such as a silk-screened name or a printed label.
        ///
        /// Read-only.
        "ServiceLabel" => service_label: String,
    }
}

crate::redfish_struct! {
    /// The physical address for a resource.
    pub struct PhysicalAddress {
        /// City, township, or shi (JP).
        ///
        /// Writable.
        "City" => city: String,
        /// The country.
        ///
        /// Writable.
        "Country" => country: String,
        /// The ISO 3166-1 country code.
        ///
        /// Writable.
        "ISOCountryCode" => iso_country_code: String,
        /// ISO 3166-2 subdivision code.
        ///
        /// Writable.
        "ISOSubdivisionCode" => iso_subdivision_code: String,
        /// The postal code.
        ///
        /// Writable.
        "PostalCode" => postal_code: String,
        /// State or province.
        ///
        /// Writable.
        "StateOrProvince" => state_or_province: String,
        /// The street-level address, including building, room, or other identifiers.
        ///
        /// Writable.
        "StreetAddress" => street_address: String,
    }
}

crate::redfish_struct! {
    /// The placement within the addressed location.
    pub struct Placement {
        /// Area designation or other additional info.
        ///
        /// Writable.
        "AdditionalInfo" => additional_info: String,
        /// The name of the facility.
        ///
        /// Writable.
        "FacilityName" => facility_name: String,
        /// The name of a rack location within a row.
        ///
        /// Writable.
        "Rack" => rack: String,
        /// The vertical location of the item, in terms of RackOffsetUnits.
        ///
        /// Writable.
        "RackOffset" => rack_offset: i64,
        /// The type of rack units in use.
        ///
        /// Writable.
        "RackOffsetUnits" => rack_offset_units: crate::common::RackUnits,
        /// The name or number of the room.
        ///
        /// Writable.
        "Room" => room: String,
        /// The name of the row.
        ///
        /// Writable.
        "Row" => row: String,
    }
}

crate::redfish_struct! {
    /// The postal address for a resource.
    pub struct PostalAddress {
        /// The additional code.
        ///
        /// Writable.
        "AdditionalCode" => additional_code: String,
        /// The room designation or other additional information.
        ///
        /// Writable.
        "AdditionalInfo" => additional_info: String,
        /// The name of the building.
        ///
        /// Writable.
        "Building" => building: String,
        /// City, township, or shi (JP).
        ///
        /// Writable.
        "City" => city: String,
        /// The postal community name.
        ///
        /// Writable.
        "Community" => community: String,
        /// The country.
        ///
        /// Writable.
        "Country" => country: String,
        /// A county, parish, gun (JP), or district (IN).
        ///
        /// Writable.
        "District" => district: String,
        /// City division, borough, city district, ward, or chou (JP).
        ///
        /// Writable.
        "Division" => division: String,
        /// The floor.
        ///
        /// Writable.
        "Floor" => floor: String,
        /// The GPS coordinates of the part.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the Longitude and Latitude properties.
        "GPSCoords" => gps_coords: String,
        /// The numeric portion of house number.
        ///
        /// Writable.
        "HouseNumber" => house_number: i64,
        /// The house number suffix.
        ///
        /// Writable.
        "HouseNumberSuffix" => house_number_suffix: String,
        /// The landmark.
        ///
        /// Writable.
        "Landmark" => landmark: String,
        /// A leading street direction.
        ///
        /// Writable.
        "LeadingStreetDirection" => leading_street_direction: String,
        /// The room designation or other additional information.
        ///
        /// Writable. Deprecated: This property has been deprecated in favor of the `AdditionalInfo` property.
        "Location" => location: String,
        /// The name.
        ///
        /// Writable.
        "Name" => name: String,
        /// Neighborhood or block.
        ///
        /// Writable.
        "Neighborhood" => neighborhood: String,
        /// The post office box (PO box).
        ///
        /// Writable.
        "POBox" => po_box: String,
        /// The description of the type of place that is addressed.
        ///
        /// Writable.
        "PlaceType" => place_type: String,
        /// The postal code or zip code.
        ///
        /// Writable.
        "PostalCode" => postal_code: String,
        /// The primary road or street.
        ///
        /// Writable.
        "Road" => road: String,
        /// The road branch.
        ///
        /// Writable.
        "RoadBranch" => road_branch: String,
        /// The road post-modifier.
        ///
        /// Writable.
        "RoadPostModifier" => road_post_modifier: String,
        /// The road pre-modifier.
        ///
        /// Writable.
        "RoadPreModifier" => road_pre_modifier: String,
        /// The road section.
        ///
        /// Writable.
        "RoadSection" => road_section: String,
        /// The road sub branch.
        ///
        /// Writable.
        "RoadSubBranch" => road_sub_branch: String,
        /// The name or number of the room.
        ///
        /// Writable.
        "Room" => room: String,
        /// The seat, such as the desk, cubicle, or workstation.
        ///
        /// Writable.
        "Seat" => seat: String,
        /// Street name.
        ///
        /// Writable.
        "Street" => street: String,
        /// Avenue, Platz, Street, Circle.
        ///
        /// Writable.
        "StreetSuffix" => street_suffix: String,
        /// A top-level subdivision within a country.
        ///
        /// Writable.
        "Territory" => territory: String,
        /// A trailing street suffix.
        ///
        /// Writable.
        "TrailingStreetSuffix" => trailing_street_suffix: String,
        /// The name or number of the apartment unit or suite.
        ///
        /// Writable.
        "Unit" => unit: String,
    }
}

pub use crate::common::RackUnits;

crate::redfish_enum! {
    /// The reference areas for the location of the part within an enclosure.
    pub enum Reference {
        /// The part is in the top of the unit.
        Top = "Top",
        /// The part is in the bottom of the unit.
        Bottom = "Bottom",
        /// The part is in the front of the unit.
        Front = "Front",
        /// The part is in the rear of the unit.
        Rear = "Rear",
        /// The part is on the left side of the unit.
        Left = "Left",
        /// The part is on the right side of the unit.
        Right = "Right",
        /// The part is in the middle of the unit.
        Middle = "Middle",
    }
}

crate::redfish_struct! {
    /// A condition that requires attention.
    pub struct Condition {
        /// The type of condition.
        ///
        /// Read-only.
        "ConditionType" => condition_type: crate::resource::ConditionType,
        /// The link to the log entry created for this condition.
        ///
        /// Read-only.
        "LogEntry" => log_entry: crate::Link<crate::log_entry::LogEntry>,
        /// The human-readable message for this condition.
        ///
        /// Read-only.
        "Message" => message: String,
        /// An array of message arguments that are substituted for the arguments in the message when looked up in the message registry.
        ///
        /// Read-only.
        "MessageArgs" => message_args: Vec<String>,
        /// The identifier for the message.
        ///
        /// Read-only. Required.
        "MessageId" => message_id: crate::MessageId [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// A link to the resource or object that originated the condition.
        ///
        /// Read-only.
        "OriginOfCondition" => origin_of_condition: crate::Link,
        /// Suggestions on how to resolve the condition.
        ///
        /// Read-only.
        "Resolution" => resolution: String,
        /// The list of recommended steps to resolve the condition.
        "ResolutionSteps" => resolution_steps: Vec<crate::resolution_step::ResolutionStep>,
        /// The severity of the condition.
        ///
        /// Read-only.
        "Severity" => severity: crate::resource::Health,
        /// The time the condition occurred.
        ///
        /// Read-only.
        "Timestamp" => timestamp: crate::DateTime,
        /// The source of authentication for the username property associated with the condition.
        ///
        /// Read-only.
        "UserAuthenticationSource" => user_authentication_source: String,
        /// The username of the account associated with the condition.
        ///
        /// Read-only.
        "Username" => username: String,
    }
}

crate::redfish_enum! {
    /// `Health`.
    pub enum Health {
        /// Normal.
        OK = "OK",
        /// A condition requires attention.
        Warning = "Warning",
        /// A critical condition requires immediate attention.
        Critical = "Critical",
    }
}

pub use crate::common::IndicatorLED;

crate::redfish_struct! {
    /// `Links`.
    pub struct Links {
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::redfish_enum! {
    /// `PowerState`.
    pub enum PowerState {
        /// The resource is powered on.
        On = "On",
        /// The resource is powered off. The components within the resource might continue to have AUX power.
        Off = "Off",
        /// A temporary state between off and on. The components within the resource can take time to process the power on action.
        PoweringOn = "PoweringOn",
        /// A temporary state between on and off. The components within the resource can take time to process the power off action.
        PoweringOff = "PoweringOff",
        /// The resource is paused.
        Paused = "Paused",
    }
}

crate::redfish_enum! {
    /// `ResetType`.
    pub enum ResetType {
        /// Turn on the unit.
        On = "On",
        /// Turn off the unit immediately (non-graceful shutdown).
        ForceOff = "ForceOff",
        /// Shut down gracefully and power off.
        GracefulShutdown = "GracefulShutdown",
        /// Shut down gracefully and restart the unit.
        GracefulRestart = "GracefulRestart",
        /// Shut down immediately and non-gracefully and restart the unit.
        ForceRestart = "ForceRestart",
        /// Generate a diagnostic interrupt, which is usually an NMI on x86 systems, to stop normal operations, complete diagnostic actions, and, typically, halt the system.
        Nmi = "Nmi",
        /// Turn on the unit immediately.
        ForceOn = "ForceOn",
        /// Simulate the pressing of the physical power button on this unit.
        PushPowerButton = "PushPowerButton",
        /// Power cycle the unit immediately (non-graceful). Behaves like a power removal, followed by a power restore to the resource.
        PowerCycle = "PowerCycle",
        /// Write the state of the unit to disk before powering off. This allows for the state to be restored when powered back on.
        Suspend = "Suspend",
        /// Pause execution on the unit but do not remove power. This is typically a feature of virtual machine hypervisors.
        Pause = "Pause",
        /// Resume execution on the paused unit. This is typically a feature of virtual machine hypervisors.
        Resume = "Resume",
        /// Full power cycle the unit immediately (non-graceful). Behaves like removing utility lines, followed by restoring utility lines to the resource.
        FullPowerCycle = "FullPowerCycle",
    }
}

crate::redfish_enum! {
    /// `State`.
    pub enum State {
        /// This function or resource is enabled.
        Enabled = "Enabled",
        /// This function or resource is disabled.
        Disabled = "Disabled",
        /// This function or resource is enabled but awaits an external action to activate it.
        StandbyOffline = "StandbyOffline",
        /// This function or resource is part of a redundancy set and awaits a failover or other external action to activate it.
        StandbySpare = "StandbySpare",
        /// This function or resource is undergoing testing or is in the process of capturing information for debugging.
        InTest = "InTest",
        /// This function or resource is starting.
        Starting = "Starting",
        /// This function or device is not currently present or detected. This resource represents a capability or an available location where a device can be installed.
        Absent = "Absent",
        /// This function or resource is present but cannot be used.
        UnavailableOffline = "UnavailableOffline",
        /// The element does not process any commands but queues new requests.
        Deferring = "Deferring",
        /// The element is enabled but only processes a restricted set of commands.
        Quiesced = "Quiesced",
        /// The element is updating and might be unavailable or degraded.
        Updating = "Updating",
        /// The element quality is within the acceptable range of operation.
        /// Deprecated: This value has been deprecated in favor of StandbySpare.
        Qualified = "Qualified",
        /// The function or resource is degraded.
        Degraded = "Degraded",
    }
}

crate::redfish_struct! {
    /// The status and health of a resource and its children.
    pub struct Status {
        /// Conditions in this resource that require attention.
        "Conditions" => conditions: Vec<Option<crate::resource::Condition>>,
        /// The health state of this resource in the absence of its dependent resources.
        ///
        /// Read-only.
        "Health" => health: crate::resource::Health,
        /// The overall health state from the view of this resource.
        ///
        /// Read-only.
        "HealthRollup" => health_rollup: crate::resource::Health,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The state of the resource.
        ///
        /// Read-only.
        "State" => state: crate::resource::State,
    }
}
