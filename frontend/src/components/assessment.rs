//! The entitlement engine's answer: a first guess for the person, the indicated result for staff.

use speakup_types::entitlement::{Assessment, Reason};
use yew::prelude::*;

use crate::explain;
use crate::i18n::{language, t, tf, wording};

#[derive(Properties, PartialEq)]
pub struct AssessmentProps {
    pub assessment: Assessment,
    /// Who gave the answers, for staff: "the person", or the referrer's name and role.
    #[prop_or_default]
    pub given_by: String,
    /// The person is asking for themselves: the first guess speaks to them.
    #[prop_or_default]
    pub to_you: bool,
}

/// For the person: only what may fit, in plain words, clearly marked as a guess that staff will
/// check. Asking for themselves, it speaks to them ("you"); either way it never reads as a no.
/// The outcome and reasons are always in Easy Read words, as a first guess should be.
#[component]
pub fn FirstGuess(props: &AssessmentProps) -> Html {
    let likely = explain::likely(&props.assessment);
    let (language, easy_read) = (language(), wording().easy_read);
    html! {
        <section class="first-guess" aria-labelledby="first-guess-title">
            <h2 class="heading-m" id="first-guess-title">{ t("assessment-first-guess-heading") }</h2>
            <p class="inset"><strong>{ t("assessment-first-guess-note") }</strong>
                { " " }{ t("assessment-first-guess-not-decided") }</p>
            if likely.is_empty() {
                <p class="body">{ t("assessment-first-guess-none") }</p>
            } else {
                <ul class="list list-bullet">
                    { for likely.iter().map(|r| {
                        // What the advocacy is for follows the person's Easy Read setting.
                        let about = if easy_read { r.advocacy.easy_read_in(language) } else { r.advocacy.plain_in(language) };
                        let reason = |reason: &Reason| if props.to_you { reason.to_you_in(language) } else { reason.easy_read_in(language) };
                        let reasons = r.reasons.iter().map(reason).collect::<Vec<_>>().join(" ");
                        let outcome = if props.to_you { r.outcome.to_you_in(language) } else { r.outcome.easy_read_in(language) };
                        html! {
                            <li>
                                <strong>{ r.advocacy.label_in(language) }</strong>{ ": " }{ outcome }
                                <span class="about">{ about }</span>
                                <span class="about">{ tf("assessment-first-guess-why", &[("reasons", &reasons)]) }</span>
                            </li>
                        }
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
    // Staff read the plain texts in their language: legal reasons stay precise.
    let language = language();
    html! {
        <>
            <p class="hint" id="given-by">{ tf("assessment-indicated-given-by", &[("who", &props.given_by)]) }</p>
            if a.results.is_empty() {
                <p class="body">{ t("assessment-indicated-no-result") }</p>
            } else {
                <ul class="list results">
                    { for a.results.iter().map(|r| html! {
                        <li>
                            <strong>{ r.advocacy.label_in(language) }</strong>{ ": " }{ r.outcome.label_in(language) }
                            if !r.reasons.is_empty() {
                                <ul class="list list-bullet">
                                    { for r.reasons.iter().map(|reason| html! { <li>{ reason.plain_in(language) }</li> }) }
                                </ul>
                            }
                        </li>
                    }) }
                </ul>
            }
            <dl class="summary-list summary-compact">
                <div class="summary-row"><dt>{ t("assessment-instruction") }</dt><dd>{ a.mode.label_in(language) }</dd></div>
                <div class="summary-row"><dt>{ t("assessment-flags") }</dt><dd>
                    if a.flags.is_empty() {
                        { t("assessment-none") }
                    } else {
                        <ul class="list list-bullet">{ for a.flags.iter().map(|f| html! { <li>{ f.plain_in(language) }</li> }) }</ul>
                    }
                </dd></div>
                <div class="summary-row"><dt>{ t("assessment-missing-facts") }</dt><dd>{ join_or(a.missing_facts.iter().map(|f| explain::missing(f)), t("assessment-none")) }</dd></div>
            </dl>
        </>
    }
}

fn join_or(items: impl Iterator<Item = String>, empty: &str) -> String {
    let list: Vec<String> = items.collect();
    if list.is_empty() { empty.to_string() } else { list.join(", ") }
}
