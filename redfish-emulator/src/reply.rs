//! Responses: status, headers and a JSON, XML or empty body, with the headers every Redfish
//! response carries.

use axum::body::Body;
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::response::Response;
use bytes::Bytes;
use serde_json::Value;

use crate::messages::{base, error_body};

/// A response under construction.
#[derive(Debug)]
pub(crate) struct Reply {
    pub status: StatusCode,
    pub headers: Vec<(HeaderName, HeaderValue)>,
    pub body: ReplyBody,
}

/// The body of a [`Reply`].
#[derive(Debug)]
pub(crate) enum ReplyBody {
    Json(Value),
    /// JSON already serialized (a stored resource).
    JsonBytes(bytes::Bytes),
    Xml(String),
    /// A streamed body (Server-Sent Events) of the given media type.
    Stream(Body, &'static str),
    Empty,
}

impl Reply {
    pub(crate) fn json(status: StatusCode, body: Value) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: ReplyBody::Json(body),
        }
    }

    /// A JSON body already serialized.
    pub(crate) fn json_bytes(status: StatusCode, body: bytes::Bytes) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: ReplyBody::JsonBytes(body),
        }
    }

    pub(crate) fn empty(status: StatusCode) -> Self {
        Reply {
            status,
            headers: Vec::new(),
            body: ReplyBody::Empty,
        }
    }

    /// A streamed `200 OK` body (no `Content-Length`).
    pub(crate) fn stream(body: Body, media_type: &'static str) -> Self {
        Reply {
            status: StatusCode::OK,
            headers: Vec::new(),
            body: ReplyBody::Stream(body, media_type),
        }
    }

    pub(crate) fn xml(body: String) -> Self {
        Reply {
            status: StatusCode::OK,
            headers: Vec::new(),
            body: ReplyBody::Xml(body),
        }
    }

    /// An error response with the given Base messages.
    pub(crate) fn error(status: StatusCode, messages: Vec<Value>) -> Self {
        Reply::json(status, error_body(messages))
    }

    /// An error response with one Base message.
    pub(crate) fn base_error(status: StatusCode, key: &str, args: &[&str]) -> Self {
        Reply::error(status, vec![base(key, args)])
    }

    pub(crate) fn not_found(path: &str) -> Self {
        Reply::base_error(StatusCode::NOT_FOUND, "ResourceMissingAtURI", &[path])
    }

    pub(crate) fn method_not_allowed(allow: &str) -> Self {
        Reply::base_error(StatusCode::METHOD_NOT_ALLOWED, "OperationNotAllowed", &[])
            .header(header::ALLOW, allow)
    }

    pub(crate) fn unauthorized() -> Self {
        Reply::base_error(StatusCode::UNAUTHORIZED, "NoValidSession", &[]).header(
            header::WWW_AUTHENTICATE,
            "Basic realm=\"redfish-emulator\", charset=\"UTF-8\"",
        )
    }

    pub(crate) fn forbidden() -> Self {
        Reply::base_error(StatusCode::FORBIDDEN, "InsufficientPrivilege", &[])
    }

    pub(crate) fn bad_request(messages: Vec<Value>) -> Self {
        Reply::error(StatusCode::BAD_REQUEST, messages)
    }

    /// Adds a header; values that are not valid header text are skipped.
    pub(crate) fn header(mut self, name: HeaderName, value: &str) -> Self {
        if let Ok(v) = HeaderValue::from_str(value) {
            self.headers.retain(|(n, _)| n != name);
            self.headers.push((name, v));
        }
        self
    }

    /// Converts to an HTTP response; `corrupt` truncates a JSON body (fault injection) and
    /// `head` drops the body but keeps the headers.
    pub(crate) fn into_response(self, corrupt: bool, head: bool) -> Response {
        let mut status = self.status;
        let mut headers = HeaderMap::new();
        for (k, v) in self.headers {
            headers.insert(k, v);
        }
        headers.insert(
            HeaderName::from_static("odata-version"),
            HeaderValue::from_static("4.0"),
        );
        headers
            .entry(header::CACHE_CONTROL)
            .or_insert(HeaderValue::from_static("no-cache"));
        let json = |headers: &mut HeaderMap| {
            headers.insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            );
        };
        // Cut mid-document: unbalanced braces make it unparsable for sure.
        let truncate = |text: &[u8]| {
            let mut out = text[..text.len() / 2].to_vec();
            out.extend_from_slice(b"\"Trunc");
            Bytes::from(out)
        };
        if let ReplyBody::Stream(body, media_type) = self.body {
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(media_type));
            let mut resp = Response::new(if head { Body::empty() } else { body });
            *resp.status_mut() = status;
            *resp.headers_mut() = headers;
            return resp;
        }
        let bytes: Bytes = match self.body {
            ReplyBody::Json(v) => {
                json(&mut headers);
                let text = serde_json::to_vec(&v).unwrap_or_default();
                if corrupt {
                    status = StatusCode::OK;
                    truncate(&text)
                } else {
                    Bytes::from(text)
                }
            }
            ReplyBody::JsonBytes(b) => {
                json(&mut headers);
                if corrupt {
                    status = StatusCode::OK;
                    truncate(&b)
                } else {
                    b
                }
            }
            ReplyBody::Xml(x) => {
                headers.insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("application/xml; charset=utf-8"),
                );
                Bytes::from(x)
            }
            // Answered above.
            ReplyBody::Stream(..) => Bytes::new(),
            ReplyBody::Empty => {
                if corrupt {
                    headers.insert(
                        header::CONTENT_TYPE,
                        HeaderValue::from_static("application/json; charset=utf-8"),
                    );
                    status = StatusCode::OK;
                    Bytes::from_static(b"{\"@odata.id\": \"/redfish/v1")
                } else {
                    Bytes::new()
                }
            }
        };
        if let Ok(len) = HeaderValue::from_str(&bytes.len().to_string()) {
            headers.insert(header::CONTENT_LENGTH, len);
        }
        let body = if head {
            Body::empty()
        } else {
            Body::from(bytes)
        };
        let mut resp = Response::new(body);
        *resp.status_mut() = status;
        *resp.headers_mut() = headers;
        resp
    }
}
