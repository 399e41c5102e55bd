//! Redaction of secrets in bodies logged with
//! [`ClientBuilder::trace_bodies`](crate::ClientBuilder::trace_bodies).

use reqwest::Method;
use serde_json::Value;

const REDACTED: &str = "<redacted>";

/// `true` for property names that hold secrets: passwords, passphrases, tokens, private
/// keys, community strings, challenge passwords... (case-insensitive).
pub(crate) fn is_secret_name(name: &str) -> bool {
    let n = name.to_ascii_lowercase();
    n.contains("password")
        || n.contains("passphrase")
        || n.contains("secret")
        || n.ends_with("token")
        || n.ends_with("key")
        || n.contains("privatekey")
        || n.contains("communitystring")
        // EventDestination.HttpHeaders: the listener's credentials (`Authorization`...).
        || n == "httpheaders"
        || n == "authorization"
}

/// Replaces the value of every secret-named property, at any depth.
pub(crate) fn redact(v: &mut Value) {
    match v {
        Value::Object(m) => {
            for (k, x) in m.iter_mut() {
                if is_secret_name(k) && !x.is_null() {
                    *x = Value::String(REDACTED.into());
                } else {
                    redact(x);
                }
            }
        }
        Value::Array(a) => a.iter_mut().for_each(redact),
        _ => {}
    }
}

/// Emits a body as a `trace` event, redacted; non-JSON bodies only by size.
pub(crate) fn trace_body(direction: &str, host: &str, method: &Method, uri: &str, body: &[u8]) {
    if !tracing::enabled!(target: "redfish_client::body", tracing::Level::TRACE) {
        return;
    }
    match serde_json::from_slice::<Value>(body) {
        Ok(mut v) => {
            redact(&mut v);
            tracing::trace!(target: "redfish_client::body", host, %method, uri, direction, body = %v, "body");
        }
        Err(_) => {
            tracing::trace!(target: "redfish_client::body", host, %method, uri, direction, bytes = body.len(), "non-JSON body")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secrets_are_redacted_at_any_depth() {
        let mut v = serde_json::json!({
            "UserName": "admin", "Password": "pw1",
            "Oem": {"Hpe": {"ChallengePassword": "pw2", "Items": [{"ApiToken": "t"}]}},
            "KeyUsage": ["DigitalSignature"], "PrivateKey": "k", "Id": "1"
        });
        redact(&mut v);
        let s = v.to_string();
        for secret in ["pw1", "pw2", "\"t\"", "\"k\""] {
            assert!(!s.contains(secret), "{s}");
        }
        assert_eq!(v["UserName"], "admin");
        assert_eq!(v["KeyUsage"][0], "DigitalSignature");
        assert_eq!(v["Id"], "1");
    }
}
