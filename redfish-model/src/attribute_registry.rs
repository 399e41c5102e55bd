//! `AttributeRegistry`: The `AttributeRegistry` schema contains a set of key-value pairs that represent the structure of an attribute registry. It includes mechanisms for building user interfaces, or menus, allowing consistent navigation of the contents. The attribute registry is specific to an implementation or product. The attributes and property names are not standardized.
//!
//! Generated from the DMTF Redfish schema `AttributeRegistry.v1_4_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `attribute_registry` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `AttributeRegistry` schema contains a set of key-value pairs that represent the structure of an attribute registry. It includes mechanisms for building user interfaces, or menus, allowing consistent navigation of the contents. The attribute registry is specific to an implementation or product. The attributes and property names are not standardized.
    ///
    /// DMTF schema `AttributeRegistry` v1_4_0 (Redfish 2025.4).
    pub struct AttributeRegistry {
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
        /// The RFC5646-conformant language code for the attribute registry.
        ///
        /// Read-only. Required.
        "Language" => language: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The organization or company that publishes this attribute registry.
        ///
        /// Read-only. Required.
        "OwningEntity" => owning_entity: String [required],
        /// The list of all attributes and their metadata for this component.
        "RegistryEntries" => registry_entries: crate::attribute_registry::RegistryEntries,
        /// The attribute registry version.
        ///
        /// Read-only. Required.
        "RegistryVersion" => registry_version: String [required],
        /// An array of systems that this attribute registry supports.
        "SupportedSystems" => supported_systems: Vec<crate::attribute_registry::SupportedSystems>,
    }
}

crate::__impl_resource!(AttributeRegistry: "AttributeRegistry", actions);

crate::redfish_enum! {
    /// `AttributeType`.
    pub enum AttributeType {
        /// A list of the known possible enumerated values.
        Enumeration = "Enumeration",
        /// Free-form text in their values.
        String = "String",
        /// An integer value.
        Integer = "Integer",
        /// A flag with a `true` or `false` value.
        Boolean = "Boolean",
        /// Password values that do not appear as plain text. The value is `null` in responses.
        Password = "Password",
    }
}

crate::redfish_struct! {
    /// A possible value for an enumeration attribute.
    pub struct AttributeValue {
        /// A user-readable display string of the value for the attribute in the defined language.
        ///
        /// Read-only.
        "ValueDisplayName" => value_display_name: String,
        /// The unique value name for the attribute.
        ///
        /// Read-only. Required.
        "ValueName" => value_name: String [required],
    }
}

