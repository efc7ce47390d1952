//! Meeting minutes: the current text, every revision, and participants' comments.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000008_create_minutes"
    }
}

#[derive(DeriveIden)]
enum Minutes {
    Table,
    EventId,
    Status,
    Content,
    Deadline,
    ApprovedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum MinutesRevision {
    Table,
    Id,
    EventId,
    Number,
    Content,
    Kind,
    Note,
    AuthorId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum MinutesComment {
    Table,
    Id,
    EventId,
    UserId,
    AuthorName,
    Body,
    Correction,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Event {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let fk = |t: DynIden, c: DynIden| {
            ForeignKey::create()
                .from(t, c)
                .to(Event::Table, Event::Id)
                .on_delete(ForeignKeyAction::Cascade)
                .to_owned()
        };
        manager
            .create_table(
                Table::create()
                    .table(Minutes::Table)
                    .col(ColumnDef::new(Minutes::EventId).integer().not_null().primary_key())
                    .col(ColumnDef::new(Minutes::Status).string_len(20).not_null())
                    .col(ColumnDef::new(Minutes::Content).text().not_null())
                    .col(ColumnDef::new(Minutes::Deadline).date().null())
                    .col(ColumnDef::new(Minutes::ApprovedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(Minutes::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(&mut fk(Minutes::Table.into_iden(), Minutes::EventId.into_iden()))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MinutesRevision::Table)
                    .col(
                        ColumnDef::new(MinutesRevision::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(MinutesRevision::EventId).integer().not_null())
                    .col(ColumnDef::new(MinutesRevision::Number).integer().not_null())
                    .col(ColumnDef::new(MinutesRevision::Content).text().not_null())
                    .col(ColumnDef::new(MinutesRevision::Kind).string_len(20).not_null())
                    .col(ColumnDef::new(MinutesRevision::Note).text().null())
                    .col(ColumnDef::new(MinutesRevision::AuthorId).integer().null())
                    .col(
                        ColumnDef::new(MinutesRevision::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(&mut fk(
                        MinutesRevision::Table.into_iden(),
                        MinutesRevision::EventId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(MinutesComment::Table)
                    .col(
                        ColumnDef::new(MinutesComment::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(MinutesComment::EventId).integer().not_null())
                    .col(ColumnDef::new(MinutesComment::UserId).integer().null())
                    .col(ColumnDef::new(MinutesComment::AuthorName).string_len(200).not_null())
                    .col(ColumnDef::new(MinutesComment::Body).text().not_null())
                    .col(
                        ColumnDef::new(MinutesComment::Correction)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(MinutesComment::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(&mut fk(
                        MinutesComment::Table.into_iden(),
                        MinutesComment::EventId.into_iden(),
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(MinutesComment::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(MinutesRevision::Table).to_owned())
            .await?;
        manager.drop_table(Table::drop().table(Minutes::Table).to_owned()).await
    }
}
