//! The language a referral is made in: kept with it, used for what the person reads about it,
//! and shown to staff so they write back in it. On both backends.

use serde_json::Value;
use speakup_locales::{Language, Wording};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::{new_key, referral, start, Harness};

fn plain(language: Language, id: &str) -> &'static str {
    speakup_locales::text(Wording { language, easy_read: false }, id)
}

async fn submit_in(h: &Harness, language: Option<&str>) -> Value {
    let mut request = h
        .app
        .client
        .post(h.app.url("/api/referrals/v1/self-referrals"))
        .header("Idempotency-Key", new_key())
        .header("X-Proof-Of-Work", h.proof().await)
        .json(&referral("I need help with my care plan."));
    if let Some(language) = language {
        request = request.header("Content-Language", language);
    }
    let response = request.send().await.unwrap();
    assert_eq!(response.status(), 201);
    response.json().await.unwrap()
}

async fn the_referral_keeps_its_language_for_status_texts_and_staff(backend: Backend) {
    let h = start(backend).await;
    let welsh = submit_in(&h, Some("cy")).await;
    let received_in_welsh = plain(Language::Welsh, "status-received-person");
    assert_ne!(received_in_welsh, plain(Language::English, "status-received-person"));
    assert_eq!(welsh["status_text"], received_in_welsh, "the answer to sending is in Welsh");

    let tracked: Value = h
        .track(welsh["reference"].as_str().unwrap(), welsh["tracking_code"].as_str().unwrap())
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(tracked["status_text"], received_in_welsh, "tracking answers in the referral's language");
    assert_eq!(tracked["history"][0]["status_text"], received_in_welsh);

    let triage = h.staff(Role::Manager).await;
    let queue = h.queue("").await;
    let id = queue["items"][0]["id"].as_str().unwrap().to_string();
    let detail: Value = triage.get(&h, &format!("/api/referrals/v1/referrals/{id}")).send().await.unwrap().json().await.unwrap();
    assert_eq!(detail["language"], "cy", "staff see the language to write back in");

    // No header, or a language SpeakUp does not speak: English.
    for language in [None, Some("fr-FR")] {
        let english = submit_in(&h, language).await;
        assert_eq!(english["status_text"], plain(Language::English, "status-received-person"), "{language:?}");
    }
}

db_tests!(the_referral_keeps_its_language_for_status_texts_and_staff);
