//! Two-step sign-in in headless Chromium. The admin requires it for managers; a new
//! manager, at 320 px wide, chooses a password and is sent to set it up: they add the
//! key shown as text to an authenticator app, confirm with a code and keep their recovery
//! codes. From then on sign-in asks for a code after the password (a wrong one is refused
//! and linked to the field), and a recovery code works without the phone. The admin removes
//! the worker's authenticator for a lost phone. axe-core checks each state.

use std::time::{SystemTime, UNIX_EPOCH};

use fantoccini::Locator;
use speakup_e2e::{sign_in, Browser, Server, ADMIN_EMAIL, ADMIN_PASSWORD};
use speakup_platform::db::Backend;
use totp_rs::{Algorithm, Secret, TOTP};

const WORKER: (&str, &str, &str) = ("robin.triage@example.org", "robin-first-password", "robin-chose-this-one");

async fn sign_out(browser: &Browser) {
    browser.click("#sign-out").await;
    browser.find("#email").await;
}

/// The code an app holding `key` shows `steps` 30-second steps from now.
fn code(key: &str, steps: u64) -> String {
    let bytes = Secret::Encoded(key.replace(' ', "")).to_bytes().expect("the key is base32");
    let app = TOTP::new(Algorithm::SHA1, 6, 1, 30, bytes).expect("a valid key");
    app.generate(SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_secs() + steps * 30)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_manager_sets_up_two_step_sign_in_and_signs_in_with_a_code() {
    let server = Server::start(Backend::Sqlite, "two-step").await;

    // The admin requires two-step sign-in for managers.
    let admin = Browser::start(375, 667).await;
    sign_in(&admin, &server, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    admin.click("#accounts-link").await;
    admin.wait_for_heading("Staff accounts").await;
    admin.click("label[for='two-step-roles-manager']").await;
    admin.click("#save-two-step-policy").await;
    admin.wait_for_text("#two-step-policy-saved", "Two-step sign-in is needed for: Manager").await;
    admin.check_page("two-step-01-policy").await;
    server.create_staff(WORKER.0, "manager", WORKER.1).await;

    // The worker chooses a password, then is sent to set up two-step sign-in.
    let worker = Browser::start(320, 640).await;
    sign_in(&worker, &server, WORKER.0, WORKER.1).await;
    worker.find("#current_password").await;
    worker.type_into("#current_password", WORKER.1).await;
    worker.type_into("#new_password", WORKER.2).await;
    worker.click("#continue").await;
    worker.wait_for_heading("Two-step sign-in").await;
    worker.wait_for_text("#two-step-required", "Your role needs two-step sign-in").await;
    worker.goto(&server.url("/staff")).await;
    worker.wait_for_text("#two-step-required", "Your role needs two-step sign-in").await;
    assert!(worker.url().await.ends_with("/staff/two-step-sign-in"), "nothing else opens first");
    worker.check_page("two-step-02-required").await;

    worker.click("#start-two-step").await;
    let key = worker.text("#authenticator-key").await;
    let qr = worker.find("img.qr-code").await;
    assert!(qr.attr("alt").await.unwrap().unwrap_or_default().contains("QR code"), "the QR code says what it is");
    let drawn = worker.script("return document.querySelector('img.qr-code').naturalWidth;").await;
    assert!(drawn.as_i64().unwrap_or(0) > 0, "the QR code is drawn");
    worker.check_page("two-step-03-scan").await;
    worker.type_into("#code", "000000").await;
    worker.click("#confirm-two-step").await;
    worker.find("[role='alert'] a[href='#code']").await;
    worker.type_into("#code", &code(&key, 0)).await;
    worker.click("#confirm-two-step").await;
    worker.wait_for_text("#codes-title", "Your recovery codes").await;
    let codes = worker.client.find_all(Locator::Css("#recovery-codes li")).await.expect("the codes");
    assert_eq!(codes.len(), 10);
    let recovery = codes[0].text().await.expect("a code");
    worker.check_page("two-step-04-recovery-codes").await;
    worker.click("#codes-kept").await;
    worker.wait_for_heading("Referrals").await;

    // Signing in now takes a code after the password.
    sign_out(&worker).await;
    sign_in(&worker, &server, WORKER.0, WORKER.2).await;
    worker.wait_for_heading("Enter the code from your authenticator app").await;
    let focused = worker.script("return document.activeElement.id;").await;
    assert_eq!(focused, "code", "the code field takes focus");
    worker.check_page("two-step-05-code").await;
    worker.type_into("#code", "123456").await;
    worker.click("#sign-in-code").await;
    worker.wait_for_text("[role='alert']", "That code is not right").await;
    worker.find("[role='alert'] a[href='#code']").await;
    worker.check_page("two-step-06-wrong-code").await;
    worker.type_into("#code", &code(&key, 1)).await;
    worker.click("#sign-in-code").await;
    worker.wait_for_heading("Referrals").await;

    // Without the phone, a recovery code works once.
    sign_out(&worker).await;
    sign_in(&worker, &server, WORKER.0, WORKER.2).await;
    worker.wait_for_heading("Enter the code from your authenticator app").await;
    worker.type_into("#code", &recovery).await;
    worker.click("#sign-in-code").await;
    worker.wait_for_heading("Referrals").await;
    worker.click("#two-step-link").await;
    worker.wait_for_text("#codes-left", "Recovery codes left: 9").await;
    worker.find("#two-step-stays").await;
    worker.check_page("two-step-07-on").await;

    // The admin removes the authenticator of a worker who lost their phone.
    admin.goto(&server.url("/staff/accounts")).await;
    admin.wait_for_text("table", "Uses two-step sign-in").await;
    admin.client.find(Locator::LinkText("Test Worker")).await.expect("the worker's link").click().await.expect("open it");
    admin.wait_for_text("#account-history", "Turned on two-step sign-in").await;
    admin.click("#remove-two-step").await;
    admin.wait_for_text("#account-changed", "Two-step sign-in removed for Test Worker").await;
    admin.wait_for_text("#account-history", "Two-step sign-in removed").await;
    admin.check_page("two-step-08-removed").await;
    worker.goto(&server.url("/staff")).await;
    worker.find("#email").await;
    worker.close().await;
    admin.close().await;

    let log = server.log();
    for event in ["second_factor_policy", "second_factor_on", "second_factor_failed", "second_factor_reset"] {
        assert!(log.contains(&format!("\"security\":\"{event}\"")), "no {event} in the log");
    }
    for secret in [WORKER.0, key.replace(' ', "").as_str(), recovery.as_str()] {
        assert!(!log.contains(secret), "the log holds {secret:?}");
    }
}
