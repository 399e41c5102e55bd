//! The trust model's normal flows (guide 6.5, 6.6): provisioning, discovery and mutual
//! authentication, session keys, the Managed Node List, manifest updates, wire forms.

mod trust_support;

use ocp_rmc::trust::{
    DiscoveryMessage, EventKind, Fingerprint, ManageabilityManifest, Reason, Role, SealedToken,
    Token, TrustError, TrustPolicy,
};
use time::Duration;
use trust_support::*;
use x509_cert::ext::pkix::{BasicConstraints, KeyUsage};

#[test]
fn discovery_establishes_the_same_session_key_on_both_sides() {
    let mut rack = rack(2);
    let t = T0 + Duration::minutes(5);
    let session = discover(&mut rack.rm, &mut rack.nodes[0], t).expect("session");
    let node_session = rack.nodes[0].session().expect("node session");
    assert!(session.key.ct_eq(&node_session.key));
    assert_eq!(session.id, node_session.id);
    assert_eq!(session.peer_name, "node1");
    assert_eq!(node_session.peer_name, "rmc");
    assert_eq!(session.peer, rack.nodes[0].identity().fingerprint());
    assert_eq!(node_session.peer, rack.rm.identity().fingerprint());
    assert_eq!(session.established_at, t);

    // The other node has no session and its key differs once it authenticates.
    assert!(rack.nodes[1].session().is_none());
    let other = discover(&mut rack.rm, &mut rack.nodes[1], t).expect("session");
    assert!(!other.key.ct_eq(&session.key));
    assert_eq!(rack.rm.sessions().count(), 2);

    // Both sides logged the session; nothing suspicious.
    assert_eq!(
        rack.rm.log().of_kind(EventKind::SessionEstablished).count(),
        2
    );
    assert!(rack.rm.events().iter().all(|e| !e.kind.is_alert()));
    assert!(rack.nodes[0].events().iter().all(|e| !e.kind.is_alert()));
}

#[test]
fn every_discovery_derives_a_fresh_key_and_the_managed_node_list_keeps_the_first_time() {
    let mut rack = rack(1);
    let first = discover(&mut rack.rm, &mut rack.nodes[0], T0).unwrap();
    let later = T0 + Duration::hours(3);
    let second = discover(&mut rack.rm, &mut rack.nodes[0], later).unwrap();
    assert!(
        !first.key.ct_eq(&second.key),
        "new challenge and nonce, new key"
    );
    assert_ne!(first.id, second.id);
    let list = rack.rm.managed_nodes();
    assert_eq!(list.len(), 1);
    assert_eq!(list[0].name, "node1");
    assert_eq!(list[0].first_session_at, T0);
    assert_eq!(&list[0].certificate, rack.nodes[0].identity().certificate());
    assert_eq!(
        rack.rm.session_by_name("node1").unwrap().established_at,
        later
    );
}

