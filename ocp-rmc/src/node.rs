//! The [`Node`] handle: one node of the rack, its chassis, computer system and BMC (use
//! cases 5.1, 5.5-5.12, 5.14, 5.16, 5.17).

use redfish_client::action::ActionResponse;
use redfish_client::{Client, Entity};
use redfish_model::ODataId;
use redfish_model::chassis::{Chassis, IndicatorLED};
use redfish_model::computer_system::{ComputerSystem, MemoryMirroring};
use redfish_model::log_entry::LogEntry;
use redfish_model::manager::{Manager, ManagerType};
use redfish_model::resource::{PowerState, ResetType, Status};
use serde::Serialize;
use serde_json::json;

use crate::error::{Error, Result};
use crate::logs;
use crate::power::{self, PowerLimit, PowerLimitSetting, PowerUsage};
use crate::rack::id_of;
use crate::thermal::{self, TemperatureReading};

/// One node of the rack: its Chassis (FRU, power, thermal, LED), the ComputerSystem the
/// chassis links to (`Links.ComputerSystems`) and its BMC (`Links.ManagedBy`, other than
/// the rack manager).
///
/// Each method reads the service again: the handle holds URIs, not state.
#[derive(Clone, Debug)]
pub struct Node {
    client: Client,
    id: String,
    name: Option<String>,
    chassis: ODataId,
    system: Option<ODataId>,
    manager: Option<ODataId>,
}

/// FRU data of a node (use case 5.1).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Fru {
    /// `Manufacturer`.
    pub manufacturer: Option<String>,
    /// `Model`.
    pub model: Option<String>,
    /// `SKU`.
    pub sku: Option<String>,
    /// `SerialNumber`.
    pub serial_number: Option<String>,
    /// `PartNumber`.
    pub part_number: Option<String>,
    /// `AssetTag` (client-writable).
    pub asset_tag: Option<String>,
}

/// Chassis and system status of a node (use case 5.9).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct NodeStatus {
    /// The node chassis `Status`.
    pub chassis: Status,
    /// The computer system `Status`, with `HealthRollup`; `None` when the node has no
    /// system.
    pub system: Option<Status>,
}

/// CPU summary of a node (use case 5.10, `ProcessorSummary`).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct CpuSummary {
    /// `Count`: sockets populated.
    pub count: Option<i64>,
    /// `LogicalProcessorCount`.
    pub logical_processor_count: Option<i64>,
    /// `Model`.
    pub model: Option<String>,
    /// `Status` (with `HealthRollup`).
    pub status: Status,
}

/// Memory summary of a node (use case 5.11, `MemorySummary`).
#[derive(Clone, Debug, Default, PartialEq)]
#[non_exhaustive]
pub struct MemorySummary {
    /// `TotalSystemMemoryGiB`.
    pub total_gib: Option<f64>,
    /// `MemoryMirroring`.
    pub mirroring: Option<MemoryMirroring>,
    /// `Status` (with `HealthRollup`).
    pub status: Status,
}

/// The locator LED of a node (use case 5.12).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct LedState {
    /// `IndicatorLED` (`Lit`, `Blinking`, `Off`), deprecated but what OpenRMC uses.
    pub indicator_led: Option<IndicatorLED>,
    /// `LocationIndicatorActive`, its replacement since Chassis v1.14.
    pub location_indicator_active: Option<bool>,
}

impl LedState {
    /// `true` when the LED is on: `Lit` or `Blinking`, else `LocationIndicatorActive`.
    pub fn is_on(&self) -> bool {
        match self.indicator_led {
            Some(IndicatorLED::Lit | IndicatorLED::Blinking) => true,
            Some(IndicatorLED::Off) => false,
            _ => self.location_indicator_active.unwrap_or(false),
        }
    }
}

