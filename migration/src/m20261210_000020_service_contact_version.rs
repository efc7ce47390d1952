//! Contact points of services get a version of their own, so that two people editing the same
//! contact point cannot overwrite each other unseen (a stale save is refused, as for every
//! record people edit). Services join the site search, which follows tables by
//! `(updated_at, id)`: the index for that.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Service {
    Table,
    UpdatedAt,
    Id,
}

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
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_service_updated_id")
                    .table(Service::Table)
                    .col(Service::UpdatedAt)
                    .col(Service::Id)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_service_updated_id")
                    .table(Service::Table)
                    .to_owned(),
            )
            .await?;
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
