//! Async Redfish client (reqwest + rustls): sessions, TLS policy, ETags, tasks, actions.
//!
//! (Work in progress.)
