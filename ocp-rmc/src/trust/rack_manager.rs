//! The rack manager's side of discovery, authentication and revocation (6.5, 6.6).

use std::collections::HashMap;

use time::OffsetDateTime;
use x509_cert::Certificate;

use super::crypto::{self, Fingerprint, Sender};
use super::error::{TrustError, TrustResult};
use super::event::{EventKind, EventLog, Reason, SecurityEvent};
use super::identity::Identity;
use super::manifest::{ManageabilityManifest, VerifiedManifest};
use super::message::{
    self, Challenge, ChallengePayload, ChallengeResponse, DiscoveryMessage, DiscoveryRequest,
    NodeHello, ResponsePayload,
};
use super::policy::TrustPolicy;
use super::session::{self, Session};
use super::token::{Role, SealedToken, Token};

/// An entry of the Managed Node List (6.3: "Node Certificate + Time Stamp of Initial session
/// establishment").
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct ManagedNode {
    /// The manifest's `NodeName`.
    pub name: String,
    /// The node's identity certificate.
    pub certificate: Certificate,
    /// Its fingerprint.
    pub fingerprint: Fingerprint,
    /// When the first session with this node was established.
    pub first_session_at: OffsetDateTime,
}

/// What installing a manifest changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct ManifestUpdate {
    /// The serial now installed.
    pub serial: u64,
    /// Nodes no longer listed whose sessions were terminated / entries removed from the
    /// Managed Node List ("Revoked Node" is logged for each).
    pub revoked: Vec<String>,
    /// `true` when the same manifest was already installed (nothing changed).
    pub unchanged: bool,
}

struct Pending {
    name: String,
    challenge: [u8; 32],
    sent_at: OffsetDateTime,
}

struct Installed {
    manifest: VerifiedManifest,
    signed_bytes: Vec<u8>,
}

/// The rack manager state machine. Sans-IO: it consumes and produces messages and takes the
/// current time as an argument; it never reads a clock or touches a network.
///
/// Provisioning: [`RackManager::install_token`] (its token, from the CSP), then
/// [`RackManager::install_manifest`]. Discovery of a node:
/// [`RackManager::announce`] → node → [`RackManager::handle_hello`] (a [`Challenge`] or
/// silence) → node → [`RackManager::handle_response`] (a [`Session`] or silence); call
/// [`RackManager::expire`] periodically to give up on nodes that never answer.
pub struct RackManager {
    identity: Identity,
    policy: TrustPolicy,
    token: Option<Token>,
    manifest: Option<Installed>,
    pending: HashMap<Fingerprint, Pending>,
    managed: Vec<ManagedNode>,
    sessions: HashMap<Fingerprint, Session>,
    log: EventLog,
}

impl std::fmt::Debug for RackManager {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RackManager")
            .field("identity", &self.identity)
            .field("has_token", &self.token.is_some())
            .field(
                "manifest_serial",
                &self.manifest.as_ref().map(|m| m.manifest.serial()),
            )
            .field("managed_nodes", &self.managed.len())
            .field("sessions", &self.sessions.len())
            .finish_non_exhaustive()
    }
}

fn subject_of(cert: &Certificate) -> String {
    cert.tbs_certificate().subject().to_string()
}

impl RackManager {
    /// A rack manager with its identity (key + certificate) and freshness policy.
    pub fn new(identity: Identity, policy: TrustPolicy) -> Self {
        Self {
            identity,
            policy,
            token: None,
            manifest: None,
            pending: HashMap::new(),
            managed: Vec::new(),
            sessions: HashMap::new(),
            log: EventLog::default(),
        }
    }

    /// The identity.
    pub fn identity(&self) -> &Identity {
        &self.identity
    }

    /// Installs the rack manager token placed by the CSP (5.30.1): opens it with the
    /// identity key and checks that it is a rack manager token for this key, signed by the
    /// CSP certificate it carries, which becomes the rack manager's trust anchor. A token of
    /// another CSP (change of owner) clears the manifest, sessions and Managed Node List.
    ///
    /// # Errors
    ///
    /// [`TrustError::Token`] with the reason.
    pub fn install_token(&mut self, sealed: &SealedToken, now: OffsetDateTime) -> TrustResult<()> {
        let token = sealed
            .open(self.identity.key())
            .map_err(TrustError::Token)?;
        token
            .verify_self_contained(Role::RackManager, now)
            .map_err(TrustError::Token)?;
        if !token.certifies(&self.identity.key().public_key()) {
            return Err(TrustError::Token(Reason::TokenKeyMismatch));
        }
        let same_csp = self
            .token
            .as_ref()
            .is_some_and(|t| t.csp_certificate() == token.csp_certificate());
        if !same_csp {
            self.manifest = None;
            self.pending.clear();
            self.sessions.clear();
            self.managed.clear();
        }
        self.token = Some(token);
        Ok(())
    }

