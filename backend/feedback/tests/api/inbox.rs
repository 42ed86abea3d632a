//! The inbox: each side reads only what was sent to it, replies, tags, hides; roles that read
//! no feedback are refused.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::{from_carer, start};

async fn each_reader_sees_only_what_was_sent_to_them(backend: Backend) {
    let h = start(backend).await;
    h.give(&from_carer("commissioner", "For the council only")).await;
    h.give(&from_carer("provider", "For the provider")).await;
    let (admin, commissioner) = (h.staff(Role::Admin).await, h.staff(Role::Commissioner).await);

    let provider_inbox = h.inbox(&admin, "").await;
    assert_eq!(provider_inbox["total"], 1);
    assert_eq!(provider_inbox["items"][0]["excerpt"], "For the provider");
    let council_inbox = h.inbox(&commissioner, "").await;
    assert_eq!(council_inbox["total"], 1);
    let council_item = council_inbox["items"][0]["id"].as_str().unwrap().to_string();

    // The provider's staff can never open what was sent to the commissioner: it is not found.
    let opened = admin.get(&h, &format!("/api/feedback/v1/inbox/{council_item}")).send().await.unwrap();
    assert_eq!(opened.status(), 404);
    let replied = admin.post(&h, &format!("/api/feedback/v1/inbox/{council_item}/replies")).json(&json!({"body": "Hi"})).send().await.unwrap();
    assert_eq!(replied.status(), 404);
    let hidden = admin.post(&h, &format!("/api/feedback/v1/inbox/{council_item}/hidden")).json(&json!({"hidden": true})).send().await.unwrap();
    assert_eq!(hidden.status(), 404);
    let tagged = admin.post(&h, &format!("/api/feedback/v1/inbox/{council_item}/themes")).json(&json!({"themes": []})).send().await.unwrap();
    assert_eq!(tagged.status(), 404);
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM feedback_messages"), 0);
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM feedback WHERE hidden_on IS NOT NULL"), 0);
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM feedback_actions"), 0);

    // Nor can the commissioner open what was sent to the provider.
    let provider_item = provider_inbox["items"][0]["id"].as_str().unwrap();
    let opened = commissioner.get(&h, &format!("/api/feedback/v1/inbox/{provider_item}")).send().await.unwrap();
    assert_eq!(opened.status(), 404);
    let replied = commissioner.post(&h, &format!("/api/feedback/v1/inbox/{provider_item}/replies")).json(&json!({"body": "Hi"})).send().await.unwrap();
    assert_eq!(replied.status(), 404);

    // Only how many crosses over: each side's breakdown is of its own feedback alone, so
    // watching a figure move tells nothing about what the other side was sent.
    h.give(&json!({"sender": "referrer", "overall": 1, "reader": "commissioner"})).await;
    let summary: Value = admin.get(&h, "/api/feedback/v1/summary").send().await.unwrap().json().await.unwrap();
    assert_eq!(summary["by_reader"], json!([{"of": "provider", "count": 1}, {"of": "commissioner", "count": 2}]));
    assert_eq!(summary["by_sender"][1], json!({"of": "carer_family_friend", "count": 1}));
    assert_eq!(summary["by_sender"][2], json!({"of": "referrer", "count": 0}));
    assert_eq!(summary["by_overall"][0], json!({"of": 1, "count": 0}));
    let summary: Value = commissioner.get(&h, "/api/feedback/v1/summary").send().await.unwrap().json().await.unwrap();
    assert_eq!(summary["by_sender"][2], json!({"of": "referrer", "count": 1}));
    assert_eq!(summary["by_overall"][0], json!({"of": 1, "count": 1}));

    for role in [Role::Manager, Role::Advocate] {
        let staff = h.staff(role).await;
        for path in ["/api/feedback/v1/inbox", "/api/feedback/v1/summary", "/api/feedback/v1/themes"] {
            assert_eq!(staff.get(&h, path).send().await.unwrap().status(), 403, "{path} as {role:?}");
        }
        let opened = staff.get(&h, &format!("/api/feedback/v1/inbox/{council_item}")).send().await.unwrap();
        assert_eq!(opened.status(), 403);
    }
}

async fn no_reply_can_go_to_someone_who_kept_no_receipt(backend: Backend) {
    let h = start(backend).await;
    let mut anonymous = from_carer("provider", "Just so you know");
    anonymous["receipt"] = json!(false);
    h.give(&anonymous).await;
    let admin = h.staff(Role::Admin).await;
    let inbox = h.inbox(&admin, "").await;
    let id = inbox["items"][0]["id"].as_str().unwrap();
    let detail: Value = admin.get(&h, &format!("/api/feedback/v1/inbox/{id}")).send().await.unwrap().json().await.unwrap();
    assert_eq!(detail["can_reply"], false);
    assert_eq!(detail["language"], "en");
    assert_eq!(detail["answers"], json!([["information", 5], ["heard", 2], ["outcome", 4]]));
    let replied = admin.post(&h, &format!("/api/feedback/v1/inbox/{id}/replies")).json(&json!({"body": "Thanks"})).send().await.unwrap();
    assert_eq!(replied.status(), 409);
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM feedback_messages"), 0);
}

