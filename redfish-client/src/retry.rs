//! Retry policy for idempotent requests.

use std::time::{Duration, SystemTime};

use reqwest::Method;
use reqwest::header::{HeaderMap, RETRY_AFTER};

/// When and how long to wait before repeating a request.
///
/// Only requests that are safe to repeat are retried: `GET`/`HEAD`, and `PATCH` sent with
/// `If-Match` (the ETag makes a repeat a no-op or a 412). They are retried on `503 Service
/// Unavailable`, on timeouts and on transport errors. Any method, `POST` included, is retried
/// when the connection could not be established at all (the request never left). A `POST`
/// whose connection broke after sending is **never** repeated: the service may have acted.
///
/// The delay before retry *n* (0-based) is `initial_backoff * 2^n`, capped at `max_backoff`;
/// a `Retry-After` from the service replaces it, capped at `max_retry_after`.
///
/// ```
/// use std::time::Duration;
/// use redfish_client::RetryPolicy;
/// let p = RetryPolicy::default().max_retries(5).initial_backoff(Duration::from_millis(100));
/// assert_eq!(p.delay(0, None), Duration::from_millis(100));
/// assert_eq!(p.delay(2, None), Duration::from_millis(400));
/// assert_eq!(p.delay(0, Some(Duration::from_secs(3))), Duration::from_secs(3));
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// 3 retries, 500 ms initial back-off, 10 s maximum back-off, `Retry-After` capped at 60 s.
    fn default() -> Self {
        Self {
            max_retries: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(10),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        Self {
            max_retries: 0,
            ..Self::default()
        }
    }

    /// Maximum number of repeats after the first attempt.
    #[must_use]
    pub fn max_retries(mut self, n: u32) -> Self {
        self.max_retries = n;
        self
    }

    /// Delay before the first retry (doubles each time).
    #[must_use]
    pub fn initial_backoff(mut self, d: Duration) -> Self {
        self.initial_backoff = d;
        self
    }

    /// Upper bound of the exponential back-off.
    #[must_use]
    pub fn max_backoff(mut self, d: Duration) -> Self {
        self.max_backoff = d;
        self
    }

    /// Upper bound of a service-sent `Retry-After`.
    #[must_use]
    pub fn max_retry_after(mut self, d: Duration) -> Self {
        self.max_retry_after = d;
        self
    }

    /// The configured maximum number of retries.
    pub fn retries(&self) -> u32 {
        self.max_retries
    }

    /// The delay before retry number `attempt` (0 for the first retry).
    pub fn delay(&self, attempt: u32, retry_after: Option<Duration>) -> Duration {
        if let Some(ra) = retry_after {
            return ra.min(self.max_retry_after);
        }
        let factor = 2u32.saturating_pow(attempt.min(30));
        self.initial_backoff
            .saturating_mul(factor)
            .min(self.max_backoff)
    }
}

/// Whether a request may be repeated once it may have reached the service.
pub(crate) fn is_idempotent(method: &Method, has_if_match: bool) -> bool {
    *method == Method::GET || *method == Method::HEAD || (*method == Method::PATCH && has_if_match)
}

/// Parses `Retry-After`: delay-seconds or an HTTP-date (relative to the system clock).
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let v = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(secs) = v.parse::<u64>() {
        return Some(Duration::from_secs(secs));
    }
    let when = httpdate::parse_http_date(v).ok()?;
    Some(
        when.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use reqwest::header::HeaderValue;

    #[test]
    fn backoff_doubles_and_is_capped() {
        let p = RetryPolicy::default()
            .initial_backoff(Duration::from_secs(1))
            .max_backoff(Duration::from_secs(5));
        let delays: Vec<_> = (0..5).map(|n| p.delay(n, None).as_secs()).collect();
        assert_eq!(delays, [1, 2, 4, 5, 5]);
        assert_eq!(p.delay(u32::MAX, None), Duration::from_secs(5));
    }

    #[test]
    fn retry_after_wins_but_is_capped() {
        let p = RetryPolicy::default().max_retry_after(Duration::from_secs(30));
        assert_eq!(
            p.delay(3, Some(Duration::from_secs(7))),
            Duration::from_secs(7)
        );
        assert_eq!(
            p.delay(0, Some(Duration::from_secs(3600))),
            Duration::from_secs(30)
        );
        assert_eq!(RetryPolicy::none().retries(), 0);
    }

    #[test]
    fn only_safe_requests_are_idempotent() {
        assert!(is_idempotent(&Method::GET, false));
        assert!(is_idempotent(&Method::PATCH, true));
        assert!(!is_idempotent(&Method::PATCH, false));
        assert!(!is_idempotent(&Method::POST, false));
        assert!(!is_idempotent(&Method::POST, true));
        assert!(!is_idempotent(&Method::DELETE, false));
    }

    #[test]
    fn parses_retry_after_forms() {
        let mut h = HeaderMap::new();
        assert_eq!(retry_after(&h), None);
        h.insert(RETRY_AFTER, HeaderValue::from_static("2"));
        assert_eq!(retry_after(&h), Some(Duration::from_secs(2)));
        h.insert(
            RETRY_AFTER,
            HeaderValue::from_static("Wed, 21 Oct 2015 07:28:00 GMT"),
        );
        assert_eq!(
            retry_after(&h),
            Some(Duration::ZERO),
            "a past date means now"
        );
        h.insert(RETRY_AFTER, HeaderValue::from_static("soon"));
        assert_eq!(retry_after(&h), None);
    }
}
