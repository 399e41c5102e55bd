//! [`Entity`]: a fetched resource that knows where it came from, its ETag and its client.

use std::fmt;
use std::ops::Deref;

use redfish_model::{Collection, ETag, NoResponse, ODataId, Resource};
use reqwest::{Method, StatusCode};
use serde::Serialize;

use crate::action::ActionResponse;
use crate::client::Client;
use crate::collection::Members;
use crate::error::{Error, Result};
use crate::read::Target;
use crate::request::Req;
use crate::response::Response;

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
pub struct Entity<T> {
    client: Client,
    uri: ODataId,
    etag: Option<ETag>,
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

impl<T: Resource> Entity<T> {
    /// A typed body read at `uri`; the ETag is the header's, else the body's `@odata.etag`.
    pub(crate) fn new(client: Client, uri: ODataId, etag: Option<ETag>, data: T) -> Self {
        let etag = etag.or_else(|| data.etag().cloned());
        Self {
            client,
            uri,
            etag,
            data,
        }
    }

    /// Types a response body (one parse, straight from the bytes).
    pub(crate) fn from_response(client: Client, uri: ODataId, resp: &Response) -> Result<Self> {
        let data: T = resp.json()?;
        Ok(Self::new(client, uri, resp.etag(), data))
    }

    /// GETs the resource again.
    ///
    /// # Errors
    ///
    /// See [`Client::get`].
    pub async fn refresh(&self) -> Result<Self>
    where
        T: Send,
    {
        self.client.get(self).await
    }

    /// PATCHes the resource with `If-Match` set to its ETag (when known) and returns the
    /// updated resource. A stale ETag gives [`Error::PreconditionFailed`]: refresh and retry.
    ///
    /// # Errors
    ///
    /// [`Error::PreconditionFailed`], the service's error, transport errors.
    pub async fn patch<B: Serialize + ?Sized>(&self, body: &B) -> Result<Self>
    where
        T: Send,
    {
        self.client.patch(&self.uri, body, self.etag.as_ref()).await
    }

    /// The members of a collection linked from this resource (`system.members(&system.bios)`
    /// style: the member type comes from the link).
    ///
    /// # Errors
    ///
    /// [`Error::MissingLink`] when the link is absent.
    pub fn members<U: Resource>(
        &self,
        link: &(impl Target<Collection<U>> + ?Sized),
    ) -> Result<Members<U>> {
        match link.target_id() {
            Some(id) => Ok(Members::new(self.client.clone(), id.clone())),
            None => Err(Error::MissingLink {
                uri: self.uri.to_string(),
                link: format!("{} collection", U::SCHEMA),
            }),
        }
    }

    /// Fetches the target of a link of this resource; an absent link is an
    /// [`Error::MissingLink`] naming this resource.
    ///
    /// # Errors
    ///
    /// [`Error::MissingLink`], or as [`Client::get`].
    pub(crate) async fn linked<U: Resource + Send>(
        &self,
        link: &(impl Target<U> + ?Sized),
    ) -> Result<Entity<U>> {
        if link.target_id().is_none() {
            return Err(Error::MissingLink {
                uri: self.uri.to_string(),
                link: U::SCHEMA.to_owned(),
            });
        }
        self.client.get(link).await
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
}

impl Client {
    /// The members of the collection a link (or URI, with the member type given) names.
    ///
    /// # Errors
    ///
    /// [`Error::MissingLink`] when the link is absent.
    pub fn members<T: Resource>(
        &self,
        collection: &(impl Target<Collection<T>> + ?Sized),
    ) -> Result<Members<T>> {
        match collection.target_id() {
            Some(id) => Ok(Members::new(self.clone(), id.clone())),
            None => Err(Error::MissingLink {
                uri: String::new(),
                link: format!("{} collection", T::SCHEMA),
            }),
        }
    }

    /// PATCHes `uri`; with `if_match`, the request carries `If-Match` (and may then be
    /// retried on 503). Returns the updated resource: the response body when the service
    /// sends the resource, else (204, or an iLO-style message body) a fresh GET; a `202`
    /// task is awaited first.
    ///
    /// # Errors
    ///
    /// [`Error::PreconditionFailed`] on 412, the service's error, transport errors.
    pub async fn patch<T: Resource + Send, B: Serialize + ?Sized>(
        &self,
        uri: &ODataId,
        body: &B,
        if_match: Option<&ETag>,
    ) -> Result<Entity<T>> {
        let mut req = Req::new(Method::PATCH, uri.path()).json(body)?;
        req.if_match = if_match;
        let resp = self.execute(req).await?;
        if resp.status == StatusCode::ACCEPTED {
            ActionResponse::<NoResponse>::from_response(self, &resp)?
                .wait()
                .await?;
            return self.get(uri).await;
        }
        if resp.status == StatusCode::NO_CONTENT || resp.is_empty() {
            return self.get(uri).await;
        }
        if is_message_only(&resp) {
            // A message-only success body (HPE iLO style): read the resource back.
            return self.get(uri).await;
        }
        Entity::from_response(self.clone(), ODataId::new(uri.path()), &resp)
    }

    /// The service root (`/redfish/v1/`), the start of every navigation.
    ///
    /// # Errors
    ///
    /// As [`Client::get`].
    pub async fn service_root(&self) -> Result<Entity<redfish_model::service_root::ServiceRoot>> {
        self.get(&ODataId::new(crate::client::SERVICE_ROOT)).await
    }
}

/// `true` for a body with an `error` object and no `@odata.id`: a message, not the resource.
fn is_message_only(resp: &Response) -> bool {
    #[derive(serde::Deserialize)]
    struct Probe {
        #[serde(rename = "@odata.id")]
        id: Option<serde::de::IgnoredAny>,
        error: Option<serde::de::IgnoredAny>,
    }
    serde_json::from_slice::<Probe>(&resp.body).is_ok_and(|p| p.error.is_some() && p.id.is_none())
}
