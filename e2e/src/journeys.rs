//! Steps several journeys take on the way to what they test.

use crate::{Browser, Server};

/// Answers the required questions and continues through the optional ones to the check page.
pub async fn reach_check_page(browser: &Browser, server: &Server, name: &str) {
    browser.goto(&server.url("/refer/who")).await;
    browser.choose("who-me").await;
    browser.click("#continue").await;
    browser.type_into("#help_with", "I need help with my care plan.").await;
    browser.click("#continue").await;
    browser.choose("urgency-neither").await;
    browser.click("#continue").await;
    browser.type_into("#name", name).await;
    browser.click("#continue").await;
    browser.type_into("#lives_in", "Leeds").await;
    browser.click("#continue").await;
    browser.choose("contact-method-phone").await;
    browser.click("#continue").await;
    browser.type_into("#contact-phone", "07700 900982").await;
    browser.click("#continue").await;
    continue_to_check_page(browser).await;
}

/// Signs a member of staff in with their own password (two-step sign-in aside).
pub async fn sign_in(browser: &Browser, server: &Server, email: &str, password: &str) {
    browser.goto(&server.url("/staff/login")).await;
    browser.find("#email").await;
    browser.type_into("#email", email).await;
    browser.type_into("#password", password).await;
    browser.click("#sign-in").await;
}

/// Signs a new member of staff in for the first time, choosing their own password as they
/// must, and waits for the page that follows.
pub async fn first_staff_sign_in(browser: &Browser, server: &Server, email: &str, first_password: &str) {
    browser.goto(&server.url("/staff/login")).await;
    browser.type_into("#email", email).await;
    browser.type_into("#password", first_password).await;
    browser.click("#sign-in").await;
    browser.type_into("#current_password", first_password).await;
    browser.type_into("#new_password", "a-password-of-my-own").await;
    browser.click("#continue").await;
}

/// Continues through the optional questions, answering none, until the check page.
pub async fn continue_to_check_page(browser: &Browser) {
    for _ in 0..20 {
        browser.find("main h1").await;
        if browser.script("return document.getElementById('submit-referral') !== null;").await == serde_json::Value::Bool(true) {
            return;
        }
        let here = browser.url().await;
        browser.click("#continue").await;
        browser.wait_to_leave(&here).await;
    }
    panic!("never reached the check page");
}

/// The date `days` from today (before it, when negative), on this machine's clock as the
/// browser's is.
pub fn in_days(days: i64) -> chrono::NaiveDate {
    chrono::Local::now().date_naive() + chrono::Duration::days(days)
}

/// Types a date into the three boxes of the date input `id`.
pub async fn type_date(browser: &Browser, id: &str, date: chrono::NaiveDate) {
    use chrono::Datelike;
    for (part, value) in [("day", date.day().to_string()), ("month", date.month().to_string()), ("year", date.year().to_string())] {
        browser.type_into(&format!("#{id}-{part}"), &value).await;
    }
}
