//! One diesel connection type over PostgreSQL and SQLite.
//!
//! The backend is chosen by the URL: `postgres://…` or `postgresql://…` is PostgreSQL,
//! anything else is a SQLite file path. We do not let diesel guess by trying each backend
//! in turn: a mistyped PostgreSQL URL would silently become a new SQLite file.
//!
//! diesel is synchronous, so all database work goes through [`Database::run`], which moves
//! it to the blocking pool and off the async workers.

use std::time::Duration;

use diesel::connection::SimpleConnection;
use diesel::pg::PgConnection;
use diesel::r2d2::{CustomizeConnection, ManageConnection, Pool, R2D2Connection};
use diesel::sqlite::SqliteConnection;
use diesel::{Connection, RunQueryDsl};
use diesel_migrations::{EmbeddedMigrations, MigrationHarness};

#[derive(diesel::MultiConnection)]
pub enum DbConnection {
    Postgresql(PgConnection),
    Sqlite(SqliteConnection),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Postgres,
    Sqlite,
}

impl Backend {
    pub fn of_url(url: &str) -> Backend {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            Backend::Postgres
        } else {
            Backend::Sqlite
        }
    }
}

/// A service's migrations, one set per backend (the DDL differs). Built from the
/// `embed_migrations!` constants, which are copied wherever they are named.
pub struct Migrations {
    pub postgres: EmbeddedMigrations,
    pub sqlite: EmbeddedMigrations,
}

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("could not reach the database: {0}")]
    Pool(String),
    #[error("database query failed: {0}")]
    Query(#[from] diesel::result::Error),
    #[error("database migration failed: {0}")]
    Migration(String),
    #[error("a database task was cancelled")]
    Cancelled,
}

impl DbError {
    /// True for a unique-constraint violation, which callers treat as "already exists".
    pub fn is_unique_violation(&self) -> bool {
        matches!(
            self,
            DbError::Query(diesel::result::Error::DatabaseError(
                diesel::result::DatabaseErrorKind::UniqueViolation,
                _
            ))
        )
    }

    /// True when the write lost to another at the same moment and may simply be tried again:
    /// a unique value taken meanwhile, a serialisation failure, or SQLite's lock held.
    pub fn is_contention(&self) -> bool {
        use diesel::result::{DatabaseErrorKind, Error};
        match self {
            DbError::Query(Error::DatabaseError(DatabaseErrorKind::UniqueViolation | DatabaseErrorKind::SerializationFailure, _)) => true,
            DbError::Query(Error::DatabaseError(_, info)) => info.message().contains("database is locked"),
            _ => false,
        }
    }
}

struct Manager {
    url: String,
    backend: Backend,
}

impl ManageConnection for Manager {
    type Connection = DbConnection;
    type Error = diesel::r2d2::Error;

    fn connect(&self) -> Result<DbConnection, Self::Error> {
        let connection = match self.backend {
            Backend::Postgres => DbConnection::Postgresql(PgConnection::establish(&self.url)?),
            Backend::Sqlite => DbConnection::Sqlite(SqliteConnection::establish(&self.url)?),
        };
        Ok(connection)
    }

    fn is_valid(&self, conn: &mut DbConnection) -> Result<(), Self::Error> {
        conn.ping().map_err(diesel::r2d2::Error::QueryError)
    }

    fn has_broken(&self, conn: &mut DbConnection) -> bool {
        conn.is_broken()
    }
}

#[derive(Debug)]
struct SqlitePragmas;

impl CustomizeConnection<DbConnection, diesel::r2d2::Error> for SqlitePragmas {
    fn on_acquire(&self, conn: &mut DbConnection) -> Result<(), diesel::r2d2::Error> {
        if let DbConnection::Sqlite(sqlite) = conn {
            // WAL lets readers work while one writer writes; busy_timeout makes a second
            // writer wait instead of failing at once.
            sqlite
                .batch_execute(
                    "PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; \
                     PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;",
                )
                .map_err(diesel::r2d2::Error::QueryError)?;
        }
        Ok(())
    }
}

