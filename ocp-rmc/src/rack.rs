//! The [`Rack`] handle: discovery from the service root and the rack-level use cases
//! (5.1.1-5.4, 5.13, 5.15, 5.18).

use redfish_client::action::ActionResponse;
use redfish_client::{Client, Entity, Expand, Query};
use redfish_model::ODataId;
use redfish_model::chassis::{Chassis, ChassisType};
use redfish_model::log_entry::LogEntry;
use redfish_model::manager::{Manager, ManagerType};
use redfish_model::resource::{PowerState, ResetType, Status};

use crate::error::{Error, Result};
use crate::logs;
use crate::node::Node;
use crate::power::{self, PowerLimit, PowerLimitSetting, PowerSupplyInfo, PowerUsage};

/// How many member GETs discovery sends at once (within the client's own limit).
const DISCOVERY_CONCURRENCY: usize = 8;

/// An OpenRMC rack: the Chassis whose `ChassisType` is `Rack`, the Manager whose
/// `ManagerType` is `RackManager`, and the nodes the rack contains.
///
/// Everything is found by following links from the service root; no resource id is
/// assumed. Nodes are the rack chassis' `Links.Contains`, or, when a service leaves that
/// out, every other chassis.
///
/// ```no_run
/// # async fn run() -> ocp_rmc::Result<()> {
/// use redfish_client::Client;
/// let client = Client::builder("https://rmc.example.net")
///     .credentials("admin", "password")
///     .build()?;
/// let rack = ocp_rmc::Rack::discover(&client).await?;
/// println!("rack {} is {:?}, {} nodes", rack.id(), rack.power_state().await?, rack.nodes().len());
/// for node in rack.nodes() {
///     println!("{}: {:?} W", node.id(), node.power_usage().await?.consumed_watts);
/// }
/// client.logout().await?;
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct Rack {
    client: Client,
    chassis: ODataId,
    id: String,
    name: Option<String>,
    manager: ODataId,
    manager_id: String,
    nodes: Vec<Node>,
    unreadable: Vec<String>,
}

impl Rack {
    /// Finds the rack, its rack manager and its nodes.
    ///
    /// # Errors
    ///
    /// [`Error::NoRack`] or [`Error::NoRackManager`] when the service is not a rack
    /// manager, request errors otherwise.
    pub async fn discover(client: &Client) -> Result<Self> {
        let root = client.service_root().await?;
        let mut chassis_members = root.chassis()?.concurrency(DISCOVERY_CONCURRENCY);
        let mut manager_members = root.managers()?.concurrency(DISCOVERY_CONCURRENCY);
        // One GET per collection instead of one per member, when the service says it can.
        let expand = root
            .protocol_features_supported
            .as_ref()
            .and_then(|p| p.expand_query.as_ref())
            .is_some_and(|e| e.no_links == Some(true) || e.expand_all == Some(true));
        if expand {
            let q = || Query::new().expand(Expand::NotLinks, 1);
            chassis_members = chassis_members.query(q());
            manager_members = manager_members.query(q());
        }
        // A member that cannot be read (real racks have some) is reported, not fatal.
        let (chassis_read, managers_read) = futures_util::try_join!(
            chassis_members.collect_partial(),
            manager_members.collect_partial(),
        )?;
        let unreadable: Vec<String> = chassis_read
            .failed
            .iter()
            .chain(&managers_read.failed)
            .map(|f| {
                tracing::warn!(member = %f.uri, error = %f.error, "unreadable member");
                format!("{}: {}", f.uri, f.error)
            })
            .collect();
        let (all_chassis, managers) = (chassis_read.members, managers_read.members);
        let rack = all_chassis
            .iter()
            .find(|c| c.chassis_type == Some(ChassisType::Rack))
            .ok_or(Error::NoRack)?;
        let rack_manager = managers
            .iter()
            .find(|m| m.manager_type == Some(ManagerType::RackManager))
            .ok_or(Error::NoRackManager)?;
        let nodes = node_chassis(rack, &all_chassis)
            .into_iter()
            .map(|c| Node::from_parts(client.clone(), c, &managers, rack_manager.odata_id()))
            .collect();
        tracing::debug!(rack = %rack.odata_id(), manager = %rack_manager.odata_id(), "rack discovered");
        Ok(Self {
            client: client.clone(),
            chassis: rack.odata_id().clone(),
            id: id_of(rack.id.as_deref(), rack.odata_id()),
            name: rack.name.clone(),
            manager: rack_manager.odata_id().clone(),
            manager_id: id_of(rack_manager.id.as_deref(), rack_manager.odata_id()),
            nodes,
            unreadable,
        })
    }

    /// The client this rack is reached with.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The rack chassis `Id`.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The rack chassis `Name`.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The rack Chassis URI.
    pub fn chassis_uri(&self) -> &ODataId {
        &self.chassis
    }

    /// The rack manager's URI (use it as an update `Targets` entry, use case 5.19).
    pub fn manager_uri(&self) -> &ODataId {
        &self.manager
    }

