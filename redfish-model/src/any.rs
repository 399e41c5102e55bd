//! A resource of any known type, chosen by its `@odata.type`.

use std::fmt;

use serde::de::{MapAccess, Visitor};
use serde::{Deserialize, Serialize, Serializer};
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
                        if let Ok(e) = Deserialize::deserialize(&value) {
                            return Self::Error(Box::new(e));
                        }
                    }
                    return Self::Unknown(value);
                };
                let parsed = match schema.as_str() {
                    $(stringify!($variant) => Deserialize::deserialize(&value).map(|r| Self::$variant(Box::new(r))),)*
                    s if s.ends_with("Collection") && value.get("Members").is_some() => {
                        Deserialize::deserialize(&value).map(|c| Self::Collection(Box::new(c)))
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
        /// without `Members`, a repeated `@odata.type` or `error`, an `error` that is not an
        /// object).
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
                    if key == "error" {
                        // An error response (they have no `@odata.type`).
                        let w = typed::<RedfishError, A>(before, Some("error"), &mut map)?;
                        let plain = w.seen.odata_type == 0
                            && w.seen.error == 1
                            && !w.inner.extra.contains_key("error");
                        return Ok(plain.then(|| AnyResource::Error(w.inner)));
                    }
                    if key != "@odata.type" {
                        let value = map.next_value()?;
                        before.push((key.into_owned(), value));
                        continue;
                    }
                    let odata_type: Value = map.next_value()?;
                    let schema = odata_type
                        .as_str()
                        .map(|t| crate::ODataType::new(t).schema().to_owned());
                    // Replayed with the rest, through the rules of the chosen type.
                    before.push(("@odata.type".to_owned(), odata_type));
                    return Ok(match schema.as_deref() {
                        $(Some(stringify!($variant)) => {
                            let w = typed::<$ty, A>(before, None, &mut map)?;
                            (w.seen.odata_type == 1).then(|| AnyResource::$variant(w.inner))
                        })*
                        Some(s) if s.ends_with("Collection") => {
                            let w = typed::<Collection, A>(before, None, &mut map)?;
                            (w.seen.odata_type == 1 && w.seen.members)
                                .then(|| AnyResource::Collection(w.inner))
                        }
                        _ => Some(AnyResource::from_json(rest_as_value(before, &mut map)?)),
                    });
                }
                // No `@odata.type`: a schema file, a registry of another form...
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

/// A resource being read, and the keys [`AnyResource::from_json`] would also look at.
#[derive(Default)]
struct Watched<T> {
    /// Boxed from the start: resource types are large, and are not moved again.
    inner: Box<T>,
    seen: Seen,
}

/// How often the keys that decide the variant came.
#[derive(Default)]
struct Seen {
    odata_type: u32,
    error: u32,
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
            "@odata.type" => self.seen.odata_type += 1,
            "error" => self.seen.error += 1,
            "Members" => self.seen.members = true,
            _ => {}
        }
    }
}

/// Reads a `T` from the entries already read (`before`), the value of `pending` (a key just
/// read, whose value is next in `map`) and the rest of `map`.
fn typed<'de, T: Fields, A: MapAccess<'de>>(
    before: Vec<(String, Value)>,
    pending: Option<&str>,
    map: &mut A,
) -> Result<Watched<T>, A::Error> {
    let mut out = Watched::<T>::default();
    for (k, v) in before {
        out.assign_value(&k, v);
    }
    if let Some(key) = pending
        && !out.read_field(key, map)?
    {
        let value = map.next_value()?;
        out.extra_mut().insert(key.to_owned(), value);
    }
    visit_fields(&mut out, map)?;
    Ok(out)
}

/// The whole object as a `Value`, for schemas without a typed variant.
fn rest_as_value<'de, A: MapAccess<'de>>(
    before: Vec<(String, Value)>,
    map: &mut A,
) -> Result<Value, A::Error> {
    let mut object: Map<String, Value> = before.into_iter().collect();
    while let Some((k, v)) = map.next_entry::<String, Value>()? {
        object.insert(k, v);
    }
    Ok(Value::Object(object))
}