/// Firmware versions of a node (use cases 5.16 and 5.17).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct NodeFirmware {
    /// The system's `BiosVersion`.
    pub bios: Option<String>,
    /// The BMC manager's `FirmwareVersion`.
    pub bmc: Option<String>,
}

impl Node {
    pub(crate) fn from_parts(
        client: Client,
        chassis: &Entity<Chassis>,
        managers: &[Entity<Manager>],
        rack_manager: &ODataId,
    ) -> Self {
        let links = chassis.links.as_ref();
        let system = links
            .and_then(|l| l.computer_systems.as_deref())
            .and_then(<[_]>::first)
            .map(|l| l.odata_id.clone());
        let managed_by: Vec<&ODataId> = links
            .and_then(|l| l.managed_by.as_deref())
            .unwrap_or_default()
            .iter()
            .map(|l| &l.odata_id)
            .filter(|u| !u.same_resource(rack_manager))
            .collect();
        // Prefer the manager that says it is a BMC; a node may also list an enclosure
        // manager.
        let is_bmc = |u: &&&ODataId| {
            managers
                .iter()
                .any(|m| m.odata_id().same_resource(u) && m.manager_type == Some(ManagerType::BMC))
        };
        let manager = managed_by
            .iter()
            .find(is_bmc)
            .or_else(|| managed_by.first())
            .map(|u| (*u).clone());
        Self {
            client,
            id: id_of(chassis.id.as_deref(), chassis.odata_id()),
            name: chassis.name.clone(),
            chassis: chassis.odata_id().clone(),
            system,
            manager,
        }
    }

