//! On the tracking page: what the person wants to happen, as their advocate wrote it down with
//! them; while the case is closing, a form to say how far each thing happened, whether they
//! feel safer and whether we did what they hoped; and once it has finished, how to come back,
//! how to complain and a way to tell us anonymously what they thought. All the answers go in
//! one request, since each request with the code spends one of a few tries.

use speakup_types::casework::{
    Achievement, Expectations, OutcomeForPerson, PersonsAnswer, PersonsClosure, RateOutcomesRequest, Safer, MAX_OUTCOME_NOTE,
};
use speakup_types::problem::FieldError;
use speakup_types::referral::{TrackRequest, TrackedReferral};
use speakup_types::status::ReferralStatus;
use uuid::Uuid;
use validator::Validate;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api;
use crate::components::choices::{choice, Choice, Radios};
use crate::components::links::RouteLink;
use crate::route::{FeedbackPage, Route};
use crate::components::error_summary::{ErrorSummary, Errors};
use crate::components::fields::TextArea;
use crate::dom;
use crate::i18n::{field_errors, t, tf, wording};
use crate::pages::professional::date_words;
use crate::pictures::Picture;

fn face(achievement: Achievement) -> Picture {
    match achievement {
        Achievement::Fully => Picture::VeryHappy,
        Achievement::Partly => Picture::Unsure,
        Achievement::NotAchieved => Picture::Sad,
    }
}

/// Each outcome's answers are named by its place in the list: `rate-0`, `rate-0-comment`.
/// "Answer something" links to the question every form has: do they feel safer.
fn link(field: &str) -> String {
    match field {
        "comment" => "#closure-comment".into(),
        comment if comment.ends_with("-comment") => format!("#{comment}"),
        _ => "#feels_safer-yes".into(),
    }
}

#[derive(Properties, PartialEq)]
pub struct YourOutcomesProps {
    pub found: TrackedReferral,
    /// The reference and code the page was opened with.
    pub request: TrackRequest,
    pub on_done: Callback<TrackedReferral>,
}

#[component]
pub fn YourOutcomes(props: &YourOutcomesProps) -> Html {
    let outcomes = &props.found.outcomes;
    // Once the case is coming to an end, no more looking again together is promised.
    let ending = matches!(props.found.status, ReferralStatus::Closing | ReferralStatus::Closed);
    html! {
        <>
            if !outcomes.is_empty() {
                <h3 class="heading-s" id="track-outcomes-title">{ t("track-outcomes-heading") }</h3>
                <p class="body">{ t(if ending { "track-outcomes-intro-done" } else { "track-outcomes-intro" }) }</p>
                <ul class="list" id="track-outcomes">{ for outcomes.iter().map(|o| outcome(o, ending)) }</ul>
            }
            if props.found.status == ReferralStatus::Closing {
                <RateOutcomes outcomes={outcomes.clone()} closure={props.found.closure.clone()} request={props.request.clone()} on_done={props.on_done.clone()} />
            }
            if props.found.status == ReferralStatus::Closed {
                <Finished />
            }
        </>
    }
}

fn outcome(o: &OutcomeForPerson, ending: bool) -> Html {
    let areas: Vec<&str> = o.wellbeing.iter().map(|a| t(a.label_id())).collect();
    html! {
        <li class="summary-row">
            <p class="body pre-wrap"><strong>{ Picture::Pen.beside(html! { o.words.clone() }) }</strong></p>
            <p class="body">{ tf("track-outcome-by", &[("by", t(o.expressed_by.label_id()))]) }</p>
            if !areas.is_empty() { <p class="body">{ tf("track-outcome-areas", &[("areas", &areas.join(", "))]) }</p> }
            if let Some(words) = &o.if_not { <p class="body pre-wrap">{ tf("track-outcome-if-not", &[("words", words)]) }</p> }
            if let Some(on) = o.review_on.filter(|_| !ending) {
                <p class="body">{ Picture::Calendar.beside(html! { tf("track-outcome-review", &[("date", &date_words(on))]) }) }</p>
            }
            if let Some(rating) = &o.rating {
                <p class="body">{ face(rating.achievement).beside(html! {
                    <strong>{ tf("track-outcome-rated", &[("by", t(rating.by.label_id())), ("achievement", t(rating.achievement.label_id()))]) }</strong>
                }) }</p>
                if let Some(comment) = &rating.comment { <p class="body pre-wrap">{ tf("track-outcome-comment", &[("comment", comment)]) }</p> }
            }
        </li>
    }
}

