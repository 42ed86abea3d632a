//! The front end is one crate built as four bundles, so that nobody downloads code they do
//! not use (see the features in `Cargo.toml`; `cargo xtask frontend` builds each):
//!
//! - **front** (no features): the start page and the frame every page has (exit, language,
//!   display settings, read aloud, shared device). It is all a first visit to `/` downloads.
//! - **public** (`public`): every public page: the three referral routes, tracking, the outbox.
//! - **staff** (`staff`): the staff console's casework (and signing in), served at `/staff/…`.
//! - **oversight** (`oversight`): the console's other pages, for admins, commissioners,
//!   boards and groups: accounts, settings, feedback, groups and issues
//!   (`speakup_types::console::OVERSIGHT_PAGES`).
//!
//! The server sends each path the page naming its bundle (`/` front, the oversight pages
//! oversight, the rest of `/staff/…` staff, any other public page public), so a link into another bundle's area just loads that page.
//! Leaving the front door for a public page is different: the person may have ticked "shared
//! device", whose answers live only in this page's memory, so the front bundle hands the page
//! over to the public one in place (`boot.js` loads it), passing that memory along. It does
//! the same when a referral waits in the outbox, which only the public bundle can send.

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::i18n::t;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bundle {
    Public,
    Staff,
    Oversight,
}

#[derive(Properties, PartialEq)]
pub struct ElsewhereProps {
    pub bundle: Bundle,
}

/// A page of another bundle: says it is loading while that bundle is fetched.
#[component]
pub fn Elsewhere(props: &ElsewhereProps) -> Html {
    let bundle = props.bundle;
    use_effect_with(bundle, |bundle| {
        // After this render: the app cannot take itself down in the middle of drawing.
        let bundle = *bundle;
        yew::platform::spawn_local(async move { open(bundle) });
    });
    html! { <p class="body" id="loading" role="status">{ t("app-loading") }</p> }
}

fn open(bundle: Bundle) {
    // Only the front door's page names the public bundle to take over in place; anywhere
    // else the address is enough.
    if bundle != Bundle::Public || !hand_over() {
        // The address is already the new page's: loading it brings the right bundle.
        let _ = gloo::utils::window().location().reload();
    }
}

#[wasm_bindgen::prelude::wasm_bindgen]
extern "C" {
    /// `boot.js`: loads another bundle into this page, with what it should start from.
    #[wasm_bindgen(js_name = speakupHandOver, catch)]
    fn load_bundle(url: &str, memory: &str) -> Result<js_sys::Promise, wasm_bindgen::JsValue>;
}

/// Takes this app down, puts the server's page back (so its exit control works while the
/// public bundle arrives) and starts the public bundle with this page's memory.
fn hand_over() -> bool {
    let document = crate::dom::document();
    let Some(url) = document.get_element_by_id("bundle-public").and_then(|meta| meta.get_attribute("content")) else {
        return false;
    };
    let memory = crate::device::memory_snapshot().unwrap_or_default();
    crate::stop();
    if let Some(root) = document.get_element_by_id("app") {
        root.set_inner_html(&crate::server_page());
    }
    load_bundle(&url, &memory).is_ok()
}

/// Once the front door is drawn: fetch the public bundle while people read, so the next page
/// opens at once, without slowing the first one (`<meta name="speakup-later">` names it).
pub fn fetch_later() {
    let document = crate::dom::document();
    let Ok(later) = document.query_selector_all("meta[name='speakup-later']") else { return };
    let Some(head) = document.head() else { return };
    for meta in (0..later.length()).filter_map(|i| later.item(i)) {
        let Some(url) = meta.dyn_ref::<web_sys::Element>().and_then(|m| m.get_attribute("content")) else { continue };
        if let Ok(link) = document.create_element("link") {
            let _ = link.set_attribute("rel", "prefetch");
            let _ = link.set_attribute("crossorigin", "anonymous");
            let _ = link.set_attribute("href", &url);
            let _ = head.append_child(&link);
        }
    }
}
