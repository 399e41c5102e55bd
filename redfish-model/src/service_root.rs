//! `ServiceRoot`: The `ServiceRoot` schema describes the root of the Redfish service, located at the '/redfish/v1' URI. All other resources accessible through the Redfish interface on this device are linked directly or indirectly from the service root.
//!
//! Generated from the DMTF Redfish schema `ServiceRoot.v1_20_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `service_root` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `ServiceRoot` schema describes the root of the Redfish service, located at the '/redfish/v1' URI. All other resources accessible through the Redfish interface on this device are linked directly or indirectly from the service root.
    ///
    /// DMTF schema `ServiceRoot` v1_20_0 (Redfish 2025.4).
    pub struct ServiceRoot {
        "@odata.context" => odata_context: String,
        "@odata.etag" => odata_etag: crate::ETag,
        /// Required.
        "@odata.id" => odata_id: crate::ODataId [required],
        /// Required.
        "@odata.type" => odata_type: crate::ODataType [required],
        /// The link to the account service.
        ///
        /// Read-only.
        "AccountService" => account_service: crate::Link<crate::account_service::AccountService>,
        /// The link to the aggregation service.
        ///
        /// Read-only.
        "AggregationService" => aggregation_service: crate::Link<crate::aggregation_service::AggregationService>,
        /// The link to a collection of automation nodes.
        ///
        /// Read-only.
        "AutomationNodes" => automation_nodes: crate::Link<crate::Collection<crate::automation_node::AutomationNode>>,
        /// The link to a collection of cables.
        ///
        /// Read-only.
        "Cables" => cables: crate::Link<crate::Collection<crate::cable::Cable>>,
        /// The link to the certificate service.
        ///
        /// Read-only.
        "CertificateService" => certificate_service: crate::Link<crate::certificate_service::CertificateService>,
        /// The link to a collection of chassis.
        ///
        /// Read-only.
        "Chassis" => chassis: crate::Link<crate::Collection<crate::chassis::Chassis>>,
        /// The link to a collection of component integrity information.
        ///
        /// Read-only.
        "ComponentIntegrity" => component_integrity: crate::Link<crate::Collection<crate::component_integrity::ComponentIntegrity>>,
        /// The link to the composition service.
        ///
        /// Read-only.
        "CompositionService" => composition_service: crate::Link<crate::composition_service::CompositionService>,
        /// Read-only.
        "Description" => description: String,
        /// The link to the event service.
        ///
        /// Read-only.
        "EventService" => event_service: crate::Link<crate::event_service::EventService>,
        /// The link to a collection of fabrics.
        ///
        /// Read-only.
        "Fabrics" => fabrics: crate::Link<crate::Collection<crate::fabric::Fabric>>,
        /// The link to a collection of facilities.
        ///
        /// Read-only.
        "Facilities" => facilities: crate::Link<crate::Collection<crate::facility::Facility>>,
        /// Read-only. Required.
        "Id" => id: String [required],
        /// The link to the job service.
        ///
        /// Read-only.
        "JobService" => job_service: crate::Link<crate::job_service::JobService>,
        /// The link to a collection of JSON Schema files.
        ///
        /// Read-only.
        "JsonSchemas" => json_schemas: crate::Link<crate::Collection<crate::json_schema_file::JsonSchemaFile>>,
        /// The link to the key service.
        ///
        /// Read-only.
        "KeyService" => key_service: crate::Link<crate::key_service::KeyService>,
        /// The link to the license service.
        ///
        /// Read-only.
        "LicenseService" => license_service: crate::Link<crate::license_service::LicenseService>,
        /// The links to other resources that are related to this resource.
        ///
        /// Required.
        "Links" => links: crate::service_root::Links [required],
        /// The link to a collection of managers.
        ///
        /// Read-only.
        "Managers" => managers: crate::Link<crate::Collection<crate::manager::Manager>>,
        /// The link to a collection of NVMe domains.
        ///
        /// Read-only.
        "NVMeDomains" => nvme_domains: crate::Link<crate::Collection>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to a set of power equipment.
        ///
        /// Read-only.
        "PowerEquipment" => power_equipment: crate::Link<crate::power_equipment::PowerEquipment>,
        /// The product associated with this Redfish service.
        ///
        /// Read-only.
        "Product" => product: String,
        /// The information about protocol features that the service supports.
        "ProtocolFeaturesSupported" => protocol_features_supported: crate::service_root::ProtocolFeaturesSupported,
        /// The version of the Redfish service.
        ///
        /// Read-only.
        "RedfishVersion" => redfish_version: String,
        /// The link to a collection of registered clients.
        ///
        /// Read-only.
        "RegisteredClients" => registered_clients: crate::Link<crate::Collection<crate::registered_client::RegisteredClient>>,
        /// The link to a collection of registries.
        ///
        /// Read-only.
        "Registries" => registries: crate::Link<crate::Collection<crate::message_registry_file::MessageRegistryFile>>,
        /// The link to a collection of resource blocks. This collection is intended for implementations that do not contain a composition service but that expose resources to an orchestrator that implements a composition service.
        ///
        /// Read-only.
        "ResourceBlocks" => resource_blocks: crate::Link<crate::Collection<crate::resource_block::ResourceBlock>>,
        /// The link to the service conditions.
        ///
        /// Read-only.
        "ServiceConditions" => service_conditions: crate::Link<crate::service_conditions::ServiceConditions>,
        /// The vendor or user-provided product and service identifier.
        ///
        /// Read-only.
        "ServiceIdentification" => service_identification: String,
        /// The usage notification message for this service.
        ///
        /// Read-only.
        "ServiceUseNotification" => service_use_notification: String,
        /// The link to the sessions service.
        ///
        /// Read-only.
        "SessionService" => session_service: crate::Link<crate::session_service::SessionService>,
        /// The link to a collection of storage subsystems.
        ///
        /// Read-only.
        "Storage" => storage: crate::Link<crate::Collection<crate::storage::Storage>>,
        /// The link to a collection of storage services.
        ///
        /// Read-only.
        "StorageServices" => storage_services: crate::Link<crate::Collection>,
        /// The link to a collection of storage systems.
        ///
        /// Read-only.
        "StorageSystems" => storage_systems: crate::Link<crate::Collection>,
        /// The link to a collection of systems.
        ///
        /// Read-only.
        "Systems" => systems: crate::Link<crate::Collection<crate::computer_system::ComputerSystem>>,
        /// The link to the task service.
        ///
        /// Read-only.
        "Tasks" => tasks: crate::Link<crate::task_service::TaskService>,
        /// The link to the telemetry service.
        ///
        /// Read-only.
        "TelemetryService" => telemetry_service: crate::Link<crate::telemetry_service::TelemetryService>,
        /// The link to a set of cooling equipment.
        ///
        /// Read-only.
        "ThermalEquipment" => thermal_equipment: crate::Link<crate::thermal_equipment::ThermalEquipment>,
        /// Unique identifier for a service instance. When SSDP is used, this value contains the same UUID returned in an HTTP `200 OK` response from an SSDP `M-SEARCH` request during discovery.
        ///
        /// Read-only.
        "UUID" => uuid: String,
        /// The link to the update service.
        ///
        /// Read-only.
        "UpdateService" => update_service: crate::Link<crate::update_service::UpdateService>,
        /// The vendor or manufacturer associated with this Redfish service.
        ///
        /// Read-only.
        "Vendor" => vendor: String,
    }
}