    /// The installed token, if any.
    pub fn token(&self) -> Option<&Token> {
        self.token.as_ref()
    }

    /// Verifies and installs a manifest (5.30.2, 6.6.2). Nodes that the new manifest no
    /// longer lists are revoked: their sessions are terminated, they leave the Managed Node
    /// List and "Revoked Node" is logged. A refused manifest leaves everything as it was and
    /// logs "Manageability Manifest Rejected".
    ///
    /// # Errors
    ///
    /// [`TrustError::NotProvisioned`] without a token; [`TrustError::Manifest`] with the
    /// reason (bad signature, another CSP, another rack manager, not newer, bad entry...).
    pub fn install_manifest(
        &mut self,
        manifest: &ManageabilityManifest,
        now: OffsetDateTime,
    ) -> TrustResult<ManifestUpdate> {
        let Some(token) = &self.token else {
            self.log.record(
                EventKind::ManifestRejected,
                Some(Reason::NotProvisioned),
                now,
                "manifest",
            );
            return Err(TrustError::NotProvisioned("the rack manager has no token"));
        };
        let subject = format!("manifest serial {}", manifest.manifest_serial);
        let verified = manifest
            .verify(
                token.csp_certificate(),
                self.identity.key(),
                now,
                self.policy.max_clock_skew,
            )
            .and_then(|v| {
                let bytes = manifest
                    .signed_bytes()
                    .map_err(|_| Reason::MalformedManifest)?;
                Ok((v, bytes))
            });
        let (verified, signed_bytes) = match verified {
            Ok(v) => v,
            Err(reason) => {
                self.log
                    .record(EventKind::ManifestRejected, Some(reason), now, subject);
                return Err(TrustError::Manifest(reason));
            }
        };
        if let Some(installed) = &self.manifest {
            if installed.signed_bytes == signed_bytes {
                return Ok(ManifestUpdate {
                    serial: verified.serial(),
                    revoked: Vec::new(),
                    unchanged: true,
                });
            }
            if verified.serial() <= installed.manifest.serial() {
                let reason = Reason::ManifestRollback;
                self.log
                    .record(EventKind::ManifestRejected, Some(reason), now, subject);
                return Err(TrustError::Manifest(reason));
            }
        }

        let listed = |fp: &Fingerprint| verified.find(fp).is_some();
        let mut revoked = Vec::new();
        let mut names: HashMap<Fingerprint, String> = self
            .managed
            .iter()
            .map(|m| (m.fingerprint, m.name.clone()))
            .collect();
        names.extend(
            self.sessions
                .iter()
                .map(|(fp, s)| (*fp, s.peer_name.clone())),
        );
        let mut gone: Vec<(Fingerprint, String)> =
            names.into_iter().filter(|(fp, _)| !listed(fp)).collect();
        gone.sort_by(|a, b| a.1.cmp(&b.1));
        for (fp, name) in gone {
            self.sessions.remove(&fp);
            self.managed.retain(|m| m.fingerprint != fp);
            self.log.record(
                EventKind::RevokedNode,
                Some(Reason::RemovedFromManifest),
                now,
                name.clone(),
            );
            revoked.push(name);
        }
        self.pending.retain(|fp, _| listed(fp));
        let serial = verified.serial();
        self.log
            .record(EventKind::ManifestUpdated, None, now, subject);
        self.manifest = Some(Installed {
            manifest: verified,
            signed_bytes,
        });
        Ok(ManifestUpdate {
            serial,
            revoked,
            unchanged: false,
        })
    }

    /// The installed (verified) manifest.
    pub fn manifest(&self) -> Option<&VerifiedManifest> {
        self.manifest.as_ref().map(|m| &m.manifest)
    }

    /// Message 1: asks a newly seen node for its certificate, passing down the rack
    /// manager's certificate.
    ///
    /// # Errors
    ///
    /// [`TrustError::Certificate`] if the certificate cannot be encoded.
    pub fn announce(&self) -> TrustResult<DiscoveryRequest> {
        Ok(DiscoveryRequest {
            rack_manager_certificate: self.identity.certificate_pem()?,
        })
    }

