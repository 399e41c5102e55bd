//! Events (DSP0266 "Eventing"): the Server-Sent Events stream, push subscriptions, an
//! optional listener for pushed events, and message resolution.
//!
//! - **SSE** ([`Client::events`](crate::Client::events) → [`EventsBuilder`] → [`EventStream`]): the stream at
//!   `EventService.ServerSentEventUri`, authenticated like every request of the client
//!   (session token with one re-login on 401, or Basic; the client's TLS pin or CA), with a
//!   `$filter` ([`Filter`]), reconnection with bounded exponential backoff that resumes with
//!   `Last-Event-ID`, an idle timeout (keep-alive comments count) and a maximum record size.
//!   Items are typed ([`EventItem`]: an [`Event`] or a [`MetricReport`]); a record that
//!   cannot be parsed or is too large is one error item ([`EventError::Malformed`],
//!   [`EventError::TooLarge`]) and the stream goes on.
//! - **Push subscriptions** ([`Client::subscriptions`](crate::Client::subscriptions) → [`Subscriptions`]): create
//!   ([`SubscriptionBuilder`]), list and delete `EventDestination`s, `SubmitTestEvent`
//!   ([`Subscriptions::submit_test_event`]) and removal of the subscriptions a tool owns
//!   ([`Subscriptions::remove_by_context`]).
//! - **Listener** (Cargo feature `listener`, `listener::Listener`): an HTTPS (or loopback
//!   HTTP) server receiving pushed events as the same [`EventItem`]s.
//! - **Messages** ([`Client::message_resolver`](crate::Client::message_resolver) → [`MessageResolver`]): a record's
//!   `MessageId` resolved against the DMTF registries embedded in `redfish-model` and those
//!   the service serves (fetched once per client), with `MessageArgs` substituted.
//!
//! # Example
//!
//! ```no_run
//! use futures_util::StreamExt;
//! use redfish_client::Client;
//! use redfish_client::events::{EventItem, Filter};
//!
//! # async fn run() -> redfish_client::Result<()> {
//! let client = Client::builder("https://bmc.example.net")
//!     .credentials("admin", "password")
//!     .build()?;
//! let resolver = client.message_resolver();
//! let mut events = client
//!     .events()
//!     .filter(Filter::registry_prefix("ResourceEvent"))
//!     .connect()
//!     .await?;
//! while let Some(item) = events.next().await {
//!     match item {
//!         Ok(EventItem::Event { event, .. }) => {
//!             for record in event.events.iter().flatten() {
//!                 match resolver.resolve(record).await {
//!                     Some(m) => println!("{:?} {}", m.severity, m.message),
//!                     None => println!("{:?}", record.message_id),
//!                 }
//!             }
//!         }
//!         Ok(_) => {}
//!         // One bad record: reported, the stream goes on.
//!         Err(e) if !e.is_fatal() => eprintln!("skipped: {e}"),
//!         Err(e) => return Err(e.into_client_error()),
//!     }
//! }
//! # Ok(()) }
//! ```

mod filter;
#[cfg(feature = "listener")]
pub mod listener;
mod parser;
mod registry;
mod sse;
mod subscription;

use std::fmt;
use std::sync::Arc;

pub use filter::Filter;
pub use redfish_model::event::{Event, EventRecord, EventType};
pub use redfish_model::event_destination::{
    DeliveryRetryPolicy, EventDestination, EventFormatType, SubscriptionType,
};
pub use redfish_model::metric_report::MetricReport;
pub use registry::MessageResolver;
pub use sse::{
    DEFAULT_IDLE_TIMEOUT, DEFAULT_MAX_EVENT_SIZE, EventStream, EventsBuilder, Reconnect,
};
pub use subscription::{SubscriptionBuilder, Subscriptions};

use redfish_model::ODataId;
use reqwest::Method;
use serde::Deserialize;

