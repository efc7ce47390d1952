//! Text is now read from XLSX and ODS spreadsheets and PPTX presentations too: versions of
//! those kinds stored before are queued for the background extraction, so they become
//! searchable by their content.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE document_version SET text_status = 'pending' \
                 WHERE text_status = 'none' AND kind IN ('xlsx', 'pptx', 'ods')",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // The older code extracts nothing from these kinds: back to "no text".
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE document_version SET text_status = 'none', text = NULL \
                 WHERE kind IN ('xlsx', 'pptx', 'ods')",
            )
            .await?;
        Ok(())
    }
}
