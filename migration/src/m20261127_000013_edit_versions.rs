//! Every edited record carries the version it is at, so a save based on an older version can be
//! refused instead of silently overwriting someone else's change. Revision numbers become unique
//! per record: legal revisions (which could share a number when two saves raced) and minutes
//! revisions are renumbered first where they collide.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The tables whose rows are edited through a form or a `PUT`; `legal_entry` already has its
/// `version`.
const TABLES: [&str; 8] = [
    "legal_topic",
    "event",
    "agenda_item",
    "action_item",
    "minutes",
    "organization",
    "person",
    "document",
];

#[derive(DeriveIden)]
enum LegalRevision {
    Table,
    EntryId,
    Version,
}

#[derive(DeriveIden)]
enum MinutesRevision {
    Table,
    EventId,
    Number,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in TABLES {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(t))
                        .add_column(ColumnDef::new(Alias::new("version")).integer().not_null().default(1))
                        .to_owned(),
                )
                .await?;
        }
        let db = manager.get_connection();
        // Where two revisions of one entry share a number, number that entry's revisions again in
        // the order they were written, and move the entry's version past the last one so the next
        // save (and the dedupe key of its mail) gets a number never used before.
        db.execute_unprepared(
            "UPDATE legal_revision SET version = (SELECT COUNT(*) FROM legal_revision r \
             WHERE r.entry_id = legal_revision.entry_id AND r.id <= legal_revision.id) \
             WHERE entry_id IN (SELECT entry_id FROM legal_revision GROUP BY entry_id, version HAVING COUNT(*) > 1)",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE legal_entry SET version = (SELECT MAX(r.version) FROM legal_revision r WHERE r.entry_id = legal_entry.id) \
             WHERE version < (SELECT MAX(r.version) FROM legal_revision r WHERE r.entry_id = legal_entry.id)",
        )
        .await?;
        db.execute_unprepared(
            "UPDATE minutes_revision SET number = (SELECT COUNT(*) FROM minutes_revision r \
             WHERE r.event_id = minutes_revision.event_id AND r.id <= minutes_revision.id) \
             WHERE event_id IN (SELECT event_id FROM minutes_revision GROUP BY event_id, number HAVING COUNT(*) > 1)",
        )
        .await?;
        // The unique index replaces the plain one on the same columns.
        db.execute_unprepared("DROP INDEX idx_legal_revision_entry").await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_legal_revision_number")
                    .table(LegalRevision::Table)
                    .col(LegalRevision::EntryId)
                    .col(LegalRevision::Version)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_minutes_revision_number")
                    .table(MinutesRevision::Table)
                    .col(MinutesRevision::EventId)
                    .col(MinutesRevision::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX idx_minutes_revision_number")
            .await?;
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX idx_legal_revision_number")
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_legal_revision_entry")
                    .table(LegalRevision::Table)
                    .col(LegalRevision::EntryId)
                    .col(LegalRevision::Version)
                    .to_owned(),
            )
            .await?;
        for t in TABLES {
            manager
                .alter_table(
                    Table::alter()
                        .table(Alias::new(t))
                        .drop_column(Alias::new("version"))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }
}
