//! A referral from a professional. The referrer is kept visibly apart from the person, so no
//! one contacts the one thinking it is the other. What triage acts on first (safeguarding,
//! meetings and deadlines, risks) comes before the evidence and the statutory facts.

use speakup_types::entitlement::{Candidate, Facts};
use speakup_types::referral::ProfessionalReferral;
use yew::prelude::*;

use super::facts::{fact, known};
use super::referral::{contact_rows, profile, summary_row};
use crate::draft::options::{label_of, AREAS, DISQUALIFIERS_SHORT, MCA_DECISION, MHA_STATUS, PROCESS, ROLE, SETTING};
use crate::pages::professional::date_words;

fn given(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| "Not given".into())
}

fn people(r: &ProfessionalReferral) -> Html {
    let p = &r.person;
    html! {
        <>
            <section class="inset" id="referred-by" aria-labelledby="referred-by-title">
                <h2 class="heading-m" id="referred-by-title">{ "Referred by" }</h2>
                <p class="hint">{ "A professional. This is not the person who needs an advocate." }</p>
                <dl class="summary-list">
                    { summary_row("Name", r.referrer.name.clone()) }
                    { summary_row("Organisation", r.referrer.organisation.clone()) }
                    { summary_row("Role", r.referrer.job_role.clone()) }
                    { summary_row("Work email", r.referrer.email.clone()) }
                    { summary_row("Work phone", given(&r.referrer.phone)) }
                </dl>
            </section>
            <section id="the-person" aria-labelledby="the-person-title">
                <h2 class="heading-m" id="the-person-title">{ "The person" }</h2>
                <dl class="summary-list">
                    { summary_row("Name", p.name.clone()) }
                    { summary_row("Date of birth", known(p.date_of_birth, date_words)) }
                    { summary_row("Age", known(r.eligibility.age, |age| age.to_string())) }
                    { summary_row("Where they are now", given(&p.location)) }
                    { summary_row("In prison", fact(r.eligibility.in_prison)) }
                    if let Some(contact) = &p.contact {
                        { contact_rows(contact) }
                    } else {
                        { summary_row("Contact", "Not directly: arrange it through the referrer or where they are".to_string()) }
                    }
                    { summary_row("Knows and agrees", r.consent.label().to_string()) }
                    if let Some(reason) = &r.best_interests {
                        { summary_row("Why it is in their best interests", reason.clone()) }
                    }
                </dl>
            </section>
        </>
    }
}

fn urgent(r: &ProfessionalReferral) -> Html {
    let f = &r.eligibility;
    html! {
        <>
            <section id="safeguarding" aria-labelledby="safeguarding-title">
                <h2 class="heading-m" id="safeguarding-title">{ "Safeguarding" }</h2>
                if let Some(s) = &r.safeguarding {
                    <dl class="summary-list">
                        { summary_row("Concern", s.concern.clone()) }
                        { summary_row("Section 42 reference", given(&s.s42_reference)) }
                        { summary_row("Urgent enquiry", fact(f.urgent_enquiry)) }
                        { summary_row("Delegated to", given(&s.delegated_to)) }
                    </dl>
                } else {
                    <p class="body">{ "No safeguarding concern given." }</p>
                }
            </section>
            <section id="deadlines" aria-labelledby="deadlines-title">
                <h2 class="heading-m" id="deadlines-title">{ "Meetings and deadlines" }</h2>
                if r.deadlines.is_empty() {
                    <p class="body">{ "None given." }</p>
                } else {
                    <ul class="list list-bullet">
                        { for r.deadlines.iter().map(|d| html! { <li><strong>{ date_words(d.date) }</strong>{ ": " }{ d.what.clone() }</li> }) }
                    </ul>
                }
            </section>
            <section id="risk" aria-labelledby="risk-title">
                <h2 class="heading-m" id="risk-title">{ "Risks and lone working" }</h2>
                <p class="body pre-wrap">{ r.risk.clone().unwrap_or_else(|| "None given.".into()) }</p>
            </section>
        </>
    }
}

fn candidate(description: &str, c: &Candidate) -> String {
    let answers = [c.paid_or_professional, c.person_does_not_want, c.unable_or_unavailable, c.implicated_in_abuse];
    let lines: Vec<String> = DISQUALIFIERS_SHORT.iter().zip(answers).map(|(q, a)| format!("{q}: {}", fact(a))).collect();
    format!("{description}\n{}", lines.join("\n"))
}

