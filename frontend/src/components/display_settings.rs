//! The language and display controls at the top of every page: a language switch in each
//! language's own name, and a panel for text size, contrast and Easy Read. Every control is a
//! button that takes effect when pressed, and keeps focus after the page redraws in the new
//! wording.

use std::cell::{Cell, RefCell};

use yew::prelude::*;

use crate::display::{DisplaySettings, TextSize};
use crate::dom;
use crate::i18n::{t, Language};

thread_local! {
    /// The control just pressed, to focus again once the page has redrawn.
    static FOCUS_AFTER: RefCell<Option<String>> = const { RefCell::new(None) };
    /// Whether the panel was open when one of its controls was pressed.
    static KEEP_OPEN: Cell<bool> = const { Cell::new(false) };
}

#[hook]
pub fn use_display() -> UseStateHandle<DisplaySettings> {
    use_context::<UseStateHandle<DisplaySettings>>().expect("App provides the display settings")
}

/// Puts focus back on the control that changed the settings, once the page shows the change.
pub fn restore_focus() {
    if let Some(id) = FOCUS_AFTER.with(|f| f.borrow_mut().take()) {
        dom::focus_id(&id);
    }
}

fn change(display: &UseStateHandle<DisplaySettings>, id: String, edit: impl Fn(&mut DisplaySettings) + 'static) -> Callback<MouseEvent> {
    let display = display.clone();
    Callback::from(move |_| {
        let mut settings = (*display).clone();
        edit(&mut settings);
        settings.save();
        KEEP_OPEN.with(|k| k.set(id.starts_with("display-")));
        FOCUS_AFTER.with(|f| *f.borrow_mut() = Some(id.clone()));
        display.set(settings);
    })
}

#[component]
pub fn LanguageSwitch() -> Html {
    let display = use_display();
    let current = display.language();
    html! {
        <div class="language-switch" role="group" aria-labelledby="language-switch-label">
            <span id="language-switch-label" class="language-switch-label">{ t("display-language") }</span>
            <ul class="language-list">
                { for Language::ALL.into_iter().map(|language| {
                    let id = format!("language-{}", language.code());
                    let onclick = change(&display, id.clone(), move |s| s.language = Some(language.code().to_string()));
                    html! {
                        <li>
                            <button type="button" {id} class="language-button" lang={language.code()} dir={language.direction()}
                                aria-pressed={(language == current).to_string()} {onclick}>{ language.own_name() }</button>
                        </li>
                    }
                }) }
            </ul>
        </div>
    }
}

#[component]
pub fn DisplayPanel() -> Html {
    let display = use_display();
    let open = KEEP_OPEN.with(|k| k.replace(false));
    let pressed = |on: bool| on.to_string();
    let size_buttons = TextSize::ALL.into_iter().map(|size| {
        let id = format!("display-{}", size.class());
        let onclick = change(&display, id.clone(), move |s| s.text_size = size);
        html! {
            <button type="button" {id} class="toggle-button" aria-pressed={pressed(display.text_size == size)} {onclick}>
                { t(size.label()) }
            </button>
        }
    });
    let contrast = display.high_contrast();
    let easy_read = display.easy_read;
    html! {
        <details class="display-panel" id="display-settings" {open}>
            <summary class="display-summary">{ t("display-settings") }</summary>
            <div class="display-options">
                <div class="display-group" role="group" aria-labelledby="display-size-label">
                    <span id="display-size-label" class="display-group-label">{ t("display-size") }</span>
                    { for size_buttons }
                </div>
                <button type="button" id="display-contrast" class="toggle-button" aria-pressed={pressed(contrast)}
                    onclick={change(&display, "display-contrast".into(), move |s| s.high_contrast = Some(!contrast))}>
                    { t("display-contrast") }
                </button>
                <button type="button" id="display-easy-read" class="toggle-button" aria-pressed={pressed(easy_read)}
                    aria-describedby="display-easy-read-hint"
                    onclick={change(&display, "display-easy-read".into(), move |s| s.easy_read = !easy_read)}>
                    { t("display-easy-read") }
                </button>
                <p id="display-easy-read-hint" class="hint">{ t("display-easy-read-hint") }</p>
            </div>
        </details>
    }
}
