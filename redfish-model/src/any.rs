//! A resource of any known type, chosen by its `@odata.type`.

use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Serialize, Serializer};
use serde_json::{Map, Value};

use crate::__private::{Fields, KeyCow, visit_fields};

use crate::collection::Collection;
use crate::diagnostics::{Diagnose, Diagnostic};
use crate::message::RedfishError;

macro_rules! any_resource {
    ($($(#[$m:meta])* $variant:ident => $ty:ty),* $(,)?) => {
        /// A resource typed by its `@odata.type`.
        ///
        /// Unknown schemas (including most OEM resources) and JSON that is not a resource
        /// at all (schema files, registries) are kept as `Unknown`.
        #[derive(Clone, PartialEq)]
        #[non_exhaustive]
        pub enum AnyResource {
            $(
                $(#[$m])*
                #[doc = concat!("A `", stringify!($variant), "` resource.")]
                $variant(Box<$ty>),
            )*
            /// Any `...Collection` resource.
            Collection(Box<Collection>),
            /// A Redfish error response (`{"error": {...}}`).
            Error(Box<RedfishError>),
            /// Anything else, as sent.
            Unknown(Value),
        }

        impl AnyResource {
            /// The schema names with a typed variant.
            pub const SCHEMAS: &'static [&'static str] = &[$(stringify!($variant)),*];

            /// Types `value` by its `@odata.type` schema name.
            pub fn from_json(value: Value) -> Self {
                let schema = value
                    .get("@odata.type")
                    .and_then(Value::as_str)
                    .map(|t| crate::ODataType::new(t).schema().to_owned());
                let Some(schema) = schema else {
                    if value.get("error").is_some_and(Value::is_object) {
                        if let Ok(e) = serde_json::from_value(value.clone()) {
                            return Self::Error(Box::new(e));
                        }
                    }
                    return Self::Unknown(value);
                };
                let parsed = match schema.as_str() {
                    $(stringify!($variant) => serde_json::from_value(value.clone()).map(|r| Self::$variant(Box::new(r))),)*
                    s if s.ends_with("Collection") && value.get("Members").is_some() => {
                        serde_json::from_value(value.clone()).map(|c| Self::Collection(Box::new(c)))
                    }
                    _ => return Self::Unknown(value),
                };
                parsed.unwrap_or(Self::Unknown(value))
            }

            /// Types a JSON document straight from its bytes, in one pass and without building a
            /// `serde_json::Value` tree for typed resources: the type is chosen when
            /// `@odata.type` is read (the first property on nearly every service; properties
            /// before it are kept and replayed), and the rest of the document is read straight
            /// into that type. Documents of other schemas are read into a `Value`. The result is
            /// the one [`AnyResource::from_json`] gives for the same JSON.
            ///
            /// # Errors
            /// When the bytes are not JSON, or hold more than one JSON value.
            pub fn from_slice(bytes: &[u8]) -> Result<Self, serde_json::Error> {
                use serde::de::Deserializer as _;
                // A `str` input needs no UTF-8 checks while parsing, and the generated
                // deserializers are compiled for one kind of input less.
                let text = match std::str::from_utf8(bytes) {
                    Ok(t) if t.trim_start().starts_with('{') => t,
                    // Not an object, or not UTF-8 (which serde_json reports in its words).
                    _ => return serde_json::from_slice::<Value>(bytes).map(Self::from_json),
                };
                let mut de = serde_json::Deserializer::from_str(text);
                let parsed = de.deserialize_map(Dispatch)?;
                de.end()?;
                match parsed {
                    Some(r) => Ok(r),
                    // The rare documents that must be looked at whole (see `Dispatch`).
                    None => serde_json::from_str::<Value>(text).map(Self::from_json),
                }
            }

            /// The schema name of the typed variant (`None` for `Unknown`).
            pub fn schema(&self) -> Option<&'static str> {
                match self {
                    $(Self::$variant(_) => Some(stringify!($variant)),)*
                    Self::Collection(_) => Some("Collection"),
                    Self::Error(_) => Some("RedfishError"),
                    Self::Unknown(_) => None,
                }
            }
        }

        /// Reads a JSON object into the [`AnyResource`] its `@odata.type` selects, or `None`
        /// when [`AnyResource::from_json`] must decide on the whole document (a collection
        /// without `Members`, a repeated `@odata.type` naming another schema).
        struct Dispatch;

        impl<'de> Visitor<'de> for Dispatch {
            type Value = Option<AnyResource>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
                // What came before `@odata.type`, to be replayed into the chosen type.
                let mut before: Vec<(String, Value)> = Vec::new();
                while let Some(key) = map.next_key_seed(KeyCow)? {
                    if key != "@odata.type" {
                        let value = map.next_value()?;
                        before.push((key.into_owned(), value));
                        continue;
                    }
                    let odata_type: Value = map.next_value()?;
                    let schema = odata_type
                        .as_str()
                        .map(|t| crate::ODataType::new(t).schema().to_owned());
                    return Ok(match schema.as_deref() {
                        $(Some(stringify!($variant)) => Some(typed::<$ty, A>(before, odata_type, &mut map)?)
                            .filter(|w| !w.repeated_type)
                            .map(|w| AnyResource::$variant(Box::new(w.inner))),)*
                        Some(s) if s.ends_with("Collection") => {
                            Some(typed::<Collection, A>(before, odata_type, &mut map)?)
                                .filter(|w| !w.repeated_type && w.members)
                                .map(|w| AnyResource::Collection(Box::new(w.inner)))
                        }
                        _ => Some(AnyResource::from_json(rest_as_value(before, odata_type, &mut map)?)),
                    });
                }
                // No `@odata.type`: an error body, a schema file...
                let object: Map<String, Value> = before.into_iter().collect();
                Ok(Some(AnyResource::from_json(Value::Object(object))))
            }
        }

        // Not derived: `Unknown` is raw JSON, whose secrets are redacted like those of `extra`.
        impl fmt::Debug for AnyResource {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $(Self::$variant(r) => f.debug_tuple(stringify!($variant)).field(r).finish(),)*
                    Self::Collection(c) => f.debug_tuple("Collection").field(c).finish(),
                    Self::Error(e) => f.debug_tuple("Error").field(e).finish(),
                    Self::Unknown(v) => f
                        .debug_tuple("Unknown")
                        .field(&crate::__private::RedactedValue(v))
                        .finish(),
                }
            }
        }

        impl Serialize for AnyResource {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                match self {
                    $(Self::$variant(r) => r.serialize(s),)*
                    Self::Collection(c) => c.serialize(s),
                    Self::Error(e) => e.serialize(s),
                    Self::Unknown(v) => v.serialize(s),
                }
            }
        }

        impl Diagnose for AnyResource {
            fn diagnose(&self, path: &str, out: &mut Vec<Diagnostic>) {
                match self {
                    $(Self::$variant(r) => r.diagnose(path, out),)*
                    Self::Collection(c) => c.diagnose(path, out),
                    Self::Error(e) => e.diagnose(path, out),
                    Self::Unknown(_) => {}
                }
            }
        }
    };
}

