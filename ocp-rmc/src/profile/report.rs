//! The conformance report: one line per check, like the DMTF Interop Validator's.

use std::fmt;

use serde::Serialize;

/// The result of one check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[non_exhaustive]
pub enum Outcome {
    /// The requirement is met.
    Pass,
    /// A Mandatory requirement is not met.
    Fail,
    /// A Recommended requirement is not met, or a requirement cannot be verified.
    Warn,
    /// Not verified by a read-only check (`WriteRequirement`), reported for information.
    NotTested,
}

impl Outcome {
    /// `PASS`, `FAIL`, `WARN` or `NOT TESTED`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Pass => "PASS",
            Self::Fail => "FAIL",
            Self::Warn => "WARN",
            Self::NotTested => "NOT TESTED",
        }
    }
}

/// One line of the report.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[non_exhaustive]
pub struct CheckItem {
    /// The profile that asks for it (`Name version`).
    pub profile: String,
    /// The resource type the requirement is written for.
    pub resource: String,
    /// The resource instance checked; `None` for checks over the whole service (missing
    /// resource types, `AnyOf`/`AllOf` comparisons across resources, protocol version).
    pub uri: Option<String>,
    /// What is checked, e.g. `Status.Health.ReadRequirement`, `Actions.Reset`,
    /// `Actions.Reset.ResetType.ParameterValues`, `Members.MinCount`.
    pub check: String,
    /// What the profile asks (`Mandatory`, `AnyOf ["Rack"]`, `>= 3`...).
    pub expected: String,
    /// What the service has (`Exists`, `absent`, a value...).
    pub actual: String,
    /// The verdict.
    pub outcome: Outcome,
    /// Why the verdict differs from a literal reading of the profile, if it does.
    pub note: Option<String>,
}

/// The result of checking a service against profiles.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
#[non_exhaustive]
pub struct ConformanceReport {
    /// The profiles checked (`Name version`), the main one first.
    pub profiles: Vec<String>,
    /// How many resources the service served.
    pub resources: usize,
    /// URIs that could not be read during the crawl.
    pub crawl_errors: Vec<(String, String)>,
    /// Every check.
    pub items: Vec<CheckItem>,
    /// The profile defects tolerated (one sentence each).
    pub tolerances: Vec<String>,
}

/// Counts by outcome.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Counts {
    /// Passed checks.
    pub pass: usize,
    /// Failed checks.
    pub fail: usize,
    /// Warnings.
    pub warn: usize,
    /// Not tested.
    pub not_tested: usize,
}

impl ConformanceReport {
    /// Counts by outcome.
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for i in &self.items {
            match i.outcome {
                Outcome::Pass => c.pass += 1,
                Outcome::Fail => c.fail += 1,
                Outcome::Warn => c.warn += 1,
                Outcome::NotTested => c.not_tested += 1,
            }
        }
        c
    }

    /// `true` when no check failed.
    pub fn passed(&self) -> bool {
        self.counts().fail == 0
    }

    /// The failed checks.
    pub fn failures(&self) -> Vec<&CheckItem> {
        self.items
            .iter()
            .filter(|i| i.outcome == Outcome::Fail)
            .collect()
    }

    /// The warnings.
    pub fn warnings(&self) -> Vec<&CheckItem> {
        self.items
            .iter()
            .filter(|i| i.outcome == Outcome::Warn)
            .collect()
    }

    /// A shorter rendering: only failures and warnings, then the summary.
    pub fn brief(&self) -> Brief<'_> {
        Brief(self)
    }

    fn header(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "Profile conformance report")?;
        writeln!(f, "  profiles:  {}", self.profiles.join(", "))?;
        writeln!(
            f,
            "  resources: {} read, {} unreadable",
            self.resources,
            self.crawl_errors.len()
        )?;
        for (uri, e) in &self.crawl_errors {
            writeln!(f, "    ! {uri}: {e}")?;
        }
        Ok(())
    }

    fn footer(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if !self.tolerances.is_empty() {
            writeln!(f)?;
            writeln!(f, "Profile defects tolerated ({}):", self.tolerances.len())?;
            for t in &self.tolerances {
                writeln!(f, "  - {t}")?;
            }
        }
        let c = self.counts();
        writeln!(f)?;
        writeln!(
            f,
            "Summary: {} pass, {} fail, {} warn, {} not tested -> {}",
            c.pass,
            c.fail,
            c.warn,
            c.not_tested,
            if c.fail == 0 {
                "CONFORMANT"
            } else {
                "NOT CONFORMANT"
            }
        )
    }

    fn items(&self, f: &mut fmt::Formatter<'_>, keep: impl Fn(&CheckItem) -> bool) -> fmt::Result {
        let mut current: Option<(Option<&str>, &str)> = None;
        for i in self.items.iter().filter(|i| keep(i)) {
            let group = (i.uri.as_deref(), i.resource.as_str());
            if current != Some(group) {
                writeln!(f)?;
                match i.uri.as_deref() {
                    Some(u) => writeln!(f, "{u} [{}]", i.resource)?,
                    None => writeln!(f, "Service-wide [{}]", i.resource)?,
                }
                current = Some(group);
            }
            write!(
                f,
                "  {:<10} {}: expected {}, found {}",
                i.outcome.as_str(),
                i.check,
                i.expected,
                i.actual
            )?;
            if let Some(n) = &i.note {
                write!(f, " ({n})")?;
            }
            writeln!(f)?;
        }
        Ok(())
    }
}

