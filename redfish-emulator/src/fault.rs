//! Fault injection, switchable per request path, for testing clients against misbehaving BMCs.

use std::time::Duration;

/// A fault the emulator injects into requests whose path starts with a given prefix.
///
/// Register faults with [`RunningEmulator::inject`](crate::RunningEmulator::inject).
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Fault {
    /// Wait this long before handling the request (not time-scaled).
    Delay(Duration),
    /// Close the connection without sending any response.
    DropConnection,
    /// Answer `503 Service Unavailable` with `Retry-After` and the Base
    /// `ServiceTemporarilyUnavailable` message.
    ServiceUnavailable {
        /// Value of the `Retry-After` header, in seconds.
        retry_after_secs: u64,
    },
    /// Handle the request, then send a truncated, unparsable JSON body with status 200.
    MalformedJson,
    /// Invalidate the session whose token the request carries and answer `401` with
    /// `NoValidSession`, as a BMC whose session timed out would.
    ExpireSession,
}

#[derive(Debug, Clone)]
pub(crate) struct FaultRule {
    pub prefix: String,
    pub fault: Fault,
    pub remaining: Option<u32>,
}

/// The registered faults; the most recently injected matching rule wins.
#[derive(Debug, Default)]
pub(crate) struct FaultTable {
    rules: Vec<FaultRule>,
}

impl FaultTable {
    pub(crate) fn inject(&mut self, prefix: &str, fault: Fault, times: Option<u32>) {
        if times == Some(0) {
            return;
        }
        self.rules.push(FaultRule {
            prefix: crate::tree::normalize(prefix),
            fault,
            remaining: times,
        });
    }

    pub(crate) fn clear(&mut self) {
        self.rules.clear();
    }

    /// Takes the fault for a request path, consuming one use of it.
    pub(crate) fn take(&mut self, path: &str) -> Option<Fault> {
        if self.rules.is_empty() {
            return None;
        }
        let path = crate::tree::normalize(path);
        // Plain string prefixes: "/redfish/v1/Sess" matches the Sessions collection too.
        let idx = self
            .rules
            .iter()
            .rposition(|r| r.prefix == "/" || path.starts_with(&r.prefix))?;
        let rule = &mut self.rules[idx];
        let fault = rule.fault.clone();
        if let Some(n) = rule.remaining.as_mut() {
            *n -= 1;
            if *n == 0 {
                self.rules.remove(idx);
            }
        }
        Some(fault)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counted_faults_run_out() {
        let mut t = FaultTable::default();
        t.inject("/redfish/v1/Systems", Fault::DropConnection, Some(2));
        assert_eq!(t.take("/redfish/v1/Systems/1"), Some(Fault::DropConnection));
        assert_eq!(t.take("/redfish/v1/Chassis"), None);
        assert_eq!(t.take("/redfish/v1/Systems/"), Some(Fault::DropConnection));
        assert_eq!(t.take("/redfish/v1/Systems"), None);
    }

    #[test]
    fn latest_rule_wins_and_clear_removes_all() {
        let mut t = FaultTable::default();
        t.inject("/redfish/v1", Fault::MalformedJson, None);
        t.inject("/redfish/v1/Chassis", Fault::ExpireSession, None);
        assert_eq!(t.take("/redfish/v1/Chassis/1"), Some(Fault::ExpireSession));
        assert_eq!(t.take("/redfish/v1/Systems"), Some(Fault::MalformedJson));
        assert_eq!(t.take("/redfish/v1/Systems"), Some(Fault::MalformedJson));
        t.clear();
        assert_eq!(t.take("/redfish/v1/Systems"), None);
    }
}
