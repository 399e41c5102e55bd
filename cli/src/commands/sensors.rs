//! `sensors`: the readings of every chassis, from its `Sensors` collection, else from the
//! older `Thermal` and `Power` resources (what most BMCs still serve).

use redfish_client::Client;
use redfish_client::model::chassis::Chassis;
use redfish_client::model::power::Power;
use redfish_client::model::resource::Status;
use redfish_client::model::sensor::Sensor;
use redfish_client::model::thermal::Thermal;
use serde_json::{Value, json};

use crate::error::CliError;
use crate::output::{Output, Table, s};

fn health(st: Option<&Status>) -> Value {
    s(st.and_then(|st| st.health.as_ref()))
}

fn num(v: Option<f64>) -> Value {
    v.map_or(Value::Null, |x| json!(x))
}

/// `sensors [--chassis ID]`.
pub async fn run(client: &Client, only: Option<&str>) -> Result<Output, CliError> {
    let mut chassis = super::root_members::<Chassis>(client, "/Chassis").await?;
    if let Some(w) = only {
        chassis.retain(|(u, c)| u == w || c.id.as_deref() == Some(w));
        if chassis.is_empty() {
            return Err(CliError::Usage(format!("no chassis `{w}`")));
        }
    }
    let mut t = Table::new(&["Chassis", "Sensor", "Type", "Reading", "Units", "Health"]);
    for (_, c) in &chassis {
        let cid = s(c.id.as_ref());
        if let Some(link) = &c.sensors {
            let uris = super::member_uris(client, link.odata_id.path()).await?;
            for (_, sensor) in super::read_all::<Sensor>(client, uris).await? {
                t.row(vec![
                    cid.clone(),
                    s(sensor.name.as_ref().or(sensor.id.as_ref())),
                    s(sensor.reading_type.as_ref()),
                    num(sensor.reading),
                    s(sensor.reading_units.as_ref()),
                    health(sensor.status.as_ref()),
                ]);
            }
            continue;
        }
        if let Some(link) = &c.thermal {
            let th: Thermal = super::get_typed(client, link.odata_id.path()).await?;
            for x in th.temperatures.iter().flatten() {
                t.row(vec![
                    cid.clone(),
                    s(x.name.as_ref().or(x.member_id.as_ref())),
                    json!("Temperature"),
                    num(x.reading_celsius),
                    json!("Cel"),
                    health(x.status.as_ref()),
                ]);
            }
            for f in th.fans.iter().flatten() {
                t.row(vec![
                    cid.clone(),
                    s(f.name.as_ref().or(f.member_id.as_ref())),
                    json!("Fan"),
                    f.reading.map_or(Value::Null, |r| json!(r)),
                    s(f.reading_units.as_ref()),
                    health(f.status.as_ref()),
                ]);
            }
        }
        if let Some(link) = &c.power {
            let p: Power = super::get_typed(client, link.odata_id.path()).await?;
            for pc in p.power_control.iter().flatten() {
                t.row(vec![
                    cid.clone(),
                    s(pc.name.as_ref().or(pc.member_id.as_ref())),
                    json!("Power"),
                    num(pc.power_consumed_watts),
                    json!("W"),
                    health(pc.status.as_ref()),
                ]);
            }
            for v in p.voltages.iter().flatten() {
                t.row(vec![
                    cid.clone(),
                    s(v.name.as_ref().or(v.member_id.as_ref())),
                    json!("Voltage"),
                    num(v.reading_volts),
                    json!("V"),
                    health(v.status.as_ref()),
                ]);
            }
        }
    }
    Ok(Output::table(t))
}
