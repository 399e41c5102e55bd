//! OCP OpenRMC v1.2 rack management profile for redfish-rs, with the token/manifest trust model.
//!
//! (Work in progress.)
