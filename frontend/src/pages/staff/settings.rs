//! The provider's lists, for administrators: the council areas it works for and the
//! qualifications its advocates can hold (an entry is retired rather than deleted, so old
//! cases and profiles keep its name); the waiting targets; the escalation path for
//! safeguarding concerns and how long to wait before chasing; and the case audit to download.

use speakup_types::casework::{CatalogueKind, NameChange, Named};
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::{use_load, Load};
use crate::api;
use crate::components::error_summary::ErrorSummary;
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::i18n::{field_errors, t, tf};

#[component]
pub fn SettingsPage() -> Html {
    html! {
        <>
            <Heading text={t("staff-settings-heading")} />
            <p class="body">{ t("staff-settings-intro") }</p>
            <Catalogue kind={CatalogueKind::Area} />
            <Catalogue kind={CatalogueKind::Qualification} />
            <super::targets::WaitTargets />
            <Catalogue kind={CatalogueKind::EscalationStep} />
            <super::to_chase::ChaseDays />
            { super::audit::downloads() }
        </>
    }
}

/// Message ids and element ids for one list.
struct Words {
    heading: &'static str,
    empty: &'static str,
    name: &'static str,
    add: &'static str,
    added: &'static str,
    code: &'static str,
    /// Where an error about the name links: this list's own name field.
    field: fn(&str) -> String,
}

fn words(kind: CatalogueKind) -> Words {
    match kind {
        CatalogueKind::Area => Words {
            heading: "staff-settings-areas",
            empty: "staff-area-none-kept",
            name: "staff-settings-area-name",
            add: "staff-settings-add-area",
            added: "staff-settings-added",
            code: "area",
            field: |_| "#area-name".into(),
        },
        CatalogueKind::Qualification => Words {
            heading: "staff-settings-qualifications",
            empty: "staff-advocate-no-qualifications",
            name: "staff-settings-qualification-name",
            add: "staff-settings-add-qualification",
            added: "staff-settings-added",
            code: "qualification",
            field: |_| "#qualification-name".into(),
        },
        CatalogueKind::EscalationStep => Words {
            heading: "staff-settings-escalation-heading",
            empty: "staff-settings-escalation-empty",
            name: "staff-settings-escalation-name",
            add: "staff-settings-escalation-add",
            added: "staff-settings-escalation-added",
            code: "escalation",
            field: |_| "#escalation-name".into(),
        },
    }
}

#[derive(Properties, PartialEq)]
struct CatalogueProps {
    kind: CatalogueKind,
}

#[component]
fn Catalogue(props: &CatalogueProps) -> Html {
    let kind = props.kind;
    let load = use_load(kind, api::catalogue);
    let changed = use_state(|| None::<Vec<Named>>);
    let shown = changed.as_ref().cloned().or_else(|| if let Load::Loaded(list) = &*load { Some(list.clone()) } else { None });
    let w = words(kind);
    let update = {
        let (changed, shown, kind) = (changed.clone(), shown.clone().unwrap_or_default(), kind);
        Callback::from(move |entry: Named| {
            let mut list = shown.clone();
            match list.iter_mut().find(|n| n.id == entry.id) {
                Some(found) => *found = entry,
                None => list.push(entry),
            }
            // As the server lists them: active first, then by name, but the escalation path
            // in the order it was laid down (a stable sort keeps it).
            if kind == CatalogueKind::EscalationStep {
                list.sort_by_key(|n| !n.active);
            } else {
                list.sort_by(|a, b| b.active.cmp(&a.active).then(a.name.cmp(&b.name)));
            }
            changed.set(Some(list));
        })
    };
    let list = match (&shown, &*load) {
        (Some(list), _) if list.is_empty() => html! { <p class="body">{ t(w.empty) }</p> },
        (Some(list), _) => html! {
            <ul class="list" id={format!("{}-list", w.code)}>
                { for list.iter().map(|entry| html! { <Entry key={entry.id.to_string()} {kind} entry={entry.clone()} onchange={update.clone()} /> }) }
            </ul>
        },
        (None, Load::Failed(problem)) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        _ => html! { <p class="body" role="status">{ t("staff-advocates-loading") }</p> },
    };
    let heading_id = format!("{}-heading", w.code);
    html! {
        <section aria-labelledby={heading_id.clone()}>
            <h2 class="heading-m" id={heading_id}>{ t(w.heading) }</h2>
            { list }
            <Add {kind} onadd={update} />
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct EntryProps {
    kind: CatalogueKind,
    entry: Named,
    onchange: Callback<Named>,
}

#[component]
fn Entry(props: &EntryProps) -> Html {
    let action = use_action(Fields::Elsewhere);
    let entry = &props.entry;
    let onclick = {
        let (action, kind, entry, done) = (action.clone(), props.kind, entry.clone(), props.onchange.clone());
        Callback::from(move |_: MouseEvent| {
            let done = done.clone();
            let body = NameChange { name: entry.name.clone(), active: !entry.active };
            action.run(api::change_in_catalogue(kind, entry.id, body, action.csrf()), move |changed| done.emit(changed))
        })
    };
    super::action::retire_row(&entry.id.to_string(), "entry", &entry.name, entry.active, &action, onclick)
}

#[derive(Properties, PartialEq)]
struct AddProps {
    kind: CatalogueKind,
    onadd: Callback<Named>,
}

#[component]
fn Add(props: &AddProps) -> Html {
    let w = words(props.kind);
    let name = use_state(String::new);
    let added = use_state(|| None::<String>);
    let action = use_action(Fields::OnPage(w.field));
    let onsubmit = {
        let (action, name, added, done, kind) = (action.clone(), name.clone(), added.clone(), props.onadd.clone(), props.kind);
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let body = NameChange { name: (*name).clone(), active: true };
            if let Err(found) = body.validate() {
                return action.refuse(field_errors(&found));
            }
            let (name, added, done) = (name.clone(), added.clone(), done.clone());
            action.run(api::add_to_catalogue(kind, body, action.csrf()), move |entry| {
                name.set(String::new());
                added.set(Some(entry.name.clone()));
                done.emit(entry);
            });
        })
    };
    let oninput = {
        let name = name.clone();
        Callback::from(move |v: String| name.set(v))
    };
    html! {
        <form class="form" novalidate=true {onsubmit}>
            <ErrorSummary errors={action.errors()} title_id={format!("add-{}-error-title", w.code)} />
            if let Some(added) = &*added {
                <p class="body" role="status" id={format!("{}-added", w.code)}>{ tf(w.added, &[("name", added)]) }</p>
            }
            <TextInput id={format!("{}-name", w.code)} label={t(w.name)} value={(*name).clone()} class="input-medium"
                error={action.errors().inline("name")} {oninput} />
            <button type="submit" id={format!("add-{}", w.code)} class="button" disabled={action.busy()}>{ t(w.add) }</button>
        </form>
    }
}