#[test]
fn csp_certificates_and_tokens_have_the_documented_shape() {
    let rack = rack(1);
    let csp = rack.csp.certificate().tbs_certificate();
    let (_, bc) = csp.get_extension::<BasicConstraints>().unwrap().unwrap();
    assert!(bc.ca);
    let (_, ku) = csp.get_extension::<KeyUsage>().unwrap().unwrap();
    assert!(ku.key_cert_sign());
    assert_eq!(csp.issuer(), csp.subject(), "self-signed");

    let token = &rack.node_tokens[0];
    assert_eq!(token.role(), Some(Role::Node));
    assert_eq!(token.name().as_deref(), Some("node1"));
    assert_eq!(token.csp_certificate(), rack.csp.certificate());
    assert_eq!(
        token.certificate().tbs_certificate().issuer(),
        csp.subject()
    );
    assert!(
        token.certifies(
            &rack.nodes[0]
                .identity()
                .certificate()
                .tbs_certificate()
                .subject_public_key_info()
                .owned_to_ref()
                .try_into()
                .unwrap()
        )
    );
    let (_, ku) = token
        .certificate()
        .tbs_certificate()
        .get_extension::<KeyUsage>()
        .unwrap()
        .unwrap();
    assert!(ku.key_agreement() && !ku.key_cert_sign());

    // PEM chain round trip: token certificate then CSP certificate.
    let pem = token.to_pem().unwrap();
    assert_eq!(pem.matches("-----BEGIN CERTIFICATE-----").count(), 2);
    assert_eq!(&Token::from_pem(&pem).unwrap(), token);
    assert_eq!(token.verify(rack.csp.certificate(), Role::Node, T0), Ok(()));
    assert_eq!(
        token.verify(rack.csp.certificate(), Role::RackManager, T0),
        Err(Reason::InvalidToken)
    );
    assert_eq!(
        token.verify(rack.csp.certificate(), Role::Node, T0 + Duration::days(400)),
        Err(Reason::InvalidToken),
        "expired"
    );
    assert!(rack.rm.token().unwrap().role() == Some(Role::RackManager));
}

use der::referenced::OwnedToRef;

#[test]
fn sealed_tokens_round_trip_as_pem_and_open_only_for_their_recipient() {
    let rack = rack(2);
    let cert0 = rack.nodes[0].identity().certificate();
    let sealed = rack.node_tokens[0].seal_to(cert0).unwrap();
    let pem = sealed.to_pem();
    assert!(pem.starts_with("-----BEGIN OPENRMC SEALED NODE TOKEN-----"));
    assert!(
        !pem.contains("BEGIN CERTIFICATE"),
        "the token is not readable in transit"
    );
    assert!(SealedToken::is_sealed_token_pem(&pem));
    let parsed = SealedToken::from_pem(&pem).unwrap();
    assert_eq!(parsed, sealed);
    assert_eq!(parsed.role(), Role::Node);
    // Sealing is randomized: the same token sealed twice differs.
    assert_ne!(rack.node_tokens[0].seal_to(cert0).unwrap(), sealed);
    assert!(matches!(
        SealedToken::from_pem("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"),
        Err(TrustError::Token(Reason::InvalidToken))
    ));
}

#[test]
fn manifest_json_round_trip_and_tolerance_of_service_added_properties() {
    let rack = rack(3);
    let json = rack.manifest.to_json().unwrap();
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        v["@odata.type"],
        "#ManageabilityManifest.v1_0_0.ManageabilityManifest"
    );
    assert_eq!(v["NodesToManage"].as_array().unwrap().len(), 3);
    assert_eq!(v["NodesToManage"][0]["NodeName"], "node1");
    assert_eq!(v["NodesToManage"][0]["CertificateType"], "PEM");
    assert!(
        v["NodesToManage"][0]["NodeIDCertificateString"]
            .as_str()
            .unwrap()
            .starts_with("-----BEGIN CERTIFICATE-----")
    );
    assert!(
        v["NodesToManage"][0]["NodeTokenString"]
            .as_str()
            .unwrap()
            .starts_with("-----BEGIN OPENRMC SEALED NODE TOKEN-----")
    );
    assert_eq!(v["Signature"]["Algorithm"], "ecdsa-with-SHA256");
    assert_eq!(
        v["RackManagerKeyFingerprint"],
        Fingerprint::of_public_key(
            &rack
                .rm
                .identity()
                .certificate()
                .tbs_certificate()
                .subject_public_key_info()
                .owned_to_ref()
                .try_into()
                .unwrap()
        )
        .to_hex()
    );

    // What a Redfish service stores and serves back: keys reordered, @odata.id/etag added.
    let mut served = v.clone();
    served["@odata.id"] = "/redfish/v1/Managers/RMC/ManageabilityManifest".into();
    served["@odata.etag"] = "W/\"1\"".into();
    served["NodesToManage"][1]["Oem"] = serde_json::json!({"Vendor": {}});
    let reordered: serde_json::Map<String, serde_json::Value> = served
        .as_object()
        .unwrap()
        .iter()
        .rev()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    let back = ManageabilityManifest::from_json(&serde_json::to_vec(&reordered).unwrap()).unwrap();
    assert_eq!(
        back.signed_bytes().unwrap(),
        rack.manifest.signed_bytes().unwrap()
    );
    let mut rm = rack.rm;
    let update = rm.install_manifest(&back, T0).unwrap();
    assert!(update.unchanged, "the same manifest again changes nothing");
    assert_eq!(rm.manifest().unwrap().nodes().len(), 3);
}

