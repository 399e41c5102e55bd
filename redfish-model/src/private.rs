//! Support code for the exported macros. Not part of the public API.
//!
//! # How a property is read
//!
//! The tolerance rules are defined by [`assign`]: it takes the property as a
//! `serde_json::Value` and stores it typed, coerced or raw. Building that `Value` for every
//! property and then converting it costs twice a plain parse, so the generated deserializers
//! read each property straight into its field type and fall back to [`assign`] only when the
//! JSON is not of the expected kind. Every path below ends in exactly the state [`assign`] would
//! have produced for the same JSON (the mockup tests check this on every real document: typed
//! from the bytes equals typed from a `Value`).
//!
//! The path is chosen per field type at compile time, by autoref specialization on [`Tag`]
//! (see [`Tag`]): the macros call `(&&&&&Tag::<FieldType>::NEW).read(...)` and the most specific
//! of these implementations applies:
//!
//! 1. a type defined with `redfish_struct!` ([`Fields`]): a JSON object is read straight into a
//!    fresh value, field by field, with these same rules; anything else becomes a `Value` for
//!    [`assign`];
//! 2. string-like types ([`StrLike`]: `String`, enumerations, URIs...), numbers and booleans
//!    ([`Primitive`]): scalars are peeked without allocating and typed from the borrowed text;
//!    `Value`, `Map` and `Oem` take the parsed `Value` as it is; links and arrays of links are
//!    read entry by entry ([`LinkSeed`]) and, when one is not a link, rebuilt as the exact
//!    `Value` that was sent;
//! 3. arrays whose elements re-serialize as they were read ([`SameSpelling`]) and
//! 4. everything else (arrays of numbers, `Actions`...): the property is captured as raw JSON
//!    text (borrowed from the input when it is a `str`), typed from that text, and parsed to a
//!    `Value` only when typing fails or a number's spelling must be checked.
//!
//! Arrays of objects are captured (3) rather than read element by element because an element
//! that is not an object makes the whole array raw, and the elements typed before it could
//! not be turned back into the JSON they were with their keys in the order sent.
//!
//! Code size matters as much as speed here: everything generic over the deserializer is kept
//! to a seed shared by all types plus one call, so each field type adds little code for each
//! kind of input.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use serde::de::value::{MapAccessDeserializer, SeqAccessDeserializer, StrDeserializer};
use serde::de::{
    DeserializeOwned, DeserializeSeed, Deserializer, Error as _, MapAccess, SeqAccess, Visitor,
};
use serde::{Deserialize, Serialize};
pub use serde_json::{Map, Value};

pub use serde;

use crate::odata::{ETag, Link, ODataId, ODataType};
use crate::oem::Oem;
use crate::resource::{Actions, DateTime};

// ---------------------------------------------------------------------------------------------
// Objects field by field

/// A type whose JSON object form is read property by property (every `redfish_struct!`).
pub trait Fields: Default {
    /// The type name, for error messages.
    const NAME: &'static str;
    /// Reads the value of property `key` from `map` when the type models it; `Ok(false)` (and
    /// nothing read) otherwise.
    fn read_field<'de, A: MapAccess<'de>>(
        &mut self,
        key: &str,
        map: &mut A,
    ) -> Result<bool, A::Error>;
    /// Stores an already parsed property (modelled or not) with the rules of [`assign`].
    fn assign_value(&mut self, key: &str, value: Value);
    /// The map of properties the type does not model.
    fn extra_mut(&mut self) -> &mut Map<String, Value>;
}

/// Reads the remaining entries of `map` into `out`.
pub fn visit_fields<'de, T: Fields, A: MapAccess<'de>>(
    out: &mut T,
    map: &mut A,
) -> Result<(), A::Error> {
    while let Some(key) = map.next_key_seed(KeyCow)? {
        if !out.read_field(&key, map)? {
            read_unknown(key, out.extra_mut(), map)?;
        }
    }
    Ok(())
}

/// Reads the value of a property no type models into `extra` (not generic over the type).
pub fn read_unknown<'de, A: MapAccess<'de>>(
    key: Cow<'_, str>,
    extra: &mut Map<String, Value>,
    map: &mut A,
) -> Result<(), A::Error> {
    let value: Value = map.next_value()?;
    extra.insert(key.into_owned(), value);
    Ok(())
}

/// The `Deserialize` of every `redfish_struct!`: a JSON object, read with [`visit_fields`].
pub fn deserialize_struct<'de, T: Fields, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<T, D::Error> {
    let mut slot = None;
    match deserializer.deserialize_any(ObjectVisitor { slot: &mut slot })? {
        None => slot.ok_or_else(|| D::Error::custom("unreachable: the object was read")),
        Some(other) => Err(D::Error::invalid_type(
            unexpected(&other),
            &ObjectVisitor::<T> { slot: &mut None },
        )),
    }
}

