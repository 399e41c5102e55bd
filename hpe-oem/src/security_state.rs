//! `SecurityState` of the HpeSecurityService and the rules for changing it.
//!
//! The rules are a pure function, [`check_transition`], applied before any request so that a
//! transition iLO would refuse (or that cannot be undone through the API) is never sent.

use std::fmt;

use crate::generation::IloGeneration;

redfish_model::redfish_enum! {
    /// The operational security level of an iLO (`HpeSecurityService.SecurityState`).
    pub enum SecurityState {
        /// Transitional: the iLO is wiping security content on its way to a lower state.
        /// Never settable.
        Wipe = "Wipe",
        /// iLO 5/6 default state.
        Production = "Production",
        /// iLO 5/6: extra authentication on host interfaces, stronger encryption.
        HighSecurity = "HighSecurity",
        /// FIPS 140 / Common Criteria mode. Leaving it needs a reset to factory defaults.
        FIPS = "FIPS",
        /// FIPS plus the NSA Commercial National Security Algorithm suite (iLO Advanced).
        CNSA = "CNSA",
        /// FIPS plus NSA Suite B (older firmware).
        SuiteB = "SuiteB",
        /// Synergy Composer security mode (Synergy composers only).
        SynergySecurityMode = "SynergySecurityMode",
        /// iLO 7 default state (HighSecurity-like).
        SecureStandard = "SecureStandard",
    }
}

impl SecurityState {
    /// `true` for FIPS and the states above it (CNSA, SuiteB), where host authentication is
    /// forced and weak protocols are gone.
    pub fn is_fips_or_higher(&self) -> bool {
        matches!(self, Self::FIPS | Self::CNSA | Self::SuiteB)
    }
}

/// Why a security-state change is refused.
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub enum TransitionRefusal {
    /// `Wipe` is a transitional state the iLO enters by itself.
    WipeNotSettable,
    /// Leaving FIPS (or CNSA/SuiteB) needs a reset to factory defaults, outside the API
    /// (FIPS to CNSA aside, when the service lists CNSA: see
    /// [`check_advertised_transition`]).
    CannotLeaveFips,
    /// `SynergySecurityMode` concerns Synergy Composers only.
    SynergyOnly,
    /// The iLO is in `Wipe`; wait until it settles.
    Wiping,
    /// The state does not exist on this generation (e.g. `Production` on iLO 7).
    NotAStateOfThisGeneration,
    /// The generation does not allow this transition (e.g. `HighSecurity` on iLO 7, or
    /// `Production -> CNSA`).
    NotAllowed,
    /// iLO 4 does not allow changing the security state through the API.
    NotSettableOnIlo4,
    /// The generation is unknown to this crate, so no transition is known to be safe.
    UnknownGeneration,
    /// A state this crate does not know.
    UnknownState,
    /// The service does not list the target in `SecurityState@Redfish.AllowableValues`
    /// (e.g. CNSA without an iLO Advanced licence).
    NotAllowedByService,
}

impl fmt::Display for TransitionRefusal {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Self::WipeNotSettable => "Wipe is a transitional state the iLO enters by itself",
            Self::CannotLeaveFips => {
                "leaving FIPS (or CNSA/SuiteB) requires a reset to factory defaults, which the \
                 Redfish API does not do"
            }
            Self::SynergyOnly => "SynergySecurityMode is managed by Synergy Composers only",
            Self::Wiping => "the iLO is wiping its security content; wait until it settles",
            Self::NotAStateOfThisGeneration => "this state does not exist on this generation",
            Self::NotAllowed => "this generation does not allow this transition",
            Self::NotSettableOnIlo4 => "iLO 4 does not allow changing the security state",
            Self::UnknownGeneration => "no transition is known to be safe on this generation",
            Self::UnknownState => "this security state is unknown to hpe-oem",
            Self::NotAllowedByService => {
                "the iLO does not list this state in SecurityState@Redfish.AllowableValues"
            }
        })
    }
}

