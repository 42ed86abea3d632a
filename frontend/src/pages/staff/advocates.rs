//! The provider's advocates, for managers: who takes which advocacy, where, how many cases,
//! and the week ahead across them (meetings and actions due, actions late); and one
//! advocate's work to change (what they are qualified for, areas, settings,
//! caseload, taking cases). What advocates say about themselves is theirs to change.

use speakup_types::casework::{AdvocateProfile, AdvocateWork, CatalogueKind, Named, Setting, MAX_CASELOAD};
use speakup_types::entitlement::Advocacy;
use uuid::Uuid;
use validator::Validate;
use yew::prelude::*;
use yew_router::prelude::*;

use super::action::{use_action, Fields};
use super::{use_load, Load};
use crate::api;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::components::links::back_link;
use crate::i18n::{field_errors, language, t, tf};
use crate::route::Route;

fn setting_label(setting: Setting) -> String {
    t(&format!("staff-setting-{}", setting.code().replace('_', "-"))).to_string()
}

#[component]
pub fn AdvocatesPage() -> Html {
    let load = use_load((), |()| api::advocates());
    let body = match &*load {
        Load::Loading => html! { <p class="body" role="status">{ t("staff-advocates-loading") }</p> },
        Load::Failed(problem) if problem.status == 403 => html! { <p class="body">{ t("staff-advocates-forbidden") }</p> },
        Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        Load::Loaded(list) if list.is_empty() => html! { <p class="body" id="advocates-empty">{ t("staff-advocates-empty") }</p> },
        Load::Loaded(list) => html! {
            <ul class="queue" id="advocates">
                { for list.iter().map(|a| html! {
                    <li class="queue-item">
                        <p class="queue-title">
                            <Link<Route> to={Route::StaffAdvocate { id: a.account_id }} classes="queue-link">{ a.first_name.clone() }</Link<Route>>
                            if !a.taking_cases { { " " }<strong class="tag">{ t("staff-advocates-not-taking") }</strong> }
                        </p>
                        <p class="queue-meta">{ tf("staff-suggestions-caseload", &[("open", &a.open_cases.to_string()), ("limit", &a.caseload_limit.to_string())]) }</p>
                        <p class="queue-meta">{ tf("staff-advocates-due", &[("count", &a.due_this_week.to_string())]) }
                            if a.overdue > 0 { { " " }<strong class="tag tag-urgent">{ tf("staff-advocates-late", &[("count", &a.overdue.to_string())]) }</strong> }
                        </p>
                        if !a.advocacy.is_empty() {
                            <p class="queue-summary">{ a.advocacy.iter().map(|x| x.label_in(language())).collect::<Vec<_>>().join(", ") }</p>
                        }
                    </li>
                }) }
            </ul>
        },
    };
    html! {
        <>
            <Heading text={t("staff-advocates-heading")} />
            <p class="body">{ t("staff-advocates-intro") }</p>
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
pub struct AdvocateProps {
    pub id: Uuid,
}

#[component]
pub fn AdvocatePage(props: &AdvocateProps) -> Html {
    let load = use_load((), |()| api::advocates());
    let areas = use_load((), |()| api::catalogue(CatalogueKind::Area));
    let qualifications = use_load((), |()| api::catalogue(CatalogueKind::Qualification));
    let body = match (&*load, &*areas, &*qualifications) {
        (Load::Loaded(list), Load::Loaded(areas), Load::Loaded(qualifications)) => match list.iter().find(|a| a.account_id == props.id) {
            Some(profile) => html! {
                <>
                    <WorkForm profile={profile.clone()} areas={areas.clone()} qualifications={qualifications.clone()} />
                    <super::handover::Caseload advocate={profile.account_id} advocates={list.clone()} />
                </>
            },
            None => html! { <p class="body">{ t("staff-advocates-not-found") }</p> },
        },
        (Load::Failed(problem), _, _) | (_, Load::Failed(problem), _) | (_, _, Load::Failed(problem)) => {
            html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> }
        }
        _ => html! { <p class="body" role="status">{ t("staff-advocates-loading") }</p> },
    };
    html! {
        <>
            { back_link(Route::StaffAdvocates) }
            { body }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct WorkProps {
    profile: AdvocateProfile,
    areas: Vec<Named>,
    qualifications: Vec<Named>,
}

/// One tick box of a list held in the form.
fn tick(id: String, label: String, checked: bool, onchange: Callback<bool>) -> Html {
    let onchange = onchange.reform(|e: Event| e.target_unchecked_into::<web_sys::HtmlInputElement>().checked());
    html! {
        <div class="choice">
            <input class="choice-input" type="checkbox" id={id.clone()} {checked} {onchange} />
            <label class="choice-label" for={id}>{ label }</label>
        </div>
    }
}

fn toggled<T: PartialEq + Copy>(list: &[T], item: T, on: bool) -> Vec<T> {
    let mut out: Vec<T> = list.iter().copied().filter(|x| *x != item).collect();
    if on {
        out.push(item);
    }
    out
}

/// A change a tick box makes to the work being edited.
type Edit = std::rc::Rc<dyn Fn(&mut AdvocateWork, bool)>;

#[component]
fn WorkForm(props: &WorkProps) -> Html {
    let work = use_state(|| props.profile.work());
    let caseload = use_state(|| props.profile.caseload_limit.to_string());
    let action = use_action(Fields::OnPage(to_field));
    let saved = use_state(|| false);
    let notice = crate::dom::use_focus_when(*saved, *saved);
    let change = |edit: Edit| {
        let (work, saved) = (work.clone(), saved.clone());
        Callback::from(move |on: bool| {
            let mut changed = (*work).clone();
            edit(&mut changed, on);
            work.set(changed);
            saved.set(false);
        })
    };
    let onsubmit = {
        let (action, work, caseload, saved, id) = (action.clone(), work.clone(), caseload.clone(), saved.clone(), props.profile.account_id);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let body = AdvocateWork { caseload_limit: caseload.trim().parse().unwrap_or(0), ..(*work).clone() };
            if let Err(found) = body.validate() {
                return action.refuse(field_errors(&found));
            }
            let (work, saved) = (work.clone(), saved.clone());
            action.run(api::save_advocate_work(id, body, action.csrf()), move |profile| {
                work.set(profile.work());
                saved.set(true);
            });
        })
    };
    let on_caseload = {
        let caseload = caseload.clone();
        Callback::from(move |v: String| caseload.set(v))
    };
    let p = &props.profile;
    let errors = action.errors();
    let named = |list: &[Named], chosen: &[Uuid], prefix: &'static str, pick: fn(&mut AdvocateWork) -> &mut Vec<Uuid>| {
        list.iter()
            .filter(|n| n.active || chosen.contains(&n.id))
            .map(|n| {
                let id = n.id;
                tick(format!("{prefix}-{id}"), n.name.clone(), chosen.contains(&id), change(std::rc::Rc::new(move |w, on| {
                    let list = pick(w);
                    *list = toggled(list, id, on);
                })))
            })
            .collect::<Html>()
    };
    html! {
        <>
            <Heading text={tf("staff-advocate-heading", &[("name", &p.first_name)])} />
            <dl class="summary-list" id="about-advocate">
                { super::referral::summary_row(t("staff-about-me-languages"), if p.languages.is_empty() { t("staff-not-given").into() } else { p.languages.join(", ") }) }
                { super::referral::summary_row(t("staff-about-me-gender"), p.gender.map(|g| t(&format!("staff-about-me-gender-{}", g.code().replace('_', "-"))).to_string()).unwrap_or_else(|| t("staff-not-given").into())) }
                { super::referral::summary_row(t("staff-about-me-culture"), p.culture_or_faith.clone().unwrap_or_else(|| t("staff-not-given").into())) }
            </dl>
            <form class="form" novalidate=true {onsubmit}>
                <ErrorSummary errors={errors.clone()} />
                <div role="status" class="notice-region">
                    if *saved { <p class="notice" tabindex="-1" ref={notice} id="work-saved">{ t("staff-advocate-saved") }</p> }
                </div>
                <fieldset class={classes!("fieldset", errors.inline("advocacy").is_some().then_some("field-error"))} id="advocacy">
                    <legend class="legend">{ t("staff-advocate-advocacy") }</legend>
                    if let Some(message) = errors.inline("advocacy") { <p class="error-message">{ message }</p> }
                    { for Advocacy::ALL.into_iter().map(|a| tick(format!("advocacy-{}", a.code()), a.label_in(language()).to_string(), work.advocacy.contains(&a),
                        change(std::rc::Rc::new(move |w, on| w.advocacy = toggled(&w.advocacy, a, on))))) }
                </fieldset>
                <fieldset class="fieldset">
                    <legend class="legend">{ t("staff-advocate-qualifications") }</legend>
                    if props.qualifications.is_empty() { <p class="hint">{ t("staff-advocate-no-qualifications") }</p> }
                    { named(&props.qualifications, &work.qualifications, "qualification", |w| &mut w.qualifications) }
                </fieldset>
                <fieldset class="fieldset">
                    <legend class="legend">{ t("staff-advocate-areas") }</legend>
                    if props.areas.is_empty() { <p class="hint">{ t("staff-area-none-kept") }</p> }
                    { named(&props.areas, &work.areas, "area", |w| &mut w.areas) }
                </fieldset>
                <fieldset class="fieldset">
                    <legend class="legend">{ t("staff-advocate-settings") }</legend>
                    { for Setting::ALL.iter().copied().map(|s| tick(format!("setting-{}", s.code()), setting_label(s), work.settings.contains(&s),
                        change(std::rc::Rc::new(move |w, on| w.settings = toggled(&w.settings, s, on))))) }
                </fieldset>
                <TextInput id="caseload_limit" label={t("staff-advocate-caseload")} hint={tf("staff-advocate-caseload-hint", &[("max", &MAX_CASELOAD.to_string())])}
                    class="input-width-4" value={(*caseload).clone()} error={errors.inline("caseload_limit")} oninput={on_caseload} />
                { tick("taking_cases".into(), t("staff-advocate-taking").to_string(), work.taking_cases,
                    change(std::rc::Rc::new(|w, on| w.taking_cases = on))) }
                <button type="submit" id="save-work" class="button" disabled={action.busy()}>{ t("staff-advocate-save") }</button>
            </form>
        </>
    }
}