#[derive(Clone, PartialEq, Default)]
struct Answer {
    achievement: Option<Achievement>,
    comment: String,
}

#[derive(Properties, PartialEq)]
struct RateProps {
    outcomes: Vec<OutcomeForPerson>,
    /// What they said before about safety and expectations, to change.
    closure: Option<PersonsClosure>,
    request: TrackRequest,
    on_done: Callback<TrackedReferral>,
}

#[component]
fn RateOutcomes(props: &RateProps) -> Html {
    // Starts from what they said before, so changing one answer keeps the others.
    let answers = use_state(|| {
        props.outcomes.iter().map(|o| {
            let theirs = o.rating.as_ref().filter(|r| r.by == speakup_types::casework::RatedBy::Person);
            Answer { achievement: theirs.map(|r| r.achievement), comment: theirs.and_then(|r| r.comment.clone()).unwrap_or_default() }
        }).collect::<Vec<_>>()
    });
    let closure = use_state(|| props.closure.clone().unwrap_or_default());
    let errors = use_state(Errors::default);
    let busy = use_state(|| false);
    let saved = use_state(|| false);
    let thanks = dom::use_focus_when(*saved, *saved);
    let set = |index: usize, change: fn(&mut Answer, String)| {
        let (answers, saved) = (answers.clone(), saved.clone());
        Callback::from(move |value: String| {
            let mut changed = (*answers).clone();
            change(&mut changed[index], value);
            answers.set(changed);
            saved.set(false);
        })
    };
    let set_closure = |change: fn(&mut PersonsClosure, String)| {
        let (closure, saved) = (closure.clone(), saved.clone());
        Callback::from(move |value: String| {
            let mut changed = (*closure).clone();
            change(&mut changed, value);
            closure.set(changed);
            saved.set(false);
        })
    };
    let on_safer = {
        let set = set_closure(|c, code| c.feels_safer = Safer::parse(&code));
        Callback::from(move |(code, _): (String, bool)| set.emit(code))
    };
    let on_expectations = {
        let set = set_closure(|c, code| c.expectations = Expectations::parse(&code));
        Callback::from(move |(code, _): (String, bool)| set.emit(code))
    };
    let onsubmit = {
        let (answers, closure, errors, busy, saved) = (answers.clone(), closure.clone(), errors.clone(), busy.clone(), saved.clone());
        let ids = props.outcomes.iter().map(|o| o.id).collect::<Vec<Uuid>>();
        let (request, done) = (props.request.clone(), props.on_done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            // A comment that is too long is named beside its own box, not just in general.
            let long: Vec<FieldError> = answers.iter().enumerate()
                .filter(|(_, a)| a.comment.trim().chars().count() > MAX_OUTCOME_NOTE)
                .map(|(i, _)| FieldError::from_id(format!("rate-{i}-comment"), "error-rating-comment-long", &[], wording()))
                .collect();
            let mut long = long;
            if closure.comment.as_deref().is_some_and(|c| c.trim().chars().count() > MAX_OUTCOME_NOTE) {
                long.push(FieldError::from_id("comment", "error-rating-comment-long", &[], wording()));
            }
            if !long.is_empty() {
                return errors.set(errors.with_fields(long, link));
            }
            let ratings = answers.iter().zip(&ids).filter_map(|(a, id)| {
                Some(PersonsAnswer { outcome: *id, achievement: a.achievement?, comment: Some(a.comment.trim().to_string()).filter(|c| !c.is_empty()) })
            }).collect();
            let said = PersonsClosure { comment: closure.comment.as_deref().map(str::trim).filter(|c| !c.is_empty()).map(String::from), ..(*closure).clone() };
            let body = RateOutcomesRequest { track: request.clone(), ratings, closure: said };
            if let Err(found) = body.validate() {
                return errors.set(errors.with_fields(field_errors(&found), link));
            }
            busy.set(true);
            let (busy, errors, saved, done) = (busy.clone(), errors.clone(), saved.clone(), done.clone());
            spawn_local(async move {
                match api::rate_outcomes(&body).await {
                    Ok(tracked) => {
                        errors.set(Errors { attempt: errors.attempt, ..Errors::default() });
                        saved.set(true);
                        done.emit(tracked);
                    }
                    Err(problem) => errors.set(errors.with_problem(&problem, link)),
                }
                busy.set(false);
            });
        })
    };
    let options = vec![
        choice("fully", Achievement::Fully.label_id()),
        choice("partly", Achievement::Partly.label_id()),
        choice("not_achieved", Achievement::NotAchieved.label_id()),
    ];
    let pictures: Vec<Picture> = Achievement::ALL.iter().map(|a| face(*a)).collect();
    let safer: Vec<Choice> = Safer::ALL.iter().map(|s| choice(s.code(), s.label_id())).collect();
    let hoped: Vec<Choice> = Expectations::ALL.iter().map(|e| choice(e.code(), e.label_id())).collect();
    let faces = vec![Picture::VeryHappy, Picture::Unsure, Picture::Sad];
    html! {
        <form class="form inset" novalidate=true {onsubmit} id="rate-outcomes" aria-labelledby="rate-title">
            <h3 class="heading-s" id="rate-title">{ t("track-rate-heading") }</h3>
            <ErrorSummary errors={(*errors).clone()} title_id="rate-error-title" />
            <p class="body">{ t("track-rate-intro") }</p>
            { for props.outcomes.iter().enumerate().map(|(i, o)| {
                let answer = answers[i].clone();
                let on_choice = {
                    let set = set(i, |a, code| a.achievement = Achievement::parse(&code));
                    Callback::from(move |(code, _): (String, bool)| set.emit(code))
                };
                html! {
                    <div class="inset" key={o.id.to_string()}>
                        <Radios name={format!("rate-{i}")} legend={o.words.clone()} options={options.clone()} pictures={pictures.clone()}
                            selected={answer.achievement.map(|a| vec![a.code().to_string()]).unwrap_or_default()} onchange={on_choice} />
                        <TextArea id={format!("rate-{i}-comment")} label={t("track-rate-comment")} rows={2}
                            value={answer.comment} error={errors.inline(&format!("rate-{i}-comment"))} oninput={set(i, |a, v| a.comment = v)} />
                    </div>
                }
            }) }
            <Radios name="feels_safer" legend={t("track-safer-legend")} options={safer} pictures={faces.clone()}
                selected={closure.feels_safer.map(|s| vec![s.code().to_string()]).unwrap_or_default()} onchange={on_safer} />
            <Radios name="expectations" legend={t("track-expectations-legend")} options={hoped} pictures={faces}
                selected={closure.expectations.map(|e| vec![e.code().to_string()]).unwrap_or_default()} onchange={on_expectations} />
            <TextArea id="closure-comment" label={t("track-closure-comment")} rows={2} value={closure.comment.clone().unwrap_or_default()}
                error={errors.inline("comment")} oninput={set_closure(|c, v| c.comment = Some(v))} />
            if *saved {
                <p class="body" role="status" id="rate-saved" tabindex="-1" ref={thanks}>{ t("track-rate-saved") }</p>
            }
            <button type="submit" id="rate-send" class="button" disabled={*busy}>{ t("track-rate-save") }</button>
        </form>
    }
}

