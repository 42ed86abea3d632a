//! The provider's working day in the browser at 320 px, on SQLite and on PostgreSQL: an admin
//! adds the council area; an advocate fills in their profile; a manager confirms two mandates
//! for a referral, confirms its area, accepts it and gives it to the suggested advocate, who
//! then finds it among their cases, records an issue, books the first meeting and writes an
//! update; and the person, who asked for Easy Read, tracks it on a fresh browser and reads, in
//! Easy Read, who their advocate is, when and where they meet, the update and what help they
//! can get, and none of the team's notes. Along the way the admin sets waiting targets that
//! the queue's clocks follow, and the manager declines another referral with other help to
//! turn to, which its sender reads with how to challenge the decision, and records a detained
//! patient's second "no" to IMHA offered again. Last, the person asks to move the meeting, and
//! the advocate moves it, which answers the request.

use serde_json::{json, Value};
use speakup_e2e::{first_staff_sign_in, sign_in, type_date, Browser, Server, ADMIN_EMAIL, ADMIN_PASSWORD};
use speakup_locales::{Language, Wording};
use speakup_platform::db::Backend;

const MANAGER: (&str, &str) = ("manager.day@example.org", "manager-first-password");
const ADVOCATE: (&str, &str) = ("sana.advocate@example.org", "advocate-first-password");

fn easy(id: &str) -> &'static str {
    speakup_locales::text(Wording { language: Language::English, easy_read: true }, id)
}

/// A self-referral asking for Easy Read and an advocate who speaks Urdu, whose answers point
/// at the Care Act and IMCA: its reference and tracking code.
async fn referral_needing_two_kinds(server: &Server) -> (String, String) {
    let body = json!({
        "help_with": "They want to move me to a care home and I do not understand why.",
        "name": "Amina",
        "contact": {"method": "phone", "phone": "07700 900123"},
        "communication": {"easy_read": true},
        "preferences": {"advocate_language": "Urdu", "do_not_involve": "Her nephew Dan"},
        "eligibility": {
            "role": "person", "council_involved": true, "care_support_needs": true, "process": "needs_assessment",
            "difficulty": {"understanding": true, "retaining": true, "weighing": true, "communicating": true},
            "candidates": [],
            "capacity": {"lacks_capacity_for_decision": true, "assessment_completed": true},
            "mca_decision": "accommodation_care_home", "accommodation_expected_days": 90, "family_or_friend_to_consult": false
        }
    });
    send(server, &body, "a0b1c2d3-e4f5-4a6b-8c7d-9e0f1a2b3c4d").await
}

/// A self-referral that points at no kind of advocacy in particular.
async fn plain_referral(server: &Server) -> (String, String) {
    let body = json!({"help_with": "I need help with a letter.", "name": "Lee", "contact": {"method": "phone", "phone": "07700 900456"}, "eligibility": {}});
    send(server, &body, "b1c2d3e4-f5a6-4b7c-8d9e-0f1a2b3c4d5e").await
}

async fn send(server: &Server, body: &Value, key: &str) -> (String, String) {
    let client = reqwest::Client::new();
    let proof = speakup_platform::testing::answered_challenge(&client, &server.url).await;
    let sent = client
        .post(server.url("/api/referrals/v1/self-referrals"))
        .header("Idempotency-Key", key)
        .header("X-Proof-Of-Work", proof)
        .json(body)
        .send()
        .await
        .expect("send the referral");
    assert_eq!(sent.status(), 201);
    let sent: Value = sent.json().await.expect("receipt");
    (sent["reference"].as_str().unwrap().into(), sent["tracking_code"].as_str().unwrap().into())
}

/// Decides one kind of advocacy in the open mandate form.
async fn confirm(browser: &Browser, kind: &str, basis: &str, reason: &str, tag: &str) {
    browser.click(&format!("#decide-{kind}")).await;
    browser.find("#mandate-form-title").await;
    browser.choose("state-confirmed").await;
    browser.click(&format!("#legal_basis option[value='{basis}']")).await;
    browser.type_into("#mandate-reason", reason).await;
    type_date(browser, "starts_on", speakup_e2e::in_days(0)).await;
    browser.check_accessible(&format!("{tag}-mandate-{kind}")).await;
    browser.click("#save-mandate").await;
    browser.find("#mandate-saved").await;
}

