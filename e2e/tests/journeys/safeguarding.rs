//! Making Safeguarding Personal in the browser on a 375 px phone, on SQLite and on PostgreSQL:
//! the advocate writes down what the person wants to happen (told what is missing first, and
//! losing nothing typed) and looks back at it; records a safeguarding concern reported to the
//! council without the person's agreement, finds it late on the list of concerns to chase,
//! escalates it up the provider's path and records the council's answer; and moves the case
//! to closing. The person, who asked for Easy Read, reads what they wanted on their tracking
//! page and says how far each thing happened (told first that they chose nothing, keeping
//! what they wrote), and never sees the concern; the advocate reads their answers and closes
//! the case. The case itself is made over the API: the working-day journey (`casework.rs`)
//! walks those steps on screen.

use serde_json::json;
use speakup_e2e::api::{allocated_case, Staff, CHOSEN_PASSWORD};
use speakup_e2e::{in_days, sign_in, type_date, Browser, Server};
use speakup_locales::{Language, Wording};
use speakup_platform::db::Backend;

const ADVOCATE: &str = "sana.outcomes@example.org";

fn english(id: &str, easy_read: bool) -> &'static str {
    speakup_locales::text(Wording { language: Language::English, easy_read }, id)
}

async fn value_of(browser: &Browser, id: &str) -> String {
    let script = format!("return document.getElementById('{id}').value;");
    browser.script(&script).await.as_str().unwrap_or_default().to_string()
}

async fn focused(browser: &Browser) -> String {
    browser.script("return document.activeElement.id;").await.as_str().unwrap_or_default().to_string()
}

/// Moves the open case to `status` from the advocate's "Move the case on" form.
async fn move_case(browser: &Browser, status: &str) {
    browser.click(&format!("#to option[value='{status}']")).await;
    browser.click("#move-case").await;
    browser.wait_for_text("#referral-status", english(&format!("status-{status}-label"), false)).await;
}

