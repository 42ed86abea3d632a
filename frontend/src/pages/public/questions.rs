//! The person's name. (What they want help with is asked in `pages/help_with.rs`, their
//! profile on the shared pages in `pages/profile.rs`.)

use yew::prelude::*;

use crate::components::fields::TextInput;
use crate::components::question::QuestionForm;
use crate::draft::Draft;
use crate::i18n::t;
use crate::pages::flow::use_question;
use crate::route::Step;

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