fn unexpected(v: &Value) -> serde::de::Unexpected<'_> {
    use serde::de::Unexpected;
    match v {
        Value::Null => Unexpected::Unit,
        Value::Bool(b) => Unexpected::Bool(*b),
        Value::Number(n) => match (n.as_u64(), n.as_i64(), n.as_f64()) {
            (Some(u), _, _) => Unexpected::Unsigned(u),
            (None, Some(i), _) => Unexpected::Signed(i),
            (None, None, Some(f)) => Unexpected::Float(f),
            _ => Unexpected::Other("number"),
        },
        Value::String(s) => Unexpected::Str(s),
        Value::Array(_) => Unexpected::Seq,
        Value::Object(_) => Unexpected::Map,
    }
}

/// Reads a JSON object into `slot` (in place: these types are large), or any other JSON into
/// the `Value` it is. One visitor serves both `T`'s own `Deserialize` and `T` as a field (where
/// a non-object is kept raw), so each type is compiled against each deserializer once.
struct ObjectVisitor<'a, T> {
    slot: &'a mut Option<T>,
}

impl<'de, T: Fields> Visitor<'de> for ObjectVisitor<'_, T> {
    /// `None` when the object was read into the slot.
    type Value = Option<Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "a JSON object ({})", T::NAME)
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        visit_fields(self.slot.insert(T::default()), &mut map)?;
        Ok(None)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Value::deserialize(SeqAccessDeserializer::new(seq)).map(Some)
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Some(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Some(Value::Null))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Some(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Some(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Some(Value::from(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(Value::String(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(Value::String(v)))
    }
}

/// A property name, borrowed from the input when it has no escapes.
#[derive(Debug, Clone, Copy)]
pub struct KeyCow;

impl<'de> DeserializeSeed<'de> for KeyCow {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeyCow {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v))
    }
}

// ---------------------------------------------------------------------------------------------
// Choosing the path of a field type

/// Selects how a field of type `T` is read (autoref specialization).
///
/// Each `Via*` trait below is implemented for `Tag<T>` behind a different number of
/// references; method resolution on `&&&&&Tag::<T>::NEW` tries the most referenced receiver
/// first, so the most specific implementation whose bounds `T` meets is the one called. The
/// choice is made where the macro expands, with the concrete field type, so only the chosen
/// path is compiled for it.
pub struct Tag<T>(PhantomData<fn() -> T>);

impl<T> fmt::Debug for Tag<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Tag")
    }
}

impl<T> Tag<T> {
    /// The tag.
    pub const NEW: Self = Self(PhantomData);
}

/// Types whose `Deserialize` reads a JSON string with `deserialize_str`/`deserialize_string`
/// and nothing else, so typing them from the borrowed text equals typing them from a
/// `Value::String`, and that serialize back to the very string they were read from (so an
/// array of them can be rebuilt exactly when one of its members is not a string).
pub trait StrLike {}

/// Numbers and booleans: read as a scalar `Value`, which costs nothing to build.
pub trait Primitive {}

/// Types that serialize back to the JSON they were read from whenever an array of them types
/// at all (no number whose spelling a float would change), so arrays of them need no check.
pub trait SameSpelling {}

macro_rules! marker_impls {
    ($tr:ident: $($t:ty),*) => { $(impl $tr for $t {})* };
}
marker_impls!(StrLike: String, ODataId, ETag, ODataType, DateTime, crate::message::MessageId);
marker_impls!(Primitive: bool, f32, f64, i8, i16, i32, i64, u8, u16, u32, u64);
marker_impls!(SameSpelling: String, bool, ODataId, ETag, ODataType, DateTime, Value, Map<String, Value>, Oem);
impl<T> SameSpelling for Link<T> {}
impl<T: SameSpelling> SameSpelling for Option<T> {}

/// Path 1: a `redfish_struct!` type.
pub trait ViaFields<T> {
    /// Reads the value of the property into `slot` (see the module docs).
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        key: &'static str,
        extra: &mut Map<String, Value>,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// Path 2: string-like types, numbers, booleans, `Value`, `Map` and `Oem`.
pub trait ViaScalar<T> {
    /// Reads the value of the property into `slot` (see the module docs).
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        key: &'static str,
        extra: &mut Map<String, Value>,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// Path 3: arrays of [`SameSpelling`] elements.
pub trait ViaArray<T> {
    /// Reads the value of the property into `slot` (see the module docs).
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        key: &'static str,
        extra: &mut Map<String, Value>,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

/// Path 4: anything else.
pub trait ViaRaw<T> {
    /// Reads the value of the property into `slot` (see the module docs).
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        key: &'static str,
        extra: &mut Map<String, Value>,
        map: &mut A,
    ) -> Result<(), A::Error>;
}

impl<T: Fields + DeserializeOwned + Serialize> ViaFields<T> for &&&&Tag<T> {
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        key: &'static str,
        extra: &mut Map<String, Value>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        map.next_value_seed(ObjectSeed { slot, key, extra })
    }
}

impl<T: StrLike + DeserializeOwned + Serialize> ViaScalar<T> for &&&Tag<T> {
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        key: &'static str,
        extra: &mut Map<String, Value>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        // Each `read` only calls a seed shared by all types and a function not generic over
        // the deserializer, to keep the code compiled per (field type, deserializer) small.
        let scalar = map.next_value_seed(ScalarSeed)?;
        assign_str(slot, key, scalar, extra);
        Ok(())
    }
}

