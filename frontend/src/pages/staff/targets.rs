//! The provider's waiting targets, for administrators: how many days from receipt each step
//! should take, for every case or for one kind of advocacy or area. The queue's clocks and
//! its order follow them.

use speakup_types::casework::{CatalogueKind, Named, TargetChange, Targets, WaitTarget};
use speakup_types::entitlement::Advocacy;
use uuid::Uuid;
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::{use_load, Load};
use crate::api;
use crate::components::error_summary::ErrorSummary;
use crate::components::fields::{Select, TextInput};
use crate::i18n::{field_errors, language, t, tf};

async fn load_all(_: ()) -> api::ApiResult<(Vec<WaitTarget>, Vec<Named>)> {
    Ok((api::wait_targets().await?, api::catalogue(CatalogueKind::Area).await?))
}

/// The row for every case first, then by kind and area, as the service lists them.
fn in_order(mut targets: Vec<WaitTarget>) -> Vec<WaitTarget> {
    let key = |t: &WaitTarget| (t.advocacy.map(|a| a.code()).unwrap_or_default(), t.area.map(|a| a.to_string()).unwrap_or_default());
    targets.sort_by_key(key);
    targets
}

#[component]
pub fn WaitTargets() -> Html {
    let load = use_load((), load_all);
    // The list as changed on this page, so the form stays as it is after a save.
    let changed = use_state(|| None::<Vec<WaitTarget>>);
    let saved = use_state(|| false);
    let Load::Loaded((loaded, areas)) = &*load else {
        let body = match &*load {
            Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
            _ => html! { <p class="body" role="status">{ t("staff-advocates-loading") }</p> },
        };
        return section(body);
    };
    let targets = changed.as_ref().cloned().unwrap_or_else(|| loaded.clone());
    let on_saved = {
        let (changed, saved, targets) = (changed.clone(), saved.clone(), targets.clone());
        Callback::from(move |target: WaitTarget| {
            let mut list: Vec<WaitTarget> = targets.iter().filter(|t| t.id != target.id).cloned().collect();
            list.push(target);
            changed.set(Some(in_order(list)));
            saved.set(true);
        })
    };
    let on_removed = {
        let (changed, saved, targets) = (changed.clone(), saved.clone(), targets.clone());
        Callback::from(move |id: Uuid| {
            changed.set(Some(targets.iter().filter(|t| t.id != id).cloned().collect()));
            saved.set(false);
        })
    };
    let starting = targets.iter().find(|t| t.advocacy.is_none() && t.area.is_none()).map(|t| t.targets);
    section(html! {
        <>
            <ul class="list" id="target-list">
                { for targets.iter().map(|target| html! {
                    <Row key={target.id.to_string()} target={target.clone()} areas={areas.clone()} onremove={on_removed.clone()} />
                }) }
            </ul>
            if *saved {
                <p class="body" role="status" id="targets-saved">{ t("staff-targets-saved") }</p>
            }
            <SetTargets areas={areas.clone()} {starting} onsaved={on_saved} />
        </>
    })
}

fn section(body: Html) -> Html {
    html! {
        <section aria-labelledby="targets-heading">
            <h2 class="heading-m" id="targets-heading">{ t("staff-targets-heading") }</h2>
            <p class="body">{ t("staff-targets-intro") }</p>
            { body }
        </section>
    }
}

/// "Every kind of advocacy in every area", "IMCA in Calderdale" and so on.
fn scope(target: &WaitTarget, areas: &[Named]) -> String {
    let kind = target.advocacy.map_or_else(|| t("staff-targets-every-kind").to_string(), |a| a.label_in(language()).to_string());
    let area = match target.area {
        None => t("staff-targets-every-area").to_string(),
        Some(id) => areas.iter().find(|a| a.id == id).map_or_else(|| t("staff-targets-every-area").to_string(), |a| a.name.clone()),
    };
    tf("staff-targets-scope", &[("kind", &kind), ("area", &area)])
}

#[derive(Properties, PartialEq)]
struct RowProps {
    target: WaitTarget,
    areas: Vec<Named>,
    onremove: Callback<Uuid>,
}

