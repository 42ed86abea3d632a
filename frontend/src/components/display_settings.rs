//! The tools row at the top of every page: the current language (opening a switch with each
//! language in its own name), display settings (text size, contrast and Easy Read) and read
//! aloud. Every control is a button that takes effect when pressed, and keeps focus after the
//! page redraws in the new wording.

use std::cell::{Cell, RefCell};

use yew::prelude::*;

use crate::display::{DisplaySettings, TextSize};
use crate::dom;
use crate::components::read_aloud::ReadAloud;
use crate::i18n::{t, Language};

/// The two panels the tools row opens, one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Panel {
    Language,
    Display,
}

thread_local! {
    /// The control just pressed, to focus again once the page has redrawn.
    static FOCUS_AFTER: RefCell<Option<String>> = const { RefCell::new(None) };
    /// The panel that was open when one of its controls was pressed, to keep open after the
    /// redraw.
    static KEEP_OPEN: Cell<Option<Panel>> = const { Cell::new(None) };
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
        let panel = if id.starts_with("language-") { Panel::Language } else { Panel::Display };
        KEEP_OPEN.with(|k| k.set(Some(panel)));
        FOCUS_AFTER.with(|f| *f.borrow_mut() = Some(id.clone()));
        // A language not used yet has its words downloaded first; the page changes when they
        // are here (or, with no connection, falls back to English).
        let display = display.clone();
        yew::platform::spawn_local(async move {
            crate::words::ensure(settings.language()).await;
            display.set(settings);
        });
    })
}

/// One row under the header: the current language, display settings and read aloud, so the
/// page's own heading and main button come first on a phone. The language and display
/// buttons each open their panel under the row (a disclosure: `aria-expanded`), in the flow
/// of the page so nothing is covered.
#[component]
pub fn ToolsBar() -> Html {
    let open = use_state(|| KEEP_OPEN.with(|k| k.replace(None)));
    let toggle = |panel: Panel| {
        let open = open.clone();
        Callback::from(move |_: MouseEvent| open.set(if *open == Some(panel) { None } else { Some(panel) }))
    };
    let language = use_display().language();
    let expanded = |panel: Panel| (*open == Some(panel)).to_string();
    html! {
        <div class="width tools-bar">
            <div class="tools-row">
                <button type="button" id="language-menu" class="tool-button" aria-expanded={expanded(Panel::Language)}
                    aria-controls="language-panel" onclick={toggle(Panel::Language)}>
                    <span class="visually-hidden">{ t("display-language") }{ ": " }</span>
                    <span lang={language.code()}>{ language.own_name() }</span>
                </button>
                <button type="button" id="display-menu" class="tool-button" aria-expanded={expanded(Panel::Display)}
                    aria-controls="display-panel" onclick={toggle(Panel::Display)}>
                    { t("display-menu") }
                </button>
                <ReadAloud />
            </div>
            if *open == Some(Panel::Language) { <LanguageSwitch /> }
            if *open == Some(Panel::Display) { <DisplayPanel /> }
            if crate::device::shared_device() {
                <p class="shared-device-banner" id="shared-device-on">{ t("shared-device-banner") }</p>
            }
        </div>
    }
}

#[component]
fn LanguageSwitch() -> Html {
    let display = use_display();
    let current = display.language();
    html! {
        <div id="language-panel" class="tools-panel language-switch" role="group" aria-labelledby="language-switch-label">
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
fn DisplayPanel() -> Html {
    let display = use_display();
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
        <div id="display-panel" class="tools-panel display-options" role="group" aria-label={t("display-settings")}>
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
    }
}