fn assign_str<T: DeserializeOwned + Serialize>(
    slot: &mut Option<T>,
    key: &str,
    scalar: Scalar<'_>,
    extra: &mut Map<String, Value>,
) {
    match scalar {
        Scalar::Str(s) => match T::deserialize(StrDeserializer::<serde::de::value::Error>::new(&s))
        {
            Ok(v) => store(slot, key, v, extra),
            Err(_) => {
                let value = Value::String(s.into_owned());
                *slot = coerce(&value);
                extra.insert(key.to_owned(), value);
            }
        },
        Scalar::Other(value) => assign(slot, key, value, extra),
    }
}

macro_rules! via_primitive {
    ($($t:ty),*) => {$(
        impl ViaScalar<$t> for &&&Tag<$t> {
            fn read<'de, A: MapAccess<'de>>(
                &self,
                slot: &mut Option<$t>,
                key: &'static str,
                extra: &mut Map<String, Value>,
                map: &mut A,
            ) -> Result<(), A::Error> {
                let value = map.next_value_seed(ScalarSeed)?.into_value();
                assign(slot, key, value, extra);
                Ok(())
            }
        }
    )*};
}
via_primitive!(bool, f32, f64, i8, i16, i32, i64, u8, u16, u32, u64);

/// `Value`, `Map` and `Oem` fields: the parsed `Value` is the typed value.
macro_rules! via_value {
    ($t:ty, $f:ident, $pat:pat => $typed:expr) => {
        impl ViaScalar<$t> for &&&Tag<$t> {
            fn read<'de, A: MapAccess<'de>>(
                &self,
                slot: &mut Option<$t>,
                key: &'static str,
                extra: &mut Map<String, Value>,
                map: &mut A,
            ) -> Result<(), A::Error> {
                let value = map.next_value::<Value>()?;
                $f(slot, key, value, extra);
                Ok(())
            }
        }

        fn $f(slot: &mut Option<$t>, key: &str, value: Value, extra: &mut Map<String, Value>) {
            match value {
                Value::Null => {
                    *slot = None;
                    extra.insert(key.to_owned(), Value::Null);
                }
                #[allow(clippy::redundant_locals)]
                $pat => store(slot, key, $typed, extra),
                #[allow(unreachable_patterns)]
                other => assign(slot, key, other, extra),
            }
        }
    };
}
via_value!(Value, assign_json, v => v);
via_value!(Map<String, Value>, assign_map, Value::Object(m) => m);
via_value!(Oem, assign_oem, Value::Object(m) => Oem(m));
// `Actions` is a transparent `Map` too (`actions_read_like_a_map` checks it stays one).
via_value!(Actions, assign_actions, Value::Object(m) => Actions(m));

/// Links and arrays of links: read entry by entry, without capturing the raw text first. A link
/// that cannot be typed (no string `@odata.id`) is rebuilt as the exact `Value` it was, with
/// the entries read so far, for [`assign`].
impl<T> ViaScalar<Link<T>> for &&&Tag<Link<T>> {
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<Link<T>>,
        key: &'static str,
        extra: &mut Map<String, Value>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match map.next_value_seed(LinkSeed)? {
            Ok((link, _)) => store(slot, key, link.cast(), extra),
            Err(value) => assign(slot, key, value, extra),
        }
        Ok(())
    }
}

impl<T> ViaScalar<Vec<Link<T>>> for &&&Tag<Vec<Link<T>>> {
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<Vec<Link<T>>>,
        key: &'static str,
        extra: &mut Map<String, Value>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        match map.next_value_seed(LinksSeed)? {
            Ok(links) => store(
                slot,
                key,
                links.into_iter().map(Link::cast).collect(),
                extra,
            ),
            Err(value) => assign(slot, key, value, extra),
        }
        Ok(())
    }
}

/// Arrays of strings (or of nulls and strings): read member by member, and rebuilt exactly
/// when one does not type.
impl<T: StrLike + DeserializeOwned + Serialize> ViaScalar<Vec<T>> for &&&Tag<Vec<T>> {
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<Vec<T>>,
        key: &'static str,
        extra: &mut Map<String, Value>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let typed = map.next_value_seed(StrsSeed::<T, false>(PhantomData))?;
        match typed {
            Ok(v) => store(slot, key, v.into_iter().flatten().collect(), extra),
            Err(value) => assign(slot, key, value, extra),
        }
        Ok(())
    }
}

impl<T: StrLike + DeserializeOwned + Serialize> ViaScalar<Vec<Option<T>>>
    for &&&Tag<Vec<Option<T>>>
{
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<Vec<Option<T>>>,
        key: &'static str,
        extra: &mut Map<String, Value>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let typed = map.next_value_seed(StrsSeed::<T, true>(PhantomData))?;
        match typed {
            Ok(v) => store(slot, key, v, extra),
            Err(value) => assign(slot, key, value, extra),
        }
        Ok(())
    }
}

