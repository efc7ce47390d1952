//! Database connection: SQLite (a file, WAL mode, a real pool) or PostgreSQL.

use std::time::Duration;

use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseConnection, DbBackend, DbErr, SqliteTransactionMode, Statement,
    TransactionOptions, TransactionTrait,
};

/// How much memory SQLite may use (ignored for PostgreSQL). See BENCHMARKS.md, "Memory under
/// load", for how the defaults were chosen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SqliteTuning {
    /// Page cache for the whole pool, in MB; each connection gets its share.
    pub cache_mb: u64,
    /// Memory map per connection, in MB (0: none). Mapped pages are the kernel's page cache,
    /// shared between connections, but they count as the process's resident memory.
    pub mmap_mb: u64,
}

impl Default for SqliteTuning {
    fn default() -> Self {
        SqliteTuning {
            cache_mb: 16,
            mmap_mb: 0,
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
    if sqlite && !url.contains("mode=") && !url.contains(":memory:") {
        url.push(if url.contains('?') { '&' } else { '?' });
        url.push_str("mode=rwc");
    }
    let mut opts = ConnectOptions::new(url);
    opts.connect_timeout(Duration::from_secs(5))
        .acquire_timeout(Duration::from_secs(10))
        .sqlx_logging(false);
    if sqlite {
        use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
        opts.max_connections(SQLITE_CONNECTIONS).min_connections(1);
        // A negative cache_size is in KiB.
        let cache_kib = (tuning.cache_mb * 1024 / u64::from(SQLITE_CONNECTIONS)).max(512);
        let mmap_bytes = tuning.mmap_mb * 1024 * 1024;
        opts.map_sqlx_sqlite_opts(move |o| {
            o.journal_mode(SqliteJournalMode::Wal)
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
