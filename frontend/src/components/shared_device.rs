//! The shared-device switch: for a person on a library computer, or on a phone someone else
//! looks at, so their answers are not left behind.

use yew::prelude::*;

use crate::device;

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
        "Shared-device mode is on. Your answers will be forgotten when you close this tab."
    } else {
        "Your answers are kept on this device until you send them, so you can stop and come back later."
    };
    html! {
        <div class="inset">
            <h2 class="heading-s">{ "Using a shared or public device?" }</h2>
            <div class="choice">
                <input class="choice-input" type="checkbox" id="shared-device" checked={*on} {onchange}
                    aria-describedby="shared-device-status" />
                <label class="choice-label" for="shared-device">{ "Do not keep my answers on this device" }</label>
            </div>
            <p class="hint" id="shared-device-status" role="status">{ status }</p>
        </div>
    }
}
