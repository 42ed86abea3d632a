//! A flood of anonymous tracking attempts is turned away quickly (503 with Retry-After) once
//! the anonymous share of slow hashing is full, instead of queueing without end, and staff
//! still sign in: identity hashes on its own share.

use std::time::Duration;

use futures_util::future::join_all;
use serde_json::json;
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::{start_tuned, Harness, STAFF_PASSWORD};

/// A well-formed reference nobody has, different for each `n`.
fn made_up_reference(n: usize) -> String {
    const ALPHABET: &[u8] = b"23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    let digit = |k: usize| ALPHABET[(n / ALPHABET.len().pow(k as u32)) % ALPHABET.len()] as char;
    format!("SU-{}{}{}{}-2345", digit(3), digit(2), digit(1), digit(0))
}

async fn track(h: &Harness, reference: String) -> (u16, Option<String>) {
    let response = h.app.client.post(h.app.url("/api/referrals/v1/track"))
        .json(&json!({"reference": reference, "tracking_code": "river apple coat seven"}))
        .send()
        .await
        .unwrap();
    let retry = response.headers().get("retry-after").and_then(|v| v.to_str().ok()).map(str::to_string);
    (response.status().as_u16(), retry)
}

async fn a_tracking_flood_is_turned_away_and_staff_still_sign_in(backend: Backend) {
    let h = start_tuned(backend, Duration::ZERO, |r| r.with_anonymous_hashing(1, Duration::from_millis(100))).await;
    let triage = h.new_staff(Role::Manager, false).await;
    let flood = join_all((0..40).map(|n| track(&h, made_up_reference(n))));
    let (answers, signed_in) = tokio::join!(flood, h.sign_in(&triage.email, STAFF_PASSWORD));
    assert_eq!(signed_in.user_id, triage.user_id, "staff sign in during the flood");
    let busy: Vec<_> = answers.iter().filter(|(status, _)| *status == 503).collect();
    assert!(!busy.is_empty(), "some of the flood is turned away: {answers:?}");
    assert!(busy.iter().all(|(_, retry)| retry.as_deref().is_some_and(|r| r.parse::<u64>().is_ok())), "{busy:?}");
    assert!(answers.iter().all(|(status, _)| [404, 503].contains(status)), "{answers:?}");
    // Once the flood has passed, tracking answers as usual.
    assert_eq!(track(&h, made_up_reference(999)).await.0, 404);
}

db_tests!(a_tracking_flood_is_turned_away_and_staff_still_sign_in);
