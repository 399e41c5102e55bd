//! OData identity of resources: `@odata.id`, `@odata.type`, `@odata.etag` and links.

use std::fmt;
use std::marker::PhantomData;

use serde::de::{DeserializeOwned, DeserializeSeed as _, Error as _};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::diagnostics::{Diagnose, Diagnostic};

macro_rules! string_newtype {
    ($(#[$meta:meta])* $name:ident) => {
        $(#[$meta])*
        #[derive(Clone, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(String);

        impl $name {
            /// Wraps a string as sent by the service.
            pub fn new(s: impl Into<String>) -> Self {
                Self(s.into())
            }
            /// The string exactly as sent by the service.
            pub fn as_str(&self) -> &str {
                &self.0
            }
            /// Returns the inner string.
            pub fn into_string(self) -> String {
                self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }

        impl From<String> for $name {
            fn from(s: String) -> Self {
                Self(s)
            }
        }

        impl From<&str> for $name {
            fn from(s: &str) -> Self {
                Self(s.to_owned())
            }
        }

        impl AsRef<str> for $name {
            fn as_ref(&self) -> &str {
                &self.0
            }
        }

        impl Diagnose for $name {
            fn diagnose(&self, _path: &str, _out: &mut Vec<Diagnostic>) {}
        }
    };
}

string_newtype!(
    /// The URI of a resource (`@odata.id`), kept exactly as the service sent it.
    ///
    /// Services differ on trailing slashes (HPE iLO adds them, DMTF mockups do not) and may
    /// append a JSON-pointer fragment for array members (`.../Power#/PowerControl/0`). Compare
    /// with [`ODataId::same_resource`], which ignores both.
    ODataId
);

string_newtype!(
    /// An entity tag (`@odata.etag` or the `ETag` header), kept verbatim: weak validators
    /// such as iLO's `W/"3E42B793"` must be echoed exactly in `If-Match`.
    ETag
);

impl ODataId {
    /// The URI without a `#fragment`.
    pub fn path(&self) -> &str {
        match self.0.find('#') {
            Some(i) => &self.0[..i],
            None => &self.0,
        }
    }

    /// The `#fragment` (without `#`), if any.
    pub fn fragment(&self) -> Option<&str> {
        self.0.find('#').map(|i| &self.0[i + 1..])
    }

    /// The path without fragment and without a trailing slash (except for `/`).
    pub fn normalized(&self) -> &str {
        let p = self.path();
        if p.len() > 1 {
            p.strip_suffix('/').unwrap_or(p)
        } else {
            p
        }
    }

    /// `true` when both name the same resource, ignoring a trailing slash and a fragment.
    pub fn same_resource(&self, other: &ODataId) -> bool {
        self.normalized() == other.normalized()
    }

    /// The URI of a child: `self` + `/` + `segment`, respecting a trailing slash.
    pub fn child(&self, segment: &str) -> ODataId {
        let base = self.normalized();
        let seg = segment.trim_start_matches('/');
        if self.path().ends_with('/') && self.path().len() > 1 {
            ODataId(format!("{base}/{seg}/"))
        } else {
            ODataId(format!("{base}/{seg}"))
        }
    }

    /// The last path segment (e.g. the member id of a collection member).
    pub fn last_segment(&self) -> &str {
        self.normalized().rsplit('/').next().unwrap_or("")
    }
}

string_newtype!(
    /// A schema type (`@odata.type`), e.g. `#Chassis.v1_14_0.Chassis`.
    ///
    /// ```
    /// use redfish_model::ODataType;
    /// let t = ODataType::new("#Chassis.v1_14_0.Chassis");
    /// assert_eq!(t.schema(), "Chassis");
    /// assert_eq!(t.type_name(), "Chassis");
    /// assert_eq!(t.version(), Some((1, 14, 0)));
    /// assert_eq!(ODataType::new("#ChassisCollection.ChassisCollection").version(), None);
    /// ```
    ODataType
);

impl ODataType {
    fn segments(&self) -> impl DoubleEndedIterator<Item = &str> {
        self.0.trim_start_matches('#').split('.')
    }

    /// The schema (namespace without version): `Chassis` in `#Chassis.v1_14_0.Chassis`.
    pub fn schema(&self) -> &str {
        self.segments().next().unwrap_or("")
    }

    /// The type name (last segment): `Chassis` in `#Chassis.v1_14_0.Chassis`.
    pub fn type_name(&self) -> &str {
        self.segments().next_back().unwrap_or("")
    }

    /// The schema version `(major, minor, errata)`, if versioned. Accepts the Redfish form
    /// `v1_14_0` and the `1.0.0` form of early iLO 4 firmware.
    pub fn version(&self) -> Option<(u32, u32, u32)> {
        let s = self.0.trim_start_matches('#');
        let first_dot = s.find('.')?;
        let last_dot = s.rfind('.')?;
        if last_dot <= first_dot {
            return None;
        }
        let v = &s[first_dot + 1..last_dot];
        let v = v.strip_prefix('v').unwrap_or(v);
        let mut parts = v.split(['_', '.']).map(|p| p.parse::<u32>().ok());
        let major = parts.next()??;
        let minor = parts.next().flatten().unwrap_or(0);
        let errata = parts.next().flatten().unwrap_or(0);
        Some((major, minor, errata))
    }

    /// `true` when the versioned schema is at least `major.minor`.
    pub fn at_least(&self, major: u32, minor: u32) -> bool {
        self.version()
            .is_some_and(|(a, b, _)| (a, b) >= (major, minor))
    }
}

/// A link to another resource (`{"@odata.id": ...}`), typed by the resource it points to.
///
/// When the service expanded the link (`$expand`), the whole resource is inline; it is kept
/// in `extra` and [`Link::expanded`] types it without another request.
pub struct Link<T = Value> {
    /// The URI of the target.
    pub odata_id: ODataId,
    /// Everything else in the link object (annotations, or the body of an expanded link).
    pub extra: Map<String, Value>,
    _target: PhantomData<fn() -> T>,
}

impl<T> Link<T> {
    /// A link to `id`.
    pub fn new(id: impl Into<ODataId>) -> Self {
        Self {
            odata_id: id.into(),
            extra: Map::new(),
            _target: PhantomData,
        }
    }

    /// `true` when the service sent the target's body inline.
    pub fn is_expanded(&self) -> bool {
        self.extra.contains_key("@odata.type")
            || self
                .extra
                .keys()
                .any(|k| !k.starts_with('@') && !k.contains('@'))
    }

    /// The same link with another target type.
    pub fn cast<U>(self) -> Link<U> {
        Link {
            odata_id: self.odata_id,
            extra: self.extra,
            _target: PhantomData,
        }
    }
}

impl<T: DeserializeOwned> Link<T> {
    /// The target typed from the inline body, when the link was expanded.
    pub fn expanded(&self) -> Option<Result<T, serde_json::Error>> {
        if !self.is_expanded() {
            return None;
        }
        let mut obj = self.extra.clone();
        obj.insert("@odata.id".into(), Value::String(self.odata_id.0.clone()));
        Some(serde_json::from_value(Value::Object(obj)))
    }
}

impl<T> Clone for Link<T> {
    fn clone(&self) -> Self {
        Self {
            odata_id: self.odata_id.clone(),
            extra: self.extra.clone(),
            _target: PhantomData,
        }
    }
}

impl<T> PartialEq for Link<T> {
    fn eq(&self, other: &Self) -> bool {
        self.odata_id == other.odata_id && self.extra == other.extra
    }
}

impl<T> fmt::Debug for Link<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.extra.is_empty() {
            write!(f, "Link({})", self.odata_id)
        } else {
            f.debug_struct("Link")
                .field("odata_id", &self.odata_id)
                .field("extra", &crate::__private::RedactedMap(&self.extra))
                .finish()
        }
    }
}

impl<T> From<ODataId> for Link<T> {
    fn from(id: ODataId) -> Self {
        Self::new(id)
    }
}

impl<T> Serialize for Link<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(Some(self.extra.len() + 1))?;
        map.serialize_entry("@odata.id", &self.odata_id)?;
        for (k, v) in &self.extra {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

impl<'de, T> Deserialize<'de> for Link<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // Read entry by entry rather than through a `Map` so that a plain link allocates only
        // its URI. The other entries keep the order they were sent in.
        match crate::__private::LinkSeed.deserialize(deserializer)? {
            Ok((link, _)) => Ok(link.cast()),
            Err(_) => Err(D::Error::custom("a link needs a string @odata.id")),
        }
    }
}

impl<T> Diagnose for Link<T> {
    fn diagnose(&self, _path: &str, _out: &mut Vec<Diagnostic>) {}
}
