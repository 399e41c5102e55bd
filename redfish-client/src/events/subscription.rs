//! Push subscriptions: [`Subscriptions`] (create, list, delete, `SubmitTestEvent`, removal
//! of the subscriptions a tool owns) and [`SubscriptionBuilder`].

use std::fmt;

use redfish_model::ODataId;
use redfish_model::event_service::SubmitTestEventRequest;
use reqwest::Method;
use serde_json::{Map, Value, json};

use super::{
    DeliveryRetryPolicy, EventDestination, EventFormatType, SubscriptionType, event_service,
    get_json,
};
use crate::client::Client;
use crate::error::{Error, Result};
use crate::request::Req;

/// The event subscriptions of a service (`EventService.Subscriptions`); from
/// [`Client::subscriptions`].
///
/// ```no_run
/// # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
/// use redfish_client::events::{DeliveryRetryPolicy, SubscriptionBuilder};
/// let subs = client.subscriptions();
/// // Subscriptions left by an earlier run of this tool (same Context) go first.
/// subs.remove_by_context("inventory-tool@host7").await?;
/// let created = subs
///     .create(
///         SubscriptionBuilder::new("https://collector.example.net:8443/events")
///             .context("inventory-tool@host7")
///             .registry_prefixes(["ResourceEvent", "TaskEvent"])
///             .http_header("Authorization", "Bearer collector-token")
///             .delivery_retry_policy(DeliveryRetryPolicy::RetryForeverWithBackoff),
///     )
///     .await?;
/// println!("subscribed: {:?}", created.odata_id);
/// # Ok(()) }
/// ```
#[derive(Clone, Debug)]
pub struct Subscriptions {
    client: Client,
}

impl Client {
    /// The service's event subscriptions (push delivery): see [`Subscriptions`].
    pub fn subscriptions(&self) -> Subscriptions {
        Subscriptions {
            client: self.clone(),
        }
    }
}

/// A new `EventDestination` (DSP0266 "Event subscription"): the typed body of the `POST`.
/// `Protocol` is `Redfish`; unset properties are left to the service.
///
/// `HttpHeaders` (e.g. the listener's credentials) are sent to the service only; `Debug`
/// shows their names, never their values, and nothing logs them.
#[derive(Clone)]
#[must_use]
pub struct SubscriptionBuilder {
    destination: String,
    context: Option<String>,
    registry_prefixes: Option<Vec<String>>,
    resource_types: Option<Vec<String>>,
    message_ids: Option<Vec<String>>,
    origin_resources: Option<Vec<String>>,
    subordinate_resources: Option<bool>,
    event_format_type: Option<EventFormatType>,
    http_headers: Vec<(String, secrecy::SecretString)>,
    delivery_retry_policy: Option<DeliveryRetryPolicy>,
    subscription_type: SubscriptionType,
    verify_certificate: Option<bool>,
}

impl fmt::Debug for SubscriptionBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let headers: Vec<&str> = self.http_headers.iter().map(|(n, _)| n.as_str()).collect();
        f.debug_struct("SubscriptionBuilder")
            .field("destination", &self.destination)
            .field("context", &self.context)
            .field("registry_prefixes", &self.registry_prefixes)
            .field("resource_types", &self.resource_types)
            .field("message_ids", &self.message_ids)
            .field("origin_resources", &self.origin_resources)
            .field("subordinate_resources", &self.subordinate_resources)
            .field("event_format_type", &self.event_format_type)
            .field("http_headers", &headers)
            .field("delivery_retry_policy", &self.delivery_retry_policy)
            .field("subscription_type", &self.subscription_type)
            .field("verify_certificate", &self.verify_certificate)
            .finish()
    }
}

fn strings<I: IntoIterator<Item = S>, S: Into<String>>(v: I) -> Option<Vec<String>> {
    Some(v.into_iter().map(Into::into).collect())
}

impl SubscriptionBuilder {
    /// A subscription that POSTs events to `destination` (an `https://` URL, or `http://`).
    pub fn new(destination: impl Into<String>) -> Self {
        Self {
            destination: destination.into(),
            context: None,
            registry_prefixes: None,
            resource_types: None,
            message_ids: None,
            origin_resources: None,
            subordinate_resources: None,
            event_format_type: None,
            http_headers: Vec::new(),
            delivery_retry_policy: None,
            subscription_type: SubscriptionType::RedfishEvent,
            verify_certificate: None,
        }
    }

    /// `Context`: returned in every payload, and how
    /// [`Subscriptions::remove_by_context`] finds the subscriptions of a tool.
    pub fn context(mut self, context: impl Into<String>) -> Self {
        self.context = Some(context.into());
        self
    }

    /// `RegistryPrefixes`: only messages of these registries.
    pub fn registry_prefixes<I: IntoIterator<Item = S>, S: Into<String>>(mut self, p: I) -> Self {
        self.registry_prefixes = strings(p);
        self
    }

