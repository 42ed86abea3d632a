//! Which law the referral is about (chosen first, so only that law's questions follow), then
//! mental capacity (IMCA), the Mental Health Act (IMHA) and the Deprivation of Liberty
//! Safeguards (paid representative). A capacity assessment that has not been done yet never
//! stops a referral: the IMCA result then waits for it.

use yew::prelude::*;

use super::ask::{reveal, use_page, Radio, Text};
use super::ProPage;
use crate::components::heading::Heading;
use crate::components::choices::Checkboxes;
use crate::draft::options::{radios, LAWS, MCA_DECISION, MHA_STATUS, NO_DECISION, UNSURE_OF_LAW};
use crate::draft::{ASSESSMENT_DATE, LAW};
use crate::i18n::t;

#[component]
pub fn Law() -> Html {
    let page = use_page(ProPage::Law);
    let selected: Vec<String> = page.d.get(LAW).split(',').filter(|l| !l.is_empty()).map(str::to_string).collect();
    let draft = page.draft.clone();
    let onchange = Callback::from(move |(law, on): (String, bool)| draft.update(|d| d.tick_law(&law, on)));
    page.form(html! {
        <Checkboxes name="law" heading=true legend={t("pro-law-heading")} hint={t("pro-law-hint")}
            options={LAWS.to_vec()} apart={vec![UNSURE_OF_LAW.value]} {selected} {onchange} />
    })
}

#[component]
pub fn Capacity() -> Html {
    let page = use_page(ProPage::Capacity);
    let d = &page.d;
    page.form(html! {
        <>
            <Heading text={t("pro-capacity-heading")} />
            <p class="body">{ t("pro-capacity-intro") }</p>
            { page.radio(Radio::new("eligibility.mca_decision", t("pro-capacity-decision"))
                .options(radios(&MCA_DECISION, &[NO_DECISION]))) }
            if d.asks_accommodation_days() {
                { reveal(page.text(Text::line("eligibility.accommodation_expected_days", t("pro-capacity-days"))
                    .hint(t("pro-capacity-days-hint")).kind("text", "off").short())) }
            }
            { page.radio(Radio::new("eligibility.capacity.assessment_completed", t("pro-capacity-assessed"))) }
            if d.asks_assessment_date() {
                { reveal(page.date(ASSESSMENT_DATE, t("pro-capacity-date"), t("pro-capacity-date-hint"))) }
            }
            { page.radio(Radio::new("eligibility.capacity.lacks_capacity_for_decision", t("pro-capacity-lacks"))
                .hint(t("pro-capacity-lacks-hint"))) }
            { page.radio(Radio::new("eligibility.capacity.can_instruct", t("pro-capacity-instruct"))
                .hint(t("pro-capacity-instruct-hint"))) }
            { page.radio(Radio::new("eligibility.capacity.fluctuating", t("pro-capacity-fluctuating"))) }
            { page.radio(Radio::new("eligibility.family_or_friend_to_consult",
                t("pro-capacity-consult"))) }
        </>
    })
}

#[component]
pub fn MentalHealth() -> Html {
    let page = use_page(ProPage::MentalHealth);
    let d = &page.d;
    page.form(html! {
        <>
            <Heading text={t("pro-mha-heading")} />
            { page.radio(Radio::new("eligibility.mha.status", t("pro-mha-status")).options(radios(&MHA_STATUS, &[]))) }
            if d.under_mha() {
                { reveal(html! {
                    <>
                        if d.asks_section() {
                            { page.text(Text::line("eligibility.mha.section", t("pro-mha-section"))
                                .hint(t("pro-mha-section-hint")).kind("text", "off").short()) }
                        }
                        { page.radio(Radio::new("eligibility.mha.declined_before", t("pro-mha-declined"))) }
                        { page.radio(Radio::new("eligibility.mha.isolation_or_seclusion", t("pro-mha-seclusion"))) }
                    </>
                }) }
            }
            { page.radio(Radio::new("eligibility.mha.considered_for_s57_or_s58a",
                t("pro-mha-treatment"))
                .hint(t("pro-mha-treatment-hint"))) }
        </>
    })
}

#[component]
pub fn Dols() -> Html {
    let page = use_page(ProPage::Dols);
    page.form(html! {
        <>
            <Heading text={t("pro-dols-heading")} />
            { page.radio(Radio::new("eligibility.dols_authorised", t("pro-dols-authorised"))) }
            if page.d.asks_rpr() {
                { reveal(page.radio(Radio::new("eligibility.unpaid_rpr_available",
                    t("pro-dols-rpr")))) }
            }
        </>
    })
}
