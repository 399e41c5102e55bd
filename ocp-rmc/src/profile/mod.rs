//! Profile conformance: checks a live service against a Redfish interoperability profile
//! (DSP0272 JSON, e.g. the OCP profiles) and its `RequiredProfiles`, and reports like the
//! DMTF Interop Validator: one line per check, pass/fail/warn counts.
//!
//! ```no_run
//! # async fn run(client: redfish_client::Client) -> ocp_rmc::Result<()> {
//! use ocp_rmc::profile::{CrawlOptions, Profile, ProfileLibrary, ServiceSnapshot, check};
//! // The OCP profiles are embedded in the crate; `ProfileLibrary::open(dir)` and
//! // `Profile::from_file(path)` read any others.
//! let library = ProfileLibrary::builtin();
//! let rmc = Profile::rack_manager()?;
//! let mut profiles = library.resolve(&rmc)?;
//! // The RMC profile says nothing of the baseline the guide says it extends: add it.
//! if let Some(baseline) = library.find("OCPBaselineHardwareManagement", Some("1.0.1")) {
//!     profiles.push(baseline.clone());
//! }
//! let snapshot = ServiceSnapshot::crawl(&client, &CrawlOptions::default()).await?;
//! let report = check(&profiles, &snapshot);
//! println!("{}", report.brief());
//! assert!(report.passed());
//! # Ok(()) }
//! ```
//!
//! # Semantics
//!
//! - `ReadRequirement` (default `Mandatory`): absent and Mandatory is a **fail**, absent
//!   and Recommended a **warn**; `IfImplemented`/`Supported`/`Conditional` are checked
//!   only when present; `IfPopulated` is Mandatory unless the containing object's
//!   `Status.State` is `Absent`; `None` skips the entry. A `null` value counts as present.
//! - A resource type no instance of which is found: fail when Mandatory, warn when
//!   Recommended.
//! - `ConditionalRequirements`: `SubordinateToResource` is matched against the types of
//!   the resources above the instance in the URI hierarchy; `CompareProperty` with
//!   `CompareType`/`CompareValues`.
//! - `Values` with `Comparison` `AnyOf` (the default) or `AllOf` are evaluated **across
//!   all instances** of the resource type, as the DMTF Interop Validator does (so
//!   `Chassis.ChassisType` `["Rack"]` passes when the rack is one of the chassis); other
//!   comparisons per instance.
//! - `MinCount` on arrays (also reading `<name>@odata.count`); `MinVersion` against the
//!   `@odata.type` version; `URIs` restrict the instances (`{Id}` segments match any id);
//!   `Protocol.MinVersion` against `RedfishVersion`.
//! - `ActionRequirements` (default Mandatory): the action must be in `Actions`;
//!   `ParameterValues` must all be in the parameter's `AllowableValues` (from the
//!   action's `@Redfish.ActionInfo`, else `<Param>@Redfish.AllowableValues`),
//!   `RecommendedValues` give warnings; nothing to verify against is a warning.
//! - `WriteRequirement` is reported only (`NOT TESTED`): the checker never writes.
//! - `Registries` requirements (message registries and their messages) are listed as
//!   `NOT TESTED`; `UseCases`, `ReplacesProperty`/`ReplacedByProperty` are not read.
//!
//! # Tolerated profile defects
//!
//! The published OCP rack-manager profiles (embedded unmodified, see
//! [`Profile::builtin`]) do not load in the DMTF Interop Validator. This checker reads them
//! anyway, from the crate or from any file, applies these corrections in code, and lists each
//! one applied in the report:
//! - `MinSupportValues` under action `Parameters` (not a DSP0272 keyword) is read as
//!   `ParameterValues`;
//! - a property requirement that is a bare value (`"Name": "VRM1 Voltage"`) is read as
//!   `Values: [value]`; an array (v1_0_2 `Voltages`) uses its first object; a string
//!   `Purpose` placed among the properties (v1_1_0 `Certificate`) is ignored;
//! - `Chassis.Links.ContainedBy` is Mandatory for every chassis but the outermost one
//!   (`ChassisType` `Rack`, contained by nothing), for which it is Recommended;
//! - `Resources/LogServicesCollection` is `LogServiceCollection`;
//! - `SimpleUpdate` listed under `LogEntry` is checked on `UpdateService`;
//! - property misspellings, accepted when the schema's name is there (noted on the line):
//!   `ProtocolEnable` (`ProtocolEnabled`), Manager `ManagerNetworkProtocol`
//!   (`NetworkProtocol`), ComputerSystem `Links.ManagerBy` (`ManagedBy`);
//! - `Power.Status` and `Power.PowerConsumedWatts` are not in the Power schema: absent is a
//!   warning, not a failure;
//! - `ProfileVersion` inside a file may disagree with the file name (see
//!   [`ProfileLibrary`]); the report shows both.

mod builtin;
mod check;
mod library;
mod model;
mod report;
mod snapshot;

pub use builtin::RACK_MANAGER_PROFILE;
pub use check::check;
pub use library::ProfileLibrary;
pub use model::{
    ActionRequirement, Conditional, ParameterRequirement, Profile, PropertyRequirement,
    Requirement, ResourceRequirement,
};
pub use report::{Brief, CheckItem, ConformanceReport, Counts, Outcome};
pub use snapshot::{CrawlOptions, ServiceSnapshot};
