//! SpeakUp's single-page app: the public front door (self-referral, tracking) and the staff
//! console (sign in, triage). Built to wasm32 by `cargo xtask` (see xtask/src/frontend.rs).

mod api;
mod app;
mod components;
mod device;
mod display;
mod dom;
mod draft;
mod explain;
mod i18n;
mod outbox;
mod pages;
mod session;
mod worker;

fn main() {
    worker::start();
    // index.html shows a short "loading" message inside #app until the app takes over.
    let root = dom::document().get_element_by_id("app");
    match root {
        Some(root) => {
            root.set_inner_html("");
            yew::Renderer::<app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<app::App>::new().render();
        }
    }
}
