//! The SQLite full-text table's row ids now carry the entry's kind and visibility
//! (`kind << 40 | entry id << 2 | visibility`), so a search counts and filters matches without
//! reading `search_entry` row by row, and each kind is one range of row ids. Entries written
//! with the old ids are dropped here; the background worker (and `roundtable reindex`) writes
//! them again. On PostgreSQL nothing is dropped: its index lives in `search_entry` itself.
//!
//! SQLite also gets `search_vocab`, the full-text index's word list (an `fts5vocab` table).
//!
//! On both: an index on `(visibility, scope_id)`, for the few entries only some people may see;
//! and the tables the index follows get `(updated_at, id)` indexes in place of `(updated_at)`,
//! so "changed after (time, id)" is one seek even when thousands of rows share a time (a bulk
//! load), on PostgreSQL as on SQLite.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

const FOLLOWED: [&str; 7] = [
    "document",
    "event",
    "agenda_item",
    "action_item",
    "organization",
    "person",
    "legal_entry",
];

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        if db.get_database_backend() != DbBackend::Postgres {
            db.execute_unprepared("DELETE FROM search_fts").await?;
            db.execute_unprepared("DELETE FROM search_entry").await?;
            db.execute_unprepared("DELETE FROM search_state").await?;
            // The index's words, so a search can spell out a short list of prefix matches.
            db.execute_unprepared("CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row')")
                .await?;
        }
        db.execute_unprepared("CREATE INDEX idx_search_entry_visibility ON search_entry (visibility, scope_id)")
            .await?;
        for t in FOLLOWED {
            db.execute_unprepared(&format!("CREATE INDEX idx_{t}_updated_id ON {t} (updated_at, id)"))
                .await?;
            db.execute_unprepared(&format!("DROP INDEX idx_{t}_updated")).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for t in FOLLOWED {
            db.execute_unprepared(&format!("CREATE INDEX idx_{t}_updated ON {t} (updated_at)"))
                .await?;
            db.execute_unprepared(&format!("DROP INDEX idx_{t}_updated_id")).await?;
        }
        db.execute_unprepared("DROP INDEX idx_search_entry_visibility").await?;
        if db.get_database_backend() != DbBackend::Postgres {
            db.execute_unprepared("DROP TABLE search_vocab").await?;
            // The old code reads row ids as entry ids: start it from an empty index.
            db.execute_unprepared("DELETE FROM search_fts").await?;
            db.execute_unprepared("DELETE FROM search_entry").await?;
            db.execute_unprepared("DELETE FROM search_state").await?;
        }
        Ok(())
    }
}