#[component]
fn Row(props: &RowProps) -> Html {
    let action = use_action(Fields::Elsewhere);
    let target = &props.target;
    let name = scope(target, &props.areas);
    let days = |d: u16| d.to_string();
    let t_ = &target.targets;
    let line = tf(
        "staff-targets-days",
        &[
            ("acknowledge", &days(t_.acknowledge_days)),
            ("triage", &days(t_.triage_days)),
            ("allocate", &days(t_.allocate_days)),
            ("contact", &days(t_.first_contact_days)),
        ],
    );
    let everything = target.advocacy.is_none() && target.area.is_none();
    let onclick = {
        let (action, id, done) = (action.clone(), target.id, props.onremove.clone());
        Callback::from(move |_: MouseEvent| {
            let done = done.clone();
            action.run(api::remove_wait_target(id, action.csrf()), move |()| done.emit(id))
        })
    };
    html! {
        <li class="summary-row">
            <ErrorSummary errors={action.errors()} title_id={format!("target-{}-error-title", target.id)} />
            <span class="summary-key">{ name.clone() }</span>{ " " }
            <span class="summary-value">{ line }</span>
            if !everything {
                { " " }
                <button type="button" id={format!("remove-target-{}", target.id)} class="button button-secondary button-small"
                    disabled={action.busy()} {onclick}>
                    { t("staff-targets-remove") }<span class="visually-hidden">{ format!(" {name}") }</span>
                </button>
            }
        </li>
    }
}

#[derive(Properties, PartialEq)]
struct SetProps {
    areas: Vec<Named>,
    starting: Option<Targets>,
    onsaved: Callback<WaitTarget>,
}

/// The field each error links to: the fields are named as the API's.
fn field(path: &str) -> String {
    format!("#target-{path}")
}

const STEPS: [(&str, &str); 4] = [
    ("acknowledge_days", "staff-targets-acknowledge"),
    ("triage_days", "staff-targets-triage"),
    ("allocate_days", "staff-targets-allocate"),
    ("first_contact_days", "staff-targets-first-contact"),
];

#[component]
fn SetTargets(props: &SetProps) -> Html {
    let starting = props.starting.unwrap_or(Targets::STARTING);
    let kind = use_state(|| None::<Advocacy>);
    let area = use_state(|| None::<Uuid>);
    let days = use_state(|| {
        [starting.acknowledge_days, starting.triage_days, starting.allocate_days, starting.first_contact_days].map(|d| d.to_string())
    });
    let action = use_action(Fields::OnPage(field));
    let onsubmit = {
        let (action, kind, area, days, done) = (action.clone(), kind.clone(), area.clone(), days.clone(), props.onsaved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Anything that is not a whole number is refused by the shared rules as 0 days.
            let number = |i: usize| days[i].trim().parse::<u16>().unwrap_or(0);
            let targets =
                Targets { acknowledge_days: number(0), triage_days: number(1), allocate_days: number(2), first_contact_days: number(3) };
            let body = TargetChange { advocacy: *kind, area: *area, targets };
            if let Err(found) = body.validate() {
                return action.refuse(field_errors(&found));
            }
            let done = done.clone();
            action.run(api::set_wait_targets(body, action.csrf()), move |target| done.emit(target));
        })
    };
    let every_kind = (String::new(), t("staff-targets-every-kind").to_string());
    let kinds: Vec<(String, String)> =
        std::iter::once(every_kind).chain(Advocacy::ALL.iter().map(|a| (a.code().to_string(), a.label_in(language()).to_string()))).collect();
    let every_area = (String::new(), t("staff-targets-every-area").to_string());
    let places: Vec<(String, String)> = std::iter::once(every_area)
        .chain(props.areas.iter().filter(|a| a.active).map(|a| (a.id.to_string(), a.name.clone())))
        .collect();
    let errors = action.errors();
    html! {
        <form class="form" novalidate=true {onsubmit}>
            <h3 class="heading-s">{ t("staff-targets-set") }</h3>
            <ErrorSummary errors={errors.clone()} title_id="set-targets-error-title" />
            <Select id="target-advocacy" label={t("staff-targets-kind")} options={kinds}
                value={kind.map(|a| a.code().to_string()).unwrap_or_default()}
                onchange={{ let kind = kind.clone(); Callback::from(move |v: String| kind.set(Advocacy::parse(&v))) }} />
            <Select id="target-area" label={t("staff-targets-area")} options={places}
                value={area.map(|a| a.to_string()).unwrap_or_default()} error={errors.inline("area")}
                onchange={{ let area = area.clone(); Callback::from(move |v: String| area.set(Uuid::parse_str(&v).ok())) }} />
            { for STEPS.iter().enumerate().map(|(i, (path, label))| {
                let oninput = {
                    let days = days.clone();
                    Callback::from(move |v: String| {
                        let mut next = (*days).clone();
                        next[i] = v;
                        days.set(next);
                    })
                };
                html! {
                    <TextInput id={format!("target-{path}")} label={t(label)} hint={t("staff-targets-days-hint")} class="input-width-4"
                        value={days[i].clone()} error={errors.inline(path)} {oninput} />
                }
            }) }
            <button type="submit" id="save-targets" class="button" disabled={action.busy()}>{ t("staff-targets-save") }</button>
        </form>
    }
}
