//! Formats and languages in headless Chromium at 320 px, the narrowest phone WCAG asks for.
//!
//! Every public page is opened in every language in each of the four display modes (standard,
//! 200 % text, high contrast, Easy Read); each one gets axe-core and a sideways-scroll check,
//! the main pages a screenshot. 200 % text and high contrast are drawn by the stylesheet alone:
//! they are checked on the page loaded in standard, by its classes, as the display panel
//! changes them, with the rules a stylesheet can change; Easy Read has its own words and is
//! loaded again, then checked at 200 % too for headings that split a word. Then a self-referral is completed with the keyboard alone, in Welsh, and
//! tracked in Easy Read; read aloud speaks the page in its language; and shared-device mode
//! writes nothing to the device.

use serde_json::{json, Value};
use speakup_e2e::{Browser, Server, ENTER, SPACE};
use speakup_locales::{Language, Wording};
use speakup_platform::db::Backend;

const LANGUAGES: [&str; 5] = ["en", "cy", "pl", "ro", "ur"];

/// The classes `DisplaySettings::apply` puts on `<html>` for 200 % text and for high contrast,
/// which a page loaded in standard takes on without loading again.
const TEXT_200: &str = "text-200";
const CONTRAST: &str = "text-100 contrast-high";
const EASY_READ: &str = r#"{"easy_read":true}"#;
const EASY_READ_200: &str = "text-200 mode-easy-read";

const SELF_PAGES: [&str; 23] = [
    "/", "/refer/who", "/refer/help", "/refer/how-soon", "/refer/what-and-when", "/refer/name", "/refer/where-you-live",
    "/refer/contact", "/refer/contact-details", "/refer/messages", "/refer/safe-times", "/refer/codeword",
    "/refer/communication", "/refer/advocate", "/refer/people", "/refer/council", "/refer/hospital", "/refer/section",
    "/refer/complaint", "/refer/difficulty", "/refer/support", "/refer/equality", "/refer/check",
];

const ON_BEHALF_PAGES: [&str; 29] = [
    "your-name", "how-you-know-them", "your-contact", "your-contact-details", "their-name", "where-they-live", "help",
    "how-soon", "what-and-when", "their-words", "agreement", "best-interests", "contact", "their-contact",
    "their-contact-details", "messages", "safe-times", "codeword", "communication", "advocate", "people", "council",
    "hospital", "section", "complaint", "difficulty", "support", "equality", "check",
];

const PROFESSIONAL_PAGES: [&str; 22] = [
    "about-you", "the-person", "contact", "reason", "agreement", "which-law", "mental-health", "council", "difficulty",
    "support", "exceptions", "capacity", "dols", "safeguarding", "deadlines", "risks", "advocate", "communication",
    "wishes", "people", "equality", "check",
];

/// The main pages, screenshotted in every language and mode (the rest are only checked).
const SCREENSHOTS: [&str; 6] = ["/", "/refer/who", "/refer/check", "/refer-for/check", "/track", "/feedback/as-a-carer"];

const OTHER_PAGES: [&str; 5] = ["/track", "/track/lost-code", "/not-found", "/issues", "/groups/register"];

const FEEDBACK_PAGES: [&str; 9] = [
    "who", "about-your-advocate", "as-a-carer", "about-referring", "about-being-told", "your-words", "who-reads-it", "sent",
    "replies",
];

fn public_pages() -> Vec<String> {
    let mut pages: Vec<String> = SELF_PAGES.iter().map(|p| p.to_string()).collect();
    pages.extend(ON_BEHALF_PAGES.iter().map(|p| format!("/refer-for/{p}")));
    pages.extend(PROFESSIONAL_PAGES.iter().map(|p| format!("/refer-professional/{p}")));
    pages.extend(OTHER_PAGES.iter().map(|p| p.to_string()));
    pages.extend(FEEDBACK_PAGES.iter().map(|p| format!("/feedback/{p}")));
    pages
}

