//! Who opened and who changed a case, for its managers; and, for admins, every case's record
//! to download as CSV. The record is append-only: nothing here changes it.

use speakup_types::casework::AuditEntry;
use uuid::Uuid;
use yew::prelude::*;

use super::{use_load, Load};
use crate::api;
use crate::dom;
use crate::i18n::{t, tf};
use crate::session::use_auth;

#[derive(Properties, PartialEq)]
pub struct CaseAuditProps {
    pub id: Uuid,
    /// Advocates' first names by account, the names referrals knows.
    pub names: Vec<(Uuid, String)>,
}

#[component]
pub fn CaseAudit(props: &CaseAuditProps) -> Html {
    let load = use_load(props.id, api::case_audit);
    let me = use_auth().info().map(|i| i.user.id);
    let who = |e: &AuditEntry| {
        if Some(e.actor) == me {
            t("staff-audit-you").to_string()
        } else if e.actor.is_nil() {
            // What the person did themselves, from their tracking page.
            t("staff-audit-the-person").to_string()
        } else if let Some(name) = &e.actor_name {
            name.clone()
        } else if let Some((_, name)) = props.names.iter().find(|(id, _)| *id == e.actor) {
            name.clone()
        } else {
            tf("staff-audit-account", &[("account", &e.actor.simple().to_string()[..8])])
        }
    };
    let list = match &*load {
        Load::Loading => html! { <p class="body" role="status">{ t("staff-work-loading") }</p> },
        Load::Failed(problem) => html! { <p class="body">{ problem.title.clone() }</p> },
        Load::Loaded(entries) => html! {
            <ol class="timeline" id="case-audit">
                { for entries.iter().map(|e| html! {
                    <li class="timeline-item">
                        <p class="timeline-when">{ dom::format_millis(e.at.timestamp_millis()) }</p>
                        <p class="body">{ format!("{} · {}", who(e), t(&e.action.label_id())) }</p>
                    </li>
                }) }
            </ol>
        },
    };
    html! {
        <details class="details" id="case-audit-details">
            <summary class="details-summary">{ t("staff-audit-heading") }</summary>
            <div class="details-text">{ list }</div>
        </details>
    }
}

/// Links to download every case's record, for admins.
pub fn downloads() -> Html {
    let Some(today) = dom::today() else { return html! {} };
    let link = |days: i64, id: &'static str, words: &'static str| {
        let from = today - chrono::Duration::days(days);
        html! { <li><a href={api::audit_csv_url(from, today)} {id} download="">{ t(words) }</a></li> }
    };
    html! {
        <section aria-labelledby="audit-title">
            <h2 class="heading-m" id="audit-title">{ t("staff-audit-downloads") }</h2>
            <p class="body">{ t("staff-audit-downloads-intro") }</p>
            <ul class="list">
                { link(30, "audit-30-days", "staff-audit-last-30-days") }
                { link(365, "audit-year", "staff-audit-last-year") }
            </ul>
        </section>
    }
}
