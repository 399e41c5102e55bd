//! Named connection profiles: `$XDG_CONFIG_HOME/redfish/config.toml`.
//!
//! ```toml
//! [profiles.lab1]
//! url = "https://10.0.0.5"
//! user = "admin"
//! pin = "9f:86:d0:..."      # or: ca = "/etc/redfish/lab-ca.pem"
//! auth = "session"         # or "basic"
//! ```
//!
//! A password is refused: it would sit in clear in a file; use `REDFISH_PASSWORD` or the
//! prompt.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::error::CliError;

/// The config file.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Profiles by name.
    #[serde(default)]
    pub profiles: BTreeMap<String, Profile>,
}

/// One profile.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Base URL.
    pub url: String,
    /// User name.
    pub user: Option<String>,
    /// SHA-256 pin of the server certificate.
    pub pin: Option<String>,
    /// A CA PEM file (relative paths are relative to the config file).
    pub ca: Option<PathBuf>,
    /// `session` (default) or `basic`.
    pub auth: Option<AuthKind>,
}

/// How a profile logs in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AuthKind {
    /// A Redfish session.
    Session,
    /// HTTP Basic.
    Basic,
}

/// Keys that would hold a secret: refused with a clear message rather than "unknown field".
const SECRET_KEYS: &[&str] = &["password", "pass", "passwd", "secret", "token"];

impl Config {
    /// The default location: `$XDG_CONFIG_HOME/redfish/config.toml`, else
    /// `$HOME/.config/redfish/config.toml`.
    pub fn default_path() -> Option<PathBuf> {
        let base = std::env::var_os("XDG_CONFIG_HOME")
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))?;
        Some(base.join("redfish").join("config.toml"))
    }

    /// Reads the file; a missing default file is an empty config, a missing explicit one
    /// an error.
    pub fn load(explicit: Option<&Path>) -> Result<(Self, Option<PathBuf>), CliError> {
        let path = match explicit {
            Some(p) => p.to_path_buf(),
            None => match Self::default_path() {
                Some(p) if p.exists() => p,
                _ => return Ok((Self::default(), None)),
            },
        };
        let text = std::fs::read_to_string(&path)
            .map_err(|e| CliError::Usage(format!("{}: {e}", path.display())))?;
        let config =
            Self::parse(&text).map_err(|e| CliError::Usage(format!("{}: {e}", path.display())))?;
        Ok((config, Some(path)))
    }

    /// Parses the TOML text, refusing secrets.
    pub fn parse(text: &str) -> Result<Self, String> {
        let raw: toml::Table = toml::from_str(text).map_err(|e| e.to_string())?;
        if let Some(toml::Value::Table(profiles)) = raw.get("profiles") {
            for (name, p) in profiles {
                if let toml::Value::Table(p) = p {
                    for key in p.keys() {
                        if SECRET_KEYS.contains(&key.to_ascii_lowercase().as_str()) {
                            return Err(format!(
                                "profile `{name}`: `{key}` is not allowed: never store a password in clear; \
                                 use REDFISH_PASSWORD or the prompt"
                            ));
                        }
                    }
                }
            }
        }
        toml::from_str(text).map_err(|e| e.to_string())
    }

    /// The profile `name`, with a relative CA path resolved against the config file.
    pub fn profile(&self, name: &str, file: Option<&Path>) -> Result<Profile, CliError> {
        let mut p = self.profiles.get(name).cloned().ok_or_else(|| {
            let known: Vec<&str> = self.profiles.keys().map(String::as_str).collect();
            CliError::Usage(format!(
                "no profile `{name}` in {} (known: {})",
                file.map_or_else(
                    || "the config file (none found)".to_owned(),
                    |f| f.display().to_string()
                ),
                if known.is_empty() {
                    "none".to_owned()
                } else {
                    known.join(", ")
                }
            ))
        })?;
        if let (Some(ca), Some(dir)) = (&p.ca, file.and_then(Path::parent))
            && ca.is_relative()
        {
            p.ca = Some(dir.join(ca));
        }
        Ok(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_in_a_profile_is_refused() {
        let e =
            Config::parse("[profiles.a]\nurl = \"https://x\"\npassword = \"pw\"\n").unwrap_err();
        assert!(e.contains("not allowed"), "{e}");
        assert!(!e.contains("pw\""), "{e}");
    }

    #[test]
    fn profiles_parse() {
        let c = Config::parse(
            "[profiles.a]\nurl = \"https://x\"\nuser = \"admin\"\npin = \"ab\"\nauth = \"basic\"\n",
        )
        .unwrap();
        assert_eq!(c.profiles["a"].auth, Some(AuthKind::Basic));
        assert!(Config::parse("[profiles.a]\nurl = \"https://x\"\nbogus = 1\n").is_err());
    }
}
