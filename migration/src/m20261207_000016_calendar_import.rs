//! Calendars both ways: an event can last whole days (`event.all_day`: its start and end are
//! the local midnights that begin its first day and follow its last), and an uploaded calendar
//! file waits in `event_import` while its uploader checks the preview.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Event {
    Table,
    AllDay,
}

#[derive(DeriveIden)]
enum EventImport {
    Table,
    Id,
    UserId,
    FileName,
    Content,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Event::Table)
                    .add_column(ColumnDef::new(Event::AllDay).boolean().not_null().default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventImport::Table)
                    .col(
                        ColumnDef::new(EventImport::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(EventImport::UserId).integer().not_null())
                    .col(ColumnDef::new(EventImport::FileName).string_len(200).not_null())
                    .col(ColumnDef::new(EventImport::Content).text().not_null())
                    .col(
                        ColumnDef::new(EventImport::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(EventImport::Table).to_owned())
            .await?;
        manager
            .alter_table(Table::alter().table(Event::Table).drop_column(Event::AllDay).to_owned())
            .await
    }
}
