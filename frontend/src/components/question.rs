//! The frame of a question page: Back link, error summary, the form and its Continue button
//! (kept in sight at the foot of a phone's screen while the form is, see `.form-actions`),
//! and the page of a question that must be answered by choosing one option.

use speakup_types::problem::FieldError;
use yew::prelude::*;
use yew_router::prelude::*;

use crate::components::choices::{Choice, Radios};
use crate::components::delete_answers::DeleteAnswers;
use crate::components::error_summary::{ErrorSummary, Errors};
use crate::components::links::back_link;
use crate::i18n::t;
use crate::route::Route;

#[derive(Properties, PartialEq)]
pub struct QuestionFormProps {
    pub back: Route,
    pub errors: Errors,
    pub onsubmit: Callback<()>,
    /// A link past the optional questions: the route's "check your answers".
    #[prop_or_default]
    pub skip_to: Option<Route>,
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
            if let Some(check) = props.skip_to.clone() {
                <p><Link<Route> to={check}>{ t("question-skip") }</Link<Route>></p>
            }
            <DeleteAnswers />
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct ChooseOneProps {
    pub back: Route,
    /// Where Continue goes once something is chosen.
    pub next: Route,
    /// The radios' name; the summary's link goes to the first option (`#<name>-<value>`).
    pub name: AttrValue,
    /// The answer's path, for its error.
    pub field: AttrValue,
    pub legend: AttrValue,
    #[prop_or_default]
    pub hint: Option<AttrValue>,
    pub options: Vec<Choice>,
    pub chosen: Option<String>,
    /// The message id of the error when nothing is chosen.
    pub missing: &'static str,
    pub onchange: Callback<String>,
    /// What follows the options, such as what to do about the answer just chosen.
    #[prop_or_default]
    pub children: Html,
}

/// A question page whose one answer must be chosen before Continue goes on.
#[component]
pub fn ChooseOne(props: &ChooseOneProps) -> Html {
    let errors = use_state(Errors::default);
    let navigator = use_navigator();
    let onsubmit = {
        let errors = errors.clone();
        let (chosen, next, field) = (props.chosen.is_some(), props.next.clone(), props.field.to_string());
        let first = format!("#{}-{}", props.name, props.options.first().map_or("", |o| o.value));
        let missing = props.missing;
        Callback::from(move |_| {
            if chosen {
                if let Some(navigator) = &navigator {
                    navigator.push(&next);
                }
            } else {
                let found = vec![FieldError::new(field.clone(), t(missing))];
                errors.set(errors.with_fields(found, |_| first.clone()));
            }
        })
    };
    let onchange = props.onchange.reform(|(value, _): (String, bool)| value);
    html! {
        <QuestionForm back={props.back.clone()} errors={(*errors).clone()} {onsubmit}>
            <Radios name={props.name.clone()} heading=true legend={props.legend.clone()} hint={props.hint.clone()}
                options={props.options.clone()} selected={props.chosen.clone().into_iter().collect::<Vec<_>>()}
                error={errors.inline(&props.field)} {onchange} />
            { props.children.clone() }
        </QuestionForm>
    }
}