crate::redfish_struct! {
    /// An attribute and its possible values and other metadata.
    pub struct Attributes {
        /// The unique name for the attribute.
        ///
        /// Read-only. Required.
        "AttributeName" => attribute_name: String [required],
        /// The placeholder of the current value for the attribute.
        ///
        /// Read-only.
        "CurrentValue" => current_value: serde_json::Value,
        /// The default value for the attribute.
        ///
        /// Read-only.
        "DefaultValue" => default_value: serde_json::Value,
        /// The user-readable display string for the attribute in the defined language.
        ///
        /// Read-only.
        "DisplayName" => display_name: String,
        /// The ascending order, as a number, in which this attribute appears relative to other attributes.
        ///
        /// Read-only.
        "DisplayOrder" => display_order: i64,
        /// An indication of whether this attribute is grayed out. A grayed-out attribute is not active and is grayed out in user interfaces but the attribute value can be modified.
        ///
        /// Read-only.
        "GrayOut" => gray_out: bool,
        /// The help text for the attribute.
        ///
        /// Read-only.
        "HelpText" => help_text: String,
        /// An indication of whether this attribute is hidden in user interfaces.
        ///
        /// Read-only.
        "Hidden" => hidden: bool,
        /// An indication of whether this attribute is immutable. Immutable attributes cannot be modified and typically reflect a hardware state.
        ///
        /// Read-only.
        "Immutable" => immutable: bool,
        /// An indication of whether this attribute is unique for this system and should not be replicated.
        ///
        /// Read-only.
        "IsSystemUniqueProperty" => is_system_unique_property: bool,
        /// The lower limit for an integer attribute.
        ///
        /// Read-only.
        "LowerBound" => lower_bound: i64,
        /// The maximum character length of a string attribute.
        ///
        /// Read-only.
        "MaxLength" => max_length: i64,
        /// The path that describes the menu hierarchy of this attribute.
        ///
        /// Read-only.
        "MenuPath" => menu_path: String,
        /// The minimum character length of the string attribute.
        ///
        /// Read-only.
        "MinLength" => min_length: i64,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An indication of whether this attribute is read-only. A read-only attribute cannot be modified, and should be grayed out in user interfaces.
        ///
        /// Read-only.
        "ReadOnly" => read_only: bool,
        /// The privileges required to complete an HTTP `PATCH` or `PUT` operation to modify this attribute.
        "RequiredPrivileges" => required_privileges: Vec<crate::attribute_registry::RequiredPrivileges>,
        /// An indication of whether a system or device reset is required for this attribute value change to take effect.
        ///
        /// Read-only.
        "ResetRequired" => reset_required: bool,
        /// The amount to increment or decrement an integer attribute each time a user requests a value change. The `0` value indicates a free-form numeric user-input attribute.
        ///
        /// Read-only.
        "ScalarIncrement" => scalar_increment: i64,
        /// The attribute type.
        ///
        /// Read-only.
        "Type" => r#type: crate::attribute_registry::AttributeType,
        /// The UEFI device path that qualifies this attribute.
        ///
        /// Read-only.
        "UefiDevicePath" => uefi_device_path: String,
        /// The UEFI keyword string for this attribute.
        ///
        /// Read-only.
        "UefiKeywordName" => uefi_keyword_name: String,
        /// The UEFI namespace ID for the attribute.
        ///
        /// Read-only.
        "UefiNamespaceId" => uefi_namespace_id: String,
        /// The upper limit for an integer attribute.
        ///
        /// Read-only.
        "UpperBound" => upper_bound: i64,
        /// An array of the possible values for enumerated attribute values.
        "Value" => value: Vec<crate::attribute_registry::AttributeValue>,
        /// A valid regular expression, according to the Perl regular expression dialect, that validates the attribute value. Applies to only string and integer attributes.
        ///
        /// Read-only.
        "ValueExpression" => value_expression: String,
        /// The warning text for the attribute.
        ///
        /// Read-only.
        "WarningText" => warning_text: String,
        /// An indication of whether this attribute is write-only. A write-only attribute reverts to its initial value after settings are applied.
        ///
        /// Read-only.
        "WriteOnly" => write_only: bool,
    }
}

crate::redfish_struct! {
    /// The dependency of attributes on this component.
    pub struct Dependencies {
        /// The dependency expression for one or more attributes in this attribute registry.
        "Dependency" => dependency: crate::attribute_registry::Dependency,
        /// The `AttributeName` of the attribute whose change triggers the evaluation of this dependency expression.
        ///
        /// Read-only.
        "DependencyFor" => dependency_for: String,
        /// The type of the dependency structure.
        ///
        /// Read-only.
        "Type" => r#type: crate::attribute_registry::DependencyType,
    }
}

crate::redfish_struct! {
    /// The dependency expression for one or more attributes in this attribute registry.
    pub struct Dependency {
        /// An array of the map-from conditions for a mapping dependency.
        "MapFrom" => map_from: Vec<crate::attribute_registry::MapFrom>,
        /// The `AttributeName` of the attribute that is affected by this dependency expression.
        ///
        /// Read-only.
        "MapToAttribute" => map_to_attribute: String,
        /// The metadata property for the attribute that contains the map-from condition that evaluates this dependency expression.
        ///
        /// Read-only.
        "MapToProperty" => map_to_property: crate::attribute_registry::MapToProperty,
        /// The value that the map-to property changes to if the dependency expression evaluates to `true`.
        ///
        /// Read-only.
        "MapToValue" => map_to_value: serde_json::Value,
    }
}

