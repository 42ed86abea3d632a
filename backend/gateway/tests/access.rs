//! The route table: every route under `/api/*/v1` is either on the written list of anonymous
//! routes below, or answers 401 without a session and 403 to each role that may not use it,
//! and a refused request changes nothing. The table is checked against the services' own
//! route lists, so a new route cannot be added without saying who may use it.

use std::net::TcpListener;

use reqwest::{Client, Method};
use serde_json::{json, Value};
use speakup_gateway::startup;
use speakup_platform::db::Backend;
use speakup_platform::db_tests;
use speakup_platform::testing::{answered_challenge, answered_challenge_of, client, TestDatabases};

/// Routes anyone may use, without signing in.
const ANONYMOUS: &[(&str, &str)] = &[
    ("POST", "/api/identity/v1/login"),
    ("POST", "/api/identity/v1/login/second-factor"),
    ("POST", "/api/referrals/v1/eligibility"),
    ("GET", "/api/referrals/v1/challenge"),
    ("GET", "/api/referrals/v1/provider-contact"),
    ("POST", "/api/referrals/v1/self-referrals"),
    ("POST", "/api/referrals/v1/on-behalf-referrals"),
    ("POST", "/api/referrals/v1/professional-referrals"),
    ("POST", "/api/referrals/v1/track"),
    ("POST", "/api/referrals/v1/track/withdrawal"),
    ("POST", "/api/referrals/v1/track/meeting-move"),
    ("POST", "/api/referrals/v1/track/outcome-ratings"),
    ("POST", "/api/referrals/v1/lost-code"),
    ("GET", "/api/feedback/v1/challenge"),
    ("POST", "/api/feedback/v1/feedback"),
    ("POST", "/api/feedback/v1/conversation"),
    ("POST", "/api/feedback/v1/conversation/messages"),
    ("GET", "/api/identity/v1/challenge"),
    ("POST", "/api/identity/v1/groups"),
    ("GET", "/api/feedback/v1/issues"),
    ("GET", "/api/feedback/v1/issues/{id}"),
    ("POST", "/api/feedback/v1/issues/{id}/me-too"),
];

const ROLES: [&str; 8] = ["admin", "manager", "advocate", "commissioner", "safeguarding_board", "partnership_board", "healthwatch", "group"];
const EVERY_ROLE: &[&str] = &ROLES;
const ADMIN: &[&str] = &["admin"];
const TRIAGE: &[&str] = &["admin", "manager"];
const MONITORING: &[&str] = &["commissioner"];
/// Who opens cases: managers (and admins) any, an advocate their own (others are 404 to them,
/// which `backend/referrals/tests/casework.rs` checks).
const CASES: &[&str] = &["admin", "manager", "advocate"];
const ADVOCATE: &[&str] = &["advocate"];
/// Who reads feedback: the provider's managers and commissioners, each only what was sent to them.
const FEEDBACK: &[&str] = &["admin", "commissioner"];
/// Who answers collective issues (each only those addressed to them): the provider's admins for
/// its board, commissioners, and members of each board and of Healthwatch.
const ANSWERERS: &[&str] = &["admin", "commissioner", "safeguarding_board", "partnership_board", "healthwatch"];
/// Members of self-advocacy groups, each reaching only their group's work.
const GROUP: &[&str] = &["group"];

/// The waiting targets' row for everything, which every installation has.
const EVERYTHING_TARGET: &str = "00000000-0000-0000-0000-000000000000";

/// The ids a route's path may hold.
struct Ids {
    referral: String,
    user: String,
    feedback: String,
    theme: String,
    group: String,
    issue: String,
    /// A member of the group (their account's id).
    member: String,
    /// A member the group asked an admin to add.
    request: String,
    /// A council area in the provider's list.
    area: String,
    /// An entry in the referral's casework.
    entry: String,
    /// What the person wants to happen, recorded on the referral.
    outcome: String,
    /// A safeguarding concern recorded on the referral.
    concern: String,
}