/// Once the advocacy has finished: how to come back, how to complain, and a way to say what
/// they thought that carries nothing of their referral (the form opens in the language and
/// format this device already uses).
#[component]
fn Finished() -> Html {
    let phone = super::declined::use_provider_phone();
    let feedback = FeedbackPage::Questions(speakup_types::feedback::Sender::HadAdvocate).route();
    html! {
        <section class="inset" id="track-finished" aria-labelledby="finished-title">
            <h3 class="heading-s" id="finished-title">{ t("track-finished-heading") }</h3>
            <p class="body">{ Picture::Talk.beside(html! { t("track-finished-come-back") }) }</p>
            <p class="body"><RouteLink to={Route::Home} id="ask-again">{ t("track-finished-again-link") }</RouteLink></p>
            <p class="body">{ Picture::Complain.beside(html! { t("track-finished-complain") }) }</p>
            if let Some(number) = &phone {
                <p class="body"><a href={format!("tel:{}", number.replace([' ', '-', '(', ')'], ""))}>{ tf("track-finished-call", &[("phone", number)]) }</a></p>
            }
            <p class="body">{ Picture::Person.beside(html! { t("track-finished-feedback") }) }</p>
            <p class="body"><RouteLink to={feedback} id="finished-feedback">{ t("track-finished-feedback-link") }</RouteLink></p>
        </section>
    }
}