impl fmt::Display for ConformanceReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.header(f)?;
        self.items(f, |_| true)?;
        self.footer(f)
    }
}

/// [`ConformanceReport::brief`]: failures and warnings only.
#[derive(Debug)]
pub struct Brief<'a>(&'a ConformanceReport);

impl fmt::Display for Brief<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let r = self.0;
        r.header(f)?;
        r.items(f, |i| i.outcome == Outcome::Fail)?;
        // The same warning on many instances (e.g. every node's NIC) is one line.
        let mut groups: Vec<(&CheckItem, Vec<&str>)> = Vec::new();
        for i in r.items.iter().filter(|i| i.outcome == Outcome::Warn) {
            let same = |g: &&mut (&CheckItem, Vec<&str>)| {
                let k = g.0;
                (
                    &k.profile,
                    &k.resource,
                    &k.check,
                    &k.expected,
                    &k.actual,
                    &k.note,
                ) == (
                    &i.profile,
                    &i.resource,
                    &i.check,
                    &i.expected,
                    &i.actual,
                    &i.note,
                )
            };
            match groups.iter_mut().find(same) {
                Some(g) => g.1.extend(i.uri.as_deref()),
                None => groups.push((i, i.uri.as_deref().into_iter().collect())),
            }
        }
        if !groups.is_empty() {
            writeln!(f)?;
            writeln!(f, "Warnings:")?;
        }
        for (i, uris) in groups {
            let profile = i.profile.split(' ').next().unwrap_or_default();
            write!(
                f,
                "  WARN       {} {}: expected {}, found {} [{profile}]",
                i.resource, i.check, i.expected, i.actual
            )?;
            if let Some(n) = &i.note {
                write!(f, " ({n})")?;
            }
            match uris.as_slice() {
                [] => writeln!(f)?,
                [one] => writeln!(f, " at {one}")?,
                [first, rest @ ..] => writeln!(f, " at {first} and {} more", rest.len())?,
            }
        }
        r.footer(f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(uri: &str, check: &str, outcome: Outcome) -> CheckItem {
        CheckItem {
            profile: "P 1.0".into(),
            resource: "EthernetInterface".into(),
            uri: Some(uri.into()),
            check: check.into(),
            expected: "Recommended".into(),
            actual: "absent".into(),
            outcome,
            note: None,
        }
    }

    #[test]
    fn brief_groups_warnings_and_lists_failures() {
        let r = ConformanceReport {
            profiles: vec!["P 1.0".into()],
            items: vec![
                item("/a", "DHCPv4", Outcome::Warn),
                item("/b", "DHCPv4", Outcome::Warn),
                item("/c", "DHCPv4", Outcome::Warn),
                item("/a", "MACAddress", Outcome::Fail),
                item("/a", "SpeedMbps", Outcome::Pass),
            ],
            ..ConformanceReport::default()
        };
        let text = r.brief().to_string();
        assert!(
            text.contains("DHCPv4: expected Recommended, found absent [P] at /a and 2 more"),
            "{text}"
        );
        assert!(text.contains("FAIL       MACAddress"), "{text}");
        assert!(!text.contains("SpeedMbps"), "{text}");
        assert!(
            text.contains("Summary: 1 pass, 1 fail, 3 warn, 0 not tested -> NOT CONFORMANT"),
            "{text}"
        );
        let full = r.to_string();
        assert!(
            full.contains("SpeedMbps") && full.matches("DHCPv4").count() == 3,
            "{full}"
        );
        assert!(!r.passed());
    }
}