include!("any_list.rs");

/// A resource being read, and what [`AnyResource::from_json`] would also look at.
#[derive(Default)]
struct Watched<T> {
    inner: T,
    /// `@odata.type` came again (and may name another schema).
    repeated_type: bool,
    /// `Members` was there.
    members: bool,
}

impl<T: Fields> Fields for Watched<T> {
    const NAME: &'static str = T::NAME;
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        self.note(key);
        self.inner.read_field(key, map)
    }
    fn assign_value(&mut self, key: &str, value: Value) {
        self.note(key);
        self.inner.assign_value(key, value);
    }
    fn extra_mut(&mut self) -> &mut Map<String, Value> {
        self.inner.extra_mut()
    }
}

impl<T> Watched<T> {
    fn note(&mut self, key: &str) {
        match key {
            "@odata.type" => self.repeated_type = true,
            "Members" => self.members = true,
            _ => {}
        }
    }
}

/// Reads a resource of type `T` whose `@odata.type` has just been read: the properties that
/// came before it, then it, then the rest of `map`.
fn typed<'de, T: Fields, A: MapAccess<'de>>(
    before: Vec<(String, Value)>,
    odata_type: Value,
    map: &mut A,
) -> Result<Watched<T>, A::Error> {
    let mut out = Watched::<T>::default();
    for (k, v) in before {
        out.assign_value(&k, v);
    }
    out.inner.assign_value("@odata.type", odata_type);
    visit_fields(&mut out, map)?;
    Ok(out)
}

/// The whole object as a `Value`, for schemas without a typed variant.
fn rest_as_value<'de, A: MapAccess<'de>>(
    before: Vec<(String, Value)>,
    odata_type: Value,
    map: &mut A,
) -> Result<Value, A::Error> {
    let mut object: Map<String, Value> = before.into_iter().collect();
    object.insert("@odata.type".to_owned(), odata_type);
    while let Some((k, v)) = map.next_entry::<String, Value>()? {
        object.insert(k, v);
    }
    Ok(Value::Object(object))
}
