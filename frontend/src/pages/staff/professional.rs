//! A referral from a professional. The referrer is kept visibly apart from the person, so no
//! one contacts the one thinking it is the other. What triage acts on first (safeguarding,
//! meetings and deadlines, risks) comes before the evidence and the statutory facts.

use speakup_types::entitlement::{Candidate, Facts};
use speakup_types::referral::ProfessionalReferral;
use yew::prelude::*;

use super::consent_label;
use super::facts::{fact, known};
use super::referral::{contact_rows, profile, summary_row};
use crate::draft::options::{label_of, AREAS, DISQUALIFIERS_SHORT, MCA_DECISION, MHA_STATUS, PROCESS, ROLE, SETTING};
use crate::i18n::{t, tf};
use crate::pages::professional::date_words;

fn given(value: &Option<String>) -> String {
    value.clone().unwrap_or_else(|| t("staff-not-given").into())
}

fn people(r: &ProfessionalReferral) -> Html {
    let p = &r.person;
    html! {
        <>
            <section class="inset" id="referred-by" aria-labelledby="referred-by-title">
                <h2 class="heading-m" id="referred-by-title">{ t("staff-referred-by") }</h2>
                <p class="hint">{ t("staff-professional-referred-by-hint") }</p>
                <dl class="summary-list">
                    { summary_row(t("staff-row-name"), r.referrer.name.clone()) }
                    { summary_row(t("staff-row-organisation"), r.referrer.organisation.clone()) }
                    { summary_row(t("staff-row-job-role"), r.referrer.job_role.clone()) }
                    { summary_row(t("staff-row-work-email"), r.referrer.email.clone()) }
                    { summary_row(t("staff-row-work-phone"), given(&r.referrer.phone)) }
                </dl>
            </section>
            <section id="the-person" aria-labelledby="the-person-title">
                <h2 class="heading-m" id="the-person-title">{ t("staff-the-person") }</h2>
                <dl class="summary-list">
                    { summary_row(t("staff-row-name"), p.name.clone()) }
                    { summary_row(t("staff-row-date-of-birth"), known(p.date_of_birth, date_words)) }
                    { summary_row(t("staff-row-age"), known(r.eligibility.age, |age| age.to_string())) }
                    { summary_row(t("staff-row-location"), given(&p.location)) }
                    { summary_row(t("staff-row-in-prison"), fact(r.eligibility.in_prison)) }
                    if let Some(contact) = &p.contact {
                        { contact_rows(contact) }
                    } else {
                        { summary_row(t("staff-row-contact"), t("staff-contact-not-directly").to_string()) }
                    }
                    { summary_row(t("staff-row-consent"), t(consent_label(r.consent)).to_string()) }
                    if let Some(reason) = &r.best_interests {
                        { summary_row(t("staff-row-best-interests"), reason.clone()) }
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
                <h2 class="heading-m" id="safeguarding-title">{ t("staff-professional-safeguarding") }</h2>
                if let Some(s) = &r.safeguarding {
                    <dl class="summary-list">
                        { summary_row(t("staff-row-concern"), s.concern.clone()) }
                        { summary_row(t("staff-row-s42-reference"), given(&s.s42_reference)) }
                        { summary_row(t("staff-row-urgent-enquiry"), fact(f.urgent_enquiry)) }
                        { summary_row(t("staff-row-delegated-to"), given(&s.delegated_to)) }
                    </dl>
                } else {
                    <p class="body">{ t("staff-professional-no-safeguarding") }</p>
                }
            </section>
            <section id="deadlines" aria-labelledby="deadlines-title">
                <h2 class="heading-m" id="deadlines-title">{ t("staff-professional-deadlines") }</h2>
                if r.deadlines.is_empty() {
                    <p class="body">{ t("staff-none-given-stop") }</p>
                } else {
                    <ul class="list list-bullet">
                        { for r.deadlines.iter().map(|d| html! { <li><strong>{ date_words(d.date) }</strong>{ ": " }{ d.what.clone() }</li> }) }
                    </ul>
                }
            </section>
            <section id="risk" aria-labelledby="risk-title">
                <h2 class="heading-m" id="risk-title">{ t("staff-professional-risk") }</h2>
                <p class="body pre-wrap">{ r.risk.clone().unwrap_or_else(|| t("staff-none-given-stop").into()) }</p>
            </section>
        </>
    }
}

fn candidate(description: &str, c: &Candidate) -> String {
    let answers = [c.paid_or_professional, c.person_does_not_want, c.unable_or_unavailable, c.implicated_in_abuse];
    let lines: Vec<String> = DISQUALIFIERS_SHORT.iter().zip(answers).map(|(q, a)| tf("staff-answer", &[("question", t(q)), ("answer", &fact(a))])).collect();
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
    let not_needed = || t("staff-professional-not-needed").to_string();
    let placement = match f.nhs_placement {
        None if nobody => not_needed(),
        None => t("staff-not-known").to_string(),
        Some(p) if p.setting.is_none() && p.expected_days == Some(0) => t("staff-professional-no-placement").into(),
        Some(p) => [
            tf("staff-placement-setting", &[("setting", &known(p.setting, |s| label_of(&SETTING, &s).to_string()))]),
            tf("staff-placement-days", &[("days", &known(p.expected_days, |d| d.to_string()))]),
            tf("staff-placement-best-interests", &[("answer", &fact(p.council_best_interests))]),
        ]
        .join("\n"),
    };
    html! {
        <>
            <section id="evidence" aria-labelledby="evidence-title">
                <h2 class="heading-m" id="evidence-title">{ t("staff-professional-evidence") }</h2>
                <dl class="summary-list">
                    { summary_row(t("staff-row-care-needs"), fact(f.care_support_needs)) }
                    { summary_row(t("staff-row-council-involved"), fact(f.council_involved)) }
                    { summary_row(t("staff-row-process"), known(f.process, |p| label_of(&PROCESS, &p).to_string())) }
                    { summary_row(t("staff-row-for"), known(f.role, |role| label_of(&ROLE, &role).to_string())) }
                    { summary_row(t("staff-row-process-stage"), given(&r.process_stage)) }
                    { for AREAS.iter().zip(areas).map(|(area, (marked, text))| summary_row(
                        &tf("staff-row-difficulty", &[("area", &t(area.label).to_lowercase())]),
                        match marked { Some(true) => tf("staff-difficulty-evidence", &[("evidence", &given(text))]), other => fact(other) },
                    )) }
                </dl>
            </section>
            <section id="candidates" aria-labelledby="candidates-title">
                <h2 class="heading-m" id="candidates-title">{ t("staff-professional-candidates") }</h2>
                <dl class="summary-list">
                    { match &f.candidates {
                        None => summary_row(t("staff-row-anyone"), t("staff-not-known").into()),
                        Some(list) if list.is_empty() => summary_row(t("staff-row-anyone"), t("staff-nobody").into()),
                        Some(list) => html! { <>{ for list.iter().enumerate().map(|(i, c)| summary_row(
                            &tf("staff-row-candidate", &[("number", &(i + 1).to_string())]),
                            candidate(r.candidate_descriptions.get(i).map_or("", String::as_str), c),
                        )) }</> },
                    } }
                    { summary_row(t("staff-row-placement"), placement) }
                    { summary_row(t("staff-row-disagreement"),
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
            <h2 class="heading-m" id="law-title">{ t("staff-professional-law") }</h2>
            <dl class="summary-list">
                { summary_row(t("staff-row-mca-decision"), known(f.mca_decision, |d| label_of(&MCA_DECISION, &d).to_string())) }
                { summary_row(t("staff-row-length-of-stay"), known(f.accommodation_expected_days, |d| tf("staff-days", &[("days", &d.to_string())]))) }
                { summary_row(t("staff-row-capacity-assessment"), fact(capacity.assessment_completed)) }
                { summary_row(t("staff-row-assessment-date"), known(r.capacity_assessment_date, date_words)) }
                { summary_row(t("staff-row-lacks-capacity"), fact(capacity.lacks_capacity_for_decision)) }
                { summary_row(t("staff-row-can-instruct"), fact(capacity.can_instruct)) }
                { summary_row(t("staff-row-fluctuating"), fact(capacity.fluctuating)) }
                { summary_row(t("staff-row-family-or-friend"), fact(f.family_or_friend_to_consult)) }
                { summary_row(t("staff-row-mha"), known(mha.status, |s| label_of(&MHA_STATUS, &s).to_string())) }
                { summary_row(t("staff-row-section"), known(mha.section.as_ref(), |s| s.as_str().to_string())) }
                { summary_row(t("staff-row-s57-s58a"), fact(mha.considered_for_s57_or_s58a)) }
                { summary_row(t("staff-row-declined-imha"), fact(mha.declined_before)) }
                { summary_row(t("staff-row-seclusion"), fact(mha.isolation_or_seclusion)) }
                { summary_row(t("staff-row-dols"), fact(f.dols_authorised)) }
                { summary_row(t("staff-row-unpaid-rpr"), fact(f.unpaid_rpr_available)) }
                { summary_row(t("staff-row-nhs-complaint"), fact(f.nhs_complaint)) }
                { summary_row(t("staff-row-help-to-be-heard"), fact(f.needs_help_to_be_heard)) }
                { summary_row(t("staff-row-existing-advocate"), match &r.existing_advocate { Some(who) => tf("staff-yes-who", &[("who", who)]), None => fact(f.existing_advocate) }) }
            </dl>
        </section>
    }
}

pub fn answers(r: &ProfessionalReferral) -> Html {
    html! {
        <>
            <h2 class="heading-m">{ t("staff-professional-help-with") }</h2>
            <p class="hint">{ t("staff-professional-help-with-hint") }</p>
            <p class="body pre-wrap own-words">{ r.help_with.clone() }</p>
            { people(r) }
            { urgent(r) }
            { care_act(r) }
            { other_law(r, &r.eligibility) }
            { profile(&r.communication, &r.preferences) }
        </>
    }
}
