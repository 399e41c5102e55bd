//! Request dispatch: fault injection, authentication, then GET / PATCH / POST / DELETE on the
//! resource tree, actions, task monitors and the multipart push URI.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::Request;
use axum::http::{HeaderMap, Method, StatusCode, header};
use axum::response::Response;
use serde_json::{Map, Value, json};

use crate::auth::{self, Principal, SESSIONS};
use crate::fault::Fault;
use crate::messages::base;
use crate::query::{Query, render};
use crate::reply::Reply;
use crate::schema::PatchCheck;
use crate::server::ConnControl;
use crate::state::{State, lock};
use crate::tree::{self, is_collection, normalize, parent, type_key};

/// Largest JSON request body accepted (multipart pushes are streamed separately).
const MAX_JSON_BODY: usize = 4 * 1024 * 1024;

/// Entry point for every request.
pub(crate) async fn handle(
    axum::extract::State(state): axum::extract::State<Arc<State>>,
    req: Request,
) -> Response {
    let method = req.method().clone();
    let path = req.uri().path().to_owned();
    let target = req
        .uri()
        .path_and_query()
        .map(|pq| pq.as_str().to_owned())
        .unwrap_or_else(|| path.clone());
    state.log_request(method.clone(), target);
    let head = method == Method::HEAD;

    let fault = lock(&state.faults).take(&path);
    let mut corrupt = false;
    match fault {
        Some(Fault::Delay(d)) => tokio::time::sleep(d).await,
        Some(Fault::DropConnection) => {
            if let Some(ctl) = req.extensions().get::<ConnControl>() {
                ctl.drop_connection();
            }
            // The connection task drops the socket; this future is dropped with it.
            std::future::pending::<()>().await;
        }
        Some(Fault::ServiceUnavailable { retry_after_secs }) => {
            let secs = retry_after_secs.to_string();
            return Reply::base_error(
                StatusCode::SERVICE_UNAVAILABLE,
                "ServiceTemporarilyUnavailable",
                &[&secs],
            )
            .header(header::RETRY_AFTER, &secs)
            .into_response(false, head);
        }
        Some(Fault::MalformedJson) => corrupt = true,
        Some(Fault::ExpireSession) => {
            if let Some(token) = req
                .headers()
                .get("x-auth-token")
                .and_then(|v| v.to_str().ok())
            {
                let mut inner = state.lock();
                auth::drop_session_token(&mut inner, token);
            }
            return Reply::unauthorized().into_response(false, head);
        }
        None => {}
    }

    let reply = route(&state, req).await;
    reply.into_response(corrupt, head)
}

/// The canonical spelling of a request path: the longest prefix naming a resource is replaced
/// by that resource's key (case-insensitive lookup), the rest kept as sent. Everything after
/// this point (privileges included) sees only this spelling.
fn canonical(tree: &crate::tree::Tree, path: &str) -> String {
    let mut prefix = path;
    loop {
        if let Some(key) = tree.resolve(prefix) {
            return format!("{key}{}", &path[prefix.len()..]);
        }
        match parent(prefix) {
            Some(p) => prefix = p,
            None => return path.to_owned(),
        }
    }
}

/// The longest prefix of a canonical path that names a resource (the resource an action,
/// a POST to a member-like URI or a task monitor belongs to).
fn owner(tree: &crate::tree::Tree, path: &str) -> String {
    let mut prefix = path;
    loop {
        if tree.contains(prefix) {
            return prefix.to_owned();
        }
        match parent(prefix) {
            Some(p) => prefix = p,
            None => return path.to_owned(),
        }
    }
}

