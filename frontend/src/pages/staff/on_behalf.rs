//! A referral made for someone else: who referred them, kept visibly apart from the person
//! themselves, so no one contacts the referrer thinking they are the person, or the other way round.

use speakup_types::referral::OnBehalfReferral;
use yew::prelude::*;

use super::facts::plain_facts;
use super::referral::{contact_rows, profile, summary_row};

pub fn answers(r: &OnBehalfReferral) -> Html {
    html! {
        <>
            <h2 class="heading-m">{ "What they need help with" }</h2>
            <p class="hint">{ "In the words of the person who referred them." }</p>
            <p class="body pre-wrap own-words">{ r.help_with.clone() }</p>
            <section class="inset" id="referred-by" aria-labelledby="referred-by-title">
                <h2 class="heading-m" id="referred-by-title">{ "Referred by" }</h2>
                <p class="hint">{ "This is not the person who needs an advocate." }</p>
                <dl class="summary-list">
                    { summary_row("Name", r.referrer.name.clone()) }
                    { summary_row("Relationship", r.referrer.relationship.label().to_string()) }
                    { contact_rows(&r.referrer.contact) }
                </dl>
            </section>
            <section id="the-person" aria-labelledby="the-person-title">
                <h2 class="heading-m" id="the-person-title">{ "The person" }</h2>
                <dl class="summary-list">
                    { summary_row("Name", r.person_name.clone()) }
                    { summary_row("Knows and agrees", r.consent.label().to_string()) }
                    if let Some(reason) = &r.best_interests {
                        { summary_row("Why it is in their best interests", reason.clone()) }
                    }
                    if r.contact_through_referrer {
                        { summary_row("Contact", "Through the referrer".to_string()) }
                    } else if let Some(contact) = &r.person_contact {
                        { contact_rows(contact) }
                    }
                </dl>
                <h3 class="heading-s">{ "In their own words" }</h3>
                <p class="body pre-wrap own-words">{ r.person_own_words.clone().unwrap_or_else(|| "Not given".into()) }</p>
            </section>
            { profile(&r.communication, &r.preferences) }
            { plain_facts(&r.eligibility) }
        </>
    }
}
