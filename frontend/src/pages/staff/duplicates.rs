//! Likely duplicates of a referral (the same phone or email, or the same name and date of
//! birth), each with its reasons and a way to join this referral into it, after a confirmation
//! step. Also says where this referral was joined, and which referrals were joined into it.

use speakup_types::referral::{LikelyDuplicate, MatchReason, MergeRequest, ReferralDetail};
use speakup_types::status::ReferralStatus;
use uuid::Uuid;
use yew::platform::spawn_local;
use yew::prelude::*;
use yew_router::prelude::*;

use super::action::{use_action, Fields};
use super::queue::received;
use super::{use_load, Load};
use crate::api;
use crate::route::Route;
use crate::components::error_summary::ErrorSummary;
use crate::dom;
use crate::i18n::{t, tf, with_element};

#[derive(Properties, PartialEq)]
pub struct DuplicatesProps {
    pub detail: ReferralDetail,
    /// Called with this referral as it is after joining (or after someone else joined it).
    pub on_joined: Callback<ReferralDetail>,
}

/// Why two referrals look alike, in words that fit inside a sentence.
fn match_reason(reason: MatchReason) -> &'static str {
    match reason {
        MatchReason::SameName => "staff-match-name",
        MatchReason::SamePhone => "staff-match-phone",
        MatchReason::SameEmail => "staff-match-email",
        MatchReason::SameDateOfBirth => "staff-match-date-of-birth",
    }
}

/// "same name and same phone number".
fn reasons(duplicate: &LikelyDuplicate) -> String {
    let words: Vec<String> = duplicate.reasons.iter().map(|r| t(match_reason(*r)).to_string()).collect();
    match words.split_last() {
        Some((last, [])) => last.clone(),
        Some((last, rest)) => tf("staff-duplicates-reasons-and", &[("rest", &rest.join(", ")), ("last", last)]),
        None => t("staff-duplicates-look-alike").into(),
    }
}

fn join_button_id(duplicate: &LikelyDuplicate) -> String {
    format!("join-{}", duplicate.id)
}

#[component]
pub fn Duplicates(props: &DuplicatesProps) -> Html {
    let load = use_load(props.detail.id, api::duplicates);
    let confirming = use_state(|| None::<LikelyDuplicate>);
    let action = use_action(Fields::Elsewhere);
    // Where this referral was joined during this visit, to link to it; counts joins for focus.
    let joined_now = use_state(|| None::<(Uuid, String)>);
    // Asking to confirm: take focus to the question, so keyboard and screen reader users are there.
    let question = crate::dom::use_focus_when((*confirming).as_ref().map(|d| d.id), confirming.is_some());
    // After Cancel, focus goes back to the button that asked.
    let refocus = use_state(|| None::<String>);
    let id = props.detail.id;
    // Joined: the buttons are gone, so take focus to the notice saying where it went.
    let notice = crate::dom::use_focus_when((), joined_now.is_some() && props.detail.merged_into.is_some());
    use_effect_with((*refocus).clone(), |refocus| {
        if let Some(button) = refocus {
            dom::focus_id(button);
        }
    });
    let ask = {
        let (confirming, action, refocus) = (confirming.clone(), action.clone(), refocus.clone());
        Callback::from(move |duplicate: LikelyDuplicate| {
            refocus.set(None);
            action.clear();
            confirming.set(Some(duplicate));
        })
    };
    let cancel = {
        let (confirming, refocus) = (confirming.clone(), refocus.clone());
        Callback::from(move |_: MouseEvent| {
            refocus.set((*confirming).as_ref().map(join_button_id));
            confirming.set(None);
        })
    };
    let join = {
        let (action, confirming, joined_now) = (action.clone(), confirming.clone(), joined_now.clone());
        let on_joined = props.on_joined.clone();
        Callback::from(move |_: MouseEvent| {
            let Some(target) = (*confirming).clone() else { return };
            let body = MergeRequest { into: target.id, other_code_holder_warned: target.other_code_holder };
            let (joined, refreshed) = (on_joined.clone(), on_joined.clone());
            let (confirmed, refused) = (confirming.clone(), confirming.clone());
            let joined_now = joined_now.clone();
            action.run_or(
                api::merge(id, body, action.csrf()),
                move |detail| {
                    confirmed.set(None);
                    joined_now.set(Some((target.id, target.reference.clone())));
                    joined.emit(detail);
                },
                move |problem| {
                    if problem.status == 409 {
                        // Someone joined it first: show where it is now.
                        refused.set(None);
                        spawn_local(async move {
                            if let Ok(detail) = api::referral(id).await {
                                refreshed.emit(detail);
                            }
                        });
                    }
                },
            );
        })
    };
    let detail = &props.detail;
    let merged = detail.merged_into.is_some() || detail.status == ReferralStatus::Merged;
    let found: &[LikelyDuplicate] = match &*load {
        Load::Loaded(found) => found,
        _ => &[],
    };
    // The referral this one went into, with its id when we know it, for a link.
    let into = detail.merged_into.as_ref().map(|reference| {
        let id = joined_now
            .as_ref()
            .filter(|(_, r)| r == reference)
            .map(|(id, _)| *id)
            .or_else(|| found.iter().find(|d| &d.reference == reference).map(|d| d.id));
        (reference.clone(), id)
    });
    let list = match &*load {
        _ if merged => html! {},
        Load::Loading => html! { <p class="body" role="status">{ t("staff-duplicates-loading") }</p> },
        Load::Failed(problem) => html! { <p class="body">{ tf("staff-duplicates-failed", &[("problem", &problem.title)]) }</p> },
        Load::Loaded(found) if found.is_empty() => html! { <p class="body" id="no-duplicates">{ t("staff-duplicates-none") }</p> },
        Load::Loaded(found) => html! {
            <ul class="list duplicates" id="duplicates-list">
                { for found.iter().map(|d| item(d, &detail.reference, &confirming, Confirm {
                    ask: ask.reform({ let d = d.clone(); move |_: MouseEvent| d.clone() }),
                    join: join.clone(),
                    cancel: cancel.clone(),
                    busy: action.busy(),
                    question: question.clone(),
                })) }
            </ul>
        },
    };
    html! {
        <section class="duplicates-section" id="duplicates" aria-labelledby="duplicates-title">
            <h2 class="heading-m" id="duplicates-title">{ t("staff-duplicates-heading") }</h2>
            <ErrorSummary errors={action.errors()} title={t("staff-duplicates-error-title")} title_id="join-error-title" />
            if let Some((reference, target)) = into {
                <div class="notice" id="joined-notice" tabindex="-1" ref={notice}>
                    <p class="body">
                        { with_element(&tf("staff-duplicates-joined-into", &[("reference", &detail.reference)]), "target", match target {
                            Some(target) => html! { <Link<Route> to={Route::StaffReferral { id: target }} classes="joined-link">{ reference }</Link<Route>> },
                            None => html! { <strong>{ reference }</strong> },
                        }) }
                    </p>
                    <p class="hint">{ t("staff-duplicates-joined-hint") }</p>
                </div>
            }
            if !detail.joined.is_empty() {
                <p class="body" id="joined-here">{ tf("staff-duplicates-joined-here", &[("references", &detail.joined.join(", "))]) }</p>
            }
            { list }
        </section>
    }
}

