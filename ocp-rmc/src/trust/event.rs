//! Security events, named as in the guide's threat table (section 6.7.3).

use std::fmt;

use time::OffsetDateTime;

/// The kind of a security event. [`EventKind::name`] is the exact text of the guide's
/// threat table, so that a log search for "Unrecognized Node on Rack" finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EventKind {
    /// Threat 4: a node presented a certificate that is not in the manifest.
    UnrecognizedNode,
    /// Threat 5: a node could not prove possession of the certificate it presented (wrong
    /// or replayed challenge answer, stale answer, no answer).
    SuspiciousNode,
    /// Threat 6: an updated manifest no longer lists a node; its session was terminated.
    RevokedNode,
    /// Threats 7, 8 and 9 (logged by the node): the rack manager's token, its binding to the
    /// announced certificate, or the node token it presented did not verify. Threat 9 calls
    /// this "Suspicious Node Manger", a typo of the same event (the draft also says "node
    /// manager" for the rack manager in 6.1.2 and 6.5.3): one name is kept.
    SuspiciousRackManager,
    /// Threat 1 (not named by the guide): a manifest was refused (bad signature, another
    /// CSP, another rack manager, older serial, invalid entry).
    ManifestRejected,
    /// Informational (6.6.2): a manifest was verified and installed.
    ManifestUpdated,
    /// Informational (6.5.3): a session was established with the peer.
    SessionEstablished,
}

impl EventKind {
    /// The event name as written in the guide ("Unrecognized Node on Rack", ...). Names the
    /// guide does not give are chosen in the same style.
    pub const fn name(self) -> &'static str {
        match self {
            Self::UnrecognizedNode => "Unrecognized Node on Rack",
            Self::SuspiciousNode => "Suspicious Node on Rack",
            Self::RevokedNode => "Revoked Node",
            Self::SuspiciousRackManager => "Suspicious Rack manager",
            Self::ManifestRejected => "Manageability Manifest Rejected",
            Self::ManifestUpdated => "Manageability Manifest Updated",
            Self::SessionEstablished => "Session Established",
        }
    }

    /// `true` for events that report an attack or a policy violation (as opposed to
    /// informational events).
    pub const fn is_alert(self) -> bool {
        !matches!(self, Self::ManifestUpdated | Self::SessionEstablished)
    }
}

impl fmt::Display for EventKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Why an exchange, token or manifest was refused. Carried by events and errors; the peer
/// never learns it (it only sees silence).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Reason {
    /// The node certificate is not listed in the installed manifest.
    NotInManifest,
    /// The rack manager has no manifest (or no token) yet.
    NotProvisioned,
    /// The challenge answer could not be decrypted/authenticated with the node's key.
    UndecryptableResponse,
    /// The challenge answer decrypted but did not contain the challenge that was sent.
    ChallengeMismatch,
    /// No challenge is outstanding for this node (answer replayed or never asked).
    UnexpectedResponse,
    /// The answer's time is outside the allowed clock skew, or it came after the deadline.
    StaleResponse,
    /// The node never answered the challenge before its deadline.
    NoResponse,
    /// The node is no longer listed by the newly installed manifest.
    RemovedFromManifest,
    /// The challenge refers to a rack manager certificate that was not announced first.
    UnannouncedRackManager,
    /// The challenge could not be decrypted/authenticated with the announced rack manager key.
    UndecryptableChallenge,
    /// A token's certificate is not signed by the expected CSP (another CSP, forged).
    ForeignCsp,
    /// A token is malformed, expired, or of the wrong role.
    InvalidToken,
    /// The rack manager token's key differs from the certificate the rack manager announced.
    RackManagerKeyMismatch,
    /// The node token presented by the rack manager is not this node's token.
    NodeTokenMismatch,
    /// The challenge's time is outside the allowed clock skew.
    StaleChallenge,
    /// This exact challenge was already answered.
    ReplayedChallenge,
    /// A sealed token is not addressed to this key, or was altered.
    UndecryptableToken,
    /// The token certifies another key than the holder's.
    TokenKeyMismatch,
    /// The manifest signature does not verify under the CSP key.
    BadSignature,
    /// The manifest is signed by a CSP other than the rack manager's.
    ManifestFromForeignCsp,
    /// The manifest designates another rack manager.
    ManifestForOtherRackManager,
    /// The manifest serial is not newer than the installed one (rollback/replay).
    ManifestRollback,
    /// The manifest is issued in the future or its CSP certificate is not valid now.
    ManifestNotValidNow,
    /// A manifest entry is malformed, duplicated or its token does not match the node.
    InvalidManifestEntry,
    /// The manifest document itself is malformed (type, encoding).
    MalformedManifest,
}

