//! Placing trust material through Redfish (guide 5.27-5.30.2) on the emulated OpenRMC rack.

// Helpers outside #[test] functions (here and in `common`) unwrap too.
#![allow(clippy::unwrap_used)]

mod common;
mod trust_support;

use ocp_rmc::trust::redfish::{
    find_rack_manager, manifest_uri, node_certificates, place_manifest, place_node_certificate,
    place_node_token, place_rack_manager_certificate, place_rack_manager_token, read_certificate,
    read_manifest, sealed_tokens,
};
use ocp_rmc::trust::{
    Csp, EventKind, ManifestDraft, Node, RackManager, SealedToken, TrustError, TrustPolicy,
};
use redfish_client::model::ODataId;
use redfish_client::model::manager::ManagerType;
use trust_support::*;

async fn first_system(client: &redfish_client::Client) -> ODataId {
    let root = client.service_root().await.unwrap();
    let systems = root.systems().unwrap().collect().await.unwrap();
    systems[0].odata_id().clone()
}

#[tokio::test]
async fn the_rack_manager_is_found_by_manager_type() {
    let (emu, client) = common::rack(2).await;
    let rm = find_rack_manager(&client).await.unwrap();
    assert_eq!(rm.manager_type, Some(ManagerType::RackManager));
    assert_eq!(
        manifest_uri(&rm),
        rm.odata_id().child("ManageabilityManifest")
    );
    client.logout().await.unwrap();
    emu.shutdown().await;
}

#[tokio::test]
async fn node_and_rack_manager_certificates_are_placed_and_read_back() {
    let (emu, client) = common::rack(2).await;
    let maker = maker("Maker Device CA");
    let sys = first_system(&client).await;

    // 5.27: the node already has a device certificate.
    let before = node_certificates(&client, &sys).await.unwrap();
    assert!(!before.is_empty());
    let (uri, cert) = &before[0];
    assert_eq!(&read_certificate(&client, uri).await.unwrap(), cert);

    // 5.28: place an identity certificate; it is listed and reads back identical.
    let node = identity(&maker, "node1");
    let placed = place_node_certificate(&client, &sys, node.certificate())
        .await
        .unwrap();
    assert_eq!(
        &read_certificate(&client, &placed).await.unwrap(),
        node.certificate()
    );
    let after = node_certificates(&client, &sys).await.unwrap();
    assert_eq!(after.len(), before.len() + 1);
    assert!(
        after
            .iter()
            .any(|(u, c)| u == &placed && c == node.certificate())
    );

    // 5.30: the rack manager's certificate.
    let rm = find_rack_manager(&client).await.unwrap();
    let rm_id = identity(&maker, "rmc");
    let placed = place_rack_manager_certificate(&client, &rm, rm_id.certificate())
        .await
        .unwrap();
    assert!(placed.path().starts_with(rm.odata_id().path()));
    assert_eq!(
        &read_certificate(&client, &placed).await.unwrap(),
        rm_id.certificate()
    );
    client.logout().await.unwrap();
    emu.shutdown().await;
}

