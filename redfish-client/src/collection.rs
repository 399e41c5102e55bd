//! Collections: paging through `Members@odata.nextLink`, bounded concurrent member fetch,
//! query options.

use std::collections::HashSet;
use std::fmt;
use std::marker::PhantomData;

use futures_util::stream::{self, BoxStream, StreamExt};
use percent_encoding::{AsciiSet, CONTROLS, utf8_percent_encode};
use redfish_model::{Collection, Link, ODataId, Resource};
use reqwest::Method;
use serde::Serialize;
use serde_json::Value;

use crate::client::Client;
use crate::entity::Entity;
use crate::error::{Error, Result};
use crate::response::Response;

/// Characters escaped in query option values; OData punctuation (`$ , ( ) = / ' *`) is
/// kept literal because many BMCs do not decode it.
const QUERY_ESCAPE: &AsciiSet = &CONTROLS
    .add(b' ')
    .add(b'"')
    .add(b'#')
    .add(b'%')
    .add(b'&')
    .add(b'+')
    .add(b'<')
    .add(b'>')
    .add(b'?');

/// What `$expand` expands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum Expand {
    /// `*`: every link.
    All,
    /// `.`: links not under `Links` (subordinate resources, e.g. collection members).
    NotLinks,
    /// `~`: only links under `Links`.
    Links,
}

/// Redfish query options for a GET (DSP0266 "Query parameters"). Check
/// `ServiceRoot.ProtocolFeaturesSupported` first: HPE iLO silently ignores options it does
/// not implement.
///
/// ```
/// use redfish_client::{Query, Expand};
/// let q = Query::new().select(["Id", "Status/Health"]).expand(Expand::NotLinks, 1).top(50);
/// assert_eq!(q.to_query_string(), "?$select=Id,Status/Health&$expand=.($levels=1)&$top=50");
/// let f = Query::new().filter("SystemType eq 'Physical'");
/// assert_eq!(f.to_query_string(), "?$filter=SystemType%20eq%20'Physical'");
/// assert_eq!(Query::new().to_query_string(), "");
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
#[must_use]
pub struct Query {
    select: Vec<String>,
    expand: Option<(Expand, u32)>,
    filter: Option<String>,
    top: Option<u64>,
    skip: Option<u64>,
    only: bool,
}

impl Query {
    /// No options.
    pub fn new() -> Self {
        Self::default()
    }

    /// `$select`: only these properties (nested with `/`).
    pub fn select<I, S>(mut self, props: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.select.extend(props.into_iter().map(Into::into));
        self
    }

    /// `$expand=<what>($levels=<levels>)`.
    pub fn expand(mut self, what: Expand, levels: u32) -> Self {
        self.expand = Some((what, levels.max(1)));
        self
    }

    /// `$filter`.
    pub fn filter(mut self, expr: impl Into<String>) -> Self {
        self.filter = Some(expr.into());
        self
    }

    /// `$top`.
    pub fn top(mut self, n: u64) -> Self {
        self.top = Some(n);
        self
    }

    /// `$skip`.
    pub fn skip(mut self, n: u64) -> Self {
        self.skip = Some(n);
        self
    }

    /// `only`: a one-member collection returns that member.
    pub fn only(mut self) -> Self {
        self.only = true;
        self
    }

    /// `true` when no option is set.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }

    /// `?opt=v&...`, or an empty string.
    pub fn to_query_string(&self) -> String {
        let enc = |s: &str| utf8_percent_encode(s, QUERY_ESCAPE).to_string();
        let mut parts = Vec::new();
        if !self.select.is_empty() {
            let sel: Vec<String> = self.select.iter().map(|s| enc(s)).collect();
            parts.push(format!("$select={}", sel.join(",")));
        }
        if let Some((what, levels)) = self.expand {
            let c = match what {
                Expand::All => '*',
                Expand::NotLinks => '.',
                Expand::Links => '~',
            };
            parts.push(format!("$expand={c}($levels={levels})"));
        }
        if let Some(f) = &self.filter {
            parts.push(format!("$filter={}", enc(f)));
        }
        if let Some(n) = self.top {
            parts.push(format!("$top={n}"));
        }
        if let Some(n) = self.skip {
            parts.push(format!("$skip={n}"));
        }
        if self.only {
            parts.push("only".into());
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }
}

/// The result of creating a member (POST to a collection).
#[derive(Clone, Debug)]
#[non_exhaustive]
pub struct Created {
    /// The new resource (`Location`, else the body's `@odata.id`).
    pub uri: Option<ODataId>,
    /// The body, if the service sent one.
    pub body: Option<Value>,
}

impl Created {
    pub(crate) fn from_response(resp: &Response) -> Self {
        let body: Option<Value> = if resp.is_empty() {
            None
        } else {
            resp.json().ok()
        };
        let uri = resp.location().or_else(|| {
            body.as_ref()
                .and_then(|b| b.get("@odata.id"))
                .and_then(Value::as_str)
                .map(ODataId::new)
        });
        Self { uri, body }
    }
}

/// A member (or page) of a collection that could not be read.
#[derive(Debug)]
#[non_exhaustive]
pub struct MemberFailure {
    /// The member's URI (a page's URI when a page failed).
    pub uri: ODataId,
    /// Why.
    pub error: Error,
}

/// The outcome of [`Members::collect_partial`]: what could be read and what could not.
#[derive(Debug)]
#[non_exhaustive]
pub struct PartialMembers<T> {
    /// The members read, in collection order.
    pub members: Vec<Entity<T>>,
    /// The members (or later pages) that could not be read, in collection order.
    pub failed: Vec<MemberFailure>,
}

impl<T> PartialMembers<T> {
    /// `true` when every member was read.
    pub fn is_complete(&self) -> bool {
        self.failed.is_empty()
    }