/// Runs `work` in a transaction that writes. On SQLite the outermost one takes the write lock
/// as it begins (`BEGIN IMMEDIATE`), so writers queue on the busy timeout: a plain (deferred)
/// transaction that read first fails at its first write, without waiting, once another writer
/// has committed meanwhile ("database is locked" under a few staff at once). Inside another
/// transaction it is a savepoint; on PostgreSQL an ordinary transaction.
pub fn write_transaction<T, E>(conn: &mut DbConnection, work: impl FnOnce(&mut DbConnection) -> Result<T, E>) -> Result<T, E>
where
    E: From<diesel::result::Error>,
{
    use diesel::connection::{AnsiTransactionManager, TransactionManager};
    let outermost_on_sqlite = match conn {
        DbConnection::Sqlite(sqlite) => AnsiTransactionManager::transaction_manager_status_mut(sqlite).transaction_depth()?.is_none(),
        DbConnection::Postgresql(_) => false,
    };
    if !outermost_on_sqlite {
        return conn.transaction(work);
    }
    let on_sqlite = |conn: &mut DbConnection, act: fn(&mut SqliteConnection) -> diesel::QueryResult<()>| match conn {
        DbConnection::Sqlite(sqlite) => act(sqlite),
        DbConnection::Postgresql(_) => Ok(()),
    };
    on_sqlite(conn, |sqlite| AnsiTransactionManager::begin_transaction_sql(sqlite, "BEGIN IMMEDIATE"))?;
    match work(conn) {
        Ok(value) => {
            on_sqlite(conn, AnsiTransactionManager::commit_transaction)?;
            Ok(value)
        }
        Err(e) => {
            on_sqlite(conn, AnsiTransactionManager::rollback_transaction)?;
            Err(e)
        }
    }
}

/// A pooled database for one service.
#[derive(Clone)]
pub struct Database {
    pool: Pool<Manager>,
    backend: Backend,
}

impl Database {
    /// Opens (creating when missing) the database at `url`, runs the service's pending
    /// migrations for that backend, and returns a pool.
    pub fn open(url: &str, migrations: Migrations, pool_size: u32) -> Result<Database, DbError> {
        let backend = Backend::of_url(url);
        match backend {
            Backend::Postgres => ensure_postgres_database(url)?,
            Backend::Sqlite => {
                if let Some(dir) = std::path::Path::new(url).parent().filter(|d| !d.as_os_str().is_empty()) {
                    std::fs::create_dir_all(dir).map_err(|e| DbError::Pool(e.to_string()))?;
                }
            }
        }
        let pool = Pool::builder()
            .max_size(pool_size)
            .connection_timeout(Duration::from_secs(10))
            .connection_customizer(Box::new(SqlitePragmas))
            .build(Manager { url: url.to_string(), backend })
            .map_err(|e| DbError::Pool(e.to_string()))?;
        let database = Database { pool, backend };
        database.migrate(migrations)?;
        Ok(database)
    }

    fn migrate(&self, migrations: Migrations) -> Result<(), DbError> {
        let mut conn = self.pool.get().map_err(|e| DbError::Pool(e.to_string()))?;
        let result = match &mut *conn {
            DbConnection::Postgresql(pg) => pg.run_pending_migrations(migrations.postgres).map(drop),
            DbConnection::Sqlite(sqlite) => sqlite.run_pending_migrations(migrations.sqlite).map(drop),
        };
        result.map_err(|e| DbError::Migration(e.to_string()))
    }

    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Runs blocking database work on the blocking pool.
    pub async fn run<F, R, E>(&self, work: F) -> Result<R, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<R, E> + Send + 'static,
        R: Send + 'static,
        E: From<DbError> + Send + 'static,
    {
        let pool = self.pool.clone();
        let outcome = actix_web::web::block(move || {
            let mut conn = pool.get().map_err(|e| E::from(DbError::Pool(e.to_string())))?;
            work(&mut conn)
        })
        .await;
        outcome.map_err(|_| E::from(DbError::Cancelled))?
    }

