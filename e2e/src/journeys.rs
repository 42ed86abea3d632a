//! Steps several journeys take on the way to what they test.

use crate::{Browser, Server};

/// Answers the required questions and continues through the optional ones to the check page.
pub async fn reach_check_page(browser: &Browser, server: &Server, name: &str) {
    browser.goto(&server.url("/refer/who")).await;
    browser.choose("who-me").await;
    browser.click("#continue").await;
    browser.type_into("#help_with", "I need help with my care plan.").await;
    browser.click("#continue").await;
    browser.type_into("#name", name).await;
    browser.click("#continue").await;
    browser.choose("contact-method-phone").await;
    browser.click("#continue").await;
    browser.type_into("#contact-phone", "07700 900982").await;
    browser.click("#continue").await;
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
