//! Self-advocacy groups: registering in public (with a proof of work, nothing lost on an
//! error), verification by an admin, members added by the group. Group accounts never appear
//! among staff accounts or take a staff role, and a group reaches only its own page.

mod support;

use reqwest::StatusCode;
use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_platform::testing::{answered_challenge_of, client, register_group, TestApp};
use support::{create_user, login, session_status, start, Admin, FIRST};

fn registration(email: &str) -> Value {
    json!({
        "name": "Riverside Voices", "area": "Riverside", "members": 25,
        "contact_name": "Sam", "contact_email": email, "password": "our-group-chose-this"
    })
}

async fn register(app: &TestApp, body: &Value) -> reqwest::Response {
    let proof = answered_challenge_of(&client(), &app.address, "identity").await;
    client().post(app.url("/api/identity/v1/groups")).header("X-Proof-Of-Work", proof).json(body).send().await.unwrap()
}

async fn a_group_registers_is_verified_and_adds_members(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let admin = Admin::new(&app).await;

    // Without a proof of work nothing is registered.
    let unproven = client().post(app.url("/api/identity/v1/groups")).json(&registration("sam@example.org")).send().await.unwrap();
    assert_eq!(unproven.status(), StatusCode::PRECONDITION_REQUIRED);
    // Each problem is named by its field.
    let mut bad = registration("not an email");
    bad["members"] = json!(0);
    bad["name"] = json!("  ");
    let refused = register(&app, &bad).await;
    assert_eq!(refused.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let fields: Vec<String> = refused.json::<Value>().await.unwrap()["errors"].as_array().unwrap().iter().map(|e| e["field"].as_str().unwrap().into()).collect();
    for field in ["name", "members", "contact_email"] {
        assert!(fields.iter().any(|f| f == field), "{field}: {fields:?}");
    }
    assert!(admin.get(&app, "/api/identity/v1/groups").await.as_array().unwrap().is_empty());

    let registered = register(&app, &registration("sam@example.org")).await;
    assert_eq!(registered.status(), StatusCode::CREATED);
    let group: Value = registered.json().await.unwrap();
    assert_eq!(group["verified_on"], Value::Null);
    let id = group["id"].as_str().unwrap();
    // One email, one sign-in: a second registration with it is refused on that field.
    let again = register(&app, &registration("SAM@example.org")).await;
    assert_eq!(again.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(again.json::<Value>().await.unwrap()["errors"][0]["field"], "contact_email");

    // The contact signs in with the password they chose, as a member of the group.
    let contact = client();
    let session: Value = login(&app, &contact, "sam@example.org", "our-group-chose-this").await.json().await.unwrap();
    assert_eq!(session["user"]["role"], "group");
    assert_eq!(session["must_change_password"], false);
    assert_eq!(session["group"], json!({"id": id, "name": "Riverside Voices", "verified": false}));
    let csrf = session["csrf_token"].as_str().unwrap().to_string();
    let own: Value = contact.get(app.url("/api/identity/v1/groups/mine")).send().await.unwrap().json().await.unwrap();
    assert_eq!(own["members"], json!([{"display_name": "Sam", "email": "sam@example.org", "active": true}]));

    // The admin verifies it; the member's session says so at once.
    let verified = admin.post(&app, &format!("/api/identity/v1/groups/{id}/verified"), json!({"verified": true})).await;
    assert_eq!(verified.status(), StatusCode::OK);
    assert!(verified.json::<Value>().await.unwrap()["verified_on"].is_string());
    let session: Value = contact.get(app.url("/api/identity/v1/session")).send().await.unwrap().json().await.unwrap();
    assert_eq!(session["group"]["verified"], true);

    // The group adds a member, who gets a one-time password to change at first sign-in.
    let added = contact
        .post(app.url("/api/identity/v1/groups/mine/members"))
        .header("X-CSRF-Token", &csrf)
        .json(&json!({"email": "alex@example.org", "display_name": "Alex"}))
        .send()
        .await
        .unwrap();
    assert_eq!(added.status(), StatusCode::CREATED);
    let one_time = added.json::<Value>().await.unwrap()["password"].as_str().unwrap().to_string();
    let alex: Value = login(&app, &client(), "alex@example.org", &one_time).await.json().await.unwrap();
    assert_eq!(alex["must_change_password"], true);
    assert_eq!(alex["group"]["id"], id);

    // Group accounts are not staff accounts: not listed, no staff role, and no staff route.
    let users = admin.get(&app, "/api/identity/v1/users").await;
    assert!(users.as_array().unwrap().iter().all(|u| u["role"] != "group"), "{users}");
    assert_eq!(contact.get(app.url("/api/identity/v1/users")).send().await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(contact.get(app.url("/api/identity/v1/groups")).send().await.unwrap().status(), StatusCode::FORBIDDEN);

    // Taking verification back ends the members' sessions.
    let taken_back = admin.post(&app, &format!("/api/identity/v1/groups/{id}/verified"), json!({"verified": false})).await;
    assert_eq!(taken_back.status(), StatusCode::OK);
    assert_eq!(session_status(&app, &contact).await, StatusCode::UNAUTHORIZED);
    let listed = admin.get(&app, "/api/identity/v1/groups").await;
    assert_eq!(listed[0]["verified_on"], Value::Null);
}

async fn the_group_role_is_never_given_as_a_staff_role(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let admin = Admin::new(&app).await;
    let made = create_user(&app, &admin.client, &admin.csrf, "pat@example.org", "group").await;
    assert_eq!(made.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(made.json::<Value>().await.unwrap()["errors"][0]["field"], "role");
    assert_eq!(login(&app, &client(), "pat@example.org", FIRST).await.status(), StatusCode::UNAUTHORIZED);

    // A board member is a staff role like any other.
    let (worker_id, _, _) = admin.worker(&app, "board@example.org", "board").await;
    let to_group = admin.post(&app, &format!("/api/identity/v1/users/{worker_id}/role"), json!({"role": "group"})).await;
    assert_eq!(to_group.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // A group member's account keeps its role.
    let (member, _) = register_group(&app, "Hillside Speaks").await;
    let changed = admin.post(&app, &format!("/api/identity/v1/users/{}/role", member.user_id), json!({"role": "admin"})).await;
    assert_eq!(changed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let session: Value = member.get(&app, "/api/identity/v1/session").send().await.unwrap().json().await.unwrap();
    assert_eq!(session["user"]["role"], "group");
    // Nor can a staff account read a group's page.
    assert_eq!(admin.client.get(app.url("/api/identity/v1/groups/mine")).send().await.unwrap().status(), StatusCode::FORBIDDEN);
}

db_tests!(a_group_registers_is_verified_and_adds_members, the_group_role_is_never_given_as_a_staff_role);
