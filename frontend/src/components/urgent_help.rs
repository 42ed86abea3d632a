//! What to do now when a referral cannot wait: 999 when someone is in danger, the provider's
//! phone line when the deployment has one, and that SpeakUp is not an emergency service.

use yew::platform::spawn_local;
use yew::prelude::*;

use crate::i18n::{t, tf};

#[derive(Properties, PartialEq)]
pub struct UrgentHelpProps {
    /// Someone is in danger now: say to call 999 first.
    #[prop_or_default]
    pub danger: bool,
    /// Say they can come back to the form once safe (on the question page).
    #[prop_or_default]
    pub carry_on: bool,
}

#[component]
pub fn UrgentHelp(p: &UrgentHelpProps) -> Html {
    let phone = use_state(|| None::<String>);
    {
        let phone = phone.clone();
        use_effect_with((), move |_| {
            // Without the line (offline, say) the rest still stands: 999 needs no server.
            spawn_local(async move {
                if let Ok(contact) = crate::api::provider_contact().await {
                    phone.set(contact.phone);
                }
            });
        });
    }
    html! {
        <section class="warning" id="urgent-help" aria-labelledby="urgent-help-title">
            <h2 class="heading-m" id="urgent-help-title">{ t("urgent-help-heading") }</h2>
            if p.danger {
                <p class="body"><strong>{ t("urgent-help-999") }</strong></p>
                <p class="body">{ t("urgent-help-silent") }</p>
            }
            if let Some(number) = &*phone {
                <p class="body" id="urgent-help-phone">
                    <a href={format!("tel:{}", number.replace([' ', '-', '(', ')'], ""))}>
                        { tf("urgent-help-phone", &[("phone", number)]) }
                    </a>
                </p>
            }
            <p class="body">{ t("urgent-help-not-emergency") }</p>
            if p.carry_on {
                <p class="body">{ t("urgent-help-carry-on") }</p>
            }
        </section>
    }
}
