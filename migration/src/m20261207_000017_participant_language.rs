//! The language of an invitation for someone without an account (chosen on the invite page;
//! people with an account get theirs from Settings).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Participant {
    Table,
    Language,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Participant::Table)
                    .add_column(ColumnDef::new(Participant::Language).string_len(10).null())
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(Participant::Table)
                    .drop_column(Participant::Language)
                    .to_owned(),
            )
            .await
    }
}
