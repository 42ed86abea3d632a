//! Leaving nothing to chance around a referral, at 375×667: the reference and tracking code
//! survive a reload of the "sent" page (for that tab only, never in localStorage) until the
//! person says they have kept them; Exit this page takes them too; "Delete my answers" clears
//! an unfinished referral after one confirmation, here in Welsh.

use serde_json::Value;
use speakup_e2e::{reach_check_page, Browser, Server};
use speakup_locales::{Language, Wording};
use speakup_platform::db::Backend;

fn welsh(id: &str) -> &'static str {
    speakup_locales::text(Wording { language: Language::Welsh, easy_read: false }, id)
}

async fn storage(browser: &Browser, which: &str) -> String {
    browser.script(&format!("return JSON.stringify({which});")).await.as_str().unwrap_or_default().to_string()
}

async fn the_code_is_kept_for_the_tab_until_the_person_has_it(backend: Backend, tag: &str) {
    let server = Server::start(backend, tag).await;
    let browser = Browser::start(375, 667).await;
    reach_check_page(&browser, &server, "Sam Reload").await;
    browser.click("#submit-referral").await;
    let reference = browser.text("#reference").await;
    let code = browser.text("#tracking-code").await;
    assert!(reference.starts_with("SU-"), "{reference}");
    assert!(!storage(&browser, "localStorage").await.contains(&reference), "never kept on the device for good");

    // A reload (or coming back in the same tab) shows them again.
    browser.goto(&server.url("/refer/sent")).await;
    assert_eq!(browser.text("#reference").await, reference);
    assert_eq!(browser.text("#tracking-code").await, code);
    browser.check_page(&format!("{tag}-sent-reloaded")).await;

    // Once kept, they are gone from the tab.
    browser.click("#finish").await;
    browser.find("main #start").await;
    assert!(!storage(&browser, "sessionStorage").await.contains(&reference));
    browser.goto(&server.url("/refer/sent")).await;
    browser.find("main h1").await;
    assert_eq!(browser.script("return document.getElementById('reference');").await, Value::Null, "not shown again");

    // Exit this page takes them as well.
    reach_check_page(&browser, &server, "Alex Exit").await;
    browser.click("#submit-referral").await;
    let second = browser.text("#reference").await;
    assert!(storage(&browser, "sessionStorage").await.contains(&second), "kept for the tab until then");
    let here = browser.url().await;
    browser.click("#exit-page").await;
    browser.wait_to_leave(&here).await;
    browser.goto(&server.url("/refer/sent")).await;
    browser.find("main h1").await;
    assert_eq!(browser.script("return document.getElementById('reference');").await, Value::Null, "exit forgot them");
    assert!(!storage(&browser, "sessionStorage").await.contains(&second));
    browser.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_code_survives_a_reload_until_kept_on_sqlite() {
    the_code_is_kept_for_the_tab_until_the_person_has_it(Backend::Sqlite, "sent-sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_code_survives_a_reload_until_kept_on_postgres() {
    the_code_is_kept_for_the_tab_until_the_person_has_it(Backend::Postgres, "sent-postgres").await;
}

/// Only the browser's storage is involved, so one database is enough.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn delete_my_answers_asks_once_then_clears_the_draft() {
    let server = Server::start(Backend::Sqlite, "delete-answers").await;
    let browser = Browser::start(375, 667).await;
    browser.goto(&server.url("/")).await;
    browser.click("#language-menu").await;
    browser.click("#language-cy").await;
    browser.find("html[lang='cy']").await;
    browser.click("#start").await;
    browser.choose("who-me").await;
    browser.click("#continue").await;
    browser.type_into("#help_with", "Rhywbeth preifat").await;

    // Asked first; "No" keeps everything and puts focus back on the button.
    browser.click("#delete-answers").await;
    browser.wait_for_text("#delete-answers-question", welsh("delete-answers-question")).await;
    let focused = browser.script("return document.activeElement.id;").await;
    assert_eq!(focused, "delete-answers-question", "focus goes to the question");
    browser.check_page("delete-answers-asking-cy").await;
    browser.click("#delete-answers-keep").await;
    browser.find("#delete-answers").await;
    assert_eq!(browser.script("return document.activeElement.id;").await, "delete-answers");
    assert!(storage(&browser, "localStorage").await.contains("Rhywbeth preifat"));

    // "Yes" removes it at once and says so on the start page.
    browser.click("#delete-answers").await;
    browser.click("#delete-answers-confirm").await;
    browser.wait_for_text("#answers-deleted", welsh("delete-answers-done")).await;
    browser.check_page("delete-answers-done-cy").await;
    assert!(!storage(&browser, "localStorage").await.contains("Rhywbeth preifat"), "gone from the device");
    browser.goto(&server.url("/refer/help")).await;
    let left = browser.find("#help_with").await.prop("value").await.expect("read").unwrap_or_default();
    assert_eq!(left, "");

    // The check page offers it too.
    reach_check_page(&browser, &server, "Sam Check").await;
    browser.find("#delete-answers").await;
    browser.close().await;
}