    /// Runs database work here and now, for a service's work at start (before any request).
    pub fn with_connection<F, R, E>(&self, work: F) -> Result<R, E>
    where
        F: FnOnce(&mut DbConnection) -> Result<R, E>,
        E: From<DbError>,
    {
        let mut conn = self.pool.get().map_err(|e| E::from(DbError::Pool(e.to_string())))?;
        work(&mut conn)
    }

    /// For `/health/ready`: can we get a connection and run a query?
    pub async fn ping(&self) -> Result<(), DbError> {
        self.run(|conn| {
            diesel::sql_query("SELECT 1").execute(conn)?;
            Ok::<_, DbError>(())
        })
        .await
    }
}

/// `postgres://h/speakup?x=y` + `identity` → `postgres://h/speakup_identity?x=y`.
/// A URL without a database name uses `speakup` as the base name.
pub fn postgres_url_for_service(url: &str, service: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (url, None),
    };
    let after_scheme = base.find("://").map(|i| i + 3).unwrap_or(0);
    let (scheme, rest) = base.split_at(after_scheme);
    let (authority, name) = match rest.split_once('/') {
        Some((host, name)) if !name.is_empty() => (host, name),
        Some((host, _)) => (host, "speakup"),
        None => (rest, "speakup"),
    };
    let mut out = format!("{scheme}{authority}/{name}_{service}");
    if let Some(q) = query {
        out.push('?');
        out.push_str(q);
    }
    out
}

/// Splits a PostgreSQL URL into (URL of the `postgres` maintenance database, database name).
pub(crate) fn split_postgres_url(url: &str) -> Option<(String, String)> {
    let base = url.split('?').next().unwrap_or(url);
    let slash = base.rfind('/')?;
    let name = &base[slash + 1..];
    if name.is_empty() || base[..slash].ends_with('/') {
        return None;
    }
    Some((with_database(url, "postgres"), name.to_string()))
}

/// The same PostgreSQL URL pointing at another database.
pub(crate) fn with_database(url: &str, name: &str) -> String {
    let (base, query) = match url.split_once('?') {
        Some((b, q)) => (b, format!("?{q}")),
        None => (url, String::new()),
    };
    let server = match base.rfind('/') {
        Some(slash) if !base[..slash].ends_with('/') => &base[..slash],
        _ => base.trim_end_matches('/'),
    };
    format!("{server}/{name}{query}")
}

