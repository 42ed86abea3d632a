//! The mandates on a case: for each kind of advocacy, what the engine indicated beside what
//! staff decided (confirmed with its legal basis and dates, waiting for a missing fact, or not
//! taken on), and, for managers, one form at a time to decide or change it.

use chrono::NaiveDate;
use speakup_types::casework::{LegalBasis, Mandate, MandateDecision, MandateLine, MandateState};
use speakup_types::entitlement::Advocacy;
use speakup_types::referral::ReferralDetail;
use uuid::Uuid;
use yew::prelude::*;

use super::action::{use_action, Fields};
use crate::api;
use crate::components::choices::{choice, Radios};
use crate::components::error_summary::{to_field, ErrorSummary};
use crate::components::date::{edit_in, first_part, DateAnswer, DateInput, DateParts};
use crate::components::fields::{Select, TextArea};
use speakup_types::problem::FieldError;
use crate::i18n::{field_errors, language, t, tf};

fn state_label(state: MandateState) -> &'static str {
    match state {
        MandateState::Confirmed => "staff-mandate-confirmed",
        MandateState::AwaitingInformation => "staff-mandate-awaiting-information",
        MandateState::Rejected => "staff-mandate-rejected",
        MandateState::Ended => "staff-mandate-ended",
    }
}

#[derive(Properties, PartialEq)]
pub struct MandatesProps {
    pub detail: ReferralDetail,
    /// Managers decide; advocates read.
    pub can_decide: bool,
    pub on_change: Callback<ReferralDetail>,
}

#[component]
pub fn Mandates(props: &MandatesProps) -> Html {
    // The kind of advocacy whose form is open, if any.
    let editing = use_state(|| None::<Advocacy>);
    let saved = use_state(|| None::<Advocacy>);
    let notice = crate::dom::use_focus_when(*saved, saved.is_some());
    let language = language();
    let lines = &props.detail.mandates;
    let others: Vec<Advocacy> = Advocacy::ALL.into_iter().filter(|a| !lines.iter().any(|l| l.advocacy == *a)).collect();
    let open = |advocacy: Advocacy| {
        let (editing, saved) = (editing.clone(), saved.clone());
        Callback::from(move |_: MouseEvent| {
            saved.set(None);
            editing.set(Some(advocacy));
        })
    };
    let done = {
        let (editing, saved, on_change) = (editing.clone(), saved.clone(), props.on_change.clone());
        Callback::from(move |(advocacy, detail): (Advocacy, ReferralDetail)| {
            editing.set(None);
            saved.set(Some(advocacy));
            on_change.emit(detail);
        })
    };
    let cancel = {
        let editing = editing.clone();
        Callback::from(move |()| editing.set(None))
    };
    let line = |l: &MandateLine| {
        let label = l.advocacy.label_in(language);
        html! {
            <div class="summary-row" id={format!("mandate-{}", l.advocacy.code())}>
                <dt class="summary-key">{ label }</dt>
                <dd class="summary-value">
                    if let Some(indicated) = l.indicated {
                        <p class="hint">{ tf("staff-mandate-indicated", &[("outcome", indicated.label_in(language))]) }</p>
                    }
                    { decided(l.decided.as_ref()) }
                    if props.can_decide && *editing != Some(l.advocacy) {
                        <button type="button" id={format!("decide-{}", l.advocacy.code())} class="button button-secondary button-small"
                            onclick={open(l.advocacy)}>
                            { t(if l.decided.is_some() { "staff-mandate-change" } else { "staff-mandate-decide" }) }
                            <span class="visually-hidden">{ format!(" {label}") }</span>
                        </button>
                    }
                </dd>
            </div>
        }
    };
    html! {
        <section aria-labelledby="mandates-title">
            <h2 class="heading-m" id="mandates-title">{ t("staff-mandates-heading") }</h2>
            <p class="body">{ t(if props.can_decide { "staff-mandates-intro" } else { "staff-mandates-intro-advocate" }) }</p>
            <div role="status" class="notice-region">
                if let Some(advocacy) = *saved {
                    <p class="notice" tabindex="-1" ref={notice} id="mandate-saved">
                        { tf("staff-mandate-saved", &[("advocacy", advocacy.label_in(language))]) }
                    </p>
                }
            </div>
            if lines.is_empty() {
                <p class="body">{ t("staff-mandates-none") }</p>
            } else {
                <dl class="summary-list" id="mandates">{ for lines.iter().map(line) }</dl>
            }
            if let Some(advocacy) = *editing {
                <MandateForm key={advocacy.code()} id={props.detail.id} {advocacy}
                    current={lines.iter().find(|l| l.advocacy == advocacy).and_then(|l| l.decided.clone())}
                    on_done={done.clone()} on_cancel={cancel.clone()} />
            } else if props.can_decide && !others.is_empty() {
                <AnotherKind {others} on_choose={Callback::from(move |a| { saved.set(None); editing.set(Some(a)) })} />
            }
        </section>
    }
}