async fn route(state: &Arc<State>, req: Request) -> Reply {
    let method = req.method().clone();
    let mut path = normalize(req.uri().path());
    // Read a (JSON) request body up front: an answer that does not need it (401, 405...)
    // must not leave it unread on a kept-alive connection. Firmware pushes stream instead.
    let is_push = state.config.push_uri.as_deref().map(normalize).as_deref() == Some(path.as_str());
    let req = if !is_read(&method) && !is_push {
        let (parts, body) = req.into_parts();
        match axum::body::to_bytes(body, MAX_JSON_BODY).await {
            Ok(bytes) => Request::from_parts(parts, Body::from(bytes)),
            Err(_) => {
                return Reply::base_error(StatusCode::PAYLOAD_TOO_LARGE, "PayloadTooLarge", &[]);
            }
        }
    } else {
        req
    };

    // DSP0266: a service that does not support the requested OData version answers 412.
    if let Some(v) = req.headers().get("odata-version")
        && v.to_str().map(str::trim).ok() != Some("4.0")
    {
        return Reply::base_error(StatusCode::PRECONDITION_FAILED, "PreconditionFailed", &[]);
    }

    // The four fixed URIs need no authentication (DSP0266).
    match path.as_str() {
        "/redfish" if is_read(&method) => {
            return Reply::json(StatusCode::OK, json!({"v1": "/redfish/v1/"}));
        }
        "/redfish/v1/$metadata" if is_read(&method) => {
            return Reply::xml(crate::scenario::metadata::document(state));
        }
        "/redfish/v1/odata" if is_read(&method) => {
            return Reply::json(
                StatusCode::OK,
                crate::scenario::metadata::service_document(state),
            );
        }
        "/redfish/v1" if is_read(&method) => {
            let q = match Query::parse(req.uri().query()) {
                Ok(q) => q,
                Err(r) => return r,
            };
            return get_resource(state, &path, &q, req.headers());
        }
        "/redfish" | "/redfish/v1/$metadata" | "/redfish/v1/odata" | "/redfish/v1" => {
            return Reply::method_not_allowed("GET, HEAD");
        }
        _ => {}
    }

    let sessions = {
        let inner = state.lock();
        path = canonical(&inner.tree, &path);
        // DSP0266: a POST to a collection's `Members` is a POST to the collection.
        if method == Method::POST
            && tree::last_segment(&path) == "Members"
            && let Some(coll) = parent(&path)
            && inner.tree.get(coll).map(is_collection).unwrap_or(false)
        {
            path = coll.to_owned();
        }
        inner.tree.resolve(SESSIONS)
    };
    if method == Method::POST && sessions.as_deref() == Some(path.as_str()) {
        let body = match read_json(req.into_body()).await {
            Ok(b) => b,
            Err(r) => return r,
        };
        return auth::login(state, &body);
    }

    let principal = match auth::authenticate(state, req.headers()) {
        Ok(p) => p,
        Err(r) => return r,
    };
    let own = normalize(&principal.account) == path
        || principal.session.as_deref().map(normalize).as_deref() == Some(path.as_str());
    if principal.must_change_password {
        // DSP0266: until the password changes, only the own account may be read and patched.
        let ok = match method {
            Method::GET | Method::HEAD | Method::PATCH => normalize(&principal.account) == path,
            Method::DELETE => own,
            _ => false,
        };
        if !ok {
            return Reply::error(
                StatusCode::FORBIDDEN,
                vec![base("PasswordChangeRequired", &[&principal.account])],
            );
        }
    }
    if is_read(&method) && !principal.has(auth::LOGIN) {
        return Reply::forbidden();
    }
    if is_read(&method) && crate::events::sse::uri(state).as_deref() == Some(path.as_str()) {
        return crate::events::sse::open(state, &req, method == Method::HEAD);
    }
    // Every method on a captured error answers that error.
    let captured = {
        let inner = state.lock();
        inner
            .tree
            .entry(&path)
            .filter(|e| e.error_status().is_some())
            .map(Arc::clone)
    };
    if let Some(e) = captured
        && let Some(status) = e.error_status()
    {
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        return Reply::json_bytes(status, e.bytes());
    }
    // A PATCH is authorized on its properties (the own password needs less than the rest).
    let (req, patch_body) = if method == Method::PATCH {
        let headers = req.headers().clone();
        let body = match read_json(req.into_body()).await {
            Ok(b) => b,
            Err(r) => return r,
        };
        (None, Some((headers, body)))
    } else {
        (Some(req), None)
    };
    if !is_read(&method) {
        let properties: Vec<String> = match &patch_body {
            Some((_, Value::Object(b))) => b.keys().filter(|k| !k.contains('@')).cloned().collect(),
            _ => Vec::new(),
        };
        let inner = state.lock();
        let target = owner(&inner.tree, &path);
        let own_target = normalize(&principal.account) == target
            || principal.session.as_deref().map(normalize).as_deref() == Some(target.as_str());
        // Changing one's own password by action is the same right as by PATCH.
        let change_password = method == Method::POST
            && tree::last_segment(&path).ends_with("ManagerAccount.ChangePassword");
        let pw = ["Password".to_owned()];
        let request = crate::privileges::Request {
            method: if change_password {
                &Method::PATCH
            } else {
                &method
            },
            target: &target,
            own: own_target,
            properties: if change_password { &pw } else { &properties },
        };
        if !crate::privileges::allowed(&inner.tree, &request, &principal.privileges) {
            return Reply::forbidden();
        }
    }
    if let Some((headers, body)) = patch_body {
        return patch(state, &principal, &path, &headers, body);
    }
    let Some(req) = req else {
        return Reply::forbidden();
    };

    if let Some(id) = path.strip_prefix(&format!("{}/", crate::tasks::MONITORS)) {
        return match method {
            Method::GET | Method::HEAD => crate::tasks::monitor_get(state, id),
            Method::DELETE => crate::tasks::cancel(state, id),
            _ => Reply::method_not_allowed("GET, HEAD, DELETE"),
        };
    }
    if state.config.push_uri.as_deref().map(normalize).as_deref() == Some(path.as_str()) {
        return if method == Method::POST {
            crate::actions::update::multipart_push(state, req).await
        } else {
            Reply::method_not_allowed("POST")
        };
    }

    match method {
        Method::GET | Method::HEAD => {
            let q = match Query::parse(req.uri().query()) {
                Ok(q) => q,
                Err(r) => return r,
            };
            get_resource(state, &path, &q, req.headers())
        }
        Method::POST => {
            let body = match read_json(req.into_body()).await {
                Ok(b) => b,
                Err(r) => return r,
            };
            post(state, &principal, &path, body)
        }
        Method::DELETE => delete(state, &principal, &path),
        Method::PUT => {
            let exists = state.lock().tree.get(&path).cloned();
            match exists {
                Some(r) => Reply::method_not_allowed(allow(state, &path, &r)),
                None => Reply::not_found(&path),
            }
        }
        _ => Reply::method_not_allowed("GET, HEAD, PATCH, POST, DELETE"),
    }
}

