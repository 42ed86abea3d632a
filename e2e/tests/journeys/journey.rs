//! The foundation journey in headless Chromium at 375×667, on SQLite and on PostgreSQL:
//! a person self-refers and gets a code; a triage worker signs in and accepts it; the
//! person tracks it and reads the accepted status, then, asked once more, stops it from the
//! same page. Something happening in two days puts it at
//! the top of the queue with the reason, and the person is told so rather than the usual wait.
//! axe-core checks every page on the way.

use speakup_e2e::{in_days, type_date, Browser, Server, PROVIDER_PHONE};
use speakup_platform::db::Backend;

const HELP_WITH: &str = "The council wants to move me to a care home and I do not want to go.";
const NAME: &str = "Sam Example";
const PHONE: &str = "07700 900982";
const CODEWORD: &str = "bluebell";
const SOON: &str = "A meeting about moving me";
const LIVES_IN: &str = "Bradford";
const DO_NOT_INVOLVE: &str = "My son: he must not be told about this.";
const TRIAGE: (&str, &str) = ("triage@example.org", "triage-first-password");

/// Returns the reference and tracking code from the confirmation page.
async fn self_refer(browser: &Browser, server: &Server, tag: &str) -> (String, String) {
    browser.goto(&server.url("/")).await;
    browser.wait_for_heading("advocate").await;
    browser.check_page(&format!("{tag}-01-start")).await;
    browser.click("#start").await;
    browser.choose_and_continue("who-me", &format!("{tag}-01b-who")).await;

    // An empty answer shows an error summary and keeps the person on the page.
    browser.find("#help_with").await;
    browser.click("#continue").await;
    browser.find("[role='alert'] a[href='#help_with']").await;
    browser.check_page(&format!("{tag}-02-help-error")).await;
    browser.answer("help_with", HELP_WITH, &format!("{tag}-03-help")).await;
    how_soon(browser, tag).await;
    browser.answer("name", NAME, &format!("{tag}-04-name")).await;
    browser.answer("lives_in", LIVES_IN, &format!("{tag}-04b-lives-in")).await;
    browser.choose_and_continue("contact-method-phone", &format!("{tag}-05-contact")).await;
    browser.answer("contact-phone", PHONE, &format!("{tag}-06-phone")).await;

    browser.find("label[for='contact-safe_to_leave_message-no']").await;
    browser.check_page(&format!("{tag}-07-messages")).await;
    browser.choose("contact-safe_to_leave_message-no").await;
    // Marking the chosen way (phone) as unsafe is caught on this page, and nothing chosen is lost.
    browser.choose("contact-not_safe-phone").await;
    browser.choose("contact-not_safe-letter").await;
    browser.click("#continue").await;
    browser.find("[role='alert'] a[href='#contact-not_safe']").await;
    browser.check_page(&format!("{tag}-07b-unsafe-error")).await;
    assert!(browser.find("#contact-safe_to_leave_message-no").await.is_selected().await.unwrap());
    browser.choose("contact-not_safe-phone").await;
    browser.click("#continue").await;
    // One question to a page: when it is safe, then a codeword.
    browser.answer("contact-safe_times", "weekday mornings", &format!("{tag}-07c-safe-times")).await;
    browser.answer("contact-codeword", CODEWORD, &format!("{tag}-07d-codeword")).await;

    browser.find("label[for='communication-easy_read']").await;
    browser.check_page(&format!("{tag}-08-communication")).await;
    browser.choose("communication-easy_read").await;
    browser.choose("communication-braille").await;
    browser.click("#continue").await;

    browser.find("label[for='preferences-advocate_gender-woman']").await;
    browser.check_page(&format!("{tag}-08b-advocate")).await;
    browser.choose("preferences-advocate_gender-woman").await;
    browser.type_into("#preferences-advocate_language", "Urdu").await;
    browser.click("#continue").await;
    browser.answer("preferences-do_not_involve", DO_NOT_INVOLVE, &format!("{tag}-08c-people")).await;

    browser.choose_and_continue("eligibility-process-needs_assessment", &format!("{tag}-09-council")).await;
    // Legal words are explained where they first come.
    browser.find("label[for='eligibility-mha-status-detained']").await;
    let hospital = browser.text("main").await;
    assert!(hospital.contains("the law that lets doctors keep someone in hospital") && hospital.contains("sectioned"), "{hospital}");
    browser.choose_and_continue("eligibility-mha-status-detained", &format!("{tag}-10-hospital")).await;
    // Kept in hospital: which section decides IMHA, so it is asked next; a wrong one is named.
    browser.find("#eligibility-mha-section").await;
    browser.check_page(&format!("{tag}-10b-section")).await;
    browser.type_into("#eligibility-mha-section", "three").await;
    browser.click("#continue").await;
    browser.find("[role='alert'] a[href='#eligibility-mha-section']").await;
    browser.check_page(&format!("{tag}-10c-section-error")).await;
    browser.type_into("#eligibility-mha-section", "s3").await;
    browser.click("#continue").await;
    browser.choose_and_continue("eligibility-nhs_complaint-no", &format!("{tag}-11-complaint")).await;
    browser.choose_and_continue("eligibility-difficulty-understanding", &format!("{tag}-12-difficulty")).await;
    browser.choose_and_continue("eligibility-family_or_friend_to_consult-no", &format!("{tag}-13-support")).await;
    answer_equality(browser, tag).await;

    browser.find("#submit-referral").await;
    browser.check_page(&format!("{tag}-14-check")).await;
    let check = browser.text("main").await;
    // The first guess speaks to the person, and never as a no.
    let guess = browser.text(".first-guess").await;
    assert!(guess.contains("You have to stay in hospital under the Mental Health Act") && !guess.contains("The person"), "{guess}");
    for shown in [HELP_WITH, SOON, LIVES_IN, PHONE, "Letter", "Braille", "A woman", DO_NOT_INVOLVE, "Answered 2 questions", "s3", "Independent Mental Health Advocate (IMHA)", "Why:"] {
        assert!(check.contains(shown), "check your answers shows {shown:?}");
    }
    browser.click("#submit-referral").await;

    let reference = browser.text("#reference").await;
    let code = browser.text("#tracking-code").await;
    browser.check_page(&format!("{tag}-15-confirmation")).await;
    // Read first, before the meeting: not the usual "within 2 working days".
    let next = browser.text("main").await;
    assert!(browser.text("#urgent-before").await.contains(SOON), "told it will be read before the meeting");
    assert!(!next.contains("2 working days"), "someone with a meeting in two days is not told to wait: {next}");
    assert!(browser.text("#urgent-help").await.contains(PROVIDER_PHONE), "and how to reach the team meanwhile");
    assert!(reference.starts_with("SU-"), "{reference}");
    assert_eq!(code.split_whitespace().count(), 4, "{code}");
    (reference, code)
}

