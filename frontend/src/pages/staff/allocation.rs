//! Who works the case: the council area whose duty it is, the named advocate, suggestions
//! ranked with what fits and what does not, giving the case to one (or handing it over with a
//! note for them), sharing it with a second advocate, and every advocate the case has had.

use speakup_types::casework::{Allocate, CatalogueKind, Fit, SuggestedAdvocate};
use speakup_types::referral::{AreaChoice, ReferralDetail};
use speakup_types::status::Stage;
use uuid::Uuid;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::{use_load, Load};
use crate::api;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::{Select, TextArea};
use crate::dom;
use crate::i18n::{t, tf};

#[derive(Properties, PartialEq)]
pub struct AllocationProps {
    pub detail: ReferralDetail,
    pub on_change: Callback<ReferralDetail>,
}

/// The area and the advocate, for managers.
#[component]
pub fn Allocation(props: &AllocationProps) -> Html {
    let detail = &props.detail;
    html! {
        <section aria-labelledby="allocation-title">
            <h2 class="heading-m" id="allocation-title">{ t("staff-allocation-heading") }</h2>
            <AreaChooser detail={detail.clone()} on_change={props.on_change.clone()} />
            <p class="body" id="named-advocate">
                { t("staff-allocation-advocate") }{ " " }
                <strong>{ detail.advocate_name.clone().unwrap_or_else(|| t("staff-allocation-none").to_string()) }</strong>
            </p>
            if detail.status.can_allocate() {
                <Suggestions key={format!("{}-{}", detail.id, detail.version)} detail={detail.clone()} on_change={props.on_change.clone()} />
            } else {
                <p class="body">{ t("staff-allocation-not-yet") }</p>
            }
            if detail.advocate.is_some() && detail.status.stage() == Stage::WithAdvocate {
                <super::sharing::Sharing key={format!("share-{}", detail.version)} detail={detail.clone()} on_change={props.on_change.clone()} />
            }
            { history(detail) }
        </section>
    }
}

#[component]
fn AreaChooser(props: &AllocationProps) -> Html {
    let areas = use_load((), |()| api::catalogue(CatalogueKind::Area));
    let chosen = use_state(|| props.detail.area.map(|a| a.to_string()).unwrap_or_default());
    let action = use_action(Fields::OnPage(to_field));
    let saved = use_state(|| false);
    let Load::Loaded(areas) = &*areas else { return html! {} };
    let current = props.detail.area.and_then(|id| areas.iter().find(|a| a.id == id)).map(|a| a.name.clone());
    if areas.is_empty() {
        return html! { <p class="body" id="no-areas">{ t("staff-area-none-kept") }</p> };
    }
    let options: Vec<(String, String)> = std::iter::once((String::new(), t("staff-area-choose").to_string()))
        .chain(areas.iter().filter(|a| a.active).map(|a| (a.id.to_string(), a.name.clone())))
        .collect();
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |v: String| chosen.set(v))
    };
    let onsubmit = {
        let (action, chosen, saved, id, version, done) =
            (action.clone(), chosen.clone(), saved.clone(), props.detail.id, props.detail.version, props.on_change.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Ok(area) = Uuid::parse_str(&chosen) else {
                let wording = crate::i18n::wording();
                return action.refuse(vec![speakup_types::problem::FieldError::from_id("area", "error-area-required", &[], wording)]);
            };
            let (saved, done) = (saved.clone(), done.clone());
            action.run(api::choose_area(id, AreaChoice { area, version }, action.csrf()), move |detail| {
                saved.set(true);
                done.emit(detail);
            });
        })
    };
    html! {
        <form class="form" novalidate=true {onsubmit} aria-label={t("staff-area-label")}>
            <ErrorSummary errors={action.errors()} title_id="area-error-title" />
            <p class="body" id="case-area" role="status">
                { t("staff-area-current") }{ " " }<strong>{ current.unwrap_or_else(|| t("staff-area-not-confirmed").to_string()) }</strong>
                if *saved { { " " }{ t("staff-area-saved") } }
            </p>
            <Select id="area" label={t("staff-area-label")} {options} value={(*chosen).clone()} error={action.errors().inline("area")} {onchange} />
            <button type="submit" id="save-area" class="button button-secondary" disabled={action.busy()}>{ t("staff-area-save") }</button>
        </form>
    }
}

fn fit_text(fit: Fit) -> &'static str {
    t(&fit.label_id())
}

