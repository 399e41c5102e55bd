//! Reading: the one typed GET ([`Client::get`] and its [`Get`] builder) and the raw escape
//! hatch ([`Client::request`] and its [`RawRequest`] builder).

use std::fmt;
use std::future::{Future, IntoFuture};
use std::marker::PhantomData;
use std::pin::Pin;

use redfish_model::{ETag, Link, ODataId, Resource};
use reqwest::Method;
use serde::Serialize;

use crate::client::Client;
use crate::collection::{Expand, Query};
use crate::entity::Entity;
use crate::error::{Error, Result};
use crate::request::Req;
use crate::response::Response;

/// What names a resource of type `T`: a typed [`Link<T>`], an optional link as the model
/// holds them (`Option<Link<T>>`: absent gives [`Error::MissingLink`]), an [`Entity<T>`]
/// (read again), or a bare [`ODataId`] with the type given by the caller
/// (`client.get::<Bios>(&id)`).
pub trait Target<T> {
    /// The URI, or `None` when the link is absent.
    fn target_id(&self) -> Option<&ODataId>;
}

impl<T> Target<T> for Link<T> {
    fn target_id(&self) -> Option<&ODataId> {
        Some(&self.odata_id)
    }
}

impl<T> Target<T> for Option<Link<T>> {
    fn target_id(&self) -> Option<&ODataId> {
        self.as_ref().map(|l| &l.odata_id)
    }
}

impl<T> Target<T> for ODataId {
    fn target_id(&self) -> Option<&ODataId> {
        Some(self)
    }
}

impl<T> Target<T> for Entity<T> {
    fn target_id(&self) -> Option<&ODataId> {
        Some(self.odata_id())
    }
}

/// A boxed future, `Send` so that it can be spawned.
pub(crate) type BoxFut<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// A typed GET being prepared: add query options, then `.await` it.
///
/// ```no_run
/// use redfish_client::{Client, Query};
/// use redfish_client::model::computer_system::ComputerSystem;
/// # async fn run(client: Client, id: redfish_client::model::ODataId) -> redfish_client::Result<()> {
/// let root = client.service_root().await?;
/// // A typed link: the type comes from the link.
/// let service = client.get(&root.session_service).await?;
/// // A bare URI: say the type.
/// let system = client.get::<ComputerSystem>(&id).select(["PowerState"]).await?;
/// println!("{:?} {:?}", service.service_enabled, system.power_state);
/// # Ok(()) }
/// ```
#[must_use = "a Get does nothing until awaited"]
pub struct Get<'a, T> {
    client: &'a Client,
    uri: Result<ODataId>,
    query: Query,
    _t: PhantomData<fn() -> T>,
}

impl<T> fmt::Debug for Get<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Get")
            .field("uri", &self.uri.as_ref().ok())
            .field("query", &self.query)
            .finish_non_exhaustive()
    }
}

impl<'a, T: Resource> Get<'a, T> {
    pub(crate) fn new(client: &'a Client, target: &(impl Target<T> + ?Sized)) -> Self {
        let uri = target
            .target_id()
            .cloned()
            .ok_or_else(|| Error::MissingLink {
                uri: String::new(),
                link: T::SCHEMA.to_owned(),
            });
        Self {
            client,
            uri,
            query: Query::new(),
            _t: PhantomData,
        }
    }

    /// Query options (replaces any set before).
    pub fn query(mut self, query: Query) -> Self {
        self.query = query;
        self
    }

    /// `$select`: only these properties (nested with `/`).
    pub fn select<I, S>(mut self, props: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.query = self.query.select(props);
        self
    }

    /// `$expand=<what>($levels=<levels>)`.
    pub fn expand(mut self, what: Expand, levels: u32) -> Self {
        self.query = self.query.expand(what, levels);
        self
    }
}

impl<'a, T: Resource + Send + 'a> IntoFuture for Get<'a, T> {
    type Output = Result<Entity<T>>;
    type IntoFuture = BoxFut<'a, Result<Entity<T>>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            let uri = self.uri?;
            let full = format!("{}{}", uri.path(), self.query.to_query_string());
            let resp = self.client.execute(Req::new(Method::GET, &full)).await?;
            Entity::from_response(self.client.clone(), ODataId::new(uri.path()), &resp)
        })
    }
}

/// Any request, sent as is (the escape hatch): error statuses become [`Error`]s, successful
/// ones the raw [`Response`]. Retried as the [`RetryPolicy`](crate::RetryPolicy) allows
/// (idempotent methods only).
///
/// ```no_run
/// use redfish_client::{Client, Method};
/// # async fn run(client: Client) -> redfish_client::Result<()> {
/// let root = client.service_root().await?;
/// let resp = client.request(Method::HEAD, root.odata_id()).await?;
/// println!("{} {:?}", resp.status, resp.headers.get("OData-Version"));
/// # Ok(()) }
/// ```
#[must_use = "a RawRequest does nothing until awaited"]
pub struct RawRequest<'a> {
    client: &'a Client,
    method: Method,
    uri: ODataId,
    query: Query,
    body: Option<Result<Vec<u8>>>,
    if_match: Option<ETag>,
}

impl fmt::Debug for RawRequest<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Never the body: it may hold a password.
        f.debug_struct("RawRequest")
            .field("method", &self.method)
            .field("uri", &self.uri)
            .field("query", &self.query)
            .field("has_body", &self.body.is_some())
            .finish_non_exhaustive()
    }
}

impl<'a> RawRequest<'a> {
    pub(crate) fn new(client: &'a Client, method: Method, uri: &ODataId) -> Self {
        Self {
            client,
            method,
            uri: ODataId::new(uri.path()),
            query: Query::new(),
            body: None,
            if_match: None,
        }
    }

    /// A JSON body.
    pub fn json<B: Serialize + ?Sized>(mut self, body: &B) -> Self {
        self.body =
            Some(serde_json::to_vec(body).map_err(|e| {
                Error::InvalidInput(format!("cannot serialize the request body: {e}"))
            }));
        self
    }

    /// `If-Match` (a PATCH with it may be retried on 503).
    pub fn if_match(mut self, etag: &ETag) -> Self {
        self.if_match = Some(etag.clone());
        self
    }

    /// Query options.
    pub fn query(mut self, query: Query) -> Self {
        self.query = query;
        self
    }
}

impl<'a> IntoFuture for RawRequest<'a> {
    type Output = Result<Response>;
    type IntoFuture = BoxFut<'a, Result<Response>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(async move {
            let full = format!("{}{}", self.uri.path(), self.query.to_query_string());
            let mut req = Req::new(self.method, &full);
            if let Some(body) = self.body {
                req.body = crate::request::ReqBody::Json(body?.into());
            }
            req.if_match = self.if_match.as_ref();
            self.client.execute(req).await
        })
    }
}

impl Client {
    /// GETs a resource as an [`Entity`]: from a typed link (`client.get(&root.systems)`), an
    /// optional link as the model holds it, or a URI with the type given
    /// (`client.get::<Bios>(&id)`). Returns a [`Get`] to add query options to; `.await` it.
    ///
    /// # Errors
    ///
    /// [`Error::MissingLink`] for an absent link, service, transport or
    /// [`Error::Decode`] errors.
    pub fn get<T: Resource>(&self, target: &(impl Target<T> + ?Sized)) -> Get<'_, T> {
        Get::new(self, target)
    }

    /// Any request, as is (escape hatch): see [`RawRequest`].
    pub fn request(&self, method: Method, uri: &ODataId) -> RawRequest<'_> {
        RawRequest::new(self, method, uri)
    }
}
