//! Many cases at once, for `cargo xtask bench`: copies of one case that was made through the
//! API (so every column holds what the service itself wrote), written straight into the
//! referrals database a few statements at a time. Submitting 100,000 referrals through the
//! API would spend hours in argon2; copying takes seconds and gives the lists and indexes the
//! same rows to work through.

use chrono::{Duration, NaiveDateTime, Utc};

use crate::Server;

/// How the copies are spread over the work, as in a provider a few years in: most cases
/// finished, a twentieth in triage, a twentieth waiting for an advocate, the rest with one.
pub struct Spread {
    pub cases: usize,
    /// Open cases named to the advocate the bench signs in as.
    pub theirs: usize,
    /// Other advocates sharing the remaining open cases.
    pub advocates: usize,
}

/// How many copies went where.
#[derive(Debug, Default)]
pub struct Seeded {
    pub in_triage: usize,
    pub waiting: usize,
    pub with_advocate: usize,
    pub finished: usize,
    pub entries: usize,
}

const WITH_ADVOCATE: [&str; 4] = ["allocated", "first_meeting", "working", "on_hold"];
const FINISHED: [&str; 3] = ["closed", "withdrawn", "declined"];

/// One copy's own columns; everything else comes from the template.
struct Copy {
    id: String,
    reference: String,
    status: &'static str,
    stage: i32,
    urgent: bool,
    advocate: Option<String>,
    received: NaiveDateTime,
    triaged: Option<NaiveDateTime>,
    allocated: Option<NaiveDateTime>,
    first_contact: Option<NaiveDateTime>,
    due: NaiveDateTime,
}

impl Copy {
    /// Copy `n`: ids put `n` first so that a child row's id can keep the template child's
    /// random tail (`child_id` below) and stay unique.
    fn new(n: usize, spread: &Spread, advocate: &str, theirs_so_far: &mut usize, now: NaiveDateTime) -> Copy {
        let received = now - Duration::minutes(10 * n as i64);
        let (status, stage) = match n % 20 {
            0 => ("received", 0),
            1 => ("accepted", 1),
            2..=9 => (WITH_ADVOCATE[n % WITH_ADVOCATE.len()], 2),
            _ => (FINISHED[n % FINISHED.len()], 3),
        };
        let advocate = (stage == 2).then(|| {
            if *theirs_so_far < spread.theirs {
                *theirs_so_far += 1;
                advocate.to_string()
            } else {
                format!("{:08}-0000-4000-8000-aaaaaaaaaaaa", n % spread.advocates)
            }
        });
        let after = |hours: i64, from: i32| (stage >= from).then(|| received + Duration::hours(hours));
        let first_contact = if matches!(status, "working" | "on_hold") || stage == 3 { after(72, 2) } else { None };
        let due = match (stage, first_contact) {
            (0, _) => received + Duration::days(3),
            (1, _) => received + Duration::days(5),
            (2, None) => received + Duration::days(10),
            _ => received,
        };
        Copy {
            id: format!("{n:08}-0000-4000-8000-000000000000"),
            reference: format!("SU-{:04}-{:04}", n / 10_000, n % 10_000),
            status,
            stage,
            urgent: n.is_multiple_of(50),
            advocate,
            received,
            triaged: after(1, 1),
            allocated: after(24, 2),
            first_contact,
            due,
        }
    }

    fn values(&self) -> String {
        let time = |t: &NaiveDateTime| format!("'{}'", t.format("%Y-%m-%d %H:%M:%S"));
        let maybe = |t: &Option<NaiveDateTime>| t.as_ref().map(time).unwrap_or_else(|| "NULL".into());
        format!(
            "('{}', '{}', '{}', {}, {}, {}, {}, {}, {}, {}, {}, {})",
            self.id,
            self.reference,
            self.status,
            self.stage,
            if self.urgent { "TRUE" } else { "FALSE" },
            self.advocate.as_ref().map(|a| format!("'{a}'")).unwrap_or_else(|| "NULL".into()),
            time(&self.received),
            time(&(self.received + Duration::minutes(10))),
            maybe(&self.triaged),
            maybe(&self.allocated),
            maybe(&self.first_contact),
            time(&self.due),
        )
    }
}

