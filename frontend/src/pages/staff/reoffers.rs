//! IMHA offered again, for managers: everyone who said no to an independent mental health
//! advocate, soonest due first, with how often they said no and why; the manager records each
//! answer. Another "no" sets the next date; a "yes" puts the case back in the queue.

use chrono::NaiveDate;
use speakup_types::casework::{Reoffer, ReofferAnswer, ReofferOutcome};
use uuid::Uuid;
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::feedback::day;
use super::{use_load, Load};
use crate::api;
use crate::components::choices::{choice, Radios};
use crate::components::date::{edit_in, first_part, DateAnswer, DateInput, DateParts};
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::TextArea;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::i18n::{field_errors, t, tf, wording};
use crate::route::Route;

#[component]
pub fn ReoffersPage() -> Html {
    let load = use_load((), |()| api::reoffers());
    // The list as the last answer left it, so the page keeps its place.
    let answered = use_state(|| None::<(Vec<Reoffer>, String)>);
    let answering = use_state(|| None::<Uuid>);
    let saved_ref = crate::dom::use_focus_when(answered.as_ref().map(|(_, r)| r.clone()), answered.is_some());
    let list = match (&*answered, &*load) {
        (Some((list, _)), _) => list.clone(),
        (None, Load::Loaded(list)) => list.clone(),
        (None, Load::Failed(problem)) if problem.status == 403 => return page(html! { <p class="body">{ t("staff-queue-forbidden") }</p> }),
        (None, Load::Failed(problem)) => return page(html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> }),
        (None, Load::Loading) => return page(html! { <p class="body" role="status">{ t("staff-reoffers-loading") }</p> }),
    };
    let today = crate::dom::today();
    let on_saved = {
        let (answered, answering) = (answered.clone(), answering.clone());
        Callback::from(move |(list, reference): (Vec<Reoffer>, String)| {
            answering.set(None);
            answered.set(Some((list, reference)));
        })
    };
    let body = html! {
        <>
            if let Some((_, reference)) = &*answered {
                <p class="body" role="status" id="reoffer-saved" tabindex="-1" ref={saved_ref}>{ tf("staff-reoffers-saved", &[("reference", reference)]) }</p>
            }
            if list.is_empty() {
                <p class="body" id="reoffers-empty">{ t("staff-reoffers-empty") }</p>
            } else {
                <ol class="list" id="reoffers">
                    { for list.iter().map(|r| {
                        let open = *answering == Some(r.id);
                        let start = {
                            let (answering, id) = (answering.clone(), r.id);
                            Callback::from(move |_: MouseEvent| answering.set(Some(id)))
                        };
                        let cancel = {
                            let answering = answering.clone();
                            Callback::from(move |()| answering.set(None))
                        };
                        html! {
                            <li class="summary-row" key={r.id.to_string()} id={format!("reoffer-{}", r.id)}>
                                { summary(r, today) }
                                if open {
                                    <AnswerForm reoffer={r.clone()} on_saved={on_saved.clone()} on_cancel={cancel} />
                                } else {
                                    <button type="button" class="button button-secondary button-small" id={format!("answer-{}", r.id)} onclick={start}>
                                        { t("staff-reoffers-answer") }<span class="visually-hidden">{ format!(" {}", r.reference) }</span>
                                    </button>
                                }
                            </li>
                        }
                    }) }
                </ol>
            }
        </>
    };
    page(body)
}

fn page(body: Html) -> Html {
    html! {
        <>
            <Heading text={t("staff-reoffers-heading")} />
            <p class="body">{ t("staff-reoffers-intro") }</p>
            { body }
        </>
    }
}

fn summary(r: &Reoffer, today: Option<NaiveDate>) -> Html {
    let overdue = today.is_some_and(|today| r.due_on < today);
    html! {
        <>
            <p class="body">
                <RouteLink to={Route::StaffReferral { id: r.referral }}>{ r.reference.clone() }</RouteLink>{ format!(" · {}", r.name) }
            </p>
            <p class="body">{ tf("staff-reoffers-due", &[("date", &day(r.due_on))]) }
                if overdue { { " " }<strong class="tag tag-urgent">{ t("staff-clock-overdue") }</strong> }
            </p>
            if r.declined > 0 {
                <p class="body">{ tf("staff-reoffers-declined", &[("count", &r.declined.to_string())]) }</p>
            }
            if let Some(reason) = &r.last_reason {
                <p class="body pre-wrap">{ tf("staff-reoffers-last-reason", &[("reason", reason)]) }</p>
            }
        </>
    }
}