/// Stores display settings as the app does, so the next page load uses them.
async fn set_display(browser: &Browser, language: &str, mode: &str) {
    let mut settings: Value = serde_json::from_str(mode).expect("mode settings");
    settings["language"] = json!(language);
    browser
        .client
        .execute("localStorage.setItem('speakup.display', arguments[0]);", vec![json!(settings.to_string())])
        .await
        .expect("store display settings");
}

/// The button each page is for: the way in, Continue on a question page, track.
const MAIN_BUTTONS: &str = "main #start, main #continue";

/// Checks `pages` in every language and display mode: standard, then 200 % text and high
/// contrast by their classes, then Easy Read loaded again (and at 200 %, for split words).
/// Each mode gets axe-core and, on a 375×667 phone, its heading and main button in sight
/// before scrolling (not the button at 200 %).
async fn check_pages(pages: &[String], tag: &str) {
    let mut below = Vec::new();
    let mut split = Vec::new();
    let server = Server::start(Backend::Sqlite, tag).await;
    let browser = Browser::start(320, 640).await;
    browser.goto(&server.url("/")).await;
    browser.find("h1").await;
    for page in pages {
        let page_name = match page.trim_matches('/') {
            "" => "home".to_string(),
            path => path.replace('/', "-"),
        };
        for language in LANGUAGES {
            let name = |mode: &str| format!("formats-{page_name}-{language}-{mode}");
            let screenshot = SCREENSHOTS.contains(&page.as_str());
            open(&browser, &server, page, language, "{}").await;
            for (mode, classes) in [("standard", None), ("text-200", Some(TEXT_200)), ("contrast", Some(CONTRAST))] {
                match classes {
                    None => browser.check_accessible(&name(mode)).await,
                    Some(classes) => {
                        browser.client.execute("document.documentElement.className = arguments[0];", vec![json!(classes)]).await.expect("set the classes");
                        browser.check_styles(&name(mode)).await;
                    }
                }
                if screenshot {
                    browser.screenshot(&name(mode)).await;
                }
                if let Some(problem) = below_the_fold(&browser, mode != "text-200").await {
                    below.push(format!("{page} in {language}, {mode}: {problem}"));
                }
            }
            open(&browser, &server, page, language, EASY_READ).await;
            browser.find("html.mode-easy-read main h1").await;
            browser.check_accessible(&name("easy-read")).await;
            if screenshot {
                browser.screenshot(&name("easy-read")).await;
            }
            if let Some(problem) = below_the_fold(&browser, true).await {
                below.push(format!("{page} in {language}, easy-read: {problem}"));
            }
            browser.client.execute("document.documentElement.className = arguments[0];", vec![json!(EASY_READ_200)]).await.expect("set the classes");
            let words = browser.script(SPLIT_WORDS).await;
            if words.as_array().is_some_and(|w| !w.is_empty()) {
                split.push(format!("{page} in {language}: {words}"));
            }
        }
    }
    assert!(below.is_empty(), "on a 375×667 phone, below the fold:\n{}", below.join("\n"));
    assert!(split.is_empty(), "in Easy Read at 200 %, words split although they fit on a line:\n{}", split.join("\n"));
    browser.close().await;
}

/// Loads `page` in `language` with the display `settings`, and checks what every page must:
/// the language and direction, and no message missing from the words.
async fn open(browser: &Browser, server: &Server, page: &str, language: &str, settings: &str) {
    set_display(browser, language, settings).await;
    browser.goto(&server.url(page)).await;
    browser.find(&format!("html[lang='{language}'] main h1")).await;
    let dir = browser.script("return document.documentElement.dir;").await;
    assert_eq!(dir, if language == "ur" { "rtl" } else { "ltr" }, "{page} in {language}");
    let missing = browser.client.execute("return document.body.innerText.includes(arguments[0]);", vec![json!(speakup_locales::MISSING)]).await.expect("read the page");
    assert_eq!(missing, Value::Bool(false), "{page} in {language} names a message no file has");
}