/// Copies the case `template` (with its history, mandates, allocation, casework, updates and
/// way of working) `spread.cases` times, then has the database update its statistics as
/// it would after a bulk load.
pub fn copies_of(server: &Server, template: &str, advocate: &str, spread: &Spread) -> Seeded {
    let sql = |statement: &str| server.execute("referrals", statement);
    sql("CREATE TABLE bench_cases (id TEXT PRIMARY KEY, reference TEXT NOT NULL, status TEXT NOT NULL, stage INTEGER NOT NULL, \
         urgent BOOLEAN NOT NULL, advocate_id TEXT, received_at TIMESTAMP NOT NULL, acknowledged_at TIMESTAMP NOT NULL, \
         triaged_at TIMESTAMP, allocated_at TIMESTAMP, first_contact_at TIMESTAMP, due_at TIMESTAMP NOT NULL)");
    let now = Utc::now().naive_utc();
    let (mut seeded, mut theirs) = (Seeded::default(), 0);
    let copies: Vec<Copy> = (1..=spread.cases).map(|n| Copy::new(n, spread, advocate, &mut theirs, now)).collect();
    for copy in &copies {
        match copy.stage {
            0 => seeded.in_triage += 1,
            1 => seeded.waiting += 1,
            2 => seeded.with_advocate += 1,
            _ => seeded.finished += 1,
        }
    }
    for batch in copies.chunks(1_000) {
        let rows: Vec<String> = batch.iter().map(Copy::values).collect();
        sql(&format!("INSERT INTO bench_cases VALUES {}", rows.join(", ")));
    }
    sql(&format!(
        "INSERT INTO referrals (id, reference, idempotency_key, tracking_code_hash, route, status, urgent, answers, assessment, \
         received_at, updated_at, match_name, language, equality_answered, stage, version, area_id, advocate_id, acknowledged_at, \
         triaged_at, allocated_at, first_contact_at, list_row, list_advocacy, due_at) \
         SELECT b.id, b.reference, b.id, c.tracking_code_hash, c.route, b.status, b.urgent, c.answers, c.assessment, \
         b.received_at, b.received_at, 'bench ' || b.reference, c.language, c.equality_answered, b.stage, c.version, c.area_id, \
         b.advocate_id, b.acknowledged_at, b.triaged_at, b.allocated_at, b.first_contact_at, c.list_row, c.list_advocacy, b.due_at \
         FROM bench_cases b CROSS JOIN referrals c WHERE c.id = '{template}'"
    ));
    let children = |table: &str, columns: &[&str], only: &str| {
        let picked: Vec<String> = columns
            .iter()
            .map(|column| match *column {
                // The copy's number first, then the template child's random tail.
                "id" => "substr(b.id, 1, 24) || substr(c.id, 25)".to_string(),
                "referral_id" => "b.id".to_string(),
                "advocate_id" => "b.advocate_id".to_string(),
                other => format!("c.{other}"),
            })
            .collect();
        sql(&format!(
            "INSERT INTO {table} ({}) SELECT {} FROM bench_cases b CROSS JOIN {table} c WHERE c.referral_id = '{template}' AND {only}",
            columns.join(", "),
            picked.join(", ")
        ))
    };
    children("referral_events", &["id", "referral_id", "at", "status", "note_for_person", "actor"], "b.stage >= 1");
    children(
        "mandates",
        &["referral_id", "advocacy", "state", "legal_basis", "reason", "information_needed", "starts_on", "ends_on", "decided_by", "decided_at"],
        "b.stage >= 1",
    );
    children(
        "allocations",
        &["id", "referral_id", "advocate_id", "allocated_at", "allocated_by", "handover_note", "preference_note", "ended_at"],
        "b.advocate_id IS NOT NULL",
    );
    seeded.entries = children(
        "case_entries",
        &["id", "referral_id", "kind", "title", "details", "due_at", "place", "owner", "arrangements", "done", "author", "created_at", "updated_at", "version"],
        "b.stage >= 0",
    );
    children("person_updates", &["id", "referral_id", "body", "author", "at"], "b.stage >= 2");
    children(
        "ways_of_working",
        &["referral_id", "instruction", "approaches", "why", "fluctuating_capacity", "fluctuating_note", "version", "recorded_by", "recorded_at"],
        "b.stage >= 2",
    );
    sql("DROP TABLE bench_cases");
    sql("ANALYZE");
    seeded
}