/// A refused security-state change: which states, which generation and why.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{generation}: security state {from} -> {to} refused: {reason}")]
#[non_exhaustive]
pub struct TransitionError {
    /// The generation.
    pub generation: IloGeneration,
    /// The current state.
    pub from: SecurityState,
    /// The requested state.
    pub to: SecurityState,
    /// Why.
    pub reason: TransitionRefusal,
}

/// The states of the security-state ladder of a generation (without the Synergy mode).
fn states_of(generation: IloGeneration) -> &'static [SecurityState] {
    use SecurityState::*;
    match generation {
        IloGeneration::Ilo5 | IloGeneration::Ilo6 => {
            &[Wipe, Production, HighSecurity, FIPS, CNSA, SuiteB]
        }
        IloGeneration::Ilo7 => &[Wipe, SecureStandard, FIPS, CNSA, SuiteB],
        _ => &[],
    }
}

/// Checks a security-state change (pure, no I/O), per the HPE iLO security documentation:
///
/// - iLO 5 and 6: `Production <-> HighSecurity`, and `Production | HighSecurity -> FIPS`;
/// - iLO 7: `SecureStandard -> FIPS`;
/// - `Wipe` is never settable; nothing leaves FIPS (nor CNSA/SuiteB) through the API;
/// - `SynergySecurityMode` is left to Synergy Composers; iLO 4 and unknown generations are
///   refused.
///
/// Staying in the current state is allowed (it is not a transition). The refusal names the
/// states, the generation and the reason.
///
/// ```
/// use hpe_oem::{IloGeneration, SecurityState, check_transition};
/// assert!(check_transition(IloGeneration::Ilo6, &SecurityState::Production, &SecurityState::FIPS).is_ok());
/// let e = check_transition(IloGeneration::Ilo6, &SecurityState::FIPS, &SecurityState::Production)
///     .unwrap_err();
/// assert!(e.to_string().contains("factory defaults"));
/// ```
///
/// # Errors
///
/// A [`TransitionError`] for every change not listed above.
pub fn check_transition(
    generation: IloGeneration,
    from: &SecurityState,
    to: &SecurityState,
) -> Result<(), TransitionError> {
    use SecurityState::*;
    let refuse = |reason| {
        Err(TransitionError {
            generation,
            from: from.clone(),
            to: to.clone(),
            reason,
        })
    };
    if *to == Wipe {
        return refuse(TransitionRefusal::WipeNotSettable);
    }
    if from.is_unknown() || to.is_unknown() {
        return refuse(TransitionRefusal::UnknownState);
    }
    if from == to {
        return Ok(());
    }
    match generation {
        IloGeneration::Ilo4 => return refuse(TransitionRefusal::NotSettableOnIlo4),
        IloGeneration::Other(_) => return refuse(TransitionRefusal::UnknownGeneration),
        _ => {}
    }
    if *from == Wipe {
        return refuse(TransitionRefusal::Wiping);
    }
    if from.is_fips_or_higher() {
        return refuse(TransitionRefusal::CannotLeaveFips);
    }
    if *to == SynergySecurityMode || *from == SynergySecurityMode {
        return refuse(TransitionRefusal::SynergyOnly);
    }
    let states = states_of(generation);
    if !states.contains(from) || !states.contains(to) {
        return refuse(TransitionRefusal::NotAStateOfThisGeneration);
    }
    let allowed = match generation {
        IloGeneration::Ilo5 | IloGeneration::Ilo6 => matches!(
            (from, to),
            (Production, HighSecurity)
                | (HighSecurity, Production)
                | (Production | HighSecurity, FIPS)
        ),
        IloGeneration::Ilo7 => matches!((from, to), (SecureStandard, FIPS)),
        _ => false,
    };
    if allowed {
        Ok(())
    } else {
        refuse(TransitionRefusal::NotAllowed)
    }
}

