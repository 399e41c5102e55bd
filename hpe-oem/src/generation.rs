//! iLO generations and firmware versions, as detected from the Manager resource and the
//! service root.

use std::fmt;
use std::str::FromStr;

/// The generation of an HPE iLO (the management processor of ProLiant/Synergy servers).
///
/// Security behaviour differs per generation: iLO 5 and 6 have the `Production` and
/// `HighSecurity` states and the CHIF host interface; iLO 7 replaces them with
/// `SecureStandard` and reaches the host only through the virtual NIC.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum IloGeneration {
    /// iLO 4 (Gen8/Gen9): `Oem.Hp`, `#Hp...` types, security state not settable.
    Ilo4,
    /// iLO 5 (Gen10/Gen10 Plus).
    Ilo5,
    /// iLO 6 (Gen11).
    Ilo6,
    /// iLO 7 (Gen12).
    Ilo7,
    /// A generation this crate does not know (the number as the service spelled it).
    Other(u32),
}

impl IloGeneration {
    /// The generation from its number (`5` for iLO 5).
    pub fn from_number(n: u32) -> Self {
        match n {
            4 => Self::Ilo4,
            5 => Self::Ilo5,
            6 => Self::Ilo6,
            7 => Self::Ilo7,
            n => Self::Other(n),
        }
    }

    /// The generation number.
    pub fn number(self) -> u32 {
        match self {
            Self::Ilo4 => 4,
            Self::Ilo5 => 5,
            Self::Ilo6 => 6,
            Self::Ilo7 => 7,
            Self::Other(n) => n,
        }
    }

    /// Finds `iLO <n>` (or `iLO<n>`) in a text such as a Manager `Model` (`"iLO 6"`), a
    /// `FirmwareVersion` (`"iLO 5 v2.70"`) or a service root `ManagerType`.
    ///
    /// ```
    /// use hpe_oem::IloGeneration;
    /// assert_eq!(IloGeneration::parse("iLO 5 v2.70"), Some(IloGeneration::Ilo5));
    /// assert_eq!(IloGeneration::parse("Integrated Lights-Out 6"), None);
    /// assert_eq!(IloGeneration::parse("ilo7"), Some(IloGeneration::Ilo7));
    /// ```
    pub fn parse(text: &str) -> Option<Self> {
        let lower = text.to_ascii_lowercase();
        let mut rest = lower.as_str();
        while let Some(i) = rest.find("ilo") {
            let after = rest[i + 3..].trim_start();
            let digits: String = after.chars().take_while(char::is_ascii_digit).collect();
            if let Ok(n) = digits.parse::<u32>() {
                return Some(Self::from_number(n));
            }
            rest = &rest[i + 3..];
        }
        None
    }

    /// `true` for iLO 7 and later generations this crate knows.
    pub fn is_ilo7_or_later(self) -> bool {
        self.number() >= 7
    }
}

impl fmt::Display for IloGeneration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "iLO {}", self.number())
    }
}

/// An iLO firmware version, `major.minor` (`2.70`, `1.10`).
///
/// Ordered numerically: `1.9 < 1.10`. iLO always prints two minor digits (`1.05`), and
/// compares them as a number, as does this type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct FirmwareVersion {
    /// Major version.
    pub major: u32,
    /// Minor version.
    pub minor: u32,
}

impl FirmwareVersion {
    /// A version from its parts.
    pub const fn new(major: u32, minor: u32) -> Self {
        Self { major, minor }
    }

