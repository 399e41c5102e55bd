//! The guide's threat table (6.7.3), one test per row: each mounts the attack with the
//! library and checks the mitigation (silence, refusal, the logged event, no session).

mod trust_support;

use base64::Engine as _;
use ocp_rmc::trust::{
    Csp, DiscoveryMessage, EventKind, IdentityKey, ManifestDraft, Node, RackManager, Reason,
    SealedToken, Token, TrustError, TrustPolicy,
};
use serde_json::json;
use time::Duration;
use trust_support::*;

fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

fn has(log: &ocp_rmc::trust::EventLog, kind: EventKind, reason: Reason) -> bool {
    log.contains(kind, reason)
}

/// Row 1: "Attacker intercepts network traffic to gain access to CSP's manifest to add rogue
/// node/rack manager or to discover CSP's nodes list": the manifest is signed, bound to its
/// rack manager, and its node tokens are sealed to that rack manager.
#[test]
fn threat_1_intercepted_manifest_cannot_be_extended_replayed_or_read() {
    let mut rack = rack(2);
    let rogue_maker = maker("Rogue CA");
    let rogue = identity(&rogue_maker, "rogue1");
    let rogue_pem = rogue.certificate_pem().unwrap();

    // (a) Add a rogue entry to the intercepted manifest and bump its serial.
    let mut forged = rack.manifest.clone();
    let mut entry = forged.nodes_to_manage[0].clone();
    entry.node_name = "rogue1".into();
    entry.node_id_certificate_string = rogue_pem.clone();
    forged.nodes_to_manage.push(entry);
    forged.manifest_serial += 1;
    let err = rack.rm.install_manifest(&forged, T0).unwrap_err();
    assert!(
        matches!(err, TrustError::Manifest(Reason::BadSignature)),
        "{err}"
    );
    assert!(has(
        rack.rm.log(),
        EventKind::ManifestRejected,
        Reason::BadSignature
    ));
    assert_eq!(
        rack.rm.manifest().unwrap().serial(),
        1,
        "the installed manifest is unchanged"
    );
    // Removing an entry (to deny service to a node) is refused the same way.
    let mut shrunk = rack.manifest.clone();
    shrunk.nodes_to_manage.pop();
    shrunk.manifest_serial = 9;
    assert!(matches!(
        rack.rm.install_manifest(&shrunk, T0),
        Err(TrustError::Manifest(Reason::BadSignature))
    ));

    // (b) Sign it with the attacker's own key: another CSP, refused, even when the document
    // carries the genuine CSP certificate.
    let attacker = Csp::generate("CN=Contoso Cloud CSP,O=Contoso", T0, year()).unwrap();
    let rm_cert = rack.rm.identity().certificate().clone();
    let rogue_token = attacker
        .issue_node_token("rogue1", rogue.certificate(), T0, year())
        .unwrap();
    let mut draft = ManifestDraft::new(&rm_cert).unwrap().continue_after(5);
    draft
        .add_node("rogue1", rogue.certificate(), &rogue_token)
        .unwrap();
    let resigned = attacker.sign_manifest(&mut draft, &rm_cert, T0).unwrap();
    assert!(matches!(
        rack.rm.install_manifest(&resigned, T0),
        Err(TrustError::Manifest(Reason::ManifestFromForeignCsp))
    ));
    let mut disguised = resigned.clone();
    disguised.csp_certificate_string = rack.csp.authority().certificate_pem().unwrap();
    assert!(matches!(
        rack.rm.install_manifest(&disguised, T0),
        Err(TrustError::Manifest(Reason::BadSignature))
    ));
    assert!(has(
        rack.rm.log(),
        EventKind::ManifestRejected,
        Reason::ManifestFromForeignCsp
    ));

    // The rogue node is still not recognized.
    let mut rogue_node = Node::new(rogue, TrustPolicy::default());
    assert!(discover(&mut rack.rm, &mut rogue_node, T0).is_none());
    assert!(has(
        rack.rm.log(),
        EventKind::UnrecognizedNode,
        Reason::NotInManifest
    ));

    // (c) The node tokens inside cannot be read by anyone but the designated rack manager.
    let eavesdropper = IdentityKey::generate().unwrap();
    for entry in &rack.manifest.nodes_to_manage {
        assert!(!entry.node_token_string.contains("CERTIFICATE"));
        let sealed = SealedToken::from_pem(&entry.node_token_string).unwrap();
        assert_eq!(
            sealed.open(&eavesdropper).unwrap_err(),
            Reason::UndecryptableToken
        );
    }

    // (d) Replayed to another rack manager of the same CSP: not designated, refused.
    let rm2_id = identity(&rack.maker, "rmc2");
    let rm2_cert = rm2_id.certificate().clone();
    let mut rm2 = RackManager::new(rm2_id, TrustPolicy::default());
    let t = rack
        .csp
        .issue_rack_manager_token("rmc2", &rm2_cert, T0, year())
        .unwrap();
    rm2.install_token(&t.seal_to(&rm2_cert).unwrap(), T0)
        .unwrap();
    assert!(matches!(
        rm2.install_manifest(&rack.manifest, T0),
        Err(TrustError::Manifest(Reason::ManifestForOtherRackManager))
    ));
    assert!(rm2.manifest().is_none());
}