/// Danger now says at once what to do; something soon asks what and when, and a date already
/// gone is named. The referral goes on with a meeting in two days.
async fn how_soon(browser: &Browser, tag: &str) {
    browser.find("label[for='urgency-danger']").await;
    browser.click("#continue").await;
    browser.find("[role='alert'] a[href='#urgency-danger']").await;
    browser.check_page(&format!("{tag}-03b-how-soon-error")).await;
    browser.choose("urgency-danger").await;
    browser.wait_for_text("#urgent-help", "call 999").await;
    browser.wait_for_text("#urgent-help-phone", PROVIDER_PHONE).await;
    browser.check_page(&format!("{tag}-03c-danger")).await;
    browser.choose("urgency-soon").await;
    browser.click("#continue").await;

    browser.find("#urgency-soon-what").await;
    browser.type_into("#urgency-soon-what", SOON).await;
    type_date(browser, "urgency-soon-date", in_days(-1)).await;
    browser.click("#continue").await;
    browser.find("[role='alert'] a[href='#urgency-soon-date-day']").await;
    browser.check_page(&format!("{tag}-03d-soon-past")).await;
    type_date(browser, "urgency-soon-date", in_days(2)).await;
    browser.click("#continue").await;
}

/// The optional equality questions only appear once the person chooses to answer, and
/// "prefer not to say" clears the other answers to a many-answer question.
async fn answer_equality(browser: &Browser, tag: &str) {
    browser.find("label[for='equality-answering-yes']").await;
    browser.check_page(&format!("{tag}-13b-equality")).await;
    browser.choose("equality-answering-yes").await;
    browser.find("label[for='equality-age-35_44']").await;
    browser.check_page(&format!("{tag}-13c-equality-questions")).await;
    browser.choose("equality-age-35_44").await;
    browser.choose("equality-life_circumstances-homeless").await;
    browser.choose("equality-life_circumstances-learning_disability").await;
    browser.choose("equality-life_circumstances-prefer_not_to_say").await;
    let ticked = |id: &'static str| async move { browser.find(&format!("#equality-life_circumstances-{id}")).await.is_selected().await.unwrap() };
    assert!(ticked("prefer_not_to_say").await);
    assert!(!ticked("homeless").await && !ticked("learning_disability").await, "prefer not to say clears the rest");
    browser.click("#continue").await;
}

