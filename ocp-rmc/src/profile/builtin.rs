//! The OCP profiles shipped inside the crate (`ocp-rmc/profiles`, unmodified copies of the
//! published files), so that checking a service needs no files from anywhere.

use crate::error::{Error, Result};
use crate::profile::library::ProfileLibrary;
use crate::profile::model::Profile;

/// File name and text of every embedded profile.
const FILES: &[(&str, &str)] = &[
    (
        "OCPRackManagerController.v1_1_0.json",
        include_str!("../../profiles/OCPRackManagerController.v1_1_0.json"),
    ),
    (
        "OCPRackManagerController.v1_0_2.json",
        include_str!("../../profiles/OCPRackManagerController.v1_0_2.json"),
    ),
    (
        "OCPBaselineHardwareManagement.v1_0_1.json",
        include_str!("../../profiles/OCPBaselineHardwareManagement.v1_0_1.json"),
    ),
    (
        "OCPBaselineHardwareManagement.v1_1_1.json",
        include_str!("../../profiles/OCPBaselineHardwareManagement.v1_1_1.json"),
    ),
];

/// The file name of the OpenRMC rack-manager profile the crate checks against by default
/// (the newest published one; no v1_2_0 profile was ever published).
pub const RACK_MANAGER_PROFILE: &str = "OCPRackManagerController.v1_1_0.json";

impl Profile {
    /// The names of the profile files embedded in the crate.
    pub fn builtin_names() -> impl Iterator<Item = &'static str> {
        FILES.iter().map(|(name, _)| *name)
    }

    /// An embedded profile, by file name (see [`Profile::builtin_names`]); the corrections
    /// for the published profiles' defects apply as for a file.
    ///
    /// ```
    /// use ocp_rmc::profile::Profile;
    /// let rmc = Profile::builtin("OCPRackManagerController.v1_1_0.json")?;
    /// assert_eq!(rmc.name, "OCPRackManagerController");
    /// # Ok::<(), ocp_rmc::Error>(())
    /// ```
    ///
    /// # Errors
    ///
    /// [`Error::Profile`] for a name that is not embedded.
    pub fn builtin(file_name: &str) -> Result<Self> {
        let (name, text) = FILES
            .iter()
            .find(|(name, _)| *name == file_name)
            .ok_or_else(|| Error::Profile {
                name: file_name.to_owned(),
                reason: format!(
                    "not an embedded profile (embedded: {})",
                    Self::builtin_names().collect::<Vec<_>>().join(", ")
                ),
            })?;
        Self::from_text(text, &format!("embedded {name}"), Some((*name).to_owned()))
    }

    /// The OpenRMC rack-manager profile ([`RACK_MANAGER_PROFILE`]).
    ///
    /// # Errors
    ///
    /// Never for the embedded file; the signature matches [`Profile::builtin`].
    pub fn rack_manager() -> Result<Self> {
        Self::builtin(RACK_MANAGER_PROFILE)
    }
}

impl ProfileLibrary {
    /// Every profile embedded in the crate, to resolve `RequiredProfiles` without files.
    ///
    /// ```
    /// use ocp_rmc::profile::{Profile, ProfileLibrary};
    /// let library = ProfileLibrary::builtin();
    /// let profiles = library.resolve(&Profile::rack_manager()?)?;
    /// assert!(library.find("OCPBaselineHardwareManagement", Some("1.0.1")).is_some());
    /// # let _ = profiles;
    /// # Ok::<(), ocp_rmc::Error>(())
    /// ```
    pub fn builtin() -> Self {
        let profiles = FILES
            .iter()
            .filter_map(|(name, _)| Profile::builtin(name).ok())
            .collect();
        Self::from_profiles(profiles)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_embedded_profile_loads_and_matches_its_file() {
        let library = ProfileLibrary::builtin();
        assert_eq!(library.profiles().len(), FILES.len());
        let dir = format!("{}/profiles", env!("CARGO_MANIFEST_DIR"));
        let from_files = ProfileLibrary::open(dir).unwrap();
        for name in Profile::builtin_names() {
            let embedded = Profile::builtin(name).unwrap();
            let file = from_files
                .profiles()
                .iter()
                .find(|p| p.file.as_deref() == Some(name))
                .unwrap();
            assert_eq!(embedded.name, file.name);
            assert_eq!(embedded.version, file.version);
            assert_eq!(embedded.file_version, file.file_version);
        }
        assert!(matches!(
            Profile::builtin("nope.json"),
            Err(Error::Profile { .. })
        ));
    }
}
