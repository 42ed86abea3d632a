//! A professional's referral in headless Chromium at 375×667, on SQLite and on PostgreSQL:
//! a social worker refers a man who cannot weigh up his options, whose son (the only person
//! who could support him) is implicated in abuse, who has had no capacity assessment yet, and
//! about whom there is a safeguarding concern with a section 42 enquiry and a meeting coming.
//! Their answers survive an error, a refresh and a change from "check your answers"; they see
//! the indicated result before and after sending. A triage worker sees the evidence,
//! safeguarding and deadline apart from the referrer's details, and accepts. A hearing in two
//! days puts it first: the social worker is told it will be read before then, not "within 2
//! working days", and triage sees why first. axe-core checks every page on the way.

use speakup_e2e::{first_staff_sign_in, in_days, type_date, Browser, Server, PROVIDER_PHONE};
use speakup_platform::db::Backend;

const PERSON_PHONE: &str = "07700 900555";
const CODEWORD: &str = "heron";
const REFERRER: &str = "Alex Okafor";
const ORGANISATION: &str = "Leeds City Council adult social care";
const ROLE: &str = "Social worker";
const EMAIL: &str = "alex.okafor@leeds.example.gov.uk";
const PERSON: &str = "Peter Hollis";
const LOCATION: &str = "Oak Lodge care home";
const HELP_WITH: &str = "A move to a care home is being planned after a safeguarding concern.";
const BEST_INTERESTS: &str = "Decisions about where he lives are being made and nobody independent speaks for him.";
const STAGE: &str = "Strategy discussion held; enquiry under way.";
const EVIDENCE: &str = "Could not compare staying at home with moving when we went through it twice.";
const CANDIDATE: &str = "Son";
const CONCERN: &str = "Financial abuse suspected: his pension is being taken.";
const S42: &str = "S42-2026-0173";
const DELEGATED: &str = "Oak Lodge manager, Sam Reid";
const MEETING: &str = "Safeguarding planning meeting";
const HEARING: &str = "Court of Protection hearing";
const RISK: &str = "The son may be at the house; visit with a colleague.";
const TRIAGE: (&str, &str) = ("triage.pro@example.org", "triage-first-password");

async fn value(browser: &Browser, css: &str) -> String {
    browser.find(css).await.prop("value").await.expect("read value").unwrap_or_default()
}

async fn ticked(browser: &Browser, id: &str) -> bool {
    browser.find(&format!("#{id}")).await.prop("checked").await.expect("read checked").as_deref() == Some("true")
}

/// About you: a mistyped email is caught, and nothing typed is lost to the error or a refresh.
async fn about_you(browser: &Browser, tag: &str) {
    browser.find("#referrer-name").await;
    browser.check_page(&format!("{tag}-03-about-you")).await;
    browser.type_into("#referrer-name", REFERRER).await;
    browser.type_into("#referrer-organisation", ORGANISATION).await;
    browser.type_into("#referrer-job_role", ROLE).await;
    browser.type_into("#referrer-email", "alex.okafor at leeds").await;
    browser.click("#continue").await;
    browser.find("[role='alert'] a[href='#referrer-email']").await;
    browser.check_page(&format!("{tag}-04-about-you-error")).await;
    browser.client.refresh().await.expect("refresh");
    browser.find("#referrer-name").await;
    assert_eq!(value(browser, "#referrer-name").await, REFERRER, "the name survives the error and a refresh");
    assert_eq!(value(browser, "#referrer-organisation").await, ORGANISATION);
    assert_eq!(value(browser, "#referrer-email").await, "alex.okafor at leeds");
    browser.type_into("#referrer-email", EMAIL).await;
    browser.click("#continue").await;
}