async fn a_case_goes_from_referral_to_named_advocate(backend: Backend, tag: &str) {
    let server = Server::start(backend, tag).await;
    server.create_staff(MANAGER.0, "manager", MANAGER.1).await;
    server.create_staff(ADVOCATE.0, "advocate", ADVOCATE.1).await;
    let (reference, code) = referral_needing_two_kinds(&server).await;
    let (declined_reference, declined_code) = plain_referral(&server).await;

    // The admin adds the area the provider works for.
    let admin = Browser::start(320, 640).await;
    sign_in(&admin, &server, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    admin.click("#settings-link").await;
    admin.type_into("#area-name", "Calderdale").await;
    admin.click("#add-area").await;
    admin.wait_for_text("#area-added", "Calderdale").await;
    // Every case is to be acknowledged within two days.
    for (field, days) in [("acknowledge_days", "2"), ("triage_days", "3"), ("allocate_days", "5"), ("first_contact_days", "10")] {
        admin.type_into(&format!("#target-{field}"), days).await;
    }
    admin.click("#save-targets").await;
    admin.find("#targets-saved").await;
    admin.wait_for_text("#target-list", "Acknowledge 2").await;
    admin.check_page(&format!("{tag}-settings")).await;
    admin.close().await;

    // The advocate says who they are; their cases are empty for now.
    let advocate = Browser::start(320, 640).await;
    first_staff_sign_in(&advocate, &server, ADVOCATE.0, ADVOCATE.1).await;
    advocate.find("#cases-empty").await;
    advocate.click("#profile-link").await;
    advocate.find("#first_name").await;
    advocate.type_into("#first_name", "Sana").await;
    advocate.type_into("#languages", "Urdu, English").await;
    advocate.choose("gender-woman").await;
    advocate.click("#save-profile").await;
    advocate.find("#profile-saved").await;
    advocate.check_page(&format!("{tag}-about-me")).await;

    // The manager says what Sana may take on, then works the referral.
    let manager = Browser::start(320, 640).await;
    first_staff_sign_in(&manager, &server, MANAGER.0, MANAGER.1).await;
    // Signed in, on the queue: only then away from it.
    manager.find("#queue-total").await;
    manager.click("#advocates-link").await;
    manager.click("#advocates a").await;
    manager.click("label[for='advocacy-care_act']").await;
    manager.click("label[for='advocacy-imca']").await;
    manager.click("label[for='taking_cases']").await;
    let area_box = manager.script("return document.querySelector(\"input[id^='area-']\").id;").await;
    manager.click(&format!("label[for='{}']", area_box.as_str().expect("an area to tick"))).await;
    manager.click("#save-work").await;
    manager.find("#work-saved").await;
    manager.check_page(&format!("{tag}-advocate-work")).await;

    manager.click("#queue-link").await;
    manager.find(".queue-item").await;
    // The older referral is due first, against the admin's target.
    let first = manager.text(".queue-item:first-child").await;
    assert!(first.contains(&reference) && first.contains("Acknowledge by") && first.contains("target: 2 days"), "{first}");
    manager.check_page(&format!("{tag}-queue")).await;
    manager.click(".queue-item a.queue-link").await;
    manager.find("#mandates").await;
    confirm(&manager, "care_act", "care_act_assessment", "Needs assessment under way", tag).await;
    confirm(&manager, "imca", "imca_accommodation", "Capacity assessment says she cannot decide the move", tag).await;
    let mandates = manager.text("#mandates").await;
    assert_eq!(mandates.matches("Confirmed").count(), 2, "both confirmed: {mandates}");
    manager.click("#area option:nth-child(2)").await;
    manager.click("#save-area").await;
    manager.wait_for_text("#case-area", "Calderdale").await;
    manager.click("#accept").await;
    manager.click("#confirm-accept").await;
    manager.find("#suggestions").await;
    let suggested = manager.text("#suggestions").await;
    assert!(suggested.starts_with("Sana") && suggested.contains("Speaks their language"), "Sana first, and why: {suggested}");
    manager.check_page(&format!("{tag}-allocation")).await;
    manager.click("#allocate").await;
    manager.wait_for_text("#named-advocate", "Sana").await;
    manager.wait_for_text("#referral-status", "Advocate found").await;
    manager.find("#share-no-one-else").await;
    // The team list gives each advocate's week ahead; Sana's page shows her caseload, with
    // the way to hand it all over.
    manager.click("#advocates-link").await;
    manager.wait_for_text("#advocates", "Meetings and actions due in the next 7 days: 0").await;
    manager.click("#advocates a").await;
    manager.wait_for_text("#caseload", &reference).await;
    manager.find("#hand-over").await;
    manager.check_page(&format!("{tag}-caseload")).await;

    // The other referral is for an area the provider does not cover: declined, with where
    // else to go.
    manager.click("#queue-link").await;
    manager.wait_for_text(".queue-item:first-child", &declined_reference).await;
    manager.click(".queue-item a.queue-link").await;
    manager.type_into("#reason_for_person", "We only work in Calderdale, and you live in Leeds.").await;
    manager.choose("decline_reason-outside_area").await;
    manager.choose("alternatives-community_advocacy").await;
    manager.choose("alternatives-peer_support").await;
    manager.type_into("#where_to_go", "Leeds Advocacy, 0113 000 0000").await;
    manager.check_page(&format!("{tag}-decline")).await;
    manager.click("#decline").await;
    manager.click("#confirm-decline").await;
    manager.wait_for_text("#referral-status", "Not accepted").await;

    // Someone detained says no to IMHA from their tracking page. It is offered again: the
    // manager records that they said no once more, why, and when to ask next.
    let detained = json!({"help_with": "I am on a section.", "name": "Kai", "contact": {"method": "phone", "phone": "07700 900789"},
        "eligibility": {"mha": {"status": "detained", "section": "3"}}});
    let (imha_reference, imha_code) = send(&server, &detained, "c2d3e4f5-a6b7-4c8d-9e0f-1a2b3c4d5e6f").await;
    let stop = json!({"reference": imha_reference, "tracking_code": imha_code});
    let stopped = reqwest::Client::new().post(server.url("/api/referrals/v1/track/withdrawal")).json(&stop).send().await.expect("withdraw");
    assert_eq!(stopped.status(), 200);
    manager.click("#queue-link").await;
    manager.click("#reoffers-link").await;
    manager.wait_for_text("#reoffers", &imha_reference).await;
    manager.click("#reoffers button[id^='answer-']").await;
    manager.choose("answer-declined").await;
    manager.type_into("#reason", "Wants to see how the ward round goes first").await;
    type_date(&manager, "next_on", speakup_e2e::in_days(7)).await;
    manager.check_page(&format!("{tag}-reoffer")).await;
    manager.click("#save-answer").await;
    manager.wait_for_text("#reoffer-saved", &imha_reference).await;
    manager.wait_for_text("#reoffers", "Wants to see how the ward round goes first").await;
    manager.close().await;
    let sender = Browser::start(320, 640).await;
    sender.goto(&server.url("/track")).await;
    sender.type_into("#reference", &declined_reference).await;
    sender.type_into("#tracking_code", &declined_code).await;
    sender.click("#continue").await;
    sender.wait_for_text("#track-declined", "We only work in Calderdale").await;
    let declined = sender.text("#track-declined").await;
    for words in ["Leeds Advocacy, 0113 000 0000", "Community advocacy", "Peer support", "If you think our decision is wrong", speakup_e2e::PROVIDER_PHONE] {
        assert!(declined.contains(words), "{words} in: {declined}");
    }
    assert!(!sender.text("main").await.contains("outside_area"), "the code is the provider's, not the person's");
    sender.check_page(&format!("{tag}-tracked-declined")).await;
    sender.close().await;

    // Sana finds the case among her own and can open it.
    advocate.click("#cases-link").await;
    advocate.find("#my-cases").await;
    assert!(advocate.text("#my-cases").await.contains(&reference));
    advocate.check_page(&format!("{tag}-my-cases")).await;
    advocate.click("#my-cases a.queue-link").await;
    advocate.find("#mandates").await;
    assert!(advocate.script("return document.getElementById('accept') === null && document.getElementById('allocate') === null;").await == Value::Bool(true),
        "an advocate sees the case, not the manager's tools");
    advocate.check_page(&format!("{tag}-case-as-advocate")).await;

    // She is warned off the nephew, and records that she works without instructions.
    advocate.wait_for_text("#do-not-involve", "Her nephew Dan").await;
    advocate.choose("instruction-non_instructed").await;
    advocate.click("#save-approach").await;
    advocate.find("#approach-error-title").await;
    advocate.choose("approaches-rights_based").await;
    advocate.type_into("#why", "She cannot weigh up the move, even with help").await;
    advocate.click("#save-approach").await;
    advocate.find("#approach-saved").await;
    advocate.check_page(&format!("{tag}-way-of-working")).await;

    // Sana records an issue, books the first meeting and writes to Amina.
    advocate.choose("kind-issue").await;
    advocate.type_into("#entry-title", "Wants to stay in her own home").await;
    advocate.type_into("#entry-details", "Her son thinks the move is best; keep this to the team").await;
    advocate.click("#add-entry").await;
    advocate.wait_for_text("#entry-added", "Wants to stay in her own home").await;
    advocate.choose("kind-meeting").await;
    advocate.type_into("#entry-title", "First meeting").await;
    type_date(&advocate, "due_at", speakup_e2e::in_days(7)).await;
    advocate.type_into("#meeting-time", "14:30").await;
    advocate.type_into("#place", "Riverside Library, ground floor").await;
    advocate.choose("arrangements-interpreter_booked").await;
    advocate.check_accessible(&format!("{tag}-meeting-form")).await;
    advocate.click("#add-entry").await;
    advocate.wait_for_text("#entry-added", "First meeting").await;
    advocate.wait_for_text("#meetings", "Riverside Library").await;
    advocate.type_into("#body", "I will meet you at the library next week. An interpreter will be there.").await;
    advocate.click("#send-update").await;
    advocate.find("#update-sent").await;
    advocate.wait_for_text("#updates", "I will meet you at the library").await;
    advocate.check_page(&format!("{tag}-casework")).await;
    let case_page = advocate.url().await;

    // The person tracks it on a browser that has never shown Easy Read: it switches, because
    // they asked for it.
    let person = Browser::start(320, 640).await;
    person.goto(&server.url("/track")).await;
    person.type_into("#reference", &reference).await;
    person.type_into("#tracking_code", &code).await;
    person.click("#continue").await;
    person.find("html.mode-easy-read #your-advocate").await;
    person.wait_for_text("#status-text", easy("status-first-meeting-person")).await;
    person.wait_for_text("#next-meeting", "Riverside Library, ground floor").await;
    assert!(person.text("#next-meeting").await.contains(easy("track-meeting-interpreter")));
    assert!(person.text("#track-updates").await.contains("I will meet you at the library next week."));
    assert!(person.text("#your-advocate").await.contains("Sana"));
    let help = person.text("#track-advocacy").await;
    assert!(help.contains(easy("advocacy-care-act-plain")) && help.contains(easy("advocacy-imca-plain")), "in Easy Read words: {help}");
    let page = person.text("main").await;
    for internal in ["Needs assessment under way", "Capacity assessment", "keep this to the team", "Wants to stay in her own home", "weigh up the move", "nephew"] {
        assert!(!page.contains(internal), "never the team's words ({internal}): {page}");
    }
    person.check_page(&format!("{tag}-tracked-easy-read")).await;

    // Tuesday afternoons are hard for Amina: she asks to move the meeting, saying why.
    person.click("#move-meeting").await;
    person.type_into("#words", "Mornings are better for me").await;
    person.check_accessible(&format!("{tag}-move-meeting")).await;
    person.click("#move-send").await;
    person.wait_for_text("#move-wanted", easy("track-move-wanted")).await;
    person.close().await;

    // Sana sees the request on the meeting, moves it to a morning, and that answers it.
    advocate.goto(&case_page).await;
    advocate.wait_for_text("#meetings [id^='move-wanted-']", "Mornings are better for me").await;
    advocate.click("#meetings button[id^='edit-']").await;
    advocate.find("#edit-move-wanted").await;
    assert_eq!(advocate.script("return document.activeElement.id;").await, "edit-entry-form-title", "focus goes to the form");
    advocate.check_accessible(&format!("{tag}-change-meeting")).await;
    advocate.type_into("#edit-meeting-time", "10:00").await;
    advocate.click("#save-entry").await;
    advocate.wait_for_text("#meetings", "10:00").await;
    assert!(advocate.script("return document.querySelector(\"[id^='move-wanted-']\") === null;").await.as_bool().unwrap_or(false));
    advocate.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn working_day_on_sqlite() {
    a_case_goes_from_referral_to_named_advocate(Backend::Sqlite, "casework-sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn working_day_on_postgres() {
    a_case_goes_from_referral_to_named_advocate(Backend::Postgres, "casework-postgres").await;
}