crate::__impl_resource!(ServiceRoot: "ServiceRoot");

crate::redfish_struct! {
    /// The information about deep operations that the service supports.
    pub struct DeepOperations {
        /// An indication of whether the service supports the deep `PATCH` operation.
        ///
        /// Read-only.
        "DeepPATCH" => deep_patch: bool,
        /// An indication of whether the service supports the deep `POST` operation.
        ///
        /// Read-only.
        "DeepPOST" => deep_post: bool,
        /// The maximum levels of resources allowed in deep operations.
        ///
        /// Read-only.
        "MaxLevels" => max_levels: i64,
    }
}

crate::redfish_struct! {
    /// The information about the use of `$expand` in the service.
    pub struct Expand {
        /// An indication of whether the service supports the asterisk (`*`) option of the `$expand` query parameter.
        ///
        /// Read-only.
        "ExpandAll" => expand_all: bool,
        /// An indication of whether the service supports the `$levels` option of the `$expand` query parameter.
        ///
        /// Read-only.
        "Levels" => levels: bool,
        /// An indication of whether this service supports the tilde (`~`) option of the `$expand` query parameter.
        ///
        /// Read-only.
        "Links" => links: bool,
        /// The maximum `$levels` option value in the `$expand` query parameter.
        ///
        /// Read-only.
        "MaxLevels" => max_levels: i64,
        /// An indication of whether the service supports the period (`.`) option of the `$expand` query parameter.
        ///
        /// Read-only.
        "NoLinks" => no_links: bool,
    }
}

crate::redfish_struct! {
    /// The links to other resources that are related to this resource.
    pub struct Links {
        /// The link to the manager that is providing this Redfish service.
        ///
        /// Read-only.
        "ManagerProvidingService" => manager_providing_service: crate::Link<crate::manager::Manager>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The link to a collection of sessions.
        ///
        /// Read-only. Required.
        "Sessions" => sessions: crate::Link<crate::Collection<crate::session::Session>> [required],
    }
}

crate::redfish_struct! {
    /// The information about protocol features that the service supports.
    pub struct ProtocolFeaturesSupported {
        /// The information about deep operations that the service supports.
        "DeepOperations" => deep_operations: crate::service_root::DeepOperations,
        /// An indication of whether the service supports the `excerpt` query parameter.
        ///
        /// Read-only.
        "ExcerptQuery" => excerpt_query: bool,
        /// The information about the use of `$expand` in the service.
        "ExpandQuery" => expand_query: crate::service_root::Expand,
        /// An indication of whether the service supports the `$filter` query parameter.
        ///
        /// Read-only.
        "FilterQuery" => filter_query: bool,
        /// An indication of whether the service supports the `eq`, `ge`, `gt`, `le`, `lt`, and `ne` options for the `$filter` query parameter.
        ///
        /// Read-only.
        "FilterQueryComparisonOperations" => filter_query_comparison_operations: bool,
        /// An indication of whether the service supports the `()`, `and`, `not`, and `or` options for the `$filter` query parameter.
        ///
        /// Read-only.
        "FilterQueryCompoundOperations" => filter_query_compound_operations: bool,
        /// An indication of whether the service supports the `includeoriginofcondition` query parameter.
        ///
        /// Read-only.
        "IncludeOriginOfConditionQuery" => include_origin_of_condition_query: bool,
        /// An indication of whether the service supports multiple outstanding HTTP requests.
        ///
        /// Read-only.
        "MultipleHTTPRequests" => multiple_http_requests: bool,
        /// An indication of whether the service supports the `only` query parameter.
        ///
        /// Read-only.
        "OnlyMemberQuery" => only_member_query: bool,
        /// An indication of whether the service supports the `$select` query parameter.
        ///
        /// Read-only.
        "SelectQuery" => select_query: bool,
        /// An indication of whether the service supports both the `$top` and `$skip` query parameters.
        ///
        /// Read-only.
        "TopSkipQuery" => top_skip_query: bool,
    }
}
