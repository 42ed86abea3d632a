//! "Exit this page" in headless Chromium at 375×667: the button leaves for a neutral site
//! and Back does not return to the page left; Shift three times does the same from inside a
//! form; on a shared device nothing typed is left in the tab. Browser behaviour only, so one
//! database is enough.

use std::time::{Duration, Instant};

use speakup_e2e::{Browser, Server};
use speakup_platform::db::Backend;

const NEUTRAL: &str = "bbc.co.uk/weather";
const SHIFT_THREE_TIMES: &str = "\u{E008}\u{E000}\u{E008}\u{E000}\u{E008}\u{E000}";

async fn wait_for_url(browser: &Browser, wanted: impl Fn(&str) -> bool, what: &str) -> String {
    let deadline = Instant::now() + Duration::from_secs(15);
    loop {
        let url = browser.url().await;
        if wanted(&url) {
            return url;
        }
        assert!(Instant::now() < deadline, "still on {url}, expected {what}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_this_page_leaves_at_once_and_forgets_a_shared_device_draft() {
    let server = Server::start(Backend::Sqlite, "exit").await;
    let browser = Browser::start(375, 667).await;

    // The button: the page it was pressed on is replaced in the history.
    browser.goto(&server.url("/")).await;
    browser.wait_for_heading("advocate").await;
    browser.click("#start").await;
    browser.find("label[for='who-me']").await;
    browser.check_page("exit-01-who").await;
    browser.click("#exit-page").await;
    wait_for_url(&browser, |u| u.contains(NEUTRAL), "the neutral site").await;
    browser.client.back().await.expect("back");
    let back_at = wait_for_url(&browser, |u| !u.contains(NEUTRAL), "a page before").await;
    assert!(!back_at.contains("/refer/who"), "Back returned to the page that was left: {back_at}");

    // Shift three times, from inside a form on a shared device.
    browser.goto(&server.url("/")).await;
    browser.wait_for_heading("advocate").await;
    browser.choose("shared-device").await;
    browser.click("#start").await;
    browser.choose_and_continue("who-me", "exit-02-who").await;
    browser.type_into("#help_with", "Something private").await;
    browser.click("#continue").await;
    browser.find("#urgency-danger").await.send_keys(SHIFT_THREE_TIMES).await.expect("press shift");
    wait_for_url(&browser, |u| u.contains(NEUTRAL), "the neutral site after Shift three times").await;

    browser.goto(&server.url("/refer/help")).await;
    browser.find("#help_with").await;
    let left = browser.find("#help_with").await.prop("value").await.expect("read").unwrap_or_default();
    assert_eq!(left, "", "nothing typed stays on a shared device");
    browser.close().await;
}

async fn typed_after_leaving(browser: &Browser, server: &Server) -> String {
    browser.goto(&server.url("/refer/help")).await;
    browser.find("#help_with").await.prop("value").await.expect("read").unwrap_or_default()
}

/// Leaving removes an unsent referral from the device too, unless the person chose to keep it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn exit_this_page_removes_the_draft_unless_asked_to_keep_it() {
    let server = Server::start(Backend::Sqlite, "exit-draft").await;
    let browser = Browser::start(375, 667).await;
    for keep in [false, true] {
        browser.goto(&server.url("/")).await;
        browser.wait_for_heading("advocate").await;
        let ticked = browser.find("#keep-on-exit").await.prop("checked").await.expect("read").as_deref() == Some("true");
        if ticked != keep {
            browser.choose("keep-on-exit").await;
        }
        browser.click("#start").await;
        browser.choose_and_continue("who-me", &format!("exit-draft-who-{keep}")).await;
        browser.type_into("#help_with", "Something private").await;
        browser.click("#continue").await;
        browser.find("#urgency-danger").await;
        browser.click("#exit-page").await;
        wait_for_url(&browser, |u| u.contains(NEUTRAL), "the neutral site").await;
        let left = typed_after_leaving(&browser, &server).await;
        let expected = if keep { "Something private" } else { "" };
        assert_eq!(left, expected, "with keep {keep}");
    }
    browser.check_page("exit-draft-kept").await;
    browser.close().await;
}

/// On a slow connection the app can take seconds to arrive. With the wasm held back (requested
/// but never answered, as on a stalled connection), the HTML the server sends still says what
/// the page is for and leaves at once, by the button or Shift three times, forgetting an unsent
/// referral unless the person chose to keep it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_page_can_be_left_before_the_app_has_loaded() {
    let server = Server::start(Backend::Sqlite, "exit-early").await;
    let browser = Browser::start(375, 667).await;
    browser.cdp("Fetch.enable", serde_json::json!({"patterns": [{"urlPattern": "*.wasm", "requestStage": "Request"}]})).await;
    let english = speakup_locales::Wording { language: speakup_locales::Language::English, easy_read: false };
    let words = |id| speakup_locales::text(english, id);

    browser.client.goto(&server.url("/")).await.expect("open the start page");
    browser.wait_for_heading(words("start-heading")).await;
    assert_eq!(browser.text(".lead").await, words("start-lead"));
    assert!(browser.script("return document.getElementById('exit-bar-static') !== null").await == true, "the app must not have started");
    browser.check_page("exit-early-start").await;

    for keep in [false, true] {
        let setup = format!(
            "localStorage.setItem('speakup.referral', '{{\"help_with\":\"Something private\"}}'); {}",
            if keep { "localStorage.setItem('speakup.keep-on-exit', 'true');" } else { "localStorage.removeItem('speakup.keep-on-exit');" }
        );
        browser.client.goto(&server.url("/track")).await.expect("open a deep link");
        browser.find("#exit-bar-static #exit-page").await;
        browser.script(&setup).await;
        browser.press(SHIFT_THREE_TIMES).await;
        wait_for_url(&browser, |u| u.contains(NEUTRAL), "the neutral site after Shift three times").await;
        browser.client.goto(&server.url("/")).await.expect("come back");
        browser.find("#exit-bar-static").await;
        let draft = browser.script("return localStorage.getItem('speakup.referral')").await;
        assert_eq!(draft.is_null(), !keep, "with keep {keep}: {draft}");
    }

    // The button: the start page is replaced in the history, so Back skips it.
    browser.client.goto(&server.url("/track")).await.expect("open a deep link");
    browser.client.goto(&server.url("/")).await.expect("open the start page");
    browser.click("#exit-bar-static #exit-page").await;
    wait_for_url(&browser, |u| u.contains(NEUTRAL), "the neutral site after the button").await;
    browser.client.back().await.expect("back");
    let back_at = wait_for_url(&browser, |u| !u.contains(NEUTRAL), "a page before").await;
    assert_eq!(back_at, server.url("/track"), "Back must skip the page that was left");
    browser.close().await;
}