    /// `ResourceTypes`: only events whose origin is of these types (`ComputerSystem`).
    pub fn resource_types<I: IntoIterator<Item = S>, S: Into<String>>(mut self, t: I) -> Self {
        self.resource_types = strings(t);
        self
    }

    /// `MessageIds`: only these messages.
    pub fn message_ids<I: IntoIterator<Item = S>, S: Into<String>>(mut self, ids: I) -> Self {
        self.message_ids = strings(ids);
        self
    }

    /// `OriginResources`: only events of these resources (URIs); with
    /// [`subordinate_resources`](Self::subordinate_resources) also those below them.
    pub fn origin_resources<I: IntoIterator<Item = S>, S: Into<String>>(mut self, uris: I) -> Self {
        self.origin_resources = strings(uris);
        self
    }

    /// `SubordinateResources`.
    pub fn subordinate_resources(mut self, yes: bool) -> Self {
        self.subordinate_resources = Some(yes);
        self
    }

    /// `EventFormatType`: `Event` payloads or `MetricReport`s.
    pub fn event_format_type(mut self, t: EventFormatType) -> Self {
        self.event_format_type = Some(t);
        self
    }

    /// Adds one of `HttpHeaders`, sent by the service with every event (e.g. an
    /// `Authorization` the listener checks). A secret: never logged or shown.
    pub fn http_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.http_headers
            .push((name.into(), secrecy::SecretString::from(value.into())));
        self
    }

    /// `DeliveryRetryPolicy`.
    pub fn delivery_retry_policy(mut self, p: DeliveryRetryPolicy) -> Self {
        self.delivery_retry_policy = Some(p);
        self
    }

    /// `SubscriptionType` (default `RedfishEvent`, the HTTP POST delivery).
    pub fn subscription_type(mut self, t: SubscriptionType) -> Self {
        self.subscription_type = t;
        self
    }

    /// `VerifyCertificate`: whether the service verifies the destination's certificate.
    pub fn verify_certificate(mut self, yes: bool) -> Self {
        self.verify_certificate = Some(yes);
        self
    }

    /// The JSON body of the `POST`.
    fn body(&self) -> Value {
        use secrecy::ExposeSecret;
        let mut b = Map::new();
        b.insert("Destination".into(), json!(self.destination));
        b.insert("Protocol".into(), json!("Redfish"));
        b.insert(
            "SubscriptionType".into(),
            json!(self.subscription_type.as_str()),
        );
        let mut put = |k: &str, v: Option<Value>| {
            if let Some(v) = v {
                b.insert(k.into(), v);
            }
        };
        put("Context", self.context.as_ref().map(|c| json!(c)));
        put(
            "RegistryPrefixes",
            self.registry_prefixes.as_ref().map(|v| json!(v)),
        );
        put(
            "ResourceTypes",
            self.resource_types.as_ref().map(|v| json!(v)),
        );
        put("MessageIds", self.message_ids.as_ref().map(|v| json!(v)));
        put(
            "OriginResources",
            self.origin_resources
                .as_ref()
                .map(|v| Value::Array(v.iter().map(|u| json!({"@odata.id": u})).collect())),
        );
        put(
            "SubordinateResources",
            self.subordinate_resources.map(Value::Bool),
        );
        put(
            "EventFormatType",
            self.event_format_type.as_ref().map(|t| json!(t.as_str())),
        );
        put(
            "DeliveryRetryPolicy",
            self.delivery_retry_policy
                .as_ref()
                .map(|p| json!(p.as_str())),
        );
        put(
            "VerifyCertificate",
            self.verify_certificate.map(Value::Bool),
        );
        if !self.http_headers.is_empty() {
            let headers = self
                .http_headers
                .iter()
                .map(|(n, v)| json!({ n.as_str(): v.expose_secret() }))
                .collect();
            b.insert("HttpHeaders".into(), Value::Array(headers));
        }
        Value::Object(b)
    }
}

impl Subscriptions {
    async fn collection(&self) -> Result<(ODataId, Value)> {
        let (uri, svc) = event_service(self.client.core()).await?;
        let subs = svc
            .pointer("/Subscriptions/@odata.id")
            .and_then(Value::as_str)
            .ok_or_else(|| Error::MissingLink {
                uri: uri.to_string(),
                link: "/Subscriptions".to_owned(),
            })?;
        Ok((ODataId::new(subs), svc))
    }

    /// Creates a subscription and returns it as the service stored it.
    ///
    /// # Errors
    ///
    /// The service's error (e.g. 400 for a destination it refuses), transport errors,
    /// [`Error::MissingLink`] when the EventService has no `Subscriptions`.
    pub async fn create(&self, subscription: SubscriptionBuilder) -> Result<EventDestination> {
        let (coll, _) = self.collection().await?;
        let core = self.client.core();
        let req = Req::new(Method::POST, coll.path()).json(&subscription.body())?;
        let resp = core.execute(req).await?;
        let location = resp.location();
        let body: Option<Value> = if resp.is_empty() {
            None
        } else {
            resp.json::<Value>().ok()
        };
        match (body, location) {
            (Some(v), _) if v.get("@odata.id").is_some() => decode(&v),
            (_, Some(loc)) => decode(&get_json(core, loc.path()).await?),
            _ => Err(Error::InvalidInput(format!(
                "{}: the subscription was created but neither its body nor a Location was returned",
                core.host
            ))),
        }
    }

