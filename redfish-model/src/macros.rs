//! The two macros every model type is built with.
//!
//! They are exported so that OEM crates (`hpe-oem`, `ocp-rmc`, your own) define their
//! extensions with exactly the same tolerance rules as the DMTF types.

/// Defines a tolerant Redfish object type.
///
/// Every listed property becomes a public `Option<T>` field named after its JSON key. The
/// generated `Deserialize` never fails on a JSON object:
///
/// - a `null` or a value that cannot be typed leaves the field `None` and keeps the raw JSON
///   in `extra` (so it is re-emitted unchanged);
/// - harmless mistakes are coerced (a number sent as a string, a string sent as a number, a
///   single object where an array is expected) and the original form is kept so that a
///   round trip reproduces the input byte-for-byte in meaning;
/// - unknown properties and annotations go to `extra`.
///
/// Flags after the type, in brackets and combinable (`[secret, required]`):
///
/// - `[secret]`: the value is redacted in `Debug`;
/// - `[required]`: the schema requires the property; [`diagnose`](crate::diagnostics::diagnose)
///   reports it as [`MissingRequired`](crate::diagnostics::DiagnosticKind::MissingRequired)
///   when the service did not send it.
///
/// ```
/// redfish_model::redfish_struct! {
///     /// A vendor extension.
///     pub struct AcmeThing {
///         /// The widget count.
///         "WidgetCount" => widget_count: u32,
///         /// The widget password.
///         "Password" => password: String [secret],
///         /// The widget name.
///         "Name" => name: String [required],
///     }
/// }
/// let t: AcmeThing = serde_json::from_str(r#"{"WidgetCount": "3", "Password": "x", "New": 1}"#).unwrap();
/// assert_eq!(t.widget_count, Some(3));
/// assert!(t.extra.contains_key("New"));
/// assert!(!format!("{t:?}").contains("\"x\""));
/// // The string form of the count survives the round trip.
/// assert_eq!(serde_json::to_value(&t).unwrap()["WidgetCount"], "3");
/// // `Name` is required and absent (the string count is reported too: it was coerced).
/// let found = redfish_model::diagnostics::diagnose(&t);
/// assert!(found.iter().any(|d| d.path == "Name"));
/// ```
#[macro_export]
macro_rules! redfish_struct {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident {
            $(
                $(#[$fmeta:meta])*
                $key:literal => $field:ident : $ty:ty $([$($flag:ident),+ $(,)?])?
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Clone, Default, PartialEq)]
        #[non_exhaustive]
        $vis struct $name {
            $(
                $(#[$fmeta])*
                #[doc = ""]
                #[doc = concat!("JSON property `", $key, "`.")]
                pub $field: ::core::option::Option<$ty>,
            )*
            /// Properties this type does not model (unknown keys, annotations, OEM additions)
            /// and the raw JSON of modelled properties that were `null`, coerced or could not
            /// be typed. Nothing a service sends is lost on a parse/serialize round trip.
            pub extra: $crate::__private::Map<::std::string::String, $crate::__private::Value>,
        }

        impl $name {
            /// The JSON property names this type models, in declaration order.
            pub const PROPERTIES: &'static [&'static str] = &[$($key),*];

            #[allow(dead_code)]
            fn __is_set(&self, key: &str) -> bool {
                match key {
                    $($key => self.$field.is_some(),)*
                    _ => false,
                }
            }

        }

        impl ::core::fmt::Debug for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                #[allow(unused_imports)]
                use $crate::__private::{DebugPlain as _, DebugRaw as _};
                let mut d = f.debug_struct(stringify!($name));
                $(
                    if let Some(v) = &self.$field {
                        d.field(stringify!($field), $crate::__debug_value!(v $($(, $flag)+)?));
                    }
                )*
                if !self.extra.is_empty() {
                    d.field("extra", &$crate::__private::RedactedMap(&self.extra));
                }
                d.finish()
            }
        }

        impl $crate::__private::Fields for $name {
            const NAME: &'static str = stringify!($name);

            #[allow(clippy::needless_borrow)]
            fn read_field<'de, A>(&mut self, key: &str, map: &mut A) -> ::core::result::Result<bool, A::Error>
            where
                A: $crate::__private::serde::de::MapAccess<'de>,
            {
                // The read path of each field is chosen by its type (see `__private::Tag`).
                #[allow(unused_imports)]
                use $crate::__private::{ViaArray as _, ViaFields as _, ViaRaw as _, ViaScalar as _};
                // Types without properties use neither argument.
                let _ = &map;
                match key {
                    $($key => (&&&&&$crate::__private::Tag::<$ty>::NEW).read(&mut self.$field, $key, &mut self.extra, map)?,)*
                    _ => return Ok(false),
                }
                #[allow(unreachable_code)]
                Ok(true)
            }

            fn assign_value(&mut self, key: &str, value: $crate::__private::Value) {
                match key {
                    $($key => $crate::__private::assign(&mut self.$field, key, value, &mut self.extra),)*
                    _ => {
                        self.extra.insert(key.to_owned(), value);
                    }
                }
            }

            fn extra_mut(&mut self) -> &mut $crate::__private::Map<::std::string::String, $crate::__private::Value> {
                &mut self.extra
            }
        }

        impl $crate::__private::SameSpelling for $name {}

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                $crate::__private::deserialize_struct(deserializer)
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                use $crate::__private::serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(None)?;
                $(
                    if let Some(v) = &self.$field {
                        match self.extra.get($key) {
                            Some(raw) if $crate::__private::coerces_to(raw, v) => {
                                map.serialize_entry($key, raw)?
                            }
                            _ => map.serialize_entry($key, v)?,
                        }
                    }
                )*
                for (k, v) in &self.extra {
                    if !self.__is_set(k) {
                        map.serialize_entry(k, v)?;
                    }
                }
                map.end()
            }
        }

        impl $crate::diagnostics::Diagnose for $name {
            fn diagnose(&self, path: &str, out: &mut ::std::vec::Vec<$crate::diagnostics::Diagnostic>) {
                // Types without properties use neither argument.
                let _ = (path, &out);
                // A bare `{"@odata.id": ...}` stands for the object it points to (Redfish
                // references a referenceable member so, e.g. `Fans/0/Redundancy/0`): the
                // required properties are at the target, not missing here.
                let reference = self.extra.is_empty()
                    && 0 $(+ usize::from(self.$field.is_some()))* == 1
                    && (false $(|| ($key == "@odata.id" && self.$field.is_some()))*);
                let _ = reference;
                $(
                    match &self.$field {
                        Some(v) => {
                            if let Some(raw) = self.extra.get($key) {
                                if $crate::__private::was_coerced(raw, v) {
                                    out.push($crate::diagnostics::Diagnostic::coerced(
                                        $crate::__private::join_path(path, $key),
                                        raw.clone(),
                                    ));
                                }
                            }
                            $crate::diagnostics::Diagnose::diagnose(
                                v,
                                &$crate::__private::join_path(path, $key),
                                out,
                            )
                        }
                        None => {
                            if let Some(raw) = self.extra.get($key) {
                                if !raw.is_null() {
                                    out.push($crate::diagnostics::Diagnostic::rejected(
                                        $crate::__private::join_path(path, $key),
                                        raw.clone(),
                                    ));
                                }
                            }
                        }
                    }
                    // A property the schema requires that the service did not send at all (a
                    // `null` or an untypable value is present, and reported above if wrong).
                    if $crate::__has_flag!(required $($(, $flag)+)?)
                        && !reference
                        && self.$field.is_none()
                        && !self.extra.contains_key($key)
                    {
                        out.push($crate::diagnostics::Diagnostic::missing_required(
                            $crate::__private::join_path(path, $key),
                        ));
                    }
                )*
            }
        }
    };
}