    /// The node chassis `Id` (or URI last segment).
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The node chassis `Name`.
    pub fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }

    /// The node Chassis URI.
    pub fn chassis_uri(&self) -> &ODataId {
        &self.chassis
    }

    /// The node's ComputerSystem URI (`Links.ComputerSystems[0]`).
    pub fn system_uri(&self) -> Option<&ODataId> {
        self.system.as_ref()
    }

    /// The node's BMC URI (`Links.ManagedBy`).
    pub fn manager_uri(&self) -> Option<&ODataId> {
        self.manager.as_ref()
    }

    /// The update targets of this node (use case 5.21): its system and its BMC.
    pub fn firmware_targets(&self) -> Vec<ODataId> {
        self.system.iter().chain(&self.manager).cloned().collect()
    }

    /// The node Chassis, fresh.
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn chassis(&self) -> Result<Entity<Chassis>> {
        Ok(self.client.get(&self.chassis).await?)
    }

    /// The node's ComputerSystem, fresh.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] when the chassis links no system, request errors.
    pub async fn system(&self) -> Result<Entity<ComputerSystem>> {
        let uri = self
            .system
            .as_ref()
            .ok_or_else(|| Error::missing(&self.chassis, "Links.ComputerSystems"))?;
        Ok(self.client.get(uri).await?)
    }

    /// The node's BMC, fresh.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] when the chassis names no manager, request errors.
    pub async fn manager(&self) -> Result<Entity<Manager>> {
        let uri = self
            .manager
            .as_ref()
            .ok_or_else(|| Error::missing(&self.chassis, "Links.ManagedBy"))?;
        Ok(self.client.get(uri).await?)
    }

    /// Use case 5.1: FRU data.
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn fru(&self) -> Result<Fru> {
        Ok(fru_of(self.chassis().await?.data()))
    }

    /// Use case 5.1 (write): sets the client-writable `AssetTag`, with `If-Match`, and
    /// returns the FRU data as read back.
    ///
    /// # Errors
    ///
    /// [`Error::NotApplied`] when the service reports another tag afterwards, request
    /// errors (e.g. 412 when the chassis changed meanwhile).
    pub async fn set_asset_tag(&self, tag: &str) -> Result<Fru> {
        let chassis = self.chassis().await?;
        let updated = chassis.patch(&json!({ "AssetTag": tag })).await?;
        let fru = fru_of(updated.data());
        if fru.asset_tag.as_deref() != Some(tag) {
            return Err(Error::NotApplied {
                uri: self.chassis.clone(),
                property: "AssetTag".into(),
                expected: tag.to_owned(),
                actual: format!("{:?}", fru.asset_tag),
            });
        }
        Ok(fru)
    }

    /// Use case 5.5: the node's `PowerState` (the chassis', else the system's).
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn power_state(&self) -> Result<Option<PowerState>> {
        let chassis = self.chassis().await?;
        if let Some(s) = &chassis.power_state {
            return Ok(Some(s.clone()));
        }
        match &self.system {
            Some(_) => Ok(self.system().await?.power_state.clone()),
            None => Ok(None),
        }
    }

    /// Use case 5.6: instantaneous power and `PowerMetrics`, with the current limit.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] with neither a `Power` nor an `EnvironmentMetrics` link, request
    /// errors.
    pub async fn power_usage(&self) -> Result<PowerUsage> {
        let chassis = self.chassis().await?;
        power::usage_of(&self.client, &chassis).await
    }

    /// Use case 5.7: sets the node power limit and returns it as read back.
    ///
    /// # Errors
    ///
    /// As [`crate::Rack::set_power_limit`].
    pub async fn set_power_limit(&self, setting: &PowerLimitSetting) -> Result<PowerLimit> {
        let chassis = self.chassis().await?;
        power::set_limit(&self.client, &chassis, setting).await
    }

    /// Every temperature sensor of the node's `Thermal` resource.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] without a `Thermal` link, request errors.
    pub async fn temperatures(&self) -> Result<Vec<TemperatureReading>> {
        let chassis = self.chassis().await?;
        let thermal = chassis.thermal().await?;
        Ok(thermal::temperatures_from(&thermal))
    }

    /// Use case 5.8: the intake temperature with every threshold (`None` when the node
    /// has no intake sensor).
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] without a `Thermal` link, request errors.
    pub async fn intake_temperature(&self) -> Result<Option<TemperatureReading>> {
        let chassis = self.chassis().await?;
        let link = chassis
            .thermal
            .as_ref()
            .ok_or_else(|| Error::missing(&self.chassis, "Thermal link"))?;
        let thermal = self.client.get(link).await?;
        Ok(thermal::intake_from(&thermal))
    }

    /// Use case 5.9: chassis status and system status (with `HealthRollup`).
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn status(&self) -> Result<NodeStatus> {
        let chassis = self.chassis().await?;
        let system = match &self.system {
            Some(_) => Some(self.system().await?.status.clone().unwrap_or_default()),
            None => None,
        };
        Ok(NodeStatus {
            chassis: chassis.status.clone().unwrap_or_default(),
            system,
        })
    }

    /// Use case 5.10: `ProcessorSummary`.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] without a system or summary, request errors.
    pub async fn cpu_summary(&self) -> Result<CpuSummary> {
        let system = self.system().await?;
        let p = system
            .processor_summary
            .as_ref()
            .ok_or_else(|| Error::missing(system.odata_id(), "ProcessorSummary"))?;
        Ok(CpuSummary {
            count: p.count,
            logical_processor_count: p.logical_processor_count,
            model: p.model.clone(),
            status: p.status.clone().unwrap_or_default(),
        })
    }

    /// Use case 5.11: `MemorySummary`.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] without a system or summary, request errors.
    pub async fn memory_summary(&self) -> Result<MemorySummary> {
        let system = self.system().await?;
        let m = system
            .memory_summary
            .as_ref()
            .ok_or_else(|| Error::missing(system.odata_id(), "MemorySummary"))?;
        Ok(MemorySummary {
            total_gib: m.total_system_memory_gib,
            mirroring: m.memory_mirroring.clone(),
            status: m.status.clone().unwrap_or_default(),
        })
    }

    /// Use case 5.12: the LED state.
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn led(&self) -> Result<LedState> {
        Ok(led_of(self.chassis().await?.data()))
    }

    /// Turns the locator LED on (`Lit`) or off, through `IndicatorLED` when the chassis
    /// has it, else `LocationIndicatorActive`; returns the state read back.
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] when the chassis has neither property, request errors.
    pub async fn set_led(&self, on: bool) -> Result<LedState> {
        let chassis = self.chassis().await?;
        let body = if chassis.indicator_led.is_some() {
            let v = if on {
                IndicatorLED::Lit
            } else {
                IndicatorLED::Off
            };
            json!({ "IndicatorLED": v.as_str() })
        } else if chassis.location_indicator_active.is_some() {
            json!({ "LocationIndicatorActive": on })
        } else {
            return Err(Error::missing(
                &self.chassis,
                "IndicatorLED or LocationIndicatorActive",
            ));
        };
        let updated = chassis.patch(&body).await?;
        Ok(led_of(updated.data()))
    }

    /// Use case 5.14: the entries of every log service of the node's system, at most
    /// `limit` per service (`None`: all).
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] without a system or `LogServices`, request errors.
    pub async fn log_entries(&self, limit: Option<usize>) -> Result<Vec<LogEntry>> {
        let system = self.system().await?;
        let services = system
            .data()
            .log_services
            .as_ref()
            .ok_or_else(|| Error::missing(system.odata_id(), "LogServices"))?;
        logs::entries(&self.client, &services.odata_id, limit).await
    }

    /// Use cases 5.16 and 5.17: BIOS version (system) and BMC firmware version.
    ///
    /// # Errors
    ///
    /// Request errors.
    pub async fn firmware_versions(&self) -> Result<NodeFirmware> {
        let bios = match &self.system {
            Some(_) => self.system().await?.bios_version.clone(),
            None => None,
        };
        let bmc = match &self.manager {
            Some(_) => self.manager().await?.firmware_version.clone(),
            None => None,
        };
        Ok(NodeFirmware { bios, bmc })
    }

    /// Resets the node's system (`#ComputerSystem.Reset`).
    ///
    /// # Errors
    ///
    /// [`Error::Missing`] without a system; the client's errors (unsupported action,
    /// `ResetType` not allowed, service error).
    pub async fn reset(&self, reset_type: ResetType) -> Result<ActionResponse> {
        Ok(self.system().await?.reset(reset_type).await?)
    }
}

