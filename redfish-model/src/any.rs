//! A resource of any known type, chosen by its `@odata.type`.

use serde::{Serialize, Serializer};
use serde_json::Value;

use crate::collection::Collection;
use crate::diagnostics::{Diagnose, Diagnostic};
use crate::message::RedfishError;

macro_rules! any_resource {
    ($($(#[$m:meta])* $variant:ident => $ty:ty),* $(,)?) => {
        /// A resource typed by its `@odata.type`.
        ///
        /// Unknown schemas (including most OEM resources) and JSON that is not a resource
        /// at all (schema files, registries) are kept as `Unknown`.
        #[derive(Clone, Debug, PartialEq)]
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

            /// Types a JSON document straight from its bytes: a first pass reads only
            /// `@odata.type`, the second deserializes the chosen type without building a
            /// `serde_json::Value` tree (unknown schemas fall back to one).
            ///
            /// # Errors
            /// When the bytes are not JSON.
            pub fn from_slice(bytes: &[u8]) -> Result<Self, serde_json::Error> {
                #[derive(serde::Deserialize)]
                struct Peek<'a> {
                    #[serde(rename = "@odata.type", borrow, default)]
                    odata_type: Option<std::borrow::Cow<'a, str>>,
                }
                let schema = match serde_json::from_slice::<Peek<'_>>(bytes) {
                    Ok(p) => p.odata_type.map(|t| crate::ODataType::new(t.as_ref()).schema().to_owned()),
                    Err(_) => None,
                };
                let typed = match schema.as_deref() {
                    $(Some(stringify!($variant)) => serde_json::from_slice(bytes).map(|r| Self::$variant(Box::new(r))).ok(),)*
                    _ => None,
                };
                match typed {
                    Some(t) => Ok(t),
                    None => serde_json::from_slice::<Value>(bytes).map(Self::from_json),
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
