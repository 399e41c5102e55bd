//! [`Entity`]: a fetched resource that knows where it came from, its ETag and its client.

use std::fmt;
use std::ops::Deref;

use redfish_model::{Actions, Collection, ETag, Link, ODataId};
use reqwest::{Method, StatusCode};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::action::{ActionCall, ActionResponse};
use crate::client::Client;
use crate::collection::{Members, Query};
use crate::error::{Error, Result};
use crate::request::Req;
use crate::response::{Response, decode_value};

/// A resource fetched from the service: the typed body (`Deref` to `T`), its URI, its ETag
/// and a clone of the client, so that links, actions and PATCH can be followed from it.
///
/// ```no_run
/// # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
/// use futures_util::TryStreamExt;
/// let root = client.service_root().await?;
/// let chassis: Vec<_> = root.chassis()?.stream().try_collect().await?;
/// for c in &chassis {
///     println!("{} {:?} {:?}", c.odata_id(), c.chassis_type, c.power_state);
/// }
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct Entity<T = Value> {
    client: Client,
    uri: ODataId,
    etag: Option<ETag>,
    raw: Value,
    data: T,
}

impl<T> Deref for Entity<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.data
    }
}

impl<T: fmt::Debug> fmt::Debug for Entity<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entity")
            .field("uri", &self.uri)
            .field("etag", &self.etag)
            .field("data", &self.data)
            .finish_non_exhaustive()
    }
}

impl<T: DeserializeOwned> Entity<T> {
    /// Types `raw` as `T`.
    pub(crate) fn from_value(
        client: Client,
        uri: ODataId,
        etag: Option<ETag>,
        raw: Value,
    ) -> Result<Self> {
        let data = decode_value(&client.core().host, uri.as_str(), &raw)?;
        let etag = etag.or_else(|| {
            raw.get("@odata.etag")
                .and_then(Value::as_str)
                .map(ETag::new)
        });
        Ok(Self {
            client,
            uri,
            etag,
            raw,
            data,
        })
    }

    pub(crate) fn from_response(client: Client, uri: ODataId, resp: &Response) -> Result<Self> {
        let raw: Value = resp.json()?;
        Self::from_value(client, uri, resp.etag(), raw)
    }

    /// GETs the resource again.
    ///
    /// # Errors
    ///
    /// See [`Client::get`].
    pub async fn refresh(&self) -> Result<Self> {
        self.client.fetch(&self.uri).await
    }

    /// PATCHes the resource with `If-Match` set to its ETag (when known) and returns the
    /// updated resource. A stale ETag gives [`Error::PreconditionFailed`]: refresh and retry.
    ///
    /// # Errors
    ///
    /// [`Error::PreconditionFailed`], the service's error, transport errors.
    pub async fn patch<B: Serialize + ?Sized>(&self, body: &B) -> Result<Self> {
        self.client.patch(&self.uri, body, self.etag.as_ref()).await
    }
}

impl<T> Entity<T> {
    /// The URI it was fetched from.
    pub fn odata_id(&self) -> &ODataId {
        &self.uri
    }

    /// The ETag (`ETag` header, else `@odata.etag`), verbatim.
    pub fn etag(&self) -> Option<&ETag> {
        self.etag.as_ref()
    }

    /// The JSON as received.
    pub fn raw(&self) -> &Value {
        &self.raw
    }

    /// The typed body.
    pub fn data(&self) -> &T {
        &self.data
    }

    /// The typed body, by value.
    pub fn into_inner(self) -> T {
        self.data
    }

    /// The client it was fetched with.
    pub fn client(&self) -> &Client {
        &self.client
    }

    /// The URI at a JSON pointer: either a link object (`/Links/Chassis/0`) or a URI string
    /// (`/MultipartHttpPushUri`).
    pub fn link(&self, pointer: &str) -> Option<ODataId> {
        let v = self.raw.pointer(pointer)?;
        v.get("@odata.id").unwrap_or(v).as_str().map(ODataId::new)
    }

    /// The `Actions` object (empty when absent).
    pub fn actions(&self) -> Actions {
        self.raw
            .get("Actions")
            .and_then(|a| serde_json::from_value(a.clone()).ok())
            .unwrap_or_default()
    }

    /// Prepares the action `name` (`#ComputerSystem.Reset`, or just `Reset`).
    ///
    /// # Errors
    ///
    /// [`Error::ActionNotSupported`] when the resource does not list it.
    pub fn action(&self, name: &str) -> Result<ActionCall> {
        let actions = self.actions();
        let found = actions
            .get(name)
            .map(|a| (name.trim_start_matches('#').to_owned(), a))
            .or_else(|| {
                if name.contains('.') {
                    None
                } else {
                    actions.find(name)
                }
            });
        match found {
            Some((full, action)) => Ok(ActionCall::new(self.client.clone(), full, action)),
            None => Err(Error::ActionNotSupported {
                uri: self.uri.to_string(),
                action: name.to_owned(),
            }),
        }
    }

