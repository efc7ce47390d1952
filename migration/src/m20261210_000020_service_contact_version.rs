//! Contact points of services get a version of their own, so that two people editing the same
//! contact point cannot overwrite each other unseen (a stale save is refused, as for every
//! record people edit).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ServiceContact {
    Table,
    Version,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ServiceContact::Table)
                    .add_column(ColumnDef::new(ServiceContact::Version).integer().not_null().default(1))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(ServiceContact::Table)
                    .drop_column(ServiceContact::Version)
                    .to_owned(),
            )
            .await
    }
}
