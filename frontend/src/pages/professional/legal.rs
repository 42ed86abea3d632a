//! Mental capacity (IMCA), the Mental Health Act (IMHA) and the Deprivation of Liberty
//! Safeguards (paid representative). A capacity assessment that has not been done yet never
//! stops a referral: the IMCA result then waits for it.

use yew::prelude::*;

use super::ask::{reveal, use_page, Radio, Text};
use super::ProPage;
use crate::components::heading::Heading;
use crate::draft::options::{radios, MCA_DECISION, MHA_STATUS, NO_DECISION};
use crate::draft::ASSESSMENT_DATE;

#[component]
pub fn Capacity() -> Html {
    let page = use_page(ProPage::Capacity);
    let d = &page.d;
    page.form(html! {
        <>
            <Heading text="Mental capacity" />
            <p class="body">{ "Tell us what you know. If no capacity assessment has been done yet, send the referral anyway: we will show that an IMCA would wait for it." }</p>
            { page.radio(Radio::new("eligibility.mca_decision", "Which decision is being made, or about to be?")
                .options(radios(&MCA_DECISION, &[NO_DECISION]))) }
            if d.asks_accommodation_days() {
                { reveal(page.text(Text::line("eligibility.accommodation_expected_days", "How many days is the stay expected to last? (optional)")
                    .hint("For example, 90.").kind("text", "off").short())) }
            }
            { page.radio(Radio::new("eligibility.capacity.assessment_completed", "Has a mental capacity assessment been done for this decision?")) }
            if d.asks_assessment_date() {
                { reveal(page.date(ASSESSMENT_DATE, "Date of the assessment (optional)", "For example, 3 2 2026.")) }
            }
            { page.radio(Radio::new("eligibility.capacity.lacks_capacity_for_decision", "Does the person lack capacity to make this decision?")
                .hint("If there has been no assessment yet, tell us what you believe.")) }
            { page.radio(Radio::new("eligibility.capacity.can_instruct", "Could they tell an advocate what they want them to do, with support?")
                .hint("If not, the advocate works for them without instructions (non-instructed advocacy).")) }
            { page.radio(Radio::new("eligibility.capacity.fluctuating", "Does their capacity come and go?")) }
            { page.radio(Radio::new("eligibility.family_or_friend_to_consult",
                "Is there family or a friend, other than paid carers, whom it is appropriate to consult about the decision?")) }
        </>
    })
}

#[component]
pub fn MentalHealth() -> Html {
    let page = use_page(ProPage::MentalHealth);
    let d = &page.d;
    page.form(html! {
        <>
            <Heading text="Mental Health Act" />
            { page.radio(Radio::new("eligibility.mha.status", "Are they under the Mental Health Act?").options(radios(&MHA_STATUS, &[]))) }
            if d.under_mha() {
                { reveal(html! {
                    <>
                        if d.asks_section() {
                            { page.text(Text::line("eligibility.mha.section", "Which section? (optional)")
                                .hint("For example 2, 3, 5(2) or 37/41.").kind("text", "off").short()) }
                        }
                        { page.radio(Radio::new("eligibility.mha.declined_before", "Have they turned down an IMHA before?")) }
                        { page.radio(Radio::new("eligibility.mha.isolation_or_seclusion", "Are they in seclusion or long-term segregation?")) }
                    </>
                }) }
            }
            { page.radio(Radio::new("eligibility.mha.considered_for_s57_or_s58a",
                "Is treatment that needs their consent or a second opinion being considered?")
                .hint("Under section 57, or section 58A for under 18s. This counts even if they are in hospital informally.")) }
        </>
    })
}

#[component]
pub fn Dols() -> Html {
    let page = use_page(ProPage::Dols);
    page.form(html! {
        <>
            <Heading text="Deprivation of Liberty Safeguards" />
            { page.radio(Radio::new("eligibility.dols_authorised", "Is a Deprivation of Liberty Safeguards (DoLS) authorisation in place for them?")) }
            if page.d.asks_rpr() {
                { reveal(page.radio(Radio::new("eligibility.unpaid_rpr_available",
                    "Is there a family member or friend who can be their representative (the relevant person's representative), unpaid?"))) }
            }
        </>
    })
}
