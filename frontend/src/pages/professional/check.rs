//! Check the answers, see which advocacy the answers point to, and send the referral.
//! Whatever sending finds wrong is listed here, each linking to the page that asks for it,
//! and is shown again beside the answer on that page.

use speakup_types::entitlement::assess;
use speakup_types::problem::FieldError;
use yew::prelude::*;
use yew_router::prelude::*;

use super::{in_page_order, page_for, summary, ProPage};
use crate::components::assessment::FirstGuess;
use crate::components::error_summary::{ErrorSummary, Errors};
use crate::components::delete_answers::DeleteAnswers;
use crate::components::heading::Heading;
use crate::components::links::back_link;
use crate::draft::{use_professional_draft, ProfessionalDraft};
use crate::i18n::t;
use crate::outbox::Outgoing;
use crate::pages::sending::{use_send, SendForm, Sender};
use crate::route;

fn problems(d: &ProfessionalDraft) -> Vec<FieldError> {
    in_page_order(d.problems())
}

fn to_page(field: &str) -> String {
    page_for(field).route().to_path()
}

fn send(d: &mut ProfessionalDraft) -> Outgoing {
    let body = d.to_submit();
    let key = d.prepare_send(&body);
    Outgoing::Professional { body, key }
}


#[component]
pub fn CheckAnswers() -> Html {
    let draft = use_professional_draft();
    let errors = use_state(Errors::default);
    {
        let draft = draft.clone();
        use_effect_with((), move |_| {
            if !draft.get().checking {
                draft.update(|d| d.checking = true);
            }
        });
    }
    {
        // Each page shows what sending found wrong with its answers (see `use_page`).
        let draft = draft.clone();
        use_effect_with((*errors).clone(), move |errors| {
            if !errors.fields.is_empty() {
                draft.update(|d| d.pending = errors.fields.clone());
            }
        });
    }
    let (onsubmit, sending) = use_send(&draft, &errors, Sender { problems, to_page, send });
    let d = draft.get();
    let assessment = assess(&d.facts());
    // Back goes where the person came from, or else to the last page that applies.
    let came_from = route::previous().filter(|r| ProPage::all().any(|p| p != ProPage::Check && p.route() == *r));
    html! {
        <>
            { back_link(came_from.unwrap_or_else(|| ProPage::Check.previous(&d))) }
            <ErrorSummary errors={(*errors).clone()} />
            <Heading text={t("pro-check-heading")} />
            { summary::answers(&d) }
            <FirstGuess {assessment} />
            <SendForm {onsubmit} state={sending}
                what_happens={t("pro-check-what-happens")} />
            <DeleteAnswers />
        </>
    }
}
