//! Self-advocacy groups: registering in public (with a proof of work, and no account made, so
//! nobody's email is claimed or revealed), verification by an admin (which gives the contact a
//! one-time password), members the group asks for (a few an hour) added by an admin. Group accounts never appear
//! among staff accounts or take a staff role, and a group reaches only its own page.

use reqwest::StatusCode;
use serde_json::{json, Value};
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_platform::testing::{answered_challenge_of, client, TestApp};
use crate::support::{create_user, login, session_status, start, Admin, ADMIN, FIRST};

fn registration(email: &str) -> Value {
    json!({"name": "Riverside Voices", "area": "Riverside", "members": 25, "contact_name": "Sam", "contact_email": email})
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

    // Registering makes no sign-in, so it says nothing about whose email has one: an admin's
    // address registers like any other, and signs nobody in.
    let registered = register(&app, &registration(ADMIN.0)).await;
    assert_eq!(registered.status(), StatusCode::CREATED);
    let registered = register(&app, &registration("sam@example.org")).await;
    assert_eq!(registered.status(), StatusCode::CREATED);
    let group: Value = registered.json().await.unwrap();
    assert_eq!(group["verified_on"], Value::Null);
    let id = group["id"].as_str().unwrap();
    let staff: Value = admin.get(&app, "/api/identity/v1/users").await;
    assert_eq!(staff.as_array().unwrap().len(), 1, "no account was made: {staff}");

    // Verifying gives the contact a one-time password, once.
    let verified = admin.post(&app, &format!("/api/identity/v1/groups/{id}/verified"), json!({"verified": true})).await;
    assert_eq!(verified.status(), StatusCode::OK);
    assert_eq!(verified.headers().get("cache-control").unwrap(), "no-store");
    let verified: Value = verified.json().await.unwrap();
    assert!(verified["group"]["verified_on"].is_string());
    let one_time = verified["contact_password"].as_str().expect("a first password").to_string();
    let again: Value = admin.post(&app, &format!("/api/identity/v1/groups/{id}/verified"), json!({"verified": true})).await.json().await.unwrap();
    assert_eq!(again["contact_password"], Value::Null, "shown once");

    // The contact signs in with it as a member of the group, and must choose their own.
    let contact = client();
    let session: Value = login(&app, &contact, "sam@example.org", &one_time).await.json().await.unwrap();
    assert_eq!(session["user"]["role"], "group");
    assert_eq!(session["must_change_password"], true);
    assert_eq!(session["group"], json!({"id": id, "name": "Riverside Voices", "verified": true}));
    let csrf = session["csrf_token"].as_str().unwrap().to_string();
    let early = contact.get(app.url("/api/identity/v1/groups/mine")).send().await.unwrap();
    assert_eq!(early.status(), StatusCode::FORBIDDEN, "nothing before choosing a password");
    let chosen = contact
        .post(app.url("/api/identity/v1/password"))
        .header("X-CSRF-Token", &csrf)
        .json(&json!({"current_password": one_time, "new_password": "our-group-chose-this"}))
        .send()
        .await
        .unwrap();
    assert_eq!(chosen.status(), StatusCode::NO_CONTENT);
    let own: Value = contact.get(app.url("/api/identity/v1/groups/mine")).send().await.unwrap().json().await.unwrap();
    assert_eq!(own["members"][0]["display_name"], "Sam");
    assert_eq!(own["members"][0]["active"], true);
    assert_eq!(own["members"].as_array().unwrap().len(), 1);

    // The group asks for a member; nothing is made until an admin adds them, so the group
    // learns nothing about whose email has a sign-in, and claims none.
    let ask = |email: &str| {
        contact
            .post(app.url("/api/identity/v1/groups/mine/members"))
            .header("X-CSRF-Token", &csrf)
            .json(&json!({"email": email, "display_name": "Alex"}))
            .send()
    };
    let asked = ask("alex@example.org").await.unwrap();
    assert_eq!(asked.status(), StatusCode::CREATED);
    let request = asked.json::<Value>().await.unwrap()["id"].as_str().unwrap().to_string();
    let taken = ask(ADMIN.0).await.unwrap();
    assert_eq!(taken.status(), StatusCode::CREATED, "an email with a sign-in is asked for like any other");
    assert_eq!(login(&app, &client(), "alex@example.org", FIRST).await.status(), StatusCode::UNAUTHORIZED);
    let page = admin.get(&app, &format!("/api/identity/v1/groups/{id}")).await;
    assert_eq!(page["requests"].as_array().unwrap().len(), 2);
    // The group cannot add its own.
    let own_add = contact.post(app.url(&format!("/api/identity/v1/groups/{id}/requests/{request}/added"))).header("X-CSRF-Token", &csrf).send().await.unwrap();
    assert_eq!(own_add.status(), StatusCode::FORBIDDEN);
    // The admin adds Alex: a one-time password, once, to change at first sign-in.
    let added = admin.post(&app, &format!("/api/identity/v1/groups/{id}/requests/{request}/added"), json!({})).await;
    assert_eq!(added.status(), StatusCode::OK);
    assert_eq!(added.headers().get("cache-control").unwrap(), "no-store");
    let added: Value = added.json().await.unwrap();
    let one_time = added["password"].as_str().unwrap().to_string();
    assert_eq!(added["group"]["requests"].as_array().unwrap().len(), 1, "the request is done");
    let alex: Value = login(&app, &client(), "alex@example.org", &one_time).await.json().await.unwrap();
    assert_eq!(alex["must_change_password"], true);
    assert_eq!(alex["group"]["id"], id);
    // The one for the admin's own address is declined.
    let other = added["group"]["requests"][0]["id"].as_str().unwrap();
    let declined = admin.post(&app, &format!("/api/identity/v1/groups/{id}/requests/{other}/declined"), json!({})).await;
    assert_eq!(declined.status(), StatusCode::OK);
    assert_eq!(declined.json::<Value>().await.unwrap()["requests"], json!([]));
    // A group asks for a handful of members an hour, not thousands.
    let mut refused = None;
    for n in 0..12 {
        let response = ask(&format!("member{n}@example.org")).await.unwrap();
        if response.status() != StatusCode::CREATED {
            refused = Some(response.status());
            break;
        }
    }
    assert_eq!(refused, Some(StatusCode::TOO_MANY_REQUESTS));

    // Group accounts are not staff accounts: not listed, and no staff route.
    let users = admin.get(&app, "/api/identity/v1/users").await;
    assert!(users.as_array().unwrap().iter().all(|u| u["role"] != "group"), "{users}");
    assert_eq!(contact.get(app.url("/api/identity/v1/users")).send().await.unwrap().status(), StatusCode::FORBIDDEN);
    assert_eq!(contact.get(app.url("/api/identity/v1/groups")).send().await.unwrap().status(), StatusCode::FORBIDDEN);

    // An admin disables one member: their session ends and they cannot sign in; the change is
    // in their account's history.
    let members = admin.get(&app, &format!("/api/identity/v1/groups/{id}")).await;
    let alex_id = members["members"].as_array().unwrap().iter().find(|m| m["email"] == "alex@example.org").unwrap()["id"].as_str().unwrap().to_string();
    let alex_session = client();
    login(&app, &alex_session, "alex@example.org", &one_time).await;
    let disabled = admin.post(&app, &format!("/api/identity/v1/groups/{id}/members/{alex_id}/active"), json!({"active": false})).await;
    assert_eq!(disabled.status(), StatusCode::OK);
    assert_eq!(session_status(&app, &alex_session).await, StatusCode::UNAUTHORIZED);
    assert_eq!(login(&app, &client(), "alex@example.org", &one_time).await.status(), StatusCode::UNAUTHORIZED);
    let history = admin.get(&app, &format!("/api/identity/v1/users/{alex_id}")).await;
    assert_eq!(history["history"][0]["action"], "disabled");
    // Only a member of that group, through that group.
    let stranger = admin.post(&app, &format!("/api/identity/v1/groups/{id}/members/{}/active", uuid::Uuid::new_v4()), json!({"active": false})).await;
    assert_eq!(stranger.status(), StatusCode::NOT_FOUND);

    // Taking verification back ends the members' sessions and stops them signing in, until
    // the group is verified again; the member an admin disabled stays disabled.
    let taken_back = admin.post(&app, &format!("/api/identity/v1/groups/{id}/verified"), json!({"verified": false})).await;
    assert_eq!(taken_back.status(), StatusCode::OK);
    assert_eq!(session_status(&app, &contact).await, StatusCode::UNAUTHORIZED);
    assert_eq!(login(&app, &client(), "sam@example.org", "our-group-chose-this").await.status(), StatusCode::FORBIDDEN);
    let listed = admin.get(&app, "/api/identity/v1/groups").await;
    assert!(listed.as_array().unwrap().iter().all(|g| g["verified_on"].is_null()));
    admin.post(&app, &format!("/api/identity/v1/groups/{id}/verified"), json!({"verified": true})).await;
    assert_eq!(login(&app, &client(), "sam@example.org", "our-group-chose-this").await.status(), StatusCode::OK);
    assert_eq!(login(&app, &client(), "alex@example.org", &one_time).await.status(), StatusCode::UNAUTHORIZED);
}