struct Confirm {
    ask: Callback<MouseEvent>,
    join: Callback<MouseEvent>,
    cancel: Callback<MouseEvent>,
    busy: bool,
    question: NodeRef,
}

fn item(d: &LikelyDuplicate, this: &str, confirming: &Option<LikelyDuplicate>, confirm: Confirm) -> Html {
    let asking = confirming.as_ref().is_some_and(|c| c.id == d.id);
    html! {
        <li class="duplicate">
            <p class="queue-title">
                <Link<Route> to={Route::StaffReferral { id: d.id }} classes="queue-link">{ d.reference.clone() }</Link<Route>>
                { " " }<strong class="tag">{ t(&d.status.label_id()) }</strong>
            </p>
            <p class="queue-meta">{ received(&d.name, d.received_at.timestamp_millis()) }</p>
            <p class="body duplicate-reasons">{ tf("staff-duplicates-why", &[("reasons", &reasons(d))]) }</p>
            if asking {
                <div class="confirm" role="group" aria-labelledby="confirm-join-title">
                    <h3 class="heading-s" id="confirm-join-title" tabindex="-1" ref={confirm.question}>
                        { tf("staff-duplicates-confirm-heading", &[("this", this), ("other", &d.reference)]) }
                    </h3>
                    if d.other_code_holder {
                        <div class="warning" id="other-holder-warning">
                            <p class="body"><strong>{ tf("staff-duplicates-other-holder", &[("this", this), ("other", &d.reference)]) }</strong></p>
                        </div>
                    }
                    <ul class="list list-bullet">
                        <li>{ tf("staff-duplicates-confirm-closed", &[("this", this)]) }</li>
                        <li>{ tf("staff-duplicates-confirm-carry-on", &[("other", &d.reference)]) }</li>
                        <li>{ tf("staff-duplicates-confirm-told", &[("this", this)]) }</li>
                        <li>{ t("staff-duplicates-confirm-no-undo") }</li>
                    </ul>
                    <div class="button-group">
                        <button type="button" id="confirm-join" class="button button-warning" disabled={confirm.busy} onclick={confirm.join}>{ t("staff-duplicates-confirm-button") }</button>
                        <button type="button" id="cancel-join" class="button button-secondary" onclick={confirm.cancel}>{ t("staff-duplicates-cancel") }</button>
                    </div>
                </div>
            } else {
                <button type="button" id={join_button_id(d)} class="button button-secondary" onclick={confirm.ask}>
                    { tf("staff-duplicates-join-button", &[("other", &d.reference)]) }
                </button>
            }
        </li>
    }
}
