//! The shared-device switch: for a person on a library computer, or on a phone someone else
//! looks at, so their answers are not left behind.

use yew::prelude::*;

use crate::i18n::t;
use crate::{device, worker};

#[component]
pub fn SharedDeviceSwitch() -> Html {
    let on = use_state(device::shared_device);
    let keep = use_state(device::keeps_drafts_on_exit);
    let onchange = {
        let on = on.clone();
        Callback::from(move |_: Event| {
            device::set_shared_device(!*on);
            if *on {
                worker::start();
            } else {
                worker::remove();
            }
            on.set(!*on);
        })
    };
    let on_keep = {
        let keep = keep.clone();
        Callback::from(move |_: Event| {
            device::set_keep_drafts_on_exit(!*keep);
            keep.set(!*keep);
        })
    };
    let status = if *on {
        t("shared-device-on")
    } else {
        t("shared-device-off")
    };
    html! {
        <div class="inset">
            <h2 class="heading-s">{ t("shared-device-heading") }</h2>
            <div class="choice">
                <input class="choice-input" type="checkbox" id="shared-device" checked={*on} {onchange}
                    aria-describedby="shared-device-status" />
                <label class="choice-label" for="shared-device">{ t("shared-device-label") }</label>
            </div>
            <p class="hint" id="shared-device-status" role="status">{ status }</p>
            if !*on {
                <div class="choice">
                    <input class="choice-input" type="checkbox" id="keep-on-exit" checked={*keep} onchange={on_keep}
                        aria-describedby="keep-on-exit-hint" />
                    <label class="choice-label" for="keep-on-exit">{ t("keep-on-exit-label") }</label>
                    <div id="keep-on-exit-hint" class="hint choice-hint">{ t("keep-on-exit-hint") }</div>
                </div>
            }
        </div>
    }
}