async fn triage_accepts(browser: &Browser, server: &Server, reference: &str, tag: &str) {
    browser.goto(&server.url("/staff/login")).await;
    answer_login(browser, tag).await;

    // New staff choose their own password first.
    browser.find("#current_password").await;
    browser.check_page(&format!("{tag}-21-change-password")).await;
    browser.type_into("#current_password", TRIAGE.1).await;
    browser.type_into("#new_password", "a-password-of-my-own").await;
    browser.click("#continue").await;

    let link = "a.queue-link[href^='/staff/referrals/']";
    browser.wait_for_text(link, reference).await;
    assert!(browser.text(".queue-urgent").await.contains(SOON), "the queue says why it is urgent");
    browser.check_page(&format!("{tag}-22-queue")).await;
    browser.click(link).await;

    browser.find("#accept").await;
    browser.wait_for_text("main", NAME).await;
    // Why it is urgent comes before everything else on the page.
    assert!(browser.text("#why-urgent").await.contains(SOON), "the reason in words");
    let before = |a: &str, b: &str| format!("return document.querySelector('{a}').compareDocumentPosition(document.querySelector('{b}')) & 4;");
    let first = browser.script(&before("#why-urgent", ".own-words")).await;
    assert_eq!(first, serde_json::json!(4), "the reason comes before the referral's own words");
    // The decision sits by the referral at a glance, not after all of it.
    let glance = browser.text("#at-a-glance").await;
    assert!(glance.contains(NAME) && glance.contains("The person") && glance.contains("Independent Mental Health Advocate"), "{glance}");
    assert_eq!(browser.script(&before("#accept", ".own-words")).await, serde_json::json!(4), "the decision comes before the details");
    let page = browser.text("main").await;
    for shown in [LIVES_IN, "Never contact by", "Letter", CODEWORD, "Braille", "A woman", DO_NOT_INVOLVE] {
        assert!(page.contains(shown), "triage sees the profile: {shown:?}");
    }
    // Equality answers are kept apart from the case: the team never sees them.
    for hidden in ["35 to 44", "Equality", "Prefer not to say"] {
        assert!(!page.contains(hidden), "triage must not see equality answers: {hidden:?}");
    }
    // Staff see what the result rests on, and who gave it.
    let facts = browser.text("#facts").await;
    assert!(facts.contains("Detained in hospital under a section") && facts.contains("Needs assessment"), "the facts: {facts}");
    assert!(browser.text("#given-by").await.contains("the person"), "who gave the facts");
    // What the engine still needs reads in words, never as a field's name.
    for raw in ["mca_decision", "unpaid_rpr_available", "family_or_friend_to_consult", "needs_help_to_be_heard", "capacity.can_instruct"] {
        let readable = raw.replace(['_', '.'], " ");
        let readable = readable[..1].to_uppercase() + &readable[1..];
        assert!(!page.contains(&readable), "a field's name shown to staff: {readable:?}");
    }
    browser.check_page(&format!("{tag}-23-referral")).await;
    // A decision is asked once more; "No" changes nothing.
    browser.click("#accept").await;
    browser.wait_until("document.activeElement.id === 'confirm-decision'", "focus on the question").await;
    browser.check_page(&format!("{tag}-23-confirm-accept")).await;
    browser.click("#confirm-no").await;
    browser.wait_until("document.activeElement.id === 'accept'", "focus back on the button that asked").await;
    assert_eq!(browser.text("#referral-status").await, "Received", "nothing decided yet");
    browser.click("#accept").await;
    browser.click("#confirm-accept").await;
    browser.wait_for_text("#referral-status", "Accepted").await;
    browser.check_page(&format!("{tag}-24-accepted")).await;
}

