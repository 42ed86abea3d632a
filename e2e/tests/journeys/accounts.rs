//! Staff accounts in headless Chromium at 375×667: the first administrator adds a manager
//! through the accounts page (after a failed, empty attempt), and that worker signs
//! in, chooses their own password and reaches the referrals queue. The admin then opens the
//! worker's account, resets the password, changes the role and disables it: the worker's open
//! session ends at once, and the history says who did what. axe-core checks each state.

use speakup_e2e::{sign_in, Browser, Server, ADMIN_EMAIL, ADMIN_PASSWORD};
use speakup_platform::db::Backend;

const WORKER: (&str, &str, &str) = ("Robin Triage", "robin.triage@example.org", "robin-first-password");

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_admin_adds_a_manager_who_can_then_sign_in() {
    let server = Server::start(Backend::Sqlite, "accounts").await;

    let admin = Browser::start(375, 667).await;
    sign_in(&admin, &server, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    admin.click("#accounts-link").await;
    admin.wait_for_heading("Staff accounts").await;
    admin.wait_for_text("table", ADMIN_EMAIL).await;
    admin.check_page("accounts-01-list").await;

    // An empty form shows every problem at the top, each linked to its field.
    admin.click("#add-staff").await;
    for field in ["#display_name", "#email", "#role-admin", "#password"] {
        admin.find(&format!("[role='alert'] a[href='{field}']")).await;
    }
    admin.check_page("accounts-02-errors").await;

    admin.type_into("#display_name", WORKER.0).await;
    admin.type_into("#email", WORKER.1).await;
    admin.click("label[for='role-manager']").await;
    admin.type_into("#password", WORKER.2).await;
    admin.click("#add-staff").await;
    admin.wait_for_text("[role='status'] .notice", &format!("{} can now sign in as Manager", WORKER.0)).await;
    admin.wait_for_text("table", WORKER.1).await;
    let focused = admin.client.execute("return document.activeElement.id;", vec![]).await.expect("read focus");
    assert_eq!(focused, "staff-added", "the success message takes focus");
    assert_eq!(admin.find("#email").await.prop("value").await.expect("read email").as_deref(), Some(""));
    admin.check_page("accounts-03-added").await;
    admin.close().await;

    // The new worker chooses their own password first, then reaches the queue.
    let worker = Browser::start(375, 667).await;
    sign_in(&worker, &server, WORKER.1, WORKER.2).await;
    worker.find("#current_password").await;
    worker.type_into("#current_password", WORKER.2).await;
    worker.type_into("#new_password", "robin-chose-this-one").await;
    worker.click("#continue").await;
    worker.wait_for_heading("Referrals").await;
    assert!(
        worker.client.find_all(fantoccini::Locator::Css("#accounts-link")).await.expect("look for the link").is_empty(),
        "only administrators see the staff accounts link"
    );
    worker.check_page("accounts-04-worker-queue").await;

    // The admin opens the worker's account.
    let admin = Browser::start(375, 667).await;
    sign_in(&admin, &server, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    admin.click("#accounts-link").await;
    admin.wait_for_text("table", WORKER.1).await;
    admin.client.find(fantoccini::Locator::LinkText(WORKER.0)).await.expect("the worker's link").click().await.expect("open it");
    admin.wait_for_heading(WORKER.0).await;
    admin.wait_for_text("#account-history", "Chose a new password").await;
    admin.check_page("accounts-05-account").await;

    // A new role: the worker, still on the queue, is signed out at their next step.
    admin.click("label[for='new-role-advocate']").await;
    admin.click("#change-role").await;
    admin.wait_for_text("#account-changed", &format!("{} is now Advocate", WORKER.0)).await;
    worker.goto(&server.url("/staff")).await;
    worker.find("#email").await;
    assert!(worker.url().await.ends_with("/staff/login"), "an ended session goes back to sign in");

    // A one-time password, shown once; then the account is disabled.
    admin.click("#reset-password").await;
    let one_time = admin.text("#one-time-password").await;
    assert_eq!(one_time.len(), 19, "{one_time}");
    admin.check_page("accounts-06-one-time-password").await;
    admin.click("#set-active").await;
    admin.wait_for_text("#account-changed", "can no longer sign in").await;
    admin.wait_for_text("dl.summary-list", "Disabled").await;
    for said in ["Disabled", "Password reset to a one-time password", "Role changed to Advocate", "Account made, as Manager"] {
        admin.wait_for_text("#account-history", said).await;
    }
    admin.check_page("accounts-07-disabled").await;

    sign_in(&worker, &server, WORKER.1, &one_time).await;
    worker.wait_for_text("[role='alert']", "The email address or password is not right").await;
    worker.close().await;
    admin.close().await;

    // Security events are logged by account id, never by name or address.
    let log = server.log();
    for event in ["sign_in_failed", "role_changed", "password_reset", "account_disabled", "account_created"] {
        assert!(log.contains(&format!("\"security\":\"{event}\"")), "no {event} in the log");
    }
    for personal in [WORKER.0, WORKER.1, ADMIN_EMAIL, &one_time] {
        assert!(!log.contains(personal), "the log holds {personal:?}");
    }
}
