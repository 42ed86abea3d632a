//! "Who needs an advocate?": the way into each route. A person asking for themselves (or for
//! themselves as a carer) goes on to the self-referral; someone asking for another person goes
//! to the on-behalf referral; a professional referring someone they work with goes to the
//! professional referral.

use yew::prelude::*;

use crate::components::choices::Choice;
use crate::components::question::ChooseOne;
use crate::draft::{use_draft, OnBehalfDraft, ProfessionalDraft, Stored, WHO_CARER, WHO_ME, WHO_PROFESSIONAL, WHO_SOMEONE_ELSE};
use crate::i18n::t;
use crate::route::{ProPage, Route, Step};

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
    crate::pages::check::label_of(&OPTIONS, who)
}

/// Where Continue goes: the route for whoever needs the advocate, at its start or, when its
/// "check your answers" has been seen, back there.
fn next(who: Option<&str>, checking: bool) -> Route {
    match who {
        Some(WHO_SOMEONE_ELSE) if OnBehalfDraft::load().checking => Route::refer_for(Step::Check),
        Some(WHO_SOMEONE_ELSE) => Route::refer_for(Step::ReferrerName),
        Some(WHO_PROFESSIONAL) if ProfessionalDraft::load().checking => ProPage::Check.route(),
        Some(WHO_PROFESSIONAL) => ProPage::AboutYou.route(),
        _ if checking => Route::refer(Step::Check),
        _ => Route::refer(Step::HelpWith),
    }
}

#[component]
pub fn WhoPage() -> Html {
    let draft = use_draft();
    let d = draft.get();
    let onchange = {
        let draft = draft.clone();
        Callback::from(move |value: String| draft.update(|d| d.who = Some(value)))
    };
    html! {
        <ChooseOne back={Route::Home} next={next(d.who.as_deref(), d.checking)} name="who" field="who"
            legend={t("who-legend")} hint={t("who-hint")} options={OPTIONS.to_vec()} chosen={d.who.clone()}
            missing="who-missing" {onchange} />
    }
}
