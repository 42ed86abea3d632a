//! The entitlement engine's answer: a first guess for the person, the indicated result for staff.

use speakup_types::entitlement::Assessment;
use yew::prelude::*;

use crate::explain;

#[derive(Properties, PartialEq)]
pub struct AssessmentProps {
    pub assessment: Assessment,
    /// Who gave the answers, for staff: "the person", or the referrer's name and role.
    #[prop_or_default]
    pub given_by: String,
}

/// For the person: only what may fit, in plain words, clearly marked as a guess.
#[component]
pub fn FirstGuess(props: &AssessmentProps) -> Html {
    let likely = explain::likely(&props.assessment);
    html! {
        <section class="first-guess" aria-labelledby="first-guess-title">
            <h2 class="heading-m" id="first-guess-title">{ "What kind of advocate might help" }</h2>
            <p class="inset"><strong>{ "This is a first guess. Our team will check." }</strong>
                { " It does not decide whether we can help you." }</p>
            if likely.is_empty() {
                <p class="body">{ "From your answers we cannot tell yet. That is fine: our team will work it out with you." }</p>
            } else {
                <ul class="list list-bullet">
                    { for likely.iter().map(|r| html! {
                        <li>
                            <strong>{ r.advocacy.label() }</strong>{ ": " }{ r.outcome.easy_read() }
                            <span class="about">{ r.advocacy.plain() }</span>
                            <span class="about">{ "Why: " }{ r.reasons.iter().map(|reason| reason.easy_read()).collect::<Vec<_>>().join(" ") }</span>
                        </li>
                    }) }
                </ul>
            }
        </section>
    }
}

/// For staff: every result with its reasons, the mode, flags and missing facts.
#[component]
pub fn Indicated(props: &AssessmentProps) -> Html {
    let a = &props.assessment;
    html! {
        <>
            <p class="hint" id="given-by">{ format!("Indicated from what {} told us. Confirm it before acting on it.", props.given_by) }</p>
            if a.results.is_empty() {
                <p class="body">{ "No result: there were not enough answers." }</p>
            } else {
                <ul class="list results">
                    { for a.results.iter().map(|r| html! {
                        <li>
                            <strong>{ r.advocacy.label() }</strong>{ ": " }{ r.outcome.label() }
                            if !r.reasons.is_empty() {
                                <ul class="list list-bullet">
                                    { for r.reasons.iter().map(|reason| html! { <li>{ reason.plain() }</li> }) }
                                </ul>
                            }
                        </li>
                    }) }
                </ul>
            }
            <dl class="summary-list summary-compact">
                <div class="summary-row"><dt>{ "Instruction" }</dt><dd>{ a.mode.label() }</dd></div>
                <div class="summary-row"><dt>{ "Flags" }</dt><dd>
                    if a.flags.is_empty() {
                        { "None" }
                    } else {
                        <ul class="list list-bullet">{ for a.flags.iter().map(|f| html! { <li>{ f.plain() }</li> }) }</ul>
                    }
                </dd></div>
                <div class="summary-row"><dt>{ "Missing facts" }</dt><dd>{ join_or(a.missing_facts.iter().map(|f| explain::missing(f)), "None") }</dd></div>
            </dl>
        </>
    }
}

fn join_or(items: impl Iterator<Item = String>, empty: &str) -> String {
    let list: Vec<String> = items.collect();
    if list.is_empty() { empty.to_string() } else { list.join(", ") }
}
