//! A directory of profiles and the resolution of `RequiredProfiles`.

use std::path::Path;

use crate::error::{Error, Result};
use crate::profile::model::{Profile, version_cmp};

/// The profiles found in a directory, to resolve `RequiredProfiles` by name and version.
///
/// Resolution rule (DSP0272 gives a name and a `MinVersion`; the checker needs a file):
/// among the profiles with that `ProfileName` whose version is at least `MinVersion`, the
/// **lowest** one is used, i.e. the version that was asked for when it is there, not a
/// newer one with more requirements. A profile's version is its `ProfileVersion` or, when
/// the file name says otherwise (published OCP files do: `…v1_1_0.json` declares
/// `1.0.0`), the file name's version; either may satisfy `MinVersion`.
#[derive(Clone, Debug, Default)]
pub struct ProfileLibrary {
    profiles: Vec<Profile>,
}

impl ProfileLibrary {
    /// Reads every `*.json` file of `dir` that is a profile (other files are skipped).
    ///
    /// # Errors
    ///
    /// [`Error::Profile`] when the directory cannot be read.
    pub fn open(dir: impl AsRef<Path>) -> Result<Self> {
        let dir = dir.as_ref();
        let entries = std::fs::read_dir(dir).map_err(|e| Error::Profile {
            name: dir.display().to_string(),
            reason: e.to_string(),
        })?;
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file() && p.extension().is_some_and(|x| x == "json"))
            .collect();
        paths.sort();
        let mut profiles = Vec::new();
        for p in paths {
            match Profile::from_file(&p) {
                Ok(profile) => profiles.push(profile),
                Err(e) => {
                    tracing::debug!(file = %p.display(), error = %e, "not a profile: skipped")
                }
            }
        }
        Ok(Self { profiles })
    }

    /// A library of already-loaded profiles.
    pub fn from_profiles(profiles: Vec<Profile>) -> Self {
        Self { profiles }
    }

    /// Every profile found.
    pub fn profiles(&self) -> &[Profile] {
        &self.profiles
    }

    fn versions(p: &Profile) -> impl Iterator<Item = &str> {
        std::iter::once(p.version.as_str()).chain(p.file_version.as_deref())
    }

    /// The profile `name` with the lowest version that is at least `min_version` (any
    /// version when `None`).
    pub fn find(&self, name: &str, min_version: Option<&str>) -> Option<&Profile> {
        let highest = |p: &&Profile| -> String {
            Self::versions(p)
                .max_by(|a, b| version_cmp(a, b))
                .unwrap_or_default()
                .to_owned()
        };
        let mut candidates: Vec<&Profile> = self
            .profiles
            .iter()
            .filter(|p| p.name == name)
            .filter(|p| match min_version {
                Some(min) => Self::versions(p).any(|v| version_cmp(v, min).is_ge()),
                None => true,
            })
            .collect();
        candidates.sort_by(|a, b| version_cmp(&highest(a), &highest(b)));
        match min_version {
            Some(_) => candidates.first().copied(),
            None => candidates.last().copied(),
        }
    }

    /// `profile` followed by every profile it requires, transitively, each once, in
    /// breadth-first order.
    ///
    /// # Errors
    ///
    /// [`Error::Profile`] naming the first required profile that is not in the library.
    pub fn resolve(&self, profile: &Profile) -> Result<Vec<Profile>> {
        let mut out = vec![profile.clone()];
        let mut i = 0;
        while i < out.len() {
            let required = out[i].required.clone();
            for (name, min) in required {
                let found = self
                    .find(&name, min.as_deref())
                    .ok_or_else(|| Error::Profile {
                        name: out[i].label(),
                        reason: format!(
                            "requires {name} {} which is not in the profile directory",
                            min.as_deref().unwrap_or("(any version)")
                        ),
                    })?;
                if !out
                    .iter()
                    .any(|p| p.name == found.name && p.version == found.version)
                {
                    out.push(found.clone());
                }
            }
            i += 1;
        }
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir() -> String {
        format!("{}/profiles", env!("CARGO_MANIFEST_DIR"))
    }

    #[test]
    fn finds_by_name_and_min_version_preferring_the_asked_one() {
        let lib = ProfileLibrary::open(dir()).unwrap();
        assert_eq!(lib.profiles().len(), 4);
        let b = lib
            .find("OCPBaselineHardwareManagement", Some("1.0.1"))
            .unwrap();
        assert_eq!(b.version, "1.0.1");
        let b = lib
            .find("OCPBaselineHardwareManagement", Some("1.1.0"))
            .unwrap();
        assert_eq!(b.file_version.as_deref(), Some("1.1.1"));
        assert!(
            lib.find("OCPBaselineHardwareManagement", Some("2.0"))
                .is_none()
        );
        // The RMC v1_1_0 file declares 1.0.0: asking for 1.1.0 finds it by its file name.
        let r = lib.find("OCPRackManagerController", Some("1.1.0")).unwrap();
        assert_eq!(
            r.file.as_deref(),
            Some("OCPRackManagerController.v1_1_0.json")
        );
        // Newest when no version is asked.
        let r = lib.find("OCPRackManagerController", None).unwrap();
        assert_eq!(
            r.file.as_deref(),
            Some("OCPRackManagerController.v1_1_0.json")
        );
    }

    #[test]
    fn required_profiles_are_followed_transitively_once() {
        let lib = ProfileLibrary::open(dir()).unwrap();
        let middle = Profile::from_json(
            &serde_json::json!({"ProfileName": "Middle", "ProfileVersion": "1.0.0", "Resources": {},
                "RequiredProfiles": {"OCPBaselineHardwareManagement": {"MinVersion": "1.0.1"}}}),
            "middle",
        )
        .unwrap();
        let mut all = lib.profiles().to_vec();
        all.push(middle);
        let lib = ProfileLibrary::from_profiles(all);
        let top = Profile::from_json(
            &serde_json::json!({"ProfileName": "Top", "ProfileVersion": "1.0.0", "Resources": {},
                "RequiredProfiles": {"Middle": {"MinVersion": "1.0.0"},
                                     "OCPBaselineHardwareManagement": {"MinVersion": "1.0.0"}}}),
            "top",
        )
        .unwrap();
        let chain = lib.resolve(&top).unwrap();
        let names: Vec<String> = chain
            .iter()
            .map(|p| format!("{} {}", p.name, p.version))
            .collect();
        assert_eq!(
            names,
            vec![
                "Top 1.0.0",
                "Middle 1.0.0",
                "OCPBaselineHardwareManagement 1.0.1"
            ]
        );

        let missing = Profile::from_json(
            &serde_json::json!({"ProfileName": "X", "Resources": {}, "RequiredProfiles": {"Nope": {"MinVersion": "1.0"}}}),
            "x",
        )
        .unwrap();
        let e = lib.resolve(&missing).unwrap_err();
        assert!(e.to_string().contains("Nope 1.0"), "{e}");
    }
}