/// On a 375×667 phone, whether the page's heading (its first line at least) and, unless
/// `with_button` is false (200 % text), its main button are out of sight before scrolling.
/// The page is drawn at 320 px meanwhile.
async fn below_the_fold(browser: &Browser, with_button: bool) -> Option<String> {
    let phone = |width: u32, height: u32| json!({"width": width, "height": height, "deviceScaleFactor": 2, "mobile": true});
    browser.cdp("Emulation.setDeviceMetricsOverride", phone(375, 667)).await;
    let found = browser
        .script(
            "const fold = window.innerHeight;
             const h1 = document.querySelector(HEADING);
             const heading = h1.getBoundingClientRect();
             const firstLine = heading.top + parseFloat(getComputedStyle(h1).lineHeight);
             const button = document.querySelector(MAIN_BUTTONS);
             return [firstLine <= fold, button === null || button.getBoundingClientRect().bottom <= fold,
                     button === null ? '' : button.id];"
                .replace("MAIN_BUTTONS", &format!("'{MAIN_BUTTONS}'"))
                // At 200 % a section's introduction (in its box above the first question) may
                // push the heading down too: the page's own words must still start on screen.
                .replace("HEADING", if with_button { "'main h1'" } else { "'main .inset, main h1'" })
                .as_str(),
        )
        .await;
    browser.cdp("Emulation.setDeviceMetricsOverride", phone(320, 640)).await;
    if found[0] != true {
        Some("the heading".into())
    } else if with_button && found[1] != true {
        Some(format!("the button #{}", found[2].as_str().unwrap_or_default()))
    } else {
        None
    }
}

/// The words of the page's headings and legends split across two lines although they would
/// fit on one ("Keepin g"): each word's pieces on more than one line, when the word drawn
/// whole is no wider than its heading. A word with a hyphen in it ("să-i") may break there.
const SPLIT_WORDS: &str = "const split = [];
    for (const el of document.querySelectorAll('main h1, main h2, main legend')) {
      const room = el.clientWidth;
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const m of node.data.matchAll(/[^\\s\\-\\u2010]+/g)) {
          const range = document.createRange();
          range.setStart(node, m.index);
          range.setEnd(node, m.index + m[0].length);
          const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
          if (lines.size < 2) continue;
          const whole = document.createElement('span');
          whole.style.cssText = 'position:absolute;white-space:nowrap;font:' + getComputedStyle(node.parentElement).font;
          whole.textContent = m[0];
          document.body.appendChild(whole);
          const width = whole.getBoundingClientRect().width;
          whole.remove();
          if (width <= room) split.push(m[0]);
        }
      }
    }
    return split;";

// The pages in two halves, so the two run side by side.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_public_page_in_every_language_and_display_mode_passes_axe_at_320px_first_half() {
    let pages = public_pages();
    check_pages(&pages[..pages.len() / 2], "formats-a").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_public_page_in_every_language_and_display_mode_passes_axe_at_320px_second_half() {
    let pages = public_pages();
    check_pages(&pages[pages.len() / 2..], "formats-b").await;
}

/// Welsh, as the app would show it (with Easy Read when `easy_read`).
/// Types an answer and continues, by keyboard alone.
async fn type_by_keyboard(browser: &Browser, field: &str, text: &str) {
    browser.tab_to(field).await;
    browser.press(text).await;
    browser.tab_to("#continue").await;
    browser.press(ENTER).await;
}

/// Chooses an option and continues, by keyboard alone. A group of radios is one Tab stop; the
/// arrow keys move between its options.
async fn choose_by_keyboard(browser: &Browser, name: &str, option: &str) {
    browser.tab_to(&format!("input[name='{name}']")).await;
    browser.arrow_to(option).await;
    browser.press(SPACE).await;
    browser.tab_to("#continue").await;
    browser.press(ENTER).await;
}