crate::redfish_enum! {
    /// `DependencyType`.
    pub enum DependencyType {
        /// A simple mapping dependency. If the condition evaluates to `true`, the attribute or state changes to the mapped value.
        Map = "Map",
    }
}

crate::redfish_struct! {
    /// A map-from condition for mapping dependency.
    pub struct MapFrom {
        /// The attribute to use to evaluate this dependency expression.
        ///
        /// Read-only.
        "MapFromAttribute" => map_fro_mattribute: String,
        /// The condition to use to evaluate this dependency expression.
        ///
        /// Read-only.
        "MapFromCondition" => map_from_condition: crate::attribute_registry::MapFromCondition,
        /// The metadata property for the attribute that the `MapFromAttribute` property specifies to use to evaluate this dependency expression.
        ///
        /// Read-only.
        "MapFromProperty" => map_from_property: crate::attribute_registry::MapFromProperty,
        /// The value to use to evaluate this dependency expression.
        ///
        /// Read-only.
        "MapFromValue" => map_from_value: serde_json::Value,
        /// The logical term that combines two or more map-from conditions in this dependency expression. For example, `AND` for logical AND, or `OR` for logical OR.
        ///
        /// Read-only.
        "MapTerms" => map_terms: crate::attribute_registry::MapTerms,
    }
}

crate::redfish_enum! {
    /// `MapFromCondition`.
    pub enum MapFromCondition {
        /// The logical operation for 'Equal'.
        EQU = "EQU",
        /// The logical operation for 'Not Equal'.
        NEQ = "NEQ",
        /// The logical operation for 'Greater than'.
        GTR = "GTR",
        /// The logical operation for 'Greater than or Equal'.
        GEQ = "GEQ",
        /// The logical operation for 'Less than'.
        LSS = "LSS",
        /// The logical operation for 'Less than or Equal'.
        LEQ = "LEQ",
    }
}

crate::redfish_enum! {
    /// `MapFromProperty`.
    pub enum MapFromProperty {
        /// The dependency on an attribute's `CurrentValue`.
        CurrentValue = "CurrentValue",
        /// The dependency on an attribute's `DefaultValue`.
        DefaultValue = "DefaultValue",
        /// The dependency on an attribute's `ReadOnly` state.
        ReadOnly = "ReadOnly",
        /// The dependency on an attribute's `WriteOnly` state.
        WriteOnly = "WriteOnly",
        /// The dependency on an attribute's `GrayOut` state.
        GrayOut = "GrayOut",
        /// The dependency on an attribute's `Hidden` state.
        Hidden = "Hidden",
        /// The dependency on an attribute's `LowerBound`.
        LowerBound = "LowerBound",
        /// The dependency on an attribute's `UpperBound`.
        UpperBound = "UpperBound",
        /// The dependency on an attribute's `MinLength`.
        MinLength = "MinLength",
        /// The dependency on an attribute's `MaxLength`.
        MaxLength = "MaxLength",
        /// The dependency on an attribute's `ScalarIncrement`.
        ScalarIncrement = "ScalarIncrement",
    }
}

crate::redfish_enum! {
    /// `MapTerms`.
    pub enum MapTerms {
        /// The operation used for logical 'AND' of dependency terms.
        AND = "AND",
        /// The operation used for logical 'OR' of dependency terms.
        OR = "OR",
    }
}