/// An array of strings typed as `T` (and nulls as `None` when `NULLS`), or the exact `Value` of
/// anything else.
struct StrsSeed<T, const NULLS: bool>(PhantomData<fn() -> T>);

impl<'de, T: StrLike + DeserializeOwned + Serialize, const NULLS: bool> DeserializeSeed<'de>
    for StrsSeed<T, NULLS>
{
    type Value = Result<Vec<Option<T>>, Value>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        match deserializer.deserialize_any(StrsVisitor)? {
            Ok(members) => Ok(type_strs::<T>(members, NULLS)),
            Err(value) => Ok(Err(value)),
        }
    }
}

/// Types the members of an array of strings, or rebuilds the array when one does not type.
fn type_strs<T: DeserializeOwned + Serialize>(
    members: Vec<Scalar<'_>>,
    nulls: bool,
) -> Result<Vec<Option<T>>, Value> {
    let mut typed = Vec::with_capacity(members.len());
    for (i, m) in members.iter().enumerate() {
        let t = match m {
            Scalar::Str(s) => T::deserialize(StrDeserializer::<serde::de::value::Error>::new(s))
                .ok()
                .map(Some),
            Scalar::Other(Value::Null) if nulls => Some(None),
            Scalar::Other(_) => None,
        };
        match t {
            Some(t) => typed.push(t),
            None => {
                // Members typed so far serialize back to the strings they were (`StrLike`).
                let mut all: Vec<Value> = typed
                    .iter()
                    .map(|t| serde_json::to_value(t).unwrap_or(Value::Null))
                    .collect();
                all.extend(members.into_iter().skip(i).map(Scalar::into_value));
                return Err(Value::Array(all));
            }
        }
    }
    Ok(typed)
}

/// The members of an array, peeked at as by [`ScalarSeed`]; anything else as its `Value`.
struct StrsVisitor;

impl<'de> Visitor<'de> for StrsVisitor {
    type Value = Result<Vec<Scalar<'de>>, Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of strings")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut members = Vec::new();
        while let Some(m) = seq.next_element_seed(ScalarSeed)? {
            members.push(m);
        }
        Ok(Ok(members))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        ScalarSeed.visit_map(map).map(|s| Err(s.into_value()))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Err(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Err(Value::Null))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Err(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Err(Value::String(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Err(Value::String(v)))
    }
}

impl<T> ViaArray<Vec<T>> for &&Tag<Vec<T>>
where
    T: SameSpelling,
    Vec<T>: DeserializeOwned + Serialize,
{
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<Vec<T>>,
        key: &'static str,
        extra: &mut Map<String, Value>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let raw = map.next_value_seed(RawSeed)?;
        assign_raw(slot, key, raw, extra, false).map_err(A::Error::custom)
    }
}

impl<T: DeserializeOwned + Serialize> ViaRaw<T> for Tag<T> {
    fn read<'de, A: MapAccess<'de>>(
        &self,
        slot: &mut Option<T>,
        key: &'static str,
        extra: &mut Map<String, Value>,
        map: &mut A,
    ) -> Result<(), A::Error> {
        let raw = map.next_value_seed(RawSeed)?;
        assign_raw(slot, key, raw, extra, true).map_err(A::Error::custom)
    }
}

/// Stores a value that typed as it was sent (what [`assign`] does when the spelling check
/// passes).
fn store<T>(slot: &mut Option<T>, key: &str, v: T, extra: &mut Map<String, Value>) {
    forget_raw(key, extra);
    *slot = Some(v);
}

/// A raw copy left by an earlier occurrence of the same key is stale once the key typed.
fn forget_raw(key: &str, extra: &mut Map<String, Value>) {
    if !extra.is_empty() {
        extra.remove(key);
    }
}

// ---------------------------------------------------------------------------------------------
// Path 1: objects of a `redfish_struct!` type

struct ObjectSeed<'a, T> {
    slot: &'a mut Option<T>,
    key: &'static str,
    extra: &'a mut Map<String, Value>,
}

impl<'de, T: Fields + DeserializeOwned + Serialize> DeserializeSeed<'de> for ObjectSeed<'_, T> {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        match deserializer.deserialize_any(ObjectVisitor {
            slot: &mut *self.slot,
        })? {
            None => forget_raw(self.key, self.extra),
            Some(other) => assign(self.slot, self.key, other, self.extra),
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------------------------
// Path 2: scalars

/// A property peeked at: a string (borrowed when possible) or any other JSON as a `Value`.
enum Scalar<'de> {
    Str(Cow<'de, str>),
    Other(Value),
}

impl Scalar<'_> {
    fn into_value(self) -> Value {
        match self {
            Scalar::Str(s) => Value::String(s.into_owned()),
            Scalar::Other(v) => v,
        }
    }
}

struct ScalarSeed;

