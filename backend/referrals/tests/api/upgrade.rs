//! Upgrading a live referrals database to casework keeps everything in it. On SQLite the
//! migration rebuilds `referrals` (SQLite cannot widen a CHECK), which with foreign keys on
//! would have cascaded to every referral's history: here a database at the migration before
//! is filled with one of each row that hangs off a referral, upgraded, and checked.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use speakup_platform::db::Backend;
use speakup_platform::testing::TestDatabases;

const SQLITE: EmbeddedMigrations = embed_migrations!("../../migrations/referrals/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("../../migrations/referrals/postgres");
/// Migrations applied before casework.
const BEFORE_CASEWORK: usize = 6;

/// An accepted referral, with its history, a staff action and held equality answers; and one
/// still received.
const LIVE_DATA: &str = "
    INSERT INTO referrals (id, reference, idempotency_key, tracking_code_hash, route, status, urgent, answers, assessment,
            received_at, updated_at, match_name, language, equality_answered)
        VALUES ('r1', 'SU-AAAA-BBBB', 'key-1', 'hash', 'self', 'accepted', TRUE, '{}', '{}',
            '2026-12-01 09:00:00', '2026-12-01 10:00:00', 'sam', 'cy', TRUE),
               ('r2', 'SU-CCCC-DDDD', 'key-2', 'hash', 'self', 'received', FALSE, '{}', '{}',
            '2026-12-02 09:00:00', '2026-12-02 09:00:00', 'alex', 'en', FALSE);
    INSERT INTO referral_events (id, referral_id, at, status) VALUES ('e1', 'r1', '2026-12-01 09:00:00', 'received');
    INSERT INTO referral_events (id, referral_id, at, status, actor) VALUES ('e2', 'r1', '2026-12-01 10:00:00', 'accepted', 'u1');
    INSERT INTO staff_actions (id, referral_id, at, actor, kind) VALUES ('a1', 'r1', '2026-12-01 11:00:00', 'u1', 'new_code_requested');
    INSERT INTO equality_pending (referral_id, answers) VALUES ('r2', '{}');
";

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

macro_rules! upgrade_keeps_everything {
    ($conn:expr, $migrations:expr) => {{
        let conn = $conn;
        for _ in 0..BEFORE_CASEWORK {
            conn.run_next_migration($migrations).expect("an earlier migration runs");
        }
        conn.batch_execute(LIVE_DATA).expect("the live data goes in");
        conn.run_pending_migrations($migrations).expect("the casework migration runs");
        let count = |conn: &mut _, sql: &str| diesel::sql_query(sql).load::<Count>(conn).expect("count")[0].n;
        for (table, rows) in [("referrals", 2), ("referral_events", 2), ("staff_actions", 1), ("equality_pending", 1)] {
            assert_eq!(count(conn, &format!("SELECT COUNT(*) AS n FROM {table}")), rows, "{table} kept its rows");
        }
        // Each keeps its answers, and gets its stage and when it was triaged from its history.
        let kept = "SELECT COUNT(*) AS n FROM referrals WHERE id = 'r1' AND language = 'cy' AND stage = 1
            AND triaged_at = '2026-12-01 10:00:00' AND version = 1 AND list_row IS NULL";
        assert_eq!(count(conn, kept), 1);
        assert_eq!(count(conn, "SELECT COUNT(*) AS n FROM referrals WHERE id = 'r2' AND stage = 0 AND triaged_at IS NULL"), 1);
        // The wider CHECK takes the new statuses, and still refuses a made-up one.
        conn.batch_execute("UPDATE referrals SET status = 'allocated', stage = 2 WHERE id = 'r1'").expect("a new status");
        assert!(conn.batch_execute("UPDATE referrals SET status = 'lost' WHERE id = 'r1'").is_err());
        // The foreign keys still hold: removing a referral takes its history with it.
        conn.batch_execute("DELETE FROM staff_actions; DELETE FROM referrals WHERE id = 'r1'").expect("delete");
        assert_eq!(count(conn, "SELECT COUNT(*) AS n FROM referral_events"), 0, "history follows its referral");
    }};
}

#[test]
fn upgrading_sqlite_keeps_every_referral_and_its_history() {
    let dbs = TestDatabases::new(Backend::Sqlite);
    let mut conn = SqliteConnection::establish(&dbs.created("upgrade")).expect("open");
    conn.batch_execute("PRAGMA foreign_keys = ON;").expect("foreign keys on");
    upgrade_keeps_everything!(&mut conn, SQLITE);
    // Run outside diesel's transaction, the migration may run twice after a crash between its
    // COMMIT and diesel recording it: the second run must succeed and keep every row.
    conn.batch_execute(include_str!("../../../../migrations/referrals/sqlite/2026-12-07-000007_casework/up.sql")).expect("it runs again");
    let kept = diesel::sql_query("SELECT COUNT(*) AS n FROM referrals WHERE id = 'r2' AND stage = 0").load::<Count>(&mut conn).expect("count");
    assert_eq!(kept[0].n, 1);
}

#[test]
fn upgrading_postgres_keeps_every_referral_and_its_history() {
    let dbs = TestDatabases::new(Backend::Postgres);
    let mut conn = PgConnection::establish(&dbs.created("upgrade")).expect("open");
    upgrade_keeps_everything!(&mut conn, POSTGRES);
}
