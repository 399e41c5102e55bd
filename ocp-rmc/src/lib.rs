//! OCP OpenRMC v1.2 rack management for redfish-rs: the rack and node API of the OCP "Usage
//! Guide for Rack Management" v1.2 (use cases 5.1-5.25), group operations, a whole-rack
//! report and a Redfish interoperability-profile checker.
//!
//! Everything is plain Redfish reached through [`redfish_client`]: the rack is the Chassis
//! whose `ChassisType` is `Rack`, the rack manager the Manager whose `ManagerType` is
//! `RackManager`, both found by walking the collections from the service root.
//!
//! ```no_run
//! # async fn run() -> ocp_rmc::Result<()> {
//! use redfish_client::Client;
//! let client = Client::builder("https://rmc.example.net")
//!     .credentials("admin", "password")
//!     .build()?;
//! let rack = ocp_rmc::Rack::discover(&client).await?;
//! let report = rack.report().await?;
//! println!("{report}");
//! client.logout().await?;
//! # Ok(()) }
//! ```
//!
//! # Use cases
//!
//! | guide | API |
//! |---|---|
//! | 5.1 FRU of a node (AssetTag writable) | [`Node::fru`], [`Node::set_asset_tag`] |
//! | 5.1.1 rack power state | [`Rack::power_state`] |
//! | 5.2 rack power usage | [`Rack::power_usage`] |
//! | 5.3 set rack power limit | [`Rack::set_power_limit`] |
//! | 5.4, 5.18 PSU status and firmware | [`Rack::power_supplies`] |
//! | 5.5 node power state | [`Node::power_state`] |
//! | 5.6 node power usage | [`Node::power_usage`] |
//! | 5.7 set node power limit | [`Node::set_power_limit`] |
//! | 5.8 node intake temperature | [`Node::intake_temperature`] |
//! | 5.9 node status | [`Node::status`] |
//! | 5.10, 5.11 CPU and memory | [`Node::cpu_summary`], [`Node::memory_summary`] |
//! | 5.12 LED | [`Node::led`], [`Node::set_led`] |
//! | 5.13, 5.14 logs | [`Rack::manager_log_entries`], [`Node::log_entries`] |
//! | 5.15-5.17 firmware versions | [`Rack::manager_firmware_version`], [`Node::firmware_versions`] |
//! | 5.19, 5.20 rack manager update (pull, push) | [`Rack::update_rack_manager`] with [`firmware::FirmwareUpdate`] |
//! | 5.21 node update | [`Rack::update_nodes`] |
//! | 5.22 reset a temporary group | [`group::Groups::reset`] (from [`Rack::groups`]) |
//! | 5.23 reset a persistent group | [`group::Aggregate::reset`] |
//! | 5.24 create a persistent group | [`group::Groups::create_aggregate`], [`group::Aggregate::add_elements`], [`group::Aggregate::remove_elements`] |
//! | 5.25 default boot order of a group | [`group::Aggregate::set_default_boot_order`] |
//! | whole-rack health/power/firmware report | [`Rack::report`] ([`report::RackReport`]) |
//! | profile conformance (OCP profiles, DMTF Interop Validator style) | [`profile::check`] |
//!
//! # Where this crate departs from the guide's text
//!
//! The guide is a draft with typos; the crate implements the DMTF schema names and
//! accepts what real services send:
//! - the power limit is `PowerControl[n].PowerLimit` (the guide PATCHes a top-level
//!   `PowerLimit`, read and written only when a service really serves it there);
//! - `Mode1` is `Model`, `System/` is `Systems/`, `LogService/Log` is `LogServices/Log`:
//!   no path is built, every URI comes from a link;
//! - firmware updates use the `#UpdateService.SimpleUpdate` action's `target` and the
//!   plural `Targets` (the guide writes `…/Actions/SimpleUpdate` and `Target`), and push to
//!   the service's `MultipartHttpPushUri` (not a fixed `/redfish/v1/UpdateService/upload`);
//! - a temporary group is reset with `#AggregationService.Reset` (the guide names
//!   `Aggregate.Reset` there), and an aggregate is created by a POST to the `Aggregates`
//!   collection (not to `…/Aggregates/Agg1`); `ResetType` may be left to the service
//!   default, as the schema allows.
//!
//! # Performance
//!
//! Discovery reads the Chassis and Managers collections expanded (`$expand=.`) when the
//! service root advertises `ProtocolFeaturesSupported.ExpandQuery`, else member by member
//! (8 at a time). [`Rack::report`] reads the nodes concurrently (8 at a time by default),
//! each node's Power, Thermal, ComputerSystem and BMC in parallel; the client's own
//! per-service request limit still applies.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod error;
pub mod firmware;
pub mod group;
mod logs;
mod node;
pub mod power;
pub mod profile;
mod rack;
pub mod report;
mod task;
pub mod thermal;
pub mod trust;

pub use error::{Error, Result};
pub use node::{CpuSummary, Fru, LedState, MemorySummary, Node, NodeFirmware, NodeStatus};
pub use rack::Rack;
pub use task::{OperationOutcome, TaskProgress};

/// The README's examples, compiled and run as doctests.
#[doc = include_str!("../README.md")]
#[cfg(doctest)]
pub struct ReadmeDoctests;
