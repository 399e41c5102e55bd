//! Support code for the exported macros. Not part of the public API.

use std::fmt;

use serde::de::{DeserializeOwned, DeserializeSeed, Deserializer, Visitor};
pub use serde_json::{Map, Value};

pub use serde;

/// A property key: one the type models (borrowed from its static list) or another one.
#[derive(Debug)]
pub enum Key {
    /// A modelled property.
    Known(&'static str),
    /// Anything else.
    Other(String),
}

/// Deserializes a map key without allocating when it is a modelled property.
#[derive(Debug, Clone, Copy)]
pub struct KeySeed(pub &'static [&'static str]);

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = Key;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Key, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = Key;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a property name")
    }
    fn visit_str<E>(self, v: &str) -> Result<Key, E> {
        Ok(match self.0.iter().find(|k| **k == v) {
            Some(k) => Key::Known(k),
            None => Key::Other(v.to_owned()),
        })
    }
    fn visit_string<E>(self, v: String) -> Result<Key, E> {
        Ok(match self.0.iter().find(|k| **k == v) {
            Some(k) => Key::Known(k),
            None => Key::Other(v),
        })
    }
}

/// Stores `value` into `slot`, or keeps it raw in `extra` when it is `null` or cannot be
/// typed. A coerced value is typed *and* kept raw so serialization can restore its form.
pub fn assign<T: DeserializeOwned + serde::Serialize>(
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
        Ok(v) => {
            // `5` read into an f64 would come back as `5.0`: keep the original spelling of
            // numbers whose typed form serializes differently.
            let numeric = match &value {
                Value::Number(_) => true,
                Value::Array(a) => a.iter().any(Value::is_number),
                _ => false,
            };
            if numeric && serde_json::to_value(&v).ok().as_ref() != Some(&value) {
                extra.insert(key.to_owned(), value);
            } else {
                extra.remove(key);
            }
            *slot = Some(v);
        }
        Err(_) => {
            *slot = coerce(&value);
            extra.insert(key.to_owned(), value);
        }
    }
}

/// The lenient readings of a value that did not fit the expected type, tried in order:
/// a numeric or boolean string as that JSON type, a number or boolean as a string, and a
/// lone value as a one-element array.
pub fn coerce<T: DeserializeOwned>(value: &Value) -> Option<T> {
    let try_as = |v: Value| T::deserialize(v).ok();
    let candidates: Vec<Value> = match value {
        Value::String(s) => {
            let t = s.trim();
            let mut c = Vec::new();
            if let Ok(n) = t.parse::<i64>() {
                c.push(Value::from(n));
            } else if let Ok(n) = t.parse::<u64>() {
                c.push(Value::from(n));
            }
            if let Some(num) = t.parse::<f64>().ok().and_then(serde_json::Number::from_f64) {
                c.push(Value::Number(num));
            }
            if t.eq_ignore_ascii_case("true") || t.eq_ignore_ascii_case("false") {
                c.push(Value::Bool(t.eq_ignore_ascii_case("true")));
            }
            c
        }
        Value::Number(n) => vec![Value::String(n.to_string())],
        Value::Bool(b) => vec![Value::String(b.to_string())],
        _ => Vec::new(),
    };
    if let Some(v) = candidates.into_iter().find_map(try_as) {
        return Some(v);
    }
    if !value.is_array() && !value.is_null() {
        return try_as(Value::Array(vec![value.clone()]));
    }
    None
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

/// Prints as `"<redacted>"`.
#[derive(Clone, Copy)]
pub struct Redacted;

impl fmt::Debug for Redacted {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"<redacted>\"")
    }
}

/// Debug view of an `extra` map that redacts values under secret-looking keys, because
/// unknown properties may be vendor password or token fields.
pub struct RedactedMap<'a>(pub &'a Map<String, Value>);

impl fmt::Debug for RedactedMap<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut m = f.debug_map();
        for (k, v) in self.0 {
            if is_secret_key(k) && !v.is_null() {
                m.entry(k, &Redacted);
            } else {
                m.entry(k, v);
            }
        }
        m.finish()
    }
}

/// Property names whose values must never be printed.
pub fn is_secret_key(key: &str) -> bool {
    let k = key.to_ascii_lowercase();
    [
        "password",
        "token",
        "secret",
        "passphrase",
        "privatekey",
        "challengepassword",
    ]
    .iter()
    .any(|s| k.contains(s))
}
