//! `systems`, `chassis`, `managers`: one row per member, typed through the model.

use redfish_client::Client;
use redfish_client::model::chassis::Chassis;
use redfish_client::model::computer_system::ComputerSystem;
use redfish_client::model::manager::Manager;
use redfish_client::model::resource::Status;
use serde_json::{Value, json};

use crate::error::CliError;
use crate::output::{Output, Table, s};

fn health(status: Option<&Status>) -> Value {
    s(status.and_then(|st| st.health.as_ref()))
}

fn state(status: Option<&Status>) -> Value {
    s(status.and_then(|st| st.state.as_ref()))
}

/// `systems`.
pub async fn systems(client: &Client) -> Result<Output, CliError> {
    let members = super::root_members::<ComputerSystem>(client, "/Systems").await?;
    let mut t = Table::new(&[
        "Id",
        "Name",
        "Manufacturer",
        "Model",
        "SerialNumber",
        "PowerState",
        "Health",
        "CPUs",
        "MemoryGiB",
        "BiosVersion",
    ]);
    for (_, sys) in &members {
        t.row(vec![
            s(sys.id.as_ref()),
            s(sys.name.as_ref()),
            s(sys.manufacturer.as_ref()),
            s(sys.model.as_ref()),
            s(sys.serial_number.as_ref()),
            s(sys.power_state.as_ref()),
            health(sys.status.as_ref()),
            sys.processor_summary
                .as_ref()
                .and_then(|p| p.count)
                .map_or(Value::Null, |c| json!(c)),
            sys.memory_summary
                .as_ref()
                .and_then(|m| m.total_system_memory_gib)
                .map_or(Value::Null, |g| json!(g)),
            s(sys.bios_version.as_ref()),
        ]);
    }
    Ok(Output::table(t))
}

/// `chassis`.
pub async fn chassis(client: &Client) -> Result<Output, CliError> {
    let members = super::root_members::<Chassis>(client, "/Chassis").await?;
    let mut t = Table::new(&[
        "Id",
        "Name",
        "ChassisType",
        "Manufacturer",
        "Model",
        "SerialNumber",
        "PowerState",
        "State",
        "Health",
    ]);
    for (_, c) in &members {
        t.row(vec![
            s(c.id.as_ref()),
            s(c.name.as_ref()),
            s(c.chassis_type.as_ref()),
            s(c.manufacturer.as_ref()),
            s(c.model.as_ref()),
            s(c.serial_number.as_ref()),
            s(c.power_state.as_ref()),
            state(c.status.as_ref()),
            health(c.status.as_ref()),
        ]);
    }
    Ok(Output::table(t))
}

/// `managers`.
pub async fn managers(client: &Client) -> Result<Output, CliError> {
    let members = super::root_members::<Manager>(client, "/Managers").await?;
    let mut t = Table::new(&[
        "Id",
        "Name",
        "ManagerType",
        "Model",
        "FirmwareVersion",
        "PowerState",
        "State",
        "Health",
    ]);
    for (_, m) in &members {
        t.row(vec![
            s(m.id.as_ref()),
            s(m.name.as_ref()),
            s(m.manager_type.as_ref()),
            s(m.model.as_ref()),
            s(m.firmware_version.as_ref()),
            s(m.power_state.as_ref()),
            state(m.status.as_ref()),
            health(m.status.as_ref()),
        ]);
    }
    Ok(Output::table(t))
}