fn is_read(m: &Method) -> bool {
    m == Method::GET || m == Method::HEAD
}

/// Reads a JSON request body; an empty body reads as `{}`.
pub(crate) async fn read_json(body: Body) -> Result<Value, Reply> {
    let bytes = axum::body::to_bytes(body, MAX_JSON_BODY)
        .await
        .map_err(|_| Reply::base_error(StatusCode::PAYLOAD_TOO_LARGE, "PayloadTooLarge", &[]))?;
    if bytes.iter().all(u8::is_ascii_whitespace) {
        return Ok(json!({}));
    }
    serde_json::from_slice(&bytes)
        .map_err(|_| Reply::base_error(StatusCode::BAD_REQUEST, "MalformedJSON", &[]))
}

/// Collections that accept POST (creation), as the behaviours say.
pub(crate) fn insertable(state: &State, path: &str, resource: &Value) -> bool {
    state
        .config
        .behaviours
        .first(|b| b.insertable(path, resource))
        .unwrap_or(false)
}

/// Resources that accept DELETE.
pub(crate) fn deletable(state: &State, path: &str) -> bool {
    let inner = state.lock();
    if let Some(d) = state
        .config
        .behaviours
        .first(|b| b.deletable(&inner.tree, path))
    {
        return d;
    }
    let Some(parent) = parent(path) else {
        return false;
    };
    if normalize(parent) == crate::tasks::TASKS {
        return true;
    }
    inner
        .tree
        .get(parent)
        .map(|p| is_collection(p) && insertable(state, parent, p))
        .unwrap_or(false)
}

/// A Role the service defines (`IsPredefined`), which no one may change.
pub(crate) fn is_predefined_role(resource: &Value) -> bool {
    tree::schema_name(resource) == Some("Role")
        && resource.get("IsPredefined").and_then(Value::as_bool) == Some(true)
}

/// True unless the schema says the resource type cannot be updated.
pub(crate) fn updatable(resource: &Value) -> bool {
    if is_predefined_role(resource) {
        return false;
    }
    type_key(resource)
        .and_then(|k| crate::schema::caps(&k))
        .map(|(_, u, _)| u)
        .unwrap_or(true)
}