/// [`check_transition`] with what the service advertises in
/// `SecurityState@Redfish.AllowableValues` (`allowable`, `None` when it sends none):
///
/// - `FIPS -> CNSA` (iLO 5, 6 and 7) is allowed when the service lists `CNSA` (an iLO with
///   the Advanced licence does), and refused with
///   [`TransitionRefusal::NotAllowedByService`] when it does not: it is the one way up
///   from FIPS, which [`check_transition`] alone cannot know is available;
/// - every other change follows [`check_transition`], and is also refused when the service
///   lists values without the target.
///
/// ```
/// use hpe_oem::IloGeneration;
/// use hpe_oem::SecurityState::{CNSA, FIPS};
/// use hpe_oem::security_state::check_advertised_transition;
/// assert!(check_advertised_transition(IloGeneration::Ilo6, &FIPS, &CNSA, Some(&[FIPS, CNSA])).is_ok());
/// assert!(check_advertised_transition(IloGeneration::Ilo6, &FIPS, &CNSA, Some(&[FIPS])).is_err());
/// assert!(check_advertised_transition(IloGeneration::Ilo6, &FIPS, &CNSA, None).is_err());
/// ```
///
/// # Errors
///
/// A [`TransitionError`] naming the states, the generation and the reason.
pub fn check_advertised_transition(
    generation: IloGeneration,
    from: &SecurityState,
    to: &SecurityState,
    allowable: Option<&[SecurityState]>,
) -> Result<(), TransitionError> {
    let refuse = |reason| {
        Err(TransitionError {
            generation,
            from: from.clone(),
            to: to.clone(),
            reason,
        })
    };
    let listed = allowable.is_some_and(|a| a.contains(to));
    let fips_to_cnsa = *from == SecurityState::FIPS
        && *to == SecurityState::CNSA
        && states_of(generation).contains(to);
    if fips_to_cnsa {
        return if listed {
            Ok(())
        } else {
            refuse(TransitionRefusal::NotAllowedByService)
        };
    }
    check_transition(generation, from, to)?;
    if from != to && allowable.is_some() && !listed {
        return refuse(TransitionRefusal::NotAllowedByService);
    }
    Ok(())
}

/// Every state this crate knows, for exhaustive checks.
pub fn known_states() -> impl Iterator<Item = SecurityState> {
    SecurityState::VALUES
        .iter()
        .map(|v| SecurityState::from(*v))
}

#[cfg(test)]
mod tests {
    use super::*;
    use SecurityState::*;

    const GENERATIONS: [IloGeneration; 5] = [
        IloGeneration::Ilo4,
        IloGeneration::Ilo5,
        IloGeneration::Ilo6,
        IloGeneration::Ilo7,
        IloGeneration::Other(8),
    ];

    /// The allowed (from, to) pairs with from != to, per generation, written out by hand
    /// from the HPE tables; everything else must be refused.
    fn allowed(g: IloGeneration) -> Vec<(SecurityState, SecurityState)> {
        match g {
            IloGeneration::Ilo5 | IloGeneration::Ilo6 => vec![
                (Production, HighSecurity),
                (HighSecurity, Production),
                (Production, FIPS),
                (HighSecurity, FIPS),
            ],
            IloGeneration::Ilo7 => vec![(SecureStandard, FIPS)],
            _ => vec![],
        }
    }

    #[test]
    fn transitions_match_the_hpe_tables_exhaustively() {
        let states: Vec<SecurityState> = known_states()
            .chain([SecurityState::from("Quantum")])
            .collect();
        let mut checked = 0;
        for g in GENERATIONS {
            let ok = allowed(g);
            for from in &states {
                for to in &states {
                    let r = check_transition(g, from, to);
                    checked += 1;
                    let expect_ok = ok.contains(&(from.clone(), to.clone()))
                        || (from == to && *to != Wipe && !to.is_unknown());
                    assert_eq!(r.is_ok(), expect_ok, "{g}: {from} -> {to}: {r:?}");
                    if let Err(e) = r {
                        assert_eq!(e.generation, g);
                        assert_eq!(&e.from, from);
                        assert_eq!(&e.to, to);
                        let text = e.to_string();
                        assert!(text.contains(&g.to_string()) && text.contains(to.as_str()));
                    }
                }
            }
        }
        assert_eq!(checked, 5 * 9 * 9);
    }