#[component]
fn Suggestions(props: &AllocationProps) -> Html {
    let id = props.detail.id;
    let found = use_load(id, api::suggestions);
    let chosen = use_state(|| None::<Uuid>);
    let handover_note = use_state(String::new);
    let preference_note = use_state(String::new);
    let action = use_action(Fields::OnPage(to_field));
    let handing_over = props.detail.advocate.is_some();
    let list = match &*found {
        Load::Loading => return html! { <p class="body" role="status">{ t("staff-suggestions-loading") }</p> },
        Load::Failed(problem) => return html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        Load::Loaded(list) => list.clone(),
    };
    // The current advocate is not offered again.
    let list: Vec<SuggestedAdvocate> = list.into_iter().filter(|s| Some(s.account_id) != props.detail.advocate).collect();
    if list.is_empty() {
        return html! { <p class="body" id="no-suggestions">{ t("staff-suggestions-none") }</p> };
    }
    let picked = (*chosen).or(Some(list[0].account_id));
    let unmet = list.iter().find(|s| Some(s.account_id) == picked).map(SuggestedAdvocate::unmet_preferences).unwrap_or_default();
    let onsubmit = {
        let (action, handover_note, preference_note, version, done) =
            (action.clone(), handover_note.clone(), preference_note.clone(), props.detail.version, props.on_change.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(advocate_id) = picked else { return };
            let text = |t: &str| Some(t.trim().to_string()).filter(|t| !t.is_empty());
            let body = Allocate { advocate_id, version, handover_note: text(&handover_note), preference_note: text(&preference_note) };
            let done = done.clone();
            action.run(api::allocate(id, body, action.csrf()), move |detail| done.emit(detail));
        })
    };
    let choose = |advocate: Uuid| {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| chosen.set(Some(advocate)))
    };
    let set = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    html! {
        <form class="form" novalidate=true {onsubmit} aria-labelledby="suggestions-title">
            <ErrorSummary errors={action.errors()} title_id="allocation-error-title" />
            <fieldset class="fieldset">
                <legend class="legend" id="suggestions-title">{ t(if handing_over { "staff-suggestions-handover" } else { "staff-suggestions-heading" }) }</legend>
                <p class="hint">{ t("staff-suggestions-hint") }</p>
                <div class="radios" id="suggestions">
                    { for list.iter().map(|s| {
                        let input_id = format!("advocate-{}", s.account_id);
                        let (fits, gaps): (Vec<Fit>, Vec<Fit>) = s.fits.iter().partition(|f| !f.is_gap());
                        html! {
                            <div class="choice">
                                <input class="choice-input" type="radio" name="advocate_id" id={input_id.clone()}
                                    checked={picked == Some(s.account_id)} onchange={choose(s.account_id)}
                                    aria-describedby={format!("{input_id}-fits")} />
                                <label class="choice-label" for={input_id.clone()}>
                                    { s.first_name.clone() }{ " " }
                                    <span class="hint">{ tf("staff-suggestions-caseload", &[("open", &s.open_cases.to_string()), ("limit", &s.caseload_limit.to_string())]) }</span>
                                </label>
                                <div class="choice-hint" id={format!("{input_id}-fits")}>
                                    if !fits.is_empty() { <p class="body">{ fits.iter().map(|f| fit_text(*f)).collect::<Vec<_>>().join(" · ") }</p> }
                                    if !gaps.is_empty() { <p class="body"><strong>{ t("staff-suggestions-but") }{ " " }</strong>{ gaps.iter().map(|f| fit_text(*f)).collect::<Vec<_>>().join(" · ") }</p> }
                                </div>
                            </div>
                        }
                    }) }
                </div>
            </fieldset>
            if !unmet.is_empty() {
                <TextArea id="preference_note" label={t("staff-allocation-preference-note")}
                    hint={tf("staff-allocation-preference-hint", &[("unmet", &unmet.iter().map(|f| fit_text(*f)).collect::<Vec<_>>().join(", "))])}
                    rows={3} value={(*preference_note).clone()} error={action.errors().inline("preference_note")} oninput={set(&preference_note)} />
            }
            if handing_over {
                <TextArea id="handover_note" label={t("staff-allocation-handover-note")} hint={t("staff-allocation-handover-hint")}
                    rows={4} value={(*handover_note).clone()} error={action.errors().inline("handover_note")} oninput={set(&handover_note)} />
            }
            <button type="submit" id="allocate" class="button" disabled={action.busy()}>
                { t(if handing_over { "staff-allocation-hand-over" } else { "staff-allocation-allocate" }) }
            </button>
        </form>
    }
}

/// Every advocate the case has had, first first, with the notes passed on.
pub(super) fn history(detail: &ReferralDetail) -> Html {
    if detail.allocations.is_empty() {
        return html! {};
    }
    html! {
        <>
            <h3 class="heading-s">{ t("staff-allocation-history") }</h3>
            <ol class="timeline" id="allocation-history">
                { for detail.allocations.iter().map(|a| html! {
                    <li class="timeline-item">
                        <p class="timeline-when">{ dom::format_millis(a.allocated_at.timestamp_millis()) }
                            if let Some(ended) = a.ended_at { { " – " }{ dom::format_millis(ended.timestamp_millis()) } }
                        </p>
                        <p class="timeline-what"><strong>{ a.first_name.clone() }</strong></p>
                        if let Some(note) = &a.handover_note {
                            <p class="note"><strong>{ t("staff-allocation-handover-shown") }{ " " }</strong><span class="pre-wrap">{ note.clone() }</span></p>
                        }
                        if let Some(note) = &a.preference_note {
                            <p class="note"><strong>{ t("staff-referral-told-person") }{ " " }</strong><span class="pre-wrap">{ note.clone() }</span></p>
                        }
                    </li>
                }) }
            </ol>
        </>
    }
}