/// Defines an open Redfish enumeration: every listed value plus `Unknown(String)`, which
/// keeps any value a newer schema or a vendor sends.
///
/// ```
/// redfish_model::redfish_enum! {
///     /// Colours.
///     pub enum Colour {
///         /// Red.
///         Red = "Red",
///     }
/// }
/// let c: Colour = serde_json::from_str("\"Mauve\"").unwrap();
/// assert_eq!(c, Colour::Unknown("Mauve".into()));
/// assert_eq!(serde_json::to_string(&c).unwrap(), "\"Mauve\"");
/// assert_eq!("Red".parse::<Colour>().unwrap(), Colour::Red);
/// ```
#[macro_export]
macro_rules! redfish_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$vmeta:meta])*
                $variant:ident = $value:literal
            ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        ///
        /// Matching: always keep a `_` arm; values added by newer schemas or sent by vendors
        /// arrive as `Unknown` with the exact string.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        #[allow(clippy::upper_case_acronyms, non_camel_case_types)]
        $vis enum $name {
            $(
                $(#[$vmeta])*
                $variant,
            )*
            /// A value this version of the model does not know, kept verbatim.
            Unknown(::std::string::String),
        }

        impl $name {
            /// Every value this type knows, as the service spells it.
            pub const VALUES: &'static [&'static str] = &[$($value),*];

            /// The value as the service spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    $(Self::$variant => $value,)*
                    Self::Unknown(s) => s.as_str(),
                }
            }

            /// `true` for a value this version of the model does not know.
            pub fn is_unknown(&self) -> bool {
                matches!(self, Self::Unknown(_))
            }

            /// Strict parse: `None` for a value this version does not know.
            pub fn try_parse(s: &str) -> ::core::option::Option<Self> {
                match s {
                    $($value => Some(Self::$variant),)*
                    _ => None,
                }
            }
        }

        impl ::core::convert::From<&str> for $name {
            fn from(s: &str) -> Self {
                Self::try_parse(s).unwrap_or_else(|| Self::Unknown(s.to_owned()))
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = ::core::convert::Infallible;
            fn from_str(s: &str) -> ::core::result::Result<Self, Self::Err> {
                Ok(Self::from(s))
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl $crate::__private::serde::Serialize for $name {
            fn serialize<S>(&self, serializer: S) -> ::core::result::Result<S::Ok, S::Error>
            where
                S: $crate::__private::serde::Serializer,
            {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> $crate::__private::serde::Deserialize<'de> for $name {
            fn deserialize<D>(deserializer: D) -> ::core::result::Result<Self, D::Error>
            where
                D: $crate::__private::serde::Deserializer<'de>,
            {
                struct Visitor;
                impl<'de> $crate::__private::serde::de::Visitor<'de> for Visitor {
                    type Value = $name;
                    fn expecting(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                        f.write_str(concat!("a string (", stringify!($name), ")"))
                    }
                    fn visit_str<E>(self, v: &str) -> ::core::result::Result<$name, E> {
                        Ok($name::from(v))
                    }
                    fn visit_string<E>(self, v: ::std::string::String) -> ::core::result::Result<$name, E> {
                        Ok(match $name::try_parse(&v) {
                            Some(known) => known,
                            None => $name::Unknown(v),
                        })
                    }
                }
                deserializer.deserialize_str(Visitor)
            }
        }

        // Read from the borrowed text of a JSON string (see `__private::Tag`).
        impl $crate::__private::StrLike for $name {}
        impl $crate::__private::SameSpelling for $name {}

        impl $crate::diagnostics::Diagnose for $name {
            fn diagnose(&self, path: &str, out: &mut ::std::vec::Vec<$crate::diagnostics::Diagnostic>) {
                if let Self::Unknown(s) = self {
                    out.push($crate::diagnostics::Diagnostic::unknown_enum_value(
                        path.to_owned(),
                        stringify!($name),
                        s.clone(),
                    ));
                }
            }
        }
    };
}

/// Defines a Redfish resource: [`redfish_struct!`] plus the common properties every
/// resource has (`@odata.id`, `@odata.type`, `@odata.etag`, `@odata.context`, `Id`, `Name`,
/// `Description`, `Oem`) and an implementation of [`Resource`](crate::Resource).
///
/// `SCHEMA` is the Redfish schema (namespace) name, e.g. `"Chassis"`.
///
/// With `, actions` after the schema name the type also gets the `Actions` property and
/// [`Resource::actions`](crate::Resource::actions) returns it, so that typed requests (hand-written
/// [`ActionRequest`](crate::ActionRequest) implementations of OEM actions) find their target.
#[macro_export]
macro_rules! redfish_resource {
    (
        $(#[$meta:meta])*
        $vis:vis struct $name:ident : $schema:literal $(, $actions:ident)? {
            $(
                $(#[$fmeta:meta])*
                $key:literal => $field:ident : $ty:ty $([$($flag:ident),+ $(,)?])?
            ),* $(,)?
        }
    ) => {
        $crate::redfish_struct! {
            $(#[$meta])*
            $vis struct $name {
                /// The URI of this resource.
                "@odata.id" => odata_id: $crate::ODataId,
                /// The schema type, e.g. `#Chassis.v1_14_0.Chassis`.
                "@odata.type" => odata_type: $crate::ODataType,
                /// The entity tag of this representation.
                "@odata.etag" => odata_etag: $crate::ETag,
                /// The OData context URL (sent by many services, deprecated by Redfish).
                "@odata.context" => odata_context: ::std::string::String,
                /// The resource identifier, unique within its collection.
                "Id" => id: ::std::string::String,
                /// The resource name.
                "Name" => name: ::std::string::String,
                /// The resource description.
                "Description" => description: ::std::string::String,
                /// OEM extensions, keyed by vendor (e.g. `Hpe`).
                "Oem" => oem: $crate::Oem,
                $(
                    /// The available actions.
                    "Actions" => $actions: $crate::Actions,
                )?
                $(
                    $(#[$fmeta])*
                    $key => $field : $ty $([$($flag),+])?
                ),*
            }
        }

        $crate::__impl_resource!($name: $schema $(, $actions)?);
    };
}

/// Implements [`Resource`](crate::Resource) for a [`redfish_struct!`] type that has the common
/// resource properties (fields `odata_id`, `odata_type`, `odata_etag`, `oem`) and, with
/// `actions`, an `actions: Option<Actions>` field. The generated schema modules declare their
/// resources this way, with the common properties flagged as the schema requires them.
#[doc(hidden)]
#[macro_export]
macro_rules! __impl_resource {
    ($name:ident : $schema:literal $(, $actions:ident)?) => {
        impl $crate::Resource for $name {
            const SCHEMA: &'static str = $schema;
            fn odata_id(&self) -> ::core::option::Option<&$crate::ODataId> {
                self.odata_id.as_ref()
            }
            fn odata_type(&self) -> ::core::option::Option<&$crate::ODataType> {
                self.odata_type.as_ref()
            }
            fn etag(&self) -> ::core::option::Option<&$crate::ETag> {
                self.odata_etag.as_ref()
            }
            fn oem(&self) -> ::core::option::Option<&$crate::Oem> {
                self.oem.as_ref()
            }
            fn extra(&self) -> &$crate::__private::Map<::std::string::String, $crate::__private::Value> {
                &self.extra
            }
            $(
                fn actions(&self) -> ::core::option::Option<&$crate::Actions> {
                    self.$actions.as_ref()
                }
            )?
        }
    };
}

/// `Debug` view of a field: redacted when its flags include `secret`.
#[doc(hidden)]
#[macro_export]
macro_rules! __debug_value {
    // Raw JSON fields are printed with secrets redacted (see `__private::DebugTag`; the caller
    // has `DebugPlain` and `DebugRaw` in scope).
    ($v:expr) => {
        &(&&$crate::__private::DebugTag($v)).view() as &dyn ::core::fmt::Debug
    };
    ($v:expr, secret $(, $rest:ident)*) => {{
        let _ = $v;
        &$crate::__private::Redacted as &dyn ::core::fmt::Debug
    }};
    ($v:expr, $other:ident $(, $rest:ident)*) => {
        $crate::__debug_value!($v $(, $rest)*)
    };
}

/// `true` when the flag list (after the flag looked for) contains that flag.
#[doc(hidden)]
#[macro_export]
macro_rules! __has_flag {
    ($want:ident) => {
        false
    };
    (required, required $(, $rest:ident)*) => {
        true
    };
    (secret, secret $(, $rest:ident)*) => {
        true
    };
    ($want:ident, $other:ident $(, $rest:ident)*) => {
        $crate::__has_flag!($want $(, $rest)*)
    };
}
