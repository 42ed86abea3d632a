//! SpeakUp's single-page app: the public front door (self-referral, tracking) and the staff
//! console (casework, and its oversight pages), built as four bundles (`bundle.rs`) to wasm32 by `cargo xtask`
//! (see xtask/src/frontend.rs).

// Each bundle compiles only the pages it serves; code the other bundles use is left unused
// here. The build with every feature (`cargo clippy --all-features`) is where dead code shows.
#![cfg_attr(not(all(feature = "public", feature = "staff", feature = "oversight")), allow(dead_code, unused_imports))]

// The module map, in layers: `route` and `pictures` import nothing of the app, components
// never import a page, and only `app` (and `bundle`) know every page.
// Leaves: where every page lives, and the Easy Read drawings.
mod pictures;
mod route;
// The ground: the server, the device, drafts, words and display settings, the session.
mod api;
mod device;
mod display;
mod dom;
mod draft;
mod explain;
mod i18n;
mod outbox;
mod session;
mod words;
mod worker;
// What pages are made of, the pages, and the app that routes to them.
mod app;
// The build with every page has no other bundle to load.
#[cfg(not(all(feature = "public", feature = "staff")))]
mod bundle;
mod components;
mod pages;

use std::cell::RefCell;

use crate::i18n::Language;

thread_local! {
    static APP: RefCell<Option<yew::AppHandle<app::App>>> = const { RefCell::new(None) };
    /// What the server sent inside #app (exit control, header, the start page's words), put
    /// back while another bundle takes over.
    static SERVER_PAGE: RefCell<String> = const { RefCell::new(String::new()) };
}

fn main() {
    take_handed_over_memory();
    worker::start();
    wasm_bindgen_futures::spawn_local(async {
        // Until the words arrive the page the server sent stays up, exit control and all.
        let language = display::DisplaySettings::load().language();
        let ready = words::ensure(language).await || words::ensure(Language::English).await;
        if !ready {
            words::show_failure("no words could be downloaded in any language");
            return;
        }
        let Some(root) = dom::document().get_element_by_id("app") else { return };
        SERVER_PAGE.with(|page| *page.borrow_mut() = root.inner_html());
        root.set_inner_html("");
        let handle = yew::Renderer::<app::App>::with_root(root).render();
        APP.with(|app| *app.borrow_mut() = Some(handle));
        // The page is drawn and can be answered: `cargo xtask bench` times the start page by it.
        if let Some(performance) = gloo::utils::window().performance() {
            let _ = performance.mark("speakup-ready");
        }
        #[cfg(not(all(feature = "public", feature = "staff")))]
        bundle::fetch_later();
    });
}

/// Takes this bundle's app off the page (`bundle.rs`, before another takes over).
#[cfg(not(all(feature = "public", feature = "staff")))]
fn stop() {
    if let Some(handle) = APP.with(|app| app.borrow_mut().take()) {
        handle.destroy();
    }
}

#[cfg(not(all(feature = "public", feature = "staff")))]
fn server_page() -> String {
    SERVER_PAGE.with(|page| page.borrow().clone())
}

/// Shared-device answers from the bundle that handed this page over, if one did.
fn take_handed_over_memory() {
    let global = js_sys::global();
    let key = wasm_bindgen::JsValue::from_str("speakupMemory");
    if let Some(memory) = js_sys::Reflect::get(&global, &key).ok().and_then(|m| m.as_string()) {
        let _ = js_sys::Reflect::delete_property(&global, &key);
        if !memory.is_empty() {
            device::restore_memory(&memory);
        }
    }
}