#[tokio::test]
async fn the_manifest_is_placed_read_back_and_verified_by_the_rack_manager() {
    let (emu, client) = common::rack(2).await;
    let maker = maker("Maker Device CA");
    let csp = Csp::generate("CN=Contoso Cloud CSP,O=Contoso", T0, year()).unwrap();
    let rm_res = find_rack_manager(&client).await.unwrap();

    // The rack manager's identity and token, the nodes' identities placed (5.28, 5.30)
    // and read back by the CSP (5.27) to issue their tokens.
    let rm_id = identity(&maker, "rmc");
    let rm_cert = rm_id.certificate().clone();
    place_rack_manager_certificate(&client, &rm_res, &rm_cert)
        .await
        .unwrap();
    let mut rm = RackManager::new(rm_id, TrustPolicy::default());
    let rm_token = csp
        .issue_rack_manager_token("rmc", &rm_cert, T0, year())
        .unwrap();
    rm.install_token(&rm_token.seal_to(&rm_cert).unwrap(), T0)
        .unwrap();

    let root = client.service_root().await.unwrap();
    let systems = root.systems().unwrap().collect().await.unwrap();
    let mut draft = ManifestDraft::new(&rm_cert).unwrap();
    let mut nodes = Vec::new();
    for (i, sys) in systems.iter().enumerate() {
        let name = format!("node{}", i + 1);
        let id = identity(&maker, &name);
        let uri = place_node_certificate(&client, sys.odata_id(), id.certificate())
            .await
            .unwrap();
        let read = read_certificate(&client, &uri).await.unwrap();
        let token = csp.issue_node_token(&name, &read, T0, year()).unwrap();
        draft.add_node(&name, &read, &token).unwrap();
        let mut node = Node::new(id, TrustPolicy::default());
        node.install_token(&token.seal_to(&read).unwrap(), T0)
            .unwrap();
        nodes.push(node);
    }
    let manifest = csp.sign_manifest(&mut draft, &rm_cert, T0).unwrap();

    // 5.30.2: placed, then read back as the service stores it (with @odata.id added).
    let stored_at = place_manifest(&client, &rm_res, &manifest).await.unwrap();
    assert_eq!(stored_at, manifest_uri(&rm_res));
    let back = read_manifest(&client, &rm_res).await.unwrap();
    assert_eq!(back.odata_id.as_deref(), Some(stored_at.path()));
    assert_eq!(
        back.signed_bytes().unwrap(),
        manifest.signed_bytes().unwrap()
    );
    let update = rm.install_manifest(&back, T0).unwrap();
    assert_eq!(update.serial, 1);
    assert_eq!(rm.manifest().unwrap().nodes().len(), systems.len());
    for node in &mut nodes {
        assert!(discover(&mut rm, node, T0).is_some());
    }

    // Revocation: the updated manifest replaces the stored one.
    assert!(draft.revoke("node2"));
    let v2 = csp.sign_manifest(&mut draft, &rm_cert, T0).unwrap();
    place_manifest(&client, &rm_res, &v2).await.unwrap();
    let back = read_manifest(&client, &rm_res).await.unwrap();
    assert_eq!(back.manifest_serial, 2);
    let update = rm.install_manifest(&back, T0).unwrap();
    assert_eq!(update.revoked, vec!["node2".to_owned()]);
    assert_eq!(rm.log().of_kind(EventKind::RevokedNode).count(), 1);

    // An unsigned manifest is never sent.
    let mut unsigned = v2.clone();
    unsigned.signature = None;
    assert!(matches!(
        place_manifest(&client, &rm_res, &unsigned).await,
        Err(TrustError::Manifest(_))
    ));
    client.logout().await.unwrap();
    emu.shutdown().await;
}

#[tokio::test]
async fn sealed_tokens_are_placed_on_node_and_rack_manager_and_read_back() {
    let (emu, client) = common::rack(1).await;
    let maker = maker("Maker Device CA");
    let csp = Csp::generate("CN=Contoso Cloud CSP,O=Contoso", T0, year()).unwrap();
    let sys = first_system(&client).await;
    let node_id = identity(&maker, "node1");
    let node_cert = node_id.certificate().clone();
    let token = csp
        .issue_node_token("node1", &node_cert, T0, year())
        .unwrap();
    let sealed = token.seal_to(&node_cert).unwrap();
    // 5.29
    let uri = place_node_token(&client, &sys, &sealed).await.unwrap();
    let stored = sealed_tokens(&client, &sys).await.unwrap();
    assert!(stored.iter().any(|(u, s)| u == &uri && s == &sealed));
    let mut node = Node::new(node_id, TrustPolicy::default());
    node.install_token(&stored[0].1, T0).unwrap();
    assert_eq!(node.token(), Some(&token));
    // 5.30.1
    let rm_res = find_rack_manager(&client).await.unwrap();
    let rm_id = identity(&maker, "rmc");
    let rm_cert = rm_id.certificate().clone();
    let rm_sealed = csp
        .issue_rack_manager_token("rmc", &rm_cert, T0, year())
        .unwrap()
        .seal_to(&rm_cert)
        .unwrap();
    place_rack_manager_token(&client, &rm_res, &rm_sealed)
        .await
        .unwrap();
    let stored: Vec<SealedToken> = sealed_tokens(&client, rm_res.odata_id())
        .await
        .unwrap()
        .into_iter()
        .map(|(_, s)| s)
        .collect();
    assert!(stored.contains(&rm_sealed));
    client.logout().await.unwrap();
    emu.shutdown().await;
}

/// A service that refuses a token is reported with its HTTP status and
/// `@Message.ExtendedInfo`. The emulated rack stores sealed tokens, but not one with the
/// right PEM label and no ciphertext.
#[tokio::test]
async fn a_refused_token_surfaces_the_services_redfish_error() {
    let (emu, client) = common::rack(1).await;
    let sys = first_system(&client).await;
    let empty = SealedToken::from_pem(
        "-----BEGIN OPENRMC SEALED NODE TOKEN-----\n-----END OPENRMC SEALED NODE TOKEN-----\n",
    )
    .unwrap();
    let err = place_node_token(&client, &sys, &empty).await.unwrap_err();
    let TrustError::Redfish(e) = &err else {
        panic!("{err}")
    };
    assert_eq!(e.status().map(|s| s.as_u16()), Some(400));
    assert!(
        e.message_ids()
            .iter()
            .any(|m| m.starts_with("Base.") && m.ends_with(".PropertyValueFormatError")),
        "{e}"
    );
    assert!(sealed_tokens(&client, &sys).await.unwrap().is_empty());
    client.logout().await.unwrap();
    emu.shutdown().await;
}
