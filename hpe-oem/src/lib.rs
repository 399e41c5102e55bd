//! HPE iLO OEM extensions for redfish-rs: security service, certificates, DevIDs, app accounts.
//!
//! (Work in progress.)
