//! "Who needs an advocate?": the way into each route. A person asking for themselves (or for
//! themselves as a carer) goes on to the self-referral; someone asking for another person goes
//! to the on-behalf referral; a professional referring someone they work with goes to the
//! professional referral.

use speakup_types::problem::FieldError;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::choices::{Choice, Radios};
use crate::components::error_summary::Errors;
use crate::components::question::QuestionForm;
use crate::draft::{use_draft, OnBehalfDraft, ProfessionalDraft, Stored, WHO_CARER, WHO_ME, WHO_PROFESSIONAL, WHO_SOMEONE_ELSE};
use crate::i18n::t;
use crate::pages::professional::ProPage;

const OPTIONS: [Choice; 4] = [
    Choice { value: WHO_ME, label: "who-me", hint: None },
    Choice {
        value: WHO_CARER,
        label: "who-carer",
        hint: Some("who-carer-hint"),
    },
    Choice {
        value: WHO_SOMEONE_ELSE,
        label: "who-someone-else",
        hint: Some("who-someone-else-hint"),
    },
    Choice {
        value: WHO_PROFESSIONAL,
        label: "who-professional",
        hint: Some("who-professional-hint"),
    },
];

/// The answer chosen, for "check your answers".
pub fn who_label(who: &Option<String>) -> String {
    super::check::label_of(&OPTIONS, who)
}

#[component]
pub fn WhoPage() -> Html {
    let draft = use_draft();
    let errors = use_state(Errors::default);
    let navigator = use_navigator();
    let onsubmit = {
        let draft = draft.clone();
        let errors = errors.clone();
        Callback::from(move |_| {
            let d = draft.get();
            let next = match d.who.as_deref() {
                Some(WHO_SOMEONE_ELSE) if OnBehalfDraft::load().checking => Route::ForCheck,
                Some(WHO_SOMEONE_ELSE) => Route::ForReferrerName,
                Some(WHO_PROFESSIONAL) if ProfessionalDraft::load().checking => ProPage::Check.route(),
                Some(WHO_PROFESSIONAL) => ProPage::AboutYou.route(),
                Some(_) if d.checking => Route::Check,
                Some(_) => Route::HelpWith,
                None => {
                    let missing = vec![FieldError::new("who", t("who-missing"))];
                    errors.set(errors.with_fields(missing, |_| format!("#who-{WHO_ME}")));
                    return;
                }
            };
            if let Some(navigator) = &navigator {
                navigator.push(&next);
            }
        })
    };
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| draft.update(|d| d.who = Some(value)))
    };
    html! {
        <QuestionForm back={Route::Home} errors={(*errors).clone()} {onsubmit}>
            <Radios name="who" heading=true legend={t("who-legend")}
                hint={t("who-hint")}
                options={OPTIONS.to_vec()} selected={draft.get().who.into_iter().collect::<Vec<_>>()}
                error={errors.inline("who")} {onchange} />
        </QuestionForm>
    }
}