impl<'de> DeserializeSeed<'de> for ScalarSeed {
    type Value = Scalar<'de>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

// Builds exactly the `Value` that `Value::deserialize` would (compound values are handed to it).
impl<'de> Visitor<'de> for ScalarSeed {
    type Value = Scalar<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Borrowed(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Scalar::Str(Cow::Owned(v)))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Other(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Scalar::Other(Value::Null))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Scalar::Other(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Scalar::Other(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Scalar::Other(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Scalar::Other(Value::from(v)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        Value::deserialize(SeqAccessDeserializer::new(seq)).map(Scalar::Other)
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Value::deserialize(MapAccessDeserializer::new(map)).map(Scalar::Other)
    }
}

// ---------------------------------------------------------------------------------------------
// Links

/// A link object read entry by entry: the link and the position of `@odata.id` among the
/// entries, or, when it is not a link, the exact `Value` it was.
#[derive(Debug, Clone, Copy)]
pub struct LinkSeed;

impl<'de> DeserializeSeed<'de> for LinkSeed {
    type Value = Result<(Link, usize), Value>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for LinkSeed {
    type Value = Result<(Link, usize), Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a link object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        // The same entries, in the same order, as a `Map` would hold (a repeated key keeps its
        // first place and its last value), with `@odata.id` taken out.
        let mut id: Option<(Value, usize)> = None;
        let mut extra = Map::new();
        while let Some(key) = map.next_key_seed(KeyCow)? {
            if key == "@odata.id" {
                let value = map.next_value()?;
                let at = id.as_ref().map_or(extra.len(), |(_, at)| *at);
                id = Some((value, at));
            } else {
                let value = map.next_value()?;
                extra.insert(key.into_owned(), value);
            }
        }
        Ok(match id {
            Some((Value::String(id), at)) => {
                let mut link = Link::new(id);
                link.extra = extra;
                Ok((link, at))
            }
            Some((other, at)) => {
                extra.shift_insert(at, "@odata.id".to_owned(), other);
                Err(Value::Object(extra))
            }
            None => Err(Value::Object(extra)),
        })
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        ScalarSeed.visit_seq(seq).map(|s| Err(s.into_value()))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Err(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Err(Value::Null))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Err(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Err(Value::String(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Err(Value::String(v)))
    }
}

/// The exact `Value` a link read by [`LinkSeed`] was.
fn link_value((link, at): (Link, usize)) -> Value {
    let mut object = link.extra;
    object.shift_insert(
        at,
        "@odata.id".to_owned(),
        Value::String(link.odata_id.into_string()),
    );
    Value::Object(object)
}

/// An array of links, or the exact `Value` of anything else (an array with a member that is
/// not a link included).
struct LinksSeed;

impl<'de> DeserializeSeed<'de> for LinksSeed {
    type Value = Result<Vec<Link>, Value>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for LinksSeed {
    type Value = Result<Vec<Link>, Value>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an array of links")
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut links = Vec::new();
        let mut at = Vec::new();
        while let Some(member) = seq.next_element_seed(LinkSeed)? {
            match member {
                Ok((link, pos)) => {
                    links.push(link);
                    at.push(pos);
                }
                Err(value) => {
                    let mut all: Vec<Value> = links.into_iter().zip(at).map(link_value).collect();
                    all.push(value);
                    while let Some(v) = seq.next_element()? {
                        all.push(v);
                    }
                    return Ok(Err(Value::Array(all)));
                }
            }
        }
        Ok(Ok(links))
    }
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        ScalarSeed.visit_map(map).map(|s| Err(s.into_value()))
    }
    fn visit_unit<E>(self) -> Result<Self::Value, E> {
        Ok(Err(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Self::Value, E> {
        Ok(Err(Value::Null))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Err(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Err(Value::from(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Err(Value::String(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Self::Value, E> {
        Ok(Err(Value::String(v)))
    }
}

// ---------------------------------------------------------------------------------------------
// Paths 3 and 4: raw JSON text

/// The newtype name through which `serde_json` hands out the raw text of a value (the protocol
/// of `serde_json::value::RawValue`). Should a release rename it, [`RawSeed`] is given the
/// value instead and falls back to a `Value`: the result is the same, only slower, and the
/// `raw_text_is_borrowed_from_the_input` test fails.
const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

/// A property as sent: its JSON text, or a `Value` when the deserializer has no text.
#[derive(Debug)]
pub enum Raw<'de> {
    /// The JSON text, borrowed from the input when it is a `str`.
    Text(Cow<'de, str>),
    /// The parsed value.
    Value(Value),
}

/// Captures a property as [`Raw`].
#[derive(Debug, Clone, Copy)]
pub struct RawSeed;

impl<'de> DeserializeSeed<'de> for RawSeed {
    type Value = Raw<'de>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Raw<'de>, D::Error> {
        deserializer.deserialize_newtype_struct(RAW_VALUE_TOKEN, RawVisitor)
    }
}

struct RawVisitor;

impl<'de> Visitor<'de> for RawVisitor {
    type Value = Raw<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    // serde_json: a map of one entry, the token and the text.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Raw<'de>, A::Error> {
        let Some(first) = map.next_key_seed(KeyCow)? else {
            return Ok(Raw::Value(Value::Object(Map::new())));
        };
        if first == RAW_VALUE_TOKEN {
            return map.next_value_seed(TextSeed).map(Raw::Text);
        }
        // A deserializer that forwards newtypes to `deserialize_any`: a real object.
        let mut object = Map::new();
        object.insert(first.into_owned(), map.next_value()?);
        while let Some((k, v)) = map.next_entry::<String, Value>()? {
            object.insert(k, v);
        }
        Ok(Raw::Value(Value::Object(object)))
    }
    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Raw<'de>, D::Error> {
        Value::deserialize(d).map(Raw::Value)
    }
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Raw<'de>, A::Error> {
        Value::deserialize(SeqAccessDeserializer::new(seq)).map(Raw::Value)
    }
    fn visit_unit<E>(self) -> Result<Raw<'de>, E> {
        Ok(Raw::Value(Value::Null))
    }
    fn visit_none<E>(self) -> Result<Raw<'de>, E> {
        Ok(Raw::Value(Value::Null))
    }
    fn visit_bool<E>(self, v: bool) -> Result<Raw<'de>, E> {
        Ok(Raw::Value(Value::Bool(v)))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Raw<'de>, E> {
        Ok(Raw::Value(Value::from(v)))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Raw<'de>, E> {
        Ok(Raw::Value(Value::from(v)))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Raw<'de>, E> {
        Ok(Raw::Value(Value::from(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Raw<'de>, E> {
        Ok(Raw::Value(Value::String(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Raw<'de>, E> {
        Ok(Raw::Value(Value::String(v)))
    }
}

struct TextSeed;

impl<'de> DeserializeSeed<'de> for TextSeed {
    type Value = Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        deserializer.deserialize_str(KeyCow)
    }
}

/// [`assign`] for a property captured as [`Raw`]: typed from the text, parsed to a `Value`
/// only when typing fails or (with `check_numbers`) the text is or holds a number whose
/// spelling the typed value might change.
pub fn assign_raw<T: DeserializeOwned + Serialize>(
    slot: &mut Option<T>,
    key: &str,
    raw: Raw<'_>,
    extra: &mut Map<String, Value>,
    check_numbers: bool,
) -> Result<(), serde_json::Error> {
    let text = match raw {
        Raw::Value(value) => {
            assign(slot, key, value, extra);
            return Ok(());
        }
        Raw::Text(text) => text,
    };
    if text == "null" {
        *slot = None;
        extra.insert(key.to_owned(), Value::Null);
        return Ok(());
    }
    match T::deserialize(&mut serde_json::Deserializer::from_str(&text)) {
        Ok(v) => {
            let first = text.as_bytes().first().copied().unwrap_or(b' ');
            if check_numbers && (first == b'[' || first == b'-' || first.is_ascii_digit()) {
                let value: Value = serde_json::from_str(&text)?;
                keep_spelling(slot, key, v, value, extra);
            } else {
                store(slot, key, v, extra);
            }
        }
        Err(_) => {
            let value: Value = serde_json::from_str(&text)?;
            *slot = coerce(&value);
            extra.insert(key.to_owned(), value);
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// The rules

/// Stores `value` into `slot`, or keeps it raw in `extra` when it is `null` or cannot be
/// typed. A coerced value is typed *and* kept raw so serialization can restore its form.
pub fn assign<T: DeserializeOwned + Serialize>(
    slot: &mut Option<T>,
    key: &str,
    value: Value,
    extra: &mut Map<String, Value>,
) {
    if value.is_null() {
        *slot = None;
        extra.insert(key.to_owned(), value);
        return;
    }
    match T::deserialize(&value) {
        Ok(v) => keep_spelling(slot, key, v, value, extra),
        Err(_) => {
            *slot = coerce(&value);
            extra.insert(key.to_owned(), value);
        }
    }
}

/// Stores `v`, typed from `value`, keeping `value` raw when it is a number (or an array holding
/// numbers) that `v` would serialize differently: `5` read into an f64 would come back as `5.0`.
fn keep_spelling<T: Serialize>(
    slot: &mut Option<T>,
    key: &str,
    v: T,
    value: Value,
    extra: &mut Map<String, Value>,
) {
    if is_numeric(&value) && respelled(serde_json::to_value(&v).ok(), &value) {
        extra.insert(key.to_owned(), value);
        *slot = Some(v);
    } else {
        store(slot, key, v, extra);
    }
}

fn is_numeric(value: &Value) -> bool {
    match value {
        Value::Number(_) => true,
        Value::Array(a) => a.iter().any(Value::is_number),
        _ => false,
    }
}

fn respelled(typed: Option<Value>, value: &Value) -> bool {
    typed.as_ref() != Some(value)
}

/// The lenient readings of a value that did not fit the expected type, tried in order:
/// a numeric or boolean string as that JSON type, a number or boolean as a string, a lone
/// value as a one-element array, and a one-element array holding an object as that object.
pub fn coerce<T: DeserializeOwned>(value: &Value) -> Option<T> {
    // The candidates are built by a function that is not generic, so that each field type
    // only adds the loop below.
    coerce_candidates(value)
        .iter()
        .find_map(|v| T::deserialize(v.as_ref()).ok())
}

/// The values [`coerce`] tries, in order.
fn coerce_candidates(value: &Value) -> Vec<Cow<'_, Value>> {
    let mut c = Vec::new();
    match value {
        Value::String(s) => {
            let t = s.trim();
            if let Ok(n) = t.parse::<i64>() {
                c.push(Cow::Owned(Value::from(n)));
            } else if let Ok(n) = t.parse::<u64>() {
                c.push(Cow::Owned(Value::from(n)));
            }
            if let Some(num) = t.parse::<f64>().ok().and_then(serde_json::Number::from_f64) {
                c.push(Cow::Owned(Value::Number(num)));
            }
            if t.eq_ignore_ascii_case("true") || t.eq_ignore_ascii_case("false") {
                c.push(Cow::Owned(Value::Bool(t.eq_ignore_ascii_case("true"))));
            }
        }
        Value::Number(n) => c.push(Cow::Owned(Value::String(n.to_string()))),
        Value::Bool(b) => c.push(Cow::Owned(Value::String(b.to_string()))),
        _ => {}
    }
    match value {
        // Intel BMCs send single links as `[{"@odata.id": ...}]`. Only objects are unwrapped:
        // a one-element array of scalars where one scalar is expected is more likely a
        // property that became an array in a newer schema.
        Value::Array(a) if a.len() == 1 && a[0].is_object() => c.push(Cow::Borrowed(&a[0])),
        Value::Array(_) | Value::Null => {}
        _ => c.push(Cow::Owned(Value::Array(vec![value.clone()]))),
    }
    c
}

/// `true` when `raw` is the original form that was coerced into `typed`.
pub fn coerces_to<T: DeserializeOwned + PartialEq>(raw: &Value, typed: &T) -> bool {
    !raw.is_null()
        && (T::deserialize(raw).ok().as_ref() == Some(typed)
            || coerce::<T>(raw).as_ref() == Some(typed))
}

/// `true` when `raw` had to be coerced (not merely respelled) to become `typed`.
pub fn was_coerced<T: DeserializeOwned + PartialEq>(raw: &Value, typed: &T) -> bool {
    !raw.is_null()
        && T::deserialize(raw).ok().as_ref() != Some(typed)
        && coerce::<T>(raw).as_ref() == Some(typed)
}

/// JSON-pointer-like path used in diagnostics: `Status/Health`, `PowerControl/0/PowerLimit`.
pub fn join_path(base: &str, key: &str) -> String {
    if base.is_empty() {
        key.to_owned()
    } else {
        format!("{base}/{key}")
    }
}

// ---------------------------------------------------------------------------------------------
// Debug without secrets

/// Prints as `"<redacted>"`.
#[derive(Clone, Copy)]
pub struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"<redacted>\"")
    }
}

/// Debug view of an `extra` map (or any raw JSON object) that redacts the values under
/// secret-looking keys at any depth, because unknown properties and `Oem` sections may hold
/// vendor password, token or key fields.
pub struct RedactedMap<'a>(pub &'a Map<String, Value>);

impl fmt::Debug for RedactedMap<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut m = f.debug_map();
        for (k, v) in self.0 {
            // A boolean is never the secret itself (`PasswordChangeRequired`, `TokenEnabled`).
            if is_secret_key(k) && !v.is_null() && !v.is_boolean() {
                m.entry(k, &Redacted);
            } else {
                m.entry(k, &RedactedValue(v));
            }
        }
        m.finish()
    }
}

/// Debug view of a raw JSON value in the format of `Value`'s own `Debug`, with the values under
/// secret-looking keys redacted at any depth.
pub struct RedactedValue<'a>(pub &'a Value);

impl fmt::Debug for RedactedValue<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            Value::Object(m) => {
                f.write_str("Object ")?;
                RedactedMap(m).fmt(f)
            }
            Value::Array(a) => {
                f.write_str("Array ")?;
                f.debug_list().entries(a.iter().map(RedactedValue)).finish()
            }
            scalar => scalar.fmt(f),
        }
    }
}

/// Chooses the `Debug` view of a field (autoref specialization, like [`Tag`]): raw JSON
/// fields are printed through [`RedactedValue`], everything else as it is.
#[derive(Debug)]
pub struct DebugTag<'a, T: ?Sized>(pub &'a T);

/// The `Debug` view of a field.
#[allow(missing_debug_implementations)] // It is one.
pub enum DebugView<'a> {
    /// A typed value (it redacts its own secrets).
    Plain(&'a dyn fmt::Debug),
    /// A raw JSON value.
    Value(&'a Value),
    /// A raw JSON object.
    Map(&'a Map<String, Value>),
    /// A list of raw JSON values.
    Values(&'a [Value]),
    /// A list of optional raw JSON values.
    OptionalValues(&'a [Option<Value>]),
}

impl fmt::Debug for DebugView<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DebugView::Plain(v) => v.fmt(f),
            DebugView::Value(v) => RedactedValue(v).fmt(f),
            DebugView::Map(m) => RedactedMap(m).fmt(f),
            DebugView::Values(a) => f.debug_list().entries(a.iter().map(RedactedValue)).finish(),
            DebugView::OptionalValues(a) => f
                .debug_list()
                .entries(a.iter().map(|v| v.as_ref().map(RedactedValue)))
                .finish(),
        }
    }
}

/// Raw JSON fields.
pub trait DebugRaw<'a> {
    /// The view.
    fn view(&self) -> DebugView<'a>;
}

/// Every other field.
pub trait DebugPlain<'a> {
    /// The view.
    fn view(&self) -> DebugView<'a>;
}

impl<'a> DebugRaw<'a> for &DebugTag<'a, Value> {
    fn view(&self) -> DebugView<'a> {
        DebugView::Value(self.0)
    }
}

impl<'a> DebugRaw<'a> for &DebugTag<'a, Map<String, Value>> {
    fn view(&self) -> DebugView<'a> {
        DebugView::Map(self.0)
    }
}

