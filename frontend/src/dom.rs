//! Small helpers around the browser's DOM that several pages share.

use wasm_bindgen::JsCast;
use web_sys::{Document, HtmlElement};

pub fn document() -> Document {
    gloo::utils::document()
}

/// Puts keyboard focus on the element with this id, if it exists, and brings it into view.
/// Focuses the element with this id or, for a group of radios or checkboxes (whose options
/// have ids of their own), the first option named so.
pub fn focus_id(id: &str) {
    let found = document()
        .get_element_by_id(id)
        .or_else(|| document().query_selector(&format!("[name=\"{id}\"]")).ok().flatten());
    if let Some(element) = found {
        if let Ok(element) = element.dyn_into::<HtmlElement>() {
            let _ = element.focus();
            element.scroll_into_view();
        }
    }
}

/// Focuses the page's heading (it takes focus from script: `tabindex="-1"`).
pub fn focus_heading() {
    if let Some(heading) = document().query_selector("main h1").ok().flatten().and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = heading.focus();
    }
}

/// Focuses the first input or text area inside the element with this id (a new list item).
pub fn focus_first_field(id: &str) {
    let found = document().query_selector(&format!("#{id} input, #{id} textarea")).ok().flatten();
    if let Some(element) = found.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = element.focus();
        element.scroll_into_view();
    }
}

/// Today's date where the person is, from the browser's clock; not known in the host tests,
/// which have no browser.
pub fn today() -> Option<chrono::NaiveDate> {
    if cfg!(not(target_arch = "wasm32")) {
        return None;
    }
    let now = js_sys::Date::new_0();
    chrono::NaiveDate::from_ymd_opt(now.get_full_year() as i32, now.get_month() + 1, now.get_date())
}

pub fn set_title(heading: &str) {
    document().set_title(&crate::i18n::tf("page-title", &[("heading", heading)]));
}

pub fn print() {
    let _ = gloo::utils::window().print();
}

/// A time (milliseconds since 1970, UTC) as the person's browser would say it in their
/// language (British English for English) and their own time zone: "22 November 2026 at 14:05".
pub fn format_millis(millis: i64) -> String {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    let options = js_sys::Object::new();
    for (key, value) in [("day", "numeric"), ("month", "long"), ("year", "numeric"), ("hour", "2-digit"), ("minute", "2-digit")] {
        let _ = js_sys::Reflect::set(&options, &key.into(), &value.into());
    }
    String::from(date.to_locale_string(date_locale(crate::i18n::language()), &options))
}

/// A day and a time on this device's clock, as milliseconds since 1970 (UTC).
pub fn local_millis(date: chrono::NaiveDate, hour: u32, minute: u32) -> i64 {
    use chrono::Datelike;
    let local = js_sys::Date::new_with_year_month_day_hr_min(date.year() as u32, date.month0() as i32, date.day() as i32, hour as i32, minute as i32);
    local.get_time() as i64
}

/// A time (milliseconds since 1970, UTC) as the day, hour and minute on this device's clock:
/// the inverse of `local_millis`, for a form that edits a time.
pub fn local_parts(millis: i64) -> Option<(chrono::NaiveDate, u32, u32)> {
    let local = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(millis as f64));
    let day = chrono::NaiveDate::from_ymd_opt(local.get_full_year() as i32, local.get_month() + 1, local.get_date())?;
    Some((day, local.get_hours(), local.get_minutes()))
}

/// The locale dates are written in: the person's language, as used in the UK.
fn date_locale(language: crate::i18n::Language) -> &'static str {
    use crate::i18n::Language;
    match language {
        Language::English => "en-GB",
        Language::Welsh => "cy-GB",
        Language::Polish => "pl-GB",
        Language::Romanian => "ro-GB",
        Language::Urdu => "ur-GB",
    }
}

/// Downloads `content` as a file called `name`: a Blob behind an object URL, clicked through a
/// hidden `<a download>`. Nothing leaves the device, and the CSP needs no change for it.
pub fn save_file(name: &str, mime: &str, content: &str) -> Result<(), wasm_bindgen::JsValue> {
    use wasm_bindgen::closure::Closure;
    use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, Url};

    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&content.into());
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = Url::create_object_url_with_blob(&blob)?;
    let link: HtmlAnchorElement = document().create_element("a")?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    document().body().ok_or("no body")?.append_child(&link)?;
    link.click();
    link.remove();
    // Some browsers read the file after the click returns: let the URL go a minute later.
    let revoke = Closure::once_into_js(move || {
        let _ = Url::revoke_object_url(&url);
    });
    gloo::utils::window().set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 60_000)?;
    Ok(())
}

/// A reference for what takes the place of a control that went away (a result, a
/// confirmation, a one-time password): whenever `shown` is true after `trigger` or `shown`
/// changed, focus moves there and it is brought into view, so keyboard and screen reader users
/// are taken to it. The element needs `tabindex="-1"` unless it can take focus anyway.
#[yew::hook]
pub fn use_focus_when<T: PartialEq + 'static>(trigger: T, shown: bool) -> yew::NodeRef {
    let node = yew::use_node_ref();
    {
        let node = node.clone();
        yew::use_effect_with((trigger, shown), move |(_, shown)| {
            if *shown {
                if let Some(element) = node.cast::<HtmlElement>() {
                    let _ = element.focus();
                    element.scroll_into_view();
                }
            }
        });
    }
    node
}
