//! Duplicates and lost codes in headless Chromium at 375×667, on SQLite and on PostgreSQL:
//! a person self-refers twice with the same name and phone and saves the Easy Read receipt;
//! they say they lost their code; a triage worker sees the second referral's likely duplicate,
//! joins it into the first, and issues a new code there; the person tracks with the new code,
//! and the old one fails exactly like a wrong one. axe-core checks every page on the way.

use std::time::{Duration, Instant};

use fantoccini::Locator;
use speakup_e2e::{Browser, Server};
use speakup_platform::db::Backend;

const HELP_WITH: &str = "My landlord is the council and they want me to leave my flat.";
const NAME: &str = "Robin Example";
const PHONE: &str = "07700 900123";
const TRIAGE: (&str, &str) = ("triage@example.org", "triage-first-password");

async fn title(browser: &Browser) -> String {
    let value = browser.client.execute("return document.title;", vec![]).await.expect("read the title");
    value.as_str().unwrap_or_default().to_string()
}

async fn focused_id(browser: &Browser) -> String {
    let value = browser
        .client
        .execute("return document.activeElement ? document.activeElement.id : '';", vec![])
        .await
        .expect("read the focused element");
    value.as_str().unwrap_or_default().to_string()
}

async fn exists(browser: &Browser, css: &str) -> bool {
    !browser.client.find_all(Locator::Css(css)).await.expect("look for elements").is_empty()
}

