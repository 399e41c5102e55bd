//! The managed node's side of discovery and authentication (6.5.3).

use std::collections::VecDeque;

use time::OffsetDateTime;
use x509_cert::Certificate;

use super::crypto::{self, Fingerprint, Sender};
use super::error::{TrustError, TrustResult};
use super::event::{EventKind, EventLog, Reason, SecurityEvent};
use super::identity::Identity;
use super::message::{
    self, Challenge, ChallengePayload, ChallengeResponse, DiscoveryMessage, DiscoveryRequest,
    NodeHello, ResponsePayload,
};
use super::policy::TrustPolicy;
use super::session::{self, Session};
use super::token::{Role, SealedToken, Token};

/// How many announced rack manager certificates a node remembers while waiting for their
/// challenge (announcements are unauthenticated, so this is bounded).
const MAX_ANNOUNCED: usize = 8;

/// The node state machine. Sans-IO, like [`RackManager`](super::RackManager).
///
/// Provisioning: [`Node::install_token`] (the node token from its CSP, 5.29). Discovery:
/// rack manager → [`Node::handle_discovery`] (always answers with the node certificate,
/// which is public) → rack manager → [`Node::handle_challenge`] (an answer or silence and
/// "Suspicious Rack manager" in the node's log).
pub struct Node {
    identity: Identity,
    policy: TrustPolicy,
    token: Option<Token>,
    announced: VecDeque<(Fingerprint, Certificate)>,
    answered: Vec<([u8; 32], OffsetDateTime)>,
    session: Option<Session>,
    log: EventLog,
}

impl std::fmt::Debug for Node {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Node")
            .field("identity", &self.identity)
            .field("has_token", &self.token.is_some())
            .field("session", &self.session.as_ref().map(|s| &s.id))
            .finish_non_exhaustive()
    }
}

impl Node {
    /// A node with its identity (key + certificate) and freshness policy.
    pub fn new(identity: Identity, policy: TrustPolicy) -> Self {
        Self {
            identity,
            policy,
            token: None,
            announced: VecDeque::new(),
            answered: Vec::new(),
            session: None,
            log: EventLog::default(),
        }
    }

    /// The identity.
    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    /// Installs the node token placed by the CSP (5.29): opens it with the identity key and
    /// checks that it is a node token for this key, signed by the CSP certificate it
    /// carries. That CSP becomes the node's trust anchor for rack manager tokens.
    ///
    /// # Errors
    ///
    /// [`TrustError::Token`] with the reason (e.g. [`Reason::UndecryptableToken`] for a token
    /// sealed to another node).
    pub fn install_token(&mut self, sealed: &SealedToken, now: OffsetDateTime) -> TrustResult<()> {
        let token = sealed
            .open(self.identity.key())
            .map_err(TrustError::Token)?;
        token
            .verify_self_contained(Role::Node, now)
            .map_err(TrustError::Token)?;
        if !token.certifies(&self.identity.key().public_key()) {
            return Err(TrustError::Token(Reason::TokenKeyMismatch));
        }
        if self
            .token
            .as_ref()
            .is_some_and(|t| t.csp_certificate() != token.csp_certificate())
        {
            self.session = None;
        }
        self.token = Some(token);
        Ok(())
    }

    /// The installed token, if any.
    pub fn token(&self) -> Option<&Token> {
        self.token.as_ref()
    }

    /// Message 1 → 2: remembers the announced rack manager certificate and answers with the
    /// node certificate. An unparsable announcement gets no answer.
    pub fn handle_discovery(&mut self, request: &DiscoveryRequest) -> Option<NodeHello> {
        let cert = crypto::certificate_from_pem(&request.rack_manager_certificate).ok()?;
        let fp = Fingerprint::of_certificate(&cert).ok()?;
        self.announced.retain(|(f, _)| *f != fp);
        if self.announced.len() == MAX_ANNOUNCED {
            self.announced.pop_front();
        }
        self.announced.push_back((fp, cert));
        Some(NodeHello {
            node_certificate: self.identity.certificate_pem().ok()?,
        })
    }

    fn suspicious(
        &mut self,
        reason: Reason,
        now: OffsetDateTime,
        who: String,
    ) -> Option<ChallengeResponse> {
        self.log
            .record(EventKind::SuspiciousRackManager, Some(reason), now, who);
        None
    }