async fn the_person(browser: &Browser, tag: &str) {
    browser.find("#person-name").await;
    browser.check_page(&format!("{tag}-05-person")).await;
    browser.type_into("#person-name", PERSON).await;
    browser.type_into("#person-date_of_birth-day", "4").await;
    browser.type_into("#person-date_of_birth-month", "9").await;
    browser.type_into("#person-date_of_birth-year", "1948").await;
    browser.type_into("#person-location", LOCATION).await;
    browser.choose("eligibility-in_prison-no").await;
    browser.click("#continue").await;

    // The advocate may phone him, but never write: his son opens his post.
    browser.choose("contact_directly-yes").await;
    browser.choose("person-contact-method-phone").await;
    browser.type_into("#person-contact-phone", PERSON_PHONE).await;
    browser.choose("person-contact-safe_to_leave_message-no").await;
    browser.choose("person-contact-not_safe-letter").await;
    browser.type_into("#person-contact-codeword", CODEWORD).await;
    browser.check_page(&format!("{tag}-06-contact")).await;
    browser.click("#continue").await;

    browser.find("#help_with").await;
    browser.check_page(&format!("{tag}-07-reason")).await;
    browser.type_into("#help_with", HELP_WITH).await;
    browser.choose("eligibility-needs_help_to_be_heard-yes").await;
    browser.choose("eligibility-nhs_complaint-no").await;
    // Whether anyone is in danger must be answered; yes says at once what to do now.
    browser.click("#continue").await;
    browser.find("[role='alert'] a[href='#urgency-danger_now']").await;
    browser.choose("urgency-danger_now-yes").await;
    browser.wait_for_text("#urgent-help", "999").await;
    assert!(browser.text("#urgent-help").await.contains(PROVIDER_PHONE));
    browser.check_page(&format!("{tag}-07b-danger")).await;
    browser.choose("urgency-danger_now-no").await;
    browser.click("#continue").await;

    // Without his agreement, the best-interests question opens on the same page.
    browser.find("label[for='consent-cannot_say']").await;
    browser.choose("consent-cannot_say").await;
    browser.find("#best_interests").await;
    browser.check_page(&format!("{tag}-08-agreement")).await;
    browser.type_into("#best_interests", BEST_INTERESTS).await;
    browser.click("#continue").await;

    // The law comes first: the Care Act and capacity, so the Mental Health Act page goes.
    browser.find("label[for='law-care_act']").await;
    let all = browser.text("#progress").await;
    browser.choose("law-care_act").await;
    browser.choose("law-mca").await;
    browser.wait_until("!document.getElementById('progress').textContent.endsWith(PAGES)".replace("PAGES", &format!("'{}'", all.rsplit(' ').next().unwrap_or_default())).as_str(), "one page fewer").await;
    browser.check_page(&format!("{tag}-08b-law")).await;
    browser.click("#continue").await;
}

async fn care_act(browser: &Browser, tag: &str) {
    browser.find("label[for='eligibility-council_involved-yes']").await;
    browser.choose("eligibility-care_support_needs-yes").await;
    browser.choose("eligibility-council_involved-yes").await;
    browser.choose("eligibility-process-safeguarding_enquiry").await;
    browser.choose("eligibility-role-person").await;
    browser.type_into("#process_stage", STAGE).await;
    browser.check_page(&format!("{tag}-09-council")).await;
    browser.click("#continue").await;

    // A ticked area needs its evidence: the error keeps the tick.
    browser.find("label[for='eligibility-difficulty-weighing']").await;
    browser.choose("eligibility-difficulty-weighing").await;
    browser.find("#difficulty_evidence-weighing").await;
    browser.click("#continue").await;
    browser.find("[role='alert'] a[href='#difficulty_evidence-weighing']").await;
    browser.check_page(&format!("{tag}-10-difficulty-error")).await;
    assert!(ticked(browser, "eligibility-difficulty-weighing").await, "the tick survives the error");
    browser.type_into("#difficulty_evidence-weighing", EVIDENCE).await;
    browser.click("#continue").await;

    // His son is the only one who could support him, and is implicated in the abuse.
    browser.find("label[for='eligibility-candidates-yes']").await;
    browser.choose("eligibility-candidates-yes").await;
    browser.type_into("#candidates-0-description", CANDIDATE).await;
    for (question, answer) in [("paid_or_professional", "no"), ("person_does_not_want", "no"), ("unable_or_unavailable", "no"), ("implicated_in_abuse", "yes")] {
        browser.choose(&format!("candidates-0-{question}-{answer}")).await;
    }
    browser.check_page(&format!("{tag}-11-support")).await;
    browser.click("#continue").await;
}

