//! Telemetry reports (`TelemetryService.MetricReports`): read a report and its values as
//! numbers, with the metric and the property each one measures.
//!
//! ```no_run
//! # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
//! let telemetry = client.service_root().await?.telemetry_service().await?;
//! for report in telemetry.metric_reports()?.collect().await? {
//!     for s in redfish_client::telemetry::samples(&report) {
//!         println!("{} {:?} = {:?} at {:?}", report.odata_id(), s.property, s.value, s.timestamp);
//!     }
//! }
//! # Ok(()) }
//! ```

use redfish_model::DateTime;
use redfish_model::metric_report::MetricReport;
use redfish_model::metric_report_definition::MetricReportDefinition;
use redfish_model::service_root::ServiceRoot;
use redfish_model::telemetry_service::TelemetryService;

use crate::collection::Members;
use crate::entity::Entity;
use crate::error::Result;

/// One value of a metric report.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Sample {
    /// `MetricId`.
    pub metric_id: Option<String>,
    /// `MetricProperty`: the URI and JSON pointer of the property measured.
    pub property: Option<String>,
    /// `MetricValue` as a number, when it is one.
    pub value: Option<f64>,
    /// `MetricValue` as sent (Redfish sends every value as a string).
    pub text: Option<String>,
    /// `Timestamp` of the value, else of the report.
    pub timestamp: Option<DateTime>,
}

/// The values of a report, numbers parsed, each with its timestamp (the report's when the
/// value has none).
pub fn samples(report: &MetricReport) -> Vec<Sample> {
    report
        .metric_values
        .as_deref()
        .unwrap_or_default()
        .iter()
        .map(|v| Sample {
            metric_id: v.metric_id.clone(),
            property: v.metric_property.clone(),
            value: v
                .metric_value
                .as_deref()
                .and_then(|t| t.trim().parse().ok()),
            text: v.metric_value.clone(),
            timestamp: v.timestamp.clone().or_else(|| report.timestamp.clone()),
        })
        .collect()
}

impl Entity<ServiceRoot> {
    /// The `TelemetryService`.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`], or as [`crate::Client::get`].
    pub async fn telemetry_service(&self) -> Result<Entity<TelemetryService>> {
        self.linked(&self.data().telemetry_service).await
    }
}

impl Entity<TelemetryService> {
    /// The `MetricReports` collection.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`] when absent.
    pub fn metric_reports(&self) -> Result<Members<MetricReport>> {
        self.members(&self.data().metric_reports)
    }

    /// The `MetricReportDefinitions` collection.
    ///
    /// # Errors
    ///
    /// [`crate::Error::MissingLink`] when absent.
    pub fn metric_report_definitions(&self) -> Result<Members<MetricReportDefinition>> {
        self.members(&self.data().metric_report_definitions)
    }

    /// The report whose `Id` is `id`, with its [`samples`].
    ///
    /// # Errors
    ///
    /// [`crate::Error::InvalidInput`] when there is none, else as [`Members::find`].
    pub async fn metric_report(&self, id: &str) -> Result<(Entity<MetricReport>, Vec<Sample>)> {
        let report = self.metric_reports()?.find(id).await?;
        let s = samples(&report);
        Ok((report, s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_parsed_and_take_the_report_time_when_they_have_none() {
        let report: MetricReport = serde_json::from_value(serde_json::json!({
            "@odata.id": "/redfish/v1/TelemetryService/MetricReports/P",
            "Id": "P", "Name": "P",
            "Timestamp": "2026-01-01T00:00:00Z",
            "MetricValues": [
                {"MetricId": "Watts", "MetricValue": "412.5",
                 "MetricProperty": "/redfish/v1/Chassis/1/Power#/PowerControl/0/PowerConsumedWatts",
                 "Timestamp": "2026-01-01T00:00:05Z"},
                {"MetricId": "Mode", "MetricValue": "Enabled"}
            ]
        }))
        .unwrap();
        let s = samples(&report);
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].value, Some(412.5));
        assert!(
            s[0].property
                .as_deref()
                .unwrap()
                .ends_with("PowerConsumedWatts")
        );
        assert_eq!(s[1].value, None);
        assert_eq!(s[1].text.as_deref(), Some("Enabled"));
        assert_eq!(s[1].timestamp, report.timestamp);
        assert_ne!(s[0].timestamp, report.timestamp);
    }
}
