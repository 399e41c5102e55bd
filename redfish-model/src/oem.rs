//! `Oem` sections: kept as raw JSON, typed on demand by vendor crates.

use std::fmt;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::diagnostics::{Diagnose, Diagnostic};

/// A typed view of one vendor's `Oem` section, implemented by OEM crates.
///
/// ```
/// use redfish_model::{OemExtension, Resource, manager::Manager};
/// redfish_model::redfish_struct! {
///     /// `Oem.Acme` of a Manager.
///     pub struct AcmeManagerOem {
///         /// Whether the rocket is armed.
///         "Armed" => armed: bool,
///     }
/// }
/// impl OemExtension for AcmeManagerOem {
///     const VENDOR: &'static str = "Acme";
/// }
/// let m: Manager = serde_json::from_str(r#"{"Oem": {"Acme": {"Armed": true}}}"#).unwrap();
/// let acme = m.oem_ext::<AcmeManagerOem>().unwrap().unwrap();
/// assert_eq!(acme.armed, Some(true));
/// ```
pub trait OemExtension: DeserializeOwned {
    /// The key under `Oem`, e.g. `Hpe`.
    const VENDOR: &'static str;
    /// Older keys the same vendor used (e.g. `Hp` on iLO 4), tried after [`Self::VENDOR`].
    const ALIASES: &'static [&'static str] = &[];
}

/// The `Oem` object of a resource or of its `Links`/`Actions`: vendor key to raw JSON.
#[derive(Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Oem(pub Map<String, Value>);

impl Oem {
    /// The raw JSON of one vendor's section.
    pub fn raw(&self, vendor: &str) -> Option<&Value> {
        self.0.get(vendor)
    }

    /// The vendor keys present.
    pub fn vendors(&self) -> impl Iterator<Item = &str> {
        self.0.keys().map(String::as_str)
    }

    /// One vendor's section typed as `T`: `Ok(None)` when absent or `null`, an error when
    /// present but not an object of the expected shape.
    pub fn get<T: DeserializeOwned>(&self, vendor: &str) -> Result<Option<T>, serde_json::Error> {
        match self.0.get(vendor) {
            None | Some(Value::Null) => Ok(None),
            Some(v) => T::deserialize(v).map(Some),
        }
    }

    /// The section of an [`OemExtension`], trying its aliases too.
    pub fn extension<T: OemExtension>(&self) -> Result<Option<T>, serde_json::Error> {
        for key in std::iter::once(T::VENDOR).chain(T::ALIASES.iter().copied()) {
            if let Some(v) = self.get::<T>(key)? {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
}

impl fmt::Debug for Oem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Oem")
            .field(&crate::__private::RedactedMap(&self.0))
            .finish()
    }
}

impl Diagnose for Oem {
    fn diagnose(&self, _path: &str, _out: &mut Vec<Diagnostic>) {}
}
