//! Embedded Redfish service (emulator) serving mockups and built-in scenarios over HTTP(S).
//!
//! (Work in progress.)
