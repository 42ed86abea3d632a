//! On the tracking page of a declined referral, under its status: the reason as the team
//! wrote it, other help the person could turn to and where to find it, and how to have the
//! decision looked at again.

use speakup_types::referral::{Alternative, DeclineForPerson};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api;
use crate::i18n::{lines, t, tf};
use crate::pictures::Picture;

/// The provider's phone line, once fetched: for reaching the advocate or challenging a
/// decision, never a personal number.
#[hook]
pub fn use_provider_phone() -> Option<String> {
    let phone = use_state(|| None::<String>);
    {
        let phone = phone.clone();
        use_effect_with((), move |_| {
            spawn_local(async move {
                if let Ok(contact) = api::provider_contact().await {
                    phone.set(contact.phone);
                }
            });
        });
    }
    (*phone).clone()
}

fn picture(alternative: Alternative) -> Picture {
    match alternative {
        Alternative::PeerSupport => Picture::People,
        Alternative::SelfAdvocacyGroup => Picture::Talk,
        Alternative::CommunityAdvocacy => Picture::Heart,
        Alternative::LocalServices => Picture::House,
        Alternative::AskYourWorker => Picture::Person,
    }
}

#[derive(Properties, PartialEq)]
pub struct DeclinedProps {
    pub reference: String,
    pub declined: DeclineForPerson,
}

#[component]
pub fn Declined(props: &DeclinedProps) -> Html {
    let phone = use_provider_phone();
    let declined = &props.declined;
    let reference = props.reference.as_str();
    let how = match &phone {
        Some(number) => html! {
            <a href={format!("tel:{}", number.replace([' ', '-', '(', ')'], ""))}>
                { tf("track-challenge-call", &[("phone", number), ("reference", reference)]) }
            </a>
        },
        None => html! { tf("track-challenge-contact", &[("reference", reference)]) },
    };
    html! {
        <div id="track-declined">
            if !declined.reason_for_person.is_empty() {
                <p class="note"><strong>{ format!("{} ", t("track-note-from-team")) }</strong><span class="pre-wrap">{ declined.reason_for_person.clone() }</span></p>
            }
            if !declined.alternatives.is_empty() || declined.where_to_go.is_some() {
                <h3 class="heading-s">{ t("track-declined-heading") }</h3>
                <ul class="list" id="track-alternatives">
                    { for declined.alternatives.iter().map(|a| html! {
                        <li class="body">{ picture(*a).beside(lines(t(&a.message_id()))) }</li>
                    }) }
                </ul>
                if let Some(where_to_go) = &declined.where_to_go {
                    <div class="inset" id="track-where-to-go">
                        <p class="body"><strong>{ t("track-declined-where") }</strong></p>
                        <p class="body pre-wrap">{ where_to_go.clone() }</p>
                    </div>
                }
            }
            <h3 class="heading-s" id="track-challenge">{ t("track-challenge-heading") }</h3>
            <p class="body">{ Picture::Question.beside(lines(t("track-challenge-ask"))) }</p>
            <p class="body">{ Picture::Phone.beside(how) }</p>
            <p class="body">{ Picture::Complain.beside(lines(t("track-challenge-complain"))) }</p>
        </div>
    }
}