#[test]
fn manifest_verification_checks_the_designated_rack_manager() {
    let rack = rack(1);
    let other = ocp_rmc::trust::IdentityKey::generate().unwrap();
    assert_eq!(
        rack.manifest
            .verify(rack.csp.certificate(), &other, T0, Duration::minutes(2))
            .unwrap_err(),
        Reason::ManifestForOtherRackManager
    );
}

#[test]
fn manifest_updates_need_a_newer_serial_and_report_what_changed() {
    let mut rack = rack(2);
    assert_eq!(rack.manifest.manifest_serial, 1);
    assert_eq!(rack.draft.next_serial(), 2);
    // A new node joins: serial 2.
    let id = identity(&rack.maker, "node3");
    let cert = id.certificate().clone();
    let token = rack
        .csp
        .issue_node_token("node3", &cert, T0, year())
        .unwrap();
    rack.draft.add_node("node3", &cert, &token).unwrap();
    let update = rack.publish(T0 + Duration::minutes(1));
    assert_eq!(update.serial, 2);
    assert!(update.revoked.is_empty() && !update.unchanged);
    assert_eq!(rack.rm.manifest().unwrap().nodes().len(), 3);
    assert_eq!(rack.rm.log().of_kind(EventKind::ManifestUpdated).count(), 2);
    // The draft refuses a duplicate name or key, and a token of another node.
    assert!(rack.draft.add_node("node3", &cert, &token).is_err());
    assert!(rack.draft.add_node("node4", &cert, &token).is_err());
    assert!(
        rack.draft
            .add_node("node4", rack.nodes[0].identity().certificate(), &token)
            .is_err()
    );
    assert!(matches!(
        rack.draft.add_node("bad,name", &cert, &token),
        Err(TrustError::InvalidName(_))
    ));
}

#[test]
fn messages_have_a_json_wire_form() {
    let mut rack = rack(1);
    let m1: DiscoveryMessage = rack.rm.announce().unwrap().into();
    let bytes = m1.to_bytes().unwrap();
    let v: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(v["Type"], "DiscoveryRequest");
    assert!(
        v["RackManagerCertificate"]
            .as_str()
            .unwrap()
            .starts_with("-----BEGIN CERTIFICATE-----")
    );
    assert_eq!(DiscoveryMessage::from_bytes(&bytes).unwrap(), m1);
    let m2 = rack.nodes[0].handle(&m1, T0).unwrap();
    let m3 = rack.rm.handle(&m2, T0).unwrap();
    let v: serde_json::Value = serde_json::from_slice(&m3.to_bytes().unwrap()).unwrap();
    assert_eq!(v["Type"], "Challenge");
    assert_eq!(v["RackManager"], rack.rm.identity().fingerprint().to_hex());
    // The tokens travel encrypted: nothing of them is visible in the challenge.
    let token_pem = rack.node_tokens[0].to_pem().unwrap();
    let body = &token_pem[28..90];
    assert!(!String::from_utf8_lossy(&m3.to_bytes().unwrap()).contains(body));
    assert!(DiscoveryMessage::from_bytes(b"{\"Type\":\"Nope\"}").is_err());
    // Messages addressed to the other side are ignored.
    assert!(rack.rm.handle(&m1, T0).is_none());
    assert!(rack.nodes[0].handle(&m2, T0).is_none());
}