    /// Message 2 → 3: looks the node's certificate up in the manifest. Listed: returns the
    /// sealed `[RM token + node token + challenge]`. Not listed (or not provisioned): stays
    /// silent (`None`) and logs "Unrecognized Node on Rack".
    pub fn handle_hello(&mut self, hello: &NodeHello, now: OffsetDateTime) -> Option<Challenge> {
        let Ok(cert) = crypto::certificate_from_pem(&hello.node_certificate) else {
            self.log.record(
                EventKind::UnrecognizedNode,
                Some(Reason::NotInManifest),
                now,
                "unparsable certificate",
            );
            return None;
        };
        let Ok(fp) = Fingerprint::of_certificate(&cert) else {
            return None;
        };
        let who = format!("{} ({fp})", subject_of(&cert));
        let (Some(token), Some(installed)) = (&self.token, &self.manifest) else {
            self.log.record(
                EventKind::UnrecognizedNode,
                Some(Reason::NotProvisioned),
                now,
                who,
            );
            return None;
        };
        let Some(entry) = installed.manifest.find(&fp) else {
            self.log.record(
                EventKind::UnrecognizedNode,
                Some(Reason::NotInManifest),
                now,
                who,
            );
            return None;
        };
        let challenge = crypto::random::<32>().ok()?;
        let payload = ChallengePayload {
            rack_manager_token: token.to_pem().ok()?,
            node_token: entry.token.to_pem().ok()?,
            challenge: challenge.to_vec(),
            issued_at: now,
        };
        let plain = zeroize::Zeroizing::new(serde_json::to_vec(&payload).ok()?);
        let node_key = crypto::certificate_key(&entry.certificate).ok()?;
        let rm = self.identity.fingerprint();
        let sealed = crypto::seal(
            Sender::Authenticated(self.identity.key().secret()),
            &node_key,
            message::CHALLENGE_INFO,
            &message::binding(&rm, &fp),
            &plain,
        )
        .ok()?;
        self.pending.insert(
            fp,
            Pending {
                name: entry.name.clone(),
                challenge,
                sent_at: now,
            },
        );
        Some(Challenge {
            rack_manager: rm,
            node: fp,
            sealed,
        })
    }

    /// Message 4: checks the node's answer. It must decrypt under the node's key, carry the
    /// exact challenge, be fresh (within the challenge timeout and clock skew). Success
    /// derives the session key, records the node in the Managed Node List (first time) and
    /// returns the session; failure is silent and logs "Suspicious Node on Rack".
    pub fn handle_response(
        &mut self,
        response: &ChallengeResponse,
        now: OffsetDateTime,
    ) -> Option<&Session> {
        let fp = response.node;
        let Some(pending) = self.pending.get(&fp) else {
            self.log.record(
                EventKind::SuspiciousNode,
                Some(Reason::UnexpectedResponse),
                now,
                fp.to_hex(),
            );
            return None;
        };
        let name = pending.name.clone();
        let entry_cert = self
            .manifest
            .as_ref()
            .and_then(|m| m.manifest.find(&fp))
            .map(|e| e.certificate.clone());
        let node_key = entry_cert
            .as_ref()
            .and_then(|c| crypto::certificate_key(c).ok());
        let rm = self.identity.fingerprint();
        let plain = node_key.and_then(|k| {
            crypto::open(
                self.identity.key().secret(),
                Some(&k),
                message::RESPONSE_INFO,
                &message::binding(&fp, &rm),
                &response.sealed,
            )
        });
        let Some(plain) = plain.map(zeroize::Zeroizing::new) else {
            // Keep the challenge: a forged answer must not cancel the real node's.
            self.log.record(
                EventKind::SuspiciousNode,
                Some(Reason::UndecryptableResponse),
                now,
                name,
            );
            return None;
        };
        // An authentic but wrong answer (e.g. an old answer replayed) does not cancel the
        // outstanding challenge either: only success or the deadline ends it.
        let challenge_ok = serde_json::from_slice::<ResponsePayload>(&plain)
            .ok()
            .filter(|p| {
                response.rack_manager == rm
                    && p.nonce.len() == 32
                    && crypto::ct_eq(&p.challenge, &pending.challenge)
            });
        let Some(payload) = challenge_ok else {
            self.log.record(
                EventKind::SuspiciousNode,
                Some(Reason::ChallengeMismatch),
                now,
                name,
            );
            return None;
        };
        let pending = self.pending.remove(&fp)?;
        if now - pending.sent_at > self.policy.challenge_timeout
            || !self.policy.is_fresh(payload.node_time, now)
        {
            self.log.record(
                EventKind::SuspiciousNode,
                Some(Reason::StaleResponse),
                now,
                name,
            );
            return None;
        }
        let Ok((id, key)) = session::derive(&pending.challenge, &payload.nonce, &rm, &fp) else {
            return None;
        };
        let certificate = entry_cert?;
        if !self.managed.iter().any(|m| m.fingerprint == fp) {
            self.managed.push(ManagedNode {
                name: name.clone(),
                certificate,
                fingerprint: fp,
                first_session_at: now,
            });
        }
        self.log.record(
            EventKind::SessionEstablished,
            None,
            now,
            format!("{name} session {id}"),
        );
        self.sessions.insert(
            fp,
            Session {
                id,
                key,
                peer: fp,
                peer_name: name,
                established_at: now,
            },
        );
        self.sessions.get(&fp)
    }

