//! A referral for someone else in headless Chromium at 375×667, on SQLite and on PostgreSQL:
//! a carer refers their mother, who cannot say whether she agrees, so the carer explains why
//! an advocate is in her best interests; the team contacts her through the carer. A triage
//! worker sees who referred her apart from her own details and accepts; the carer tracks it.
//! axe-core checks every page on the way.

use speakup_e2e::{Browser, Server};
use speakup_platform::db::Backend;

const REFERRER: &str = "Alex Carer";
const REFERRER_PHONE: &str = "07700 900123";
const PERSON: &str = "Joan Carer";
const HELP_WITH: &str = "The council is reviewing my mother's care and plans to cut her visits.";
const LIVES_IN: &str = "Wakefield";
const OWN_WORDS: &str = "I want to stay at home with my cat.";
const BEST_INTERESTS: &str = "She cannot follow the review meetings and the decision is being made without her.";
const PREVIOUS_ADVOCATE: &str = "Ruth from Carers Leeds";
const TRIAGE: (&str, &str) = ("triage.worker@example.org", "triage-first-password");

/// Returns the reference and tracking code from the confirmation page.
async fn refer_mother(browser: &Browser, server: &Server, tag: &str) -> (String, String) {
    browser.goto(&server.url("/")).await;
    browser.wait_for_heading("advocate").await;
    browser.check_page(&format!("{tag}-01-start")).await;
    browser.click("#start").await;
    browser.choose_and_continue("who-someone_else", &format!("{tag}-02-who")).await;

    // Before giving their details, the carer is told who will see them.
    browser.find("#referrer-name").await;
    assert!(browser.text("main").await.contains("will see your name"), "who sees the referrer's details");
    browser.answer("referrer-name", REFERRER, &format!("{tag}-03-your-name")).await;
    browser.choose_and_continue("referrer-relationship-carer", &format!("{tag}-04-relationship")).await;
    browser.choose_and_continue("referrer-contact-method-phone", &format!("{tag}-05-your-contact")).await;
    browser.answer("referrer-contact-phone", REFERRER_PHONE, &format!("{tag}-06-your-phone")).await;
    browser.answer("person_name", PERSON, &format!("{tag}-07-their-name")).await;
    browser.answer("lives_in", LIVES_IN, &format!("{tag}-07b-where-they-live")).await;
    // Pictures of the common reasons sit beside the words; both can be given.
    browser.find("label[for='reasons-care_changing']").await;
    browser.choose("reasons-care_changing").await;
    browser.answer("help_with", HELP_WITH, &format!("{tag}-08-help")).await;
    browser.choose_and_continue("urgency-neither", &format!("{tag}-08b-how-soon")).await;
    browser.answer("person_own_words", OWN_WORDS, &format!("{tag}-09-own-words")).await;
    browser.choose_and_continue("consent-cannot_say", &format!("{tag}-10-agreement")).await;

    // Without her agreement the carer must say why an advocate is in her best interests.
    browser.find("#best_interests").await;
    browser.click("#continue").await;
    browser.find("[role='alert'] a[href='#best_interests']").await;
    let explained = browser.text("main").await;
    assert!(explained.contains("best interests means") && explained.contains("You do not decide this alone"), "{explained}");
    browser.check_page(&format!("{tag}-11-best-interests-error")).await;
    browser.answer("best_interests", BEST_INTERESTS, &format!("{tag}-12-best-interests")).await;

    // Through the carer: the pages for her own contact details are skipped.
    browser.choose_and_continue("contact_through_referrer-yes", &format!("{tag}-13-contact-way")).await;
    browser.find("label[for='communication-large_print']").await;
    browser.check_page(&format!("{tag}-14-communication")).await;
    browser.choose("communication-large_print").await;
    browser.choose("communication-reading_help").await;
    browser.click("#continue").await;

    // The profile questions are about the person, and all optional.
    browser.find("label[for='preferences-advocate_gender-no_preference']").await;
    browser.check_page(&format!("{tag}-14b-advocate")).await;
    browser.type_into("#preferences-previous_advocate", PREVIOUS_ADVOCATE).await;
    browser.click("#continue").await;
    browser.find("#preferences-involve").await;
    browser.check_page(&format!("{tag}-14c-people")).await;
    browser.click("#continue").await;

    browser.choose_and_continue("eligibility-process-care_support_plan", &format!("{tag}-15-council")).await;
    browser.choose_and_continue("eligibility-mha-status-none", &format!("{tag}-16-hospital")).await;
    browser.choose_and_continue("eligibility-nhs_complaint-unknown", &format!("{tag}-17-complaint")).await;
    // With no difficulty taking part, whether someone could help changes nothing, so it is not asked.
    browser.choose_and_continue("eligibility-difficulty-none", &format!("{tag}-18-difficulty")).await;
    browser.choose_and_continue("equality-answering-no", &format!("{tag}-19b-equality")).await;

    browser.find("#submit-referral").await;
    browser.check_page(&format!("{tag}-20-check")).await;
    let check = browser.text("main").await;
    for shown in [REFERRER, REFERRER_PHONE, PERSON, LIVES_IN, "Care or support is changing", HELP_WITH, OWN_WORDS, BEST_INTERESTS, "Through you", PREVIOUS_ADVOCATE, "Skipped"] {
        assert!(check.contains(shown), "check your answers shows {shown:?}");
    }
    assert!(!check.contains("Family or friend who could help"), "a question not asked has no row");
    browser.click("#submit-referral").await;

    let reference = browser.text("#reference").await;
    let code = browser.text("#tracking-code").await;
    browser.check_page(&format!("{tag}-21-confirmation")).await;
    assert!(reference.starts_with("SU-"), "{reference}");
    assert_eq!(code.split_whitespace().count(), 4, "{code}");
    (reference, code)
}