/// The `Allow` header for a resource.
pub(crate) fn allow(state: &State, path: &str, resource: &Value) -> &'static str {
    if is_collection(resource) {
        return if insertable(state, path, resource) {
            "GET, HEAD, POST"
        } else {
            "GET, HEAD"
        };
    }
    match (updatable(resource), deletable(state, path)) {
        (true, true) => "GET, HEAD, PATCH, DELETE",
        (true, false) => "GET, HEAD, PATCH",
        (false, true) => "GET, HEAD, DELETE",
        (false, false) => "GET, HEAD",
    }
}

fn get_resource(state: &State, path: &str, q: &Query, headers: &HeaderMap) -> Reply {
    let entry = {
        let inner = state.lock();
        match inner.tree.entry(path) {
            Some(e) => Arc::clone(e),
            None => return Reply::not_found(path),
        }
    };
    if let Some(status) = entry.error_status() {
        // A captured error is served as the BMC answered it.
        let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
        return Reply::json_bytes(status, entry.bytes());
    }
    let allow_value = allow(state, path, entry.value());
    if let (Some(etag), Some(inm)) = (
        entry.etag(),
        headers
            .get(header::IF_NONE_MATCH)
            .and_then(|v| v.to_str().ok()),
    ) && etag_matches(inm, etag)
    {
        return Reply::empty(StatusCode::NOT_MODIFIED).header(header::ETAG, etag);
    }
    let mut reply = if q.is_plain() && entry.served_as_stored(state.config.page_size) {
        // The stored bytes, shared: no clone of the document, no serialization.
        Reply::json_bytes(StatusCode::OK, entry.bytes())
    } else {
        let inner = state.lock();
        let body = render(&inner.tree, path, entry.value(), q, state.config.page_size);
        Reply::json(StatusCode::OK, body)
    };
    reply = reply.header(header::ALLOW, allow_value);
    if let Some(link) = described_by(state, entry.value()) {
        reply = reply.header(header::LINK, &link);
    }
    if let Some(etag) = entry.etag() {
        reply = reply.header(header::ETAG, etag);
    }
    reply
}

/// The `Link: <schema>; rel=describedby` header of a resource (DSP0266): the JSON schema of its
/// `@odata.type`, versioned when the type is.
fn described_by(state: &State, resource: &Value) -> Option<String> {
    let ty = tree::odata_type(resource)?;
    if let Some(uri) = state.config.behaviours.first(|b| b.schema_uri(ty)) {
        return Some(format!("<{uri}>; rel=describedby"));
    }
    let parts: Vec<&str> = ty.split('.').collect();
    let file = match parts.as_slice() {
        [ns, version, _] => format!("{ns}.{version}.json"),
        [ns, _] => format!("{ns}.json"),
        _ => return None,
    };
    Some(format!(
        "<http://redfish.dmtf.org/schemas/v1/{file}>; rel=describedby"
    ))
}

/// True if an `If-Match`/`If-None-Match` header value names the ETag (or is `*`).
fn etag_matches(header_value: &str, etag: &str) -> bool {
    let strip = |s: &str| s.trim().trim_start_matches("W/").to_owned();
    header_value
        .split(',')
        .any(|v| v.trim() == "*" || strip(v) == strip(etag))
}

/// Applies a PATCH body to a resource: objects merge, arrays follow DSP0266 (`null` deletes an
/// element, `{}` keeps it, a shorter array truncates).
pub(crate) fn merge(target: &mut Map<String, Value>, patch: &Map<String, Value>) {
    for (k, v) in patch {
        if k.contains('@') {
            continue;
        }
        match (target.get_mut(k), v) {
            (Some(Value::Object(t)), Value::Object(p)) => merge(t, p),
            (Some(Value::Array(t)), Value::Array(p)) => {
                let mut out = Vec::with_capacity(p.len());
                for (i, pv) in p.iter().enumerate() {
                    match (t.get(i), pv) {
                        (_, Value::Null) => {}
                        // `{}` keeps the element, whatever its type.
                        (Some(old), Value::Object(new)) if new.is_empty() => {
                            out.push(old.clone());
                        }
                        (Some(Value::Object(old)), Value::Object(new)) => {
                            let mut o = old.clone();
                            merge(&mut o, new);
                            out.push(Value::Object(o));
                        }
                        (None, Value::Object(new)) if new.is_empty() => {}
                        (_, other) => out.push(other.clone()),
                    }
                }
                *t = out;
            }
            _ => {
                target.insert(k.clone(), v.clone());
            }
        }
    }
}

