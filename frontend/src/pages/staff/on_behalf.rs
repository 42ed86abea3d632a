//! A referral made for someone else: who referred them, kept visibly apart from the person
//! themselves, so no one contacts the referrer thinking they are the person, or the other way round.

use speakup_types::referral::OnBehalfReferral;
use yew::prelude::*;

use super::consent_label;
use super::facts::plain_facts;
use super::referral::{contact_rows, profile, summary_row};
use crate::i18n::t;

pub fn answers(r: &OnBehalfReferral) -> Html {
    html! {
        <>
            <h2 class="heading-m">{ t("staff-on-behalf-help-with") }</h2>
            <p class="hint">{ t("staff-on-behalf-help-with-hint") }</p>
            { super::referral::need(&r.reasons, &r.help_with) }
            <section class="inset" id="referred-by" aria-labelledby="referred-by-title">
                <h2 class="heading-m" id="referred-by-title">{ t("staff-referred-by") }</h2>
                <p class="hint">{ t("staff-on-behalf-referred-by-hint") }</p>
                <dl class="summary-list">
                    { summary_row(t("staff-row-name"), r.referrer.name.clone()) }
                    { summary_row(t("staff-row-relationship"), t(r.referrer.relationship.label_id()).to_string()) }
                    { contact_rows(&r.referrer.contact) }
                </dl>
            </section>
            <section id="the-person" aria-labelledby="the-person-title">
                <h2 class="heading-m" id="the-person-title">{ t("staff-the-person") }</h2>
                <dl class="summary-list">
                    { summary_row(t("staff-row-name"), r.person_name.clone()) }
                    { summary_row(t("staff-row-lives-in"), r.lives_in.clone().unwrap_or_else(|| t("staff-not-given").into())) }
                    { summary_row(t("staff-row-consent"), t(consent_label(r.consent)).to_string()) }
                    if let Some(reason) = &r.best_interests {
                        { summary_row(t("staff-row-best-interests"), reason.clone()) }
                    }
                    if r.contact_through_referrer {
                        { summary_row(t("staff-row-contact"), t("staff-contact-through-referrer").to_string()) }
                    } else if let Some(contact) = &r.person_contact {
                        { contact_rows(contact) }
                    }
                </dl>
                <h3 class="heading-s">{ t("staff-on-behalf-own-words") }</h3>
                <p class="body pre-wrap own-words">{ r.person_own_words.clone().unwrap_or_else(|| t("staff-not-given").into()) }</p>
            </section>
            { profile(&r.communication, &r.preferences) }
            { plain_facts(&r.eligibility) }
        </>
    }
}
