//! Vendor behaviour as one trait: everything a service does beyond serving and patching its
//! tree goes through [`Behaviour`], so the generic modules (request handling, creation,
//! actions) never ask which vendor they serve.
//!
//! A service runs a list of behaviours, most specific first, ending with the DMTF-standard one;
//! for each hook the first behaviour that answers wins. The list is chosen from the tree's
//! data ([`crate::vendor::detect`]), so a captured tree gets the same behaviour as a built-in
//! scenario of the same kind.

use std::sync::Arc;

use serde_json::{Map, Value};

use crate::actions::Found;
use crate::auth::Principal;
use crate::certs::{CsrRequest, ParsedCert};
use crate::events::Event;
use crate::messages::RegistrySource;
use crate::reply::Reply;
use crate::state::{Inner, State};
use crate::tls::Identity;
use crate::tree::Tree;

/// Vendor hooks. Every method has a default that means "not mine": `None`, no change, `Ok`.
pub(crate) trait Behaviour: Send + Sync + std::fmt::Debug {
    /// Rules that refuse a PATCH before schema validation, in the vendor's own error format.
    fn patch_rules(
        &self,
        _inner: &Inner,
        _key: &str,
        _current: &Value,
        _body: &Map<String, Value>,
    ) -> Result<(), Reply> {
        Ok(())
    }

    /// Checks beyond the schema, reported as messages (after schema validation).
    fn patch_checks(
        &self,
        _inner: &Inner,
        _key: &str,
        _current: &Value,
        _body: &Map<String, Value>,
    ) -> Vec<Value> {
        Vec::new()
    }

    /// Property paths (JSON pointers without `#`) writable although the schema says otherwise.
    fn extra_writable(&self, _current: &Value) -> &'static [&'static str] {
        &[]
    }

    /// Effects of a successful PATCH on the new body (and the rest of the tree).
    fn after_patch(
        &self,
        _state: &Arc<State>,
        _inner: &mut Inner,
        _key: &str,
        _current: &Value,
        _updated: &mut Map<String, Value>,
        _body: &Map<String, Value>,
    ) {
    }

    /// The body of a successful PATCH answer, when the vendor does not echo the resource.
    fn patch_reply(&self, _current: &Value, _body: &Map<String, Value>) -> Option<Value> {
        None
    }

    /// Answers a DELETE itself (e.g. resetting a resource instead of removing it).
    fn delete(&self, _state: &Arc<State>, _key: &str) -> Option<Reply> {
        None
    }

    /// Overrides whether a resource accepts DELETE.
    fn deletable(&self, _tree: &Tree, _key: &str) -> Option<bool> {
        None
    }

    /// Overrides whether a collection accepts POST.
    fn insertable(&self, _key: &str, _collection: &Value) -> Option<bool> {
        None
    }

    /// Creates a member of a collection.
    fn create(
        &self,
        _state: &Arc<State>,
        _principal: &Principal,
        _key: &str,
        _collection: &Value,
        _body: &Map<String, Value>,
    ) -> Option<Reply> {
        None
    }

    /// Answers a POST to a URI that is neither a collection nor an action target.
    fn special_post(
        &self,
        _state: &Arc<State>,
        _principal: &Principal,
        _path: &str,
        _body: &Map<String, Value>,
    ) -> Option<Reply> {
        None
    }

    /// Runs an action (parameters already validated).
    fn action(
        &self,
        _state: &Arc<State>,
        _principal: &Principal,
        _found: &Found,
        _params: &Map<String, Value>,
    ) -> Option<Reply> {
        None
    }

    /// The answer to a synchronous action that succeeded.
    fn action_success(&self) -> Option<Reply> {
        None
    }

    /// The body of `201 Created` after a certificate install, if not the certificate itself.
    fn created_body(&self) -> Option<Value> {
        None
    }

    /// Decorates a new account (vendor OEM sections).
    fn new_account(&self, _account: &mut Value, _body: &Map<String, Value>) {}

    /// Fills or replaces what a CSR for `collection` says.
    fn csr_defaults(&self, _collection: &str, _req: &mut CsrRequest) {}

    /// True when `CertificateString` holds vendor material that is not X.509 (stored as sent).
    fn opaque_certificate(&self, _text: &str) -> bool {
        false
    }

    /// Vendor checks of a certificate installed into a collection.
    fn check_certificate(
        &self,
        _inner: &Inner,
        _collection: &str,
        _parsed: &ParsedCert,
        _text: &str,
    ) -> Result<(), Reply> {
        Ok(())
    }

    /// Settings that depend on the service's own TLS certificate.
    fn finish_identity(&self, _inner: &mut Inner, _identity: &Identity) {}

    /// True for namespaces of the vendor's own schemas (not DMTF CSDL files).
    fn own_namespace(&self, _namespace: &str) -> bool {
        false
    }

    /// Where the JSON schema of a vendor type is (`Link: rel=describedby`).
    fn schema_uri(&self, _odata_type: &str) -> Option<String> {
        None
    }

    /// An event is being raised (every event passes here before it is published): the vendor
    /// may adjust it (e.g. make it an `Alert`) and add its own events to `extra`, which go
    /// into the same payload, and record it (e.g. in a log).
    fn raise_event(&self, _inner: &mut Inner, _event: &mut Event, _extra: &mut Vec<Event>) {}

    /// Message registries the vendor's events use, served from `/redfish/v1/Registries` when
    /// the tree serves none of that prefix.
    fn registries(&self) -> &'static [RegistrySource] {
        &[]
    }
}

/// The behaviours of one service, most specific first.
#[derive(Debug, Clone)]
pub(crate) struct Behaviours(pub Arc<[Arc<dyn Behaviour>]>);

impl Behaviours {
    /// The first answer of a hook.
    pub(crate) fn first<T>(&self, f: impl FnMut(&Arc<dyn Behaviour>) -> Option<T>) -> Option<T> {
        self.0.iter().find_map(f)
    }

    /// Every behaviour, most specific first.
    pub(crate) fn iter(&self) -> impl Iterator<Item = &Arc<dyn Behaviour>> {
        self.0.iter()
    }
}