fn patch(
    state: &Arc<State>,
    principal: &Principal,
    path: &str,
    headers: &HeaderMap,
    body: Value,
) -> Reply {
    let Value::Object(body) = body else {
        return Reply::bad_request(vec![base("UnrecognizedRequestBody", &[])]);
    };
    let mut inner = state.lock();
    let Some(key) = inner.tree.resolve(path) else {
        return Reply::not_found(path);
    };
    let Some(current) = inner.tree.get(&key).cloned() else {
        return Reply::not_found(path);
    };
    if is_collection(&current) || !updatable(&current) {
        drop(inner);
        return Reply::method_not_allowed(allow(state, &key, &current));
    }
    if let Some(if_match) = headers.get(header::IF_MATCH).and_then(|v| v.to_str().ok()) {
        let etag = current
            .get("@odata.etag")
            .and_then(Value::as_str)
            .unwrap_or("");
        if !etag_matches(if_match, etag) {
            return Reply::base_error(StatusCode::PRECONDITION_FAILED, "PreconditionFailed", &[]);
        }
    }
    // Predefined roles are fixed (DSP0266: their AssignedPrivileges shall not be modifiable).
    if is_predefined_role(&current) {
        drop(inner);
        return Reply::method_not_allowed("GET, HEAD");
    }
    if body.keys().all(|k| k.contains('@')) {
        return Reply::bad_request(vec![base("NoOperation", &[])]);
    }
    // Vendor rules first: a vendor answers a refused change in its own error format.
    let behaviours = &state.config.behaviours;
    for b in behaviours.iter() {
        if let Err(reply) = b.patch_rules(&inner, &key, &current, &body) {
            return reply;
        }
    }
    let tkey = type_key(&current);
    let extra = behaviours
        .first(|b| Some(b.extra_writable(&current)).filter(|e| !e.is_empty()))
        .unwrap_or(&[]);
    let check = PatchCheck {
        current: &current,
        extra_writable: extra,
    };
    let mut errors = check.validate(tkey.as_deref(), &body);
    if errors.is_empty() {
        for b in behaviours.iter() {
            errors.extend(b.patch_checks(&inner, &key, &current, &body));
        }
    }
    if !errors.is_empty() {
        return Reply::bad_request(errors);
    }
    let mut body = body;
    let mut new_password = false;
    if let Some(pw) = body.remove("Password")
        && let Some(pw) = pw.as_str()
    {
        inner.passwords.insert(key.clone(), pw.to_owned());
        new_password = true;
    }
    let mut updated = current.as_object().cloned().unwrap_or_default();
    merge(&mut updated, &body);
    // A new password satisfies PasswordChangeRequired (DSP0266).
    if new_password
        && !body.contains_key("PasswordChangeRequired")
        && updated.contains_key("PasswordChangeRequired")
    {
        updated.insert("PasswordChangeRequired".into(), json!(false));
    }
    for b in behaviours.iter() {
        b.after_patch(state, &mut inner, &key, &current, &mut updated, &body);
    }
    inner.tree.put(&key, Value::Object(updated));
    let result = inner.tree.get(&key).cloned().unwrap_or(Value::Null);
    raise_changes(&mut inner, principal, &key, &current, &result, &body);
    drop(inner);
    let etag = result
        .get("@odata.etag")
        .and_then(Value::as_str)
        .unwrap_or("")
        .to_owned();
    let body = behaviours
        .first(|b| b.patch_reply(&current, &body))
        .unwrap_or(result);
    Reply::json(StatusCode::OK, body).header(header::ETAG, &etag)
}

/// The events of a successful PATCH: `ResourceChanged`, and `PropertyValueModifiedByClient`
/// for every property the client changed (secrets left out).
fn raise_changes(
    inner: &mut crate::state::Inner,
    principal: &Principal,
    key: &str,
    before: &Value,
    after: &Value,
    body: &Map<String, Value>,
) {
    use crate::events::{Event, EventType};
    let user = inner.user_name(&principal.account);
    let mut events = vec![
        Event::new(
            "ResourceEvent.ResourceChanged",
            &[],
            key,
            EventType::ResourceUpdated,
        )
        .by(user.as_deref()),
    ];
    let body = Value::Object(body.clone());
    for (property, value) in crate::events::changed_properties(before, after, &body) {
        events.push(
            Event::new(
                "ResourceEvent.PropertyValueModifiedByClient",
                &[&property, &value],
                key,
                EventType::ResourceUpdated,
            )
            .by(user.as_deref()),
        );
    }
    inner.raise_all(events);
}

