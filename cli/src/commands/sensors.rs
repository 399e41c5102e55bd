//! `sensors`: the readings of every chassis through the client's unified readings (the
//! `Sensors` collection, else `EnvironmentMetrics`, else the older `Thermal` and `Power`).

use redfish_client::Client;
use redfish_client::model::ODataId;
use redfish_client::model::chassis::Chassis;
use redfish_client::sensors::ReadingSource;
use serde_json::{Value, json};

use crate::error::CliError;
use crate::output::{Output, Table, s};

fn source(src: &ReadingSource) -> &'static str {
    match src {
        ReadingSource::Sensor => "Sensor",
        ReadingSource::EnvironmentMetrics => "EnvironmentMetrics",
        ReadingSource::Thermal => "Thermal",
        ReadingSource::Power => "Power",
        _ => "other",
    }
}

/// `sensors [--chassis ID]`.
pub async fn run(client: &Client, only: Option<&str>) -> Result<Output, CliError> {
    let root = super::get_json(client, "/redfish/v1/").await?;
    let Some(coll) = super::link(&root, "/Chassis") else {
        return Ok(Output::table(Table::new(&["Chassis"])));
    };
    let mut uris = super::member_uris(client, &coll).await?;
    if let Some(w) = only {
        uris.retain(|u| u == w || u.trim_end_matches('/').rsplit('/').next() == Some(w));
        if uris.is_empty() {
            return Err(CliError::Usage(format!("no chassis `{w}`")));
        }
    }
    let mut t = Table::new(&[
        "Chassis", "Sensor", "Type", "Reading", "Units", "Health", "Source",
    ]);
    for uri in uris {
        let chassis = client.get::<Chassis>(&ODataId::new(uri.as_str())).await?;
        let id = s(chassis.id.as_ref());
        for r in chassis.readings().await? {
            t.row(vec![
                id.clone(),
                json!(r.name),
                s(r.kind.as_ref()),
                r.value.map_or(Value::Null, |v| json!(v)),
                s(r.units.as_ref()),
                s(r.health.as_ref()),
                json!(source(&r.source)),
            ]);
        }
    }
    Ok(Output::table(t))
}
