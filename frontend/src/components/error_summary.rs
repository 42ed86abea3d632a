//! The error summary at the top of a page: a live region that takes focus on failure, with a
//! link to each answer that needs fixing.

use speakup_types::problem::{FieldError, Problem};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::dom;

#[derive(Debug, Clone, PartialEq)]
pub struct SummaryItem {
    pub message: String,
    /// `#id` of a field on this page, or the path of another page; `None` for a message without a link.
    pub target: Option<String>,
}

/// The id of the form field for a DTO path: `contact.phone` → `contact-phone`.
pub fn field_id(field: &str) -> String {
    field.replace('.', "-")
}

/// The message for one field, for the inline error beside it.
pub fn error_for(errors: &[FieldError], field: &str) -> Option<String> {
    errors.iter().find(|e| e.field == field).map(|e| e.message.clone())
}

/// Links to fields on this page. `target` may redirect a field (radios link to their first option).
pub fn field_items(errors: &[FieldError], target: impl Fn(&str) -> String) -> Vec<SummaryItem> {
    errors
        .iter()
        .map(|e| SummaryItem { message: e.message.clone(), target: Some(target(&e.field)) })
        .collect()
}

/// The element an error about `field` links to: the field, or for a date (a path ending in
/// `.date`) its day box.
/// `errors` in the order their fields appear on the form (`fields`), so the summary reads down
/// the page; any field not named goes last.
pub fn in_form_order(mut errors: Vec<FieldError>, fields: &[&str]) -> Vec<FieldError> {
    errors.sort_by_key(|e| fields.iter().position(|f| *f == e.field).unwrap_or(fields.len()));
    errors
}

pub fn to_field(field: &str) -> String {
    if field.ends_with(".date") {
        format!("#{}", crate::components::date::first_part(&field_id(field)))
    } else {
        format!("#{}", field_id(field))
    }
}

/// A problem from the API: its field errors if it has any, otherwise its title and detail.
pub fn problem_items(problem: &Problem, target: impl Fn(&str) -> String) -> Vec<SummaryItem> {
    if !problem.errors.is_empty() {
        return field_items(&problem.errors, target);
    }
    let mut message = problem.title.clone();
    if let Some(detail) = problem.detail.as_deref().filter(|d| !d.trim().is_empty()) {
        message = format!("{message} {detail}");
    }
    vec![SummaryItem { message, target: None }]
}

/// A page's errors: the inline message per field and the summary. `attempt` counts failures so
/// the summary takes focus again even when the same errors come back.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Errors {
    pub fields: Vec<FieldError>,
    pub items: Vec<SummaryItem>,
    pub attempt: u32,
}

impl Errors {
    pub fn failed(&self, fields: Vec<FieldError>, items: Vec<SummaryItem>) -> Errors {
        Errors { fields, items, attempt: self.attempt + 1 }
    }

    /// Field errors from the validator or a 422, each linked to its field on this page.
    pub fn with_fields(&self, fields: Vec<FieldError>, target: impl Fn(&str) -> String) -> Errors {
        let items = field_items(&fields, target);
        self.failed(fields, items)
    }

    /// Any API problem: field errors when it has them, otherwise its message.
    pub fn with_problem(&self, problem: &Problem, target: impl Fn(&str) -> String) -> Errors {
        let items = problem_items(problem, &target);
        self.failed(problem.errors.clone(), items)
    }

    pub fn inline(&self, field: &str) -> Option<String> {
        error_for(&self.fields, field)
    }

    /// The first message about `field` or anything under it: `equality` covers `equality.age`,
    /// for a group of questions that shows one message.
    pub fn inline_within(&self, field: &str) -> Option<String> {
        let under = |e: &&FieldError| e.field == field || e.field.strip_prefix(field).is_some_and(|rest| rest.starts_with('.'));
        self.fields.iter().find(under).map(|e| e.message.clone())
    }
}

#[derive(Properties, PartialEq)]
pub struct ErrorSummaryProps {
    pub errors: Errors,
    #[prop_or(AttrValue::Static(crate::i18n::t("error-summary-heading")))]
    pub title: AttrValue,
    /// The title's id; a page with a second summary (for one action) gives it another.
    #[prop_or(AttrValue::Static("error-summary-title"))]
    pub title_id: AttrValue,
}

#[component]
pub fn ErrorSummary(props: &ErrorSummaryProps) -> Html {
    let node = use_node_ref();
    let navigator = use_navigator();
    {
        let node = node.clone();
        use_effect_with(props.errors.clone(), move |errors| {
            if !errors.items.is_empty() {
                if let Some(summary) = node.cast::<web_sys::HtmlElement>() {
                    let _ = summary.focus();
                    summary.scroll_into_view();
                }
            }
        });
    }
    let link = |item: &SummaryItem| -> Html {
        let Some(target) = item.target.clone() else {
            return html! { <li>{ item.message.clone() }</li> };
        };
        let navigator = navigator.clone();
        let href = target.clone();
        let onclick = Callback::from(move |e: MouseEvent| {
            if let Some(id) = target.strip_prefix('#') {
                e.prevent_default();
                dom::focus_id(id);
            } else if let (Some(route), Some(navigator)) = (Route::recognize(&target), navigator.as_ref()) {
                e.prevent_default();
                navigator.push(&route);
            }
        });
        html! { <li><a {href} {onclick}>{ item.message.clone() }</a></li> }
    };
    html! {
        <div role="alert" class="alert-region">
            if !props.errors.items.is_empty() {
                <div class="error-summary" tabindex="-1" ref={node} aria-labelledby={props.title_id.clone()}>
                    <h2 class="error-summary-title" id={props.title_id.clone()}>{ props.title.clone() }</h2>
                    <ul class="error-summary-list">
                        { for props.errors.items.iter().map(link) }
                    </ul>
                </div>
            }
        </div>
    }
}