async fn the_group_role_is_never_given_as_a_staff_role(backend: Backend) {
    let (app, _dbs) = start(backend).await;
    let admin = Admin::new(&app).await;
    let made = create_user(&app, &admin.client, &admin.csrf, "pat@example.org", "group").await;
    assert_eq!(made.status(), StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(made.json::<Value>().await.unwrap()["errors"][0]["field"], "role");
    assert_eq!(login(&app, &client(), "pat@example.org", FIRST).await.status(), StatusCode::UNAUTHORIZED);

    // Each board is a staff role like any other, but none becomes a group member.
    let (worker_id, _, _) = admin.worker(&app, "board@example.org", "safeguarding_board").await;
    let to_group = admin.post(&app, &format!("/api/identity/v1/users/{worker_id}/role"), json!({"role": "group"})).await;
    assert_eq!(to_group.status(), StatusCode::UNPROCESSABLE_ENTITY);

    // A group member's account keeps its role, and its contact's email cannot be reused by a
    // second group: verifying that one says so, and makes nothing.
    let registered: Value = register(&app, &registration("sam@example.org")).await.json().await.unwrap();
    let first = registered["id"].as_str().unwrap();
    let verified: Value = admin.post(&app, &format!("/api/identity/v1/groups/{first}/verified"), json!({"verified": true})).await.json().await.unwrap();
    let member = client();
    let session: Value = login(&app, &member, "sam@example.org", verified["contact_password"].as_str().unwrap()).await.json().await.unwrap();
    let member_id = session["user"]["id"].as_str().unwrap();
    let changed = admin.post(&app, &format!("/api/identity/v1/users/{member_id}/role"), json!({"role": "admin"})).await;
    assert_eq!(changed.status(), StatusCode::UNPROCESSABLE_ENTITY);
    let registered: Value = register(&app, &registration("SAM@example.org")).await.json().await.unwrap();
    let second = registered["id"].as_str().unwrap();
    let clash = admin.post(&app, &format!("/api/identity/v1/groups/{second}/verified"), json!({"verified": true})).await;
    assert_eq!(clash.status(), StatusCode::CONFLICT);
    let groups = admin.get(&app, "/api/identity/v1/groups").await;
    let second_group = groups.as_array().unwrap().iter().find(|g| g["id"] == second).unwrap();
    assert_eq!(second_group["verified_on"], Value::Null, "nothing changed");
    // Nor can a staff account read a group's page.
    assert_eq!(admin.client.get(app.url("/api/identity/v1/groups/mine")).send().await.unwrap().status(), StatusCode::FORBIDDEN);
}

db_tests!(a_group_registers_is_verified_and_adds_members, the_group_role_is_never_given_as_a_staff_role);
