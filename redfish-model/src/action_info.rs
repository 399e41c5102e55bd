//! `ActionInfo`: The `ActionInfo` schema defines the supported parameters and other information for a Redfish action. Supported parameters can differ among vendors and even among resource instances. This data can ensure that action requests from applications contain supported parameters.
//!
//! Generated from the DMTF Redfish schema `ActionInfo.v1_5_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ActionInfo` schema defines the supported parameters and other information for a Redfish action. Supported parameters can differ among vendors and even among resource instances. This data can ensure that action requests from applications contain supported parameters.
    ///
    /// DMTF schema `ActionInfo` v1_5_0 (Redfish 2025.4).
    pub struct ActionInfo {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// Read-only.
        "Description" => description: String,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The list of parameters included in the specified Redfish action.
        "Parameters" => parameters: Vec<crate::action_info::Parameters>,
    }
}

crate::__impl_resource!(ActionInfo: "ActionInfo");

crate::redfish_enum! {
    /// `ParameterTypes`.
    pub enum ParameterTypes {
        /// A boolean.
        Boolean = "Boolean",
        /// A number.
        Number = "Number",
        /// An array of numbers.
        NumberArray = "NumberArray",
        /// A string.
        String = "String",
        /// An array of strings.
        StringArray = "StringArray",
        /// An embedded JSON object.
        Object = "Object",
        /// An array of JSON objects.
        ObjectArray = "ObjectArray",
    }
}

crate::redfish_struct! {
    /// The information about a parameter included in a Redfish action for this resource.
    pub struct Parameters {
        /// The allowable numeric values or duration values, inclusive ranges of values, and incremental step values for this parameter as applied to this action target.
        ///
        /// Read-only.
        "AllowableNumbers" => allowable_numbers: Vec<Option<String>>,
        /// The allowable pattern for this parameter as applied to this action target.
        ///
        /// Read-only.
        "AllowablePattern" => allowable_pattern: String,
        /// Descriptions of allowable values for this parameter.
        ///
        /// Read-only.
        "AllowableValueDescriptions" => allowable_value_descriptions: Vec<Option<String>>,
        /// The allowable values for this parameter as applied to this action target.
        ///
        /// Read-only.
        "AllowableValues" => allowable_values: Vec<Option<String>>,
        /// The maximum number of array elements allowed for this parameter.
        ///
        /// Read-only.
        "ArraySizeMaximum" => array_size_maximum: i64,
        /// The minimum number of array elements required for this parameter.
        ///
        /// Read-only.
        "ArraySizeMinimum" => array_size_minimum: i64,
        /// The JSON property type for this parameter.
        ///
        /// Read-only.
        "DataType" => data_type: crate::action_info::ParameterTypes,
        /// The default value for this parameter.
        ///
        /// Read-only.
        "DefaultValue" => default_value: String,
        /// The maximum supported value for this parameter.
        ///
        /// Read-only.
        "MaximumValue" => maximum_value: f64,
        /// The minimum supported value for this parameter.
        ///
        /// Read-only.
        "MinimumValue" => minimum_value: f64,
        /// The name of the parameter for this action.
        ///
        /// Read-only. Required.
        "Name" => name: String [required],
        /// Indicates that there is no default value for this parameter.
        ///
        /// Read-only.
        "NoDefaultValue" => no_default_value: bool,
        /// The data type of an object-based parameter.
        ///
        /// Read-only.
        "ObjectDataType" => object_data_type: String,
        /// An indication of whether the parameter is required to complete this action.
        ///
        /// Read-only.
        "Required" => required: bool,
    }
}
