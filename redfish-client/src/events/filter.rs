//! [`Filter`]: the `$filter` of an SSE stream (DSP0266 "Server-sent events").

use std::fmt;

use redfish_model::event::EventType;
use redfish_model::event_destination::EventFormatType;

/// Which records an SSE stream carries: a `$filter` expression over the properties DSP0266
/// defines for `ServerSentEventUri` (`EventFormatType`, `EventType`, `MessageId`,
/// `MetricReportDefinition`, `OriginResource` with `SubordinateResources`, `RegistryPrefix`,
/// `ResourceType`), combined with `and`, `or` and `not`.
///
/// Check what a service supports in `EventService.SSEFilterPropertiesSupported`; a service
/// answers a filter it cannot apply with an error status, which
/// [`EventsBuilder::connect`](crate::events::EventsBuilder::connect) returns.
///
/// ```
/// use redfish_client::events::Filter;
/// let f = Filter::registry_prefix("TaskEvent")
///     .or(Filter::origin_resource_and_below("/redfish/v1/Systems"));
/// assert_eq!(
///     f.as_str(),
///     "(RegistryPrefix eq 'TaskEvent') or (OriginResource eq '/redfish/v1/Systems' and SubordinateResources eq true)"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Filter {
    expr: String,
}

/// OData string literal: single quotes, a quote inside doubled.
fn quote(v: &str) -> String {
    format!("'{}'", v.replace('\'', "''"))
}

impl Filter {
    fn eq(property: &str, value: &str) -> Self {
        Self {
            expr: format!("{property} eq {}", quote(value)),
        }
    }

    /// Records of this `EventType` (deprecated in Redfish, still the only filter some
    /// services have).
    pub fn event_type(t: EventType) -> Self {
        Self::eq("EventType", t.as_str())
    }

    /// Records with this `MessageId` (`Registry.Major.Minor.Key`; services compare without
    /// the version, or `Registry.Key`).
    pub fn message_id(id: impl AsRef<str>) -> Self {
        Self::eq("MessageId", id.as_ref())
    }

    /// Records whose `OriginOfCondition` is this resource.
    pub fn origin_resource(uri: impl AsRef<str>) -> Self {
        Self::eq("OriginResource", uri.as_ref())
    }

    /// Records whose `OriginOfCondition` is this resource or one below it
    /// (`SubordinateResources eq true`).
    pub fn origin_resource_and_below(uri: impl AsRef<str>) -> Self {
        Self {
            expr: format!(
                "OriginResource eq {} and SubordinateResources eq true",
                quote(uri.as_ref())
            ),
        }
    }

    /// Records whose `MessageId` is in this registry (`Base`, `ResourceEvent`, `TaskEvent`).
    pub fn registry_prefix(prefix: impl AsRef<str>) -> Self {
        Self::eq("RegistryPrefix", prefix.as_ref())
    }

    /// Records whose `OriginOfCondition` is of this resource type (schema name, no version:
    /// `ComputerSystem`, `Chassis`).
    pub fn resource_type(t: impl AsRef<str>) -> Self {
        Self::eq("ResourceType", t.as_ref())
    }

    /// Only `Event` payloads or only `MetricReport` payloads.
    pub fn event_format_type(t: EventFormatType) -> Self {
        Self::eq("EventFormatType", t.as_str())
    }

    /// Metric reports of this `MetricReportDefinition` (its URI).
    pub fn metric_report_definition(uri: impl AsRef<str>) -> Self {
        Self::eq("MetricReportDefinition", uri.as_ref())
    }

    /// Both this and `other`.
    #[must_use]
    pub fn and(self, other: Filter) -> Self {
        Self::combine(self, "and", other)
    }

    /// This or `other`.
    #[must_use]
    pub fn or(self, other: Filter) -> Self {
        Self::combine(self, "or", other)
    }

    /// The records this filter does not select.
    #[must_use]
    #[allow(clippy::should_implement_trait)] // `!filter` would read worse than `.not()`
    pub fn not(self) -> Self {
        Self {
            expr: format!("not {}", self.paren()),
        }
    }

    fn paren(&self) -> String {
        format!("({})", self.expr)
    }

    fn combine(a: Filter, op: &str, b: Filter) -> Self {
        Self {
            expr: format!("{} {op} {}", a.paren(), b.paren()),
        }
    }

    /// The expression, unencoded.
    pub fn as_str(&self) -> &str {
        &self.expr
    }
}

impl fmt::Display for Filter {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.expr)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expressions_are_grouped_and_quoted() {
        let f = Filter::message_id("Acme.1.0.It's")
            .and(Filter::event_type(EventType::Alert))
            .not();
        assert_eq!(
            f.as_str(),
            "not ((MessageId eq 'Acme.1.0.It''s') and (EventType eq 'Alert'))"
        );
        assert_eq!(
            Filter::event_format_type(EventFormatType::MetricReport).to_string(),
            "EventFormatType eq 'MetricReport'"
        );
    }
}
