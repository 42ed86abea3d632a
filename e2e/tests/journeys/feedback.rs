//! Anonymous feedback in headless Chromium at 375×667, with axe-core on every page: a carer
//! finds "Give feedback" in the footer, answers on the scale of faces (skipping one), writes a
//! few words, sends them to the commissioner with a receipt; a commissioner signs in, reads it
//! in their inbox and replies; the carer comes back with the receipt, typed in capitals, reads
//! the reply and answers it; the commissioner sees that the carer is waiting for them.

use fantoccini::Locator;
use speakup_e2e::{first_staff_sign_in, sign_in, Browser, Server, ADMIN_EMAIL, ADMIN_PASSWORD};
use speakup_locales::{Language, Wording};
use speakup_platform::db::Backend;

const WORDS: &str = "The advocate was kind, but nobody rang me back after the meeting.";
const REPLY: &str = "Thank you for telling us. We have asked the service to call carers back within a week.";
const ANSWER: &str = "Thank you. That would help a lot.";
/// WebDriver's Backspace key.
const BACKSPACE: &str = "\u{E003}";
const COMMISSIONER: (&str, &str) = ("commissioner@example.org", "commissioner-first-password");

async fn carer_gives_feedback_to_the_commissioner_and_reads_the_reply(backend: Backend, tag: &str) {
    let server = Server::start(backend, tag).await;
    let carer = Browser::start(375, 667).await;
    carer.goto(&server.url("/track")).await;
    carer.click("footer a[href='/feedback']").await;
    carer.wait_for_heading("Who is giving feedback").await;
    carer.check_page(&format!("{tag}-01-who")).await;
    carer.click("#continue").await;
    carer.wait_for_text(".error-summary", "Choose who is giving feedback").await;
    carer.check_page(&format!("{tag}-02-who-error")).await;
    carer.choose("sender-carer_family_friend").await;
    carer.click("#continue").await;

    carer.wait_for_heading("as a carer").await;
    assert!(carer.url().await.ends_with("/feedback/as-a-carer"), "the sender is in the address");
    carer.check_page(&format!("{tag}-03-questions")).await;
    carer.choose("answer-heard-2").await;
    carer.choose("answer-outcome-4").await;
    carer.choose("answer-information-1").await;
    // Changed their mind: skipped after all, and the skip stays chosen.
    carer.choose("answer-information-skip").await;
    carer.wait_until("document.getElementById('answer-information-skip').checked", "the skip to stay chosen").await;
    carer.click("#continue").await;

    carer.wait_for_heading("Anything else").await;
    carer.check_page(&format!("{tag}-04-words")).await;
    carer.choose("overall-3").await;
    carer.type_into("#comments", WORDS).await;
    carer.click("#continue").await;

    carer.wait_for_heading("Who should read this").await;
    carer.click("#send-feedback").await;
    carer.wait_for_text(".error-summary", "Choose who should read your feedback").await;
    carer.check_page(&format!("{tag}-05-reader-errors")).await;
    carer.choose("reader-commissioner").await;
    carer.choose("receipt-yes").await;
    carer.type_into("#reference", "not a reference").await;
    carer.click("#send-feedback").await;
    carer.wait_for_text(".error-summary", "Enter the reference as it is on your receipt").await;
    assert_eq!(carer.find("#reference").await.prop("value").await.unwrap().as_deref(), Some("not a reference"), "what was typed stays");
    // They decide not to link it after all, and delete what they typed.
    carer.click("#reference").await;
    carer.press(&BACKSPACE.repeat("not a reference".len())).await;
    carer.click("#send-feedback").await;

    carer.wait_for_heading("Thank you for your feedback").await;
    let receipt = carer.text("#feedback-receipt").await;
    assert_eq!(receipt.split_whitespace().count(), 6, "{receipt}");
    carer.check_page(&format!("{tag}-06-sent")).await;

    server.create_staff(COMMISSIONER.0, "commissioner", COMMISSIONER.1).await;
    let commissioner = Browser::start(375, 667).await;
    first_staff_sign_in(&commissioner, &server, COMMISSIONER.0, COMMISSIONER.1).await;
    commissioner.wait_for_heading("Feedback").await;
    commissioner.wait_for_text("#inbox", "From a carer, family member or friend").await;
    commissioner.wait_for_text("#inbox", "nobody rang me back").await;
    commissioner.check_page(&format!("{tag}-07-inbox")).await;
    commissioner.click("#inbox a.queue-link").await;
    commissioner.wait_for_text("#feedback-comments", WORDS).await;
    let answers = commissioner.text("#feedback-answers").await;
    assert!(answers.contains("Not really") && answers.contains("Mostly"), "{answers}");
    assert!(!answers.contains("information I needed"), "the skipped question is not shown: {answers}");
    commissioner.check_page(&format!("{tag}-08-item")).await;
    commissioner.type_into("#body", REPLY).await;
    commissioner.click("#send-reply").await;
    commissioner.wait_for_text("#messages", REPLY).await;
    commissioner.check_page(&format!("{tag}-09-replied")).await;

    carer.click("#replies-link").await;
    carer.wait_for_heading("Read replies").await;
    carer.check_page(&format!("{tag}-10-receipt")).await;
    carer.type_into("#receipt", &receipt.to_uppercase()).await;
    carer.click("#read-replies").await;
    carer.wait_for_text("#messages", REPLY).await;
    carer.wait_for_text("#your-feedback", WORDS).await;
    carer.check_page(&format!("{tag}-11-conversation")).await;
    carer.type_into("#body", ANSWER).await;
    carer.click("#send-answer").await;
    carer.wait_for_text("#messages", ANSWER).await;
    carer.check_page(&format!("{tag}-12-answered")).await;
    carer.close().await;

    commissioner.goto(&server.url("/staff/feedback")).await;
    commissioner.wait_for_text("#inbox", "Waiting for your reply").await;
    // Hiding asks first, keeps the words and says when; focus goes to what replaced the button.
    commissioner.click("#inbox a.queue-link").await;
    commissioner.click("#hide-feedback").await;
    commissioner.find("#hide-confirm").await;
    commissioner.check_page(&format!("{tag}-13-hide-confirm")).await;
    commissioner.click("#hide-yes").await;
    commissioner.wait_for_text("#feedback-history", "Hidden on").await;
    commissioner.wait_until("document.activeElement && document.activeElement.id === 'show-feedback'", "focus on Show it again").await;
    commissioner.check_page(&format!("{tag}-14-hidden")).await;
    commissioner.goto(&server.url("/staff/feedback")).await;
    commissioner.find("#inbox-empty").await;
    commissioner.close().await;

    let log = server.log();
    for secret in [WORDS, REPLY, ANSWER, receipt.as_str()] {
        assert!(!log.contains(secret), "the log holds {secret:?}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn carer_feedback_on_sqlite() {
    carer_gives_feedback_to_the_commissioner_and_reads_the_reply(Backend::Sqlite, "feedback-sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn carer_feedback_on_postgres() {
    carer_gives_feedback_to_the_commissioner_and_reads_the_reply(Backend::Postgres, "feedback-postgres").await;
}

fn polish(id: &str) -> &'static str {
    speakup_locales::text(Wording { language: Language::Polish, easy_read: false }, id)
}

/// An admin prints a card for referrers in Polish; its code and address open that form in
/// Polish on a phone that has never chosen a language.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_feedback_card_opens_its_form_in_its_language() {
    let server = Server::start(Backend::Sqlite, "feedback-card").await;
    let admin = Browser::start(375, 667).await;
    sign_in(&admin, &server, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    admin.click("#feedback-link").await;
    admin.wait_for_heading("Feedback").await;
    // The provider's themes: added, then retired, the list kept in place.
    admin.click("#themes-link").await;
    admin.wait_for_heading("Themes").await;
    admin.type_into("#name", "Waiting for a call back").await;
    admin.click("#add-theme").await;
    admin.wait_for_text("#themes", "Waiting for a call back").await;
    admin.click("#themes button").await;
    admin.wait_for_text("#themes", "Retired").await;
    admin.check_page("feedback-card-00-themes").await;
    admin.click(".back-link").await;
    admin.click("#card-link").await;
    admin.wait_for_heading("Feedback card").await;
    admin.find("#card-form").await.select_by_value("about-referring").await.expect("choose the form");
    admin.find("#card-language").await.select_by_value("pl").await.expect("choose the language");
    admin.wait_for_text("#card-title", polish("feedback-card-heading")).await;
    assert_eq!(admin.find("#feedback-card").await.attr("lang").await.unwrap().as_deref(), Some("pl"));
    let qr = admin.client.find_all(Locator::Css("#feedback-card svg[role='img']")).await.unwrap();
    assert_eq!(qr.len(), 1, "the card has its code");
    admin.check_page("feedback-card-01-polish").await;
    let address = admin.text("#card-address").await;
    assert!(address.ends_with("/feedback/about-referring?language=pl"), "{address}");
    admin.close().await;

    let phone = Browser::start(375, 667).await;
    phone.goto(&address).await;
    phone.find("html[lang='pl'] main h1").await;
    phone.wait_for_heading(polish("feedback-questions-heading-referrer")).await;
    phone.check_page("feedback-card-02-form").await;
    phone.close().await;
}
