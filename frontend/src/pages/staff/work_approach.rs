//! How the advocate works with the person, at the top of the casework: who they want
//! involved and, set apart as a warning, who must not be contacted; then instructed or
//! non-instructed, the approaches and why, and whether their capacity comes and goes.

use speakup_types::casework::{Approach, Casework, Instruction, WayOfWorking, WayOfWorkingChange};
use speakup_types::referral::PersonPreferences;
use uuid::Uuid;
use validator::Validate;
use yew::prelude::*;

use super::action::{use_action, Fields};
use crate::api;
use crate::components::choices::{choice, Checkboxes, Choice, Radios};
use crate::components::error_summary::ErrorSummary;
use crate::components::fields::TextArea;
use crate::i18n::{field_errors, t};

const INSTRUCTIONS: [Choice; 2] =
    [choice("instructed", "staff-approach-instructed"), choice("non_instructed", "staff-approach-non-instructed")];

const APPROACHES: [Choice; 4] = [
    choice("person_centred", "staff-approach-person-centred"),
    choice("rights_based", "staff-approach-rights-based"),
    choice("watching_brief", "staff-approach-watching-brief"),
    choice("witness", "staff-approach-witness"),
];

/// Radios and checkboxes link an error to their first option; the rest to the field.
fn field(path: &str) -> String {
    match path {
        "instruction" => "#instruction-instructed".into(),
        "approaches" => "#approaches-person_centred".into(),
        other => format!("#{other}"),
    }
}

/// The people the referral named, the ones not to contact set apart as a warning.
pub fn people(preferences: &PersonPreferences) -> Html {
    let said = |text: &Option<String>| text.as_deref().map(str::trim).filter(|t| !t.is_empty()).map(str::to_string);
    html! {
        <>
            if let Some(avoid) = said(&preferences.do_not_involve) {
                <div class="warning" id="do-not-involve" role="note">
                    <strong>{ t("staff-approach-do-not-involve") }</strong>
                    <p class="body pre-wrap">{ avoid }</p>
                </div>
            }
            if let Some(involve) = said(&preferences.involve) {
                <p class="body" id="involve"><strong>{ t("staff-approach-involve") }</strong>{ " " }<span class="pre-wrap">{ involve }</span></p>
            }
        </>
    }
}

fn draft_of(recorded: Option<&WayOfWorking>) -> WayOfWorkingChange {
    match recorded {
        Some(w) => WayOfWorkingChange {
            instruction: w.instruction,
            approaches: w.approaches.clone(),
            why: w.why.clone(),
            fluctuating_capacity: w.fluctuating_capacity,
            fluctuating_note: w.fluctuating_note.clone(),
            version: w.version,
        },
        None => WayOfWorkingChange {
            instruction: Instruction::Instructed,
            approaches: Vec::new(),
            why: None,
            fluctuating_capacity: false,
            fluctuating_note: None,
            version: 0,
        },
    }
}

#[derive(Properties, PartialEq)]
pub struct ApproachProps {
    pub id: Uuid,
    pub recorded: Option<WayOfWorking>,
    pub on_saved: Callback<Casework>,
}

#[component]
pub fn WayOfWorkingForm(props: &ApproachProps) -> Html {
    let draft = use_state(|| draft_of(props.recorded.as_ref()));
    let saved = use_state(|| false);
    let action = use_action(Fields::OnPage(field));
    let edit = |change: fn(&mut WayOfWorkingChange, String, bool)| {
        let draft = draft.clone();
        Callback::from(move |(value, on): (String, bool)| {
            let mut next = (*draft).clone();
            change(&mut next, value, on);
            draft.set(next);
        })
    };
    let on_instruction = edit(|d, v, _| {
        d.instruction = Instruction::parse(&v).unwrap_or(Instruction::Instructed);
        if d.instruction == Instruction::Instructed {
            d.approaches.clear();
        }
    });
    let on_approach = edit(|d, v, on| {
        d.approaches.retain(|a| a.code() != v);
        if let Some(a) = Approach::parse(&v).filter(|_| on) {
            d.approaches.push(a);
        }
    });
    let on_why = edit(|d, v, _| d.why = Some(v)).reform(|v: String| (v, true));
    let on_fluctuating = edit(|d, _, on| d.fluctuating_capacity = on);
    let on_note = edit(|d, v, _| d.fluctuating_note = Some(v)).reform(|v: String| (v, true));
    let onsubmit = {
        let (action, draft, saved, id, done) = (action.clone(), draft.clone(), saved.clone(), props.id, props.on_saved.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            saved.set(false);
            let mut body = (*draft).clone();
            if !body.fluctuating_capacity {
                body.fluctuating_note = None;
            }
            if let Err(found) = body.validate() {
                return action.refuse(field_errors(&found));
            }
            let (draft, saved, done) = (draft.clone(), saved.clone(), done.clone());
            action.run(api::record_way_of_working(id, body, action.csrf()), move |work: Casework| {
                draft.set(draft_of(work.way_of_working.as_ref()));
                saved.set(true);
                done.emit(work);
            });
        })
    };
    let errors = action.errors();
    let non_instructed = draft.instruction == Instruction::NonInstructed;
    html! {
        <form class="form" novalidate=true {onsubmit} id="way-of-working">
            <h3 class="heading-s">{ t("staff-approach-heading") }</h3>
            <ErrorSummary errors={errors.clone()} title_id="approach-error-title" />
            if *saved {
                <p class="body" role="status" id="approach-saved">{ t("staff-approach-saved") }</p>
            }
            <Radios name="instruction" legend={t("staff-approach-instruction")} options={INSTRUCTIONS.to_vec()}
                selected={vec![draft.instruction.code().to_string()]} error={errors.inline("instruction")} onchange={on_instruction} />
            if non_instructed {
                <Checkboxes name="approaches" legend={t("staff-approach-approaches")} hint={t("staff-approach-approaches-hint")}
                    options={APPROACHES.to_vec()} selected={draft.approaches.iter().map(|a| a.code().to_string()).collect::<Vec<_>>()}
                    error={errors.inline("approaches")} onchange={on_approach} />
            }
            <TextArea id="why" label={t(if non_instructed { "staff-approach-why" } else { "staff-approach-notes" })}
                value={draft.why.clone().unwrap_or_default()} rows={3} error={errors.inline("why")} oninput={on_why} />
            <Checkboxes name="fluctuating" legend={t("staff-approach-capacity")} options={vec![choice("yes", "staff-approach-fluctuating")]}
                selected={if draft.fluctuating_capacity { vec!["yes".to_string()] } else { vec![] }} onchange={on_fluctuating} />
            if draft.fluctuating_capacity {
                <TextArea id="fluctuating_note" label={t("staff-approach-fluctuating-note")}
                    value={draft.fluctuating_note.clone().unwrap_or_default()} rows={3} error={errors.inline("fluctuating_note")} oninput={on_note} />
            }
            <button type="submit" id="save-approach" class="button button-secondary" disabled={action.busy()}>{ t("staff-approach-save") }</button>
        </form>
    }
}