crate::redfish_enum! {
    /// `MapToProperty`.
    pub enum MapToProperty {
        /// The dependency that affects an attribute's `CurrentValue`.
        CurrentValue = "CurrentValue",
        /// The dependency that affects an attribute's `DefaultValue`.
        DefaultValue = "DefaultValue",
        /// The dependency that affects an attribute's `ReadOnly` state.
        ReadOnly = "ReadOnly",
        /// The dependency that affects an attribute's `WriteOnly` state.
        WriteOnly = "WriteOnly",
        /// The dependency that affects an attribute's `GrayOut` state.
        GrayOut = "GrayOut",
        /// The dependency that affects an attribute's `Hidden` state.
        Hidden = "Hidden",
        /// The dependency that affects an attribute's `Immutable` state.
        Immutable = "Immutable",
        /// The dependency that affects an attribute's `HelpText`.
        HelpText = "HelpText",
        /// The dependency that affects an attribute's `WarningText`.
        WarningText = "WarningText",
        /// The dependency that affects an attribute's `DisplayName`.
        DisplayName = "DisplayName",
        /// The dependency that affects an attribute's `DisplayName`.
        DisplayOrder = "DisplayOrder",
        /// The dependency that affects an attribute's `LowerBound`.
        LowerBound = "LowerBound",
        /// The dependency that affects an attribute's `UpperBound`.
        UpperBound = "UpperBound",
        /// The dependency that affects an attribute's `MinLength`.
        MinLength = "MinLength",
        /// The dependency that affects an attribute's `MaxLength`.
        MaxLength = "MaxLength",
        /// The dependency that affects an attribute's `ScalarIncrement`.
        ScalarIncrement = "ScalarIncrement",
        /// The dependency that affects an attribute's `ValueExpression`.
        ValueExpression = "ValueExpression",
    }
}

crate::redfish_struct! {
    /// An attribute's menu and its hierarchy.
    pub struct Menus {
        /// The user-readable display string of this menu in the defined language.
        ///
        /// Read-only.
        "DisplayName" => display_name: String,
        /// The ascending order, as a number, in which this menu appears relative to other menus.
        ///
        /// Read-only.
        "DisplayOrder" => display_order: i64,
        /// An indication of whether this menu is grayed out. A grayed-only menu is not accessible in user interfaces.
        ///
        /// Read-only.
        "GrayOut" => gray_out: bool,
        /// An indication of whether this menu is hidden in user interfaces.
        ///
        /// Read-only.
        "Hidden" => hidden: bool,
        /// The unique name string of this menu.
        ///
        /// Read-only.
        "MenuName" => menu_name: String,
        /// The path to the menu names that describes this menu hierarchy relative to other menus.
        ///
        /// Read-only.
        "MenuPath" => menu_path: String,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// An indication of whether this menu is read-only. A read-only menu, its properties, and sub-menus are not accessible in user interfaces.
        ///
        /// Read-only.
        "ReadOnly" => read_only: bool,
    }
}

crate::redfish_struct! {
    /// The list of all attributes and metadata for this component.
    pub struct RegistryEntries {
        /// An array of attributes and their possible values in the attribute registry.
        "Attributes" => attributes: Vec<crate::attribute_registry::Attributes>,
        /// An array of dependencies of attributes on this component.
        "Dependencies" => dependencies: Vec<crate::attribute_registry::Dependencies>,
        /// An array for the attributes menus and their hierarchy in the attribute registry.
        "Menus" => menus: Vec<crate::attribute_registry::Menus>,
    }
}

crate::redfish_struct! {
    /// The privileges to modify an attribute.
    pub struct RequiredPrivileges {
        /// An array of privileges that are required to modify this attribute.
        ///
        /// Read-only.
        "Privileges" => privileges: Vec<String>,
    }
}

crate::redfish_struct! {
    /// A system that this attribute registry supports.
    pub struct SupportedSystems {
        /// Firmware version.
        ///
        /// Read-only.
        "FirmwareVersion" => firmware_version: String,
        /// The product name of the computer system to which this attribute registry applies.
        ///
        /// Read-only.
        "ProductName" => product_name: String,
        /// The ID of the systems to which this attribute registry applies.
        ///
        /// Read-only.
        "SystemId" => system_id: String,
    }
}