/// Where the summary links each field: the date to its day box.
fn answer_field(field: &str) -> String {
    if field == "next_on" { format!("#{}", first_part("next_on")) } else { to_field(field) }
}

#[derive(Clone, PartialEq, Default)]
struct Draft {
    answer: Option<ReofferAnswer>,
    reason: String,
    next_on: DateParts,
}

#[derive(Properties, PartialEq)]
struct AnswerProps {
    reoffer: Reoffer,
    on_saved: Callback<(Vec<Reoffer>, String)>,
    on_cancel: Callback<()>,
}

#[component]
fn AnswerForm(props: &AnswerProps) -> Html {
    let draft = use_state(Draft::default);
    let action = use_action(Fields::OnPage(answer_field));
    let heading = crate::dom::use_focus_when((), true);
    let on_answer = {
        let draft = draft.clone();
        Callback::from(move |(code, _): (String, bool)| draft.set(Draft { answer: ReofferAnswer::parse(&code), ..(*draft).clone() }))
    };
    let on_reason = {
        let draft = draft.clone();
        Callback::from(move |v: String| draft.set(Draft { reason: v, ..(*draft).clone() }))
    };
    let on_day = edit_in(&draft, |d| &mut d.next_on);
    let onsubmit = {
        let (action, draft, r, done) = (action.clone(), draft.clone(), props.reoffer.clone(), props.on_saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(answer) = draft.answer else {
                return action.refuse(vec![speakup_types::problem::FieldError::from_id("answer", "error-reoffer-answer-required", &[], wording())]);
            };
            let declined = answer == ReofferAnswer::Declined;
            let next_on = match draft.next_on.answer() {
                DateAnswer::Valid(d) if declined => Some(d),
                DateAnswer::Invalid if declined => {
                    return action.refuse(vec![speakup_types::problem::FieldError::from_id("next_on", "error-mandate-date-invalid", &[], wording())]);
                }
                _ => None,
            };
            let reason = Some(draft.reason.trim().to_string()).filter(|r| !r.is_empty() && declined);
            let body = ReofferOutcome { answer, reason, next_on };
            if let Err(found) = body.validate() {
                return action.refuse(field_errors(&found));
            }
            let (done, reference) = (done.clone(), r.reference.clone());
            action.run(api::answer_reoffer(r.id, body, action.csrf()), move |list| done.emit((list, reference)));
        })
    };
    let cancel = {
        let done = props.on_cancel.clone();
        Callback::from(move |_: MouseEvent| done.emit(()))
    };
    let answers = vec![
        choice("accepted", "staff-reoffers-accepted"),
        choice("declined", "staff-reoffers-declined-again"),
        choice("not_eligible", "staff-reoffers-not-eligible"),
    ];
    let errors = action.errors();
    html! {
        <form class="form inset" novalidate=true {onsubmit} aria-labelledby="answer-title">
            <h2 class="heading-s" id="answer-title" tabindex="-1" ref={heading}>{ tf("staff-reoffers-answer-heading", &[("reference", &props.reoffer.reference)]) }</h2>
            <ErrorSummary errors={errors.clone()} title_id="answer-error-title" />
            <Radios name="answer" legend={t("staff-reoffers-what")} options={answers}
                selected={draft.answer.map(|a| vec![a.code().to_string()]).unwrap_or_default()} error={errors.inline("answer")} onchange={on_answer} />
            if draft.answer == Some(ReofferAnswer::Declined) {
                <TextArea id="reason" label={t("staff-reoffers-reason")} hint={t("staff-reoffers-reason-hint")} rows={3}
                    value={draft.reason.clone()} error={errors.inline("reason")} oninput={on_reason} />
                <DateInput id="next_on" legend={t("staff-reoffers-next")} hint={t("staff-reoffers-next-hint")}
                    value={draft.next_on.clone()} error={errors.inline("next_on")} onchange={on_day} />
            }
            <div class="button-group">
                <button type="submit" id="save-answer" class="button" disabled={action.busy()}>{ t("staff-reoffers-save") }</button>
                <button type="button" id="cancel-answer" class="button button-secondary" onclick={cancel}>{ t("staff-reoffers-cancel") }</button>
            </div>
        </form>
    }
}