async fn triage_accepts(browser: &Browser, server: &Server, reference: &str, tag: &str) {
    browser.goto(&server.url("/staff/login")).await;
    browser.find("#email").await;
    browser.check_page(&format!("{tag}-30-sign-in")).await;
    browser.type_into("#email", TRIAGE.0).await;
    browser.type_into("#password", TRIAGE.1).await;
    browser.click("#sign-in").await;

    // New staff choose their own password first.
    browser.find("#current_password").await;
    browser.check_page(&format!("{tag}-31-change-password")).await;
    browser.type_into("#current_password", TRIAGE.1).await;
    browser.type_into("#new_password", "a-password-of-my-own").await;
    browser.click("#continue").await;

    let link = "a.queue-link[href^='/staff/referrals/']";
    browser.wait_for_text(link, reference).await;
    browser.check_page(&format!("{tag}-32-queue")).await;
    browser.click(link).await;

    browser.find("#accept").await;
    browser.wait_for_text("#referred-by", "Referred by").await;
    let referrer = browser.text("#referred-by").await;
    assert!(referrer.contains(REFERRER) && referrer.contains(REFERRER_PHONE), "the referrer's details: {referrer}");
    assert!(browser.text("#reasons").await.contains("Care or support is changing"), "triage sees the picture chosen");
    let person = browser.text("#the-person").await;
    for shown in [PERSON, LIVES_IN, BEST_INTERESTS, OWN_WORDS, "Through the referrer"] {
        assert!(person.contains(shown), "the person's section shows {shown:?}: {person}");
    }
    assert!(!person.contains(REFERRER_PHONE), "the referrer's phone is kept out of the person's section");
    let page = browser.text("main").await;
    for shown in [PREVIOUS_ADVOCATE, "Help with reading and forms", "Large print"] {
        assert!(page.contains(shown), "triage sees the person's profile: {shown:?}");
    }
    // Staff see what the result rests on, and who gave it.
    let facts = browser.text("#facts").await;
    assert!(facts.contains("None of the four") && facts.contains("Preparing a care and support plan"), "the facts: {facts}");
    assert!(browser.text("#given-by").await.contains(REFERRER), "who gave the facts");
    browser.check_page(&format!("{tag}-33-referral")).await;
    browser.click("#accept").await;
    browser.click("#confirm-accept").await;
    browser.wait_for_text("#referral-status", "Accepted").await;
    browser.check_page(&format!("{tag}-34-accepted")).await;
}

async fn carer_tracks(browser: &Browser, server: &Server, reference: &str, code: &str, tag: &str) {
    browser.goto(&server.url("/track")).await;
    browser.find("#reference").await;
    browser.check_page(&format!("{tag}-40-track")).await;
    browser.type_into("#reference", reference).await;
    browser.type_into("#tracking_code", code).await;
    browser.click("#continue").await;
    browser.wait_for_text("#status-label", "Accepted").await;
    browser.check_page(&format!("{tag}-41-tracked")).await;
}

fn assert_logs_hold_no_personal_data(server: &Server, code: &str) {
    let log = server.log();
    assert!(log.contains("referral received"), "the server logged the referral by id");
    for secret in [REFERRER, REFERRER_PHONE, PERSON, HELP_WITH, OWN_WORDS, BEST_INTERESTS, code, "Mozilla"] {
        assert!(!log.contains(secret), "the log holds {secret:?}");
    }
}

async fn journey(backend: Backend, tag: &str) {
    let server = Server::start(backend, tag).await;
    server.create_staff(TRIAGE.0, "manager", TRIAGE.1).await;

    let carer = Browser::start(375, 667).await;
    let (reference, code) = refer_mother(&carer, &server, tag).await;

    let staff = Browser::start(375, 667).await;
    triage_accepts(&staff, &server, &reference, tag).await;
    staff.close().await;

    carer_tracks(&carer, &server, &reference, &code, tag).await;
    carer.close().await;
    assert_logs_hold_no_personal_data(&server, &code);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_carer_refers_their_mother_without_her_agreement_on_sqlite() {
    journey(Backend::Sqlite, "on-behalf-sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_carer_refers_their_mother_without_her_agreement_on_postgres() {
    journey(Backend::Postgres, "on-behalf-postgres").await;
}
