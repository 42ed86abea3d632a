//! Giving feedback anonymously, coming back with the receipt, and the conversation.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::{from_carer, start};

async fn feedback_needs_a_proof_of_work_and_gives_a_receipt_only_when_asked(backend: Backend) {
    let h = start(backend).await;
    let without = h.app.client.post(h.app.url("/api/feedback/v1/feedback")).json(&from_carer("provider", "Thanks")).send().await.unwrap();
    assert_eq!(without.status(), 428, "an answered challenge is needed");
    let receipt = h.give(&from_carer("provider", "Thank you")).await.expect("a receipt");
    assert_eq!(receipt.split(' ').count(), 6);
    let mut no_receipt = from_carer("provider", "No need to answer me");
    no_receipt["receipt"] = json!(false);
    assert_eq!(h.give(&no_receipt).await, None);
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM feedback"), 2);
    // The receipt's words are never stored, together or apart; only a keyed hash of them.
    let stored = h.dbs.stored_text("feedback");
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM feedback WHERE receipt_digest IS NOT NULL"), 1);
    assert!(!stored.contains(&receipt) && !stored.contains(&receipt.replace(' ', "")), "the receipt is stored");
}

async fn the_receipt_opens_the_conversation_however_it_is_typed(backend: Backend) {
    let h = start(backend).await;
    let response = h.give_in("cy", &from_carer("commissioner", "Roedd yr eiriolwr yn wych")).await;
    assert_eq!(response.status(), 201);
    let receipt = response.json::<Value>().await.unwrap()["receipt"].as_str().unwrap().to_string();
    let typed = format!(" {} ", receipt.to_uppercase().replace(' ', "-"));
    let opened = h.conversation(&typed).await;
    assert_eq!(opened.status(), 200);
    assert_eq!(opened.headers()["cache-control"], "no-store");
    let conversation: Value = opened.json().await.unwrap();
    assert_eq!(conversation["comments"], "Roedd yr eiriolwr yn wych");
    assert_eq!(conversation["reader"], "commissioner");
    assert_eq!(conversation["messages"], json!([]));

    let wrong = h.conversation("apple apple apple apple apple apple").await;
    assert_eq!(wrong.status(), 422);
    let problem: Value = wrong.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "receipt");
    let empty = h.conversation("  ").await;
    assert_eq!(empty.json::<Value>().await.unwrap()["errors"][0]["message_ref"]["id"], "error-receipt-required");
}

async fn a_reply_is_read_with_the_receipt_and_answered(backend: Backend) {
    let h = start(backend).await;
    let receipt = h.give(&from_carer("commissioner", "Nobody called me back")).await.unwrap();
    let commissioner = h.staff(Role::Commissioner).await;
    let inbox = h.inbox(&commissioner, "").await;
    let id = inbox["items"][0]["id"].as_str().unwrap().to_string();
    let replied = commissioner
        .post(&h, &format!("/api/feedback/v1/inbox/{id}/replies"))
        .json(&json!({"body": "We are sorry. Which week was it?"}))
        .send()
        .await
        .unwrap();
    assert_eq!(replied.status(), 200);

    let conversation: Value = h.conversation(&receipt).await.json().await.unwrap();
    assert_eq!(conversation["messages"][0]["author"], "commissioner");
    assert_eq!(conversation["messages"][0]["body"], "We are sorry. Which week was it?");
    assert!(conversation["messages"][0].get("by").is_none(), "the sender is never told who replied");

    let answered = h.answer(&receipt, "The first week of December").await;
    assert_eq!(answered.status(), 200);
    let conversation: Value = answered.json().await.unwrap();
    let authors: Vec<&str> = conversation["messages"].as_array().unwrap().iter().map(|m| m["author"].as_str().unwrap()).collect();
    assert_eq!(authors, ["commissioner", "sender"]);
    let inbox = h.inbox(&commissioner, "").await;
    assert_eq!(inbox["items"][0]["awaiting_reply"], true, "the sender wrote last");

    let blank = h.answer(&receipt, "   ").await;
    assert_eq!(blank.status(), 422);
    assert_eq!(blank.json::<Value>().await.unwrap()["errors"][0]["field"], "body");
}

async fn reading_and_answering_need_a_proof_of_work(backend: Backend) {
    let h = start(backend).await;
    let receipt = h.give(&from_carer("provider", "Fine")).await.unwrap();
    let url = |path: &str| h.app.url(&format!("/api/feedback/v1/{path}"));
    let read = h.app.client.post(url("conversation")).json(&json!({"receipt": receipt})).send().await.unwrap();
    assert_eq!(read.status(), 428, "each lookup costs a little work, so guessing receipts costs a lot");
    let answer = h.app.client.post(url("conversation/messages")).json(&json!({"receipt": receipt, "body": "Hello"})).send().await.unwrap();
    assert_eq!(answer.status(), 428);
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM feedback_messages"), 0);
    assert_eq!(h.conversation(&receipt).await.status(), 200, "with its work done, the same lookup is answered");
}

async fn two_answers_at_once_both_arrive_in_turn(backend: Backend) {
    let h = start(backend).await;
    let receipt = h.give(&from_carer("provider", "Fine")).await.unwrap();
    let (first, second) = tokio::join!(h.answer(&receipt, "First thought"), h.answer(&receipt, "Second thought"));
    assert_eq!((first.status(), second.status()), (reqwest::StatusCode::OK, reqwest::StatusCode::OK));
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM feedback_messages"), 2);
    assert_eq!(h.count("SELECT COUNT(DISTINCT position) AS n FROM feedback_messages"), 2, "each has its own place");
}

async fn bad_feedback_gets_an_error_for_each_answer(backend: Backend) {
    let h = start(backend).await;
    let empty = h.give_in("en", &json!({"sender": "had_advocate", "reader": "provider"})).await;
    assert_eq!(empty.status(), 422);
    let problem: Value = empty.json().await.unwrap();
    assert_eq!(problem["errors"][0]["field"], "comments");
    assert_eq!(problem["errors"][0]["message_ref"]["id"], "error-feedback-empty");

    let wrong = h
        .give_in("en", &json!({"sender": "referrer", "answers": {"heard": 3}, "reader": "provider", "reference": "nope", "comments": "ok"}))
        .await;
    let problem: Value = wrong.json().await.unwrap();
    let fields: Vec<&str> = problem["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap()).collect();
    assert_eq!(fields, ["answers", "reference"]);

    let out_of_range = h.give_in("en", &json!({"sender": "referrer", "overall": 9, "reader": "provider"})).await;
    assert_eq!(out_of_range.status(), 422);
    assert_eq!(out_of_range.json::<Value>().await.unwrap()["errors"][0]["field"], "overall");
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM feedback"), 0, "nothing was stored");
}

async fn a_linked_reference_is_kept_only_when_given(backend: Backend) {
    let h = start(backend).await;
    let mut linked = from_carer("provider", "About my referral");
    linked["reference"] = json!("su 4k7p m2qx");
    h.give(&linked).await;
    h.give(&from_carer("provider", "Not linked")).await;
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM feedback WHERE reference = 'SU-4K7P-M2QX'"), 1);
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM feedback WHERE reference IS NULL"), 1);
}

db_tests!(
    feedback_needs_a_proof_of_work_and_gives_a_receipt_only_when_asked,
    the_receipt_opens_the_conversation_however_it_is_typed,
    a_reply_is_read_with_the_receipt_and_answered,
    reading_and_answering_need_a_proof_of_work,
    two_answers_at_once_both_arrive_in_turn,
    bad_feedback_gets_an_error_for_each_answer,
    a_linked_reference_is_kept_only_when_given,
);