    /// The members, or the first failure.
    ///
    /// # Errors
    ///
    /// The error of the first member that could not be read.
    pub fn into_result(self) -> Result<Vec<Entity<T>>> {
        match self.failed.into_iter().next() {
            Some(f) => Err(f.error),
            None => Ok(self.members),
        }
    }
}

/// GETs a member, or types its inline body when the collection was `$expand`ed.
async fn fetch_member<T: Resource + Send>(
    client: Client,
    link: Link<T>,
    q: Query,
) -> Result<Entity<T>> {
    if q.is_empty()
        && let Some(body) = link.expanded()
    {
        let data = body.map_err(|source| Error::Decode {
            host: client.core().host.clone(),
            uri: link.odata_id.to_string(),
            path: ".".to_owned(),
            source,
        })?;
        return Ok(Entity::new(client, link.odata_id, None, data));
    }
    client.get(&link).query(q).await
}

/// The members of a collection: pages followed through `Members@odata.nextLink`, members
/// de-duplicated by `@odata.id` (pages are not guaranteed consistent) and fetched
/// concurrently, at most [`Members::concurrency`] at a time (and within the client's
/// per-service limit). Inline bodies of an `$expand`ed collection are used without GET.
pub struct Members<T> {
    client: Client,
    uri: ODataId,
    query: Query,
    member_query: Query,
    concurrency: usize,
    _t: PhantomData<fn() -> T>,
}

impl<T> Clone for Members<T> {
    fn clone(&self) -> Self {
        Self {
            client: self.client.clone(),
            uri: self.uri.clone(),
            query: self.query.clone(),
            member_query: self.member_query.clone(),
            concurrency: self.concurrency,
            _t: PhantomData,
        }
    }
}

impl<T> fmt::Debug for Members<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Members")
            .field("uri", &self.uri)
            .field("query", &self.query)
            .field("concurrency", &self.concurrency)
            .finish_non_exhaustive()
    }
}

impl<T> Members<T> {
    pub(crate) fn new(client: Client, uri: ODataId) -> Self {
        Self {
            client,
            uri,
            query: Query::new(),
            member_query: Query::new(),
            concurrency: 4,
            _t: PhantomData,
        }
    }

    /// The collection URI.
    pub fn uri(&self) -> &ODataId {
        &self.uri
    }

    /// Query options of the collection GET (`$expand`, `$filter`, `$top`, `$skip`).
    #[must_use]
    pub fn query(mut self, q: Query) -> Self {
        self.query = q;
        self
    }

    /// Query options of each member GET (typically `$select`).
    #[must_use]
    pub fn member_query(mut self, q: Query) -> Self {
        self.member_query = q;
        self
    }

    /// How many members are fetched at once (default 4, minimum 1).
    #[must_use]
    pub fn concurrency(mut self, n: usize) -> Self {
        self.concurrency = n.max(1);
        self
    }

    /// The first page, as sent.
    ///
    /// # Errors
    ///
    /// As [`Client::get`].
    pub async fn page(&self) -> Result<Collection<T>> {
        let page = self
            .client
            .get::<Collection<T>>(&self.uri)
            .query(self.query.clone())
            .await?;
        Ok(page.into_inner())
    }

    /// Creates a member: POST `body` to the collection (never retried once sent).
    ///
    /// # Errors
    ///
    /// The service's error (e.g. 405 when creation is not supported), transport errors.
    pub async fn create<B: Serialize + ?Sized>(&self, body: &B) -> Result<Created> {
        let resp = self.client.post(&self.uri, body).await?;
        Ok(Created::from_response(&resp))
    }

    /// Every member link, all pages, de-duplicated. Stops at the first error (yielded).
    pub fn links(&self) -> BoxStream<'static, Result<Link<T>>>
    where
        T: 'static,
    {
        self.link_items().map(|l| l.map_err(|f| f.error)).boxed()
    }

