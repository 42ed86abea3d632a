//! What the person wants help with, and their name. (Their profile is asked on the shared
//! pages in `pages/profile.rs`.)

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::error_summary::Errors;
use crate::components::fields::{TextArea, TextInput};
use crate::components::question::QuestionForm;
use crate::draft::use_draft;
use crate::i18n::t;
use crate::pages::flow::continue_with;

#[component]
pub fn HelpWith() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::HelpWith, &["help_with"]);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.referral.help_with = v))
    };
    html! {
        <QuestionForm back={super::previous(&draft.get(), &Route::HelpWith)} errors={(*errors).clone()} {onsubmit}>
            <TextArea id="help_with" heading=true
                label={t("questions-help-with-label")}
                hint={t("questions-help-with-hint")}
                value={draft.get().referral.help_with} rows={8}
                error={errors.inline("help_with")} {oninput} />
        </QuestionForm>
    }
}

#[component]
pub fn Name() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::Name, &["name"]);
    let oninput = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.referral.name = v))
    };
    html! {
        <QuestionForm back={super::previous(&draft.get(), &Route::Name)} errors={(*errors).clone()} {onsubmit}>
            <TextInput id="name" heading=true
                label={t("questions-name-label")}
                hint={t("questions-name-hint")}
                value={draft.get().referral.name} autocomplete="name" spellcheck=false
                error={errors.inline("name")} {oninput} />
        </QuestionForm>
    }
}