    /// Gives up on challenges older than the timeout: each is logged as "Suspicious Node on
    /// Rack" (a node that presented a listed certificate but could not answer). Returns the
    /// node names.
    pub fn expire(&mut self, now: OffsetDateTime) -> Vec<String> {
        let timeout = self.policy.challenge_timeout;
        let mut expired: Vec<(Fingerprint, String)> = self
            .pending
            .iter()
            .filter(|(_, p)| now - p.sent_at > timeout)
            .map(|(fp, p)| (*fp, p.name.clone()))
            .collect();
        expired.sort_by(|a, b| a.1.cmp(&b.1));
        for (fp, name) in &expired {
            self.pending.remove(fp);
            self.log.record(
                EventKind::SuspiciousNode,
                Some(Reason::NoResponse),
                now,
                name.clone(),
            );
        }
        expired.into_iter().map(|(_, n)| n).collect()
    }

    /// Dispatches a message addressed to the rack manager (2 or 4); `None` is silence.
    pub fn handle(
        &mut self,
        message: &DiscoveryMessage,
        now: OffsetDateTime,
    ) -> Option<DiscoveryMessage> {
        match message {
            DiscoveryMessage::NodeHello(h) => self.handle_hello(h, now).map(Into::into),
            DiscoveryMessage::ChallengeResponse(r) => {
                self.handle_response(r, now);
                None
            }
            _ => None,
        }
    }

    /// The Managed Node List.
    pub fn managed_nodes(&self) -> &[ManagedNode] {
        &self.managed
    }

    /// The active session with the node whose certificate has this fingerprint.
    pub fn session(&self, node: &Fingerprint) -> Option<&Session> {
        self.sessions.get(node)
    }

    /// The active session with the node of this manifest name.
    pub fn session_by_name(&self, name: &str) -> Option<&Session> {
        self.sessions.values().find(|s| s.peer_name == name)
    }

    /// All active sessions.
    pub fn sessions(&self) -> impl Iterator<Item = &Session> + '_ {
        self.sessions.values()
    }

    /// `true` while a challenge to this node is outstanding.
    pub fn is_pending(&self, node: &Fingerprint) -> bool {
        self.pending.contains_key(node)
    }

    /// The security log.
    pub fn log(&self) -> &EventLog {
        &self.log
    }

    /// The security events, oldest first.
    pub fn events(&self) -> &[SecurityEvent] {
        self.log.events()
    }

    /// Removes and returns the logged events (see [`EventLog::drain`]).
    pub fn take_events(&mut self) -> Vec<SecurityEvent> {
        self.log.drain()
    }
}

#[cfg(test)]
mod tests {
    use time::macros::datetime;
    use time::{Duration, OffsetDateTime};

    use super::*;
    use crate::trust::{CertificateAuthority, Csp, IdentityKey, ManifestDraft, Node};

    const T0: OffsetDateTime = datetime!(2025-06-01 12:00 UTC);

    fn identity(ca: &CertificateAuthority, name: &str) -> Identity {
        let key = IdentityKey::generate().unwrap();
        let cert = ca
            .issue_identity(name, &key.public_key(), T0, Duration::days(30))
            .unwrap();
        Identity::new(key, cert).unwrap()
    }

