//! `cargo xtask bench` runs this: the staff lists and a case page with 100,000 cases and a
//! million casework entries, on SQLite and on PostgreSQL, against the target of 50 ms at the
//! 95th percentile. One case is made through the API as a provider would make it (referral,
//! mandates, area, acceptance, allocation, ten casework entries, an update); the rest are
//! copies of it (`speakup_e2e::seed`). Each route is timed one request after another, which on
//! loopback is the server's own time, then eight at once for requests a second. Figures, not
//! a test: a busy machine changes them.

use std::time::{Duration, Instant};

use reqwest::RequestBuilder;
use serde_json::json;
use speakup_e2e::seed::{copies_of, Spread};
use speakup_e2e::api::{allocated_case, Staff};
use speakup_e2e::{in_days, Server};
use speakup_platform::db::Backend;

const SPREAD: Spread = Spread { cases: 100_000, theirs: 40, advocates: 1_000 };
const SAMPLES: usize = 200;
const AT_ONCE: usize = 8;
const TARGET_MS: f64 = 50.0;

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    for backend in [Backend::Sqlite, Backend::Postgres] {
        bench(backend).await;
    }
}

async fn bench(backend: Backend) {
    let name = match backend {
        Backend::Sqlite => "SQLite",
        Backend::Postgres => "PostgreSQL",
    };
    let server = Server::start(backend, &format!("bench-casework-{}", name.to_lowercase())).await;
    let admin = Staff::admin(&server).await;
    let manager = Staff::new(&server, "bench.manager@example.org", "manager").await;
    let advocate = Staff::new(&server, "bench.advocate@example.org", "advocate").await;
    let (template, account, area) = one_case(&server, &admin, &manager, &advocate).await;

    let started = Instant::now();
    let seeded = copies_of(&server, &template, &account, &SPREAD);
    println!(
        "\n{name}: {} cases ({} in triage, {} waiting for an advocate, {} with one, {} finished) and {} casework entries copied in {:.1} s",
        SPREAD.cases, seeded.in_triage, seeded.waiting, seeded.with_advocate, seeded.finished, seeded.entries,
        started.elapsed().as_secs_f64()
    );
    let mine = advocate.read("/my-cases").await;
    let case = mine[0]["id"].as_str().expect("the advocate has cases").to_string();
    let deep = cursor_of_page(&manager, 250).await;

    println!("{:<40} {:>8} {:>8} {:>8} {:>14}", "what staff open", "p50 ms", "p95 ms", "max ms", "8 at once /s");
    let timed: [(&str, &Staff, String); 10] = [
        ("the queue, first page", &manager, "/referrals".into()),
        ("the queue, page 250", &manager, format!("/referrals?after={deep}")),
        ("the queue, IMCA in one area", &manager, format!("/referrals?advocacy=imca&area={area}")),
        ("the queue, working cases", &manager, "/referrals?status=working".into()),
        ("my cases (41)", &advocate, "/my-cases".into()),
        ("an advocate's caseload (manager)", &manager, format!("/advocates/{account}/cases")),
        ("the advocates, with their weeks ahead", &manager, "/advocates".into()),
        ("a case page: the case", &advocate, format!("/referrals/{case}")),
        ("a case page: its casework", &advocate, format!("/referrals/{case}/casework")),
        ("a case page: its audit (manager)", &manager, format!("/referrals/{case}/audit")),
    ];
    for (what, who, path) in &timed {
        let request = who.get(path);
        let (p50, p95, max) = one_at_a_time(&request).await;
        let per_second = at_once(&request).await;
        let verdict = if p95 <= TARGET_MS { "" } else { "  OVER" };
        println!("{what:<40} {p50:>8.1} {p95:>8.1} {max:>8.1} {per_second:>14.0}{verdict}");
    }

    // New targets put a new clock on every open case at once.
    let open = seeded.in_triage + seeded.waiting + seeded.with_advocate;
    let started = Instant::now();
    admin.put("/wait-targets", json!({"acknowledge_days": 2, "triage_days": 4, "allocate_days": 7, "first_contact_days": 12})).await;
    println!("new waiting targets for every case: {} open cases re-clocked in {:.0} ms", open, started.elapsed().as_secs_f64() * 1000.0);
}