impl Reason {
    /// A short English description.
    pub const fn description(self) -> &'static str {
        match self {
            Self::NotInManifest => "node certificate not in the manageability manifest",
            Self::NotProvisioned => "no token or manifest installed",
            Self::UndecryptableResponse => "challenge answer not decryptable with the node key",
            Self::ChallengeMismatch => "challenge answer does not match the challenge sent",
            Self::UnexpectedResponse => "no outstanding challenge (replayed or unsolicited answer)",
            Self::StaleResponse => "challenge answer is not fresh",
            Self::NoResponse => "no answer to the challenge before the deadline",
            Self::RemovedFromManifest => "node removed from the manageability manifest",
            Self::UnannouncedRackManager => {
                "challenge from a rack manager that did not announce itself"
            }
            Self::UndecryptableChallenge => {
                "challenge not decryptable with the announced rack manager key"
            }
            Self::ForeignCsp => "token not signed by the expected CSP",
            Self::InvalidToken => "token malformed, expired or of the wrong role",
            Self::RackManagerKeyMismatch => "rack manager token does not certify the announced key",
            Self::NodeTokenMismatch => "node token presented is not this node's token",
            Self::StaleChallenge => "challenge is not fresh",
            Self::ReplayedChallenge => "challenge already answered (replay)",
            Self::UndecryptableToken => "sealed token not addressed to this key or altered",
            Self::TokenKeyMismatch => "token certifies another key",
            Self::BadSignature => "manifest signature does not verify",
            Self::ManifestFromForeignCsp => "manifest signed by another CSP",
            Self::ManifestForOtherRackManager => "manifest designates another rack manager",
            Self::ManifestRollback => "manifest serial not newer than the installed one",
            Self::ManifestNotValidNow => {
                "manifest issued in the future or CSP certificate not valid"
            }
            Self::InvalidManifestEntry => "invalid manifest entry",
            Self::MalformedManifest => "malformed manifest",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.description())
    }
}

/// One entry of a security log.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct SecurityEvent {
    /// What happened.
    pub kind: EventKind,
    /// Why.
    pub reason: Option<Reason>,
    /// When (the `now` given to the state machine).
    pub at: OffsetDateTime,
    /// Who: a node name from the manifest, a certificate subject, or a SHA-256
    /// fingerprint (hex) when nothing better is known.
    pub subject: String,
}

impl fmt::Display for SecurityEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let at = self
            .at
            .to_offset(time::UtcOffset::UTC)
            .replace_nanosecond(0)
            .ok()
            .and_then(|t| {
                t.format(&time::format_description::well_known::Rfc3339)
                    .ok()
            })
            .unwrap_or_else(|| self.at.to_string());
        write!(f, "{at} [{}] {}", self.kind, self.subject)?;
        if let Some(r) = self.reason {
            write!(f, ": {r}")?;
        }
        Ok(())
    }
}

/// An append-only security log, as kept by a rack manager or a node.
#[derive(Debug, Clone, Default)]
pub struct EventLog {
    events: Vec<SecurityEvent>,
}

impl EventLog {
    pub(crate) fn record(
        &mut self,
        kind: EventKind,
        reason: Option<Reason>,
        at: OffsetDateTime,
        subject: impl Into<String>,
    ) {
        let event = SecurityEvent {
            kind,
            reason,
            at,
            subject: subject.into(),
        };
        if kind.is_alert() {
            tracing::warn!(event = %event, "OpenRMC security event");
        } else {
            tracing::info!(event = %event, "OpenRMC trust event");
        }
        self.events.push(event);
    }

    /// All events, oldest first.
    pub fn events(&self) -> &[SecurityEvent] {
        &self.events
    }

    /// Events of one kind.
    pub fn of_kind(&self, kind: EventKind) -> impl Iterator<Item = &SecurityEvent> + '_ {
        self.events.iter().filter(move |e| e.kind == kind)
    }

    /// `true` when an event of `kind` with `reason` was recorded.
    pub fn contains(&self, kind: EventKind, reason: Reason) -> bool {
        self.events
            .iter()
            .any(|e| e.kind == kind && e.reason == Some(reason))
    }

    /// The most recent event.
    pub fn last(&self) -> Option<&SecurityEvent> {
        self.events.last()
    }

    /// Removes and returns every event, e.g. to forward them to the service's `LogService`
    /// and keep memory bounded.
    pub fn drain(&mut self) -> Vec<SecurityEvent> {
        std::mem::take(&mut self.events)
    }

    /// Number of events.
    pub fn len(&self) -> usize {
        self.events.len()
    }

    /// `true` when nothing was logged.
    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }
}
