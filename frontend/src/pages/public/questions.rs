//! What the person wants help with, and their name. (Their profile is asked on the shared
//! pages in `pages/profile.rs`.)

use yew::prelude::*;

use crate::components::fields::{TextArea, TextInput};
use crate::components::question::QuestionForm;
use crate::draft::Draft;
use crate::i18n::t;
use crate::pages::flow::use_question;
use crate::route::Step;

#[component]
pub fn HelpWith() -> Html {
    let q = use_question::<Draft>(Step::HelpWith);
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} onsubmit={q.submit(&["help_with"])}>
            <TextArea id="help_with" heading=true
                label={t("questions-help-with-label")}
                hint={t("questions-help-with-hint")}
                value={q.get().referral.help_with} rows={8}
                error={q.error("help_with")} oninput={q.set(|d, v| d.referral.help_with = v)} />
        </QuestionForm>
    }
}

#[component]
pub fn Name() -> Html {
    let q = use_question::<Draft>(Step::Name);
    html! {
        <QuestionForm back={q.back()} errors={q.errors()} onsubmit={q.submit(&["name"])}>
            <TextInput id="name" heading=true
                label={t("questions-name-label")}
                hint={t("questions-name-hint")}
                value={q.get().referral.name} autocomplete="name" spellcheck=false
                error={q.error("name")} oninput={q.set(|d, v| d.referral.name = v)} />
        </QuestionForm>
    }
}