use crate::client::{Core, SERVICE_ROOT};
use crate::error::{Error, Result};
use crate::request::Req;

/// One payload of the service: what an SSE record or a pushed POST carries.
#[derive(Clone, Debug)]
#[non_exhaustive]
pub enum EventItem {
    /// An `Event` payload (one or more `EventRecord`s).
    Event {
        /// The SSE `id:` of the record (the `Last-Event-ID` to resume after it); `None` for
        /// pushed events.
        id: Option<String>,
        /// The payload.
        event: Box<Event>,
    },
    /// A `MetricReport` payload (subscriptions or streams with `EventFormatType`
    /// `MetricReport`).
    MetricReport {
        /// The SSE `id:` of the record; `None` for pushed reports.
        id: Option<String>,
        /// The payload.
        report: Box<MetricReport>,
    },
}

impl EventItem {
    /// The SSE id of the record, if it came with one.
    pub fn id(&self) -> Option<&str> {
        match self {
            Self::Event { id, .. } | Self::MetricReport { id, .. } => id.as_deref(),
        }
    }

    /// The event payload, when it is one.
    pub fn as_event(&self) -> Option<&Event> {
        match self {
            Self::Event { event, .. } => Some(event),
            Self::MetricReport { .. } => None,
        }
    }

    /// The metric report, when it is one.
    pub fn as_metric_report(&self) -> Option<&MetricReport> {
        match self {
            Self::MetricReport { report, .. } => Some(report),
            Self::Event { .. } => None,
        }
    }

    /// Types a payload as a service sends it (an SSE `data:` or a pushed POST body): an
    /// `Event`, or a `MetricReport` when its `@odata.type` says so.
    ///
    /// # Errors
    ///
    /// [`EventError::Malformed`] when it is not a JSON object.
    pub fn from_slice(data: &[u8]) -> std::result::Result<Self, EventError> {
        Self::parse(None, data)
    }

    /// Types a JSON payload: a `#MetricReport.` `@odata.type` is a report, anything else
    /// an event.
    pub(crate) fn parse(id: Option<String>, data: &[u8]) -> std::result::Result<Self, EventError> {
        #[derive(Deserialize)]
        struct Probe {
            #[serde(rename = "@odata.type")]
            odata_type: Option<String>,
        }
        let malformed = |id: &Option<String>, e: serde_json::Error| EventError::Malformed {
            id: id.clone(),
            source: e,
        };
        // The type is usually the first property: look there before a full probe.
        let head = &data[..data.len().min(160)];
        let is_report = if contains(head, b"\"#MetricReport.") {
            true
        } else if contains(head, b"\"#Event.") {
            false
        } else {
            let probe: Probe = serde_json::from_slice(data).map_err(|e| malformed(&id, e))?;
            probe
                .odata_type
                .is_some_and(|t| t.starts_with("#MetricReport."))
        };
        if is_report {
            let report = serde_json::from_slice(data).map_err(|e| malformed(&id, e))?;
            Ok(Self::MetricReport { id, report })
        } else {
            let event = serde_json::from_slice(data).map_err(|e| malformed(&id, e))?;
            Ok(Self::Event { id, event })
        }
    }
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

/// An error item of an event stream, or why a stream ended.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum EventError {
    /// One record is not a JSON payload of the expected shape; it was skipped and the
    /// stream goes on.
    #[error("event record {} cannot be parsed", fmt_id(.id))]
    Malformed {
        /// The SSE id of the record, if any.
        id: Option<String>,
        /// Why.
        #[source]
        source: serde_json::Error,
    },
    /// One record is larger than
    /// [`EventsBuilder::max_event_size`](crate::events::EventsBuilder::max_event_size); it
    /// was dropped while reading and the stream goes on.
    #[error("event record {} is larger than {limit} bytes: skipped", fmt_id(.id))]
    TooLarge {
        /// The last SSE id seen with the record, if any.
        id: Option<String>,
        /// The limit in bytes.
        limit: usize,
    },
    /// The stream cannot go on (refused, reconnection attempts exhausted, not an event
    /// stream); it ends after this item.
    #[error("event stream ended: {0}")]
    Client(#[source] Error),
}

fn fmt_id(id: &Option<String>) -> String {
    match id {
        Some(id) => format!("id {id}"),
        None => "(no id)".to_owned(),
    }
}

impl EventError {
    /// `true` when the stream ends with this error ([`EventError::Client`]); the others
    /// concern one record.
    pub fn is_fatal(&self) -> bool {
        matches!(self, Self::Client(_))
    }

