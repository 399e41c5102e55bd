//! What a service sent that does not match the schema.
//!
//! Parsing never fails on such data (see the crate docs); instead the deviations can be
//! listed, which is what you want when qualifying a new BMC firmware:
//!
//! ```
//! use redfish_model::{chassis::Chassis, diagnostics::{diagnose, DiagnosticKind}};
//! let c: Chassis = serde_json::from_str(
//!     r##"{"@odata.id": "/redfish/v1/Chassis/1", "@odata.type": "#Chassis.v1_28_0.Chassis",
//!          "Id": "1", "Name": "Chassis", "ChassisType": "Spaceship", "AssetTag": 7, "Status": "OK"}"##,
//! ).unwrap();
//! let found = diagnose(&c);
//! // The unknown chassis type, the number read as a string, the string that cannot be a Status:
//! assert_eq!(found.len(), 3);
//! assert!(found.iter().any(|d| matches!(d.kind, DiagnosticKind::UnknownEnumValue { .. })));
//! assert!(found.iter().any(|d| d.path == "AssetTag" && matches!(d.kind, DiagnosticKind::Coerced { .. })));
//! assert!(found.iter().any(|d| d.path == "Status" && matches!(d.kind, DiagnosticKind::Rejected { .. })));
//! assert_eq!(c.asset_tag.as_deref(), Some("7"));
//!
//! // A property the schema requires (`ChassisType`, `Id`, `Name`, ...) that is absent:
//! let bare: Chassis = serde_json::from_str(r#"{"Id": "1", "Name": "Chassis"}"#).unwrap();
//! assert!(diagnose(&bare).iter().any(|d| d.path == "ChassisType" && d.kind == DiagnosticKind::MissingRequired));
//! ```

use serde_json::{Map, Value};

/// One deviation from the schema.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Diagnostic {
    /// Slash-separated path of the property, e.g. `PowerControl/0/PowerLimit/LimitException`.
    pub path: String,
    /// What was wrong.
    pub kind: DiagnosticKind,
}

/// The kind of a [`Diagnostic`].
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub enum DiagnosticKind {
    /// A modelled property whose value could not be typed; it is kept raw in `extra`.
    Rejected {
        /// The value as sent.
        raw: Value,
    },
    /// A value of the wrong JSON type that was read leniently (a number sent as a string, a
    /// lone object for an array); the original is kept and re-emitted.
    Coerced {
        /// The value as sent.
        raw: Value,
    },
    /// A property the schema lists as required that the service did not send at all.
    MissingRequired,
    /// An enumeration value the model does not know; it is kept in `Unknown`.
    UnknownEnumValue {
        /// The enumeration type.
        enum_type: &'static str,
        /// The value as sent.
        value: String,
    },
}

impl Diagnostic {
    /// A property whose value could not be typed.
    pub fn rejected(path: String, raw: Value) -> Self {
        Self {
            path,
            kind: DiagnosticKind::Rejected { raw },
        }
    }

    /// A value read leniently.
    pub fn coerced(path: String, raw: Value) -> Self {
        Self {
            path,
            kind: DiagnosticKind::Coerced { raw },
        }
    }

    /// A required property that is absent.
    pub fn missing_required(path: String) -> Self {
        Self {
            path,
            kind: DiagnosticKind::MissingRequired,
        }
    }

    /// An enumeration value the model does not know.
    pub fn unknown_enum_value(path: String, enum_type: &'static str, value: String) -> Self {
        Self {
            path,
            kind: DiagnosticKind::UnknownEnumValue { enum_type, value },
        }
    }
}

impl std::fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.kind {
            DiagnosticKind::Rejected { raw } => {
                write!(f, "{}: value {raw} does not match the schema", self.path)
            }
            DiagnosticKind::Coerced { raw } => {
                write!(
                    f,
                    "{}: value {raw} has the wrong JSON type (read leniently)",
                    self.path
                )
            }
            DiagnosticKind::MissingRequired => {
                write!(f, "{}: required by the schema but absent", self.path)
            }
            DiagnosticKind::UnknownEnumValue { enum_type, value } => {
                write!(
                    f,
                    "{}: {value:?} is not a known {enum_type} value",
                    self.path
                )
            }
        }
    }
}

/// Walks a model value and reports its deviations from the schema.
///
/// Implemented by every model type; leaf types report nothing.
pub trait Diagnose {
    /// Appends the deviations found below `path` to `out`.
    fn diagnose(&self, path: &str, out: &mut Vec<Diagnostic>);
}

/// Lists every deviation from the schema found in `value`.
pub fn diagnose<T: Diagnose + ?Sized>(value: &T) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    value.diagnose("", &mut out);
    out
}

macro_rules! leaf {
    ($($t:ty),*) => {
        $(impl Diagnose for $t {
            fn diagnose(&self, _path: &str, _out: &mut Vec<Diagnostic>) {}
        })*
    };
}

leaf!(
    String, bool, i8, i16, i32, i64, u8, u16, u32, u64, f32, f64, Value, Map<String, Value>
);

impl<T: Diagnose> Diagnose for Vec<T> {
    fn diagnose(&self, path: &str, out: &mut Vec<Diagnostic>) {
        for (i, item) in self.iter().enumerate() {
            item.diagnose(&crate::__private::join_path(path, &i.to_string()), out);
        }
    }
}

impl<T: Diagnose> Diagnose for Box<T> {
    fn diagnose(&self, path: &str, out: &mut Vec<Diagnostic>) {
        (**self).diagnose(path, out);
    }
}

impl<T: Diagnose> Diagnose for Option<T> {
    fn diagnose(&self, path: &str, out: &mut Vec<Diagnostic>) {
        if let Some(v) = self {
            v.diagnose(path, out);
        }
    }
}
