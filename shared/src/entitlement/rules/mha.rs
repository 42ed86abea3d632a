//! Mental Health Act 1983: the IMHA. Offered on an opt-out basis to everyone who
//! qualifies; having a solicitor changes nothing, and a refusal means offering again later
//! (raised as a flag, not here).

use super::tri::{Fact, Tri};
use super::Finding;
use crate::entitlement::facts::{Facts, MhaSection, MhaStatus};
use crate::entitlement::outcome::{Advocacy, Outcome, Reason};

/// Short-term holding powers that give no right to an IMHA: sections 4, 5(2), 5(4), 135
/// and 136. Compared by main number so that "135(1)" or a bare "5" count too; every s5
/// power is a short holding power. The list comes from the Act, not from the seeds.
const SHORT_TERM_POWERS: [&str; 4] = ["4", "5", "135", "136"];

pub(super) fn imha(facts: &Facts) -> Finding {
    let Some(mha) = &facts.mha else {
        return Finding::open([Tri::unknown(Fact::Mha)]);
    };
    let status_is =
        |wanted| Tri::when(mha.status, Fact::MhaStatus, |status| Tri::from(status == wanted));
    let qualifying_section = Tri::when(mha.section.as_ref(), Fact::MhaSection, |section| {
        Tri::from(!is_short_term_power(section))
    });
    // Consent or second-opinion treatment counts even for informal patients.
    let treatment = Tri::known(mha.considered_for_s57_or_s58a, Fact::MhaConsideredForS57OrS58a);
    let routes = [
        (status_is(MhaStatus::Detained).and(qualifying_section), Reason::DetainedQualifyingSection),
        (status_is(MhaStatus::ConditionallyDischargedRestricted), Reason::ConditionallyDischarged),
        (status_is(MhaStatus::Guardianship), Reason::Guardianship),
        (status_is(MhaStatus::Cto), Reason::Cto),
        (treatment, Reason::ConsideredForS57S58a),
    ];
    let eligible = Tri::any(routes.iter().map(|(route, _)| route.clone()));
    match eligible {
        Tri::Yes => {
            let reasons = routes.iter().filter(|(route, _)| route.is_yes()).map(|(_, r)| *r);
            Finding::settled(Advocacy::Imha, Outcome::Eligible, reasons.collect())
        }
        Tri::No => {
            let reason = match mha.status {
                Some(MhaStatus::Detained) => Reason::ExcludedShortTermSection,
                _ => Reason::NotSubjectToMha,
            };
            Finding::settled(Advocacy::Imha, Outcome::NotMet, vec![reason])
        }
        // Kept in hospital under a section nobody has named yet: nearly every section gives
        // the right, and IMHA is offered unless the person says no, so it is indicated while
        // the section is still asked for (a short holding power would take it away).
        _ if mha.status == Some(MhaStatus::Detained) && mha.section.is_none() => {
            let mut finding = Finding::settled(Advocacy::Imha, Outcome::Eligible, vec![Reason::DetainedSectionNotKnown]);
            finding.missing.insert(Fact::MhaSection);
            finding
        }
        unknown => Finding::open([unknown]),
    }
}

fn is_short_term_power(section: &MhaSection) -> bool {
    let main = section.as_str().split(|c: char| !c.is_ascii_digit()).next().unwrap_or_default();
    SHORT_TERM_POWERS.contains(&main)
}
