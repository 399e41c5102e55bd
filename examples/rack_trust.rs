//! The OpenRMC trust model end to end (guide 5.26-5.30.2 and section 6): a CSP issues
//! tokens and a signed Manageability Manifest, places them on the rack through Redfish, the
//! rack manager discovers and authenticates its nodes, a rogue node and a rogue rack
//! manager are refused, and a node is revoked.
//!
//! The rack manager and node *protocol* sides run here, in this process, with keys this
//! example generates (in a real rack they live in the rack manager and node firmware); the
//! Redfish service (the embedded emulated rack, or `--url`) receives the certificates, the
//! tokens and the manifest exactly as the guide places them.
//!
//! ```text
//! cargo run -p redfish-examples --example rack_trust                 # embedded 4-node rack
//! cargo run -p redfish-examples --example rack_trust -- --nodes 8
//! REDFISH_URL=https://rmc REDFISH_PASSWORD=... cargo run -p redfish-examples --example rack_trust -- --apply
//! ```

use std::process::ExitCode;

use clap::Parser;
use ocp_rmc::trust::redfish::{
    find_rack_manager, place_manifest, place_node_certificate, place_node_token,
    place_rack_manager_certificate, place_rack_manager_token, read_certificate, read_manifest,
};
use ocp_rmc::trust::{
    CertificateAuthority, Csp, EventKind, Identity, IdentityKey, ManifestDraft, Node, RackManager,
    SealedToken, Session, TrustError, TrustPolicy,
};
use redfish_client::Client;
use redfish_emulator::Scenario;
use redfish_examples::{BoxError, ConnectArgs, connect};
use time::format_description::well_known::Rfc3339;
use time::{Duration, OffsetDateTime};

#[derive(Debug, Parser)]
#[command(
    about = "CSP tokens and manifest, discovery, rogue entities and revocation on an OpenRMC rack"
)]
struct Args {
    #[command(flatten)]
    connect: ConnectArgs,
    /// Nodes of the embedded rack (ignored with --url).
    #[arg(long, default_value_t = 4)]
    nodes: usize,
    /// With --url: really POST certificates, tokens and a manifest to that service.
    #[arg(long)]
    apply: bool,
}

fn identity(
    ca: &CertificateAuthority,
    name: &str,
    now: OffsetDateTime,
) -> Result<Identity, TrustError> {
    let key = IdentityKey::generate()?;
    let cert = ca.issue_identity(name, &key.public_key(), now, Duration::days(365))?;
    Identity::new(key, cert)
}

/// Places a sealed token; a service that refuses it (some accept only X.509 text as a
/// `CertificateString`) is reported and the token is handed over out of band instead.
async fn place_token<F>(what: &str, placed: F) -> Result<(), BoxError>
where
    F: std::future::Future<Output = Result<redfish_client::model::ODataId, TrustError>>,
{
    match placed.await {
        Ok(uri) => println!("    {what}: sealed token stored at {uri}"),
        Err(TrustError::Redfish(e)) if e.status().is_some_and(|s| s.is_client_error()) => {
            println!(
                "    {what}: the service refused the sealed token ({}): handed over out of band",
                e.status().map(|s| s.as_u16()).unwrap_or_default()
            );
        }
        Err(e) => return Err(e.into()),
    }
    Ok(())
}

fn discover(
    rm: &mut RackManager,
    node: &mut Node,
    now: OffsetDateTime,
) -> Result<Option<Session>, TrustError> {
    let Some(hello) = node.handle_discovery(&rm.announce()?) else {
        return Ok(None);
    };
    let Some(challenge) = rm.handle_hello(&hello, now) else {
        return Ok(None);
    };
    let Some(answer) = node.handle_challenge(&challenge, now) else {
        return Ok(None);
    };
    Ok(rm.handle_response(&answer, now).cloned())
}

