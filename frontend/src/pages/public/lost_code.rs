//! "I lost my code": the person gives the phone number or email address from their referral
//! (and the reference if they have it). The answer is the same whether or not we have a
//! referral with those details, so the page never says whether one exists.

use speakup_types::referral::LostCode;
use validator::Validate;
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api;
use crate::route::Route;
use crate::components::error_summary::{to_field, ErrorSummary, Errors};
use crate::components::fields::TextInput;
use crate::components::heading::Heading;
use crate::components::links::{back_link, RouteLink};
use crate::i18n::{field_errors, t};

#[component]
pub fn LostCodePage() -> Html {
    let contact = use_state(String::new);
    let reference = use_state(String::new);
    let errors = use_state(Errors::default);
    let busy = use_state(|| false);
    let sent = use_state(|| false);
    // The form goes away once sent: move focus to what happens next, so it is read out.
    let result_ref = crate::dom::use_focus_when((), *sent);
    let onsubmit = {
        let (contact, reference, errors, busy, sent) =
            (contact.clone(), reference.clone(), errors.clone(), busy.clone(), sent.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            if *busy {
                return;
            }
            let request = LostCode {
                phone_or_email: contact.trim().to_string(),
                reference: Some(reference.trim().to_string()).filter(|r| !r.is_empty()),
            };
            if let Err(e) = request.validate() {
                errors.set(errors.with_fields(field_errors(&e), to_field));
                return;
            }
            busy.set(true);
            let (errors, busy, sent) = (errors.clone(), busy.clone(), sent.clone());
            spawn_local(async move {
                match api::lost_code(&request).await {
                    Ok(()) => {
                        errors.set(Errors { attempt: errors.attempt, ..Errors::default() });
                        sent.set(true);
                    }
                    // What was typed stays in the form; the summary links to each answer to fix.
                    Err(problem) => errors.set(errors.with_problem(&problem, to_field)),
                }
                busy.set(false);
            });
        })
    };
    let typed = |state: &UseStateHandle<String>| {
        let state = state.clone();
        Callback::from(move |v: String| state.set(v))
    };
    let fields = Fields {
        contact: (*contact).clone(),
        reference: (*reference).clone(),
        on_contact: typed(&contact),
        on_reference: typed(&reference),
    };
    html! {
        <>
            { back_link(Route::Track) }
            <ErrorSummary errors={(*errors).clone()} />
            <Heading text={t("lost-code-heading")} />
            if *sent {
                { what_happens_next(result_ref) }
            } else {
                { form(fields, &errors, *busy, onsubmit) }
            }
        </>
    }
}

struct Fields {
    contact: String,
    reference: String,
    on_contact: Callback<String>,
    on_reference: Callback<String>,
}

fn form(fields: Fields, errors: &Errors, busy: bool, onsubmit: Callback<SubmitEvent>) -> Html {
    html! {
        <>
            // The explanation is part of the form, so its button is kept in sight from the start.
            <form class="form" novalidate=true {onsubmit}>
                <p class="body">{ t("lost-code-new-code") }</p>
                <p class="body">{ t("lost-code-tell-us") }</p>
                <TextInput id="phone_or_email" label={t("lost-code-contact-label")}
                    hint={t("lost-code-contact-hint")}
                    value={fields.contact} class="input-medium" autocomplete="off" spellcheck=false
                    autocapitalize="none" error={errors.inline("phone_or_email")} oninput={fields.on_contact} />
                <TextInput id="reference" label={t("lost-code-reference-label")}
                    hint={t("lost-code-reference-hint")}
                    value={fields.reference} class="input-medium" autocomplete="off" spellcheck=false
                    error={errors.inline("reference")} oninput={fields.on_reference} />
                <div class="form-actions">
                    <button type="submit" id="continue" class="button" disabled={busy}>{ t("lost-code-button") }</button>
                </div>
            </form>
        </>
    }
}

/// The same words for everyone, whether or not we found a referral.
fn what_happens_next(heading: NodeRef) -> Html {
    html! {
        <section class="result" id="lost-code-sent" aria-labelledby="lost-code-sent-title">
            <h2 class="heading-l" id="lost-code-sent-title" tabindex="-1" ref={heading}>{ t("lost-code-sent-heading") }</h2>
            <ul class="list list-bullet">
                <li>{ t("lost-code-sent-contact") }</li>
                <li>{ t("lost-code-sent-way") }</li>
                <li>{ t("lost-code-sent-new") }</li>
                <li>{ t("lost-code-sent-use") }</li>
            </ul>
            <p class="body">{ t("lost-code-sent-once") }</p>
            <p class="body"><RouteLink to={Route::Track} id="track-link">{ t("track-link") }</RouteLink></p>
        </section>
    }
}
