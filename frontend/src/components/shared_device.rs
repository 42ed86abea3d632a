//! The shared-device switch: for a person on a library computer, or on a phone someone else
//! looks at, so their answers are not left behind.

use yew::prelude::*;

use crate::device;
use crate::i18n::t;

#[component]
pub fn SharedDeviceSwitch() -> Html {
    let on = use_state(device::shared_device);
    let onchange = {
        let on = on.clone();
        Callback::from(move |_: Event| {
            device::set_shared_device(!*on);
            on.set(!*on);
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
        </div>
    }
}
