//! Update.
