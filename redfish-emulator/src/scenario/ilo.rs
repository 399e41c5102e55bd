//! The `ilo` scenario: an HPE iLO 6 (or 7) manager with the HPE security behaviours.

use std::sync::Arc;

use serde_json::{Map, Value};

use super::Built;
use crate::Error;
use crate::reply::Reply;
use crate::state::{Inner, State};
use crate::tls::Identity;
use crate::tree::Tree;

/// Path of the HPE HttpsCert resource.
pub(crate) const HTTPS_CERT: &str = "/redfish/v1/Managers/1/SecurityService/HttpsCert";

pub(crate) fn build(_generation: u8) -> Result<Built, Error> {
    Err(Error::Tls("the ilo scenario is not built yet".into()))
}

pub(crate) fn finish(_inner: &mut Inner, _identity: &Identity) {}

pub(crate) fn patch_rules(
    _generation: u8,
    _inner: &Inner,
    _key: &str,
    _current: &Value,
    _body: &Map<String, Value>,
) -> Result<(), Reply> {
    Ok(())
}

pub(crate) fn after_patch(
    _state: &Arc<State>,
    _generation: u8,
    _inner: &mut Inner,
    _key: &str,
    _current: &Value,
    _updated: &mut Map<String, Value>,
    _body: &Map<String, Value>,
) {
}

/// True for the HPE HttpsCert resource (DELETE regenerates the self-signed certificate).
pub(crate) fn is_https_cert(tree: &Tree, path: &str) -> bool {
    tree.get(path)
        .and_then(crate::tree::odata_type)
        .map(|t| t.starts_with("HpeHttpsCert."))
        .unwrap_or(false)
}

/// DELETE handled by the HPE rules, if any.
pub(crate) fn delete_hook(_state: &Arc<State>, _path: &str) -> Option<Reply> {
    None
}

/// POST to `AccountService/Oem/Hpe/AppAccounts`.
pub(crate) fn create_app_account(
    _state: &Arc<State>,
    _principal: &crate::auth::Principal,
    _coll: &str,
    _body: Map<String, Value>,
) -> Reply {
    Reply::method_not_allowed("GET, HEAD")
}

/// Adds the HPE OEM part to a new account.
pub(crate) fn decorate_account(_account: &mut Value, _body: &Map<String, Value>) {}

/// `#HpeHttpsCert.GenerateCSR`.
pub(crate) fn https_generate_csr(
    state: &Arc<State>,
    _res: &str,
    _params: &Map<String, Value>,
) -> Reply {
    crate::actions::success(state)
}

/// `#HpeHttpsCert.ImportCertificate`.
pub(crate) fn https_import(state: &Arc<State>, _res: &str, _params: &Map<String, Value>) -> Reply {
    crate::actions::success(state)
}
