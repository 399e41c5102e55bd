//! Resources of schemas whose module is not built (a Cargo feature is off).
//!
//! Each schema module outside the always-built core sits behind a Cargo feature named after it
//! (`virtual_media`, `pcie_device`, ...; `full` enables all). When the feature is off, the
//! module still exists and declares its resource type as [`Untyped<S>`]: the common properties
//! every resource has (`@odata.id`, `@odata.type`, `Id`, `Name`, `Actions`, ...) typed, every
//! other property kept as raw JSON in `extra`. So `Link<virtual_media::VirtualMedia>`,
//! `Collection<virtual_media::VirtualMedia>` and [`AnyResource`](crate::AnyResource) work in
//! every build, and a parse/serialize round trip is lossless either way.
//!
//! ```
//! use redfish_model::{Resource, untyped::{RawResource, SchemaName, Untyped}};
//! enum Widget {}
//! impl SchemaName for Widget {
//!     const NAME: &'static str = "Widget";
//! }
//! let w: Untyped<Widget> = serde_json::from_str(
//!     r#"{"@odata.id": "/redfish/v1/Widgets/1", "Id": "1", "Size": 3}"#,
//! ).unwrap();
//! assert_eq!(<Untyped<Widget> as Resource>::SCHEMA, "Widget");
//! assert_eq!(w.id.as_deref(), Some("1"));
//! assert_eq!(w.extra["Size"], 3);
//! assert_eq!(serde_json::to_value(&w).unwrap()["Size"], 3);
//! ```

use std::fmt;
use std::marker::PhantomData;
use std::ops::{Deref, DerefMut};

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::diagnostics::{Diagnose, Diagnostic};
use crate::{Actions, ETag, ODataId, ODataType, Oem, Resource};

crate::redfish_struct! {
    /// The properties every resource has; everything else stays in `extra`.
    pub struct RawResource {
        /// The OData context URL.
        "@odata.context" => odata_context: String,
        /// The entity tag of this representation.
        "@odata.etag" => odata_etag: ETag,
        /// The URI of this resource.
        "@odata.id" => odata_id: ODataId,
        /// The schema type, e.g. `#VirtualMedia.v1_6_0.VirtualMedia`.
        "@odata.type" => odata_type: ODataType,
        /// The available actions.
        "Actions" => actions: Actions,
        /// The resource description.
        "Description" => description: String,
        /// The resource identifier, unique within its collection.
        "Id" => id: String,
        /// The resource name.
        "Name" => name: String,
        /// OEM extensions.
        "Oem" => oem: Oem,
    }
}

/// Names the schema of an [`Untyped`] resource.
pub trait SchemaName {
    /// The schema (namespace) name, e.g. `VirtualMedia`.
    const NAME: &'static str;
}

/// A resource of schema `S` typed only by its common properties ([`RawResource`], reachable
/// through `Deref`); see the [module docs](self).
pub struct Untyped<S> {
    /// The common properties and, in `extra`, everything else.
    pub raw: RawResource,
    _schema: PhantomData<fn() -> S>,
}

impl<S> Untyped<S> {
    /// Wraps the common properties of a resource of schema `S`.
    pub fn new(raw: RawResource) -> Self {
        Self {
            raw,
            _schema: PhantomData,
        }
    }
}

impl<S> Deref for Untyped<S> {
    type Target = RawResource;
    fn deref(&self) -> &RawResource {
        &self.raw
    }
}

impl<S> DerefMut for Untyped<S> {
    fn deref_mut(&mut self) -> &mut RawResource {
        &mut self.raw
    }
}

impl<S> Clone for Untyped<S> {
    fn clone(&self) -> Self {
        Self::new(self.raw.clone())
    }
}

impl<S> Default for Untyped<S> {
    fn default() -> Self {
        Self::new(RawResource::default())
    }
}

impl<S> PartialEq for Untyped<S> {
    fn eq(&self, other: &Self) -> bool {
        self.raw == other.raw
    }
}

impl<S: SchemaName> fmt::Debug for Untyped<S> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple(S::NAME).field(&self.raw).finish()
    }
}

impl<S> Serialize for Untyped<S> {
    fn serialize<Z: Serializer>(&self, serializer: Z) -> Result<Z::Ok, Z::Error> {
        self.raw.serialize(serializer)
    }
}

impl<'de, S> Deserialize<'de> for Untyped<S> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        RawResource::deserialize(deserializer).map(Self::new)
    }
}

// Read through the common properties' fields, so that `AnyResource` and the typed read paths
// take an untyped resource exactly like a typed one.
impl<S: SchemaName> crate::__private::Fields for Untyped<S> {
    const NAME: &'static str = S::NAME;

    fn read_field<'de, A: serde::de::MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        self.raw.read_field(key, map)
    }

    fn assign_value(&mut self, key: &str, value: Value) {
        self.raw.assign_value(key, value);
    }

    fn extra_mut(&mut self) -> &mut Map<String, Value> {
        self.raw.extra_mut()
    }
}

impl<S> Diagnose for Untyped<S> {
    fn diagnose(&self, path: &str, out: &mut Vec<Diagnostic>) {
        self.raw.diagnose(path, out);
    }
}

impl<S: SchemaName> Resource for Untyped<S> {
    const SCHEMA: &'static str = S::NAME;
    fn odata_id(&self) -> Option<&ODataId> {
        self.raw.odata_id.as_ref()
    }
    fn odata_type(&self) -> Option<&ODataType> {
        self.raw.odata_type.as_ref()
    }
    fn etag(&self) -> Option<&ETag> {
        self.raw.odata_etag.as_ref()
    }
    fn oem(&self) -> Option<&Oem> {
        self.raw.oem.as_ref()
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.raw.extra
    }
    fn actions(&self) -> Option<&Actions> {
        self.raw.actions.as_ref()
    }
}