fn welsh(id: &str, easy_read: bool) -> &'static str {
    speakup_locales::text(Wording { language: Language::Welsh, easy_read }, id)
}

async fn keyboard_only_self_referral(backend: Backend, tag: &str) {
    let server = Server::start(backend, tag).await;
    let browser = Browser::start(320, 640).await;
    browser.goto(&server.url("/")).await;
    browser.find("main h1").await;

    // Choose Welsh with the keyboard from the language menu; focus stays on the button after
    // the page redraws.
    browser.tab_to("#language-menu").await;
    browser.press(ENTER).await;
    browser.tab_to("#language-cy").await;
    browser.press(ENTER).await;
    browser.find("html[lang='cy']").await;
    browser.wait_until("document.activeElement.matches('main h1')", "focus on the page's heading").await;
    assert_eq!(browser.script("return document.getElementById('language-panel');").await, Value::Null, "the panel closes");
    browser.wait_for_text("#start", welsh("start-button", false)).await;

    browser.tab_to("#start").await;
    browser.press(ENTER).await;
    browser.tab_to("#who-me").await;
    browser.press(SPACE).await;
    browser.tab_to("#continue").await;
    browser.press(ENTER).await;

    // A picture is enough on the first question: no words needed.
    browser.tab_to("#reasons-money").await;
    browser.press(SPACE).await;
    browser.tab_to("#continue").await;
    browser.press(ENTER).await;
    choose_by_keyboard(&browser, "urgency", "#urgency-neither").await;
    type_by_keyboard(&browser, "#name", "Sam Enghraifft").await;
    type_by_keyboard(&browser, "#lives_in", "Caerdydd").await;
    choose_by_keyboard(&browser, "contact-method", "#contact-method-phone").await;
    type_by_keyboard(&browser, "#contact-phone", "07700 900982").await;

    // The rest is optional: continue through each page to the check page.
    loop {
        browser.find("main h1").await;
        if browser.script("return document.getElementById('submit-referral') !== null;").await == Value::Bool(true) {
            break;
        }
        let here = browser.url().await;
        assert!(here.contains("/refer/"), "left the referral at {here}");
        browser.tab_to("#continue").await;
        browser.press(ENTER).await;
        browser.wait_to_leave(&here).await;
    }
    browser.check_page(&format!("{tag}-keyboard-check")).await;
    assert!(browser.text("main").await.contains(welsh("common-reason-money", false)), "the picture chosen is the answer");
    browser.tab_to("#submit-referral").await;
    browser.press(ENTER).await;
    let reference = browser.text("#reference").await;
    let code = browser.text("#tracking-code").await;
    browser.check_page(&format!("{tag}-keyboard-sent")).await;

    // Easy Read from the display panel, by keyboard, then the status in Welsh Easy Read.
    browser.tab_to("#display-menu").await;
    browser.press(ENTER).await;
    browser.tab_to("#display-easy-read").await;
    browser.press(ENTER).await;
    browser.find("html.mode-easy-read").await;
    browser.wait_until("document.activeElement.matches('main h1')", "focus on the page's heading").await;
    browser.goto(&server.url("/track")).await;
    browser.tab_to("#reference").await;
    browser.press(&reference).await;
    browser.tab_to("#tracking_code").await;
    browser.press(&code).await;
    browser.tab_to("#continue").await;
    browser.press(ENTER).await;
    browser.wait_for_text("#status-text", welsh("status-received-person", true)).await;
    browser.check_page(&format!("{tag}-keyboard-tracked-easy-read")).await;

    // A wrong code is answered in Welsh too.
    browser.goto(&server.url("/track")).await;
    browser.type_into("#reference", &reference).await;
    browser.type_into("#tracking_code", "not the right words").await;
    browser.click("#continue").await;
    browser.wait_for_text("[role='alert']", welsh("track-not-found", true)).await;
    browser.close().await;
}