/// What staff decided on one kind of advocacy, in a few lines.
fn decided(mandate: Option<&Mandate>) -> Html {
    let Some(m) = mandate else {
        return html! { <p class="body">{ t("staff-mandate-not-decided") }</p> };
    };
    let dates = match (m.starts_on, m.ends_on) {
        (Some(start), Some(end)) => tf("staff-mandate-from-to", &[("start", &day(start)), ("end", &day(end))]),
        (Some(start), None) => tf("staff-mandate-from", &[("start", &day(start))]),
        _ => String::new(),
    };
    html! {
        <>
            <p class="body"><strong class="tag">{ t(state_label(m.state)) }</strong>
                if let Some(basis) = m.legal_basis { { " " }{ t(&basis.label_id()) } }
            </p>
            if !dates.is_empty() { <p class="body">{ dates }</p> }
            <p class="body pre-wrap"><strong>{ t("staff-mandate-reason-shown") }{ " " }</strong>{ m.reason.clone() }</p>
            if let Some(needed) = &m.information_needed {
                <p class="body pre-wrap"><strong>{ t("staff-mandate-needed-shown") }{ " " }</strong>{ needed.clone() }</p>
            }
        </>
    }
}

fn day(date: NaiveDate) -> String {
    date.format("%d/%m/%Y").to_string()
}

#[derive(Properties, PartialEq)]
struct AnotherProps {
    others: Vec<Advocacy>,
    on_choose: Callback<Advocacy>,
}

