//! Upgrading a live identity database to groups and managers keeps everything in it. On
//! SQLite both migrations rebuild `staff_users` (SQLite cannot change a CHECK), which with
//! foreign keys on would have cascaded to sessions, second factors and account histories:
//! here a database at the migration before groups is filled with one of each, upgraded, and
//! checked row for row.

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use diesel::sql_types::BigInt;
use diesel_migrations::{embed_migrations, EmbeddedMigrations, MigrationHarness};
use speakup_platform::db::Backend;
use speakup_platform::testing::TestDatabases;

const SQLITE: EmbeddedMigrations = embed_migrations!("../../migrations/identity/sqlite");
const POSTGRES: EmbeddedMigrations = embed_migrations!("../../migrations/identity/postgres");
/// Migrations applied before the groups migration.
const BEFORE_GROUPS: usize = 3;

/// One of every row that hangs off a staff account.
const LIVE_DATA: &str = "
    INSERT INTO staff_users (id, email, display_name, role, password_hash, must_change_password, active, created_at, updated_at)
        VALUES ('u1', 'admin@example.org', 'Admin', 'admin', 'hash', FALSE, TRUE, '2026-12-01 09:00:00', '2026-12-01 09:00:00');
    INSERT INTO staff_sessions (id, user_id, created_at, expires_at, last_seen_at)
        VALUES ('s1', 'u1', '2026-12-01 09:00:00', '2099-01-01 00:00:00', '2026-12-01 09:00:00');
    INSERT INTO second_factors (user_id, secret, confirmed, created_at) VALUES ('u1', 'key', TRUE, '2026-12-01 09:00:00');
    INSERT INTO recovery_codes (code_hash, user_id) VALUES ('c1', 'u1');
    INSERT INTO account_events (id, account_id, actor_id, at, action) VALUES ('e1', 'u1', 'u1', '2026-12-01 09:00:00', 'created');
    INSERT INTO sign_in_challenges (id, user_id, expires_at) VALUES ('t1', 'u1', '2099-01-01 00:00:00');
    INSERT INTO required_second_factor (role) VALUES ('admin');
    INSERT INTO staff_users (id, email, display_name, role, password_hash, must_change_password, active, created_at, updated_at)
        VALUES ('u4', 'triage@example.org', 'Triage', 'triage', 'hash', FALSE, TRUE, '2026-12-01 09:00:00', '2026-12-01 09:00:00');
    INSERT INTO account_events (id, account_id, actor_id, at, action, detail) VALUES ('e4', 'u4', 'u1', '2026-12-01 09:00:00', 'created', 'triage');
    INSERT INTO required_second_factor (role) VALUES ('triage');
";

/// Each table and how many rows `LIVE_DATA` put in it.
const TABLES: [(&str, i64); 7] = [
    ("staff_users", 2),
    ("staff_sessions", 1),
    ("second_factors", 1),
    ("recovery_codes", 1),
    ("account_events", 2),
    ("sign_in_challenges", 1),
    ("required_second_factor", 2),
];

#[derive(QueryableByName)]
struct Count {
    #[diesel(sql_type = BigInt)]
    n: i64,
}