    /// [`Members::links`], a page error carrying the page's URI.
    fn link_items(&self) -> BoxStream<'static, std::result::Result<Link<T>, MemberFailure>>
    where
        T: 'static,
    {
        struct Paging {
            client: Client,
            next: Option<String>,
            pages: HashSet<String>,
            members: HashSet<String>,
        }
        let start = Paging {
            client: self.client.clone(),
            next: Some(format!(
                "{}{}",
                self.uri.path(),
                self.query.to_query_string()
            )),
            pages: HashSet::new(),
            members: HashSet::new(),
        };
        stream::unfold(Some(start), |state| async move {
            let mut st = state?;
            let page_uri = st.next.take()?;
            st.pages.insert(page_uri.clone());
            let page = st
                .client
                .request(Method::GET, &ODataId::new(page_uri.as_str()))
                .await
                .and_then(|r| r.json::<Collection<Value>>());
            match page {
                Err(error) => {
                    let failure = MemberFailure {
                        uri: ODataId::new(page_uri),
                        error,
                    };
                    Some((vec![Err(failure)], None))
                }
                Ok(page) => {
                    let mut out = Vec::with_capacity(page.members.len());
                    for m in page.members {
                        if st.members.insert(m.odata_id.normalized().to_owned()) {
                            out.push(Ok(m.cast::<T>()));
                        }
                    }
                    st.next = page
                        .next_link
                        .map(|n| crate::response::to_path(n.as_str()))
                        .filter(|n| !st.pages.contains(n));
                    Some((out, Some(st)))
                }
            }
        })
        .flat_map(stream::iter)
        .boxed()
    }

    /// Every member URI, all pages, de-duplicated.
    pub fn ids(&self) -> BoxStream<'static, Result<ODataId>>
    where
        T: 'static,
    {
        self.links().map(|l| l.map(|l| l.odata_id)).boxed()
    }
}

impl<T: Resource + Send + 'static> Members<T> {
    /// Every member, fetched concurrently (bounded), in collection order.
    pub fn stream(&self) -> BoxStream<'static, Result<Entity<T>>> {
        let client = self.client.clone();
        let member_query = self.member_query.clone();
        self.links()
            .map(move |link| {
                let (client, q) = (client.clone(), member_query.clone());
                async move { fetch_member(client, link?, q).await }
            })
            .buffered(self.concurrency)
            .boxed()
    }

    /// Every member, collected; fails on the first error. See
    /// [`Members::collect_partial`] to keep the members that could be read when one cannot.
    ///
    /// # Errors
    ///
    /// The first error of [`Members::stream`].
    pub async fn collect(&self) -> Result<Vec<Entity<T>>> {
        use futures_util::TryStreamExt;
        self.stream().try_collect().await
    }

    /// Every member that could be read, plus the URI and error of each that could not
    /// (a 404 member, a body that does not decode, a timeout...), in collection order. Real
    /// collections contain broken members; one of them should not hide the others.
    ///
    /// ```no_run
    /// # async fn run(client: redfish_client::Client) -> redfish_client::Result<()> {
    /// let systems = client.service_root().await?.systems()?.collect_partial().await?;
    /// for s in &systems.members {
    ///     println!("{} {:?}", s.odata_id(), s.power_state);
    /// }
    /// for f in &systems.failed {
    ///     eprintln!("{}: {}", f.uri, f.error);
    /// }
    /// # Ok(()) }
    /// ```
    ///
    /// # Errors
    ///
    /// Only when the first page of the collection cannot be read (nothing is known then);
    /// a later page that fails is listed in [`PartialMembers::failed`] under its URI.
    pub async fn collect_partial(&self) -> Result<PartialMembers<T>> {
        let client = self.client.clone();
        let member_query = self.member_query.clone();
        let results: Vec<std::result::Result<Entity<T>, MemberFailure>> = self
            .link_items()
            .map(move |item| {
                let (client, q) = (client.clone(), member_query.clone());
                async move {
                    let link = item?;
                    let uri = link.odata_id.clone();
                    fetch_member(client, link, q)
                        .await
                        .map_err(|error| MemberFailure { uri, error })
                }
            })
            .buffered(self.concurrency)
            .collect()
            .await;
        let mut out = PartialMembers {
            members: Vec::with_capacity(results.len()),
            failed: Vec::new(),
        };
        let first_page = ODataId::new(format!(
            "{}{}",
            self.uri.path(),
            self.query.to_query_string()
        ));
        for r in results {
            match r {
                Ok(e) => out.members.push(e),
                Err(f)
                    if out.members.is_empty() && out.failed.is_empty() && f.uri == first_page =>
                {
                    return Err(f.error);
                }
                Err(f) => out.failed.push(f),
            }
        }
        Ok(out)
    }

    /// The member whose `Id` (or last URI segment) is `id`.
    ///
    /// # Errors
    ///
    /// An [`Error::InvalidInput`] when no member has that id.
    pub async fn find(&self, id: &str) -> Result<Entity<T>> {
        use futures_util::TryStreamExt;
        let found = self
            .ids()
            .try_filter(|u| std::future::ready(u.last_segment() == id))
            .try_next()
            .await?;
        match found {
            Some(uri) => self.client.get::<T>(&uri).await,
            None => Err(Error::InvalidInput(format!(
                "{} has no member {id:?}",
                self.uri
            ))),
        }
    }
}