    /// Every subscription of the service (push and SSE ones).
    ///
    /// # Errors
    ///
    /// Errors reading the collection or a member.
    pub async fn list(&self) -> Result<Vec<EventDestination>> {
        let (coll, _) = self.collection().await?;
        let core = self.client.core();
        let coll = get_json(core, coll.path()).await?;
        let mut out = Vec::new();
        for m in coll
            .get("Members")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            if let Some(uri) = m.get("@odata.id").and_then(Value::as_str) {
                match get_json(core, uri).await {
                    Ok(v) => out.push(decode(&v)?),
                    // Removed since the collection was read (an SSE stream closing).
                    Err(e) if e.is_not_found() => {}
                    Err(e) => return Err(e),
                }
            }
        }
        Ok(out)
    }

    /// Deletes a subscription; one already gone counts as deleted.
    ///
    /// # Errors
    ///
    /// The service's error, transport errors.
    pub async fn delete(&self, uri: &ODataId) -> Result<()> {
        let core = self.client.core();
        match core.execute(Req::new(Method::DELETE, uri.path())).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_not_found() => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// Deletes the push subscriptions whose `Context` is `context` (those an earlier run of
    /// the same tool left behind) and returns their URIs. SSE streams are left alone.
    ///
    /// # Errors
    ///
    /// As [`Subscriptions::list`] and [`Subscriptions::delete`].
    pub async fn remove_by_context(&self, context: &str) -> Result<Vec<ODataId>> {
        let mut removed = Vec::new();
        for d in self.list().await? {
            let owned = d.context.as_deref() == Some(context)
                && d.subscription_type != Some(SubscriptionType::SSE);
            if let (true, Some(uri)) = (owned, d.odata_id.as_ref()) {
                self.delete(uri).await?;
                tracing::info!(host = %self.client.host(), subscription = uri.as_str(), "stale subscription removed");
                removed.push(uri.clone());
            }
        }
        Ok(removed)
    }

    /// `EventService.SubmitTestEvent`: asks the service to send this event to its
    /// subscribers and streams (the target is read from the EventService's `Actions`).
    ///
    /// ```no_run
    /// # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
    /// use redfish_client::model::event_service::SubmitTestEventRequest;
    /// use redfish_client::model::message::MessageId;
    /// client
    ///     .subscriptions()
    ///     .submit_test_event(
    ///         SubmitTestEventRequest::default()
    ///             .with_message_id(MessageId::new("ResourceEvent.1.4.ResourceChanged"))
    ///             .with_origin_of_condition("/redfish/v1/Systems/1"),
    ///     )
    ///     .await?;
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::InvalidParameter`] without a `MessageId`, [`Error::ActionNotSupported`]
    /// when the EventService does not list the action, the service's error.
    pub async fn submit_test_event(&self, event: SubmitTestEventRequest) -> Result<()> {
        const ACTION: &str = "#EventService.SubmitTestEvent";
        if event.message_id.is_none() {
            return Err(Error::InvalidParameter {
                action: ACTION.to_owned(),
                parameter: "MessageId".to_owned(),
                reason: "required".to_owned(),
                allowed: Vec::new(),
            });
        }
        let core = self.client.core();
        let (uri, svc) = event_service(core).await?;
        let target = svc
            .pointer("/Actions")
            .and_then(|a| a.get(ACTION))
            .and_then(|a| a.get("target"))
            .and_then(Value::as_str)
            .ok_or_else(|| Error::ActionNotSupported {
                uri: uri.to_string(),
                action: ACTION.to_owned(),
            })?;
        core.execute(Req::new(Method::POST, target).json(&event)?)
            .await?;
        Ok(())
    }
}

fn decode(v: &Value) -> Result<EventDestination> {
    serde_json::from_value(v.clone())
        .map_err(|e| Error::InvalidInput(format!("the EventDestination cannot be read: {e}")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn http_headers_are_sent_but_never_shown() {
        let b = SubscriptionBuilder::new("https://collector.example:8443/e")
            .context("c")
            .registry_prefixes(["ResourceEvent"])
            .origin_resources(["/redfish/v1/Systems/1"])
            .http_header("Authorization", "Bearer s3cr3t");
        let mut body = b.body();
        assert_eq!(
            body["HttpHeaders"],
            json!([{"Authorization": "Bearer s3cr3t"}])
        );
        assert_eq!(
            body["OriginResources"][0]["@odata.id"],
            "/redfish/v1/Systems/1"
        );
        assert_eq!(body["SubscriptionType"], "RedfishEvent");
        assert!(!format!("{b:?}").contains("s3cr3t"));
        // What `trace_bodies` would log.
        crate::redact::redact(&mut body);
        assert!(!body.to_string().contains("s3cr3t"), "{body}");
    }
}
