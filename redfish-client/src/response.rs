//! [`Response`]: what the service answered, and the strict JSON decoding of bodies.

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use redfish_model::{ETag, ODataId, RedfishError};
use reqwest::header::{ETAG, HeaderMap, LOCATION};
use reqwest::{Method, StatusCode};
use serde::de::DeserializeOwned;
use url::Url;

use crate::error::{Error, Result};
use crate::retry;

/// A raw HTTP response from the service (the escape hatch of [`Client::request`]).
///
/// [`Client::request`]: crate::Client::request
#[derive(Clone)]
pub struct Response {
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// The body as received.
    pub body: Bytes,
    /// Request method.
    pub method: Method,
    /// Request URI (path and query).
    pub uri: String,
    /// The service (`host[:port]`), for errors.
    pub(crate) host: Arc<str>,
    /// How many times the request was sent (1 without retries).
    pub(crate) attempts: u32,
}

impl fmt::Debug for Response {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Response")
            .field("status", &self.status)
            .field("host", &self.host)
            .field("method", &self.method)
            .field("uri", &self.uri)
            .field("body_len", &self.body.len())
            .finish_non_exhaustive()
    }
}

impl Response {
    /// Decodes the body as JSON, reporting the path of a mismatch. Anything but whitespace
    /// after the first JSON value is an error: a body is one document.
    ///
    /// # Errors
    ///
    /// [`Error::Decode`] when the body is not valid JSON of type `T`.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T> {
        decode_slice(&self.host, &self.uri, &self.body)
    }

    /// `true` when the body is empty or only whitespace.
    pub fn is_empty(&self) -> bool {
        self.body.iter().all(u8::is_ascii_whitespace)
    }

    /// The `Location` header as a service path (absolute URLs are reduced to path + query).
    pub fn location(&self) -> Option<ODataId> {
        let v = self.headers.get(LOCATION)?.to_str().ok()?;
        Some(ODataId::new(to_path(v)))
    }

    /// The `ETag` header, verbatim.
    pub fn etag(&self) -> Option<ETag> {
        self.headers.get(ETAG)?.to_str().ok().map(ETag::new)
    }

    /// The `Retry-After` header.
    pub fn retry_after(&self) -> Option<Duration> {
        retry::retry_after(&self.headers)
    }

    /// The service that answered (`host[:port]`).
    pub fn host(&self) -> &str {
        &self.host
    }

    /// How many times the request was sent before this answer (1 without retries).
    pub fn attempts(&self) -> u32 {
        self.attempts
    }

    pub(crate) fn into_error(self) -> Error {
        let body = serde_json::from_slice::<RedfishError>(&self.body)
            .ok()
            .filter(|e| e.error.is_some())
            .map(Box::new);
        if self.status == StatusCode::PRECONDITION_FAILED {
            Error::PreconditionFailed {
                host: self.host.clone(),
                method: self.method,
                uri: self.uri,
                body,
                attempts: self.attempts,
            }
        } else {
            let retry_after = retry::retry_after(&self.headers);
            Error::Service {
                status: self.status,
                host: self.host.clone(),
                method: self.method,
                uri: self.uri,
                body,
                retry_after,
                attempts: self.attempts,
            }
        }
    }
}

/// Reduces `https://host/path?q` or `/path?q` to `/path?q`.
pub(crate) fn to_path(v: &str) -> String {
    if v.starts_with('/') && !v.starts_with("//") {
        return v.to_owned();
    }
    match Url::parse(v) {
        Ok(u) => path_of(&u),
        Err(_) => v.to_owned(),
    }
}

/// The path and query of a parsed URL (no second parse).
pub(crate) fn path_of(u: &Url) -> String {
    match u.query() {
        Some(q) => format!("{}?{q}", u.path()),
        None => u.path().to_owned(),
    }
}

/// `host[:port]` of a URL, the port only when it is not the scheme's default.
pub(crate) fn host_of(u: &Url) -> String {
    let host = u.host_str().unwrap_or("");
    match u.port() {
        Some(p) => format!("{host}:{p}"),
        None => host.to_owned(),
    }
}

/// serde_path_to_error writes `?` for a position it cannot name (e.g. invalid JSON before
/// any key); the document root reads better as `.`.
fn shown_path(p: &serde_path_to_error::Path) -> String {
    let s = p.to_string();
    if s.split('.').all(|seg| seg == "?" || seg.is_empty()) {
        ".".to_owned()
    } else {
        s
    }
}

pub(crate) fn decode_slice<T: DeserializeOwned>(
    host: &Arc<str>,
    uri: &str,
    body: &[u8],
) -> Result<T> {
    // Plain serde_json first (`from_slice` also refuses data after the document); the
    // path-tracking deserializer, slower, only runs again to explain a failure.
    match serde_json::from_slice(body) {
        Ok(v) => Ok(v),
        Err(_) => Err(explain_slice::<T>(host, uri, body)),
    }
}

