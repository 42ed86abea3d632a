//! What the person wants to happen, near the top of the casework: each outcome in their words
//! (or marked as the advocate's understanding), the wellbeing it touches, its reviews and how
//! far it happened; with forms to add one, change it, review it and rate it
//! (`outcome_forms.rs`). One outcome's form is open at a time, so no id is on the page twice.

use speakup_types::casework::{Casework, DesiredOutcome, ExpressedBy, RatedBy};
use uuid::Uuid;
use yew::prelude::*;

use super::action::use_open_form;
use super::feedback::day;
use super::outcome_forms::{OutcomeForm, RateForm, ReviewForm};
use crate::dom;
use crate::i18n::{t, tf};

/// Which form an outcome has open.
#[derive(Clone, Copy, PartialEq)]
enum Open {
    Change,
    Review,
    Rate,
}

pub(super) fn expressed_label(by: ExpressedBy) -> &'static str {
    match by {
        ExpressedBy::Person => "staff-outcome-by-person",
        ExpressedBy::Representative => "staff-outcome-by-representative",
        ExpressedBy::Advocate => "staff-outcome-by-advocate",
    }
}

fn rated_label(by: RatedBy) -> &'static str {
    match by {
        RatedBy::Person => "staff-outcome-rated-person",
        RatedBy::WithAdvocate => "staff-outcome-rated-with-advocate",
        RatedBy::Advocate => "staff-outcome-rated-advocate",
    }
}

#[derive(Properties, PartialEq)]
pub struct OutcomesProps {
    pub case: Uuid,
    /// The person's name, as the heading says it.
    pub name: String,
    pub outcomes: Vec<DesiredOutcome>,
    pub on_change: Callback<Casework>,
}

#[component]
pub fn Outcomes(props: &OutcomesProps) -> Html {
    let forms = use_open_form::<Open>();
    let (saved, cancel) = (forms.saved(props.on_change.clone()), forms.cancel());
    let row = |o: &DesiredOutcome| -> Html {
        let (case, outcome) = (props.case, o.clone());
        let body = match forms.of(o.id) {
            Some(Open::Change) => html! { <OutcomeForm {case} editing={Some(outcome)} on_saved={saved.clone()} on_cancel={cancel.clone()} /> },
            Some(Open::Review) => html! { <ReviewForm {case} {outcome} on_saved={saved.clone()} on_cancel={cancel.clone()} /> },
            Some(Open::Rate) => html! { <RateForm {case} {outcome} on_saved={saved.clone()} on_cancel={cancel.clone()} /> },
            None => html! { <Summary outcome={o.clone()} on_open={forms.opener(o.id)} refocus={forms.refocus(o.id)} /> },
        };
        html! { <li class="summary-row" key={o.id.to_string()} id={format!("outcome-{}", o.id)}>{ body }</li> }
    };
    html! {
        <section aria-labelledby="outcomes-title" id="outcomes">
            <h3 class="heading-s" id="outcomes-title">{ tf("staff-outcomes-heading", &[("name", &props.name)]) }</h3>
            <p class="hint">{ t("staff-outcomes-hint") }</p>
            if props.outcomes.is_empty() {
                <p class="body">{ t("staff-work-none") }</p>
            } else {
                <ul class="list" id="outcome-list">{ for props.outcomes.iter().map(row) }</ul>
            }
            <OutcomeForm case={props.case} on_saved={props.on_change.clone()} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SummaryProps {
    outcome: DesiredOutcome,
    on_open: Callback<Open>,
    /// The form of this kind just closed: its button takes focus again.
    refocus: Option<Open>,
}

#[component]
fn Summary(props: &SummaryProps) -> Html {
    let o = &props.outcome;
    let buttons = [
        (Open::Change, "change", "staff-outcome-change", dom::use_focus_when((), props.refocus == Some(Open::Change))),
        (Open::Review, "review", "staff-outcome-review", dom::use_focus_when((), props.refocus == Some(Open::Review))),
        (Open::Rate, "rate", "staff-outcome-rate", dom::use_focus_when((), props.refocus == Some(Open::Rate))),
    ];
    let areas: Vec<&str> = o.wellbeing.iter().map(|a| t(a.label_id())).collect();
    html! {
        <>
            <p class="body pre-wrap"><strong>{ o.words.clone() }</strong></p>
            <p class="body">{ t(expressed_label(o.expressed_by)) }</p>
            if !areas.is_empty() { <p class="body">{ tf("staff-outcome-areas", &[("areas", &areas.join(", "))]) }</p> }
            if let Some(words) = &o.if_not { <p class="body pre-wrap">{ tf("staff-outcome-if-not", &[("words", words)]) }</p> }
            if o.shared_with_enquiry { <p class="body">{ t("staff-outcome-shared") }</p> }
            if let Some(on) = o.review_on { <p class="body">{ tf("staff-outcome-review-on", &[("date", &day(on))]) }</p> }
            if !o.reviews.is_empty() {
                <ol class="timeline">
                    { for o.reviews.iter().map(|r| html! {
                        <li class="timeline-item">
                            <p class="body pre-wrap">{ tf("staff-outcome-reviewed", &[("date", &dom::format_millis(r.at.timestamp_millis())), ("words", &r.what_changed)]) }</p>
                        </li>
                    }) }
                </ol>
            }
            if let Some(rating) = &o.rating {
                <p class="body" id={format!("rating-{}", o.id)}><strong class="tag">
                    { tf("staff-outcome-rated", &[("achievement", t(rating.achievement.label_id())), ("by", t(rated_label(rating.by)))]) }
                </strong></p>
                if let Some(comment) = &rating.comment { <p class="body pre-wrap">{ tf("staff-outcome-comment", &[("comment", comment)]) }</p> }
            }
            <div class="button-group">
                { for buttons.into_iter().map(|(mode, key, label, node)| {
                    let on_open = props.on_open.clone();
                    html! {
                        <button type="button" id={format!("{key}-{}", o.id)} class="button button-secondary button-small" ref={node}
                            onclick={Callback::from(move |_: MouseEvent| on_open.emit(mode))}>
                            { t(label) }<span class="visually-hidden">{ format!(" {}", o.words) }</span>
                        </button>
                    }
                }) }
            </div>
        </>
    }
}