    /// Threat 9's check proper: a rack manager holding a genuine rack manager token of
    /// another key (a leaked plaintext token) is refused by the node because the token does
    /// not certify the key the rack manager announced and sealed with. `install_token`
    /// forbids this state, so the test sets it directly.
    #[test]
    fn node_refuses_a_rack_manager_token_for_another_key() {
        let csp = Csp::generate("CN=CSP", T0, Duration::days(30)).unwrap();
        let maker = CertificateAuthority::generate("CN=Maker", T0, Duration::days(30)).unwrap();
        let thief = identity(&maker, "rmc");
        let victim = identity(&maker, "rmc");
        let thief_cert = thief.certificate().clone();
        let mut rm = RackManager::new(thief, TrustPolicy::default());
        rm.token = Some(
            csp.issue_rack_manager_token("rmc", victim.certificate(), T0, Duration::days(30))
                .unwrap(),
        );

        let node_id = identity(&maker, "node1");
        let node_cert = node_id.certificate().clone();
        let mut node = Node::new(node_id, TrustPolicy::default());
        let node_token = csp
            .issue_node_token("node1", &node_cert, T0, Duration::days(30))
            .unwrap();
        node.install_token(&node_token.seal_to(&node_cert).unwrap(), T0)
            .unwrap();
        let mut draft = ManifestDraft::new(&thief_cert).unwrap();
        draft.add_node("node1", &node_cert, &node_token).unwrap();
        rm.install_manifest(&csp.sign_manifest(&mut draft, &thief_cert, T0).unwrap(), T0)
            .unwrap();

        let hello = node.handle_discovery(&rm.announce().unwrap()).unwrap();
        let challenge = rm.handle_hello(&hello, T0).unwrap();
        assert!(node.handle_challenge(&challenge, T0).is_none());
        assert!(node.log().contains(
            EventKind::SuspiciousRackManager,
            Reason::RackManagerKeyMismatch
        ));
        assert!(node.session().is_none());
    }

    #[test]
    fn a_token_of_another_csp_clears_the_manifest_and_sessions() {
        let csp = Csp::generate("CN=CSP", T0, Duration::days(30)).unwrap();
        let maker = CertificateAuthority::generate("CN=Maker", T0, Duration::days(30)).unwrap();
        let id = identity(&maker, "rmc");
        let cert = id.certificate().clone();
        let mut rm = RackManager::new(id, TrustPolicy::default());
        let sealed = csp
            .issue_rack_manager_token("rmc", &cert, T0, Duration::days(30))
            .unwrap()
            .seal_to(&cert)
            .unwrap();
        rm.install_token(&sealed, T0).unwrap();
        let mut draft = ManifestDraft::new(&cert).unwrap();
        rm.install_manifest(&csp.sign_manifest(&mut draft, &cert, T0).unwrap(), T0)
            .unwrap();
        assert!(rm.manifest().is_some());
        // Same CSP again: kept.
        rm.install_token(&sealed, T0).unwrap();
        assert!(rm.manifest().is_some());
        let other = Csp::generate("CN=Other CSP", T0, Duration::days(30)).unwrap();
        let sealed = other
            .issue_rack_manager_token("rmc", &cert, T0, Duration::days(30))
            .unwrap()
            .seal_to(&cert)
            .unwrap();
        rm.install_token(&sealed, T0).unwrap();
        assert!(rm.manifest().is_none());
    }

    #[test]
    fn a_manifest_needs_a_token_first() {
        let csp = Csp::generate("CN=CSP", T0, Duration::days(30)).unwrap();
        let maker = CertificateAuthority::generate("CN=Maker", T0, Duration::days(30)).unwrap();
        let id = identity(&maker, "rmc");
        let cert = id.certificate().clone();
        let mut rm = RackManager::new(id, TrustPolicy::default());
        let mut draft = ManifestDraft::new(&cert).unwrap();
        let m = csp.sign_manifest(&mut draft, &cert, T0).unwrap();
        assert!(matches!(
            rm.install_manifest(&m, T0),
            Err(TrustError::NotProvisioned(_))
        ));
        assert!(
            rm.log()
                .contains(EventKind::ManifestRejected, Reason::NotProvisioned)
        );
        // Issued in the future beyond the skew: refused once provisioned.
        let sealed = csp
            .issue_rack_manager_token("rmc", &cert, T0, Duration::days(30))
            .unwrap()
            .seal_to(&cert)
            .unwrap();
        rm.install_token(&sealed, T0).unwrap();
        let future = csp
            .sign_manifest(&mut draft, &cert, T0 + Duration::hours(1))
            .unwrap();
        assert!(matches!(
            rm.install_manifest(&future, T0),
            Err(TrustError::Manifest(Reason::ManifestNotValidNow))
        ));
        assert!(rm.install_manifest(&m, T0).is_ok());
    }
}