/// Waits for the next page to render after leaving `url` (its address, then its title, change).
async fn wait_to_leave(browser: &Browser, url: &str, before: &str) {
    browser.wait_to_leave(url).await;
    let deadline = Instant::now() + Duration::from_secs(3);
    while title(browser).await == before && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Answers the questions that matter here and passes over the optional ones; returns the
/// reference and tracking code from the receipt.
async fn self_refer(browser: &Browser, server: &Server, tag: &str) -> (String, String) {
    browser.goto(&server.url("/")).await;
    browser.wait_for_heading("advocate").await;
    browser.check_page(&format!("{tag}-01-start")).await;
    browser.click("#start").await;
    browser.choose_and_continue("who-me", &format!("{tag}-02-who")).await;
    browser.answer("help_with", HELP_WITH, &format!("{tag}-03-help")).await;
    browser.choose_and_continue("urgency-neither", &format!("{tag}-03b-how-soon")).await;
    browser.answer("name", NAME, &format!("{tag}-04-name")).await;
    browser.answer("lives_in", "York", &format!("{tag}-04b-lives-in")).await;
    browser.choose_and_continue("contact-method-phone", &format!("{tag}-05-contact")).await;
    browser.find("#contact-phone").await;
    let (url, before) = (browser.url().await, title(browser).await);
    browser.answer("contact-phone", PHONE, &format!("{tag}-06-phone")).await;
    wait_to_leave(browser, &url, &before).await;
    // Every other question is optional: continue past each until "check your answers".
    for page in 7.. {
        browser.find("h1").await;
        if exists(browser, "#submit-referral").await {
            break;
        }
        assert!(page < 30, "never reached check your answers");
        browser.check_page(&format!("{tag}-{page:02}-optional")).await;
        let (url, before) = (browser.url().await, title(browser).await);
        browser.click("#continue").await;
        wait_to_leave(browser, &url, &before).await;
    }
    browser.check_page(&format!("{tag}-30-check")).await;
    browser.click("#submit-referral").await;
    let reference = browser.text("#reference").await;
    let code = browser.text("#tracking-code").await;
    browser.check_page(&format!("{tag}-31-receipt")).await;
    assert!(reference.starts_with("SU-"), "{reference}");
    assert_eq!(code.split_whitespace().count(), 4, "{code}");
    (reference, code)
}

/// The receipt: Easy Read points with hidden pictures, shown once, saved as a file.
async fn receipt_is_saved(browser: &Browser, reference: &str, code: &str, tag: &str) {
    let points = browser.client.find_all(Locator::Css(".easy-read-point")).await.expect("points");
    let pictures = browser.client.find_all(Locator::Css(".easy-read-picture svg[aria-hidden='true']")).await.expect("pictures");
    assert!(points.len() >= 5 && pictures.len() == points.len(), "a hidden picture beside each of the {} points", points.len());
    let main = browser.text("main").await;
    assert_eq!(main.matches(reference).count(), 1, "the reference is shown once");
    assert!(main.contains("I lost my tracking code"), "the receipt says what to do if the code is lost");
    // Each word of the code stands apart, to read it out.
    assert_eq!(browser.client.find_all(Locator::Css("#tracking-code .code-word")).await.expect("words").len(), 4);

    browser.click("#save-receipt").await;
    let name = format!("speakup-receipt-{reference}.html");
    browser.wait_for_text("#receipt-saved", &name).await;
    browser.check_page(&format!("{tag}-32-receipt-saved")).await;
    let saved = browser.downloaded(&name).await;
    assert!(saved.starts_with("<!doctype html>"), "the receipt is a web page");
    assert!(saved.contains(reference) && saved.contains(code), "the saved receipt holds the reference and code");
    assert!(saved.contains("We will contact you in the way you asked."), "and what happens next");
    assert!(!saved.contains("<script") && !saved.contains("src="), "and needs nothing else to open");
}

/// The person says they lost their code; a mistake is caught without losing what they typed.
async fn lost_code(browser: &Browser, server: &Server, reference: &str, tag: &str) {
    browser.goto(&server.url("/track")).await;
    browser.find("#lost-code-link").await;
    browser.click("#lost-code-link").await;
    browser.wait_for_heading("I lost my tracking code").await;
    browser.check_page(&format!("{tag}-40-lost-code")).await;

    browser.type_into("#reference", reference).await;
    browser.type_into("#phone_or_email", "12").await;
    browser.click("#continue").await;
    browser.find("[role='alert'] a[href='#phone_or_email']").await;
    browser.find("#phone_or_email-error").await;
    browser.check_page(&format!("{tag}-41-lost-code-error")).await;
    let kept = browser.find("#reference").await.prop("value").await.expect("read the reference");
    assert_eq!(kept.as_deref(), Some(reference), "the reference typed is kept");

    browser.type_into("#phone_or_email", PHONE).await;
    browser.click("#continue").await;
    browser.wait_for_text("#lost-code-sent", "new tracking code").await;
    assert_eq!(focused_id(browser).await, "lost-code-sent-title", "focus moves to what happens next");
    let said = browser.text("#lost-code-sent").await;
    assert!(said.contains("If we have a referral with these details"), "it never says whether a referral exists");
    browser.check_page(&format!("{tag}-42-lost-code-sent")).await;
}

async fn sign_in(browser: &Browser, server: &Server, tag: &str) {
    browser.goto(&server.url("/staff/login")).await;
    browser.find("#email").await;
    browser.check_page(&format!("{tag}-50-sign-in")).await;
    browser.type_into("#email", TRIAGE.0).await;
    browser.type_into("#password", TRIAGE.1).await;
    browser.click("#sign-in").await;
    browser.find("#current_password").await;
    browser.check_page(&format!("{tag}-51-change-password")).await;
    browser.type_into("#current_password", TRIAGE.1).await;
    browser.type_into("#new_password", "a-password-of-my-own").await;
    browser.click("#continue").await;
}

/// Triage opens the second referral, joins it into the first, and issues a new code there.
async fn triage(browser: &Browser, server: &Server, first: &str, second: &str, tag: &str) -> String {
    sign_in(browser, server, tag).await;
    let link = "a.queue-link[href^='/staff/referrals/']";
    browser.wait_for_text("main", second).await;
    // The queue says which referral someone is waiting on a new code for, once the request
    // has been matched in the background: reload until it is.
    let flagged = "return [...document.querySelectorAll('.queue-item')].filter(i => i.querySelector('.tag-lost-code')).map(i => i.querySelector('.queue-link').textContent);";
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while browser.script(flagged).await == serde_json::json!([]) && std::time::Instant::now() < deadline {
        browser.goto(&server.url("/staff")).await;
        browser.wait_for_text("main", second).await;
    }
    assert_eq!(browser.script(flagged).await, serde_json::json!([first]), "only {first} waits for a code");
    browser.check_page(&format!("{tag}-52-queue")).await;
    let mut opened = false;
    for a in browser.client.find_all(Locator::Css(link)).await.expect("queue links") {
        if a.text().await.expect("link text") == second {
            a.click().await.expect("open the referral");
            opened = true;
            break;
        }
    }
    assert!(opened, "the queue links to {second}");

    browser.wait_for_heading(second).await;
    browser.wait_for_text("#duplicates-list", first).await;
    let why = browser.text("#duplicates-list .duplicate-reasons").await;
    assert!(why.contains("same name") && why.contains("same phone number"), "{why}");
    // The person gave the first reference when they asked, so only that one waits for a code.
    assert!(!exists(browser, "#lost-code-notice").await, "{second} has no lost-code request");
    browser.check_page(&format!("{tag}-53-duplicates")).await;
    // A code nobody asked for through SpeakUp needs a reason first.
    browser.click("#unasked-code summary").await;
    browser.click("#issue-code").await;
    browser.click("#confirm-issue-code").await;
    browser.find("[role='alert'] a[href='#reason']").await;
    assert!(!exists(browser, "#new-code").await, "no code without a reason");
    browser.check_page(&format!("{tag}-53b-new-code-needs-a-reason")).await;

    browser.click("#duplicates-list button[id^='join-']").await;
    browser.wait_for_text("#confirm-join-title", first).await;
    assert_eq!(focused_id(browser).await, "confirm-join-title", "focus moves to the confirmation");
    browser.check_page(&format!("{tag}-54-confirm-join")).await;
    browser.click("#cancel-join").await;
    browser.find("#duplicates-list button[id^='join-']").await;
    assert!(!exists(browser, "#confirm-join").await, "Cancel joins nothing");
    browser.click("#duplicates-list button[id^='join-']").await;
    browser.click("#confirm-join").await;

    browser.wait_for_text("#referral-status", "Joined").await;
    browser.wait_for_text("#joined-notice", first).await;
    assert_eq!(focused_id(browser).await, "joined-notice", "focus moves to where it was joined");
    assert!(!exists(browser, "#duplicates-list button").await, "a joined referral cannot be joined again");
    browser.check_page(&format!("{tag}-55-joined")).await;

    browser.click("#joined-notice a").await;
    browser.wait_for_heading(first).await;
    browser.wait_for_text("#joined-here", second).await;
    browser.find("#lost-code-notice").await;
    browser.check_page(&format!("{tag}-56-lost-code-notice")).await;
    browser.click("#issue-code").await;
    browser.click("#confirm-issue-code").await;
    let code = browser.text("#new-code").await;
    assert_eq!(code.split_whitespace().count(), 4, "{code}");
    assert_eq!(focused_id(browser).await, "new-code-title", "focus moves to the new code");
    assert!(browser.text("#new-code-panel").await.contains("safe contact route"));
    browser.check_page(&format!("{tag}-57-new-code")).await;
    code
}

/// Tracks and returns the status label, or the error summary when there is no result.
async fn track(browser: &Browser, server: &Server, reference: &str, code: &str, page: &str) -> Result<String, String> {
    browser.goto(&server.url("/track")).await;
    browser.find("#reference").await;
    browser.type_into("#reference", reference).await;
    browser.type_into("#tracking_code", code).await;
    browser.click("#continue").await;
    let deadline = Instant::now() + Duration::from_secs(15);
    let answer = loop {
        if exists(browser, "#status-label").await {
            break Ok(browser.text("#status-label").await);
        }
        if exists(browser, ".error-summary").await {
            break Err(browser.text(".error-summary").await);
        }
        assert!(Instant::now() < deadline, "no answer from tracking {reference}");
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    browser.check_page(page).await;
    answer
}

async fn journey(backend: Backend, tag: &str) {
    let server = Server::start(backend, &format!("lost-code-{tag}")).await;
    server.create_staff(TRIAGE.0, "manager", TRIAGE.1).await;
    let tag = &format!("lost-code-{tag}");

    let person = Browser::start(375, 667).await;
    let (first, old_code) = self_refer(&person, &server, &format!("{tag}-a")).await;
    receipt_is_saved(&person, &first, &old_code, tag).await;
    let (second, second_code) = self_refer(&person, &server, &format!("{tag}-b")).await;
    assert_ne!(first, second);
    lost_code(&person, &server, &first, tag).await;

    let staff = Browser::start(375, 667).await;
    let new_code = triage(&staff, &server, &first, &second, tag).await;
    staff.close().await;

    let tracked = track(&person, &server, &first, &new_code, &format!("{tag}-60-new-code-tracks")).await;
    assert_eq!(tracked.as_deref(), Ok("Received"), "the new code tracks the first referral");
    let old = track(&person, &server, &first, &old_code, &format!("{tag}-61-old-code-fails")).await;
    let wrong = track(&person, &server, &first, "never these four words", &format!("{tag}-62-wrong-code")).await;
    assert!(old.is_err(), "the old code no longer works");
    assert_eq!(old, wrong, "the old code fails exactly like a wrong one");
    let joined = track(&person, &server, &second, &second_code, &format!("{tag}-63-joined-tracks")).await;
    assert_eq!(joined.as_deref(), Ok("Joined with another referral"));
    person.close().await;

    let log = server.log();
    assert!(log.contains("new tracking code issued"), "the server logged the new code by id");
    for secret in [NAME, PHONE, "07700900123", HELP_WITH, &old_code, &new_code] {
        assert!(!log.contains(secret), "the log holds {secret:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicates_and_lost_codes_on_sqlite() {
    journey(Backend::Sqlite, "sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn duplicates_and_lost_codes_on_postgres() {
    journey(Backend::Postgres, "postgres").await;
}

/// Wrong codes are answered alike whether or not the reference exists, but helpfully: what
/// does not matter, where to look, a warning before the last try, and a whole sentence once
/// the reference must wait. Limits live in the server's memory, so one database is enough.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn tracking_warns_before_the_last_try() {
    let server = Server::start(Backend::Sqlite, "last-try").await;
    let browser = Browser::start(375, 667).await;
    let english = |id: &str| speakup_locales::text(speakup_locales::Wording { language: speakup_locales::Language::English, easy_read: false }, id);
    let mut answers = Vec::new();
    for attempt in 1..=6 {
        let answer = track(&browser, &server, "SU-4K7P-M2QX", "not the right words", &format!("last-try-{attempt}")).await;
        answers.push(answer.expect_err("no referral has this reference"));
    }
    assert!(answers[0].contains("spaces and punctuation do not matter"), "{}", answers[0]);
    let warned: Vec<bool> = answers.iter().map(|a| a.contains(english("track-one-try-left"))).collect();
    assert_eq!(warned, [false, false, false, true, false, false], "warned once, before the last try");
    assert!(answers[5].contains(english("error-too-many-tries")), "{}", answers[5]);
    browser.close().await;
}