fn fru_of(c: &Chassis) -> Fru {
    Fru {
        manufacturer: c.manufacturer.clone(),
        model: c.model.clone(),
        sku: c.sku.clone(),
        serial_number: c.serial_number.clone(),
        part_number: c.part_number.clone(),
        asset_tag: c.asset_tag.clone(),
    }
}

fn led_of(c: &Chassis) -> LedState {
    LedState {
        indicator_led: c.indicator_led.clone(),
        location_indicator_active: c.location_indicator_active,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn led_state_prefers_indicator_led() {
        let mut s = LedState {
            indicator_led: Some(IndicatorLED::Blinking),
            location_indicator_active: Some(false),
        };
        assert!(s.is_on());
        s.indicator_led = Some(IndicatorLED::Off);
        s.location_indicator_active = Some(true);
        assert!(!s.is_on());
        s.indicator_led = None;
        assert!(s.is_on());
        assert!(!LedState::default().is_on());
    }

    #[test]
    fn fru_copies_the_six_properties() {
        let c: Chassis = serde_json::from_value(json!({
            "Manufacturer": "Contoso", "Model": "N1", "SKU": "S", "SerialNumber": "SN",
            "PartNumber": "PN", "AssetTag": null
        }))
        .unwrap();
        let f = fru_of(&c);
        assert_eq!(f.manufacturer.as_deref(), Some("Contoso"));
        assert_eq!(f.sku.as_deref(), Some("S"));
        assert_eq!(f.asset_tag, None);
    }
}
