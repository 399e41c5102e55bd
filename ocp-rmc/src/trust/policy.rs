//! Freshness limits shared by both state machines.

use time::Duration;

/// Freshness limits (6.5.3: "check the freshness of nonce/time").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct TrustPolicy {
    /// Largest accepted difference between a peer's clock (the time in its message) and
    /// ours. Default 2 minutes.
    pub max_clock_skew: Duration,
    /// How long a rack manager waits for the answer to a challenge. Default 30 seconds.
    pub challenge_timeout: Duration,
}

impl Default for TrustPolicy {
    fn default() -> Self {
        Self {
            max_clock_skew: Duration::minutes(2),
            challenge_timeout: Duration::seconds(30),
        }
    }
}

impl TrustPolicy {
    /// Sets [`TrustPolicy::max_clock_skew`].
    #[must_use]
    pub fn with_max_clock_skew(mut self, d: Duration) -> Self {
        self.max_clock_skew = d;
        self
    }

    /// Sets [`TrustPolicy::challenge_timeout`].
    #[must_use]
    pub fn with_challenge_timeout(mut self, d: Duration) -> Self {
        self.challenge_timeout = d;
        self
    }

    pub(crate) fn is_fresh(
        &self,
        peer_time: time::OffsetDateTime,
        now: time::OffsetDateTime,
    ) -> bool {
        (now - peer_time).abs() <= self.max_clock_skew
    }
}