/// One case made as a provider makes it, given to the advocate, with ten casework entries
/// and an update; returns its id, the advocate's account and the area.
async fn one_case(server: &Server, admin: &Staff, manager: &Staff, advocate: &Staff) -> (String, String, String) {
    let case = allocated_case(server, admin, manager, advocate, "bench-template-referral").await;
    let id = case.id;
    let soon = |days: i64| format!("{}T10:00:00Z", in_days(days));
    let entries = [
        json!({"kind": "issue", "title": "Wants to stay at home", "details": "Her daughter disagrees"}),
        json!({"kind": "issue", "title": "Not told why the move is planned"}),
        json!({"kind": "issue", "title": "Money for the care home fees"}),
        json!({"kind": "action", "title": "Ask for the capacity assessment", "owner": "Sana", "due_at": soon(2)}),
        json!({"kind": "action", "title": "Read the care plan", "owner": "Sana", "due_at": soon(5)}),
        json!({"kind": "action", "title": "Write to the social worker", "owner": "Sana", "due_at": soon(20)}),
        json!({"kind": "meeting", "title": "First meeting", "due_at": soon(3), "place": "Riverside Library", "arrangements": ["accessible_venue"]}),
        json!({"kind": "meeting", "title": "Best interests meeting", "due_at": soon(30), "place": "Oak House"}),
        json!({"kind": "note", "title": "Prefers mornings", "details": "Tired after lunch"}),
        json!({"kind": "note", "title": "Spoke to the care home manager"}),
    ];
    for entry in entries {
        advocate.post(&format!("/referrals/{id}/casework"), entry).await;
    }
    advocate.post(&format!("/referrals/{id}/updates"), json!({"body": "I have asked the council for the assessment."})).await;
    (id, case.advocate, case.area)
}

/// The cursor that opens page `page` of the queue, found by following `next`.
async fn cursor_of_page(manager: &Staff, page: usize) -> String {
    let mut cursor = String::new();
    for _ in 1..page {
        let path = if cursor.is_empty() { "/referrals".to_string() } else { format!("/referrals?after={cursor}") };
        cursor = manager.read(&path).await["next"].as_str().expect("the queue has that many pages").to_string();
    }
    cursor
}

fn milliseconds(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}

/// p50, p95 and the slowest of `SAMPLES` requests sent one after another, after a warm-up.
async fn one_at_a_time(request: &RequestBuilder) -> (f64, f64, f64) {
    let mut times = Vec::with_capacity(SAMPLES);
    for sample in 0..SAMPLES + 10 {
        let started = Instant::now();
        answered(request).await;
        if sample >= 10 {
            times.push(milliseconds(started.elapsed()));
        }
    }
    times.sort_by(f64::total_cmp);
    (times[SAMPLES / 2], times[SAMPLES * 95 / 100], times[SAMPLES - 1])
}

/// Requests a second with `AT_ONCE` staff asking together, `SAMPLES` requests in all.
async fn at_once(request: &RequestBuilder) -> f64 {
    let started = Instant::now();
    let mut workers = tokio::task::JoinSet::new();
    for _ in 0..AT_ONCE {
        let request = request.try_clone().expect("a GET clones");
        workers.spawn(async move {
            for _ in 0..SAMPLES / AT_ONCE {
                answered(&request).await;
            }
        });
    }
    workers.join_all().await;
    (SAMPLES / AT_ONCE * AT_ONCE) as f64 / started.elapsed().as_secs_f64()
}

async fn answered(request: &RequestBuilder) {
    let response = request.try_clone().expect("a GET clones").send().await.expect("answered");
    let status = response.status();
    let body = response.bytes().await.expect("the body arrives");
    assert!(status.is_success(), "{status}: {}", String::from_utf8_lossy(&body));
}