async fn the_rest(browser: &Browser, tag: &str) {
    // With nobody appropriate the exceptions are not asked; no capacity assessment yet.
    browser.find("label[for='eligibility-mca_decision-accommodation_care_home']").await;
    browser.choose("eligibility-mca_decision-accommodation_care_home").await;
    browser.type_into("#eligibility-accommodation_expected_days", "365").await;
    browser.choose("eligibility-capacity-assessment_completed-no").await;
    browser.choose("eligibility-capacity-lacks_capacity_for_decision-yes").await;
    browser.choose("eligibility-family_or_friend_to_consult-no").await;
    browser.check_page(&format!("{tag}-12-capacity")).await;
    browser.click("#continue").await;

    browser.choose_and_continue("eligibility-dols_authorised-no", &format!("{tag}-14-dols")).await;

    browser.find("label[for='safeguarding-yes']").await;
    browser.choose("safeguarding-yes").await;
    browser.type_into("#safeguarding-concern", CONCERN).await;
    browser.type_into("#safeguarding-s42_reference", S42).await;
    browser.choose("eligibility-urgent_enquiry-no").await;
    browser.type_into("#safeguarding-delegated_to", DELEGATED).await;
    browser.check_page(&format!("{tag}-15-safeguarding")).await;
    browser.click("#continue").await;

    browser.click("#deadlines-add").await;
    browser.type_into("#deadlines-0-what", MEETING).await;
    browser.type_into("#deadlines-0-date-day", "15").await;
    browser.type_into("#deadlines-0-date-month", "6").await;
    // A date already gone is caught as it is typed.
    browser.type_into("#deadlines-0-date-year", "2020").await;
    browser.click("#continue").await;
    browser.wait_for_text(".error-summary", "in the past").await;
    browser.check_page(&format!("{tag}-16-deadline-past")).await;
    browser.type_into("#deadlines-0-date-year", "2030").await;
    browser.click("#deadlines-add").await;
    browser.type_into("#deadlines-1-what", HEARING).await;
    type_date(browser, "deadlines-1-date", in_days(2)).await;
    browser.check_page(&format!("{tag}-16-deadlines")).await;
    browser.click("#continue").await;

    browser.answer("risk", RISK, &format!("{tag}-17-risks")).await;
    browser.choose_and_continue("eligibility-existing_advocate-no", &format!("{tag}-18-advocate")).await;
    browser.choose_and_continue("communication-easy_read", &format!("{tag}-19-communication")).await;
    browser.find("label[for='preferences-advocate_gender-no_preference']").await;
    browser.check_page(&format!("{tag}-20-wishes")).await;
    browser.click("#continue").await;
    browser.find("#preferences-involve").await;
    browser.check_page(&format!("{tag}-21-people")).await;
    browser.click("#continue").await;
    browser.find("label[for='equality-answering-yes']").await;
    browser.check_page(&format!("{tag}-21b-equality")).await;
    browser.choose("equality-answering-yes").await;
    browser.choose("equality-age-75_84").await;
    browser.click("#continue").await;
}

/// Returns the reference and tracking code from the confirmation page.
async fn refer(browser: &Browser, server: &Server, tag: &str) -> (String, String) {
    browser.goto(&server.url("/")).await;
    browser.wait_for_heading("advocate").await;
    browser.check_page(&format!("{tag}-01-start")).await;
    browser.click("#start").await;
    browser.choose_and_continue("who-professional", &format!("{tag}-02-who")).await;
    about_you(browser, tag).await;
    the_person(browser, tag).await;
    care_act(browser, tag).await;
    the_rest(browser, tag).await;

    browser.find("#submit-referral").await;
    browser.check_page(&format!("{tag}-22-check")).await;
    let check = browser.text("main").await;
    for shown in [REFERRER, ORGANISATION, EMAIL, PERSON, "4 September 1948", HELP_WITH, BEST_INTERESTS, EVIDENCE, CANDIDATE, CONCERN, S42, MEETING, "15 June 2030", RISK, "Answered 1 question"] {
        assert!(check.contains(shown), "check your answers shows {shown:?}");
    }
    assert!(check.contains("Independent advocate (Care Act)") && check.contains("Someone must check the ability to decide first"),
        "the indicated result is shown, with the IMCA waiting for an assessment: {check}");

    // Change an answer: back on its page with everything kept, then back to the check.
    browser.click("a[href='/refer-professional/difficulty']").await;
    browser.find("#difficulty_evidence-weighing").await;
    assert_eq!(value(browser, "#difficulty_evidence-weighing").await, EVIDENCE);
    browser.click("#continue").await;
    browser.find("#submit-referral").await;
    // Back goes to the page just changed, where the person came from.
    let back = browser.find("a.back-link").await.attr("href").await.expect("read href");
    assert_eq!(back.as_deref(), Some("/refer-professional/difficulty"));
    browser.click("#submit-referral").await;

    let reference = browser.text("#reference").await;
    let code = browser.text("#tracking-code").await;
    browser.check_page(&format!("{tag}-23-confirmation")).await;
    assert!(reference.starts_with("SU-"), "{reference}");
    assert_eq!(code.split_whitespace().count(), 4, "{code}");
    let confirmation = browser.text("main").await;
    assert!(confirmation.contains("Independent advocate (Care Act)"), "the confirmation shows the indicated result");
    assert!(browser.text("#urgent-before").await.contains(HEARING), "read before the hearing");
    assert!(!confirmation.contains("2 working days"), "a hearing in two days is not told to wait: {confirmation}");
    (reference, code)
}

