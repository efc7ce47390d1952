//! Database connection: SQLite (a file, WAL mode, a real pool) or PostgreSQL.

use std::time::Duration;

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection, DbBackend, DbErr,
    SqliteTransactionMode, Statement, TransactionOptions, TransactionTrait,
};

/// How long to wait for a database server to accept a TCP connection.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);

/// How much memory SQLite may use (ignored for PostgreSQL). See BENCHMARKS.md, "Memory under
/// load", for how the defaults were chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SqliteTuning {
    /// Page cache for the whole pool, in MB; each connection gets its share.
    pub cache_mb: u64,
    /// Memory map per connection, in MB (0: none). Mapped pages are the kernel's page cache,
    /// shared between connections, but they count as the process's resident memory.
    pub mmap_mb: u64,
    /// Prepared statements each connection keeps for reuse (sqlx's default is 100). A prepared
    /// statement holds SQLite's compiled program, several KB for the larger queries; 100 on each
    /// of 8 connections was the largest part of the server's memory under load (BENCHMARKS.md,
    /// "Memory under load", third round: 65 -> 53 MB).
    pub statements: usize,
}

impl Default for SqliteTuning {
    fn default() -> Self {
        SqliteTuning {
            cache_mb: 8,
            mmap_mb: 0,
            statements: 16,
        }
    }
}

/// SQLite connections in the pool: writers queue for one lock anyway, and readers gain little
/// beyond a few per core.
const SQLITE_CONNECTIONS: u32 = 8;

/// Opens a pool for `url` with the default SQLite memory settings.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
    connect_with(url, SqliteTuning::default()).await
}

/// Opens a pool for `url`. A SQLite file is created if missing.
pub async fn connect_with(url: &str, tuning: SqliteTuning) -> Result<DatabaseConnection, DbErr> {
    let mut url = url.to_string();
    let sqlite = url.starts_with("sqlite:");
    if !sqlite {
        reachable(&url).await?;
    }
    if sqlite && !url.contains("mode=") && !url.contains(":memory:") {
        url.push(if url.contains('?') { '&' } else { '?' });
        url.push_str("mode=rwc");
    }
    let mut opts = ConnectOptions::new(url);
    opts.connect_timeout(CONNECT_TIMEOUT)
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    if sqlite {
        use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
        opts.max_connections(SQLITE_CONNECTIONS).min_connections(1);
        // A negative cache_size is in KiB.
        let cache_kib = (tuning.cache_mb * 1024 / u64::from(SQLITE_CONNECTIONS)).max(512);
        let mmap_bytes = tuning.mmap_mb * 1024 * 1024;
        let statements = tuning.statements;
        opts.map_sqlx_sqlite_opts(move |o| {
            o.statement_cache_capacity(statements)
                .journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(15))
                .foreign_keys(true)
                .pragma("mmap_size", mmap_bytes.to_string())
                .pragma("cache_size", format!("-{cache_kib}"))
                .pragma("temp_store", "memory")
        });
    } else {
        opts.max_connections(16).min_connections(1);
    }
    Database::connect(opts).await
}

/// Fails fast, naming the server, when nothing accepts connections at the URL's host and port:
/// the pool would otherwise keep retrying until its acquire timeout and then say only "pool
/// timed out".
async fn reachable(url: &str) -> Result<(), DbErr> {
    let Ok(u) = url::Url::parse(url) else {
        return Ok(());
    };
    let Some(host) = u.host_str().filter(|h| !h.is_empty()) else {
        // A Unix socket (host in the query string): leave it to the driver.
        return Ok(());
    };
    let host = host.trim_start_matches('[').trim_end_matches(']').to_string();
    let port = u.port().unwrap_or(5432);
    let shown = if host.contains(':') {
        format!("[{host}]:{port}")
    } else {
        format!("{host}:{port}")
    };
    match tokio::time::timeout(CONNECT_TIMEOUT, tokio::net::TcpStream::connect((host.as_str(), port))).await {
        Ok(Ok(_)) => Ok(()),
        Ok(Err(e)) if e.kind() == std::io::ErrorKind::ConnectionRefused => Err(DbErr::Custom(format!(
            "the database server at {shown} refuses connections; is PostgreSQL running and listening there?"
        ))),
        Ok(Err(e)) => Err(DbErr::Custom(format!(
            "the database server at {shown} cannot be reached: {e}"
        ))),
        Err(_) => Err(DbErr::Custom(format!(
            "the database server at {shown} did not answer within {} seconds",
            CONNECT_TIMEOUT.as_secs()
        ))),
    }
}

