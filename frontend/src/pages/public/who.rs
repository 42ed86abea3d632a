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
use crate::pages::professional::ProPage;

const OPTIONS: [Choice; 4] = [
    Choice { value: WHO_ME, label: "Me", hint: None },
    Choice {
        value: WHO_CARER,
        label: "Me, because I look after someone (a carer)",
        hint: Some("For example, you want help with a carer's assessment or with support for yourself as a carer."),
    },
    Choice {
        value: WHO_SOMEONE_ELSE,
        label: "Someone else – I am their carer, family member or friend",
        hint: Some("We will ask you about them, and whether they know you are asking."),
    },
    Choice {
        value: WHO_PROFESSIONAL,
        label: "Someone I work with – I am referring them as a professional",
        hint: Some("For example a social worker, nurse, ward or care home staff, GP or police officer."),
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
                    let missing = vec![FieldError::new("who", "Choose who needs an advocate")];
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
            <Radios name="who" heading=true legend="Who needs an advocate?"
                hint="You can ask for yourself, or for someone you know."
                options={OPTIONS.to_vec()} selected={draft.get().who.into_iter().collect::<Vec<_>>()}
                error={errors.inline("who")} {onchange} />
        </QuestionForm>
    }
}
