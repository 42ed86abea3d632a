//! Collective issues in headless Chromium at 375×667, with axe-core on every page: a group
//! registers from the footer's "Issues raised by groups"; an admin verifies it and hands its
//! contact a one-time password; the contact signs in, writes a draft and raises it (each missing
//! part named first); another group adds its support; someone with no account says it happens
//! to them too; the commissioner answers in plain words and Easy Read, and the public page
//! shows the whole history.

use speakup_e2e::{first_staff_sign_in, sign_in, Browser, Server, ADMIN_EMAIL, ADMIN_PASSWORD};
use speakup_platform::db::Backend;

const CONTACT: &str = "sam@example.org";
const OTHER: &str = "hillside@example.org";
const COMMISSIONER: (&str, &str) = ("commissioner@example.org", "commissioner-first-password");
const ANSWER: &str = "We have asked the bus company to run a bus at nine on weekdays from March.";
const EASY_ANSWER: &str = "There will be a bus at 9 at night from March.";

async fn a_group_raises_an_issue_another_supports_and_the_commissioner_answers(backend: Backend, tag: &str) {
    let server = Server::start(backend, tag).await;
    let group = Browser::start(375, 667).await;
    group.goto(&server.url("/track")).await;
    group.click("footer a[href='/issues']").await;
    group.wait_for_heading("Issues raised by groups").await;
    group.find("#no-issues").await;
    group.check_page(&format!("{tag}-01-issues")).await;
    group.click("#register-group-link").await;
    group.wait_for_heading("Register your self-advocacy group").await;
    group.type_into("#members", "a dozen").await;
    group.click("#register-group").await;
    group.wait_for_text(".error-summary", "Enter your group's name").await;
    group.wait_for_text(".error-summary", "as a number").await;
    assert_eq!(group.find("#members").await.prop("value").await.unwrap().as_deref(), Some("a dozen"), "what was typed stays");
    group.check_page(&format!("{tag}-02-register-errors")).await;
    group.type_into("#name", "Riverside Voices").await;
    group.type_into("#area", "Riverside").await;
    group.find("#members").await.clear().await.unwrap();
    group.type_into("#members", "12").await;
    group.type_into("#contact_name", "Sam").await;
    group.type_into("#contact_email", CONTACT).await;
    group.click("#register-group").await;
    group.wait_for_heading("Your group is registered").await;
    group.check_page(&format!("{tag}-03-registered")).await;

    // The provider checks the group and hands its contact a one-time password.
    let admin = Browser::start(375, 667).await;
    sign_in(&admin, &server, ADMIN_EMAIL, ADMIN_PASSWORD).await;
    admin.click("#groups-link").await;
    admin.wait_for_heading("Self-advocacy groups").await;
    admin.wait_for_text("#groups", "Waiting to be checked").await;
    admin.click("#groups button").await;
    admin.wait_for_text("#groups", "Verified on").await;
    admin.wait_until("document.activeElement && document.activeElement.id.startsWith('contact-password-')", "focus on the password").await;
    let one_time = admin.text(".contact-password").await;
    admin.check_page(&format!("{tag}-04-verified")).await;
    // The group's page lists its members, each of whom the admin could disable.
    admin.click("#groups a").await;
    admin.wait_for_text("#members", CONTACT).await;
    admin.check_page(&format!("{tag}-04-members")).await;
    admin.close().await;

    // The contact signs in, chooses a password and writes a draft; raising names each
    // missing part first.
    first_staff_sign_in(&group, &server, CONTACT, &one_time).await;
    group.wait_for_heading("Riverside Voices").await;
    // The group asks for a member; the provider will add them.
    group.type_into("#display_name", "Alex").await;
    group.type_into("#email", "alex@example.org").await;
    group.click("#add-member").await;
    group.wait_for_text("#member-asked", "will add Alex").await;
    group.wait_for_text("#members", "Waiting to be added").await;
    group.check_page(&format!("{tag}-05-group")).await;
    group.click("#new-issue").await;
    group.wait_for_heading("Write a new issue").await;
    group.type_into("#title", "The last bus leaves too early").await;
    group.click("#save-draft").await;
    group.wait_for_heading("Your group's draft").await;
    group.check_page(&format!("{tag}-06-draft")).await;
    group.click("#raise-issue").await;
    group.wait_for_text(".error-summary", "Write the issue in Easy Read").await;
    group.wait_for_text(".error-summary", "Choose who the issue is for").await;
    group.check_page(&format!("{tag}-07-raise-errors")).await;
    group.type_into("#happening", "The last bus to the day centre leaves at six, before the evening club ends.").await;
    group.type_into("#affects", "Members who go to the evening club, and people who work late.").await;
    group.type_into("#members_agreeing", "11").await;
    group.type_into("#change_wanted", "A bus after eight on weekdays.").await;
    group.choose("addressee-commissioner").await;
    group.type_into("#easy_read", "The last bus is at 6. The club ends at 8. We want a later bus.").await;
    group.choose("pictures-calendar").await;
    group.click("#raise-issue").await;
    group.find("#issue-raised").await;
    group.wait_for_text("#issue-status", "Received").await;
    group.check_page(&format!("{tag}-08-raised")).await;
    group.close().await;

    // Another verified group adds its support.
    let one_time = server.verified_group("Hillside Speaks", OTHER).await;
    let other = Browser::start(375, 667).await;
    first_staff_sign_in(&other, &server, OTHER, &one_time).await;
    other.wait_for_heading("Hillside Speaks").await;
    other.click("#other-issues").await;
    other.wait_for_heading("Issues raised by groups").await;
    other.click("#issues a").await;
    other.wait_for_heading("The last bus leaves too early").await;
    other.type_into("#line", "Our members wait an hour in the dark too.").await;
    other.click("#send-support").await;
    other.wait_for_text("#supports", "Hillside Speaks").await;
    other.wait_until("document.activeElement && document.activeElement.id === 'issue-done'", "focus on what was done").await;
    other.check_page(&format!("{tag}-09-supported")).await;
    other.close().await;

    // Anyone, without an account, says it happens to them too.
    let phone = Browser::start(375, 667).await;
    phone.goto(&server.url("/issues")).await;
    phone.click("#issues a").await;
    phone.wait_for_heading("The last bus leaves too early").await;
    phone.wait_for_text("#supports", "wait an hour in the dark").await;
    phone.find("#issue-pictures svg").await;
    phone.check_page(&format!("{tag}-10-issue")).await;
    phone.click("#me-too").await;
    phone.wait_for_text("#me-too-thanks", "1 people").await;
    phone.wait_until("document.activeElement && document.activeElement.id === 'me-too-thanks'", "focus on the thanks").await;
    phone.check_page(&format!("{tag}-11-me-too")).await;

    // The commissioner finds it among the issues raised with them and answers.
    server.create_staff(COMMISSIONER.0, "commissioner", COMMISSIONER.1).await;
    let commissioner = Browser::start(375, 667).await;
    first_staff_sign_in(&commissioner, &server, COMMISSIONER.0, COMMISSIONER.1).await;
    commissioner.wait_for_heading("Feedback").await;
    commissioner.click("#issues-link").await;
    commissioner.wait_for_heading("Issues raised with you").await;
    commissioner.check_page(&format!("{tag}-12-raised-with-you")).await;
    commissioner.click("#issues a").await;
    commissioner.wait_for_heading("The last bus leaves too early").await;
    commissioner.type_into("#plain", ANSWER).await;
    commissioner.click("#send-response").await;
    commissioner.wait_for_text(".error-summary", "Write the answer in Easy Read too").await;
    commissioner.check_page(&format!("{tag}-13-answer-errors")).await;
    commissioner.type_into("#easy_read", EASY_ANSWER).await;
    commissioner.click("#send-response").await;
    commissioner.wait_for_text("#history", ANSWER).await;
    commissioner.wait_for_text("#issue-status", "Answer given").await;
    commissioner.check_page(&format!("{tag}-14-answered")).await;
    commissioner.close().await;

    // The public list and page show where it has got to and the answer.
    phone.goto(&server.url("/issues")).await;
    phone.wait_for_text("#issues", "Answer given").await;
    phone.click("#issues a").await;
    phone.wait_for_text("#history", ANSWER).await;
    phone.wait_for_text("#me-too-count", "1 people").await;
    phone.close().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn collective_issue_on_sqlite() {
    a_group_raises_an_issue_another_supports_and_the_commissioner_answers(Backend::Sqlite, "issues-sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn collective_issue_on_postgres() {
    a_group_raises_an_issue_another_supports_and_the_commissioner_answers(Backend::Postgres, "issues-postgres").await;
}
