//! The optional equality questions, rendered from the shared catalogue. First the person
//! chooses whether to answer at all; only then do the questions appear. Every question has
//! "Prefer not to say" and may be left blank.

use speakup_types::equality::{EqualityMonitoring, EqualityQuestion, EXCLUSIVE, QUESTIONS};
use yew::prelude::*;

use crate::components::choices::{choice, Checkboxes, Choice, Radios};
use crate::components::heading::Heading;
use crate::i18n::t;

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
    let answers = p.answers.clone().unwrap_or_default();
    let question = |q: &'static EqualityQuestion| {
        let options: Vec<Choice> = q.options.iter().map(|(code, label_id)| choice(code, label_id)).collect();
        let chosen = answers.0.get(q.code).cloned().unwrap_or_default();
        let onchange = {
            let (answers, onchange) = (answers.clone(), p.onchange.clone());
            Callback::from(move |(value, ticked): (String, bool)| {
                let mut answers = answers.clone();
                answers.choose(q, &value, ticked);
                onchange.emit(answers);
            })
        };
        let legend = t(if p.about_someone_else { q.about_them_id } else { q.question_id });
        let name = format!("equality-{}", q.code);
        let apart: Vec<&'static str> =
            q.options.iter().map(|(code, _)| *code).filter(|c| EXCLUSIVE.contains(c)).take(1).collect();
        if q.multiple {
            html! { <Checkboxes {name} {legend} hint={t("equality-tick-all-hint")} {options} {apart} selected={chosen} {onchange} /> }
        } else {
            html! { <Radios {name} {legend} {options} {apart} selected={chosen} {onchange} /> }
        }
    };
    html! {
        <>
            <Heading text={t("equality-heading")} />
            <p class="body">{ if p.about_someone_else { t("equality-intro-them") } else { t("equality-intro") } }</p>
            <p class="body">{ t("equality-private") }</p>
            <Radios name="equality-answering" legend={t("equality-answering-legend")}
                options={vec![choice("yes", "equality-answering-yes"), choice("no", "equality-answering-no")]}
                selected={p.answering.clone().into_iter().collect::<Vec<_>>()} error={p.error.clone()} onchange={onanswering} />
            if answering {
                <div class="equality-questions">
                    { for QUESTIONS.iter().map(question) }
                </div>
            }
        </>
    }
}
