//! Session keys (6.5.3: "both shall generate session keys based on the challenge and
//! nonce/time").

use std::fmt;

use hkdf::Hkdf;
use sha2::Sha256;
use time::OffsetDateTime;
use zeroize::Zeroizing;

use super::crypto::{Fingerprint, ct_eq};
use super::error::{TrustError, TrustResult};

const SALT: &[u8] = b"OpenRMC session v1";

/// A 256-bit session key. Zeroized on drop, never printed; compare with
/// [`SessionKey::ct_eq`].
#[derive(Clone)]
pub struct SessionKey(Zeroizing<[u8; 32]>);

impl SessionKey {
    /// The key bytes, e.g. to key an AEAD for the management channel.
    pub fn expose_secret(&self) -> &[u8; 32] {
        &self.0
    }

    /// Constant-time comparison.
    pub fn ct_eq(&self, other: &Self) -> bool {
        ct_eq(&*self.0, &*other.0)
    }
}

impl fmt::Debug for SessionKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SessionKey(<redacted>)")
    }
}

/// An authenticated session between a rack manager and a node.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Session {
    /// A public identifier of the session (derived with the key, safe to log).
    pub id: String,
    /// The shared key.
    pub key: SessionKey,
    /// The peer's identity certificate fingerprint.
    pub peer: Fingerprint,
    /// The peer's name (manifest `NodeName` for a node, token `CN` for a rack manager).
    pub peer_name: String,
    /// When the session was established (the `now` of the final step).
    pub established_at: OffsetDateTime,
}

/// HKDF-SHA256 (RFC 5869): IKM = challenge || nonce, salt = protocol label, info = label ||
/// rack manager certificate fingerprint || node certificate fingerprint.
pub(crate) fn derive(
    challenge: &[u8],
    nonce: &[u8],
    rack_manager: &Fingerprint,
    node: &Fingerprint,
) -> TrustResult<(String, SessionKey)> {
    let mut ikm = Zeroizing::new(Vec::with_capacity(challenge.len() + nonce.len()));
    ikm.extend_from_slice(challenge);
    ikm.extend_from_slice(nonce);
    let hk = Hkdf::<Sha256>::new(Some(SALT), &ikm);
    let info = |label: &[u8]| {
        let mut v = label.to_vec();
        v.extend_from_slice(rack_manager.as_bytes());
        v.extend_from_slice(node.as_bytes());
        v
    };
    let mut key = Zeroizing::new([0u8; 32]);
    hk.expand(&info(b"key"), &mut *key)
        .map_err(|e| TrustError::Crypto(e.to_string()))?;
    let mut id = [0u8; 16];
    hk.expand(&info(b"id"), &mut id)
        .map_err(|e| TrustError::Crypto(e.to_string()))?;
    let id = id.iter().map(|b| format!("{b:02x}")).collect();
    Ok((id, SessionKey(key)))
}
