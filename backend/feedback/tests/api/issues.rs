//! Collective issues: a group writes a draft only it can reach, raises it once verified, other
//! groups support it, anyone says "me too", and only the addressee answers, in public.

use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_types::identity::Role;
use crate::support::{start, Harness};

fn complete(title: &str) -> Value {
    json!({
        "title": title,
        "happening": "The last bus to the day centre leaves at six.",
        "affects": "Members who go to the evening club.",
        "members_agreeing": 14,
        "change_wanted": "A bus after eight on weekdays.",
        "addressee": "commissioner",
        "easy_read": "The last bus is at 6. We want a bus after 8.",
        "pictures": ["calendar", "people"]
    })
}

async fn public(h: &Harness, path: &str) -> reqwest::Response {
    h.app.client.get(h.app.url(path)).send().await.unwrap()
}

async fn a_raised_issue_is_supported_counted_and_answered_in_public(backend: Backend) {
    let h = start(backend).await;
    let admin = h.staff(Role::Admin).await;
    let (riverside, _) = h.group("Riverside Voices", &admin).await;

    // A draft may be saved with anything missing, and only its group can see it.
    let started = riverside.post(&h, "/api/feedback/v1/group/issues").json(&json!({"title": "Buses"})).send().await.unwrap();
    assert_eq!(started.status(), 201);
    let id = started.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_string();
    assert_eq!(public(&h, &format!("/api/feedback/v1/issues/{id}")).await.status(), 404, "a draft is not public");
    assert_eq!(public(&h, "/api/feedback/v1/issues").await.json::<Value>().await.unwrap()["total"], 0);

    // Pictures come from SpeakUp's own drawings only, three at most.
    let mut uploaded = complete("Buses");
    uploaded["pictures"] = json!(["https://example.org/face.jpg"]);
    let refused = riverside.post(&h, &format!("/api/feedback/v1/group/issues/{id}")).json(&uploaded).send().await.unwrap();
    assert_eq!(refused.status(), 422, "not a picture SpeakUp has");
    let mut crowded = complete("Buses");
    crowded["pictures"] = json!(["calendar", "people", "house", "money"]);
    let refused = riverside.post(&h, &format!("/api/feedback/v1/group/issues/{id}")).json(&crowded).send().await.unwrap();
    assert_eq!(refused.status(), 422);

    // Raising needs every part, each missing one named.
    let raised = riverside.post(&h, &format!("/api/feedback/v1/group/issues/{id}/raise")).send().await.unwrap();
    assert_eq!(raised.status(), 422);
    let fields: Vec<String> = raised.json::<Value>().await.unwrap()["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().to_string()).collect();
    for field in ["happening", "affects", "members_agreeing", "change_wanted", "addressee", "easy_read"] {
        assert!(fields.iter().any(|f| f == field), "{field} is asked for: {fields:?}");
    }
    let saved = riverside.post(&h, &format!("/api/feedback/v1/group/issues/{id}")).json(&complete("Buses stop too early")).send().await.unwrap();
    assert_eq!(saved.status(), 200);
    let raised = riverside.post(&h, &format!("/api/feedback/v1/group/issues/{id}/raise")).send().await.unwrap();
    assert_eq!(raised.status(), 200);
    let issue: Value = raised.json().await.unwrap();
    assert_eq!(issue["status"], "received");
    assert!(issue["raised_on"].is_string());
    // Its words are fixed once raised.
    let changed = riverside.post(&h, &format!("/api/feedback/v1/group/issues/{id}")).json(&complete("Something else")).send().await.unwrap();
    assert_eq!(changed.status(), 409);

    // Another verified group supports it, once; the group that raised it cannot.
    let (hillside, hillside_group) = h.group("Hillside Speaks", &admin).await;
    let supported = hillside.post(&h, &format!("/api/feedback/v1/issues/{id}/supports")).json(&json!({"line": "Our members wait an hour too"})).send().await.unwrap();
    assert_eq!(supported.status(), 200);
    let again = hillside.post(&h, &format!("/api/feedback/v1/issues/{id}/supports")).json(&json!({"line": "Again"})).send().await.unwrap();
    assert_eq!(again.status(), 409);
    let own = riverside.post(&h, &format!("/api/feedback/v1/issues/{id}/supports")).json(&json!({"line": "Us too"})).send().await.unwrap();
    assert_eq!(own.status(), 409);
    assert!(!hillside_group.is_empty());

    // Anyone says "me too": a bare count.
    assert_eq!(h.me_too(&id).await, 1);
    assert_eq!(h.me_too(&id).await, 2);
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM issues WHERE me_too = 2"), 1, "the count is all that is kept");

    // Only the addressee answers: the commissioner, not the provider's admin, a board member
    // or a group.
    let answer = json!({"from": "received", "status": "response_given", "plain": "We will ask the bus company for a later bus.", "easy_read": "We will ask for a later bus."});
    // Healthwatch may not answer for the commissioner, nor the Safeguarding Adults Board.
    let (healthwatch, board) = (h.staff(Role::Healthwatch).await, h.staff(Role::SafeguardingBoard).await);
    for (who, session) in [("admin", &admin), ("healthwatch", &healthwatch), ("safeguarding board", &board), ("group", &hillside)] {
        let refused = session.post(&h, &format!("/api/feedback/v1/issues/{id}/responses")).json(&answer).send().await.unwrap();
        assert_eq!(refused.status(), 403, "{who} answers");
    }
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM issue_events"), 1);
    let commissioner = h.staff(Role::Commissioner).await;
    let words_missing = json!({"from": "received", "status": "response_given", "plain": "Only plain words"});
    let refused = commissioner.post(&h, &format!("/api/feedback/v1/issues/{id}/responses")).json(&words_missing).send().await.unwrap();
    assert_eq!(refused.status(), 422);
    let answered = commissioner.post(&h, &format!("/api/feedback/v1/issues/{id}/responses")).json(&answer).send().await.unwrap();
    assert_eq!(answered.status(), 200);

    // The public page: the history with the answer in both forms, the support, the count;
    // never who on the commissioner's side wrote it.
    let page: Value = public(&h, &format!("/api/feedback/v1/issues/{id}")).await.json().await.unwrap();
    let steps: Vec<&str> = page["history"].as_array().unwrap().iter().map(|e| e["status"].as_str().unwrap()).collect();
    assert_eq!(steps, ["received", "response_given"]);
    assert_eq!(page["history"][1]["response"]["easy_read"], "We will ask for a later bus.");
    assert_eq!(page["supports"][0]["group_name"], "Hillside Speaks");
    assert_eq!(page["me_too"], 2);
    assert_eq!(page["pictures"], json!(["calendar", "people"]), "the pictures go with the Easy Read words");
    assert!(!page.to_string().contains(&commissioner.user_id.to_string()), "who answered is not published");
    let listed: Value = public(&h, "/api/feedback/v1/issues?addressee=commissioner").await.json().await.unwrap();
    assert_eq!(listed["total"], 1);
    assert_eq!(listed["items"][0]["supports"], 1);
    assert_eq!(public(&h, "/api/feedback/v1/issues?addressee=healthwatch").await.json::<Value>().await.unwrap()["total"], 0);

    // Once closed, nobody moves it on.
    // Answering from a step the answerer did not see is refused: someone moved it since.
    let stale = json!({"from": "received", "status": "being_looked_at"});
    let refused = commissioner.post(&h, &format!("/api/feedback/v1/issues/{id}/responses")).json(&stale).send().await.unwrap();
    assert_eq!(refused.status(), 409);
    let closed = json!({"from": "response_given", "status": "closed"});
    let closed = commissioner.post(&h, &format!("/api/feedback/v1/issues/{id}/responses")).json(&closed).send().await.unwrap();
    assert_eq!(closed.status(), 200);
    let reopen = json!({"from": "closed", "status": "being_looked_at"});
    let reopened = commissioner.post(&h, &format!("/api/feedback/v1/issues/{id}/responses")).json(&reopen).send().await.unwrap();
    assert_eq!(reopened.status(), 409);

    // A group whose verification is taken back speaks no more: its sign-in has ended.
    let taken_back = admin.post(&h, &format!("/api/identity/v1/groups/{hillside_group}/verified")).json(&json!({"verified": false})).send().await.unwrap();
    assert_eq!(taken_back.status(), 200);
    let after = hillside.post(&h, &format!("/api/feedback/v1/issues/{id}/supports")).json(&json!({"line": "Still us"})).send().await.unwrap();
    assert_eq!(after.status(), 401);
}

/// Two answers at the same moment from the same step: one moves the issue, the other is told
/// it moved (409) on both databases, and the history has the one step that counted.
async fn two_answers_at_once_cannot_both_move_the_issue(backend: Backend) {
    let h = start(backend).await;
    let admin = h.staff(Role::Admin).await;
    let (group, _) = h.group("Riverside Voices", &admin).await;
    let id = h.raised(&group, complete("Buses stop too early")).await;
    let commissioner = h.staff(Role::Commissioner).await;
    let answer = |status: &str| {
        commissioner.post(&h, &format!("/api/feedback/v1/issues/{id}/responses")).json(&json!({"from": "received", "status": status})).send()
    };
    let (first, second) = tokio::join!(answer("being_looked_at"), answer("closed"));
    let mut statuses = [first.unwrap().status().as_u16(), second.unwrap().status().as_u16()];
    statuses.sort_unstable();
    assert_eq!(statuses, [200, 409]);
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM issue_events"), 2, "raised, and the one answer that counted");
}

async fn a_group_reaches_only_its_own_drafts(backend: Backend) {
    let h = start(backend).await;
    let admin = h.staff(Role::Admin).await;
    let (riverside, _) = h.group("Riverside Voices", &admin).await;
    let (hillside, _) = h.group("Hillside Speaks", &admin).await;
    let started = riverside.post(&h, "/api/feedback/v1/group/issues").json(&complete("Ours")).send().await.unwrap();
    let id = started.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_string();

    // Another group's draft is not found, to read, change or raise.
    assert_eq!(hillside.get(&h, &format!("/api/feedback/v1/group/issues/{id}")).send().await.unwrap().status(), 404);
    let changed = hillside.post(&h, &format!("/api/feedback/v1/group/issues/{id}")).json(&complete("Theirs now")).send().await.unwrap();
    assert_eq!(changed.status(), 404);
    assert_eq!(hillside.post(&h, &format!("/api/feedback/v1/group/issues/{id}/raise")).send().await.unwrap().status(), 404);
    let theirs: Value = hillside.get(&h, "/api/feedback/v1/group/issues").send().await.unwrap().json().await.unwrap();
    assert_eq!(theirs, json!([]));
    assert_eq!(h.count("SELECT COUNT(*) AS n FROM issues WHERE title = 'Ours' AND status = 'draft'"), 1);
    // Nobody supports or says "me too" to a draft.
    let supported = hillside.post(&h, &format!("/api/feedback/v1/issues/{id}/supports")).json(&json!({"line": "Yes"})).send().await.unwrap();
    assert_eq!(supported.status(), 404);

    // Staff roles have no group: the group's routes are refused.
    for role in [Role::Admin, Role::Manager, Role::Commissioner] {
        let staff = if role == Role::Admin { admin.clone() } else { h.staff(role).await };
        assert_eq!(staff.get(&h, "/api/feedback/v1/group/issues").send().await.unwrap().status(), 403, "{role:?}");
    }
}

async fn the_provider_counts_a_theme_across_feedback_and_issues(backend: Backend) {
    let h = start(backend).await;
    let admin = h.staff(Role::Admin).await;
    let (group, _) = h.group("Riverside Voices", &admin).await;
    let id = h.raised(&group, complete("Buses stop too early")).await;
    let theme: Value = admin.post(&h, "/api/feedback/v1/themes").json(&json!({"name": "Transport"})).send().await.unwrap().json().await.unwrap();
    let tagged = admin.post(&h, &format!("/api/feedback/v1/issues/{id}/themes")).json(&json!({"themes": [theme["id"]]})).send().await.unwrap();
    assert_eq!(tagged.status(), 200);
    assert_eq!(tagged.json::<Value>().await.unwrap()[0]["name"], "Transport");
    let summary: Value = admin.get(&h, "/api/feedback/v1/summary").send().await.unwrap().json().await.unwrap();
    assert_eq!(summary["issues_by_theme"], json!([{"of": theme, "count": 1}]));
    // Groups do not tag.
    let refused = group.post(&h, &format!("/api/feedback/v1/issues/{id}/themes")).json(&json!({"themes": []})).send().await.unwrap();
    assert_eq!(refused.status(), 403);
}

db_tests!(
    a_raised_issue_is_supported_counted_and_answered_in_public,
    two_answers_at_once_cannot_both_move_the_issue,
    a_group_reaches_only_its_own_drafts,
    the_provider_counts_a_theme_across_feedback_and_issues,
);