    /// The rack manager's `Id`.
    pub fn manager_id(&self) -> &str {
        &self.manager_id
    }

    /// The chassis and managers discovery could not read (`URI: error`); the rack is
    /// found without them, and the report lists them among the rack's errors.
    pub fn unreadable_members(&self) -> &[String] {
        &self.unreadable
    }

    /// The nodes, in the order the rack lists them.
    pub fn nodes(&self) -> &[Node] {
        &self.nodes
    }

    /// The node whose chassis `Id` (or URI last segment) is `id`.
    pub fn node(&self, id: &str) -> Option<&Node> {
        self.nodes.iter().find(|n| n.id() == id)
    }

    /// The rack Chassis, fresh.
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn chassis(&self) -> Result<Entity<Chassis>> {
        Ok(self.client.get(&self.chassis).await?)
    }

    /// The rack manager, fresh.
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn manager(&self) -> Result<Entity<Manager>> {
        Ok(self.client.get(&self.manager).await?)
    }

    /// Use case 5.1.1: the rack's `PowerState`.
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn power_state(&self) -> Result<Option<PowerState>> {
        Ok(self.chassis().await?.power_state.clone())
    }

    /// The rack chassis `Status` (`State`, `Health`, `HealthRollup`).
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn status(&self) -> Result<Status> {
        Ok(self.chassis().await?.status.clone().unwrap_or_default())
    }

    /// Use case 5.2: instantaneous power and the `PowerMetrics` statistics (min, max,
    /// average over `IntervalInMin`), with the current limit.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] with neither a `Power` nor an `EnvironmentMetrics` link, request
    /// errors.
    pub async fn power_usage(&self) -> Result<PowerUsage> {
        let chassis = self.chassis().await?;
        power::usage_of(&self.client, &chassis).await
    }

    /// Use case 5.3: sets the rack power limit (`PowerControl[n].PowerLimit`), with
    /// `If-Match`, and returns the limit as read back.
    ///
    /// # Errors
    ///
    /// [`Error::InvalidInput`] for a negative limit, [`Error::NotApplied`] when the
    /// service reports another value afterwards, request errors (e.g. 400
    /// `PropertyValueNotInList` for an unknown `LimitException`).
    pub async fn set_power_limit(&self, setting: &PowerLimitSetting) -> Result<PowerLimit> {
        let chassis = self.chassis().await?;
        power::set_limit(&self.client, &chassis, setting).await
    }

    /// Use cases 5.4 and 5.18: every rack power supply with its status and firmware
    /// version.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] with neither a `Power` nor a `PowerSubsystem` link, request errors.
    pub async fn power_supplies(&self) -> Result<Vec<PowerSupplyInfo>> {
        let chassis = self.chassis().await?;
        power::supplies_of(&self.client, &chassis).await
    }

    /// Resets the rack chassis (`#Chassis.Reset`, which the OpenRMC profile requires with
    /// at least `ForceRestart`).
    ///
    /// # Errors
    ///
    /// The client's errors (action missing, `ResetType` not allowed, service error).
    pub async fn reset(&self, reset_type: ResetType) -> Result<ActionResponse> {
        Ok(self.chassis().await?.reset(reset_type).await?)
    }

    /// Use case 5.15: the rack manager's `FirmwareVersion`.
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn manager_firmware_version(&self) -> Result<Option<String>> {
        Ok(self.manager().await?.firmware_version.clone())
    }

    /// Use case 5.13: the entries of every rack-manager log service, at most `limit` per
    /// service (`None`: all).
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] without `LogServices`, request errors.
    pub async fn manager_log_entries(&self, limit: Option<usize>) -> Result<Vec<LogEntry>> {
        let manager = self.manager().await?;
        let services = manager
            .data()
            .log_services
            .as_ref()
            .ok_or_else(|| Error::missing(&self.manager, "LogServices"))?;
        logs::entries(&self.client, &services.odata_id, limit).await
    }
}

/// The `Id`, else the URI's last segment.
pub(crate) fn id_of(id: Option<&str>, uri: &ODataId) -> String {
    id.map_or_else(|| uri.last_segment().to_owned(), str::to_owned)
}

/// The rack's nodes: `Links.Contains` in the rack's order, else every other chassis.
fn node_chassis<'a>(
    rack: &Entity<Chassis>,
    all: &'a [Entity<Chassis>],
) -> Vec<&'a Entity<Chassis>> {
    let contains = rack
        .links
        .as_ref()
        .and_then(|l| l.contains.as_deref())
        .unwrap_or_default();
    if contains.is_empty() {
        return all
            .iter()
            .filter(|c| !c.odata_id().same_resource(rack.odata_id()))
            .collect();
    }
    contains
        .iter()
        .filter_map(|link| {
            let found = all.iter().find(|c| c.odata_id().same_resource(&link.odata_id));
            if found.is_none() {
                tracing::warn!(link = %link.odata_id, "rack Links.Contains names a chassis the collection lacks");
            }
            found
        })
        .collect()
}
