//! The service worker that keeps the app shell so SpeakUp opens without a connection
//! (`static/sw.js`). It is registered when the app starts, never while "shared or public
//! device" is ticked; ticking it unregisters the worker and deletes SpeakUp's caches, so the
//! device keeps no copy of SpeakUp at all. Unticking it registers the worker again.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{spawn_local, JsFuture};

/// The caches `sw.js` makes are all named with this prefix.
const CACHE_PREFIX: &str = "speakup-";

fn container() -> Option<web_sys::ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    // Older browsers, and pages not served over HTTPS or from localhost, have no workers.
    js_sys::Reflect::has(&navigator, &"serviceWorker".into()).ok()?.then(|| navigator.service_worker())
}

/// Registers the worker, unless on a shared device.
pub fn start() {
    if crate::device::shared_device() {
        return;
    }
    if let Some(container) = container() {
        let registering = container.register("/sw.js");
        spawn_local(async move {
            // Without the worker SpeakUp still works; it only will not open offline.
            let _ = JsFuture::from(registering).await;
        });
    }
}

/// Unregisters every SpeakUp worker on this origin and deletes its caches.
pub fn remove() {
    spawn_local(async {
        if let Some(container) = container() {
            if let Ok(found) = JsFuture::from(container.get_registrations()).await {
                for registration in js_sys::Array::from(&found).iter() {
                    if let Ok(registration) = registration.dyn_into::<web_sys::ServiceWorkerRegistration>() {
                        if let Ok(unregistering) = registration.unregister() {
                            let _ = JsFuture::from(unregistering).await;
                        }
                    }
                }
            }
        }
        let Some(caches) = web_sys::window().and_then(|w| w.caches().ok()) else { return };
        let Ok(keys) = JsFuture::from(caches.keys()).await else { return };
        for key in js_sys::Array::from(&keys).iter().filter_map(|k| k.as_string()) {
            if key.starts_with(CACHE_PREFIX) {
                let _ = JsFuture::from(caches.delete(&key)).await;
            }
        }
    });
}