async fn triage_accepts(browser: &Browser, server: &Server, reference: &str, tag: &str) {
    first_staff_sign_in(browser, server, TRIAGE.0, TRIAGE.1).await;

    let link = "a.queue-link[href^='/staff/referrals/']";
    browser.wait_for_text(link, reference).await;
    browser.check_page(&format!("{tag}-30-queue")).await;
    browser.click(link).await;

    browser.find("#accept").await;
    browser.wait_for_text("#referred-by", "Referred by").await;
    let why = browser.text("#why-urgent").await;
    assert!(why.contains(HEARING) && !why.contains(MEETING), "only the close date makes it urgent: {why}");
    let referrer = browser.text("#referred-by").await;
    for shown in [REFERRER, ORGANISATION, ROLE, EMAIL] {
        assert!(referrer.contains(shown), "the referrer's details show {shown:?}: {referrer}");
    }
    let person = browser.text("#the-person").await;
    assert!(person.contains(PERSON) && person.contains(LOCATION) && person.contains(BEST_INTERESTS), "the person: {person}");
    assert!(person.contains(PERSON_PHONE) && person.contains(CODEWORD) && person.contains("Letter"), "safe contact: {person}");
    assert!(!person.contains(EMAIL) && !person.contains(REFERRER), "the referrer is kept out of the person's section");
    for (section, shown) in [
        ("#evidence", EVIDENCE),
        ("#candidates", CANDIDATE),
        ("#safeguarding", CONCERN),
        ("#safeguarding", S42),
        ("#safeguarding", DELEGATED),
        ("#deadlines", MEETING),
        ("#deadlines", "15 June 2030"),
        ("#risk", RISK),
    ] {
        let text = browser.text(section).await;
        assert!(text.contains(shown), "{section} shows {shown:?}: {text}");
        assert!(!text.contains(EMAIL), "{section} holds nothing of the referrer's");
    }
    assert!(!browser.text("main").await.contains("75 to 84"), "equality answers are kept from the case");
    let given_by = browser.text("#given-by").await;
    assert!(given_by.contains(REFERRER) && given_by.contains(ORGANISATION), "who gave the facts: {given_by}");
    browser.check_page(&format!("{tag}-31-referral")).await;
    browser.click("#accept").await;
    browser.click("#confirm-accept").await;
    browser.wait_for_text("#referral-status", "Accepted").await;
    browser.check_page(&format!("{tag}-32-accepted")).await;
}

fn assert_logs_hold_no_personal_data(server: &Server, code: &str) {
    let log = server.log();
    assert!(log.contains("referral received"), "the server logged the referral by id");
    for secret in [REFERRER, EMAIL, PERSON, PERSON_PHONE, CODEWORD, HELP_WITH, EVIDENCE, CONCERN, S42, RISK, code] {
        assert!(!log.contains(secret), "the log holds {secret:?}");
    }
}

async fn journey(backend: Backend, tag: &str) {
    let server = Server::start(backend, tag).await;
    server.create_staff(TRIAGE.0, "manager", TRIAGE.1).await;

    let social_worker = Browser::start(375, 667).await;
    let (reference, code) = refer(&social_worker, &server, tag).await;
    social_worker.close().await;

    let staff = Browser::start(375, 667).await;
    triage_accepts(&staff, &server, &reference, tag).await;
    staff.close().await;
    assert_logs_hold_no_personal_data(&server, &code);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_social_worker_refers_someone_with_a_safeguarding_concern_on_sqlite() {
    journey(Backend::Sqlite, "professional-sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_social_worker_refers_someone_with_a_safeguarding_concern_on_postgres() {
    journey(Backend::Postgres, "professional-postgres").await;
}

/// A ward nurse whose patient is detained: from the first page straight to the questions of
/// law, and choosing the Mental Health Act alone goes to its page next and past the Care Act
/// and capacity pages. Only the browser is involved, so one database is enough.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_nurse_chooses_the_mental_health_act_and_gets_its_questions_first() {
    let server = Server::start(Backend::Sqlite, "professional-law").await;
    let browser = Browser::start(375, 667).await;
    browser.goto(&server.url("/refer-professional/about-you")).await;
    browser.find("#referrer-name").await;
    assert!(browser.text("#progress").await.starts_with("Page 1 of"), "how far through it is");
    browser.click("a[href='/refer-professional/which-law']").await;
    browser.find("label[for='law-mha']").await;
    browser.choose("law-mha").await;
    browser.check_page("professional-law-mha").await;
    browser.click("#continue").await;
    browser.find("label[for='eligibility-mha-status-detained']").await;
    assert!(browser.url().await.ends_with("/refer-professional/mental-health"), "the Mental Health Act's questions come next");
    browser.choose("eligibility-mha-status-detained").await;
    browser.click("#continue").await;
    browser.find("label[for='safeguarding-yes']").await;
    assert!(browser.url().await.ends_with("/refer-professional/safeguarding"), "past the Care Act and capacity pages");
    let progress = browser.text("#progress").await;
    let (at, of) = progress.trim_start_matches("Page ").split_once(" of ").expect("page x of y");
    assert_eq!((at, of), ("8", "15"), "{progress}");
    browser.close().await;
}