    /// The error as the crate's [`Error`]: the client error itself, or
    /// [`Error::InvalidInput`] describing a record.
    pub fn into_client_error(self) -> Error {
        match self {
            Self::Client(e) => e,
            other => Error::InvalidInput(other.to_string()),
        }
    }
}

/// The one GET the events code needs: a JSON document through the client's pipeline
/// (auth, retries, limits, tracing).
async fn get_json(core: &Arc<Core>, uri: &str) -> Result<serde_json::Value> {
    core.execute(Req::new(Method::GET, uri)).await?.json()
}

/// The EventService: `Links`-discovered from the service root, with its URI.
async fn event_service(core: &Arc<Core>) -> Result<(ODataId, serde_json::Value)> {
    let root = get_json(core, SERVICE_ROOT).await?;
    let uri = root
        .pointer("/EventService/@odata.id")
        .and_then(|v| v.as_str())
        .ok_or_else(|| Error::MissingLink {
            uri: SERVICE_ROOT.to_owned(),
            link: "/EventService".to_owned(),
        })?;
    let svc = get_json(core, uri).await?;
    Ok((ODataId::new(uri), svc))
}

impl fmt::Display for EventItem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Event { event, .. } => {
                write!(f, "Event {:?}:", event.id.as_deref().unwrap_or(""))?;
                for r in event.events.iter().flatten() {
                    write!(
                        f,
                        " {}",
                        r.message_id.as_ref().map(|m| m.as_str()).unwrap_or("?")
                    )?;
                }
                Ok(())
            }
            Self::MetricReport { report, .. } => {
                write!(f, "MetricReport {:?}", report.id.as_deref().unwrap_or(""))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn payloads_are_typed_and_tolerant() {
        // A record without MemberId or EventType (as GB200-class BMCs send) still parses.
        let e = br##"{"@odata.type":"#Event.v1_7_0.Event","Id":"5","Name":"E","Events":[{"MessageId":"Base.1.0.Success","EventId":"5"}]}"##;
        let item = EventItem::parse(Some("5".into()), e).unwrap();
        let ev = item.as_event().unwrap();
        let rec = &ev.events.as_ref().unwrap()[0];
        assert_eq!(rec.member_id, None);
        assert_eq!(rec.event_type, None);
        assert_eq!(item.id(), Some("5"));
        let r = br##"{"Id":"R","Name":"R","@odata.type":"#MetricReport.v1_5_0.MetricReport","MetricValues":[]}"##;
        assert!(
            EventItem::parse(None, r)
                .unwrap()
                .as_metric_report()
                .is_some()
        );
        let r = br##"{"Name":"x", "Extra": [1,2,3], "Id":"R", "@odata.type":"#MetricReport.v1_5_0.MetricReport"}"##;
        let long = format!(
            "{{\"Pad\":\"{}\",{}",
            "x".repeat(200),
            &String::from_utf8_lossy(r)[1..]
        );
        assert!(
            EventItem::parse(None, long.as_bytes())
                .unwrap()
                .as_metric_report()
                .is_some()
        );
        match EventItem::parse(Some("9".into()), b"{not json") {
            Err(EventError::Malformed { id: Some(id), .. }) => assert_eq!(id, "9"),
            other => panic!("{other:?}"),
        }
    }
}
