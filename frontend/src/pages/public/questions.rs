//! What the person wants help with, their name, and their profile: communication needs,
//! what they would like in an advocate and who to involve.

use yew::prelude::*;
use yew_router::prelude::*;

use super::continue_with;
use crate::app::Route;
use crate::components::communication::CommunicationQuestions;
use crate::components::equality::EqualityQuestions;
use crate::components::preferences::{AdvocateQuestions, PeopleQuestions};
use crate::components::error_summary::Errors;
use crate::components::fields::{TextArea, TextInput};
use crate::components::question::QuestionForm;
use crate::draft::use_draft;

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
        <QuestionForm back={Route::HelpWith.previous_question()} errors={(*errors).clone()} {onsubmit}>
            <TextArea id="help_with" heading=true
                label="What would you like help with?"
                hint="Tell us in your own words: what is happening, who is involved and what you would like to change. You do not need to know what kind of advocate you need."
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
        <QuestionForm back={Route::Name.previous_question()} errors={(*errors).clone()} {onsubmit}>
            <TextInput id="name" heading=true
                label="What should we call you?"
                hint="Your first name or a name you like to be called is fine."
                value={draft.get().referral.name} autocomplete="name" spellcheck=false
                error={errors.inline("name")} {oninput} />
        </QuestionForm>
    }
}

#[component]
pub fn Communication() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::Communication, &["communication"]);
    let d = draft.get();
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |needs| draft.update(|d| d.referral.communication = needs))
    };
    html! {
        <QuestionForm back={Route::Communication.previous_question()} errors={(*errors).clone()} {onsubmit}>
            <CommunicationQuestions needs={d.referral.communication.clone()} errors={(*errors).clone()} {onchange}
                about_someone_else={false} />
        </QuestionForm>
    }
}

#[component]
pub fn Advocate() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::Advocate, &["preferences"]);
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |preferences| draft.update(|d| d.referral.preferences = preferences))
    };
    html! {
        <QuestionForm back={Route::Advocate.previous_question()} errors={(*errors).clone()} {onsubmit}>
            <AdvocateQuestions preferences={draft.get().referral.preferences} errors={(*errors).clone()} {onchange} />
        </QuestionForm>
    }
}

#[component]
pub fn People() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::People, &["preferences"]);
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |preferences| draft.update(|d| d.referral.preferences = preferences))
    };
    html! {
        <QuestionForm back={Route::People.previous_question()} errors={(*errors).clone()} {onsubmit}>
            <PeopleQuestions preferences={draft.get().referral.preferences} errors={(*errors).clone()} {onchange} />
        </QuestionForm>
    }
}

#[component]
pub fn Equality() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let onsubmit = continue_with(&draft, &errors, use_navigator(), Route::Equality, &["equality"]);
    let d = draft.get();
    let onanswering = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.update(|d| d.choices.equality_answering = Some(v)))
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |answers| draft.update(|d| d.referral.equality = Some(answers)))
    };
    html! {
        <QuestionForm back={Route::Equality.previous_question()} errors={(*errors).clone()} {onsubmit}>
            <EqualityQuestions answers={d.referral.equality.clone()} answering={d.choices.equality_answering.clone()}
                {onanswering} {onchange} error={errors.inline("equality")} />
        </QuestionForm>
    }
}
