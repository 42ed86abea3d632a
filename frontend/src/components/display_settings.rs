//! The tools row at the top of every page: the current language (opening a switch with each
//! language in its own name), display settings (text size, contrast and Easy Read) and read
//! aloud. Every control is a button that takes effect when pressed; the panel then closes and
//! focus goes to the page's heading, read out in the new wording.

use std::cell::Cell;

use yew::prelude::*;

use crate::display::{DisplaySettings, TextSize};
use crate::dom;
use crate::components::read_aloud::ReadAloud;
use crate::draft::easy_read_chosen;
use crate::i18n::{t, Language};

/// The two panels the tools row opens, one at a time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Panel {
    Language,
    Display,
}

thread_local! {
    /// A setting was just changed: focus the page's heading once the page has redrawn.
    static CHANGED: Cell<bool> = const { Cell::new(false) };
}

#[hook]
pub fn use_display() -> UseStateHandle<DisplaySettings> {
    use_context::<UseStateHandle<DisplaySettings>>().expect("App provides the display settings")
}

/// After a change of settings, once the page shows it, focus goes to the page's heading.
pub fn restore_focus() {
    if CHANGED.with(|c| c.replace(false)) {
        dom::focus_heading();
    }
}

/// A control in a panel: applies `edit`, then closes the panel (`done`).
fn change(display: &UseStateHandle<DisplaySettings>, done: &Callback<()>, edit: impl Fn(&mut DisplaySettings) + 'static) -> Callback<MouseEvent> {
    let (display, done) = (display.clone(), done.clone());
    Callback::from(move |_| {
        done.emit(());
        let mut settings = (*display).clone();
        edit(&mut settings);
        settings.save();
        if settings.easy_read && !display.easy_read {
            // Someone who reads Easy Read here will want it from the team too; they can untick it.
            easy_read_chosen();
        }
        CHANGED.with(|c| c.set(true));
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
    let open = use_state(|| None::<Panel>);
    let close = {
        let open = open.clone();
        Callback::from(move |()| open.set(None))
    };
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
            if *open == Some(Panel::Language) { <LanguageSwitch done={close.clone()} /> }
            if *open == Some(Panel::Display) { <DisplayPanel done={close} /> }
            if crate::device::shared_device() {
                <p class="shared-device-banner" id="shared-device-on">{ t("shared-device-banner") }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct PanelProps {
    /// Called once a choice is made, to close the panel.
    done: Callback<()>,
}

#[component]
fn LanguageSwitch(props: &PanelProps) -> Html {
    let display = use_display();
    let current = display.language();
    html! {
        <div id="language-panel" class="tools-panel language-switch" role="group" aria-labelledby="language-switch-label">
            <span id="language-switch-label" class="language-switch-label">{ t("display-language") }</span>
            <ul class="language-list">
                { for Language::ALL.into_iter().map(|language| {
                    let id = format!("language-{}", language.code());
                    let onclick = change(&display, &props.done, move |s| s.language = Some(language.code().to_string()));
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
fn DisplayPanel(props: &PanelProps) -> Html {
    let display = use_display();
    let pressed = |on: bool| on.to_string();
    let size_buttons = TextSize::ALL.into_iter().map(|size| {
        let id = format!("display-{}", size.class());
        let onclick = change(&display, &props.done, move |s| s.text_size = size);
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
                onclick={change(&display, &props.done, move |s| s.high_contrast = Some(!contrast))}>
                { t("display-contrast") }
            </button>
            <button type="button" id="display-easy-read" class="toggle-button" aria-pressed={pressed(easy_read)}
                aria-describedby="display-easy-read-hint"
                onclick={change(&display, &props.done, move |s| s.easy_read = !easy_read)}>
                { t("display-easy-read") }
            </button>
            <p id="display-easy-read-hint" class="hint">{ t("display-easy-read-hint") }</p>
        </div>
    }
}

