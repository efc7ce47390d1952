//! Database connection: SQLite (a file, WAL mode, a real pool) or PostgreSQL.

use std::time::Duration;

use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};

/// Opens a pool for `url`. A SQLite file is created if missing.
pub async fn connect(url: &str) -> Result<DatabaseConnection, DbErr> {
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
        opts.max_connections(8).min_connections(1);
        opts.map_sqlx_sqlite_opts(|o| {
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Normal)
                .busy_timeout(Duration::from_secs(15))
                .foreign_keys(true)
                // Reads (search ranks thousands of index rows) come from a memory map and a
                // 32 MB page cache per connection instead of a copy through read() each time.
                .pragma("mmap_size", "268435456")
                .pragma("cache_size", "-32000")
                .pragma("temp_store", "memory")
        });
    } else {
        opts.max_connections(16).min_connections(1);
    }
    Database::connect(opts).await
}

/// The current time, truncated to microseconds so that values read back from either
/// database compare equal to what was written.
pub fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::{DurationRound, TimeDelta};
    let n = chrono::Utc::now();
    n.duration_trunc(TimeDelta::microseconds(1)).unwrap_or(n)
}
