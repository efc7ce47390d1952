//! Follows of services by country served or by kind of service: a follower hears when a
//! capacity figure of such a service changes band (available, limited, full, waiting list).

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ServiceFollow {
    Table,
    UserId,
    Kind,
    Target,
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
                    .table(ServiceFollow::Table)
                    .col(ColumnDef::new(ServiceFollow::UserId).integer().not_null())
                    .col(ColumnDef::new(ServiceFollow::Kind).string_len(20).not_null())
                    .col(ColumnDef::new(ServiceFollow::Target).string_len(40).not_null())
                    .primary_key(
                        Index::create()
                            .col(ServiceFollow::UserId)
                            .col(ServiceFollow::Kind)
                            .col(ServiceFollow::Target),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceFollow::Table, ServiceFollow::UserId)
                            .to(User::Table, User::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_service_follow_target")
                    .table(ServiceFollow::Table)
                    .col(ServiceFollow::Kind)
                    .col(ServiceFollow::Target)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ServiceFollow::Table).to_owned())
            .await
    }
}