async fn making_safeguarding_personal(backend: Backend, tag: &str) {
    let server = Server::start(backend, tag).await;
    let admin = Staff::admin(&server).await;
    let manager = Staff::new(&server, "manager.outcomes@example.org", "manager").await;
    let sana = Staff::new(&server, ADVOCATE, "advocate").await;
    let case = allocated_case(&server, &admin, &manager, &sana, "d3e4f5a6-b7c8-4d9e-8f0a-1b2c3d4e5f6a").await;
    let case_page = server.url(&format!("/staff/referrals/{}", case.id));

    let advocate = Browser::start(375, 667).await;
    sign_in(&advocate, &server, ADVOCATE, CHOSEN_PASSWORD).await;
    advocate.find("#my-cases").await;
    advocate.goto(&case_page).await;
    advocate.find("#outcomes").await;

    // The words without whose words they are: told what is missing, the words kept.
    advocate.type_into("#outcome-words", "To stay in my own flat").await;
    advocate.click("#add-outcome").await;
    advocate.wait_for_text("#outcomes .error-summary", english("error-outcome-expressed-by-required", false)).await;
    assert_eq!(value_of(&advocate, "outcome-words").await, "To stay in my own flat");
    advocate.choose("expressed_by-person").await;
    advocate.choose("wellbeing-home").await;
    advocate.choose("wellbeing-control").await;
    advocate.type_into("#outcome-if-not", "Ask my sister to come to the next meeting").await;
    type_date(&advocate, "review_on", in_days(14)).await;
    advocate.check_accessible(&format!("{tag}-outcome-form")).await;
    advocate.click("#add-outcome").await;
    advocate.find("#outcome-added").await;
    advocate.wait_for_text("#outcome-list", "To stay in my own flat").await;
    advocate.type_into("#outcome-words", "To see her grandson every week").await;
    advocate.choose("expressed_by-advocate").await;
    advocate.click("#add-outcome").await;
    advocate.wait_for_text("#outcome-list", "To see her grandson every week").await;

    // A look back at the first: the form takes focus, and gives it back to its button.
    advocate.click("#outcome-list li:first-child button[id^='review-']").await;
    assert_eq!(focused(&advocate).await, "review-form-title");
    advocate.type_into("#outcome-what-changed", "The landlord has agreed to fix the stairs").await;
    type_date(&advocate, "next_review_on", in_days(28)).await;
    advocate.check_accessible(&format!("{tag}-outcome-review")).await;
    advocate.click("#save-review").await;
    advocate.wait_for_text("#outcome-list", "The landlord has agreed to fix the stairs").await;
    assert!(focused(&advocate).await.starts_with("review-"), "focus back on the review button");
    advocate.check_page(&format!("{tag}-outcomes")).await;

    // A concern: refused until it says what kind, what happened and whether she agreed; then
    // reported twelve days ago without her agreement, because she cannot decide about it.
    admin.post("/catalogue/escalation_step", json!({"name": "Team manager"})).await;
    admin.post("/catalogue/escalation_step", json!({"name": "Head of service"})).await;
    advocate.click("#add-concern").await;
    advocate.wait_for_text("#concerns .error-summary", english("error-concern-kind-required", false)).await;
    advocate.choose("kinds-neglect").await;
    advocate.type_into("#concern-summary", "No food in the flat at the weekend; the carer did not come").await;
    advocate.choose("consent-refused").await;
    advocate.choose("without_consent-lacks_capacity").await;
    type_date(&advocate, "reported_on", in_days(-12)).await;
    advocate.type_into("#council_reference", "ASC-2231").await;
    advocate.check_accessible(&format!("{tag}-concern-form")).await;
    advocate.click("#add-concern").await;
    advocate.find("#concern-added").await;
    advocate.wait_for_text("#concern-list", "ASC-2231").await;
    advocate.find("#concern-list [id^='chase-on-']").await;

    // The council has not answered in ten days: it is late on the list of concerns to chase.
    advocate.click("#cases-link").await;
    advocate.click("#concerns-link").await;
    advocate.wait_for_text("#to-chase", &case.reference).await;
    advocate.wait_for_text("#to-chase", english("staff-clock-overdue", false)).await;
    advocate.check_page(&format!("{tag}-to-chase")).await;

    // She escalates it to the head of service, then records the council's answer.
    advocate.click("#to-chase a").await;
    advocate.click("#concern-list button[id^='chase-']").await;
    assert_eq!(focused(&advocate).await, "step-form-title");
    advocate.choose("step_kind-escalated").await;
    let head = advocate.script("return [...document.querySelectorAll('#escalated_to option')].find(o => o.text === 'Head of service').value;").await;
    advocate.click(&format!("#escalated_to option[value='{}']", head.as_str().expect("the step is offered"))).await;
    advocate.type_into("#step-note", "No answer from the duty team in ten days").await;
    advocate.check_accessible(&format!("{tag}-concern-step")).await;
    advocate.click("#save-step").await;
    advocate.wait_for_text("#concern-list", "Head of service").await;
    advocate.click("#concern-list button[id^='change-concern-']").await;
    advocate.choose("edit-enquiry-opened").await;
    advocate.type_into("#edit-council_decision", "Enquiry opened; a carer will visit daily").await;
    type_date(&advocate, "edit-feedback_on", in_days(0)).await;
    advocate.click("#save-concern").await;
    advocate.wait_for_text("#concern-list", english("staff-concern-enquiry-opened", false)).await;
    advocate.wait_for_text("#concern-list", "a carer will visit daily").await;
    advocate.check_page(&format!("{tag}-concern-answered")).await;
    move_case(&advocate, "closing").await;

    // The person, on their phone, reads what they wanted, in Easy Read as they asked.
    let person = Browser::start(375, 667).await;
    person.goto(&server.url("/track")).await;
    person.type_into("#reference", &case.reference).await;
    person.type_into("#tracking_code", &case.code).await;
    person.click("#continue").await;
    person.find("html.mode-easy-read #track-outcomes").await;
    let theirs = person.text("#track-outcomes").await;
    for words in ["To stay in my own flat", "Ask my sister to come to the next meeting", english("wellbeing-home-label", true), english("expressed-by-advocate-label", true)] {
        assert!(theirs.contains(words), "{words} in: {theirs}");
    }
    // Coming to an end, nothing promises to look at them again.
    assert!(!theirs.contains("about this again"), "no review date once the case is closing: {theirs}");
    let page = person.text("main").await;
    for internal in ["landlord", "ASC-2231", "No food in the flat", "duty team"] {
        assert!(!page.contains(internal), "never the team's words ({internal})");
    }

    // Sending with nothing chosen says so, and keeps what they wrote.
    person.type_into("#rate-0-comment", "Better, but the stairs are still broken").await;
    person.click("#rate-send").await;
    person.wait_for_text("#rate-outcomes .error-summary", english("error-ratings-required", true)).await;
    assert_eq!(value_of(&person, "rate-0-comment").await, "Better, but the stairs are still broken");
    person.choose("rate-0-partly").await;
    person.choose("rate-1-fully").await;
    person.choose("feels_safer-partly").await;
    person.choose("expectations-fully").await;
    person.check_accessible(&format!("{tag}-rate-outcomes")).await;
    person.click("#rate-send").await;
    person.find("#rate-saved").await;
    person.wait_for_text("#track-outcomes", english("rated-by-person-label", true)).await;
    person.wait_for_text("#track-outcomes", "Better, but the stairs are still broken").await;
    person.check_page(&format!("{tag}-rated-outcomes")).await;
    person.close().await;

    // The advocate reads the person's own answers. The case cannot finish until she records
    // that the person was asked what they wanted; then it does.
    advocate.goto(&case_page).await;
    advocate.wait_for_text("#outcome-list", english("staff-outcome-rated-person", false)).await;
    advocate.wait_for_text("#outcome-list", "Better, but the stairs are still broken").await;
    advocate.wait_for_text("#closure-theirs", english("safer-partly-label", false)).await;
    advocate.click("#to option[value='closed']").await;
    advocate.click("#move-case").await;
    advocate.wait_for_text("#casework .error-summary", english("error-closure-needed", false)).await;
    advocate.choose("outcomes_asked-asked_expressed").await;
    advocate.check_accessible(&format!("{tag}-closure")).await;
    advocate.click("#save-closure").await;
    advocate.find("#closure-saved").await;
    move_case(&advocate, "closed").await;
    advocate.close().await;

    // Tracking it once more, the person reads how to come back, how to complain, and where to
    // say what they thought without giving their name; that form carries nothing of the case.
    let person = Browser::start(375, 667).await;
    person.goto(&server.url("/track")).await;
    person.type_into("#reference", &case.reference).await;
    person.type_into("#tracking_code", &case.code).await;
    person.click("#continue").await;
    person.wait_for_text("#track-finished", english("track-finished-heading", true)).await;
    person.check_page(&format!("{tag}-finished")).await;
    person.click("#finished-feedback").await;
    person.find("main h1").await;
    let address = person.url().await;
    assert!(address.ends_with("/feedback/about-your-advocate") && !address.contains(&case.reference), "{address}");
    person.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn safeguarding_on_sqlite() {
    making_safeguarding_personal(Backend::Sqlite, "safeguarding-sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn safeguarding_on_postgres() {
    making_safeguarding_personal(Backend::Postgres, "safeguarding-postgres").await;
}