async fn run(client: &Client) -> Result<(), BoxError> {
    let now = OffsetDateTime::now_utc();
    let year = Duration::days(365);
    let policy = TrustPolicy::default();

    println!("== CSP and device identities");
    let csp = Csp::generate("CN=Contoso Cloud CSP,O=Contoso", now, year)?;
    let maker = CertificateAuthority::generate("CN=Example Device CA,O=Example Maker", now, year)?;
    println!(
        "  CSP certificate {} (SHA-256 {})",
        csp.certificate().tbs_certificate().subject(),
        csp.authority().fingerprint()?
    );

    let rm_res = find_rack_manager(client).await?;
    println!(
        "  rack manager: {} (ManagerType RackManager)",
        rm_res.odata_id()
    );
    let root = client.service_root().await?;
    let systems = root.systems()?.collect().await?;
    println!("  {} nodes", systems.len());

    println!("== 5.28 / 5.30 identity certificates placed, 5.27 read back");
    let rm_id = identity(&maker, "rmc", now)?;
    let rm_cert = rm_id.certificate().clone();
    let uri = place_rack_manager_certificate(client, &rm_res, &rm_cert).await?;
    println!("  rmc: {uri}");
    let mut rm = RackManager::new(rm_id, policy);
    let mut nodes = Vec::new();
    let mut node_certs = Vec::new();
    for (i, system) in systems.iter().enumerate() {
        let name = format!("node{}", i + 1);
        let id = identity(&maker, &name, now)?;
        let uri = place_node_certificate(client, system.odata_id(), id.certificate()).await?;
        let read = read_certificate(client, &uri).await?;
        println!("  {name}: {uri} ({})", read.tbs_certificate().subject());
        nodes.push((name, system.odata_id().clone(), Node::new(id, policy)));
        node_certs.push(read);
    }

    println!("== CSP issues tokens (sealed to their holder) and the manifest");
    let rm_token = csp
        .issue_rack_manager_token("rmc", &rm_cert, now, year)?
        .seal_to(&rm_cert)?;
    place_token(
        "rmc (5.30.1)",
        place_rack_manager_token(client, &rm_res, &rm_token),
    )
    .await?;
    rm.install_token(&rm_token, now)?;
    let mut draft = ManifestDraft::new(&rm_cert)?;
    for ((name, system, node), cert) in nodes.iter_mut().zip(&node_certs) {
        let token = csp.issue_node_token(name, cert, now, year)?;
        let sealed: SealedToken = token.seal_to(cert)?;
        place_token(
            &format!("{name} (5.29)"),
            place_node_token(client, system, &sealed),
        )
        .await?;
        node.install_token(&sealed, now)?;
        draft.add_node(name, cert, &token)?;
    }
    let manifest = csp.sign_manifest(&mut draft, &rm_cert, now)?;
    let uri = place_manifest(client, &rm_res, &manifest).await?;
    let stored = read_manifest(client, &rm_res).await?;
    let update = rm.install_manifest(&stored, now)?;
    println!(
        "  5.30.2 manifest serial {} with {} nodes stored at {uri}, read back and verified",
        update.serial,
        stored.nodes_to_manage.len()
    );

    println!("== Discovery and mutual authentication");
    for (name, _, node) in &mut nodes {
        match discover(&mut rm, node, now)? {
            Some(s) => println!("  {name}: session {} established", s.id),
            None => println!("  {name}: REFUSED"),
        }
    }

    println!("== A rogue node (not in the manifest)");
    let mut rogue = Node::new(identity(&maker, "node1", now)?, policy);
    let outcome = discover(&mut rm, &mut rogue, now)?;
    println!(
        "  session: {}",
        if outcome.is_some() {
            "ESTABLISHED (unexpected)"
        } else {
            "none, the rack manager stayed silent"
        }
    );
    if let Some(e) = rm.log().last() {
        println!("  rack manager log: {e}");
    }

    if let (Some(cert1), Some((name, _, node1))) = (node_certs.first(), nodes.first_mut()) {
        println!("== A rogue rack manager (token from another CSP)");
        let other_csp = Csp::generate("CN=Fabrikam CSP,O=Fabrikam", now, year)?;
        let rogue_id = identity(&maker, "rmc", now)?;
        let rogue_cert = rogue_id.certificate().clone();
        let mut rogue_rm = RackManager::new(rogue_id, policy);
        let rogue_token = other_csp.issue_rack_manager_token("rmc", &rogue_cert, now, year)?;
        rogue_rm.install_token(&rogue_token.seal_to(&rogue_cert)?, now)?;
        let mut rogue_draft = ManifestDraft::new(&rogue_cert)?;
        let forged = other_csp.issue_node_token(name, cert1, now, year)?;
        rogue_draft.add_node(name, cert1, &forged)?;
        rogue_rm.install_manifest(
            &other_csp.sign_manifest(&mut rogue_draft, &rogue_cert, now)?,
            now,
        )?;
        let outcome = discover(&mut rogue_rm, node1, now)?;
        println!(
            "  {name} answered: {}",
            if outcome.is_some() {
                "YES (unexpected)"
            } else {
                "no, it stayed silent"
            }
        );
        if let Some(e) = node1.log().last() {
            println!("  {name} log: {e}");
        }
    }

    if nodes.len() >= 2 {
        let revoked = nodes[1].0.clone();
        println!("== The CSP revokes {revoked}");
        draft.revoke(&revoked);
        let later = now + Duration::seconds(1);
        let v2 = csp.sign_manifest(&mut draft, &rm_cert, later)?;
        place_manifest(client, &rm_res, &v2).await?;
        let update = rm.install_manifest(&read_manifest(client, &rm_res).await?, later)?;
        println!(
            "  manifest serial {}: sessions terminated for {:?}",
            update.serial, update.revoked
        );
        let (_, _, node) = &mut nodes[1];
        let again = discover(&mut rm, node, later)?;
        println!(
            "  {revoked} tries again: {}",
            if again.is_some() {
                "ACCEPTED (unexpected)"
            } else {
                "refused"
            }
        );
    }

    println!("== Managed Node List");
    for m in rm.managed_nodes() {
        let at = m
            .first_session_at
            .replace_nanosecond(0)
            .unwrap_or(m.first_session_at);
        let at = at.format(&Rfc3339).unwrap_or_default();
        println!(
            "  {:<8} first session {at}  certificate {}",
            m.name, m.fingerprint
        );
    }
    println!("== Rack manager security log");
    for e in rm.events() {
        let mark = if e.kind.is_alert() { "!" } else { " " };
        println!("  {mark} {e}");
    }
    let alerts = rm
        .log()
        .events()
        .iter()
        .filter(|e| e.kind.is_alert())
        .count();
    let revoked = rm.log().of_kind(EventKind::RevokedNode).count();
    println!(
        "{} sessions, {alerts} alerts ({revoked} revoked)",
        rm.sessions().count()
    );
    Ok(())
}

#[tokio::main]
async fn main() -> ExitCode {
    let args = Args::parse();
    if args.connect.url.is_some() && !args.apply {
        eprintln!(
            "error: with --url this example POSTs certificates, tokens and a manifest; add --apply"
        );
        return ExitCode::FAILURE;
    }
    let target = match connect(&args.connect, Scenario::rack(args.nodes)).await {
        Ok(t) => t,
        Err(e) => {
            redfish_examples::print_error(e.as_ref());
            return ExitCode::FAILURE;
        }
    };
    let result = run(&target.client).await;
    target.finish(result).await
}
