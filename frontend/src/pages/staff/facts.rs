//! The answers the entitlement result rests on, for routes that ask them in plain words (the
//! person themselves, or someone referring them). "Not known" covers both "I don't know" and
//! a question the route did not need to ask.

use speakup_types::entitlement::Facts;
use yew::prelude::*;

use super::referral::summary_row;
use crate::draft::options::{label_of, AREAS, MHA_STATUS, PROCESS, ROLE};
use crate::i18n::t;

pub fn fact(value: Option<bool>) -> String {
    match value {
        Some(true) => t("staff-yes"),
        Some(false) => t("staff-no"),
        None => t("staff-not-known"),
    }
    .to_string()
}

pub fn known<T>(value: Option<T>, words: impl Fn(T) -> String) -> String {
    value.map_or_else(|| t("staff-not-known").to_string(), words)
}

fn difficulty(f: &Facts) -> String {
    let Some(d) = f.difficulty else { return t("staff-not-known").into() };
    let marked = [d.understanding, d.retaining, d.weighing, d.communicating];
    let areas: Vec<&str> = AREAS.iter().zip(marked).filter(|(_, m)| *m == Some(true)).map(|(a, _)| t(a.label)).collect();
    if areas.is_empty() { t("staff-facts-no-difficulty").into() } else { areas.join("\n") }
}

pub fn plain_facts(f: &Facts) -> Html {
    let mha = f.mha.clone().unwrap_or_default();
    html! {
        <section id="facts" aria-labelledby="facts-title">
            <h2 class="heading-m" id="facts-title">{ t("staff-facts-heading") }</h2>
            <p class="hint">{ t("staff-facts-hint") }</p>
            <dl class="summary-list">
                { summary_row(t("staff-row-for"), known(f.role, |role| label_of(&ROLE, &role).to_string())) }
                { summary_row(t("staff-row-council-involved"), fact(f.council_involved)) }
                { summary_row(t("staff-row-process"), known(f.process, |p| label_of(&PROCESS, &p).to_string())) }
                { summary_row(t("staff-row-mha"), known(mha.status, |s| label_of(&MHA_STATUS, &s).to_string())) }
                { summary_row(t("staff-row-section"), known(mha.section.as_ref(), |s| s.as_str().to_string())) }
                { summary_row(t("staff-row-nhs-complaint"), fact(f.nhs_complaint)) }
                { summary_row(t("staff-facts-difficulty"), difficulty(f)) }
                { summary_row(t("staff-facts-family-or-friend"), fact(f.family_or_friend_to_consult)) }
            </dl>
        </section>
    }
}
