//! Resource collections (`Members`, `Members@odata.count`, `Members@odata.nextLink`).

use std::fmt;

use serde::de::{DeserializeOwned, MapAccess};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::{Map, Value};

use crate::diagnostics::{Diagnose, Diagnostic};
use crate::odata::Link;
use crate::{ETag, ODataId, ODataType, Oem};

/// A Redfish resource collection whose members are `T` (e.g. `Collection<Chassis>`).
///
/// Members are links; when the service expanded them (`$expand`) the bodies are inline and
/// [`Collection::expanded_members`] types them. A paging service sends
/// `Members@odata.nextLink` until the last page.
///
/// ```
/// use redfish_model::{Collection, chassis::Chassis};
/// let c: Collection<Chassis> = serde_json::from_str(r#"{
///     "@odata.id": "/redfish/v1/Chassis", "Name": "Chassis Collection",
///     "Members": [{"@odata.id": "/redfish/v1/Chassis/1"}],
///     "Members@odata.count": 3,
///     "Members@odata.nextLink": "/redfish/v1/Chassis?$skip=1"
/// }"#).unwrap();
/// assert_eq!(c.members[0].odata_id.as_str(), "/redfish/v1/Chassis/1");
/// assert_eq!(c.count, Some(3));
/// assert!(c.next_link.is_some());
/// ```
pub struct Collection<T = Value> {
    /// `@odata.id`.
    pub odata_id: Option<ODataId>,
    /// `@odata.type`, e.g. `#ChassisCollection.ChassisCollection`.
    pub odata_type: Option<ODataType>,
    /// `@odata.etag`.
    pub odata_etag: Option<ETag>,
    /// `Name`.
    pub name: Option<String>,
    /// `Description`.
    pub description: Option<String>,
    /// `Members` (this page only).
    pub members: Vec<Link<T>>,
    /// `Members@odata.count`: the total over all pages.
    pub count: Option<u64>,
    /// `Members@odata.nextLink`: the next page, if any.
    pub next_link: Option<ODataId>,
    /// `Oem`.
    pub oem: Option<Oem>,
    /// Everything else, plus the raw form of any property above that could not be typed.
    pub extra: Map<String, Value>,
}

impl<T> Default for Collection<T> {
    fn default() -> Self {
        Self {
            odata_id: None,
            odata_type: None,
            odata_etag: None,
            name: None,
            description: None,
            members: Vec::new(),
            count: None,
            next_link: None,
            oem: None,
            extra: Map::new(),
        }
    }
}

impl<T> Clone for Collection<T> {
    fn clone(&self) -> Self {
        Self {
            odata_id: self.odata_id.clone(),
            odata_type: self.odata_type.clone(),
            odata_etag: self.odata_etag.clone(),
            name: self.name.clone(),
            description: self.description.clone(),
            members: self.members.clone(),
            count: self.count,
            next_link: self.next_link.clone(),
            oem: self.oem.clone(),
            extra: self.extra.clone(),
        }
    }
}

impl<T> PartialEq for Collection<T> {
    fn eq(&self, o: &Self) -> bool {
        self.odata_id == o.odata_id
            && self.odata_type == o.odata_type
            && self.odata_etag == o.odata_etag
            && self.name == o.name
            && self.description == o.description
            && self.members == o.members
            && self.count == o.count
            && self.next_link == o.next_link
            && self.oem == o.oem
            && self.extra == o.extra
    }
}

impl<T> fmt::Debug for Collection<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Collection")
            .field("odata_id", &self.odata_id)
            .field("odata_type", &self.odata_type)
            .field("members", &self.members)
            .field("count", &self.count)
            .field("next_link", &self.next_link)
            .finish_non_exhaustive()
    }
}

impl<T> Collection<T> {
    /// The member URIs of this page.
    pub fn member_ids(&self) -> impl Iterator<Item = &ODataId> {
        self.members.iter().map(|m| &m.odata_id)
    }

    /// The same collection with another member type.
    pub fn cast<U>(self) -> Collection<U> {
        Collection {
            odata_id: self.odata_id,
            odata_type: self.odata_type,
            odata_etag: self.odata_etag,
            name: self.name,
            description: self.description,
            members: self.members.into_iter().map(Link::cast).collect(),
            count: self.count,
            next_link: self.next_link,
            oem: self.oem,
            extra: self.extra,
        }
    }
}