/// Row 2: "Attacker set up a rogue node/rack manager to access specific CSP's nodes": without a
/// token signed by the CSP both fail during discovery, even with a CSP certificate that
/// copies the real CSP's name.
#[test]
fn threat_2_rogue_node_and_rack_manager_without_valid_tokens_fail_discovery() {
    let mut rack = rack(1);
    let fake_csp = Csp::generate("CN=Contoso Cloud CSP,O=Contoso", T0, year()).unwrap();
    assert_eq!(
        fake_csp.certificate().tbs_certificate().subject(),
        rack.csp.certificate().tbs_certificate().subject(),
        "same name, different key"
    );

    // Rogue node: identity from the same device maker, same name, token of the fake CSP.
    let rogue_id = identity(&rack.maker, "node1");
    let rogue_cert = rogue_id.certificate().clone();
    let mut rogue_node = Node::new(rogue_id, TrustPolicy::default());
    let t = fake_csp
        .issue_node_token("node1", &rogue_cert, T0, year())
        .unwrap();
    rogue_node
        .install_token(&t.seal_to(&rogue_cert).unwrap(), T0)
        .unwrap();
    assert!(discover(&mut rack.rm, &mut rogue_node, T0).is_none());
    assert!(has(
        rack.rm.log(),
        EventKind::UnrecognizedNode,
        Reason::NotInManifest
    ));
    assert_eq!(rack.rm.sessions().count(), 0);

    // Rogue rack manager: token and manifest of the fake CSP, listing the real node with a
    // node token the fake CSP made for the real node's key.
    let mut rogue_rack = rack_with(fake_csp, 0);
    let node_cert = rack.nodes[0].identity().certificate().clone();
    let forged = rogue_rack
        .csp
        .issue_node_token("node1", &node_cert, T0, year())
        .unwrap();
    rogue_rack
        .draft
        .add_node("node1", &node_cert, &forged)
        .unwrap();
    rogue_rack.publish(T0);
    assert!(discover(&mut rogue_rack.rm, &mut rack.nodes[0], T0).is_none());
    assert!(has(
        rack.nodes[0].log(),
        EventKind::SuspiciousRackManager,
        Reason::ForeignCsp
    ));
    assert!(rack.nodes[0].session().is_none());

    // The real pair still works.
    assert!(discover(&mut rack.rm, &mut rack.nodes[0], T0).is_some());
}

