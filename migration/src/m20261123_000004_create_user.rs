//! Accounts and everything hanging off them: sessions, API tokens, one-time links,
//! and the failed-login log used for throttling.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000004_create_user"
    }
}

#[derive(DeriveIden)]
enum User {
    Table,
    Id,
    Email,
    Name,
    OrganizationId,
    Role,
    Active,
    PasswordHash,
    Language,
    TimeZone,
    LastLoginAt,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Session {
    Table,
    Id,
    UserId,
    CreatedAt,
    LastSeenAt,
}

#[derive(DeriveIden)]
enum ApiToken {
    Table,
    Id,
    UserId,
    Name,
    TokenHash,
    Prefix,
    CreatedAt,
    LastUsedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum OneTimeToken {
    Table,
    Id,
    UserId,
    Purpose,
    TokenHash,
    NewEmail,
    CreatedAt,
    ExpiresAt,
    UsedAt,
}

#[derive(DeriveIden)]
enum LoginAttempt {
    Table,
    Id,
    Key,
    AttemptedAt,
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
}

fn pk(col: impl IntoIden) -> ColumnDef {
    ColumnDef::new(col)
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

fn user_fk(table: impl IntoTableRef, col: impl IntoIden) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(table, col)
        .to(User::Table, User::Id)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(User::Table)
                    .col(pk(User::Id))
                    .col(ColumnDef::new(User::Email).string_len(254).not_null().unique_key())
                    .col(ColumnDef::new(User::Name).string_len(200).not_null())
                    .col(ColumnDef::new(User::OrganizationId).integer().null())
                    .col(ColumnDef::new(User::Role).string_len(20).not_null())
                    .col(ColumnDef::new(User::Active).boolean().not_null().default(true))
                    .col(ColumnDef::new(User::PasswordHash).string_len(200).null())
                    .col(ColumnDef::new(User::Language).string_len(10).not_null().default("en"))
                    .col(
                        ColumnDef::new(User::TimeZone)
                            .string_len(64)
                            .not_null()
                            .default("Europe/Tirane"),
                    )
                    .col(ColumnDef::new(User::LastLoginAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(User::CreatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(User::Table, User::OrganizationId)
                            .to(Organization::Table, Organization::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Session::Table)
                    .col(ColumnDef::new(Session::Id).string_len(64).not_null().primary_key())
                    .col(ColumnDef::new(Session::UserId).integer().not_null())
                    .col(ColumnDef::new(Session::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(
                        ColumnDef::new(Session::LastSeenAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(&mut user_fk(Session::Table, Session::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ApiToken::Table)
                    .col(pk(ApiToken::Id))
                    .col(ColumnDef::new(ApiToken::UserId).integer().not_null())
                    .col(ColumnDef::new(ApiToken::Name).string_len(100).not_null())
                    .col(
                        ColumnDef::new(ApiToken::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(ApiToken::Prefix).string_len(16).not_null())
                    .col(
                        ColumnDef::new(ApiToken::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ApiToken::LastUsedAt).timestamp_with_time_zone().null())
                    .col(ColumnDef::new(ApiToken::RevokedAt).timestamp_with_time_zone().null())
                    .foreign_key(&mut user_fk(ApiToken::Table, ApiToken::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OneTimeToken::Table)
                    .col(pk(OneTimeToken::Id))
                    .col(ColumnDef::new(OneTimeToken::UserId).integer().not_null())
                    .col(ColumnDef::new(OneTimeToken::Purpose).string_len(20).not_null())
                    .col(
                        ColumnDef::new(OneTimeToken::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ColumnDef::new(OneTimeToken::NewEmail).string_len(254).null())
                    .col(
                        ColumnDef::new(OneTimeToken::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(OneTimeToken::ExpiresAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(OneTimeToken::UsedAt).timestamp_with_time_zone().null())
                    .foreign_key(&mut user_fk(OneTimeToken::Table, OneTimeToken::UserId))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LoginAttempt::Table)
                    .col(pk(LoginAttempt::Id))
                    .col(ColumnDef::new(LoginAttempt::Key).string_len(300).not_null())
                    .col(
                        ColumnDef::new(LoginAttempt::AttemptedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_login_attempt_key")
                    .table(LoginAttempt::Table)
                    .col(LoginAttempt::Key)
                    .col(LoginAttempt::AttemptedAt)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            LoginAttempt::Table.into_iden(),
            OneTimeToken::Table.into_iden(),
            ApiToken::Table.into_iden(),
            Session::Table.into_iden(),
            User::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