impl<T> Collection<T> {
    /// `true` when the typed field for this JSON key holds a value, so a raw copy in `extra`
    /// is only the original spelling (or nothing to re-emit).
    fn holds(&self, key: &str) -> bool {
        match key {
            "@odata.id" => self.odata_id.is_some(),
            "@odata.type" => self.odata_type.is_some(),
            "@odata.etag" => self.odata_etag.is_some(),
            "Name" => self.name.is_some(),
            "Description" => self.description.is_some(),
            "Members" => !self.members.is_empty(),
            "Members@odata.count" => self.count.is_some(),
            "Members@odata.nextLink" => self.next_link.is_some(),
            "Oem" => self.oem.is_some(),
            _ => false,
        }
    }
}

impl<T: DeserializeOwned> Collection<T> {
    /// The members typed from their inline bodies, when the service expanded them.
    pub fn expanded_members(&self) -> Vec<Result<T, serde_json::Error>> {
        self.members.iter().filter_map(Link::expanded).collect()
    }
}

const KEYS: [&str; 9] = [
    "@odata.id",
    "@odata.type",
    "@odata.etag",
    "Name",
    "Description",
    "Members",
    "Members@odata.count",
    "Members@odata.nextLink",
    "Oem",
];

impl<T> Serialize for Collection<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut map = serializer.serialize_map(None)?;
        fn entry<M: SerializeMap, V: Serialize + DeserializeOwned + PartialEq>(
            map: &mut M,
            extra: &Map<String, Value>,
            key: &str,
            v: &Option<V>,
        ) -> Result<(), M::Error> {
            if let Some(v) = v {
                match extra.get(key) {
                    Some(raw) if crate::__private::coerces_to(raw, v) => {
                        map.serialize_entry(key, raw)
                    }
                    _ => map.serialize_entry(key, v),
                }
            } else {
                Ok(())
            }
        }
        entry(&mut map, &self.extra, KEYS[0], &self.odata_id)?;
        entry(&mut map, &self.extra, KEYS[1], &self.odata_type)?;
        entry(&mut map, &self.extra, KEYS[2], &self.odata_etag)?;
        entry(&mut map, &self.extra, KEYS[3], &self.name)?;
        entry(&mut map, &self.extra, KEYS[4], &self.description)?;
        // Members is always emitted unless the service sent something untypable there; a lone
        // member object the service sent for the array goes back as it came.
        match self.extra.get("Members") {
            Some(raw)
                if !self.members.is_empty() && crate::__private::coerces_to(raw, &self.members) =>
            {
                map.serialize_entry("Members", raw)?
            }
            Some(_) if self.members.is_empty() => {}
            _ => map.serialize_entry("Members", &self.members)?,
        }
        entry(&mut map, &self.extra, KEYS[6], &self.count)?;
        entry(&mut map, &self.extra, KEYS[7], &self.next_link)?;
        entry(&mut map, &self.extra, KEYS[8], &self.oem)?;
        for (k, v) in &self.extra {
            if !self.holds(k) {
                map.serialize_entry(k, v)?;
            }
        }
        map.end()
    }
}

impl<T> crate::__private::Fields for Collection<T> {
    const NAME: &'static str = "Collection";

    // The references select the read path of each type (see `__private::Tag`).
    #[allow(clippy::needless_borrow)]
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error> {
        // The same read paths as the fields of `redfish_struct!` types.
        use crate::__private::{Tag, ViaScalar as _};
        let extra = &mut self.extra;
        match key {
            "@odata.id" => {
                (&&&&&Tag::<ODataId>::NEW).read(&mut self.odata_id, KEYS[0], extra, map)?
            }
            "@odata.type" => {
                (&&&&&Tag::<ODataType>::NEW).read(&mut self.odata_type, KEYS[1], extra, map)?
            }
            "@odata.etag" => {
                (&&&&&Tag::<ETag>::NEW).read(&mut self.odata_etag, KEYS[2], extra, map)?
            }
            "Name" => (&&&&&Tag::<String>::NEW).read(&mut self.name, KEYS[3], extra, map)?,
            "Description" => {
                (&&&&&Tag::<String>::NEW).read(&mut self.description, KEYS[4], extra, map)?
            }
            "Members" => {
                let mut members = None;
                (&&&&&Tag::<Vec<Link<T>>>::NEW).read(&mut members, KEYS[5], extra, map)?;
                self.members = members.unwrap_or_default();
            }
            "Members@odata.count" => {
                (&&&&&Tag::<u64>::NEW).read(&mut self.count, KEYS[6], extra, map)?
            }
            "Members@odata.nextLink" => {
                (&&&&&Tag::<ODataId>::NEW).read(&mut self.next_link, KEYS[7], extra, map)?
            }
            "Oem" => (&&&&&Tag::<Oem>::NEW).read(&mut self.oem, KEYS[8], extra, map)?,
            _ => return Ok(false),
        }
        Ok(true)
    }