async fn answer_login(browser: &Browser, tag: &str) {
    browser.find("#email").await;
    browser.check_page(&format!("{tag}-20-sign-in")).await;
    browser.type_into("#email", TRIAGE.0).await;
    browser.type_into("#password", TRIAGE.1).await;
    browser.click("#sign-in").await;
}

async fn person_tracks(browser: &Browser, server: &Server, reference: &str, code: &str, tag: &str) {
    browser.goto(&server.url("/track")).await;
    browser.find("#reference").await;
    browser.check_page(&format!("{tag}-30-track")).await;
    // People type codes however they like: case and spacing do not matter.
    browser.type_into("#reference", &reference.to_lowercase()).await;
    browser.type_into("#tracking_code", &code.to_uppercase()).await;
    browser.click("#continue").await;
    browser.wait_for_text("#status-label", "Accepted").await;
    let text = browser.text("#status-text").await;
    assert!(!text.is_empty());
    browser.check_page(&format!("{tag}-31-tracked")).await;

    // They no longer want an advocate: asked once more, "No" keeps it; "Yes" stops it.
    browser.click("#withdraw").await;
    browser.find("#confirm-withdraw").await;
    browser.check_page(&format!("{tag}-32-withdraw")).await;
    browser.click("#withdraw-no").await;
    browser.find("#withdraw").await;
    assert_eq!(browser.text("#status-label").await, "Accepted", "nothing changed");
    browser.click("#withdraw").await;
    browser.click("#withdraw-yes").await;
    browser.wait_for_text("#status-label", "You said no").await;
    assert!(browser.script("return document.getElementById('withdraw') === null;").await == serde_json::Value::Bool(true), "nothing left to stop");
    browser.check_page(&format!("{tag}-33-withdrawn")).await;
}

fn assert_logs_hold_no_personal_data(server: &Server, code: &str) {
    let log = server.log();
    assert!(log.contains("referral received"), "the server logged the referral by id");
    for secret in [NAME, PHONE, HELP_WITH, code, "weekday mornings", "Mozilla"] {
        assert!(!log.contains(secret), "the log holds {secret:?}");
    }
    for line in log.lines().filter(|l| l.contains("\"request\"")) {
        assert!(!line.contains("127.0.0.1"), "a request log line holds an IP address: {line}");
    }
}

async fn journey(backend: Backend, tag: &str) {
    let server = Server::start(backend, tag).await;
    server.create_staff(TRIAGE.0, "manager", TRIAGE.1).await;

    let person = Browser::start(375, 667).await;
    let (reference, code) = self_refer(&person, &server, tag).await;

    let staff = Browser::start(375, 667).await;
    triage_accepts(&staff, &server, &reference, tag).await;
    staff.close().await;

    person_tracks(&person, &server, &reference, &code, tag).await;
    person.close().await;
    assert_logs_hold_no_personal_data(&server, &code);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn self_referral_triage_and_tracking_on_sqlite() {
    journey(Backend::Sqlite, "sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn self_referral_triage_and_tracking_on_postgres() {
    journey(Backend::Postgres, "postgres").await;
}