async fn themes_are_the_providers_and_tag_and_filter_feedback(backend: Backend) {
    let h = start(backend).await;
    h.give(&from_carer("provider", "Waited too long for a call back")).await;
    h.give(&json!({"sender": "referrer", "answers": {"easy_to_refer": 5}, "reader": "provider"})).await;
    let (admin, commissioner) = (h.staff(Role::Admin).await, h.staff(Role::Commissioner).await);

    let added = admin.post(&h, "/api/feedback/v1/themes").json(&json!({"name": "Waiting times"})).send().await.unwrap();
    assert_eq!(added.status(), 201);
    let theme: Value = added.json().await.unwrap();
    let again = admin.post(&h, "/api/feedback/v1/themes").json(&json!({"name": "Waiting times"})).send().await.unwrap();
    assert_eq!(again.json::<Value>().await.unwrap()["errors"][0]["message_ref"]["id"], "error-theme-exists");
    let by_commissioner = commissioner.post(&h, "/api/feedback/v1/themes").json(&json!({"name": "Ours"})).send().await.unwrap();
    assert_eq!(by_commissioner.status(), 403, "the provider keeps the list of themes");
    let listed: Value = commissioner.get(&h, "/api/feedback/v1/themes").send().await.unwrap().json().await.unwrap();
    assert_eq!(listed[0]["name"], "Waiting times");

    let carer = h.inbox(&admin, "?sender=carer_family_friend").await;
    assert_eq!(carer["total"], 1);
    let id = carer["items"][0]["id"].as_str().unwrap();
    let tagged = admin.post(&h, &format!("/api/feedback/v1/inbox/{id}/themes")).json(&json!({"themes": [theme["id"]]})).send().await.unwrap();
    assert_eq!(tagged.status(), 200);
    assert_eq!(tagged.json::<Value>().await.unwrap()["themes"][0]["name"], "Waiting times");
    let filtered = h.inbox(&admin, &format!("?theme={}", theme["id"].as_str().unwrap())).await;
    assert_eq!(filtered["total"], 1);
    assert_eq!(filtered["items"][0]["id"], id);
    assert_eq!(h.inbox(&admin, "?overall=3").await["total"], 1);
    assert_eq!(h.inbox(&admin, "?from=2999-01-01").await["total"], 0);

    // A retired theme stays where it is, but is not added anew.
    let retired = admin.post(&h, &format!("/api/feedback/v1/themes/{}/active", theme["id"].as_str().unwrap())).json(&json!({"active": false})).send().await.unwrap();
    assert_eq!(retired.json::<Value>().await.unwrap()["active"], false);
    let other = h.inbox(&admin, "?sender=referrer").await["items"][0]["id"].as_str().unwrap().to_string();
    let refused = admin.post(&h, &format!("/api/feedback/v1/inbox/{other}/themes")).json(&json!({"themes": [theme["id"]]})).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    let kept = admin.post(&h, &format!("/api/feedback/v1/inbox/{id}/themes")).json(&json!({"themes": [theme["id"]]})).send().await.unwrap();
    assert_eq!(kept.status(), 200, "a retired theme may stay where it was");

    let summary: Value = admin.get(&h, "/api/feedback/v1/summary").send().await.unwrap().json().await.unwrap();
    assert_eq!(summary["by_theme"][0]["count"], 1);
    let summary: Value = commissioner.get(&h, "/api/feedback/v1/summary").send().await.unwrap().json().await.unwrap();
    assert_eq!(summary["by_theme"], json!([]), "the provider's tags on its own feedback are not the commissioner's to count");

    let unknown = admin.post(&h, &format!("/api/feedback/v1/themes/{}/active", uuid::Uuid::new_v4())).json(&json!({"active": false})).send().await.unwrap();
    assert_eq!(unknown.status(), 404);
}

async fn hidden_feedback_is_kept_with_who_hid_it(backend: Backend) {
    let h = start(backend).await;
    h.give(&from_carer("provider", "Abusive words here")).await;
    let admin = h.staff(Role::Admin).await;
    let id = h.inbox(&admin, "").await["items"][0]["id"].as_str().unwrap().to_string();
    let hidden = admin.post(&h, &format!("/api/feedback/v1/inbox/{id}/hidden")).json(&json!({"hidden": true})).send().await.unwrap();
    let detail: Value = hidden.json().await.unwrap();
    assert_eq!(detail["hidden"]["by"], admin.user_id.to_string());
    assert_eq!(detail["comments"], "Abusive words here", "hidden, not deleted");
    assert_eq!(h.inbox(&admin, "").await["total"], 0);
    let with_hidden = h.inbox(&admin, "?hidden=true").await;
    assert_eq!(with_hidden["items"][0]["hidden"], true);
    assert_eq!(with_hidden["items"][0]["excerpt"], Value::Null, "its words are not shown in the list");
    let shown = admin.post(&h, &format!("/api/feedback/v1/inbox/{id}/hidden")).json(&json!({"hidden": false})).send().await.unwrap();
    let detail: Value = shown.json().await.unwrap();
    assert_eq!(detail["hidden"], Value::Null);
    let done: Vec<(&str, &str)> = detail["actions"].as_array().unwrap().iter().map(|a| (a["action"].as_str().unwrap(), a["by"].as_str().unwrap())).collect();
    let by = admin.user_id.to_string();
    assert_eq!(done, [("hidden", by.as_str()), ("shown", by.as_str())], "who hid it is kept after it is shown again");
    assert_eq!(h.inbox(&admin, "").await["total"], 1);
}

db_tests!(
    each_reader_sees_only_what_was_sent_to_them,
    no_reply_can_go_to_someone_who_kept_no_receipt,
    themes_are_the_providers_and_tag_and_filter_feedback,
    hidden_feedback_is_kept_with_who_hid_it,
);