    /// Finds the version in texts such as `"iLO 5 v2.70"`, `"2.70"`, `"v1.10"` or
    /// `"1.67 Jul 11 2024"`: the first `digits.digits` group after an optional `iLO n` prefix.
    ///
    /// ```
    /// use hpe_oem::FirmwareVersion;
    /// assert_eq!(FirmwareVersion::parse("iLO 6 v1.67"), Some(FirmwareVersion::new(1, 67)));
    /// assert_eq!(FirmwareVersion::parse("2.70"), Some(FirmwareVersion::new(2, 70)));
    /// assert_eq!(FirmwareVersion::parse("iLO 7"), None);
    /// ```
    pub fn parse(text: &str) -> Option<Self> {
        let bytes = text.as_bytes();
        let mut i = 0;
        while i < bytes.len() {
            if bytes[i].is_ascii_digit() {
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii_digit() {
                    i += 1;
                }
                if i + 1 < bytes.len() && bytes[i] == b'.' && bytes[i + 1].is_ascii_digit() {
                    let major = text[start..i].parse().ok()?;
                    let mstart = i + 1;
                    let mut j = mstart;
                    while j < bytes.len() && bytes[j].is_ascii_digit() {
                        j += 1;
                    }
                    let minor = text[mstart..j].parse().ok()?;
                    return Some(Self { major, minor });
                }
            } else {
                i += 1;
            }
        }
        None
    }

    /// `true` when this version is at least `major.minor`.
    pub fn at_least(self, major: u32, minor: u32) -> bool {
        self >= Self::new(major, minor)
    }
}

impl fmt::Display for FirmwareVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{:02}", self.major, self.minor)
    }
}

impl FromStr for FirmwareVersion {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s).ok_or_else(|| format!("no `major.minor` firmware version in {s:?}"))
    }
}

/// Where the generation was read from (the first source that named one wins, in this
/// order).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum DetectionSource {
    /// Manager `Model` (`"iLO 6"`).
    ManagerModel,
    /// Manager `FirmwareVersion` (`"iLO 6 v1.67"`).
    ManagerFirmwareVersion,
    /// Service root `Oem.Hpe.Manager[0].ManagerType` (`"iLO 5"`).
    ServiceRootManagerType,
    /// Manager `Oem.Hpe.Firmware.Current.VersionString`.
    ManagerOemFirmware,
    /// Service root `Oem.Hpe.Moniker.PRODGEN`.
    ServiceRootMoniker,
}

/// The iLO generation and firmware version, with the source each was read from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct Detected {
    /// The generation.
    pub generation: IloGeneration,
    /// Where the generation was found.
    pub source: DetectionSource,
    /// The firmware version, when one of the sources carries it.
    pub firmware: Option<FirmwareVersion>,
}

/// The texts generation detection reads; any may be absent.
#[derive(Clone, Copy, Debug, Default)]
#[non_exhaustive]
pub struct DetectionInput<'a> {
    /// Manager `Model`.
    pub manager_model: Option<&'a str>,
    /// Manager `FirmwareVersion`.
    pub manager_firmware_version: Option<&'a str>,
    /// Service root `Oem.Hpe.Manager[0].ManagerType`.
    pub root_manager_type: Option<&'a str>,
    /// Service root `Oem.Hpe.Manager[0].ManagerFirmwareVersion`.
    pub root_manager_firmware_version: Option<&'a str>,
    /// Manager `Oem.Hpe.Firmware.Current.VersionString`.
    pub oem_firmware_version_string: Option<&'a str>,
    /// Service root `Oem.Hpe.Moniker.PRODGEN`.
    pub moniker_prodgen: Option<&'a str>,
}

/// Detects the generation and firmware version (pure: no I/O).
///
/// ```
/// use hpe_oem::generation::{detect, DetectionInput, DetectionSource};
/// use hpe_oem::{FirmwareVersion, IloGeneration};
/// let mut input = DetectionInput::default();
/// input.manager_model = Some("iLO 5");
/// input.manager_firmware_version = Some("iLO 5 v2.70");
/// let d = detect(&input).unwrap();
/// assert_eq!(d.generation, IloGeneration::Ilo5);
/// assert_eq!(d.source, DetectionSource::ManagerModel);
/// assert_eq!(d.firmware, Some(FirmwareVersion::new(2, 70)));
/// ```
pub fn detect(input: &DetectionInput<'_>) -> Option<Detected> {
    let candidates = [
        (input.manager_model, DetectionSource::ManagerModel),
        (
            input.manager_firmware_version,
            DetectionSource::ManagerFirmwareVersion,
        ),
        (
            input.root_manager_type,
            DetectionSource::ServiceRootManagerType,
        ),
        (
            input.oem_firmware_version_string,
            DetectionSource::ManagerOemFirmware,
        ),
        (input.moniker_prodgen, DetectionSource::ServiceRootMoniker),
    ];
    let (generation, source) = candidates
        .iter()
        .find_map(|(text, src)| text.and_then(IloGeneration::parse).map(|g| (g, *src)))?;
    // A version is only taken from a text that does not name another generation: "iLO 5
    // v2.70" must not give iLO 6 its version.
    let firmware = [
        input.manager_firmware_version,
        input.root_manager_firmware_version,
        input.oem_firmware_version_string,
    ]
    .iter()
    .flatten()
    .filter(|t| IloGeneration::parse(t).is_none_or(|g| g == generation))
    .find_map(|t| FirmwareVersion::parse(strip_generation(t)));
    Some(Detected {
        generation,
        source,
        firmware,
    })
}