/// A kind of advocacy the engine did not indicate, which staff can still take on.
#[component]
fn AnotherKind(props: &AnotherProps) -> Html {
    let chosen = use_state(|| props.others[0]);
    let options: Vec<(String, String)> = props.others.iter().map(|a| (a.code().to_string(), a.label_in(language()).to_string())).collect();
    let onchange = {
        let chosen = chosen.clone();
        Callback::from(move |code: String| {
            if let Some(a) = Advocacy::parse(&code) {
                chosen.set(a);
            }
        })
    };
    let onclick = {
        let (chosen, on_choose) = (chosen.clone(), props.on_choose.clone());
        Callback::from(move |_: MouseEvent| on_choose.emit(*chosen))
    };
    html! {
        <div class="field-group">
            <Select id="another-advocacy" label={t("staff-mandate-another")} {options} value={chosen.code().to_string()} {onchange} />
            <button type="button" id="decide-another" class="button button-secondary" {onclick}>{ t("staff-mandate-decide") }</button>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct FormProps {
    id: Uuid,
    advocacy: Advocacy,
    current: Option<Mandate>,
    on_done: Callback<(Advocacy, ReferralDetail)>,
    on_cancel: Callback<()>,
}

/// What the form holds, as typed, so a refusal loses nothing.
#[derive(Clone, PartialEq, Default)]
struct Draft {
    state: Option<MandateState>,
    legal_basis: Option<LegalBasis>,
    reason: String,
    information_needed: String,
    starts_on: DateParts,
    ends_on: DateParts,
}

fn parts(date: Option<NaiveDate>) -> DateParts {
    use chrono::Datelike;
    date.map(|d| DateParts { day: d.day().to_string(), month: d.month().to_string(), year: d.year().to_string() }).unwrap_or_default()
}

/// Where the summary links each field: a date to its day box.
fn mandate_field(field: &str) -> String {
    match field {
        "starts_on" | "ends_on" => format!("#{}", first_part(field)),
        // The new-code form on the same page has its own `reason`.
        "reason" => "#mandate-reason".into(),
        other => to_field(other),
    }
}

#[component]
fn MandateForm(props: &FormProps) -> Html {
    let draft = use_state(|| match &props.current {
        Some(m) => Draft {
            state: Some(m.state),
            legal_basis: m.legal_basis,
            reason: m.reason.clone(),
            information_needed: m.information_needed.clone().unwrap_or_default(),
            starts_on: parts(m.starts_on),
            ends_on: parts(m.ends_on),
        },
        None => Draft::default(),
    });
    let action = use_action(Fields::OnPage(mandate_field));
    let set = |change: fn(&mut Draft, String)| {
        let draft = draft.clone();
        Callback::from(move |value: String| {
            let mut changed = (*draft).clone();
            change(&mut changed, value);
            draft.set(changed);
        })
    };
    let on_state = {
        let draft = draft.clone();
        Callback::from(move |(value, _): (String, bool)| draft.set(Draft { state: MandateState::parse(&value), ..(*draft).clone() }))
    };
    let advocacy = props.advocacy;
    let onsubmit = {
        let (action, draft, id, done) = (action.clone(), draft.clone(), props.id, props.on_done.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(state) = draft.state else {
                return action.refuse(vec![FieldError::from_id("state", "error-mandate-state-required", &[], crate::i18n::wording())]);
            };
            let text = |t: &str| Some(t.trim().to_string()).filter(|t| !t.is_empty());
            let wording = crate::i18n::wording();
            let not_a_date: Vec<FieldError> = [("starts_on", &draft.starts_on), ("ends_on", &draft.ends_on)]
                .into_iter()
                .filter(|(_, d)| d.answer() == DateAnswer::Invalid)
                .map(|(field, _)| FieldError::from_id(field, "error-mandate-date-invalid", &[], wording))
                .collect();
            let body = MandateDecision {
                state,
                legal_basis: draft.legal_basis,
                reason: draft.reason.clone(),
                information_needed: text(&draft.information_needed),
                starts_on: draft.starts_on.answer().valid(),
                ends_on: draft.ends_on.answer().valid(),
            };
            let mut found = body.check_for(advocacy).err().map(|e| field_errors(&e)).unwrap_or_default();
            found.retain(|f| !not_a_date.iter().any(|d| d.field == f.field));
            found.extend(not_a_date);
            if !found.is_empty() {
                found.sort_by(|a, b| a.field.cmp(&b.field));
                return action.refuse(found);
            }
            let done = done.clone();
            action.run(api::decide_mandate(id, advocacy, body, action.csrf()), move |detail| done.emit((advocacy, detail)));
        })
    };
    let cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let states = vec![
        choice("confirmed", "staff-mandate-confirmed"),
        choice("awaiting_information", "staff-mandate-awaiting-information"),
        choice("rejected", "staff-mandate-rejected"),
        choice("ended", "staff-mandate-ended"),
    ];
    let bases: Vec<(String, String)> = std::iter::once((String::new(), t("staff-mandate-choose-basis").to_string()))
        .chain(LegalBasis::for_advocacy(advocacy).into_iter().map(|b| (b.code().to_string(), t(&b.label_id()).to_string())))
        .collect();
    let errors = action.errors();
    let asking = draft.state == Some(MandateState::AwaitingInformation);
    html! {
        <form class="form inset" novalidate=true {onsubmit} aria-labelledby="mandate-form-title">
            <h3 class="heading-s" id="mandate-form-title">{ tf("staff-mandate-form-heading", &[("advocacy", advocacy.label_in(language()))]) }</h3>
            <ErrorSummary errors={errors.clone()} title_id="mandate-error-title" />
            <Radios name="state" legend={t("staff-mandate-state")} options={states}
                selected={draft.state.map(|s| vec![s.code().to_string()]).unwrap_or_default()}
                error={errors.inline("state")} onchange={on_state} />
            <Select id="legal_basis" label={t("staff-mandate-basis")} options={bases}
                value={draft.legal_basis.map(|b| b.code().to_string()).unwrap_or_default()}
                error={errors.inline("legal_basis")} onchange={set(|d, v| d.legal_basis = LegalBasis::parse(&v))} />
            <TextArea id="mandate-reason" label={t("staff-mandate-reason")} hint={t("staff-mandate-reason-hint")} rows={3}
                value={draft.reason.clone()} error={errors.inline("reason")} oninput={set(|d, v| d.reason = v)} />
            if asking {
                <TextArea id="information_needed" label={t("staff-mandate-needed")} hint={t("staff-mandate-needed-hint")} rows={3}
                    value={draft.information_needed.clone()} error={errors.inline("information_needed")}
                    oninput={set(|d, v| d.information_needed = v)} />
            }
            <DateInput id="starts_on" legend={t("staff-mandate-starts")} value={draft.starts_on.clone()}
                error={errors.inline("starts_on")} onchange={edit_in(&draft, |d| &mut d.starts_on)} />
            <DateInput id="ends_on" legend={t("staff-mandate-ends")} hint={t("staff-mandate-ends-hint")} value={draft.ends_on.clone()}
                error={errors.inline("ends_on")} onchange={edit_in(&draft, |d| &mut d.ends_on)} />
            <div class="button-group">
                <button type="submit" id="save-mandate" class="button" disabled={action.busy()}>{ t("staff-mandate-save") }</button>
                <button type="button" id="cancel-mandate" class="button button-secondary" onclick={cancel}>{ t("staff-mandate-cancel") }</button>
            </div>
        </form>
    }
}
