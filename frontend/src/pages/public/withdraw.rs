//! On the tracking page of a referral still open: the person can say they no longer want
//! an advocate. They are asked once more, and told they can ask again at any time.

use speakup_types::referral::{TrackRequest, TrackedReferral};
use yew::platform::spawn_local;
use yew::prelude::*;

use crate::api;
use crate::components::confirm::Confirm;
use crate::i18n::{lines, t};
use crate::pictures::Picture;

#[derive(Properties, PartialEq)]
pub struct WithdrawProps {
    /// The reference and code the page was opened with.
    pub request: TrackRequest,
    pub on_done: Callback<TrackedReferral>,
}

#[component]
pub fn Withdraw(props: &WithdrawProps) -> Html {
    let asking = use_state(|| false);
    let busy = use_state(|| false);
    let failed = use_state(|| None::<String>);
    let yes = {
        let (request, done, busy, failed, asking) = (props.request.clone(), props.on_done.clone(), busy.clone(), failed.clone(), asking.clone());
        Callback::from(move |()| {
            if *busy {
                return;
            }
            busy.set(true);
            let (request, done, busy, failed, asking) = (request.clone(), done.clone(), busy.clone(), failed.clone(), asking.clone());
            spawn_local(async move {
                match api::withdraw(&request).await {
                    Ok(tracked) => done.emit(tracked),
                    Err(problem) => {
                        failed.set(Some(problem.title));
                        asking.set(false);
                    }
                }
                busy.set(false);
            });
        })
    };
    let no = {
        let asking = asking.clone();
        Callback::from(move |()| asking.set(false))
    };
    let ask = {
        let asking = asking.clone();
        Callback::from(move |_: MouseEvent| asking.set(true))
    };
    html! {
        <div class="withdraw" id="track-withdraw">
            <h3 class="heading-s">{ t("track-withdraw-heading") }</h3>
            <p class="body">{ Picture::Question.beside(lines(t("track-withdraw-text"))) }</p>
            if let Some(problem) = &*failed {
                <div class="error-summary" role="alert"><p class="body">{ problem.clone() }</p></div>
            }
            if *asking {
                <Confirm id="confirm-withdraw" question={t("track-withdraw-confirm")} text={t("track-withdraw-confirm-text")}
                    yes={t("track-withdraw-yes")} yes_id="withdraw-yes" warning=true onyes={yes}
                    no={t("track-withdraw-no")} no_id="withdraw-no" onno={no} return_to={Some(AttrValue::from("withdraw"))} />
            } else {
                <button type="button" id="withdraw" class="button button-secondary" disabled={*busy} onclick={ask}>{ t("track-withdraw-button") }</button>
            }
        </div>
    }
}
