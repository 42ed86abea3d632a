//! "Exit this page": for someone who may be watched or interrupted. One press of the button at
//! the top (or Shift three times in a row, anywhere on a public page) blanks the page at once and replaces it with a
//! neutral website, so Back does not return to the page they were on. The unfinished
//! referral is removed from the device (unless they chose to keep it), and on a shared device
//! nothing of SpeakUp is left in the tab either. Before the app has loaded, `static/exit.js`
//! does the same for the exit link in the HTML the server sends.

use std::cell::Cell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::device;
use crate::i18n::t;

/// Shift presses this close together (in milliseconds) count as one "three times".
const SHIFT_WINDOW_MS: f64 = 2000.0;

pub fn leave() {
    let Some(window) = web_sys::window() else { return };
    if let Some(body) = window.document().and_then(|d| d.body()) {
        body.set_inner_html("");
    }
    device::forget_on_exit();
    // Some browsers go on speaking after the page has gone.
    if let Ok(speech) = window.speech_synthesis() {
        speech.cancel();
    }
    // Somewhere nobody would think twice about; a message, so the HTML sent before the app
    // (static/exit.js) leaves for the same place.
    let _ = window.location().replace(t("exit-page-site"));
}

#[component]
pub fn ExitThisPage() -> Html {
    // Shift three times: count presses, starting again when they are too far apart.
    use_effect_with((), |_| {
        let presses = Rc::new(Cell::new((0_u8, 0.0_f64)));
        let listener = web_sys::window().map(|window| {
            EventListener::new(&window, "keydown", move |event| {
                let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else { return };
                if key.key() != "Shift" || key.repeat() {
                    presses.set((0, 0.0));
                    return;
                }
                let now = js_sys::Date::now();
                let (count, first) = presses.get();
                let (count, first) = if count == 0 || now - first > SHIFT_WINDOW_MS { (1, now) } else { (count + 1, first) };
                if count >= 3 {
                    leave();
                }
                presses.set((count, first));
            })
        });
        move || drop(listener)
    });
    let onclick = Callback::from(|e: MouseEvent| {
        e.prevent_default();
        leave();
    });
    html! {
        <div class="exit-bar">
            <div class="width exit-bar-inner">
                <a href={t("exit-page-site")} id="exit-page" class="exit-page" rel="noreferrer" {onclick}
                    aria-describedby="exit-page-hint">{ t("exit-page") }</a>
                <span id="exit-page-hint" class="exit-page-hint">{ t("exit-page-hint") }</span>
            </div>
        </div>
    }
}
