//! A self-advocacy group registering: its name, area, how many members, and its contact. No
//! sign-in is made yet: a provider admin checks the group is real and then gives the contact a
//! one-time password to sign in with.

use speakup_types::identity::groups::{Group, GroupRegistration};
use validator::Validate;
use yew::prelude::*;

use crate::api;
use crate::components::error_summary::{in_form_order, to_field, ErrorSummary, Errors};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::components::links::{back_link, RouteLink};
use crate::i18n::{field_errors, t, tf};
use crate::route::Route;

/// The form's fields in the order they appear, so the error summary lists problems in that order.
const FIELDS: [&str; 5] = ["name", "area", "members", "contact_name", "contact_email"];

/// What has been typed, kept whatever the server says.
#[derive(Clone, Default, PartialEq)]
struct Typed {
    name: String,
    area: String,
    members: String,
    contact_name: String,
    contact_email: String,
}

impl Typed {
    fn request(&self) -> GroupRegistration {
        GroupRegistration {
            name: self.name.clone(),
            area: self.area.clone(),
            // Not a whole number is refused by the same rule as no members at all.
            members: self.members.trim().parse().unwrap_or(0),
            contact_name: self.contact_name.clone(),
            contact_email: self.contact_email.clone(),
        }
    }
}

#[component]
pub fn RegisterGroupPage() -> Html {
    let typed = use_state(Typed::default);
    let errors = use_state(Errors::default);
    let busy = use_state(|| false);
    let registered = use_state(|| None::<Group>);
    if let Some(group) = &*registered {
        return html! {
            <>
                <Heading text={t("group-registered-heading")} />
                <div class="panel" id="group-registered">
                    <p class="panel-body">{ tf("group-registered-body", &[("name", &group.name)]) }</p>
                </div>
                <p class="body">{ t("group-registered-next") }</p>
                <p class="body"><RouteLink to={Route::Issues} id="back-to-issues">{ t("group-registered-issues") }</RouteLink></p>
            </>
        };
    }
    let onsubmit = {
        let (typed, errors, busy, registered) = (typed.clone(), errors.clone(), busy.clone(), registered.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let request = typed.request();
            if let Err(found) = request.validate() {
                errors.set(errors.with_fields(in_form_order(field_errors(&found), &FIELDS), to_field));
                return;
            }
            if *busy {
                return;
            }
            busy.set(true);
            let (errors, busy, registered) = (errors.clone(), busy.clone(), registered.clone());
            yew::platform::spawn_local(async move {
                match api::register_group(&request).await {
                    Ok(group) => registered.set(Some(group)),
                    Err(problem) => errors.set(errors.with_problem(&problem, to_field)),
                }
                busy.set(false);
            });
        })
    };
    let field = |set: fn(&mut Typed, String)| {
        let typed = typed.clone();
        Callback::from(move |value: String| {
            let mut next = (*typed).clone();
            set(&mut next, value);
            typed.set(next);
        })
    };
    html! {
        <>
            { back_link(Route::Issues) }
            <ErrorSummary errors={(*errors).clone()} />
            <Heading text={t("group-register-heading")} />
            <p class="body">{ t("group-register-intro") }</p>
            <form class="form" novalidate=true {onsubmit}>
                <TextInput id="name" label={t("group-register-name")} value={typed.name.clone()} error={errors.inline("name")}
                    autocomplete="organization" oninput={field(|t, v| t.name = v)} />
                <TextInput id="area" label={t("group-register-area")} hint={Some(AttrValue::from(t("group-register-area-hint")))}
                    value={typed.area.clone()} error={errors.inline("area")} oninput={field(|t, v| t.area = v)} />
                <TextInput id="members" label={t("group-register-members")} value={typed.members.clone()} class="input-short"
                    input_type="text" error={errors.inline("members")} oninput={field(|t, v| t.members = v)} />
                <h2 class="heading-m">{ t("group-register-contact-heading") }</h2>
                <p class="body">{ t("group-register-contact-intro") }</p>
                <TextInput id="contact_name" label={t("group-register-contact-name")} value={typed.contact_name.clone()}
                    autocomplete="name" error={errors.inline("contact_name")} oninput={field(|t, v| t.contact_name = v)} />
                <TextInput id="contact_email" label={t("group-register-contact-email")} value={typed.contact_email.clone()}
                    input_type="email" autocomplete="email" spellcheck=false autocapitalize="none"
                    error={errors.inline("contact_email")} oninput={field(|t, v| t.contact_email = v)} />
                <div class="form-actions">
                    <button type="submit" class="button" id="register-group" disabled={*busy}>{ t("group-register-send") }</button>
                </div>
                if *busy { <p class="body" role="status">{ t("group-register-sending") }</p> }
            </form>
        </>
    }
}