/// The error of a body that does not decode, with the path of the offending value.
#[cold]
fn explain_slice<T: DeserializeOwned>(host: &Arc<str>, uri: &str, body: &[u8]) -> Error {
    let de = &mut serde_json::Deserializer::from_slice(body);
    let decode_err = |path: String, source| Error::Decode {
        host: host.clone(),
        uri: uri.to_owned(),
        path,
        source,
    };
    match serde_path_to_error::deserialize::<_, T>(&mut *de) {
        Err(e) => decode_err(shown_path(e.path()), e.into_inner()),
        // A second document after the first (`{...}{...}`) must not pass unnoticed: it
        // could be the real answer, or the first a forged prefix.
        Ok(_) => match de.end() {
            Err(e) => decode_err(".".to_owned(), e),
            Ok(()) => decode_err(
                ".".to_owned(),
                serde::de::Error::custom("the body decodes only on a second attempt"),
            ),
        },
    }
}

pub(crate) fn decode_value<T: DeserializeOwned>(
    host: &Arc<str>,
    uri: &str,
    value: &serde_json::Value,
) -> Result<T> {
    match T::deserialize(value) {
        Ok(v) => Ok(v),
        Err(_) => Err(explain_value::<T>(host, uri, value)),
    }
}

#[cold]
fn explain_value<T: DeserializeOwned>(
    host: &Arc<str>,
    uri: &str,
    value: &serde_json::Value,
) -> Error {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Err(e) => Error::Decode {
            host: host.clone(),
            uri: uri.to_owned(),
            path: shown_path(e.path()),
            source: e.into_inner(),
        },
        Ok(_) => Error::Decode {
            host: host.clone(),
            uri: uri.to_owned(),
            path: ".".to_owned(),
            source: serde::de::Error::custom("the value decodes only on a second attempt"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn response(status: StatusCode, body: &'static [u8]) -> Response {
        Response {
            status,
            headers: HeaderMap::new(),
            body: Bytes::from_static(body),
            method: Method::PATCH,
            uri: "/redfish/v1/Systems/1".into(),
            host: Arc::from("bmc.example"),
            attempts: 1,
        }
    }

    #[test]
    fn error_responses_are_parsed() {
        let resp = response(
            StatusCode::BAD_REQUEST,
            br#"{"error":{"code":"Base.1.0.GeneralError","message":"m",
                "@Message.ExtendedInfo":[{"MessageId":"Base.1.0.PropertyUnknown"}]}}"#,
        );
        let e = resp.clone().into_error();
        assert!(e.has_message("PropertyUnknown"));
        assert_eq!(e.status(), Some(StatusCode::BAD_REQUEST));
        assert_eq!(e.host(), Some("bmc.example"));
        let pf = Response {
            status: StatusCode::PRECONDITION_FAILED,
            ..resp.clone()
        }
        .into_error();
        assert!(pf.is_precondition_failed() && pf.has_message("PropertyUnknown"));
        let html = Response {
            body: Bytes::from_static(b"<html>oops</html>"),
            ..resp
        }
        .into_error();
        assert!(html.redfish_error().is_none());
    }

    #[test]
    fn locations_become_paths() {
        assert_eq!(
            to_path("https://h:1/redfish/v1/Tasks/1?x=1"),
            "/redfish/v1/Tasks/1?x=1"
        );
        assert_eq!(to_path("/redfish/v1/Tasks/1"), "/redfish/v1/Tasks/1");
        let u = Url::parse("https://h:8443/a?b=1").unwrap();
        assert_eq!(host_of(&u), "h:8443");
        assert_eq!(host_of(&Url::parse("https://h:443/").unwrap()), "h");
    }

    #[test]
    fn decode_errors_name_the_path() {
        #[derive(serde::Deserialize, Debug)]
        #[allow(dead_code)]
        struct T {
            a: Vec<u32>,
        }
        let e = decode_slice::<T>(&Arc::from("h"), "/x", br#"{"a": [1, "two"]}"#).unwrap_err();
        match e {
            Error::Decode { path, uri, .. } => {
                assert_eq!(path, "a[1]");
                assert_eq!(uri, "/x");
            }
            other => panic!("{other:?}"),
        }
        let e = decode_slice::<serde_json::Value>(&Arc::from("h"), "/x", b"{not json").unwrap_err();
        match &e {
            Error::Decode { path, .. } => assert_eq!(path, "."),
            other => panic!("{other:?}"),
        }
        assert!(!e.to_string().contains('?'), "{e}");
    }

    #[test]
    fn data_after_the_document_is_a_decode_error() {
        let e = decode_slice::<serde_json::Value>(
            &Arc::from("h"),
            "/redfish/v1/Systems",
            br#"{"Members@odata.count":999} {"Members@odata.count":1}"#,
        )
        .unwrap_err();
        assert!(e.is_decode(), "{e:?}");
        let ok: serde_json::Value =
            decode_slice(&Arc::from("h"), "/x", b" {\"a\":1} \r\n ").unwrap();
        assert_eq!(ok["a"], 1);
    }
}
