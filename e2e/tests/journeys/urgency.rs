//! Someone in danger now, in Welsh at 375×667, on SQLite and on PostgreSQL: choosing it says
//! at once to call 999 (and how, without speaking) and gives the provider's line; the person
//! can still finish, and after sending is told it will be read first instead of the usual
//! wait. Triage sees it at the top of the queue with the reason in words, before anything else.

use speakup_e2e::{continue_to_check_page, first_staff_sign_in, Browser, Server, PROVIDER_PHONE};
use speakup_locales::{Language, Wording};
use speakup_platform::db::Backend;

const TRIAGE: (&str, &str) = ("triage.urgent@example.org", "triage-first-password");

fn welsh(id: &str) -> &'static str {
    speakup_locales::text(Wording { language: Language::Welsh, easy_read: false }, id)
}

async fn someone_in_danger_is_told_what_to_do_and_read_first(backend: Backend, tag: &str) {
    let server = Server::start(backend, tag).await;
    server.create_staff(TRIAGE.0, "manager", TRIAGE.1).await;
    let browser = Browser::start(375, 667).await;
    browser.goto(&server.url("/")).await;
    browser.click("#language-menu").await;
    browser.click("#language-cy").await;
    browser.find("html[lang='cy']").await;
    browser.click("#start").await;
    browser.choose_and_continue("who-me", &format!("{tag}-who")).await;
    browser.answer("help_with", "Mae rhywun yn fy mrifo gartref.", &format!("{tag}-help")).await;

    browser.find("label[for='urgency-danger']").await;
    browser.choose("urgency-danger").await;
    browser.wait_for_text("#urgent-help", welsh("urgent-help-999")).await;
    let help = browser.text("#urgent-help").await;
    assert!(help.contains(welsh("urgent-help-silent")) && help.contains(PROVIDER_PHONE), "what to do now: {help}");
    let dial = browser.find("#urgent-help-phone a").await.attr("href").await.expect("read href");
    assert_eq!(dial.as_deref(), Some("tel:03001234567"), "the line can be dialled with a tap");
    browser.check_page(&format!("{tag}-danger-cy")).await;
    // Nothing more is asked about it: on to the name.
    browser.click("#continue").await;
    browser.answer("name", "Sam Perygl", &format!("{tag}-name")).await;
    browser.answer("lives_in", "Abertawe", &format!("{tag}-lives-in")).await;
    browser.choose_and_continue("contact-method-phone", &format!("{tag}-contact")).await;
    browser.answer("contact-phone", "07700 900777", &format!("{tag}-phone")).await;
    continue_to_check_page(&browser).await;
    assert!(browser.text("main").await.contains(welsh("urgency-danger")), "the check page shows the answer");
    // Kept in hospital under a section whose number they do not know: an IMHA is still indicated.
    browser.click("a[href='/refer/hospital']").await;
    browser.choose_and_continue("eligibility-mha-status-detained", &format!("{tag}-hospital")).await;
    browser.find("#eligibility-mha-section").await;
    browser.click("#continue").await;
    browser.find("#submit-referral").await;
    let imha = speakup_locales::text(Wording { language: Language::Welsh, easy_read: false }, "advocacy-imha-label");
    assert!(browser.text(".first-guess").await.contains(imha), "IMHA indicated without the section");
    browser.click("#submit-referral").await;

    browser.find("#urgent-first").await;
    browser.check_page(&format!("{tag}-sent-cy")).await;
    let sent = browser.text("main").await;
    assert!(sent.contains(welsh("confirmation-urgent-first")) && sent.contains(welsh("urgent-help-999")), "{sent}");
    assert!(!sent.contains(welsh("status-received-person")), "not the usual wait: {sent}");
    // A newer referral that can wait, so "first in the queue" means something.
    browser.click("#finish").await;
    speakup_e2e::reach_check_page(&browser, &server, "Sam Can Wait").await;
    browser.click("#submit-referral").await;
    browser.find("#reference").await;
    browser.close().await;

    let staff = Browser::start(375, 667).await;
    first_staff_sign_in(&staff, &server, TRIAGE.0, TRIAGE.1).await;
    staff.find(".queue-item").await;
    let first = staff.text(".queue-item").await;
    assert!(first.contains("Sam Perygl") && first.contains("in danger now"), "first in the queue, saying why: {first}");
    staff.check_page(&format!("{tag}-queue")).await;
    staff.click(".queue-item a.queue-link").await;
    staff.find("#why-urgent").await;
    assert!(staff.text("#why-urgent").await.contains("someone is in danger now"));
    staff.check_page(&format!("{tag}-referral")).await;
    staff.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn danger_now_on_sqlite() {
    someone_in_danger_is_told_what_to_do_and_read_first(Backend::Sqlite, "urgent-sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn danger_now_on_postgres() {
    someone_in_danger_is_told_what_to_do_and_read_first(Backend::Postgres, "urgent-postgres").await;
}