/// Creates the service's PostgreSQL database when it does not exist yet, so a fresh
/// server needs nothing but a role allowed to create databases.
pub(crate) fn ensure_postgres_database(url: &str) -> Result<(), DbError> {
    let Some((maintenance_url, name)) = split_postgres_url(url) else {
        return Ok(());
    };
    if !name.chars().all(|c| c.is_ascii_alphanumeric() || c == '_') {
        return Err(DbError::Pool(format!("database names may hold letters, digits and _ only: {name}")));
    }
    // Connecting directly first means a server where we may not CREATE DATABASE still works
    // when an operator made the database for us.
    if PgConnection::establish(url).is_ok() {
        return Ok(());
    }
    let mut admin = PgConnection::establish(&maintenance_url).map_err(|e| DbError::Pool(e.to_string()))?;
    match diesel::sql_query(format!("CREATE DATABASE \"{name}\"")).execute(&mut admin) {
        Ok(_) => Ok(()),
        // Another replica or test created it between our two steps.
        Err(diesel::result::Error::DatabaseError(_, info)) if info.message().contains("already exists") => Ok(()),
        Err(e) => Err(DbError::Query(e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn picks_the_backend_from_the_url() {
        assert_eq!(Backend::of_url("postgres://localhost/x"), Backend::Postgres);
        assert_eq!(Backend::of_url("postgresql://localhost/x"), Backend::Postgres);
        assert_eq!(Backend::of_url("data/identity.db"), Backend::Sqlite);
    }

    #[test]
    fn service_database_names() {
        assert_eq!(postgres_url_for_service("postgres://h:5432/speakup", "identity"), "postgres://h:5432/speakup_identity");
        assert_eq!(postgres_url_for_service("postgres://h:5432", "identity"), "postgres://h:5432/speakup_identity");
        assert_eq!(postgres_url_for_service("postgres://h/", "x"), "postgres://h/speakup_x");
    }

    #[test]
    fn maintenance_url() {
        assert_eq!(
            split_postgres_url("postgres://u@h:5432/speakup_identity?sslmode=disable"),
            Some(("postgres://u@h:5432/postgres?sslmode=disable".into(), "speakup_identity".into()))
        );
        assert_eq!(split_postgres_url("postgres://h"), None);
        assert_eq!(with_database("postgres://postgres@h/postgres", "x"), "postgres://postgres@h/x");
        assert_eq!(with_database("postgres://postgres@h", "x"), "postgres://postgres@h/x");
    }

    /// Two connections to one new SQLite file in WAL mode; the second gives up on a lock after
    /// 50 ms, so a refused write shows at once.
    fn two_sqlite_connections() -> (DbConnection, DbConnection, std::path::PathBuf) {
        let path = std::env::temp_dir().join(format!("speakup-write-{}.db", uuid::Uuid::new_v4().simple()));
        let url = path.to_string_lossy().into_owned();
        let mut first = SqliteConnection::establish(&url).unwrap();
        first.batch_execute("PRAGMA journal_mode = WAL; PRAGMA busy_timeout = 5000; CREATE TABLE t (n INTEGER)").unwrap();
        let mut second = SqliteConnection::establish(&url).unwrap();
        second.batch_execute("PRAGMA busy_timeout = 50").unwrap();
        (DbConnection::Sqlite(first), DbConnection::Sqlite(second), path)
    }

    fn count(conn: &mut DbConnection) -> diesel::QueryResult<i64> {
        diesel::select(diesel::dsl::sql::<diesel::sql_types::BigInt>("(SELECT COUNT(*) FROM t)")).get_result(conn)
    }

    /// The interleaving that broke under load: one request reads, another writes and commits,
    /// then the first writes. In a plain transaction the first fails outright; in a write
    /// transaction it holds the lock from the start, so it is the other write that waits.
    #[test]
    fn a_write_transaction_on_sqlite_is_not_undone_by_a_writer_in_between() {
        let (mut first, mut second, path) = two_sqlite_connections();
        let plain: diesel::QueryResult<()> = first.transaction(|conn| {
            count(conn)?;
            diesel::sql_query("INSERT INTO t VALUES (1)").execute(&mut second)?;
            diesel::sql_query("INSERT INTO t VALUES (2)").execute(conn).map(drop)
        });
        assert!(plain.is_err(), "the deferred transaction's write fails once another committed");

        let mut in_between = None;
        let written: diesel::QueryResult<i64> = write_transaction(&mut first, |conn| {
            let before = count(conn)?;
            in_between = Some(diesel::sql_query("INSERT INTO t VALUES (3)").execute(&mut second));
            diesel::sql_query("INSERT INTO t VALUES (4)").execute(conn)?;
            write_transaction(conn, |conn| diesel::sql_query("INSERT INTO t VALUES (5)").execute(conn))?;
            Ok(before)
        });
        assert_eq!(written, Ok(1), "the write transaction commits, nested one and all");
        assert!(in_between.unwrap().is_err(), "the other writer had to wait for it");
        assert_eq!(count(&mut first), Ok(3));
        for suffix in ["", "-wal", "-shm"] {
            let _ = std::fs::remove_file(format!("{}{suffix}", path.display()));
        }
    }
}