/// Row 3: "Attacker sniffs the traffic during CSP's initial token distribution to access
/// legitimate node/rack manager token to set up a rogue node/rack manager with replay":
/// tokens travel sealed to their recipient's key.
#[test]
fn threat_3_sniffed_token_distribution_is_useless_to_a_rogue() {
    let mut rack = rack(1);
    let node_cert = rack.nodes[0].identity().certificate().clone();
    // What 5.29 carries.
    let captured = rack.node_tokens[0].seal_to(&node_cert).unwrap().to_pem();
    assert!(
        !captured.contains("CERTIFICATE"),
        "no certificate readable in transit"
    );

    // A rogue node (same maker, same name) replays it: it cannot open it.
    let mut rogue = Node::new(identity(&rack.maker, "node1"), TrustPolicy::default());
    let sealed = SealedToken::from_pem(&captured).unwrap();
    assert!(matches!(
        rogue.install_token(&sealed, T0),
        Err(TrustError::Token(Reason::UndecryptableToken))
    ));
    assert!(rogue.token().is_none());

    // Relabelled as a rack manager token: the role is authenticated, even the real
    // recipient refuses it.
    let relabelled =
        SealedToken::from_pem(&captured.replace("SEALED NODE TOKEN", "SEALED RACK MANAGER TOKEN"))
            .unwrap();
    assert!(matches!(
        rack.nodes[0].install_token(&relabelled, T0),
        Err(TrustError::Token(Reason::UndecryptableToken))
    ));

    // Altered in transit: refused by the real recipient.
    let mut block = pem::parse(captured.trim()).unwrap();
    let mut bytes = block.contents().to_vec();
    let last = bytes.len() - 1;
    bytes[last] ^= 1;
    block = pem::Pem::new(block.tag(), bytes);
    let altered = SealedToken::from_pem(&pem::encode(&block)).unwrap();
    assert!(matches!(
        rack.nodes[0].install_token(&altered, T0),
        Err(TrustError::Token(Reason::UndecryptableToken))
    ));

    // The rack manager token (5.30.1) likewise: a rogue rack manager cannot install it.
    let rm_cert = rack.rm.identity().certificate().clone();
    let rm_token = rack
        .csp
        .issue_rack_manager_token("rmc", &rm_cert, T0, year())
        .unwrap();
    let captured_rm = rm_token.seal_to(&rm_cert).unwrap();
    let mut rogue_rm = RackManager::new(identity(&rack.maker, "rmc"), TrustPolicy::default());
    assert!(matches!(
        rogue_rm.install_token(&captured_rm, T0),
        Err(TrustError::Token(Reason::UndecryptableToken))
    ));
    assert!(rogue_rm.token().is_none());

    // The genuine recipients are unaffected.
    rack.nodes[0].install_token(&sealed, T0).unwrap();
    assert!(discover(&mut rack.rm, &mut rack.nodes[0], T0).is_some());
}

