//! The optional equality questions, rendered from the shared catalogue. First the person
//! chooses whether to answer at all; only then do the questions appear. Every question has
//! "Prefer not to say" and may be left blank.

use speakup_types::equality::{EqualityMonitoring, EqualityQuestion, EXCLUSIVE, QUESTIONS};
use yew::prelude::*;

use crate::components::choices::{choice, Checkboxes, Choice, Radios};
use crate::components::heading::Heading;

#[derive(Properties, PartialEq)]
pub struct EqualityProps {
    /// `None`: not answering (or not decided); `Some`: answering, with what is chosen so far.
    pub answers: Option<EqualityMonitoring>,
    /// The answer to "would you like to answer?", as a radio value.
    pub answering: Option<String>,
    pub onanswering: Callback<String>,
    pub onchange: Callback<EqualityMonitoring>,
    #[prop_or_default]
    pub about_someone_else: bool,
    #[prop_or_default]
    pub error: Option<String>,
}

#[component]
pub fn EqualityQuestions(p: &EqualityProps) -> Html {
    let answering = p.answering.as_deref() == Some("yes");
    let onanswering = p.onanswering.reform(|(value, _): (String, bool)| value);
    let (who, whose) = if p.about_someone_else { ("them", "their") } else { ("you", "your") };
    let answers = p.answers.clone().unwrap_or_default();
    let question = |q: &'static EqualityQuestion| {
        let options: Vec<Choice> = q.options.iter().map(|(code, label)| choice(code, label)).collect();
        let chosen = answers.0.get(q.code).cloned().unwrap_or_default();
        let onchange = {
            let (answers, onchange) = (answers.clone(), p.onchange.clone());
            Callback::from(move |(value, ticked): (String, bool)| {
                let mut answers = answers.clone();
                answers.choose(q, &value, ticked);
                onchange.emit(answers);
            })
        };
        let legend = if p.about_someone_else { q.about_them } else { q.question };
        let name = format!("equality-{}", q.code);
        let apart: Vec<&'static str> =
            q.options.iter().map(|(code, _)| *code).filter(|c| EXCLUSIVE.contains(c)).take(1).collect();
        if q.multiple {
            html! { <Checkboxes {name} {legend} hint="Tick all that apply." {options} {apart} selected={chosen} {onchange} /> }
        } else {
            html! { <Radios {name} {legend} {options} {apart} selected={chosen} {onchange} /> }
        }
    };
    html! {
        <>
            <Heading text="Equality questions (optional)" />
            <p class="body">{ format!("These questions help us check that advocacy reaches everyone who needs it. Answering is up to {who} and changes nothing about {whose} referral.") }</p>
            <p class="body">{ "The answers are kept apart from the referral. The team working on it cannot see them. They are only ever counted together with other people's, and small numbers are hidden." }</p>
            <Radios name="equality-answering" legend="Would you like to answer them?"
                options={vec![choice("yes", "Yes, answer the questions"), choice("no", "No, skip them")]}
                selected={p.answering.clone().into_iter().collect::<Vec<_>>()} error={p.error.clone()} onchange={onanswering} />
            if answering {
                <div class="equality-questions">
                    { for QUESTIONS.iter().map(question) }
                </div>
            }
        </>
    }
}
