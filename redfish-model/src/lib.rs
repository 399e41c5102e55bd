//! Strongly typed, tolerant models of DMTF Redfish resources.
//!
//! `redfish-model` is the sans-I/O foundation of the redfish-rs workspace: serde types for
//! Redfish resources, with no HTTP, no async and no global state. The client crate
//! (`redfish-client`) and the OEM/profile crates (`hpe-oem`, `ocp-rmc`) build on it.
//!
//! # Tolerance
//!
//! Real BMCs do not follow the schema to the letter. Parsing a JSON object into a model
//! type never fails because of its content:
//!
//! - every enumeration has an `Unknown(String)` variant that keeps values it does not know;
//! - `null`, wrongly typed and unknown properties are kept in the type's `extra` map, so a
//!   parse followed by a serialize loses nothing;
//! - harmless mistakes are coerced (numbers as strings, a lone object for an array), and the
//!   original spelling is restored on serialization;
//! - `Oem` sections stay raw JSON with typed accessors ([`Resource::oem_ext`]);
//! - [`diagnostics::diagnose`] lists every deviation found, for qualifying firmware.
//!
//! # Example
//!
//! ```
//! use redfish_model::{AnyResource, Resource, chassis::{Chassis, ChassisType}};
//! let json = r#"{
//!     "@odata.id": "/redfish/v1/Chassis/Rack", "@odata.type": "#Chassis.v1_14_0.Chassis",
//!     "Id": "Rack", "Name": "Rack", "ChassisType": "Rack", "PowerState": "On",
//!     "Status": {"State": "Enabled", "Health": "OK"}, "AssetTag": null
//! }"#;
//! let chassis: Chassis = serde_json::from_str(json).unwrap();
//! assert_eq!(chassis.chassis_type, Some(ChassisType::Rack));
//! assert_eq!(chassis.odata_type().unwrap().version(), Some((1, 14, 0)));
//!
//! // Or let the @odata.type choose the type:
//! let any = AnyResource::from_json(serde_json::from_str(json).unwrap());
//! assert!(matches!(any, AnyResource::Chassis(_)));
//! // Nothing is lost, not even the explicit null:
//! assert_eq!(serde_json::to_value(&any).unwrap()["AssetTag"], serde_json::Value::Null);
//! ```
//!
//! # Modules
//!
//! One module per Redfish schema, named after it (`chassis`, `power`, `computer_system`,
//! ...); shared types are in [`resource`], [`odata`], [`message`] and [`collection`].

#![cfg_attr(docsrs, feature(doc_cfg))]

#[macro_use]
mod macros;

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;

pub mod any;
pub mod collection;
pub mod diagnostics;
pub mod message;
pub mod odata;
pub mod oem;
pub mod resource;

pub use any::AnyResource;
pub use collection::Collection;
pub use message::{Message, MessageId, RedfishError};
pub use odata::{ETag, Link, ODataId, ODataType};
pub use oem::{Oem, OemExtension};
pub use resource::{Action, Actions, DateTime, Resource, Status};