/// Row 4: "Rogue node attempts to get added to a CSP's rack manager": its certificate is not in
/// the manifest, the rack manager stays silent and logs "Unrecognized Node on Rack".
#[test]
fn threat_4_unrecognized_node_gets_silence_and_is_logged() {
    let mut rack = rack(2);
    let mut rogue = Node::new(identity(&rack.maker, "node9"), TrustPolicy::default());
    let hello = rogue
        .handle(&rack.rm.announce().unwrap().into(), T0)
        .unwrap();
    assert!(rack.rm.handle(&hello, T0).is_none(), "silence");
    let event = rack.rm.log().last().unwrap();
    assert_eq!(event.kind, EventKind::UnrecognizedNode);
    assert_eq!(event.kind.name(), "Unrecognized Node on Rack");
    assert_eq!(event.reason, Some(Reason::NotInManifest));
    assert_eq!(event.at, T0);
    assert!(event.subject.contains("CN=node9"), "{}", event.subject);
    assert!(!rack.rm.is_pending(&rogue.identity().fingerprint()));
    assert!(rack.rm.managed_nodes().is_empty());
    assert!(rogue.session().is_none());

    // A certificate that is not even parsable is treated the same way.
    let junk =
        DiscoveryMessage::from_bytes(br#"{"Type":"NodeHello","NodeCertificate":"hello"}"#).unwrap();
    assert!(rack.rm.handle(&junk, T0).is_none());
    assert_eq!(
        rack.rm.log().of_kind(EventKind::UnrecognizedNode).count(),
        2
    );
}

/// Row 5: "Rogue node attempts to reply a legitimate node certificate": the challenge is sealed
/// to the legitimate node's key; a rogue cannot answer it and the rack manager records
/// "Suspicious Node on Rack".
#[test]
fn threat_5_rogue_node_replaying_a_certificate_cannot_answer_the_challenge() {
    let mut rack = rack(2);
    let victim_pem = rack.nodes[0].identity().certificate_pem().unwrap();
    let victim = rack.nodes[0].identity().fingerprint();
    let rm_fp = rack.rm.identity().fingerprint();

    // The rogue presents node1's (public) certificate and gets a challenge...
    let mut rogue = Node::new(identity(&rack.maker, "node1"), TrustPolicy::default());
    rogue
        .handle(&rack.rm.announce().unwrap().into(), T0)
        .unwrap();
    let hello = DiscoveryMessage::from_bytes(
        &serde_json::to_vec(&json!({"Type": "NodeHello", "NodeCertificate": victim_pem})).unwrap(),
    )
    .unwrap();
    let challenge = rack
        .rm
        .handle(&hello, T0)
        .expect("a listed certificate is challenged");
    assert!(rack.rm.is_pending(&victim));
    // ...that it cannot open.
    assert!(rogue.handle(&challenge, T0).is_none());

    // (a) A made-up answer.
    let fake = DiscoveryMessage::from_bytes(
        &serde_json::to_vec(&json!({
            "Type": "ChallengeResponse", "Node": victim.to_hex(), "RackManager": rm_fp.to_hex(),
            "Sealed": b64(&[7u8; 180])
        }))
        .unwrap(),
    )
    .unwrap();
    assert!(rack.rm.handle(&fake, T0).is_none());
    assert!(has(
        rack.rm.log(),
        EventKind::SuspiciousNode,
        Reason::UndecryptableResponse
    ));
    assert!(
        rack.rm.is_pending(&victim),
        "a forged answer does not cancel the real node's challenge"
    );

    // (b) A genuine answer of another node (node2), relabelled as node1's.
    let m2 = rack.nodes[1]
        .handle(&rack.rm.announce().unwrap().into(), T0)
        .unwrap();
    let m3 = rack.rm.handle(&m2, T0).unwrap();
    let answer2 = rack.nodes[1].handle(&m3, T0).unwrap();
    let relabelled = tamper(&answer2, "Node", json!(victim.to_hex()));
    assert!(rack.rm.handle(&relabelled, T0).is_none());
    assert_eq!(rack.rm.log().of_kind(EventKind::SuspiciousNode).count(), 2);
    assert!(rack.rm.session(&victim).is_none());
    assert!(rack.rm.handle(&answer2, T0).is_none() && rack.rm.session_by_name("node2").is_some());

    // (c) Nobody answers before the deadline: given up and logged.
    let later = T0 + TrustPolicy::default().challenge_timeout + Duration::seconds(1);
    assert_eq!(rack.rm.expire(later), vec!["node1".to_owned()]);
    assert!(has(
        rack.rm.log(),
        EventKind::SuspiciousNode,
        Reason::NoResponse
    ));
    assert!(!rack.rm.is_pending(&victim));
    assert!(rack.rm.managed_nodes().iter().all(|m| m.name != "node1"));

    // (d) An old genuine answer of node1, replayed: refused against a new challenge and
    // when no challenge is outstanding.
    let t1 = T0 + Duration::minutes(10);
    let m2 = rack.nodes[0]
        .handle(&rack.rm.announce().unwrap().into(), t1)
        .unwrap();
    let m3 = rack.rm.handle(&m2, t1).unwrap();
    let old_answer = rack.nodes[0].handle(&m3, t1).unwrap();
    assert!(rack.rm.handle(&old_answer, t1).is_none());
    assert!(rack.rm.session(&victim).is_some());
    assert!(rack.rm.handle(&old_answer, t1).is_none());
    assert!(has(
        rack.rm.log(),
        EventKind::SuspiciousNode,
        Reason::UnexpectedResponse
    ));
    let t2 = t1 + Duration::minutes(1);
    let m2 = rack.nodes[0]
        .handle(&rack.rm.announce().unwrap().into(), t2)
        .unwrap();
    let _new_challenge = rack.rm.handle(&m2, t2).unwrap();
    assert!(rack.rm.handle(&old_answer, t2).is_none());
    assert!(has(
        rack.rm.log(),
        EventKind::SuspiciousNode,
        Reason::ChallengeMismatch
    ));
    assert_eq!(
        rack.rm.session(&victim).unwrap().established_at,
        t1,
        "no new session from a replay"
    );
}

/// Row 6: "Revoked node continues to use resource of the rack": the CSP sends an updated
/// manifest; the rack manager terminates the node's session, logs "Revoked Node", and the
/// node cannot come back, not even by replaying the older manifest.
#[test]
fn threat_6_revoked_node_loses_its_session_and_cannot_return() {
    let mut rack = rack(3);
    for i in 0..3 {
        assert!(discover(&mut rack.rm, &mut rack.nodes[i], T0).is_some());
    }
    let revoked = rack.nodes[1].identity().fingerprint();
    let old_manifest = rack.manifest.clone();

    assert!(rack.draft.revoke("node2"));
    assert!(!rack.draft.revoke("node2"), "already gone");
    let t = T0 + Duration::hours(1);
    let update = rack.publish(t);
    assert_eq!(update.serial, 2);
    assert_eq!(update.revoked, vec!["node2".to_owned()]);
    assert!(rack.rm.session(&revoked).is_none(), "session terminated");
    assert!(rack.rm.managed_nodes().iter().all(|m| m.name != "node2"));
    assert_eq!(
        rack.rm.sessions().count(),
        2,
        "the other nodes keep their sessions"
    );
    let event = rack
        .rm
        .log()
        .of_kind(EventKind::RevokedNode)
        .next()
        .unwrap();
    assert_eq!(event.kind.name(), "Revoked Node");
    assert_eq!(event.subject, "node2");
    assert_eq!(event.at, t);

    // The revoked node tries again: no longer in the manifest.
    assert!(discover(&mut rack.rm, &mut rack.nodes[1], t).is_none());
    assert!(has(
        rack.rm.log(),
        EventKind::UnrecognizedNode,
        Reason::NotInManifest
    ));

    // Replaying the older manifest that still listed it is refused.
    assert!(matches!(
        rack.rm.install_manifest(&old_manifest, t),
        Err(TrustError::Manifest(Reason::ManifestRollback))
    ));
    assert!(has(
        rack.rm.log(),
        EventKind::ManifestRejected,
        Reason::ManifestRollback
    ));
    assert!(discover(&mut rack.rm, &mut rack.nodes[1], t).is_none());
    assert_eq!(rack.rm.manifest().unwrap().serial(), 2);
}

/// Row 7: "Rogue rack manager attempts to manage CSP's nodes": the node verifies the rack
/// manager token's signature against its own CSP and logs "Suspicious Rack manager".
#[test]
fn threat_7_rack_manager_of_another_csp_is_refused_by_the_node() {
    let mut rack = rack(1);
    let mut rogue_rack = rack_with(
        Csp::generate("CN=Fabrikam CSP,O=Fabrikam", T0, year()).unwrap(),
        0,
    );
    let node_cert = rack.nodes[0].identity().certificate().clone();
    let forged = rogue_rack
        .csp
        .issue_node_token("node1", &node_cert, T0, year())
        .unwrap();
    rogue_rack
        .draft
        .add_node("node1", &node_cert, &forged)
        .unwrap();
    rogue_rack.publish(T0);

    let m2 = rack.nodes[0]
        .handle(&rogue_rack.rm.announce().unwrap().into(), T0)
        .unwrap();
    let m3 = rogue_rack
        .rm
        .handle(&m2, T0)
        .expect("the rogue challenges the node");
    assert!(rack.nodes[0].handle(&m3, T0).is_none(), "silence");
    let event = rack.nodes[0].log().last().unwrap();
    assert_eq!(event.kind.name(), "Suspicious Rack manager");
    assert_eq!(event.reason, Some(Reason::ForeignCsp));
    assert!(event.subject.contains("CN=rmc"));
    assert!(rack.nodes[0].session().is_none());
    rogue_rack.rm.expire(T0 + Duration::minutes(1));
    assert_eq!(rogue_rack.rm.sessions().count(), 0);

    // A token chain that pairs a rogue-signed certificate with the genuine CSP certificate
    // does not verify either.
    let rogue_token_pem = rogue_rack.rm.token().unwrap().to_pem().unwrap();
    let entity_pem =
        &rogue_token_pem[..rogue_token_pem.find("-----END CERTIFICATE-----").unwrap() + 26];
    let spliced = Token::from_pem(&format!(
        "{entity_pem}{}",
        rack.csp.authority().certificate_pem().unwrap()
    ))
    .unwrap();
    assert_eq!(
        spliced.verify(
            rack.csp.certificate(),
            ocp_rmc::trust::Role::RackManager,
            T0
        ),
        Err(Reason::ForeignCsp)
    );
}

/// Row 8: "Non designated rack manager (belong to the same CSP as the node) attempts to manage
/// nodes": only the designated rack manager has the node's token, which the node checks.
#[test]
fn threat_8_non_designated_rack_manager_of_the_same_csp_cannot_manage_the_node() {
    let mut rack = rack(1);
    let node_cert = rack.nodes[0].identity().certificate().clone();

    // Rack manager B of the same CSP, with a manifest that does not list node1.
    let b_id = identity(&rack.maker, "rmc-b");
    let b_cert = b_id.certificate().clone();
    let mut rm_b = RackManager::new(b_id, TrustPolicy::default());
    let b_token = rack
        .csp
        .issue_rack_manager_token("rmc-b", &b_cert, T0, year())
        .unwrap();
    rm_b.install_token(&b_token.seal_to(&b_cert).unwrap(), T0)
        .unwrap();
    let mut draft_b = ManifestDraft::new(&b_cert).unwrap();
    let other = identity(&rack.maker, "node9");
    let other_token = rack
        .csp
        .issue_node_token("node9", other.certificate(), T0, year())
        .unwrap();
    draft_b
        .add_node("node9", other.certificate(), &other_token)
        .unwrap();
    rm_b.install_manifest(
        &rack.csp.sign_manifest(&mut draft_b, &b_cert, T0).unwrap(),
        T0,
    )
    .unwrap();
    assert!(
        discover(&mut rm_b, &mut rack.nodes[0], T0).is_none(),
        "B has no token for node1"
    );
    assert!(has(
        rm_b.log(),
        EventKind::UnrecognizedNode,
        Reason::NotInManifest
    ));

    // The CSP moves node1 to B: a new node token on node1 and in B's manifest. A, which
    // still holds the old manifest and token, is no longer designated.
    let t = T0 + Duration::hours(1);
    let new_token = rack
        .csp
        .issue_node_token("node1", &node_cert, t, year())
        .unwrap();
    rack.nodes[0]
        .install_token(&new_token.seal_to(&node_cert).unwrap(), t)
        .unwrap();
    draft_b.add_node("node1", &node_cert, &new_token).unwrap();
    rm_b.install_manifest(
        &rack.csp.sign_manifest(&mut draft_b, &b_cert, t).unwrap(),
        t,
    )
    .unwrap();

    assert!(discover(&mut rack.rm, &mut rack.nodes[0], t).is_none());
    assert!(has(
        rack.nodes[0].log(),
        EventKind::SuspiciousRackManager,
        Reason::NodeTokenMismatch
    ));
    assert!(rack.nodes[0].session().is_none());
    let session = discover(&mut rm_b, &mut rack.nodes[0], t).expect("B is now designated");
    assert_eq!(rack.nodes[0].session().unwrap().peer_name, "rmc-b");
    assert!(session.key.ct_eq(&rack.nodes[0].session().unwrap().key));
}

/// Row 9: "A rogue rack manager attempts to reply legitimate encrypted rack manager's token":
/// the node compares the sender with the rack manager certificate passed down first, never
/// answers a challenge twice, refuses stale ones, and its answer is sealed to the genuine
/// rack manager. The event is "Suspicious Rack manager" (the guide's "Suspicious Node
/// Manger" here is the same event).
#[test]
fn threat_9_rogue_rack_manager_replaying_the_encrypted_token_is_refused() {
    let mut rack = rack(1);
    let mut rogue = RackManager::new(identity(&rack.maker, "rmc"), TrustPolicy::default());

    // Capture a genuine challenge (the node does not receive it yet).
    let m2 = rack.nodes[0]
        .handle(&rack.rm.announce().unwrap().into(), T0)
        .unwrap();
    let captured = rack.rm.handle(&m2, T0).unwrap();

    // (a) The rogue passes down its own certificate, then replays the challenge as its own.
    rack.nodes[0]
        .handle(&rogue.announce().unwrap().into(), T0)
        .unwrap();
    let as_rogue = tamper(
        &captured,
        "RackManager",
        json!(rogue.identity().fingerprint().to_hex()),
    );
    assert!(rack.nodes[0].handle(&as_rogue, T0).is_none());
    let event = rack.nodes[0].log().last().unwrap();
    assert_eq!(event.kind, EventKind::SuspiciousRackManager);
    assert_eq!(event.reason, Some(Reason::UndecryptableChallenge));

    // (b) Replayed unmodified before the genuine delivery: the node answers, but sealed to
    // the genuine rack manager, which the rogue cannot use.
    let answer = rack.nodes[0]
        .handle(&captured, T0)
        .expect("genuine challenge");
    assert!(rogue.handle(&answer, T0).is_none());
    assert_eq!(rogue.sessions().count(), 0);
    assert!(has(
        rogue.log(),
        EventKind::SuspiciousNode,
        Reason::UnexpectedResponse
    ));
    assert!(
        rack.rm.handle(&answer, T0).is_none(),
        "message 4 gets no reply"
    );
    assert!(
        rack.rm.session_by_name("node1").is_some(),
        "the genuine rack manager completes"
    );

    // (c) Replayed again: the node never answers a challenge twice.
    assert!(
        rack.nodes[0]
            .handle(&captured, T0 + Duration::seconds(20))
            .is_none()
    );
    assert!(has(
        rack.nodes[0].log(),
        EventKind::SuspiciousRackManager,
        Reason::ReplayedChallenge
    ));

    // (d) Replayed much later: stale.
    assert!(
        rack.nodes[0]
            .handle(&captured, T0 + Duration::hours(2))
            .is_none()
    );
    assert!(has(
        rack.nodes[0].log(),
        EventKind::SuspiciousRackManager,
        Reason::StaleChallenge
    ));

    // (e) A challenge from a rack manager that never announced itself.
    let unannounced = tamper(&captured, "RackManager", json!("00".repeat(32)));
    assert!(rack.nodes[0].handle(&unannounced, T0).is_none());
    assert!(has(
        rack.nodes[0].log(),
        EventKind::SuspiciousRackManager,
        Reason::UnannouncedRackManager
    ));

    // The node's session is still the genuine one.
    assert_eq!(
        rack.nodes[0].session().unwrap().peer,
        rack.rm.identity().fingerprint()
    );
}

/// Freshness (6.5.3 "check the freshness of nonce/time"): a late answer and a skewed clock.
#[test]
fn freshness_late_answers_and_skewed_clocks_are_refused() {
    let mut rack = rack(1);
    let m2 = rack.nodes[0]
        .handle(&rack.rm.announce().unwrap().into(), T0)
        .unwrap();
    let m3 = rack.rm.handle(&m2, T0).unwrap();
    let answer = rack.nodes[0].handle(&m3, T0).unwrap();
    let late = T0 + TrustPolicy::default().challenge_timeout + Duration::seconds(1);
    assert!(rack.rm.handle(&answer, late).is_none());
    assert!(has(
        rack.rm.log(),
        EventKind::SuspiciousNode,
        Reason::StaleResponse
    ));
    assert!(rack.rm.sessions().next().is_none());

    // A node whose clock is 10 minutes ahead refuses the challenge as stale.
    let m2 = rack.nodes[0]
        .handle(&rack.rm.announce().unwrap().into(), T0)
        .unwrap();
    let m3 = rack.rm.handle(&m2, T0).unwrap();
    assert!(
        rack.nodes[0]
            .handle(&m3, T0 + Duration::minutes(10))
            .is_none()
    );
    assert!(has(
        rack.nodes[0].log(),
        EventKind::SuspiciousRackManager,
        Reason::StaleChallenge
    ));

    // An answer dated too far from the rack manager's clock is refused too (here the node
    // tolerates more skew than the rack manager, so the node answers).
    let csp = Csp::generate("CN=Contoso Cloud CSP,O=Contoso", T0, year()).unwrap();
    let strict = TrustPolicy::default().with_max_clock_skew(Duration::seconds(30));
    let lenient = TrustPolicy::default().with_max_clock_skew(Duration::minutes(10));
    let mut rack = rack_with_policies(csp, 1, strict, lenient);
    let m2 = rack.nodes[0]
        .handle(&rack.rm.announce().unwrap().into(), T0)
        .unwrap();
    let m3 = rack.rm.handle(&m2, T0).unwrap();
    let skewed = rack.nodes[0]
        .handle(&m3, T0 + Duration::seconds(100))
        .expect("lenient node answers");
    assert!(
        rack.rm
            .handle(&skewed, T0 + Duration::seconds(10))
            .is_none()
    );
    assert!(has(
        rack.rm.log(),
        EventKind::SuspiciousNode,
        Reason::StaleResponse
    ));
    assert!(rack.rm.session_by_name("node1").is_none());
}
