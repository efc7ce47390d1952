//! The mail outbox, notification preferences and pending digest entries.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000005_create_outbox"
    }
}

#[derive(DeriveIden)]
enum OutboxMessage {
    Table,
    Id,
    DedupeKey,
    UserId,
    Category,
    ToAddress,
    FromAddress,
    Subject,
    MessageId,
    Raw,
    Status,
    Attempts,
    NextAttemptAt,
    LeaseOwner,
    LeaseUntil,
    LastError,
    CreatedAt,
    SentAt,
}

#[derive(DeriveIden)]
enum NotificationPreference {
    Table,
    UserId,
    Category,
    Mode,
}

#[derive(DeriveIden)]
enum DigestEntry {
    Table,
    Id,
    UserId,
    Category,
    Mode,
    Subject,
    TextBody,
    HtmlBody,
    Url,
    DedupeKey,
    CreatedAt,
    OutboxId,
}

#[derive(DeriveIden)]
enum User {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(OutboxMessage::Table)
                    .col(
                        ColumnDef::new(OutboxMessage::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(
                        ColumnDef::new(OutboxMessage::DedupeKey)
                            .string_len(200)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(OutboxMessage::UserId).integer().null())
                    .col(ColumnDef::new(OutboxMessage::Category).string_len(30).not_null())
                    .col(ColumnDef::new(OutboxMessage::ToAddress).string_len(254).not_null())
                    .col(ColumnDef::new(OutboxMessage::FromAddress).string_len(254).not_null())
                    .col(ColumnDef::new(OutboxMessage::Subject).string_len(300).not_null())
                    .col(ColumnDef::new(OutboxMessage::MessageId).string_len(200).not_null())
                    .col(ColumnDef::new(OutboxMessage::Raw).text().not_null())
                    .col(ColumnDef::new(OutboxMessage::Status).string_len(12).not_null())
                    .col(ColumnDef::new(OutboxMessage::Attempts).integer().not_null().default(0))
                    .col(
                        ColumnDef::new(OutboxMessage::NextAttemptAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(OutboxMessage::LeaseOwner).string_len(64).null())
                    .col(
                        ColumnDef::new(OutboxMessage::LeaseUntil)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .col(ColumnDef::new(OutboxMessage::LastError).text().null())
                    .col(
                        ColumnDef::new(OutboxMessage::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(OutboxMessage::SentAt).timestamp_with_time_zone().null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_due")
                    .table(OutboxMessage::Table)
                    .col(OutboxMessage::Status)
                    .col(OutboxMessage::NextAttemptAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_outbox_lease_owner")
                    .table(OutboxMessage::Table)
                    .col(OutboxMessage::LeaseOwner)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(NotificationPreference::Table)
                    .col(ColumnDef::new(NotificationPreference::UserId).integer().not_null())
                    .col(
                        ColumnDef::new(NotificationPreference::Category)
                            .string_len(30)
                            .not_null(),
                    )
                    .col(ColumnDef::new(NotificationPreference::Mode).string_len(12).not_null())
                    .primary_key(
                        Index::create()
                            .col(NotificationPreference::UserId)
                            .col(NotificationPreference::Category),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(NotificationPreference::Table, NotificationPreference::UserId)
                            .to(User::Table, User::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(DigestEntry::Table)
                    .col(
                        ColumnDef::new(DigestEntry::Id)
                            .big_integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(DigestEntry::UserId).integer().not_null())
                    .col(ColumnDef::new(DigestEntry::Category).string_len(30).not_null())
                    .col(ColumnDef::new(DigestEntry::Mode).string_len(12).not_null())
                    .col(ColumnDef::new(DigestEntry::Subject).string_len(300).not_null())
                    .col(ColumnDef::new(DigestEntry::TextBody).text().not_null())
                    .col(ColumnDef::new(DigestEntry::HtmlBody).text().not_null())
                    .col(ColumnDef::new(DigestEntry::Url).string_len(500).null())
                    .col(
                        ColumnDef::new(DigestEntry::DedupeKey)
                            .string_len(250)
                            .not_null()
                            .unique_key(),
                    )
                    .col(
                        ColumnDef::new(DigestEntry::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(DigestEntry::OutboxId).big_integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(DigestEntry::Table, DigestEntry::UserId)
                            .to(User::Table, User::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_digest_entry_pending")
                    .table(DigestEntry::Table)
                    .col(DigestEntry::OutboxId)
                    .col(DigestEntry::UserId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(DigestEntry::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(NotificationPreference::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(OutboxMessage::Table).to_owned())
            .await
    }
}
