//! Feedback is anonymous: a sender with a distinctive browser, address headers, a cookie and a
//! referrer gives feedback, reads a reply with their receipt and answers it, through the real
//! server on SQLite and on PostgreSQL. Then every SpeakUp database and the server's log are
//! read: the words are in feedback's database (so the right place was read), and none of the
//! header values is anywhere, nor any line that says when the feedback arrived.

use reqwest::header::{HeaderMap, HeaderValue};
use chrono::Timelike;
use serde_json::{json, Value};
use speakup_e2e::Server;
use speakup_platform::db::Backend;
use speakup_platform::testing::answered_challenge_of;

const WORDS: &str = "Marker words 4f1c: the advocate listened to my mum.";
const ANSWER: &str = "Marker answer 9d2e: it was in March.";
/// What would give the sender away, and must be kept nowhere.
const HEADERS: [(&str, &str); 6] = [
    ("user-agent", "SpeakUpProbe/9.9 (marker-agent-7b1f)"),
    ("x-forwarded-for", "203.0.113.77"),
    ("x-real-ip", "198.51.100.23"),
    ("forwarded", "for=192.0.2.61;proto=https"),
    ("cookie", "tracker=marker-cookie-5e2d"),
    ("referer", "https://marker-referer-3a9b.example/page"),
];

fn sender() -> reqwest::Client {
    let mut headers = HeaderMap::new();
    for (name, value) in HEADERS {
        headers.insert(name, HeaderValue::from_static(value));
    }
    reqwest::Client::builder().default_headers(headers).build().expect("client")
}

async fn feedback_keeps_nothing_about_the_sender(backend: Backend, name: &str) {
    let server = Server::start(backend, name).await;
    // The server recorded when it ran its migrations before it was ready: times up to here
    // are its own bookkeeping, not the sender's.
    let ready = chrono::Utc::now().naive_utc().with_nanosecond(0).unwrap();
    let client = sender();
    let given_at = chrono::Utc::now().naive_utc();
    let proof = answered_challenge_of(&client, &server.url, "feedback").await;
    let given = client
        .post(server.url("/api/feedback/v1/feedback"))
        .header("X-Proof-Of-Work", proof)
        .json(&json!({"sender": "carer_family_friend", "answers": {"heard": 5}, "comments": WORDS, "reader": "commissioner", "receipt": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(given.status(), 201);
    assert!(given.headers().get("set-cookie").is_none(), "no cookie is set");
    let receipt = given.json::<Value>().await.unwrap()["receipt"].as_str().unwrap().to_string();

    server.create_staff("commissioner@example.org", "commissioner", "a-long-staff-password").await;
    let (staff, csrf) = server.first_sign_in("commissioner@example.org", "a-long-staff-password", "the-commissioners-own-password").await;
    let inbox: Value = staff.get(server.url("/api/feedback/v1/inbox")).send().await.unwrap().json().await.unwrap();
    let id = inbox["items"][0]["id"].as_str().unwrap();
    let replied = staff
        .post(server.url(&format!("/api/feedback/v1/inbox/{id}/replies")))
        .header("X-CSRF-Token", &csrf)
        .json(&json!({"body": "Thank you. When was this?"}))
        .send()
        .await
        .unwrap();
    assert_eq!(replied.status(), 200);
    let read = client
        .post(server.url("/api/feedback/v1/conversation"))
        .header("X-Proof-Of-Work", answered_challenge_of(&client, &server.url, "feedback").await)
        .json(&json!({"receipt": receipt}))
        .send()
        .await
        .unwrap();
    assert_eq!(read.json::<Value>().await.unwrap()["messages"][0]["body"], "Thank you. When was this?");
    let answered = client
        .post(server.url("/api/feedback/v1/conversation/messages"))
        .header("X-Proof-Of-Work", answered_challenge_of(&client, &server.url, "feedback").await)
        .json(&json!({"receipt": receipt, "body": ANSWER}))
        .send()
        .await
        .unwrap();
    assert_eq!(answered.status(), 200);

    let feedback = server.stored_text("feedback");
    assert!(feedback.contains(WORDS) && feedback.contains(ANSWER), "the words were read where they are kept");
    let everything = ["identity", "referrals", "feedback"].map(|service| server.stored_text(service)).join("\n");
    let log = server.log();
    for (header, value) in HEADERS {
        // Each value, and each distinctive part of it.
        for part in std::iter::once(value).chain(value.split(['=', ';', ' ', '(', ')', '/']).filter(|p| p.contains("marker") || p.contains('.'))) {
            if part.len() < 6 {
                continue;
            }
            assert!(!everything.contains(part), "{header}'s {part:?} is stored");
            assert!(!log.contains(part), "{header}'s {part:?} is logged");
        }
    }
    assert!(!log.contains(WORDS) && !log.contains(ANSWER), "the words are never logged");
    // Staff requests are logged as ever (so the log was read), the sender's never are.
    assert!(log.contains("\"/api/feedback/v1/inbox/{id}/replies\""), "the staff reply was logged");
    for route in ["/api/feedback/v1/feedback", "/api/feedback/v1/conversation", "/api/feedback/v1/conversation/messages", "/api/feedback/v1/challenge"] {
        assert!(!log.contains(&format!("\"{route}\"")), "no log line says when {route} was used");
    }
    assert!(!feedback.contains(&receipt), "the receipt's words are not stored");
    // Only the day: no time during the conversation is stored.
    let mut at = given_at.with_nanosecond(0).unwrap().max(ready + chrono::Duration::seconds(1));
    while at <= chrono::Utc::now().naive_utc() {
        for stamp in [at.format("%Y-%m-%d %H:%M:%S").to_string(), at.format("%Y-%m-%dT%H:%M:%S").to_string()] {
            assert!(!feedback.contains(&stamp), "feedback's database holds the time {stamp}");
        }
        at += chrono::Duration::seconds(1);
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feedback_keeps_nothing_about_the_sender_on_sqlite() {
    feedback_keeps_nothing_about_the_sender(Backend::Sqlite, "anonymity-sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn feedback_keeps_nothing_about_the_sender_on_postgres() {
    feedback_keeps_nothing_about_the_sender(Backend::Postgres, "anonymity-postgres").await;
}