    #[test]
    fn fips_to_cnsa_needs_the_service_to_list_cnsa() {
        let all: Vec<SecurityState> = known_states().collect();
        for g in [
            IloGeneration::Ilo5,
            IloGeneration::Ilo6,
            IloGeneration::Ilo7,
        ] {
            assert!(check_advertised_transition(g, &FIPS, &CNSA, Some(&[FIPS, CNSA])).is_ok());
            for listed in [None, Some(&[FIPS][..]), Some(&[][..])] {
                let e = check_advertised_transition(g, &FIPS, &CNSA, listed).unwrap_err();
                assert_eq!(
                    e.reason,
                    TransitionRefusal::NotAllowedByService,
                    "{g} {listed:?}"
                );
            }
            // Listing does not open anything else: FIPS is still left only by a factory reset.
            for to in [Production, HighSecurity, SecureStandard, SuiteB] {
                let e = check_advertised_transition(g, &FIPS, &to, Some(&all)).unwrap_err();
                assert_eq!(
                    e.reason,
                    TransitionRefusal::CannotLeaveFips,
                    "{g} FIPS -> {to}"
                );
            }
        }
        // Production -> CNSA skips FIPS: refused even when listed.
        let e = check_advertised_transition(IloGeneration::Ilo6, &Production, &CNSA, Some(&all))
            .unwrap_err();
        assert_eq!(e.reason, TransitionRefusal::NotAllowed);
        let e =
            check_advertised_transition(IloGeneration::Ilo4, &FIPS, &CNSA, Some(&all)).unwrap_err();
        assert_eq!(e.reason, TransitionRefusal::NotSettableOnIlo4);
        // Other transitions need the target listed when the service lists values.
        assert!(check_advertised_transition(IloGeneration::Ilo6, &Production, &FIPS, None).is_ok());
        let e = check_advertised_transition(
            IloGeneration::Ilo6,
            &Production,
            &FIPS,
            Some(&[Production, HighSecurity]),
        )
        .unwrap_err();
        assert_eq!(e.reason, TransitionRefusal::NotAllowedByService);
    }

    #[test]
    fn refusals_say_why() {
        let r = |g, f, t| check_transition(g, &f, &t).unwrap_err().reason;
        let g6 = IloGeneration::Ilo6;
        let g7 = IloGeneration::Ilo7;
        assert_eq!(r(g6, Production, Wipe), TransitionRefusal::WipeNotSettable);
        assert_eq!(r(g6, FIPS, Production), TransitionRefusal::CannotLeaveFips);
        assert_eq!(r(g6, FIPS, CNSA), TransitionRefusal::CannotLeaveFips);
        assert_eq!(r(g6, CNSA, FIPS), TransitionRefusal::CannotLeaveFips);
        assert_eq!(r(g6, Production, CNSA), TransitionRefusal::NotAllowed);
        assert_eq!(
            r(g6, Production, SecureStandard),
            TransitionRefusal::NotAStateOfThisGeneration
        );
        assert_eq!(
            r(g7, SecureStandard, HighSecurity),
            TransitionRefusal::NotAStateOfThisGeneration
        );
        assert_eq!(
            r(g7, FIPS, SecureStandard),
            TransitionRefusal::CannotLeaveFips
        );
        assert_eq!(
            r(g7, SecureStandard, SynergySecurityMode),
            TransitionRefusal::SynergyOnly
        );
        assert_eq!(r(g6, Wipe, Production), TransitionRefusal::Wiping);
        assert_eq!(
            r(IloGeneration::Ilo4, Production, HighSecurity),
            TransitionRefusal::NotSettableOnIlo4
        );
        assert_eq!(
            r(IloGeneration::Other(8), SecureStandard, FIPS),
            TransitionRefusal::UnknownGeneration
        );
        assert_eq!(
            r(g6, Production, SecurityState::from("Quantum")),
            TransitionRefusal::UnknownState
        );
    }
}