/// Reading in Easy Read says something about how the person wants to hear from the team:
/// choosing it ticks Easy Read among their communication needs, and they can untick it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn choosing_easy_read_ticks_it_among_the_communication_needs() {
    let server = Server::start(Backend::Sqlite, "easy-read-need").await;
    let browser = Browser::start(375, 667).await;
    browser.goto(&server.url("/refer/communication")).await;
    let ticked = || async { browser.script("return document.getElementById('communication-easy_read').checked;").await };
    assert_eq!(ticked().await, Value::Bool(false));
    browser.click("#display-menu").await;
    browser.click("#display-easy-read").await;
    browser.find("html.mode-easy-read").await;
    browser.wait_until("document.getElementById('communication-easy_read').checked", "Easy Read ticked").await;
    assert_eq!(browser.script("return document.getElementById('display-panel');").await, Value::Null, "the panel closes");
    browser.check_page("easy-read-need-ticked").await;
    browser.choose("communication-easy_read").await;
    browser.goto(&server.url("/refer/communication")).await;
    browser.find("#communication-easy_read").await;
    assert_eq!(ticked().await, Value::Bool(false), "unticked, it stays unticked");
    browser.close().await;
}

/// What the server says is wrong (here, a failed sign-in) reaches the person in their language,
/// though the API itself speaks English.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_servers_problems_read_in_the_persons_language() {
    let server = Server::start(Backend::Sqlite, "server-words").await;
    let browser = Browser::start(320, 640).await;
    browser.goto(&server.url("/")).await;
    browser.find("main h1").await;
    set_display(&browser, "cy", "{}").await;
    browser.goto(&server.url("/staff/login")).await;
    browser.find("html[lang='cy'] #email").await;
    browser.type_into("#email", "nobody@example.org").await;
    browser.type_into("#password", "not-the-password").await;
    browser.click("#sign-in").await;
    browser.wait_for_text("[role='alert']", welsh("error-sign-in-wrong", false)).await;
    browser.check_page("server-words-sign-in-welsh").await;
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_self_referral_by_keyboard_alone_on_sqlite() {
    keyboard_only_self_referral(Backend::Sqlite, "keyboard-sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_self_referral_by_keyboard_alone_on_postgres() {
    keyboard_only_self_referral(Backend::Postgres, "keyboard-postgres").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn read_aloud_speaks_the_page_in_its_language_and_stops() {
    let server = Server::start(Backend::Sqlite, "read-aloud").await;
    let browser = Browser::start(320, 640).await;
    browser.goto(&server.url("/")).await;
    browser.find("main h1").await;
    set_display(&browser, "ur", "{}").await;
    browser.goto(&server.url("/track")).await;
    browser.find("html[lang='ur'] main h1").await;
    // Record what would be spoken: headless Chromium has no voices to hear.
    browser.script("window.spoken = []; speechSynthesis.speak = u => window.spoken.push({ text: u.text, lang: u.lang }); return true;").await;
    browser.tab_to("#read-aloud").await;
    browser.press(ENTER).await;
    browser.find("#read-aloud-stop").await;
    let spoken = browser.script("return window.spoken;").await;
    let heading = browser.text("main h1").await;
    assert_eq!(spoken[0]["lang"], "ur", "spoken in the page's language: {spoken}");
    assert!(spoken[0]["text"].as_str().unwrap_or_default().contains(&heading), "reads the main content: {spoken}");
    assert_eq!(browser.script("return document.activeElement.id;").await, "read-aloud-pause", "focus moves to Pause");
    browser.check_page("read-aloud-speaking").await;
    browser.press(ENTER).await;
    browser.wait_for_text("#read-aloud-pause", speakup_locales::text(Wording { language: Language::Urdu, easy_read: false }, "read-aloud-resume")).await;
    browser.tab_to("#read-aloud-stop").await;
    browser.press(ENTER).await;
    browser.find("#read-aloud").await;
    browser.close().await;
}

/// A device whose only voice is English says it cannot read Welsh, and reads the page in English
/// when asked.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn read_aloud_offers_english_when_the_device_has_no_voice_for_the_language() {
    let server = Server::start(Backend::Sqlite, "read-aloud-no-voice").await;
    let browser = Browser::start(320, 640).await;
    browser.goto(&server.url("/")).await;
    browser.find("main h1").await;
    set_display(&browser, "cy", "{}").await;
    browser.goto(&server.url("/track")).await;
    browser.find("html[lang='cy'] main h1").await;
    browser
        .script("window.spoken = []; speechSynthesis.speak = u => window.spoken.push({ text: u.text, lang: u.lang });
                 speechSynthesis.getVoices = () => [{ lang: 'en-GB', name: 'English' }]; return true;")
        .await;
    browser.click("#read-aloud").await;
    browser.wait_for_text("#read-aloud-no-voice", "Cymraeg").await;
    let opening = welsh("read-aloud-no-voice", false).split('{').next().unwrap_or_default().trim();
    assert!(browser.text("#read-aloud-no-voice").await.contains(opening), "said in Welsh");
    assert_eq!(browser.script("return window.spoken.length;").await, json!(0), "nothing read in a voice for another language");
    assert_eq!(browser.script("return document.activeElement.id;").await, "read-aloud-english", "focus on the offer");
    browser.check_page("read-aloud-no-voice-cy").await;
    browser.press(ENTER).await;
    browser.find("html[lang='en'] main h1").await;
    browser.wait_until("window.spoken.length === 1", "the page read in English").await;
    let spoken = browser.script("return window.spoken[0];").await;
    assert_eq!(spoken["lang"], "en");
    assert!(spoken["text"].as_str().unwrap_or_default().contains(&browser.text("main h1").await), "{spoken}");
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn shared_device_mode_writes_nothing_to_the_device() {
    let server = Server::start(Backend::Sqlite, "shared-device").await;
    let browser = Browser::start(320, 640).await;
    browser.goto(&server.url("/")).await;
    browser.find("main h1").await;
    // Before the box is ticked, SpeakUp keeps its offline copy as usual.
    browser.wait_until("navigator.serviceWorker.ready.then(() => caches.keys()).then(k => k.some(n => n.startsWith('speakup-')))", "the offline copy").await;
    browser.choose("shared-device").await;
    let none_left = "navigator.serviceWorker.getRegistrations().then(r => caches.keys().then(k => r.length === 0 && k.length === 0))";
    browser.wait_until(none_left, "the worker and its caches to be removed").await;
    browser.click("#language-menu").await;
    browser.click("#language-pl").await;
    browser.find("html[lang='pl']").await;
    browser.click("#start").await;
    browser.choose_and_continue("who-me", "shared-device-who").await;
    browser.type_into("#help_with", "Coś prywatnego").await;
    browser.click("#continue").await;
    browser.find("#urgency-danger").await;
    let stored = browser.script("return Object.keys(localStorage).concat(Object.keys(sessionStorage)).filter(k => k.startsWith('speakup')).concat(document.cookie ? [document.cookie] : []);",
    )
    .await;
    assert_eq!(stored, json!([]), "shared-device mode stored something on the device");
    let registrations = browser.client.execute_async(
        "const done = arguments[0]; navigator.serviceWorker.getRegistrations().then(r => caches.keys().then(k => done([r.length, k])));",
        vec![],
    );
    assert_eq!(registrations.await.expect("read workers and caches"), json!([0, []]), "no worker or cache came back");
    // Within the page, the answer is still there to go back to.
    browser.client.back().await.expect("back");
    browser.find("#help_with").await;
    assert_eq!(browser.find("#help_with").await.prop("value").await.expect("read").as_deref(), Some("Coś prywatnego"));
    browser.close().await;
}
