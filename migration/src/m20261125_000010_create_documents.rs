//! Practice documents (metadata, versions, links to countries, register topics, events and
//! agenda items) and the search index: one `search_entry` row per searchable record, with an
//! FTS5 table beside it on SQLite and a `tsvector` column with a GIN index on PostgreSQL.
//! Also indexes `updated_at` on the tables the indexer follows.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::{ConnectionTrait, DbBackend};

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261125_000010_create_documents"
    }
}

#[derive(DeriveIden)]
enum Document {
    Table,
    Id,
    Title,
    DocType,
    Description,
    Languages,
    Tags,
    Visibility,
    OwnerOrgId,
    Lifecycle,
    SupersedesId,
    VariantOfId,
    VariantKind,
    ReviewOn,
    ReviewNotifiedOn,
    Archived,
    CurrentVersion,
    Example,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum DocumentVersion {
    Table,
    Id,
    DocumentId,
    Number,
    Note,
    Filename,
    Mime,
    Kind,
    Size,
    Sha256,
    UploadedBy,
    UploadedByName,
    CreatedAt,
    TextStatus,
    TextClaimedAt,
    Text,
}

#[derive(DeriveIden)]
enum DocumentLink {
    Table,
    DocumentId,
    Kind,
    Target,
}

#[derive(DeriveIden)]
enum SearchEntry {
    Table,
    Id,
    Kind,
    RefId,
    Title,
    Body,
    Url,
    Visibility,
    ScopeId,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum SearchState {
    Table,
    Kind,
    Watermark,
    LastId,
}

fn id_col<T: IntoIden>(c: T) -> ColumnDef {
    ColumnDef::new(c)
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

/// Tables whose rows the search indexer picks up by `updated_at`.
const FOLLOWED: [&str; 6] = [
    "event",
    "agenda_item",
    "action_item",
    "organization",
    "person",
    "legal_entry",
];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Document::Table)
                    .col(id_col(Document::Id))
                    .col(ColumnDef::new(Document::Title).string_len(300).not_null())
                    .col(ColumnDef::new(Document::DocType).string_len(30).not_null())
                    .col(ColumnDef::new(Document::Description).text().not_null())
                    .col(ColumnDef::new(Document::Languages).string_len(100).not_null())
                    .col(ColumnDef::new(Document::Tags).string_len(500).not_null())
                    .col(ColumnDef::new(Document::Visibility).string_len(20).not_null())
                    .col(ColumnDef::new(Document::OwnerOrgId).integer().null())
                    .col(ColumnDef::new(Document::Lifecycle).string_len(20).not_null())
                    .col(ColumnDef::new(Document::SupersedesId).integer().null())
                    .col(ColumnDef::new(Document::VariantOfId).integer().null())
                    .col(ColumnDef::new(Document::VariantKind).string_len(20).null())
                    .col(ColumnDef::new(Document::ReviewOn).date().null())
                    .col(ColumnDef::new(Document::ReviewNotifiedOn).date().null())
                    .col(ColumnDef::new(Document::Archived).boolean().not_null().default(false))
                    .col(ColumnDef::new(Document::CurrentVersion).integer().not_null().default(0))
                    .col(ColumnDef::new(Document::Example).boolean().not_null().default(false))
                    .col(ColumnDef::new(Document::CreatedBy).integer().null())
                    .col(
                        ColumnDef::new(Document::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Document::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            ("idx_document_list", vec![Document::Archived, Document::UpdatedAt]),
            ("idx_document_owner", vec![Document::OwnerOrgId]),
            ("idx_document_variant", vec![Document::VariantOfId]),
            ("idx_document_supersedes", vec![Document::SupersedesId]),
            ("idx_document_review", vec![Document::ReviewOn]),
            ("idx_document_updated", vec![Document::UpdatedAt]),
        ] {
            let mut idx = Index::create().name(name).table(Document::Table).to_owned();
            for c in cols {
                idx.col(c);
            }
            manager.create_index(idx).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(DocumentVersion::Table)
                    .col(id_col(DocumentVersion::Id))
                    .col(ColumnDef::new(DocumentVersion::DocumentId).integer().not_null())
                    .col(ColumnDef::new(DocumentVersion::Number).integer().not_null())
                    .col(ColumnDef::new(DocumentVersion::Note).text().not_null())
                    .col(ColumnDef::new(DocumentVersion::Filename).string_len(200).not_null())
                    .col(ColumnDef::new(DocumentVersion::Mime).string_len(120).not_null())
                    .col(ColumnDef::new(DocumentVersion::Kind).string_len(10).not_null())
                    .col(ColumnDef::new(DocumentVersion::Size).big_integer().not_null())
                    .col(ColumnDef::new(DocumentVersion::Sha256).string_len(64).not_null())
                    .col(ColumnDef::new(DocumentVersion::UploadedBy).integer().null())
                    .col(
                        ColumnDef::new(DocumentVersion::UploadedByName)
                            .string_len(200)
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(DocumentVersion::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(DocumentVersion::TextStatus).string_len(10).not_null())
                    .col(
                        ColumnDef::new(DocumentVersion::TextClaimedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(DocumentVersion::Text).text().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(DocumentVersion::Table, DocumentVersion::DocumentId)
                            .to(Document::Table, Document::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_document_version_number")
                    .table(DocumentVersion::Table)
                    .col(DocumentVersion::DocumentId)
                    .col(DocumentVersion::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_document_version_text")
                    .table(DocumentVersion::Table)
                    .col(DocumentVersion::TextStatus)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DocumentLink::Table)
                    .col(ColumnDef::new(DocumentLink::DocumentId).integer().not_null())
                    .col(ColumnDef::new(DocumentLink::Kind).string_len(10).not_null())
                    .col(ColumnDef::new(DocumentLink::Target).string_len(20).not_null())
                    .primary_key(
                        Index::create()
                            .col(DocumentLink::DocumentId)
                            .col(DocumentLink::Kind)
                            .col(DocumentLink::Target),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(DocumentLink::Table, DocumentLink::DocumentId)
                            .to(Document::Table, Document::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_document_link_target")
                    .table(DocumentLink::Table)
                    .col(DocumentLink::Kind)
                    .col(DocumentLink::Target)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SearchEntry::Table)
                    .col(id_col(SearchEntry::Id))
                    // Small columns first: ranking reads kind and visibility of every match,
                    // and SQLite then never walks past the long text to reach them.
                    .col(ColumnDef::new(SearchEntry::Kind).string_len(20).not_null())
                    .col(ColumnDef::new(SearchEntry::RefId).integer().not_null())
                    .col(ColumnDef::new(SearchEntry::Visibility).string_len(20).not_null())
                    .col(ColumnDef::new(SearchEntry::ScopeId).integer().null())
                    .col(
                        ColumnDef::new(SearchEntry::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SearchEntry::Url).string_len(300).not_null())
                    .col(ColumnDef::new(SearchEntry::Title).text().not_null())
                    .col(ColumnDef::new(SearchEntry::Body).text().not_null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_search_entry_ref")
                    .table(SearchEntry::Table)
                    .col(SearchEntry::Kind)
                    .col(SearchEntry::RefId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(SearchState::Table)
                    .col(
                        ColumnDef::new(SearchState::Kind)
                            .string_len(20)
                            .not_null()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(SearchState::Watermark)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(SearchState::LastId).integer().not_null().default(0))
                    .to_owned(),
            )
            .await?;
        let db = manager.get_connection();
        match db.get_database_backend() {
            DbBackend::Postgres => {
                db.execute_unprepared("ALTER TABLE search_entry ADD COLUMN tsv tsvector NOT NULL DEFAULT ''::tsvector")
                    .await?;
                db.execute_unprepared("CREATE INDEX idx_search_entry_tsv ON search_entry USING GIN (tsv)")
                    .await?;
            }
            _ => {
                // Text is folded (lower case, accents removed) by the application before it is
                // stored, so both databases see the same words.
                db.execute_unprepared(
                    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize = 'unicode61', prefix = '2 3')",
                )
                .await?;
            }
        }
        for t in FOLLOWED {
            db.execute_unprepared(&format!("CREATE INDEX idx_{t}_updated ON {t} (updated_at)"))
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        for t in FOLLOWED {
            db.execute_unprepared(&format!("DROP INDEX idx_{t}_updated")).await?;
        }
        if db.get_database_backend() != DbBackend::Postgres {
            db.execute_unprepared("DROP TABLE search_fts").await?;
        }
        for t in [
            SearchState::Table.into_iden(),
            SearchEntry::Table.into_iden(),
            DocumentLink::Table.into_iden(),
            DocumentVersion::Table.into_iden(),
            Document::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