    fn assign_value(&mut self, key: &str, v: Value) {
        use crate::__private::assign;
        let extra = &mut self.extra;
        match key {
            "@odata.id" => assign(&mut self.odata_id, key, v, extra),
            "@odata.type" => assign(&mut self.odata_type, key, v, extra),
            "@odata.etag" => assign(&mut self.odata_etag, key, v, extra),
            "Name" => assign(&mut self.name, key, v, extra),
            "Description" => assign(&mut self.description, key, v, extra),
            "Members" => {
                let mut members = None;
                assign(&mut members, key, v, extra);
                self.members = members.unwrap_or_default();
            }
            "Members@odata.count" => assign(&mut self.count, key, v, extra),
            "Members@odata.nextLink" => assign(&mut self.next_link, key, v, extra),
            "Oem" => assign(&mut self.oem, key, v, extra),
            _ => {
                extra.insert(key.to_owned(), v);
            }
        }
    }

    fn extra_mut(&mut self) -> &mut Map<String, Value> {
        &mut self.extra
    }
}

impl<'de, T> Deserialize<'de> for Collection<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::__private::deserialize_struct(deserializer)
    }
}

impl<T> Diagnose for Collection<T> {
    fn diagnose(&self, _path: &str, out: &mut Vec<Diagnostic>) {
        use crate::__private::was_coerced;
        for k in KEYS {
            let Some(raw) = self.extra.get(k).filter(|raw| !raw.is_null()) else {
                continue;
            };
            if !self.holds(k) {
                out.push(Diagnostic::rejected(k.to_owned(), raw.clone()));
                continue;
            }
            let coerced = match k {
                "@odata.id" => self.odata_id.as_ref().is_some_and(|v| was_coerced(raw, v)),
                "@odata.type" => self
                    .odata_type
                    .as_ref()
                    .is_some_and(|v| was_coerced(raw, v)),
                "@odata.etag" => self
                    .odata_etag
                    .as_ref()
                    .is_some_and(|v| was_coerced(raw, v)),
                "Name" => self.name.as_ref().is_some_and(|v| was_coerced(raw, v)),
                "Description" => self
                    .description
                    .as_ref()
                    .is_some_and(|v| was_coerced(raw, v)),
                "Members" => was_coerced(raw, &self.members),
                "Members@odata.count" => self.count.as_ref().is_some_and(|v| was_coerced(raw, v)),
                "Members@odata.nextLink" => {
                    self.next_link.as_ref().is_some_and(|v| was_coerced(raw, v))
                }
                "Oem" => self.oem.as_ref().is_some_and(|v| was_coerced(raw, v)),
                _ => false,
            };
            if coerced {
                out.push(Diagnostic::coerced(k.to_owned(), raw.clone()));
            }
        }
    }
}

/// A collection is a resource of its own (it has an `@odata.id`, an `@odata.etag`, `Oem`), so a
/// client reads it like any other resource.
impl<T> crate::Resource for Collection<T> {
    const SCHEMA: &'static str = "Collection";
    fn odata_id(&self) -> Option<&ODataId> {
        self.odata_id.as_ref()
    }
    fn odata_type(&self) -> Option<&ODataType> {
        self.odata_type.as_ref()
    }
    fn etag(&self) -> Option<&ETag> {
        self.odata_etag.as_ref()
    }
    fn oem(&self) -> Option<&Oem> {
        self.oem.as_ref()
    }
    fn extra(&self) -> &Map<String, Value> {
        &self.extra
    }
}