/// Every staff route, who may use it, and a body that would change something if allowed.
fn staff_routes(ids: &Ids) -> Vec<(&'static str, String, &'static [&'static str], Value)> {
    let Ids { referral, user, feedback, theme, group, issue, member, request, area, entry, outcome, concern } = ids;
    vec![
        ("POST", "/api/identity/v1/logout".into(), EVERY_ROLE, json!({})),
        ("GET", "/api/identity/v1/session".into(), EVERY_ROLE, json!(null)),
        ("POST", "/api/identity/v1/password".into(), EVERY_ROLE, json!({"current_password": "x", "new_password": "y"})),
        ("GET", "/api/identity/v1/second-factor".into(), EVERY_ROLE, json!(null)),
        ("POST", "/api/identity/v1/second-factor/setup".into(), EVERY_ROLE, json!({})),
        ("POST", "/api/identity/v1/second-factor/confirm".into(), EVERY_ROLE, json!({"code": "123456"})),
        ("POST", "/api/identity/v1/second-factor/recovery-codes".into(), EVERY_ROLE, json!({"code": "123456"})),
        ("POST", "/api/identity/v1/second-factor/off".into(), EVERY_ROLE, json!({"current_password": "x"})),
        ("GET", "/api/identity/v1/second-factor-policy".into(), ADMIN, json!(null)),
        ("POST", "/api/identity/v1/second-factor-policy".into(), ADMIN, json!({"roles": ["manager"]})),
        ("GET", "/api/identity/v1/users".into(), ADMIN, json!(null)),
        (
            "POST",
            "/api/identity/v1/users".into(),
            ADMIN,
            json!({"email": "intruder@example.org", "display_name": "Intruder", "role": "admin", "password": "an-intruders-password"}),
        ),
        ("GET", format!("/api/identity/v1/users/{user}"), ADMIN, json!(null)),
        ("POST", format!("/api/identity/v1/users/{user}/active"), ADMIN, json!({"active": false})),
        ("POST", format!("/api/identity/v1/users/{user}/role"), ADMIN, json!({"role": "admin"})),
        ("POST", format!("/api/identity/v1/users/{user}/password-reset"), ADMIN, json!({})),
        ("POST", format!("/api/identity/v1/users/{user}/second-factor-reset"), ADMIN, json!({})),
        ("GET", "/api/referrals/v1/equality-summary".into(), MONITORING, json!(null)),
        ("GET", "/api/referrals/v1/referrals".into(), TRIAGE, json!(null)),
        ("GET", format!("/api/referrals/v1/referrals/{referral}"), CASES, json!(null)),
        ("POST", format!("/api/referrals/v1/referrals/{referral}/decision"), TRIAGE, json!({"decision": "accept"})),
        ("GET", format!("/api/referrals/v1/referrals/{referral}/duplicates"), TRIAGE, json!(null)),
        ("POST", format!("/api/referrals/v1/referrals/{referral}/merge"), TRIAGE, json!({"into": referral})),
        ("POST", format!("/api/referrals/v1/referrals/{referral}/new-code"), TRIAGE, json!({})),
        (
            "PUT",
            format!("/api/referrals/v1/referrals/{referral}/mandates/care_act"),
            TRIAGE,
            json!({"state": "confirmed", "legal_basis": "care_act_assessment", "reason": "An intruder's reason", "starts_on": "2026-12-07"}),
        ),
        ("PUT", format!("/api/referrals/v1/referrals/{referral}/area"), TRIAGE, json!({"area": area, "version": 1})),
        ("GET", format!("/api/referrals/v1/referrals/{referral}/suggestions"), TRIAGE, json!(null)),
        ("POST", format!("/api/referrals/v1/referrals/{referral}/allocation"), TRIAGE, json!({"advocate_id": user, "version": 1})),
        ("PUT", format!("/api/referrals/v1/referrals/{referral}/shares/{user}"), TRIAGE, json!({"version": 1})),
        ("DELETE", format!("/api/referrals/v1/referrals/{referral}/shares/{user}"), TRIAGE, json!({"version": 1})),
        ("GET", format!("/api/referrals/v1/referrals/{referral}/casework"), CASES, json!(null)),
        (
            "PUT",
            format!("/api/referrals/v1/referrals/{referral}/way-of-working"),
            CASES,
            json!({"instruction": "non_instructed", "approaches": ["witness"], "why": "An intruder's reason", "version": 0}),
        ),
        ("POST", format!("/api/referrals/v1/referrals/{referral}/casework"), CASES, json!({"kind": "note", "title": "An intruder's note"})),
        (
            "PUT",
            format!("/api/referrals/v1/referrals/{referral}/casework/{entry}"),
            CASES,
            json!({"kind": "issue", "title": "Changed by an intruder", "version": 1}),
        ),
        (
            "POST",
            format!("/api/referrals/v1/referrals/{referral}/outcomes"),
            CASES,
            json!({"words": "An intruder's outcome", "expressed_by": "advocate"}),
        ),
        (
            "PUT",
            format!("/api/referrals/v1/referrals/{referral}/outcomes/{outcome}"),
            CASES,
            json!({"words": "Changed by an intruder", "expressed_by": "advocate", "version": 1}),
        ),
        (
            "POST",
            format!("/api/referrals/v1/referrals/{referral}/outcomes/{outcome}/reviews"),
            CASES,
            json!({"what_changed": "An intruder's review", "version": 1}),
        ),
        (
            "PUT",
            format!("/api/referrals/v1/referrals/{referral}/outcomes/{outcome}/rating"),
            CASES,
            json!({"achievement": "fully", "by": "advocate", "version": 1}),
        ),
        ("PUT", format!("/api/referrals/v1/referrals/{referral}/closure"), CASES, json!({"outcomes_asked": "not_asked", "version": 0})),
        (
            "POST",
            format!("/api/referrals/v1/referrals/{referral}/concerns"),
            CASES,
            json!({"kinds": ["neglect"], "summary": "An intruder's concern", "consent": "given"}),
        ),
        (
            "PUT",
            format!("/api/referrals/v1/referrals/{referral}/concerns/{concern}"),
            CASES,
            json!({"kinds": ["neglect"], "summary": "Changed by an intruder", "consent": "given", "version": 1}),
        ),
        (
            "POST",
            format!("/api/referrals/v1/referrals/{referral}/concerns/{concern}/steps"),
            CASES,
            json!({"kind": "chased", "on": "2026-12-07", "version": 1}),
        ),
        ("GET", "/api/referrals/v1/concerns-to-chase".into(), CASES, json!(null)),
        ("GET", "/api/referrals/v1/safeguarding-settings".into(), CASES, json!(null)),
        ("PUT", "/api/referrals/v1/safeguarding-settings".into(), ADMIN, json!({"chase_after_days": 1})),
        ("POST", format!("/api/referrals/v1/referrals/{referral}/updates"), CASES, json!({"body": "An intruder's update"})),
        ("POST", format!("/api/referrals/v1/referrals/{referral}/status"), CASES, json!({"to": "closed", "version": 1})),
        ("GET", format!("/api/referrals/v1/referrals/{referral}/audit"), TRIAGE, json!(null)),
        ("GET", "/api/referrals/v1/audit.csv".into(), ADMIN, json!(null)),
        ("GET", "/api/referrals/v1/my-cases".into(), ADVOCATE, json!(null)),
        ("GET", "/api/referrals/v1/advocates".into(), TRIAGE, json!(null)),
        ("GET", "/api/referrals/v1/advocates/me".into(), ADVOCATE, json!(null)),
        ("PUT", "/api/referrals/v1/advocates/me".into(), ADVOCATE, json!({"first_name": "Intruder", "version": 0})),
        (
            "PUT",
            format!("/api/referrals/v1/advocates/{user}/work"),
            TRIAGE,
            json!({"advocacy": ["imca"], "caseload_limit": 1, "taking_cases": false, "version": 1}),
        ),
        ("GET", format!("/api/referrals/v1/advocates/{user}/cases"), TRIAGE, json!(null)),
        ("POST", format!("/api/referrals/v1/advocates/{user}/handover"), TRIAGE, json!({"to": referral})),
        ("GET", "/api/referrals/v1/catalogue/area".into(), CASES, json!(null)),
        ("POST", "/api/referrals/v1/catalogue/area".into(), ADMIN, json!({"name": "An intruder's area"})),
        ("PUT", format!("/api/referrals/v1/catalogue/area/{area}"), ADMIN, json!({"name": "Renamed by an intruder"})),
        ("GET", "/api/referrals/v1/reoffers".into(), TRIAGE, json!(null)),
        // Refused before anything is looked up, so any id does.
        ("POST", format!("/api/referrals/v1/reoffers/{referral}"), TRIAGE, json!({"answer": "not_eligible"})),
        ("GET", "/api/referrals/v1/wait-targets".into(), TRIAGE, json!(null)),
        (
            "PUT",
            "/api/referrals/v1/wait-targets".into(),
            ADMIN,
            json!({"acknowledge_days": 9, "triage_days": 9, "allocate_days": 9, "first_contact_days": 9}),
        ),
        ("DELETE", format!("/api/referrals/v1/wait-targets/{EVERYTHING_TARGET}"), ADMIN, json!(null)),
        ("GET", "/api/feedback/v1/inbox".into(), FEEDBACK, json!(null)),
        ("GET", format!("/api/feedback/v1/inbox/{feedback}"), FEEDBACK, json!(null)),
        ("POST", format!("/api/feedback/v1/inbox/{feedback}/replies"), FEEDBACK, json!({"body": "An intruder's reply"})),
        ("POST", format!("/api/feedback/v1/inbox/{feedback}/themes"), FEEDBACK, json!({"themes": []})),
        ("POST", format!("/api/feedback/v1/inbox/{feedback}/hidden"), FEEDBACK, json!({"hidden": true})),
        ("GET", "/api/feedback/v1/summary".into(), FEEDBACK, json!(null)),
        ("GET", "/api/feedback/v1/themes".into(), FEEDBACK, json!(null)),
        ("POST", "/api/feedback/v1/themes".into(), ADMIN, json!({"name": "An intruder's theme"})),
        ("POST", format!("/api/feedback/v1/themes/{theme}/active"), ADMIN, json!({"active": false})),
        ("GET", "/api/identity/v1/groups".into(), ADMIN, json!(null)),
        ("POST", format!("/api/identity/v1/groups/{group}/verified"), ADMIN, json!({"verified": false})),
        ("GET", format!("/api/identity/v1/groups/{group}"), ADMIN, json!(null)),
        ("POST", format!("/api/identity/v1/groups/{group}/members/{member}/active"), ADMIN, json!({"active": false})),
        ("POST", format!("/api/identity/v1/groups/{group}/requests/{request}/added"), ADMIN, json!({})),
        ("POST", format!("/api/identity/v1/groups/{group}/requests/{request}/declined"), ADMIN, json!({})),
        ("GET", "/api/identity/v1/groups/mine".into(), GROUP, json!(null)),
        ("POST", "/api/identity/v1/groups/mine/members".into(), GROUP, json!({"email": "intruder@example.org", "display_name": "Intruder"})),
        (
            "POST",
            format!("/api/feedback/v1/issues/{issue}/responses"),
            ANSWERERS,
            json!({"from": "received", "status": "closed", "plain": "An intruder's answer", "easy_read": "An intruder's answer"}),
        ),
        ("POST", format!("/api/feedback/v1/issues/{issue}/supports"), GROUP, json!({"line": "An intruder's support"})),
        ("GET", format!("/api/feedback/v1/issues/{issue}/themes"), ADMIN, json!(null)),
        ("POST", format!("/api/feedback/v1/issues/{issue}/themes"), ADMIN, json!({"themes": [theme]})),
        ("GET", "/api/feedback/v1/group/issues".into(), GROUP, json!(null)),
        ("POST", "/api/feedback/v1/group/issues".into(), GROUP, json!({"title": "An intruder's issue"})),
        ("GET", format!("/api/feedback/v1/group/issues/{issue}"), GROUP, json!(null)),
        ("POST", format!("/api/feedback/v1/group/issues/{issue}"), GROUP, json!({"title": "An intruder's title"})),
        ("POST", format!("/api/feedback/v1/group/issues/{issue}/raise"), GROUP, json!({})),
    ]
}

/// `(method, path)` of each `.route(...)` in a service's route table, with `{…}` kept.
fn declared(service: &str) -> Vec<(String, String)> {
    let file = format!("{}/../{service}/src/routes/mod.rs", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&file).expect("the route table");
    source
        .split(".route(\"")
        .skip(1)
        .map(|rest| {
            let path = rest.split('"').next().unwrap();
            let method = rest.split("web::").nth(1).unwrap().split('(').next().unwrap().to_uppercase();
            (method, format!("/api/{service}/v1{path}"))
        })
        .collect()
}

fn pattern(path: &str, ids: &Ids) -> String {
    let path = path.replace(ids.member.as_str(), "{member}").replace(ids.request.as_str(), "{request}");
    let path = path.replace("/mandates/care_act", "/mandates/{advocacy}").replace("/catalogue/area", "/catalogue/{kind}");
    let path = path.replace(ids.entry.as_str(), "{entry}").replace(ids.outcome.as_str(), "{outcome}");
    let path = path.replace(ids.concern.as_str(), "{concern}").replace(EVERYTHING_TARGET, "{id}");
    [&ids.referral, &ids.user, &ids.feedback, &ids.theme, &ids.group, &ids.issue, &ids.area]
        .iter()
        .fold(path, |path, id| path.replace(id.as_str(), "{id}"))
        .replace("/shares/{id}", "/shares/{advocate}")
}

struct Session {
    client: Client,
    csrf: String,
}

async fn sign_in(url: &str, email: &str, password: &str) -> (Session, Value) {
    let client = client();
    let body: Value = client
        .post(format!("{url}/api/identity/v1/login"))
        .json(&json!({"email": email, "password": password}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let csrf = body["csrf_token"].as_str().expect("signed in").to_string();
    (Session { client, csrf }, body)
}

/// Signs in with a one-time password and chooses `chosen`.
async fn first_sign_in(url: &str, email: &str, one_time: &str, chosen: &str) -> Session {
    let (session, _) = sign_in(url, email, one_time).await;
    let changed = session
        .client
        .post(format!("{url}/api/identity/v1/password"))
        .header("X-CSRF-Token", &session.csrf)
        .json(&json!({"current_password": one_time, "new_password": chosen}))
        .send()
        .await
        .unwrap();
    assert_eq!(changed.status(), 204, "{email} chooses a password");
    session
}

/// A group registered through the public route and verified by `admin`, whose contact has
/// signed in and raised an issue: the contact's session, the group's id and the issue's.
async fn raised_issue(url: &str, admin: &Session) -> (Session, String, String) {
    let registered: Value = client()
        .post(format!("{url}/api/identity/v1/groups"))
        .header("X-Proof-Of-Work", answered_challenge_of(&client(), url, "identity").await)
        .json(&json!({"name": "Riverside Voices", "area": "Riverside", "members": 12, "contact_name": "Sam", "contact_email": "sam@example.org"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let group = registered["id"].as_str().expect("the group registers").to_string();
    let verified = post(url, admin, &format!("/api/identity/v1/groups/{group}/verified"), &json!({"verified": true})).await;
    let one_time = verified["contact_password"].as_str().expect("the contact's first password");
    let member = first_sign_in(url, "sam@example.org", one_time, "our-group-chose-this").await;
    let draft = json!({
        "title": "Buses stop too early", "happening": "The last bus is at six.", "affects": "Evening club members.",
        "members_agreeing": 10, "change_wanted": "A later bus.", "addressee": "commissioner", "easy_read": "We want a later bus."
    });
    let started = post(url, &member, "/api/feedback/v1/group/issues", &draft).await;
    let issue = started["id"].as_str().expect("a draft is started").to_string();
    assert_eq!(send(url, Some(&member), "POST", &format!("/api/feedback/v1/group/issues/{issue}/raise"), &json!({})).await, 200);
    (member, group, issue)
}

/// A change made by `session`, and what came back.
async fn post(url: &str, session: &Session, path: &str, body: &Value) -> Value {
    let response = session.client.post(format!("{url}{path}")).header("X-CSRF-Token", &session.csrf).json(body).send().await.unwrap();
    response.json().await.unwrap()
}

async fn send(url: &str, session: Option<&Session>, method: &str, path: &str, body: &Value) -> u16 {
    let http = session.map(|s| s.client.clone()).unwrap_or_else(client);
    let mut request = http.request(Method::from_bytes(method.as_bytes()).unwrap(), format!("{url}{path}"));
    if let Some(session) = session {
        request = request.header("X-CSRF-Token", &session.csrf);
    }
    if !body.is_null() {
        request = request.json(body);
    }
    request.send().await.unwrap().status().as_u16()
}

/// What a refused request must not have changed: accounts, the second-factor setting, the
/// queue, the referral, the feedback and the themes.
async fn snapshot(url: &str, admin: &Session, ids: &Ids) -> Value {
    let get = |path: String| {
        let http = admin.client.clone();
        async move { http.get(format!("{url}{path}")).send().await.unwrap().json::<Value>().await.unwrap() }
    };
    json!({
        "users": get("/api/identity/v1/users".into()).await,
        "second_factor_policy": get("/api/identity/v1/second-factor-policy".into()).await,
        "queue": get("/api/referrals/v1/referrals".into()).await,
        "referral": get(format!("/api/referrals/v1/referrals/{}", ids.referral)).await,
        "feedback": get(format!("/api/feedback/v1/inbox/{}", ids.feedback)).await,
        "themes": get("/api/feedback/v1/themes".into()).await,
        "groups": get("/api/identity/v1/groups".into()).await,
        "group": get(format!("/api/identity/v1/groups/{}", ids.group)).await,
        "issue": get(format!("/api/feedback/v1/issues/{}", ids.issue)).await,
        "issue_themes": get(format!("/api/feedback/v1/issues/{}/themes", ids.issue)).await,
        "advocates": get("/api/referrals/v1/advocates".into()).await,
        "areas": get("/api/referrals/v1/catalogue/area".into()).await,
        "wait_targets": get("/api/referrals/v1/wait-targets".into()).await,
        "reoffers": get("/api/referrals/v1/reoffers".into()).await,
        "casework": get(format!("/api/referrals/v1/referrals/{}/casework", ids.referral)).await,
    })
}

async fn every_staff_route_checks_the_session_and_the_role(backend: Backend) {
    let dbs = TestDatabases::new(backend);
    let mut settings = dbs.settings();
    settings.admin_email = "admin@example.org".into();
    settings.admin_password = Some("admin-first-password".into());
    let started = startup::build(&settings, TcpListener::bind("127.0.0.1:0").unwrap()).await.unwrap();
    let url = format!("http://127.0.0.1:{}", started.port);
    actix_web::rt::spawn(started.server);

    let admin = first_sign_in(&url, "admin@example.org", "admin-first-password", "the-admin-chose-this").await;
    let mut sessions = Vec::new();
    for role in ROLES.into_iter().filter(|role| *role != "group") {
        let email = format!("{role}.worker@example.org");
        let created = admin
            .client
            .post(format!("{url}/api/identity/v1/users"))
            .header("X-CSRF-Token", &admin.csrf)
            .json(&json!({"email": email, "display_name": format!("A {role}"), "role": role, "password": "one-time-password-1"}))
            .send()
            .await
            .unwrap();
        assert_eq!(created.status(), 201);
        sessions.push((role, first_sign_in(&url, &email, "one-time-password-1", "my-own-password-1").await));
    }
    let submitted: Value = client()
        .post(format!("{url}/api/referrals/v1/self-referrals"))
        .header("Idempotency-Key", "0f8e7d6c-5b4a-4321-9876-abcdefabcdef")
        .header("X-Proof-Of-Work", answered_challenge(&client(), &url).await)
        .json(&json!({"help_with": "Help me at my review", "name": "Jo", "contact": {"method": "email", "email": "jo@example.org"}}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let queue: Value = admin.client.get(format!("{url}/api/referrals/v1/referrals")).send().await.unwrap().json().await.unwrap();
    let referral = queue["items"][0]["id"].as_str().unwrap().to_string();
    assert_eq!(queue["items"][0]["reference"], submitted["reference"]);
    let users: Value = admin.client.get(format!("{url}/api/identity/v1/users")).send().await.unwrap().json().await.unwrap();
    let user = users.as_array().unwrap().iter().find(|u| u["email"] == "advocate.worker@example.org").unwrap()["id"].as_str().unwrap().to_string();
    let given = client()
        .post(format!("{url}/api/feedback/v1/feedback"))
        .header("X-Proof-Of-Work", answered_challenge_of(&client(), &url, "feedback").await)
        .json(&json!({"sender": "had_advocate", "overall": 4, "reader": "provider", "receipt": true}))
        .send()
        .await
        .unwrap();
    assert_eq!(given.status(), 201);
    let inbox: Value = admin.client.get(format!("{url}/api/feedback/v1/inbox")).send().await.unwrap().json().await.unwrap();
    let feedback = inbox["items"][0]["id"].as_str().unwrap().to_string();
    let theme = post(&url, &admin, "/api/feedback/v1/themes", &json!({"name": "Waiting times"})).await;
    let (contact, group, issue) = raised_issue(&url, &admin).await;
    let own: Value = contact.client.get(format!("{url}/api/identity/v1/groups/mine")).send().await.unwrap().json().await.unwrap();
    let member = own["members"][0]["id"].as_str().expect("the contact is a member").to_string();
    let asked = post(&url, &contact, "/api/identity/v1/groups/mine/members", &json!({"email": "alex@example.org", "display_name": "Alex"})).await;
    let request = asked["id"].as_str().expect("a member asked for").to_string();
    sessions.push(("group", contact));
    let area = post(&url, &admin, "/api/referrals/v1/catalogue/area", &json!({"name": "Calderdale"})).await;
    let area = area["id"].as_str().expect("an area is added").to_string();
    let casework = post(&url, &admin, &format!("/api/referrals/v1/referrals/{referral}/casework"), &json!({"kind": "issue", "title": "Moving home"})).await;
    let entry = casework["entries"][0]["id"].as_str().expect("an entry is added").to_string();
    let wanted = json!({"words": "To stay at home", "expressed_by": "person"});
    let work = post(&url, &admin, &format!("/api/referrals/v1/referrals/{referral}/outcomes"), &wanted).await;
    let outcome = work["outcomes"][0]["id"].as_str().expect("an outcome is recorded").to_string();
    let worry = json!({"kinds": ["neglect"], "summary": "Left alone all weekend", "consent": "given", "reported_on": "2026-12-01"});
    let work = post(&url, &admin, &format!("/api/referrals/v1/referrals/{referral}/concerns"), &worry).await;
    let concern = work["concerns"][0]["id"].as_str().expect("a concern is recorded").to_string();
    let ids = Ids { referral, user, feedback, theme: theme["id"].as_str().unwrap().to_string(), group, issue, member, request, area, entry, outcome, concern };

    // The table covers every route the services declare, and nothing else.
    let routes = staff_routes(&ids);
    let mut tabled: Vec<(String, String)> = routes.iter().map(|(m, p, _, _)| (m.to_string(), pattern(p, &ids))).collect();
    tabled.extend(ANONYMOUS.iter().map(|(m, p)| (m.to_string(), p.to_string())));
    let mut services: Vec<(String, String)> =
        declared("identity").into_iter().chain(declared("referrals")).chain(declared("feedback")).collect();
    tabled.sort();
    services.sort();
    assert_eq!(tabled, services, "every route is in the table, as anonymous or with the roles that may use it");

    // An admin opening the referral acknowledges it (its waiting clock moves on): do that once
    // before the snapshots, which open it too.
    snapshot(&url, &admin, &ids).await;
    let before = snapshot(&url, &admin, &ids).await;
    for (method, path, allowed, body) in &routes {
        assert_eq!(send(&url, None, method, path, body).await, 401, "{method} {path} without a session");
        for (role, session) in &sessions {
            if !allowed.contains(role) {
                assert_eq!(send(&url, Some(session), method, path, body).await, 403, "{method} {path} as {role}");
            }
        }
    }
    assert_eq!(snapshot(&url, &admin, &ids).await, before, "refused requests changed nothing");
}

db_tests!(every_staff_route_checks_the_session_and_the_role);