impl<'a> DebugRaw<'a> for &DebugTag<'a, Vec<Value>> {
    fn view(&self) -> DebugView<'a> {
        DebugView::Values(self.0)
    }
}

impl<'a> DebugRaw<'a> for &DebugTag<'a, Vec<Option<Value>>> {
    fn view(&self) -> DebugView<'a> {
        DebugView::OptionalValues(self.0)
    }
}

impl<'a, T: fmt::Debug> DebugPlain<'a> for DebugTag<'a, T> {
    fn view(&self) -> DebugView<'a> {
        DebugView::Plain(self.0)
    }
}

/// Property names whose values must never be printed: passwords, passphrases, secrets and
/// tokens of any kind (substring match, so `SessionToken`, `ClientSecret`, `PasswordHash`),
/// keys (`PrivateKey`, `AuthenticationKey`, `Key`, `KeyString`, but not names that only start
/// with `Key`, such as `KeyUsage`, `KeyId` or `KeyboardLayout`, nor `PublicKey`) and SNMP
/// community strings, matched without regard to case.
pub fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    let k = k.as_str();
    [
        "password",
        "token",
        "secret",
        "passphrase",
        "communitystring",
    ]
    .iter()
    .any(|s| k.contains(s))
        || (k.ends_with("key") && !k.ends_with("publickey"))
        || k == "keystring"
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    #[test]
    fn raw_text_is_borrowed_from_the_input() {
        // The fast path depends on serde_json's raw-value protocol; see RAW_VALUE_TOKEN.
        let mut de = serde_json::Deserializer::from_str(r#"[1, {"a": 2}]"#);
        match RawSeed.deserialize(&mut de).unwrap() {
            Raw::Text(Cow::Borrowed(t)) => assert_eq!(t, r#"[1, {"a": 2}]"#),
            other => panic!("not borrowed text: {other:?}"),
        }
        // From a `Value` the text is rendered; from a deserializer without text, the value.
        let v = serde_json::json!({"a": [1]});
        match RawSeed.deserialize(v.clone()).unwrap() {
            Raw::Text(t) => assert_eq!(serde_json::from_str::<Value>(&t).unwrap(), v),
            other => panic!("{other:?}"),
        }
        let m = MapAccessDeserializer::new(serde::de::value::MapDeserializer::<
            _,
            serde::de::value::Error,
        >::new([("a", 1u32)].into_iter()));
        match RawSeed.deserialize(m).unwrap() {
            Raw::Value(v) => assert_eq!(v, serde_json::json!({"a": 1})),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn actions_read_like_a_map() {
        // The `Actions` read path takes the parsed object as it is; that is only right while
        // `Actions` deserializes as a plain map.
        let v = serde_json::json!({"#Chassis.Reset": {"target": "/x"}, "Oem": {"a": [1, null]}});
        let direct = Actions::deserialize(&v).unwrap();
        let (mut slot, mut extra) = (None, Map::new());
        assign_actions(&mut slot, "Actions", v.clone(), &mut extra);
        assert_eq!(slot, Some(direct));
        assert!(extra.is_empty());
        assert!(Actions::deserialize(&serde_json::json!(1)).is_err());
    }

    #[test]
    fn secret_keys() {
        for k in [
            "Password",
            "OemPasswordHint",
            "Token",
            "X-Auth-Token",
            "SessionToken",
            "ClientSecret",
            "Passphrase",
            "PrivateKey",
            "Key",
            "KeyString",
            "AuthenticationKey",
            "EncryptionKey",
            "LicenseKey",
            "CommunityString",
        ] {
            assert!(is_secret_key(k), "{k}");
        }
        for k in [
            "KeyUsage",
            "KeyId",
            "KeyBitLength",
            "KeyboardLayout",
            "PublicKey",
            "SSHPublicKey",
            "UserName",
            "Keys",
        ] {
            assert!(!is_secret_key(k), "{k}");
        }
    }
}
