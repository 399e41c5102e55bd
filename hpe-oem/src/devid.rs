//! Device identities (stub).
