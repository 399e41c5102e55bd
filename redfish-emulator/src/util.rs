//! Small helpers shared by the modules.

use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

/// The current time as `YYYY-MM-DDThh:mm:ss+00:00` (whole seconds, as BMCs send).
pub(crate) fn now_rfc3339() -> String {
    rfc3339(OffsetDateTime::now_utc())
}

/// Formats a time as `YYYY-MM-DDThh:mm:ss+00:00`.
pub(crate) fn rfc3339(t: OffsetDateTime) -> String {
    let t = t
        .to_offset(time::UtcOffset::UTC)
        .replace_nanosecond(0)
        .unwrap_or(t);
    t.format(&Rfc3339)
        .map(|s| s.replace('Z', "+00:00"))
        .unwrap_or_else(|_| "1970-01-01T00:00:00+00:00".to_owned())
}

/// Reads the `@odata.id` of a link object, or a bare URI string (lenient clients send those).
pub(crate) fn link_target(v: &Value) -> Option<&str> {
    match v {
        Value::String(s) => Some(s.as_str()),
        Value::Object(o) => o.get("@odata.id").and_then(Value::as_str),
        _ => None,
    }
}

/// A link object.
pub(crate) fn link(path: &str) -> Value {
    serde_json::json!({ "@odata.id": path })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_have_seconds_and_offset() {
        let t = OffsetDateTime::from_unix_timestamp(1_700_000_000).unwrap();
        assert_eq!(rfc3339(t), "2023-11-14T22:13:20+00:00");
    }
}