fn care_act(r: &ProfessionalReferral) -> Html {
    let f = &r.eligibility;
    let marked = f.difficulty.unwrap_or_default();
    let evidence = &r.difficulty_evidence;
    let areas = [
        (marked.understanding, &evidence.understanding),
        (marked.retaining, &evidence.retaining),
        (marked.weighing, &evidence.weighing),
        (marked.communicating, &evidence.communicating),
    ];
    // The exceptions are not asked when nobody could be the appropriate individual.
    let nobody = f.candidates.as_ref().is_some_and(|list| {
        list.iter().all(|c| [c.paid_or_professional, c.person_does_not_want, c.unable_or_unavailable, c.implicated_in_abuse].contains(&Some(true)))
    });
    let not_needed = || "Not needed: nobody could be the appropriate individual".to_string();
    let placement = match f.nhs_placement {
        None if nobody => not_needed(),
        None => "Not known".to_string(),
        Some(p) if p.setting.is_none() && p.expected_days == Some(0) => "No NHS placement being considered".into(),
        Some(p) => format!(
            "Setting: {}\nExpected days: {}\nCouncil thinks an advocate is in their best interests: {}",
            known(p.setting, |s| label_of(&SETTING, &s).to_string()),
            known(p.expected_days, |d| d.to_string()),
            fact(p.council_best_interests)
        ),
    };
    html! {
        <>
            <section id="evidence" aria-labelledby="evidence-title">
                <h2 class="heading-m" id="evidence-title">{ "Care Act: process and evidence" }</h2>
                <dl class="summary-list">
                    { summary_row("Care and support needs", fact(f.care_support_needs)) }
                    { summary_row("Council involved", fact(f.council_involved)) }
                    { summary_row("Process", known(f.process, |p| label_of(&PROCESS, &p).to_string())) }
                    { summary_row("For", known(f.role, |role| label_of(&ROLE, &role).to_string())) }
                    { summary_row("Where it has got to", given(&r.process_stage)) }
                    { for AREAS.iter().zip(areas).map(|(area, (marked, text))| summary_row(
                        &format!("Difficulty: {}", area.label.to_lowercase()),
                        match marked { Some(true) => format!("Yes. Evidence: {}", given(text)), other => fact(other) },
                    )) }
                </dl>
            </section>
            <section id="candidates" aria-labelledby="candidates-title">
                <h2 class="heading-m" id="candidates-title">{ "Who could support them" }</h2>
                <dl class="summary-list">
                    { match &f.candidates {
                        None => summary_row("Anyone", "Not known".into()),
                        Some(list) if list.is_empty() => summary_row("Anyone", "Nobody".into()),
                        Some(list) => html! { <>{ for list.iter().enumerate().map(|(i, c)| summary_row(
                            &format!("Person {}", i + 1),
                            candidate(r.candidate_descriptions.get(i).map_or("", String::as_str), c),
                        )) }</> },
                    } }
                    { summary_row("NHS placement (exception 1)", placement) }
                    { summary_row("Disagreement both agree an advocate would help with (exception 2)",
                        match f.disagreement_with_appropriate_individual {
                            None if nobody => not_needed(),
                            other => known(other, |d| fact(d.both_agree_advocate_helps)),
                        }) }
                </dl>
            </section>
        </>
    }
}

fn other_law(r: &ProfessionalReferral, f: &Facts) -> Html {
    let capacity = f.capacity.unwrap_or_default();
    let mha = f.mha.clone().unwrap_or_default();
    html! {
        <section id="law" aria-labelledby="law-title">
            <h2 class="heading-m" id="law-title">{ "Capacity, Mental Health Act and DoLS" }</h2>
            <dl class="summary-list">
                { summary_row("Decision", known(f.mca_decision, |d| label_of(&MCA_DECISION, &d).to_string())) }
                { summary_row("Expected length of stay", known(f.accommodation_expected_days, |d| format!("{d} days"))) }
                { summary_row("Capacity assessment done", fact(capacity.assessment_completed)) }
                { summary_row("Date of the assessment", known(r.capacity_assessment_date, date_words)) }
                { summary_row("Lacks capacity for the decision", fact(capacity.lacks_capacity_for_decision)) }
                { summary_row("Can instruct an advocate", fact(capacity.can_instruct)) }
                { summary_row("Capacity comes and goes", fact(capacity.fluctuating)) }
                { summary_row("Family or friend to consult", fact(f.family_or_friend_to_consult)) }
                { summary_row("Mental Health Act", known(mha.status, |s| label_of(&MHA_STATUS, &s).to_string())) }
                { summary_row("Section", known(mha.section.as_ref(), |s| s.as_str().to_string())) }
                { summary_row("Treatment needing consent or a second opinion", fact(mha.considered_for_s57_or_s58a)) }
                { summary_row("Turned down an IMHA before", fact(mha.declined_before)) }
                { summary_row("Seclusion or segregation", fact(mha.isolation_or_seclusion)) }
                { summary_row("DoLS authorisation", fact(f.dols_authorised)) }
                { summary_row("Unpaid representative available", fact(f.unpaid_rpr_available)) }
                { summary_row("Complaint about the NHS", fact(f.nhs_complaint)) }
                { summary_row("Needs help to be heard on a decision that matters", fact(f.needs_help_to_be_heard)) }
                { summary_row("Already has an advocate", match &r.existing_advocate { Some(who) => format!("Yes: {who}"), None => fact(f.existing_advocate) }) }
            </dl>
        </section>
    }
}

pub fn answers(r: &ProfessionalReferral) -> Html {
    html! {
        <>
            <h2 class="heading-m">{ "Why they need an advocate" }</h2>
            <p class="hint">{ "In the words of the professional who referred them." }</p>
            <p class="body pre-wrap own-words">{ r.help_with.clone() }</p>
            { people(r) }
            { urgent(r) }
            { care_act(r) }
            { other_law(r, &r.eligibility) }
            { profile(&r.communication, &r.preferences) }
        </>
    }
}
