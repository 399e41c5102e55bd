//! The behaviours a service shows, chosen from its data: HPE iLO when the tree identifies an
//! iLO, OCP rack manager when it has a rack manager, and always the DMTF-standard behaviour.

use std::sync::Arc;

use crate::behaviour::{Behaviour, Behaviours};
use crate::tree::Tree;

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
