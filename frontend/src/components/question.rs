//! The frame of a question page: Back link, error summary, the form and its Continue button
//! (kept in sight at the foot of a phone's screen while the form is, see `.form-actions`).

use yew::prelude::*;
use yew_router::prelude::*;

use crate::app::Route;
use crate::components::error_summary::{ErrorSummary, Errors};
use crate::components::links::back_link;
use crate::i18n::t;

#[derive(Properties, PartialEq)]
pub struct QuestionFormProps {
    pub back: Route,
    pub errors: Errors,
    pub onsubmit: Callback<()>,
    /// Offer a link past the optional questions to "check your answers".
    #[prop_or_default]
    pub skip: bool,
    /// The route's "check your answers" page, for the skip link.
    #[prop_or(Route::Check)]
    pub check: Route,
    #[prop_or_default]
    pub children: Html,
}

#[component]
pub fn QuestionForm(props: &QuestionFormProps) -> Html {
    let onsubmit = props.onsubmit.reform(|e: SubmitEvent| e.prevent_default());
    html! {
        <>
            { back_link(props.back.clone()) }
            <ErrorSummary errors={props.errors.clone()} />
            <form class="form" novalidate=true {onsubmit}>
                { props.children.clone() }
                <div class="form-actions">
                    <button type="submit" id="continue" class="button">{ t("question-continue") }</button>
                </div>
            </form>
            if props.skip {
                <p><Link<Route> to={props.check.clone()}>{ t("question-skip") }</Link<Route>></p>
            }
        </>
    }
}
