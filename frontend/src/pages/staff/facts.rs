//! The answers the entitlement result rests on, for routes that ask them in plain words (the
//! person themselves, or someone referring them). "Not known" covers both "I don't know" and
//! a question the route did not need to ask.

use speakup_types::entitlement::Facts;
use yew::prelude::*;

use super::referral::summary_row;
use crate::draft::options::{label_of, AREAS, MHA_STATUS, PROCESS, ROLE};

pub fn fact(value: Option<bool>) -> String {
    match value {
        Some(true) => "Yes",
        Some(false) => "No",
        None => "Not known",
    }
    .to_string()
}

pub fn known<T>(value: Option<T>, words: impl Fn(T) -> String) -> String {
    value.map_or_else(|| "Not known".to_string(), words)
}

fn difficulty(f: &Facts) -> String {
    let Some(d) = f.difficulty else { return "Not known".into() };
    let marked = [d.understanding, d.retaining, d.weighing, d.communicating];
    let areas: Vec<&str> = AREAS.iter().zip(marked).filter(|(_, m)| *m == Some(true)).map(|(a, _)| a.label).collect();
    if areas.is_empty() { "None of the four".into() } else { areas.join("\n") }
}

pub fn plain_facts(f: &Facts) -> Html {
    let mha = f.mha.clone().unwrap_or_default();
    html! {
        <section id="facts" aria-labelledby="facts-title">
            <h2 class="heading-m" id="facts-title">{ "What they told us about the law" }</h2>
            <p class="hint">{ "\"Not known\" means they did not know, or the question did not apply." }</p>
            <dl class="summary-list">
                { summary_row("For", known(f.role, |role| label_of(&ROLE, &role).to_string())) }
                { summary_row("Council involved", fact(f.council_involved)) }
                { summary_row("Process", known(f.process, |p| label_of(&PROCESS, &p).to_string())) }
                { summary_row("Mental Health Act", known(mha.status, |s| label_of(&MHA_STATUS, &s).to_string())) }
                { summary_row("Section", known(mha.section.as_ref(), |s| s.as_str().to_string())) }
                { summary_row("Complaint about the NHS", fact(f.nhs_complaint)) }
                { summary_row("Difficulty taking part", difficulty(f)) }
                { summary_row("Family or friend who could help", fact(f.family_or_friend_to_consult)) }
            </dl>
        </section>
    }
}
