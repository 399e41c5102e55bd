//! The behaviours a service shows, chosen from its data: HPE iLO when the tree identifies an
//! iLO, OCP rack manager when it has a rack manager, and always the DMTF-standard behaviour.

use std::sync::Arc;

use crate::behaviour::{Behaviour, Behaviours};
use crate::tree::Tree;

use crate::messages::RegistrySource;

pub(crate) mod dmtf;
pub(crate) mod hpe_ilo;
pub(crate) mod ocp_rack;

/// The behaviours for a tree, most specific first.
pub(crate) fn detect(tree: &Tree) -> Behaviours {
    let mut list: Vec<Arc<dyn Behaviour>> = Vec::new();
    if let Some(ilo) = hpe_ilo::HpeIlo::detect(tree) {
        list.push(Arc::new(ilo));
    }
    if let Some(rack) = ocp_rack::OcpRack::detect(tree) {
        list.push(Arc::new(rack));
    }
    list.push(Arc::new(dmtf::Dmtf));
    Behaviours(list.into())
}

/// The vendors' message registries (known to every service for formatting messages, served by
/// the services whose behaviour raises them).
pub(crate) const REGISTRIES: [RegistrySource; 3] = [
    hpe_ilo::REGISTRIES[0],
    hpe_ilo::REGISTRIES[1],
    ocp_rack::REGISTRIES[0],
];

#[cfg(test)]
mod tests {
    use crate::messages::resolve;

    #[test]
    fn vendor_ids_resolve() {
        let r = resolve("iLOEvents.SecurityStateChange", &["HighSecurity"]).unwrap();
        assert_eq!(r.id, "iLOEvents.3.2.SecurityStateChange");
        assert_eq!(r.message, "Security state changed to HighSecurity.");
        assert_eq!(r.number_of_args, 1);
        let r = resolve("OpenRMC.1.0.RevokedNode", &["node7"]).unwrap();
        assert_eq!(r.severity, "Warning");
        assert!(r.message.starts_with("Revoked Node: the node 'node7'"));
    }
}