    /// Message 3 → 4: authenticates the rack manager. The challenge must come from the
    /// announced rack manager (HPKE auth mode under its key), carry a rack manager token of
    /// this node's CSP for that same key (threats 7, 9), carry this node's own token
    /// (threat 8: only the designated rack manager has it), be fresh and not replayed. Then
    /// the node answers `[challenge + nonce + time]` sealed to the rack manager and keeps the
    /// session; otherwise it stays silent and logs "Suspicious Rack manager". A node that has
    /// no token yet cannot authenticate anyone and stays silent without logging.
    pub fn handle_challenge(
        &mut self,
        challenge: &Challenge,
        now: OffsetDateTime,
    ) -> Option<ChallengeResponse> {
        let own = self.identity.fingerprint();
        let token = self.token.clone()?;
        let Some((rm_fp, rm_cert)) = self
            .announced
            .iter()
            .find(|(f, _)| *f == challenge.rack_manager)
            .cloned()
        else {
            return self.suspicious(
                Reason::UnannouncedRackManager,
                now,
                challenge.rack_manager.to_hex(),
            );
        };
        let who = format!("{} ({rm_fp})", rm_cert.tbs_certificate().subject());
        let Ok(rm_key) = crypto::certificate_key(&rm_cert) else {
            return self.suspicious(Reason::UndecryptableChallenge, now, who);
        };
        if challenge.node != own {
            return self.suspicious(Reason::UndecryptableChallenge, now, who);
        }
        let plain = crypto::open(
            self.identity.key().secret(),
            Some(&rm_key),
            message::CHALLENGE_INFO,
            &message::binding(&rm_fp, &own),
            &challenge.sealed,
        );
        let Some(plain) = plain.map(zeroize::Zeroizing::new) else {
            return self.suspicious(Reason::UndecryptableChallenge, now, who);
        };
        let Ok(payload) = serde_json::from_slice::<ChallengePayload>(&plain) else {
            return self.suspicious(Reason::InvalidToken, now, who);
        };
        let (Ok(rm_token), Ok(node_token)) = (
            Token::from_pem(&payload.rack_manager_token),
            Token::from_pem(&payload.node_token),
        ) else {
            return self.suspicious(Reason::InvalidToken, now, who);
        };
        if let Err(reason) = rm_token.verify(token.csp_certificate(), Role::RackManager, now) {
            return self.suspicious(reason, now, who);
        }
        if !rm_token.certifies(&rm_key) {
            return self.suspicious(Reason::RackManagerKeyMismatch, now, who);
        }
        if node_token != token {
            return self.suspicious(Reason::NodeTokenMismatch, now, who);
        }
        if !self.policy.is_fresh(payload.issued_at, now) {
            return self.suspicious(Reason::StaleChallenge, now, who);
        }
        let Ok(challenge_bytes) = <[u8; 32]>::try_from(payload.challenge.as_slice()) else {
            return self.suspicious(Reason::InvalidToken, now, who);
        };
        // Challenges older than the skew window are refused as stale, so the replay cache
        // only needs to remember that window.
        let window = self.policy.max_clock_skew;
        self.answered.retain(|(_, at)| now - *at <= window * 2);
        if self
            .answered
            .iter()
            .any(|(c, _)| crypto::ct_eq(c, &challenge_bytes))
        {
            return self.suspicious(Reason::ReplayedChallenge, now, who);
        }

        let nonce = crypto::random::<32>().ok()?;
        let reply = ResponsePayload {
            challenge: challenge_bytes.to_vec(),
            nonce: nonce.to_vec(),
            node_time: now,
        };
        let reply = zeroize::Zeroizing::new(serde_json::to_vec(&reply).ok()?);
        let sealed = crypto::seal(
            Sender::Authenticated(self.identity.key().secret()),
            &rm_key,
            message::RESPONSE_INFO,
            &message::binding(&own, &rm_fp),
            &reply,
        )
        .ok()?;
        let (id, key) = session::derive(&challenge_bytes, &nonce, &rm_fp, &own).ok()?;
        self.answered.push((challenge_bytes, now));
        let peer_name = rm_token.name().unwrap_or_else(|| rm_fp.to_hex());
        self.log.record(
            EventKind::SessionEstablished,
            None,
            now,
            format!("{peer_name} session {id}"),
        );
        self.session = Some(Session {
            id,
            key,
            peer: rm_fp,
            peer_name,
            established_at: now,
        });
        Some(ChallengeResponse {
            node: own,
            rack_manager: rm_fp,
            sealed,
        })
    }

    /// Dispatches a message addressed to the node (1 or 3); `None` is silence.
    pub fn handle(
        &mut self,
        message: &DiscoveryMessage,
        now: OffsetDateTime,
    ) -> Option<DiscoveryMessage> {
        match message {
            DiscoveryMessage::DiscoveryRequest(r) => self.handle_discovery(r).map(Into::into),
            DiscoveryMessage::Challenge(c) => self.handle_challenge(c, now).map(Into::into),
            _ => None,
        }
    }

    /// The session with the rack manager, once authenticated.
    pub fn session(&self) -> Option<&Session> {
        self.session.as_ref()
    }

    /// Ends the session (e.g. when the rack manager closes it after a revocation).
    pub fn end_session(&mut self) {
        self.session = None;
    }

    /// The node's security log.
    pub fn log(&self) -> &EventLog {
        &self.log
    }

    /// The node's security events, oldest first.
    pub fn events(&self) -> &[SecurityEvent] {
        self.log.events()
    }

    /// Removes and returns the logged events (see [`EventLog::drain`]).
    pub fn take_events(&mut self) -> Vec<SecurityEvent> {
        self.log.drain()
    }
}