fn post(state: &Arc<State>, principal: &Principal, path: &str, body: Value) -> Reply {
    let existing = {
        let inner = state.lock();
        inner
            .tree
            .resolve(path)
            .and_then(|k| inner.tree.get(&k).cloned().map(|v| (k, v)))
    };
    if let Some((key, resource)) = &existing
        && is_collection(resource)
    {
        if !insertable(state, key, resource) {
            return Reply::method_not_allowed(allow(state, key, resource));
        }
        let Value::Object(body) = body else {
            return Reply::bad_request(vec![base("UnrecognizedRequestBody", &[])]);
        };
        return crate::create::create(state, principal, key, resource, body);
    }
    if let Some(reply) = crate::actions::invoke(state, principal, path, &body) {
        return reply;
    }
    if let Value::Object(map) = &body
        && let Some(reply) = state
            .config
            .behaviours
            .first(|b| b.special_post(state, principal, path, map))
    {
        return reply;
    }
    match existing {
        Some((key, resource)) => Reply::method_not_allowed(allow(state, &key, &resource)),
        None => Reply::not_found(path),
    }
}

/// The event of a DELETE (raised before the resource goes, so that its type is known):
/// `TaskRemoved` for a task, `ResourceRemoved` otherwise; none for sessions and SSE streams,
/// which come and go with connections.
fn raise_removal(inner: &mut crate::state::Inner, principal: &Principal, parent: &str, key: &str) {
    use crate::events::{Event, EventType};
    if normalize(parent) == normalize(SESSIONS) {
        return;
    }
    let resource = inner.tree.get(key);
    if resource
        .and_then(|r| r.get("SubscriptionType"))
        .and_then(Value::as_str)
        == Some("SSE")
    {
        return;
    }
    let user = inner.user_name(&principal.account);
    let event = if normalize(parent) == crate::tasks::TASKS {
        Event::new(
            "TaskEvent.TaskRemoved",
            &[tree::last_segment(key)],
            key,
            EventType::StatusChange,
        )
    } else {
        Event::new(
            "ResourceEvent.ResourceRemoved",
            &[],
            key,
            EventType::ResourceRemoved,
        )
    };
    inner.raise(event.by(user.as_deref()));
}

fn delete(state: &Arc<State>, principal: &Principal, path: &str) -> Reply {
    let key = {
        let inner = state.lock();
        inner.tree.resolve(path)
    };
    let Some(key) = key else {
        return Reply::not_found(path);
    };
    if let Some(reply) = state.config.behaviours.first(|b| b.delete(state, &key)) {
        return reply;
    }
    if !deletable(state, &key) {
        let resource = state.lock().tree.get(&key).cloned().unwrap_or(Value::Null);
        return Reply::method_not_allowed(allow(state, &key, &resource));
    }
    let mut inner = state.lock();
    let parent_path = parent(&key).map(str::to_owned).unwrap_or_default();
    if normalize(&parent_path) == normalize(SESSIONS) {
        let tokens: Vec<String> = inner
            .sessions
            .iter()
            .filter(|(_, s)| normalize(&s.path) == key)
            .map(|(t, _)| t.clone())
            .collect();
        for t in tokens {
            inner.sessions.remove(&t);
        }
    }
    if normalize(&parent_path) == crate::tasks::TASKS {
        let id = tree::last_segment(&key).to_owned();
        if let Some(rec) = inner.tasks.get_mut(&id) {
            rec.cancelled = true;
        }
        inner.tasks.remove(&id);
    }
    {
        // Sessions of a deleted account end with it.
        let account = key.clone();
        let tokens: Vec<String> = inner
            .sessions
            .iter()
            .filter(|(_, s)| s.account == account)
            .map(|(t, _)| t.clone())
            .collect();
        for t in tokens {
            auth::drop_session_token(&mut inner, &t);
        }
    }
    // A removed subscription or stream stops first: it does not hear of its own removal.
    let bus = Arc::clone(&inner.events);
    bus.removed(&key);
    raise_removal(&mut inner, principal, &parent_path, &key);
    inner.passwords.remove(&key);
    inner.tree.remove_subtree(&key);
    inner.tree.remove_member(&parent_path, &key);
    crate::actions::certificates::refresh_locations(&mut inner.tree);
    Reply::empty(StatusCode::NO_CONTENT)
}
