//! Safeguarding concerns due to be chased, for advocates (their own cases) and managers (every
//! case): reported to the council and not yet settled, due within the week or late, soonest
//! first. Each links to its case, where it is chased or escalated. Also the admin's setting
//! for how long to wait before chasing.

use speakup_types::casework::{ConcernToChase, SafeguardingSettings};
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use super::feedback::day;
use super::{use_load, Load};
use crate::api;
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::components::links::RouteLink;
use crate::i18n::{field_errors, t, tf};
use crate::route::Route;

#[component]
pub fn ToChasePage() -> Html {
    let load = use_load((), |()| api::concerns_to_chase());
    let body = match &*load {
        Load::Loading => html! { <p class="body" role="status">{ t("staff-chase-loading") }</p> },
        Load::Failed(problem) if problem.status == 403 => html! { <p class="body">{ t("staff-queue-forbidden") }</p> },
        Load::Failed(problem) => html! { <div class="error-summary" role="alert"><p class="body">{ problem.title.clone() }</p></div> },
        Load::Loaded(list) if list.is_empty() => html! { <p class="body" id="chase-empty">{ t("staff-chase-empty") }</p> },
        Load::Loaded(list) => {
            let today = crate::dom::today();
            html! { <ol class="list" id="to-chase">{ for list.iter().map(|c| row(c, today)) }</ol> }
        }
    };
    html! {
        <>
            <Heading text={t("staff-chase-heading")} />
            <p class="body">{ t("staff-chase-intro") }</p>
            { body }
        </>
    }
}

fn row(c: &ConcernToChase, today: Option<chrono::NaiveDate>) -> Html {
    let late = today.is_some_and(|today| c.chase_on < today);
    let kinds: Vec<&str> = c.kinds.iter().map(|k| t(k.label_id())).collect();
    html! {
        <li class="summary-row" key={c.concern.to_string()}>
            <p class="body">
                <RouteLink to={Route::StaffReferral { id: c.referral }}>{ c.reference.clone() }</RouteLink>{ format!(" · {}", c.name) }
            </p>
            <p class="body">{ kinds.join(", ") }</p>
            <p class="body">{ tf("staff-chase-due", &[("date", &day(c.chase_on))]) }
                if late { { " " }<strong class="tag tag-urgent">{ t("staff-clock-overdue") }</strong> }
            </p>
            <p class="body">{ tf("staff-chase-reported", &[("date", &day(c.reported_on))]) }</p>
            if c.steps > 0 { <p class="body">{ tf("staff-chase-steps", &[("count", &c.steps.to_string())]) }</p> }
            if c.still_at_risk { <p class="body"><strong class="tag tag-urgent">{ t("staff-concern-still-at-risk") }</strong></p> }
        </li>
    }
}

/// The admin's setting: days to wait for the council before a concern is due to be chased.
#[component]
pub fn ChaseDays() -> Html {
    let load = use_load((), |()| api::safeguarding_settings());
    let typed = use_state(|| None::<String>);
    let saved = use_state(|| false);
    let action = use_action(Fields::OnPage(to_field));
    let current = match &*load {
        Load::Loaded(settings) => settings.chase_after_days.to_string(),
        _ => String::new(),
    };
    let value = (*typed).clone().unwrap_or(current);
    let onsubmit = {
        let (action, value, saved) = (action.clone(), value.clone(), saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            // Anything but a whole number is out of range, said as such.
            let body = SafeguardingSettings { chase_after_days: value.trim().parse().unwrap_or(0) };
            if let Err(found) = body.validate() {
                return action.refuse(field_errors(&found));
            }
            let saved = saved.clone();
            action.run(api::set_safeguarding_settings(body, action.csrf()), move |_| saved.set(true));
        })
    };
    let oninput = {
        let (typed, saved) = (typed.clone(), saved.clone());
        Callback::from(move |v: String| {
            typed.set(Some(v));
            saved.set(false);
        })
    };
    html! {
        <section aria-labelledby="chase-days-heading">
            <h2 class="heading-m" id="chase-days-heading">{ t("staff-settings-chase-heading") }</h2>
            <form class="form" novalidate=true {onsubmit}>
                <ErrorSummary errors={action.errors()} title_id="chase-days-error-title" />
                if *saved { <p class="body" role="status" id="chase-days-saved">{ t("staff-settings-chase-saved") }</p> }
                <TextInput id="chase_after_days" label={t("staff-settings-chase-days")} {value} class="input-width-4"
                    error={action.errors().inline("chase_after_days")} {oninput} />
                <button type="submit" id="save-chase-days" class="button" disabled={action.busy()}>{ t("staff-settings-chase-save") }</button>
            </form>
        </section>
    }
}