#[test]
fn secrets_stay_out_of_debug_output() {
    let mut rack = rack(1);
    let session = discover(&mut rack.rm, &mut rack.nodes[0], T0).unwrap();
    let hex: String = session
        .key
        .expose_secret()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let shown = format!(
        "{:?} {:?} {:?} {:?} {:?}",
        session, rack.rm, rack.nodes[0], rack.node_tokens[0], rack.manifest
    );
    assert!(!shown.contains(&hex));
    assert!(shown.contains("<redacted>"));
    assert!(
        !shown.contains("BEGIN"),
        "no certificate or token text in Debug: {shown}"
    );
    assert_eq!(
        format!("{:?}", ocp_rmc::trust::IdentityKey::generate().unwrap()),
        "IdentityKey(<redacted>)"
    );
}

#[test]
fn freshness_policy_is_configurable() {
    let p = TrustPolicy::default()
        .with_max_clock_skew(Duration::seconds(10))
        .with_challenge_timeout(Duration::seconds(5));
    assert_eq!(p.max_clock_skew, Duration::seconds(10));
    assert_eq!(p.challenge_timeout, Duration::seconds(5));
    assert_eq!(TrustPolicy::default().max_clock_skew, Duration::minutes(2));
}

#[test]
fn csp_and_identity_keys_can_be_stored_and_reloaded() {
    let rack = rack(1);
    let ca = rack.csp.authority();
    let key_pem = ca.key_pem().unwrap();
    assert!(key_pem.starts_with("-----BEGIN PRIVATE KEY-----"));
    let reloaded =
        ocp_rmc::trust::CertificateAuthority::from_pem(&ca.certificate_pem().unwrap(), &key_pem)
            .unwrap();
    let csp = ocp_rmc::trust::Csp::from_authority(reloaded);
    // A token issued after the reload verifies under the same CSP certificate.
    let cert = rack.nodes[0].identity().certificate();
    let token = csp.issue_node_token("node1", cert, T0, year()).unwrap();
    assert_eq!(token.verify(rack.csp.certificate(), Role::Node, T0), Ok(()));
    // A key that is not the CA's is refused, and so is a non-CA certificate.
    let other = ocp_rmc::trust::IdentityKey::generate().unwrap();
    let other_pem = other.to_pem().unwrap();
    assert!(matches!(
        ocp_rmc::trust::CertificateAuthority::from_pem(&ca.certificate_pem().unwrap(), &other_pem),
        Err(TrustError::Key(_))
    ));
    let leaf = rack
        .maker
        .issue_identity("x", &other.public_key(), T0, year())
        .unwrap();
    let leaf_pem = der::EncodePem::to_pem(&leaf, der::pem::LineEnding::LF).unwrap();
    assert!(matches!(
        ocp_rmc::trust::CertificateAuthority::from_pem(&leaf_pem, &other_pem),
        Err(TrustError::Certificate(_))
    ));
    // Identity keys round trip too.
    let again = ocp_rmc::trust::IdentityKey::from_pem(&other_pem).unwrap();
    assert_eq!(again.public_key(), other.public_key());
    assert!(ocp_rmc::trust::IdentityKey::from_pem("garbage").is_err());
}

#[test]
fn events_can_be_drained_for_forwarding() {
    let mut rack = rack(1);
    discover(&mut rack.rm, &mut rack.nodes[0], T0).unwrap();
    let events = rack.rm.take_events();
    assert_eq!(
        events.iter().map(|e| e.kind.name()).collect::<Vec<_>>(),
        vec!["Manageability Manifest Updated", "Session Established"]
    );
    assert!(rack.rm.events().is_empty());
    assert_eq!(rack.nodes[0].take_events().len(), 1);
    assert!(
        events[1]
            .to_string()
            .starts_with("2025-06-01T12:00:00Z [Session Established] node1 session ")
    );
}