/// Why the database refuses writes, or `None` when it accepts them. Cheap enough for
/// `/readyz`: SQLite makes a write and rolls it back; PostgreSQL reports whether new transactions are read-only and
/// whether the server is a hot standby.
pub async fn read_only_reason(conn: &DatabaseConnection) -> Result<Option<String>, DbErr> {
    match conn.get_database_backend() {
        DatabaseBackend::Sqlite => {
            // A real write, rolled back: `BEGIN IMMEDIATE` alone succeeds on a read-only WAL
            // connection. Creating a table works on a database not yet migrated too.
            let txn = conn.begin().await?;
            let wrote = txn.execute_unprepared("CREATE TABLE rt_write_probe (x INTEGER)").await;
            txn.rollback().await?;
            match wrote {
                Ok(_) => Ok(None),
                Err(e) if crate::error::is_read_only(&e) => Ok(Some("SQLite can only read the database file".into())),
                Err(e) => Err(e),
            }
        }
        backend => {
            let row = conn
                .query_one_raw(Statement::from_string(
                    backend,
                    "SELECT current_setting('transaction_read_only') AS read_only, pg_is_in_recovery() AS standby",
                ))
                .await?
                .ok_or_else(|| DbErr::Custom("the read-only check returned nothing".into()))?;
            let read_only: String = row.try_get("", "read_only")?;
            let standby: bool = row.try_get("", "standby")?;
            Ok(if standby {
                Some("the PostgreSQL server is a hot standby (in recovery)".into())
            } else if read_only == "on" {
                Some("PostgreSQL starts every transaction read-only (default_transaction_read_only)".into())
            } else {
                None
            })
        }
    }
}

/// Begins a transaction that will write.
///
/// On SQLite it takes the write lock at `BEGIN` (`BEGIN IMMEDIATE`): a deferred transaction that
/// reads and then writes fails with `SQLITE_BUSY_SNAPSHOT` when another connection committed in
/// between, and `busy_timeout` cannot help it. Taking the lock first makes writers queue (within
/// `busy_timeout`) instead. On PostgreSQL the option is ignored: row locks and conditional
/// statements do that work there. Every transaction that may write starts here; a plain
/// `begin()` is for read-only transactions.
pub async fn begin_write<C: TransactionTrait>(db: &C) -> Result<C::Transaction, DbErr> {
    db.begin_with_options(TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..Default::default()
    })
    .await
}

/// Makes the writers of one named thing (not a row: a derived total, say) queue behind each
/// other until the transaction ends: a transaction-scoped advisory lock on PostgreSQL. On SQLite
/// the transaction already holds the database write lock ([`begin_write`]). `key` is a name from
/// our own code.
pub async fn lock_key(txn: &impl ConnectionTrait, key: &str) -> Result<(), DbErr> {
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT pg_advisory_xact_lock(hashtext($1))",
            [key.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Makes the writers of one record queue behind each other until the transaction ends.
///
/// A limit that depends on other rows (an event's capacity, say) is only safe if two
/// transactions cannot both count before either writes. On PostgreSQL this takes the row lock
/// (`SELECT ... FOR UPDATE`); later statements in the transaction then see what the previous
/// holder committed. On SQLite the transaction already holds the database write lock
/// ([`begin_write`]), so there is nothing to do. `table` is a name from our own code.
pub async fn lock_row(txn: &impl ConnectionTrait, table: &'static str, id: i32) -> Result<(), DbErr> {
    if txn.get_database_backend() == DbBackend::Postgres {
        txn.query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            format!("SELECT id FROM \"{table}\" WHERE id = $1 FOR UPDATE"),
            [id.into()],
        ))
        .await?;
    }
    Ok(())
}

/// The current time, truncated to microseconds so that values read back from either
/// database compare equal to what was written.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::{DurationRound, TimeDelta};
    let n = chrono::Utc::now();
    n.duration_trunc(TimeDelta::microseconds(1)).unwrap_or(n)
}
