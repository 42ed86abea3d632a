//! Read aloud: the main content of the page spoken by the browser's own speech synthesis, in the
//! page's language, with pause, resume and stop. Nothing leaves the device. Hidden where the
//! browser cannot speak, and stopped when the person moves to another page. A device with no
//! voice for the page's language says so, and offers to read the page in English instead.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{SpeechSynthesis, SpeechSynthesisUtterance};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::route::Route;
use crate::dom;
use crate::components::display_settings::use_display;
use crate::i18n::{language, t, tf, Language};

#[derive(Debug, Clone, Copy, PartialEq)]
enum Speech {
    Idle,
    Speaking,
    Paused,
    /// The device has voices, none of them for the page's language.
    NoVoice,
}

thread_local! {
    /// Read the page as soon as it is drawn in English: the page is drawn afresh in the new
    /// language, this control with it, so the wish outlives the control that was asked.
    static READ_IN_ENGLISH: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

fn synthesis() -> Option<SpeechSynthesis> {
    web_sys::window().and_then(|w| w.speech_synthesis().ok())
}

/// What is on the page for the person: the text of `<main>`, as it is laid out.
fn page_text() -> String {
    dom::document()
        .get_element_by_id("main")
        .and_then(|main| main.dyn_into::<web_sys::HtmlElement>().ok())
        .map(|main| main.inner_text())
        .unwrap_or_default()
}

/// Whether the device can speak `code`: it lists its voices and one is for that language. A
/// device still loading its voices lists none; then the browser is left to choose.
fn has_voice_for(synthesis: &SpeechSynthesis, code: &str) -> bool {
    let voices = synthesis.get_voices();
    let lang = |voice: wasm_bindgen::JsValue| js_sys::Reflect::get(&voice, &"lang".into()).ok().and_then(|l| l.as_string());
    voices.length() == 0 || voices.iter().filter_map(lang).any(|l| l.starts_with(code))
}

fn speak(state: UseStateHandle<Speech>) {
    let (Some(synthesis), Ok(utterance)) = (synthesis(), SpeechSynthesisUtterance::new_with_text(&page_text())) else {
        return;
    };
    let code = language().code();
    if !has_voice_for(&synthesis, code) {
        state.set(Speech::NoVoice);
        return;
    }
    utterance.set_lang(code);
    // A voice for the language, when the device has one; otherwise the browser picks.
    if let Some(voice) = synthesis.get_voices().iter().filter_map(|v| v.dyn_into::<web_sys::SpeechSynthesisVoice>().ok()).find(|v| v.lang().starts_with(code)) {
        utterance.set_voice(Some(&voice));
    }
    // One-shot closures, freed by the browser once called: each utterance ends once.
    let (ended, failed) = (state.clone(), state.clone());
    utterance.set_onend(Some(Closure::once_into_js(move || ended.set(Speech::Idle)).unchecked_ref()));
    utterance.set_onerror(Some(Closure::once_into_js(move || failed.set(Speech::Idle)).unchecked_ref()));
    synthesis.cancel();
    synthesis.speak(&utterance);
    state.set(Speech::Speaking);
}

#[component]
pub fn ReadAloud() -> Html {
    let state = use_state(|| Speech::Idle);
    let route = use_route::<Route>();
    let display = use_display();
    {
        // Once the page is drawn in English, read it.
        let state = state.clone();
        use_effect_with(display.language(), move |_| {
            if language() == Language::English && READ_IN_ENGLISH.with(|r| r.replace(false)) {
                speak(state);
            }
        });
    }
    {
        // A new page, or leaving this one, stops the reading.
        let state = state.clone();
        use_effect_with(route, move |_| {
            if let Some(synthesis) = synthesis() {
                synthesis.cancel();
            }
            state.set(Speech::Idle);
            || {
                if let Some(synthesis) = synthesis() {
                    synthesis.cancel();
                }
            }
        });
    }
    let drawn = use_mut_ref(|| false);
    use_effect_with(*state, move |state| {
        // Not on the first drawing: a page that has just opened keeps the browser's focus.
        if !drawn.replace(true) {
            return;
        }
        // The button pressed is replaced by the next one: keep keyboard focus on the control that
        // now does what comes next (Pause after starting, Read aloud after stopping).
        let here = dom::document()
            .active_element()
            .is_none_or(|e| e.tag_name() == "BODY" || e.closest(".read-aloud").ok().flatten().is_some());
        if here {
            dom::focus_id(match *state {
                Speech::Idle => "read-aloud",
                Speech::NoVoice => "read-aloud-english",
                Speech::Speaking | Speech::Paused => "read-aloud-pause",
            });
        }
    });
    if synthesis().is_none() {
        return html! {};
    }
    let start = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| speak(state.clone()))
    };
    let pause = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(synthesis) = synthesis() {
                match *state {
                    Speech::Speaking => {
                        synthesis.pause();
                        state.set(Speech::Paused);
                    }
                    _ => {
                        synthesis.resume();
                        state.set(Speech::Speaking);
                    }
                }
            }
        })
    };
    let stop = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(synthesis) = synthesis() {
                synthesis.cancel();
            }
            state.set(Speech::Idle);
        })
    };
    let in_english = {
        let display = display.clone();
        Callback::from(move |_: MouseEvent| {
            READ_IN_ENGLISH.with(|r| r.set(true));
            // For this visit only: the person's own choice of language stays as they left it.
            let mut settings = (*display).clone();
            settings.language = Some(Language::English.code().to_string());
            let display = display.clone();
            yew::platform::spawn_local(async move {
                crate::words::ensure(Language::English).await;
                display.set(settings);
            });
        })
    };
    let status = match *state {
        Speech::Idle | Speech::NoVoice => "",
        Speech::Speaking => t("read-aloud-speaking"),
        Speech::Paused => t("read-aloud-paused"),
    };
    html! {
        <div class="read-aloud" role="group" aria-label={t("read-aloud-group")}>
            if *state == Speech::Idle {
                <button type="button" id="read-aloud" class="toggle-button" onclick={start}>{ t("read-aloud-start") }</button>
            } else if *state == Speech::NoVoice {
                <button type="button" id="read-aloud" class="toggle-button" onclick={start}>{ t("read-aloud-start") }</button>
                <p class="read-aloud-no-voice" id="read-aloud-no-voice" role="status">
                    { tf("read-aloud-no-voice", &[("language", language().own_name())]) }
                </p>
                <button type="button" id="read-aloud-english" class="toggle-button" aria-describedby="read-aloud-no-voice"
                    onclick={in_english}>{ t("read-aloud-in-english") }</button>
            } else {
                <button type="button" id="read-aloud-pause" class="toggle-button" onclick={pause}>
                    { if *state == Speech::Paused { t("read-aloud-resume") } else { t("read-aloud-pause") } }
                </button>
                <button type="button" id="read-aloud-stop" class="toggle-button" onclick={stop}>{ t("read-aloud-stop") }</button>
            }
            <span class="visually-hidden" role="status">{ status }</span>
        </div>
    }
}