    fn require<'a, U>(&self, link: Option<&'a Link<U>>, name: &str) -> Result<&'a Link<U>> {
        link.ok_or_else(|| Error::MissingLink {
            uri: self.uri.to_string(),
            link: name.to_owned(),
        })
    }

    /// Fetches the target of a link property of this resource.
    ///
    /// # Errors
    ///
    /// [`Error::MissingLink`] when `link` is `None` (`name` says which), else as
    /// [`Client::get`].
    pub async fn follow<U: DeserializeOwned>(
        &self,
        link: Option<&Link<U>>,
        name: &str,
    ) -> Result<Entity<U>> {
        let link = self.require(link, name)?;
        self.client.fetch(&link.odata_id).await
    }

    /// The members of a collection linked from this resource.
    ///
    /// # Errors
    ///
    /// [`Error::MissingLink`] when `link` is `None`.
    pub fn members<U>(&self, link: Option<&Link<Collection<U>>>, name: &str) -> Result<Members<U>> {
        let link = self.require(link, name)?;
        Ok(self.client.members(&link.odata_id))
    }
}

impl Client {
    /// GETs a resource as an [`Entity`].
    ///
    /// # Errors
    ///
    /// Service, transport or [`Error::Decode`] errors.
    pub async fn fetch<T: DeserializeOwned>(&self, uri: &ODataId) -> Result<Entity<T>> {
        let resp = self.execute(Req::new(Method::GET, uri.path())).await?;
        Entity::from_response(self.clone(), ODataId::new(uri.path()), &resp)
    }

    /// GETs a resource with query options (`$select`, `$expand`, ...).
    ///
    /// # Errors
    ///
    /// As [`Client::fetch`].
    pub async fn fetch_with<T: DeserializeOwned>(
        &self,
        uri: &ODataId,
        query: &Query,
    ) -> Result<Entity<T>> {
        let full = format!("{}{}", uri.path(), query.to_query_string());
        let resp = self.execute(Req::new(Method::GET, &full)).await?;
        Entity::from_response(self.clone(), ODataId::new(uri.path()), &resp)
    }

    /// Fetches the target of a typed link.
    ///
    /// # Errors
    ///
    /// As [`Client::fetch`].
    pub async fn follow<T: DeserializeOwned>(&self, link: &Link<T>) -> Result<Entity<T>> {
        self.fetch(&link.odata_id).await
    }

    /// The members of the collection at `uri`.
    pub fn members<T>(&self, uri: &ODataId) -> Members<T> {
        Members::new(self.clone(), uri.clone())
    }

    /// PATCHes `uri`; with `if_match`, the request carries `If-Match` (and may then be
    /// retried on 503). Returns the updated resource: the response body when the service
    /// sends the resource, else (204, or an iLO-style message body) a fresh GET; a `202`
    /// task is awaited first.
    ///
    /// # Errors
    ///
    /// [`Error::PreconditionFailed`] on 412, the service's error, transport errors.
    pub async fn patch<T: DeserializeOwned, B: Serialize + ?Sized>(
        &self,
        uri: &ODataId,
        body: &B,
        if_match: Option<&ETag>,
    ) -> Result<Entity<T>> {
        let mut req = Req::new(Method::PATCH, uri.path()).json(body)?;
        req.if_match = if_match;
        let resp = self.execute(req).await?;
        if resp.status == StatusCode::ACCEPTED {
            ActionResponse::from_response(self, &resp).wait().await?;
            return self.fetch(uri).await;
        }
        if resp.status == StatusCode::NO_CONTENT || resp.is_empty() {
            return self.fetch(uri).await;
        }
        let raw: Value = resp.json()?;
        if raw.get("error").is_some() && raw.get("@odata.id").is_none() {
            // A message-only success body (HPE iLO style): read the resource back.
            return self.fetch(uri).await;
        }
        Entity::from_value(self.clone(), ODataId::new(uri.path()), resp.etag(), raw)
    }

    /// The service root (`/redfish/v1/`), the start of every navigation.
    ///
    /// # Errors
    ///
    /// As [`Client::fetch`].
    pub async fn service_root(&self) -> Result<Entity<redfish_model::service_root::ServiceRoot>> {
        self.fetch(&ODataId::new(crate::client::SERVICE_ROOT)).await
    }
}
