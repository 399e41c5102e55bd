//! `Aggregate`: The `Aggregate` schema describes a grouping method for an aggregation service. Aggregates are formal groups of resources that are more persistent than ad hoc groupings.
//!
//! Generated from the DMTF Redfish schema `Aggregate.v1_0_3.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `aggregate` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `Aggregate` schema describes a grouping method for an aggregation service. Aggregates are formal groups of resources that are more persistent than ad hoc groupings.
    ///
    /// DMTF schema `Aggregate` v1_0_3 (Redfish 2025.4).
    pub struct Aggregate {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The available actions for this resource.
        "Actions" => actions: crate::Actions,
        /// Read-only.
        "Description" => description: String,
        /// The elements of this aggregate.
        ///
        /// Read-only. Required.
        "Elements" => elements: Vec<crate::Link> [required],
        "Elements@odata.count" => elements_odata_count: u64,
        /// The number of entries in the `Elements` array.
        ///
        /// Read-only.
        "ElementsCount" => elements_count: i64,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
    }
}

crate::__impl_resource!(Aggregate: "Aggregate", actions);

crate::redfish_struct! {
    /// Parameters of the `AddElements` action: This action is used to add one or more resources to the aggregate.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct AddElementsRequest {
        /// An array of resource links to add to the `Elements` array.
        ///
        /// Required.
        "Elements" => elements: Vec<crate::Link> [required],
    }
}

impl AddElementsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Elements"];

    /// Sets `Elements`.
    #[must_use]
    pub fn with_elements(mut self, value: Vec<crate::Link>) -> Self {
        self.elements = Some(value);
        self
    }
}

impl crate::ActionRequest for AddElementsRequest {
    type Resource = Aggregate;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Aggregate.AddElements";
    const REQUIRED: &'static [&'static str] = &["Elements"];
}

crate::redfish_struct! {
    /// Parameters of the `RemoveElements` action: This action is used to remove one or more resources from the aggregate.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct RemoveElementsRequest {
        /// An array of resource links to remove from the `Elements` array.
        ///
        /// Required.
        "Elements" => elements: Vec<crate::Link> [required],
    }
}

impl RemoveElementsRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &["Elements"];

    /// Sets `Elements`.
    #[must_use]
    pub fn with_elements(mut self, value: Vec<crate::Link>) -> Self {
        self.elements = Some(value);
        self
    }
}

impl crate::ActionRequest for RemoveElementsRequest {
    type Resource = Aggregate;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Aggregate.RemoveElements";
    const REQUIRED: &'static [&'static str] = &["Elements"];
}

crate::redfish_struct! {
    /// Parameters of the `Reset` action: This action is used to reset a collection of resources. For example, this could be an aggregate or a list of computer systems.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct ResetRequest {
        /// The number of elements in each batch being reset.
        "BatchSize" => batch_size: i64,
        /// The delay of the batches of elements being reset in seconds.
        ///
        /// Units: `s`.
        "DelayBetweenBatchesInSeconds" => delay_between_batches_in_seconds: i64,
        /// The type of reset.
        "ResetType" => reset_type: crate::resource::ResetType,
    }
}

impl ResetRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];

    /// Sets `BatchSize`.
    #[must_use]
    pub fn with_batch_size(mut self, value: i64) -> Self {
        self.batch_size = Some(value);
        self
    }
    /// Sets `DelayBetweenBatchesInSeconds`.
    #[must_use]
    pub fn with_delay_between_batches_in_seconds(mut self, value: i64) -> Self {
        self.delay_between_batches_in_seconds = Some(value);
        self
    }
    /// Sets `ResetType`.
    #[must_use]
    pub fn with_reset_type(mut self, value: crate::resource::ResetType) -> Self {
        self.reset_type = Some(value);
        self
    }
}

impl crate::ActionRequest for ResetRequest {
    type Resource = Aggregate;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Aggregate.Reset";
    const REQUIRED: &'static [&'static str] = &[];
}

crate::redfish_struct! {
    /// Parameters of the `SetDefaultBootOrder` action: This action is used to restore the boot order to the default state for the computer systems that are members of this aggregate.
    ///
    /// Build with `default()` and the setter methods; unset parameters are omitted.
    pub struct SetDefaultBootOrderRequest {
    }
}

impl SetDefaultBootOrderRequest {
    /// The JSON keys the schema marks as required.
    pub const REQUIRED: &'static [&'static str] = &[];
}

impl crate::ActionRequest for SetDefaultBootOrderRequest {
    type Resource = Aggregate;
    type Response = crate::NoResponse;
    const ACTION: &'static str = "#Aggregate.SetDefaultBootOrder";
    const REQUIRED: &'static [&'static str] = &[];
}