/// Drops a leading `iLO n` so that its digit is not read as the major version.
fn strip_generation(text: &str) -> &str {
    let lower = text.to_ascii_lowercase();
    match lower.find("ilo") {
        Some(i) => {
            let after = &text[i + 3..];
            let trimmed = after.trim_start();
            let skip = trimmed
                .char_indices()
                .find(|(_, c)| !c.is_ascii_digit())
                .map(|(j, _)| j)
                .unwrap_or(trimmed.len());
            if skip > 0 && !trimmed[skip..].starts_with('.') {
                &trimmed[skip..]
            } else {
                text
            }
        }
        None => text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_found_in_every_known_spelling() {
        for (text, n) in [
            ("iLO 4", 4),
            ("iLO 5", 5),
            ("iLO 6 v1.67", 6),
            ("HPE iLO 7", 7),
            ("ILO7", 7),
            ("iLO 8 v0.10", 8),
        ] {
            assert_eq!(
                IloGeneration::parse(text).map(IloGeneration::number),
                Some(n),
                "{text}"
            );
        }
        assert_eq!(IloGeneration::parse("BMC"), None);
        assert_eq!(IloGeneration::parse("Silo"), None);
        assert_eq!(IloGeneration::from_number(9), IloGeneration::Other(9));
        assert_eq!(IloGeneration::Ilo6.to_string(), "iLO 6");
    }

    #[test]
    fn firmware_versions_compare_numerically() {
        let v = |s| FirmwareVersion::parse(s).unwrap();
        assert!(v("1.9") < v("1.10"));
        assert!(v("iLO 6 v1.60") >= v("1.60"));
        assert!(v("iLO 5 v3.01").at_least(3, 1));
        assert!(!v("2.99").at_least(3, 1));
        assert_eq!(v("1.05").to_string(), "1.05");
        assert_eq!(v("iLO 7 v1.14 Jan 2 2025"), FirmwareVersion::new(1, 14));
        assert!("no version".parse::<FirmwareVersion>().is_err());
    }

    #[test]
    fn detection_prefers_the_manager_and_never_mixes_generations() {
        let input = DetectionInput {
            root_manager_type: Some("iLO 6"),
            root_manager_firmware_version: Some("1.10"),
            ..Default::default()
        };
        let d = detect(&input).unwrap();
        assert_eq!(d.generation, IloGeneration::Ilo6);
        assert_eq!(d.source, DetectionSource::ServiceRootManagerType);
        assert_eq!(d.firmware, Some(FirmwareVersion::new(1, 10)));

        let input = DetectionInput {
            manager_model: Some("iLO 7"),
            manager_firmware_version: Some("iLO 6 v1.67"),
            root_manager_firmware_version: Some("1.14"),
            ..Default::default()
        };
        let d = detect(&input).unwrap();
        assert_eq!(d.generation, IloGeneration::Ilo7);
        assert_eq!(d.firmware, Some(FirmwareVersion::new(1, 14)));

        let input = DetectionInput {
            moniker_prodgen: Some("iLO 5"),
            ..Default::default()
        };
        assert_eq!(
            detect(&input).unwrap().source,
            DetectionSource::ServiceRootMoniker
        );
        assert!(detect(&DetectionInput::default()).is_none());
    }
}
