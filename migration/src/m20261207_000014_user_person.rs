//! An account belongs to at most one directory person, and a person to at most one account.
//! Invitations, "my items" and the event page find a member's own records through this link
//! instead of comparing addresses. Existing accounts are linked to the one active person with
//! the same address, where there is exactly one.

use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::ConnectionTrait;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum User {
    Table,
    PersonId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(User::Table)
                    .add_column(ColumnDef::new(User::PersonId).integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE \"user\" SET person_id = (SELECT MIN(p.id) FROM person p \
                 WHERE LOWER(p.email) = LOWER(\"user\".email) AND p.archived = FALSE) \
                 WHERE (SELECT COUNT(*) FROM person p \
                        WHERE LOWER(p.email) = LOWER(\"user\".email) AND p.archived = FALSE) = 1 \
                 AND (SELECT COUNT(*) FROM \"user\" u WHERE LOWER(u.email) = LOWER(\"user\".email)) = 1",
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_user_person")
                    .table(User::Table)
                    .col(User::PersonId)
                    .unique()
                    .to_owned(),
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .get_connection()
            .execute_unprepared("DROP INDEX idx_user_person")
            .await?;
        manager
            .alter_table(Table::alter().table(User::Table).drop_column(User::PersonId).to_owned())
            .await?;
        Ok(())
    }
}
