//! `PrivilegeRegistry`: The `PrivilegeRegistry` schema describes the operation-to-privilege mappings.
//!
//! Generated from the DMTF Redfish schema `PrivilegeRegistry.v1_2_0.json` (release 2025.4) by `tools/gen_model.py`.
//! Do not edit by hand: change the generator and re-run it.
//! Built with the Cargo feature `privilege_registry` (part of `full`).

// Type names are the DMTF definition names (`iSCSIBoot`, `Target_PrivilegeMap`).
#![allow(clippy::doc_markdown, clippy::large_enum_variant, non_camel_case_types)]

crate::redfish_struct! {
    /// The `PrivilegeRegistry` schema describes the operation-to-privilege mappings.
    ///
    /// DMTF schema `PrivilegeRegistry` v1_2_0 (Redfish 2025.4).
    pub struct PrivilegeRegistry {
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
        /// The mappings between entities and the relevant privileges that access those entities.
        "Mappings" => mappings: Vec<crate::privilege_registry::Mapping>,
        /// Read-only. Required.
        "Name" => name: String [required],
        /// The descriptions of the OEM privileges used in this mapping.
        ///
        /// Read-only.
        "OEMPrivilegeDescriptions" => oem_privilege_descriptions: Vec<String>,
        /// The set of OEM privileges used in this mapping.
        ///
        /// Read-only.
        "OEMPrivilegesUsed" => oem_privileges_used: Vec<String>,
        /// The OEM extension property.
        "Oem" => oem: crate::Oem,
        /// The set of Redfish standard privileges used in this mapping.
        ///
        /// Read-only.
        "PrivilegesUsed" => privileges_used: Vec<crate::privileges::PrivilegeType>,
    }
}

crate::__impl_resource!(PrivilegeRegistry: "PrivilegeRegistry", actions);

crate::redfish_struct! {
    /// The mapping between a resource type and the relevant privileges that accesses the resource.
    pub struct Mapping {
        /// The resource name, such as `Manager`.
        ///
        /// Read-only.
        "Entity" => entity: String,
        /// List mapping between HTTP methods and privilege required for the resource.
        "OperationMap" => operation_map: crate::privilege_registry::OperationMap,
        /// The privilege overrides of properties within a resource.
        "PropertyOverrides" => property_overrides: Vec<crate::privilege_registry::Target_PrivilegeMap>,
        /// The privilege overrides of resource URIs.
        "ResourceURIOverrides" => resource_uri_overrides: Vec<crate::privilege_registry::Target_PrivilegeMap>,
        /// The privilege overrides of the subordinate resource.
        "SubordinateOverrides" => subordinate_overrides: Vec<crate::privilege_registry::Target_PrivilegeMap>,
    }
}

crate::redfish_struct! {
    /// The specific privileges required to complete a set of HTTP operations.
    pub struct OperationMap {
        /// The privilege required to complete an HTTP `DELETE` operation.
        "DELETE" => delete: Vec<crate::privilege_registry::OperationPrivilege>,
        /// The privilege required to complete an HTTP `GET` operation.
        "GET" => get: Vec<crate::privilege_registry::OperationPrivilege>,
        /// The privilege required to complete an HTTP `HEAD` operation.
        "HEAD" => head: Vec<crate::privilege_registry::OperationPrivilege>,
        /// The privilege required to complete an HTTP `PATCH` operation.
        "PATCH" => patch: Vec<crate::privilege_registry::OperationPrivilege>,
        /// The privilege required to complete an HTTP `POST` operation.
        "POST" => post: Vec<crate::privilege_registry::OperationPrivilege>,
        /// The privilege required to complete an HTTP `PUT` operation.
        "PUT" => put: Vec<crate::privilege_registry::OperationPrivilege>,
    }
}

crate::redfish_struct! {
    /// The privileges for a specific HTTP operation.
    pub struct OperationPrivilege {
        /// An array of privileges that are required to complete a specific HTTP operation on a resource.
        ///
        /// Read-only.
        "Privilege" => privilege: Vec<String>,
    }
}

crate::redfish_struct! {
    /// This type describes a mapping between one or more targets and the HTTP operations associated with them.
    pub struct Target_PrivilegeMap {
        /// The mapping between the HTTP operation and the privilege required to complete the operation.
        "OperationMap" => operation_map: crate::privilege_registry::OperationMap,
        /// The set of URIs, resource types, or properties.
        ///
        /// Read-only.
        "Targets" => targets: Vec<Option<String>>,
    }
}
