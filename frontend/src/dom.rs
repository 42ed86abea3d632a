//! Small helpers around the browser's DOM that several pages share.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

pub fn document() -> Document {
    gloo::utils::document()
}

/// Puts keyboard focus on the element with this id, if it exists, and brings it into view.
pub fn focus_id(id: &str) {
    if let Some(element) = document().get_element_by_id(id) {
        if let Ok(element) = element.dyn_into::<HtmlElement>() {
            let _ = element.focus();
            element.scroll_into_view();
        }
    }
}

pub fn set_title(heading: &str) {
    document().set_title(&format!("{heading} – SpeakUp"));
}

pub fn print() {
    let _ = gloo::utils::window().print();
}

/// A time (milliseconds since 1970, UTC) as the person's browser would say it in British
/// English and their own time zone: "22 November 2026 at 14:05".
pub fn format_millis(millis: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("hour", "2-digit"), ("minute", "2-digit")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    String::from(date.to_locale_string("en-GB", &options))
}
