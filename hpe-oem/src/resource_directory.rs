//! The HPE resource directory (`#HpeiLOResourceDirectory`): a flat index of every resource,
//! used to find resources by type in one request.

use redfish_model::{ETag, ODataId, ODataType};

redfish_model::redfish_struct! {
    /// One entry of `Instances`.
    pub struct ResourceInstance {
        /// The resource URI.
        "@odata.id" => odata_id: ODataId,
        /// Its type, e.g. `#HpeHttpsCert.v2_0_0.HpeHttpsCert`.
        "@odata.type" => odata_type: ODataType,
        /// Its current ETag (omitted when unknown).
        "ETag" => etag: ETag,
        /// The methods it accepts.
        "HttpMethods" => http_methods: Vec<String>,
        /// The member type, for collections.
        "MemberType" => member_type: String,
    }
}

redfish_model::redfish_resource! {
    /// `#HpeiLOResourceDirectory.v2_0_0.HpeiLOResourceDirectory`.
    pub struct ResourceDirectory: "HpeiLOResourceDirectory" {
        /// Every resource of the service.
        "Instances" => instances: Vec<ResourceInstance>,
    }
}

impl ResourceDirectory {
    /// The URIs of the resources whose schema (the `@odata.type` namespace without version)
    /// is `schema`, e.g. `"HpeHttpsCert"`.
    ///
    /// ```
    /// let dir: hpe_oem::ResourceDirectory = serde_json::from_str(r##"{"Instances": [
    ///     {"@odata.id": "/redfish/v1/Managers/1/SecurityService/HttpsCert/",
    ///      "@odata.type": "#HpeHttpsCert.v2_0_0.HpeHttpsCert"}]}"##).unwrap();
    /// assert_eq!(dir.find_by_schema("HpeHttpsCert").len(), 1);
    /// assert!(dir.find_by_schema("HpeHttps").is_empty());
    /// ```
    pub fn find_by_schema(&self, schema: &str) -> Vec<&ODataId> {
        self.instances
            .iter()
            .flatten()
            .filter(|i| i.odata_type.as_ref().is_some_and(|t| t.schema() == schema))
            .filter_map(|i| i.odata_id.as_ref())
            .collect()
    }

    /// The first resource of schema `schema` whose URI starts with `under` (compared
    /// case-insensitively, trailing slashes ignored): e.g. the HttpsCert of one manager.
    pub fn find_under(&self, schema: &str, under: &ODataId) -> Option<&ODataId> {
        let prefix = under.normalized().to_ascii_lowercase();
        self.find_by_schema(schema).into_iter().find(|id| {
            let p = id.normalized().to_ascii_lowercase();
            p == prefix || p.starts_with(&format!("{prefix}/"))
        })
    }
}