/// Fills the database at the migration before groups, upgrades it, and checks what is kept.
macro_rules! upgrade_keeps_everything {
    ($conn:expr, $migrations:expr) => {{
        let conn = $conn;
        for _ in 0..BEFORE_GROUPS {
            conn.run_next_migration($migrations).expect("an earlier migration runs");
        }
        conn.batch_execute(LIVE_DATA).expect("the live data goes in");
        conn.run_pending_migrations($migrations).expect("the groups and manager migrations run");
        let count = |conn: &mut _, sql: &str| diesel::sql_query(sql).load::<Count>(conn).expect("count")[0].n;
        for (table, rows) in TABLES {
            assert_eq!(count(conn, &format!("SELECT COUNT(*) AS n FROM {table}")), rows, "{table} kept its rows");
        }
        // The triage lead is now the manager, in the account, its history and the policy.
        assert_eq!(count(conn, "SELECT COUNT(*) AS n FROM staff_users WHERE id = 'u4' AND role = 'manager'"), 1);
        assert_eq!(count(conn, "SELECT COUNT(*) AS n FROM account_events WHERE id = 'e4' AND detail = 'manager'"), 1);
        assert_eq!(count(conn, "SELECT COUNT(*) AS n FROM required_second_factor WHERE role = 'manager'"), 1);
        assert_eq!(count(conn, "SELECT COUNT(*) AS n FROM staff_users WHERE id = 'u1' AND group_id IS NULL AND role = 'admin'"), 1);
        // The wider CHECK: a board's member is welcome, a group member without a group is not.
        conn.batch_execute(
            "INSERT INTO staff_users (id, email, display_name, role, password_hash, must_change_password, active, created_at, updated_at)
                VALUES ('u2', 'board@example.org', 'Board', 'safeguarding_board', 'hash', FALSE, TRUE, '2026-12-07 09:00:00', '2026-12-07 09:00:00')",
        )
        .expect("a board member is a staff role");
        let orphan = conn.batch_execute(
            "INSERT INTO staff_users (id, email, display_name, role, password_hash, must_change_password, active, created_at, updated_at)
                VALUES ('u3', 'group@example.org', 'Group', 'group', 'hash', FALSE, TRUE, '2026-12-07 09:00:00', '2026-12-07 09:00:00')",
        );
        assert!(orphan.is_err(), "a group member must belong to a group");
        // The foreign keys still hold: removing the account takes its sessions with it.
        conn.batch_execute("DELETE FROM staff_users WHERE id = 'u1'").expect("delete the account");
        assert_eq!(count(conn, "SELECT COUNT(*) AS n FROM staff_sessions"), 0, "sessions follow their account");
    }};
}

#[test]
fn upgrading_sqlite_keeps_every_account_and_what_hangs_off_it() {
    let dbs = TestDatabases::new(Backend::Sqlite);
    let mut conn = SqliteConnection::establish(&dbs.created("upgrade")).expect("open");
    // As SpeakUp opens every SQLite connection.
    conn.batch_execute("PRAGMA foreign_keys = ON;").expect("foreign keys on");
    upgrade_keeps_everything!(&mut conn, SQLITE);
    // Run outside diesel's transaction, the migration may run twice after a crash between its
    // COMMIT and diesel recording it: the second run must succeed and keep every row.
    // (The groups migration was checked the same way before this one came after it.)
    conn.batch_execute(include_str!("../../../../migrations/identity/sqlite/2026-12-07-000005_manager/up.sql")).expect("it runs again");
    let board = diesel::sql_query("SELECT COUNT(*) AS n FROM staff_users WHERE role = 'safeguarding_board'").load::<Count>(&mut conn).expect("count");
    assert_eq!(board[0].n, 1, "the account made after the first run is kept");
    let managers = diesel::sql_query("SELECT COUNT(*) AS n FROM staff_users WHERE role = 'manager'").load::<Count>(&mut conn).expect("count");
    assert_eq!(managers[0].n, 1, "the manager is still a manager");
    #[derive(QueryableByName)]
    struct On {
        #[diesel(sql_type = BigInt)]
        foreign_keys: i64,
    }
    let on = diesel::sql_query("PRAGMA foreign_keys").load::<On>(&mut conn).expect("ask");
    assert_eq!(on[0].foreign_keys, 1, "the migration turns foreign keys back on");
}

#[test]
fn upgrading_postgres_keeps_every_account_and_what_hangs_off_it() {
    let dbs = TestDatabases::new(Backend::Postgres);
    let mut conn = PgConnection::establish(&dbs.created("upgrade")).expect("open");
    upgrade_keeps_everything!(&mut conn, POSTGRES);
}
