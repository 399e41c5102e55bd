//! Shared fixtures of the trust-model tests: a CSP, a device maker CA, a provisioned rack
//! manager and nodes, all at a fixed time so that every test is deterministic.

#![allow(dead_code, clippy::unwrap_used, clippy::panic)]

use ocp_rmc::trust::{
    CertificateAuthority, Csp, DiscoveryMessage, Identity, IdentityKey, ManageabilityManifest,
    ManifestDraft, Node, RackManager, Session, Token, TrustPolicy,
};
use time::macros::datetime;
use time::{Duration, OffsetDateTime};

/// The fixed "now" of the tests.
pub const T0: OffsetDateTime = datetime!(2025-06-01 12:00 UTC);

pub fn year() -> Duration {
    Duration::days(365)
}

/// A device maker CA issuing identity certificates.
pub fn maker(name: &str) -> CertificateAuthority {
    CertificateAuthority::generate(&format!("CN={name},O=Maker"), T0, year()).unwrap()
}

pub fn identity(maker: &CertificateAuthority, name: &str) -> Identity {
    let key = IdentityKey::generate().unwrap();
    let cert = maker
        .issue_identity(name, &key.public_key(), T0, year())
        .unwrap();
    Identity::new(key, cert).unwrap()
}

/// A rack provisioned by one CSP: a rack manager with its token and manifest, and nodes
/// with their tokens.
pub struct Rack {
    pub csp: Csp,
    pub maker: CertificateAuthority,
    pub rm: RackManager,
    pub nodes: Vec<Node>,
    pub node_tokens: Vec<Token>,
    pub draft: ManifestDraft,
    pub manifest: ManageabilityManifest,
}

impl Rack {
    pub fn node_name(i: usize) -> String {
        format!("node{}", i + 1)
    }

    /// Signs the current draft and installs it on the rack manager.
    pub fn publish(&mut self, now: OffsetDateTime) -> ocp_rmc::trust::ManifestUpdate {
        let rm_cert = self.rm.identity().certificate().clone();
        self.manifest = self
            .csp
            .sign_manifest(&mut self.draft, &rm_cert, now)
            .unwrap();
        self.rm.install_manifest(&self.manifest, now).unwrap()
    }
}

/// `csp` provisions a rack manager (`rmc`) and `n` nodes (`node1`...).
pub fn rack_with(csp: Csp, n: usize) -> Rack {
    rack_with_policies(csp, n, TrustPolicy::default(), TrustPolicy::default())
}

/// As [`rack_with`], with the freshness policies of the rack manager and of the nodes.
pub fn rack_with_policies(
    csp: Csp,
    n: usize,
    rm_policy: TrustPolicy,
    node_policy: TrustPolicy,
) -> Rack {
    let maker = maker("Maker Device CA");
    let rm_identity = identity(&maker, "rmc");
    let rm_cert = rm_identity.certificate().clone();
    let mut rm = RackManager::new(rm_identity, rm_policy);
    let rm_token = csp
        .issue_rack_manager_token("rmc", &rm_cert, T0, year())
        .unwrap();
    rm.install_token(&rm_token.seal_to(&rm_cert).unwrap(), T0)
        .unwrap();
    let mut draft = ManifestDraft::new(&rm_cert).unwrap();
    let mut nodes = Vec::new();
    let mut node_tokens = Vec::new();
    for i in 0..n {
        let name = Rack::node_name(i);
        let id = identity(&maker, &name);
        let cert = id.certificate().clone();
        let mut node = Node::new(id, node_policy);
        let token = csp.issue_node_token(&name, &cert, T0, year()).unwrap();
        node.install_token(&token.seal_to(&cert).unwrap(), T0)
            .unwrap();
        draft.add_node(&name, &cert, &token).unwrap();
        nodes.push(node);
        node_tokens.push(token);
    }
    let manifest = csp.sign_manifest(&mut draft, &rm_cert, T0).unwrap();
    rm.install_manifest(&manifest, T0).unwrap();
    Rack {
        csp,
        maker,
        rm,
        nodes,
        node_tokens,
        draft,
        manifest,
    }
}

pub fn rack(n: usize) -> Rack {
    rack_with(
        Csp::generate("CN=Contoso Cloud CSP,O=Contoso", T0, year()).unwrap(),
        n,
    )
}

/// Runs messages 1-4 between `rm` and `node`, through their JSON wire form; returns the
/// rack manager's session when both sides agree.
pub fn discover(rm: &mut RackManager, node: &mut Node, now: OffsetDateTime) -> Option<Session> {
    let wire = |m: DiscoveryMessage| DiscoveryMessage::from_bytes(&m.to_bytes().unwrap()).unwrap();
    let m1 = wire(rm.announce().unwrap().into());
    let m2 = wire(node.handle(&m1, now)?);
    let m3 = wire(rm.handle(&m2, now)?);
    let m4 = wire(node.handle(&m3, now)?);
    assert!(rm.handle(&m4, now).is_none(), "message 4 gets no reply");
    let DiscoveryMessage::ChallengeResponse(r) = m4 else {
        panic!("message 4 is an answer")
    };
    rm.session(&r.node).cloned()
}

/// Rewrites one field of a message's JSON (what a network attacker does).
pub fn tamper(m: &DiscoveryMessage, field: &str, value: serde_json::Value) -> DiscoveryMessage {
    let mut v: serde_json::Value = serde_json::from_slice(&m.to_bytes().unwrap()).unwrap();
    v[field] = value;
    DiscoveryMessage::from_bytes(&serde_json::to_vec(&v).unwrap()).unwrap()
}
