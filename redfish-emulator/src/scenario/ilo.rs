//! The `ilo` scenarios: an HPE iLO 6 or iLO 7 following the HPE security service documentation
//! (seed `000_...`) and the iLO 5 capture in `testdata/mockups`.
//!
//! The resources are data: `data/scenarios/ilo/ilo6.json` and `ilo7.json` (a JSON map from
//! path to resource, compiled into the crate). This module adds what cannot be static: the
//! factory identity certificates (issued by a CA made at start), the registries, BIOS and virtual
//! media. The behaviour is the HPE iLO one (`vendor::hpe_ilo`), detected from this data.

use super::Built;
use crate::Error;
use crate::certs::{self, Ca};
use crate::tree::Tree;
use crate::vendor::hpe_ilo::{SERIAL, SKU};

const ILO6: &str = include_str!("../../data/scenarios/ilo/ilo6.json");
const ILO7: &str = include_str!("../../data/scenarios/ilo/ilo7.json");
const MANAGER: &str = "/redfish/v1/Managers/1";
const SECURITY: &str = "/redfish/v1/Managers/1/SecurityService";
/// Factory identities and the usage of their certificate.
const FACTORY: [(&str, &str); 4] = [
    ("iLOIDevID", "IDevID"),
    ("SystemIDevID", "IDevID"),
    ("SystemIAK", "IAK"),
    ("PlatformCert", "Platform"),
];
const BIOS_REGISTRY: &str = "BiosAttributeRegistryU54.v1_0_0";

fn err(e: String) -> Error {
    Error::Tls(format!("certificate generation: {e}"))
}

/// Builds the iLO scenario for generation 6 or 7.
pub(crate) fn build(generation: u8) -> Result<Built, Error> {
    let (name, source) = if generation >= 7 {
        ("ilo/ilo7.json", ILO7)
    } else {
        ("ilo/ilo6.json", ILO6)
    };
    let mut tree = Tree::default();
    let now = crate::util::now_rfc3339();
    super::parts::load(&mut tree, name, source, &[("now", &now)])?;
    super::common::registries(&mut tree);
    let passwords = super::common::default_passwords(&tree);
    let ca = Ca::new("HPE iLO Factory Identity CA", "Hewlett Packard Enterprise").map_err(err)?;
    for (collection, usage) in FACTORY {
        let coll = format!("{SECURITY}/{collection}/Certificates");
        let pem = ca
            .issue(
                &format!("{SKU} {SERIAL}"),
                "Hewlett Packard Enterprise",
                false,
                false,
            )
            .map_err(err)?;
        let path = format!("{coll}/1");
        tree.put(
            &path,
            certs::certificate_resource(&path, "1", &pem, &[usage]).map_err(err)?,
        );
        tree.add_member(&coll, &path);
    }
    super::parts::bios_registry(&mut tree, BIOS_REGISTRY, "HPE", "ProLiant DL380 Gen11")?;
    super::parts::bios_and_media(
        &mut tree,
        "/redfish/v1/Systems/1",
        MANAGER,
        BIOS_REGISTRY,
        SERIAL,
    )?;
    let push = tree
        .get("/redfish/v1/UpdateService")
        .and_then(|u| u.get("MultipartHttpPushUri"))
        .and_then(serde_json::Value::as_str)
        .map(str::to_owned);
    Ok(Built {
        tree,
        passwords,
        push_uri: push,
        metadata: None,
    })
}
