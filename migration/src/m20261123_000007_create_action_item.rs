//! Action items from meetings, their supporting organizations and their change history.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000007_create_action_item"
    }
}

#[derive(DeriveIden)]
enum ActionItem {
    Table,
    Id,
    Title,
    Description,
    OwnerOrgId,
    OwnerPersonId,
    DueOn,
    Priority,
    Status,
    Percent,
    Countries,
    Tags,
    EventId,
    AgendaItemId,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ActionItemSupporter {
    Table,
    ItemId,
    OrganizationId,
}

#[derive(DeriveIden)]
enum ActionItemChange {
    Table,
    Id,
    ItemId,
    UserId,
    Field,
    OldValue,
    NewValue,
    Comment,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ActionItem::Table)
                    .col(
                        ColumnDef::new(ActionItem::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ActionItem::Title).string_len(300).not_null())
                    .col(ColumnDef::new(ActionItem::Description).text().null())
                    .col(ColumnDef::new(ActionItem::OwnerOrgId).integer().not_null())
                    .col(ColumnDef::new(ActionItem::OwnerPersonId).integer().null())
                    .col(ColumnDef::new(ActionItem::DueOn).date().null())
                    .col(ColumnDef::new(ActionItem::Priority).string_len(10).not_null())
                    .col(ColumnDef::new(ActionItem::Status).string_len(20).not_null())
                    .col(ColumnDef::new(ActionItem::Percent).integer().not_null().default(0))
                    .col(ColumnDef::new(ActionItem::Countries).string_len(100).null())
                    .col(ColumnDef::new(ActionItem::Tags).string_len(300).null())
                    .col(ColumnDef::new(ActionItem::EventId).integer().null())
                    .col(ColumnDef::new(ActionItem::AgendaItemId).integer().null())
                    .col(ColumnDef::new(ActionItem::CreatedBy).integer().null())
                    .col(
                        ColumnDef::new(ActionItem::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ActionItem::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ActionItem::Table, ActionItem::OwnerOrgId)
                            .to(Organization::Table, Organization::Id),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "idx_action_item_owner_status",
                vec![ActionItem::OwnerOrgId, ActionItem::Status, ActionItem::DueOn],
            ),
            (
                "idx_action_item_status_due",
                vec![ActionItem::Status, ActionItem::DueOn],
            ),
            ("idx_action_item_event", vec![ActionItem::EventId]),
            ("idx_action_item_due", vec![ActionItem::DueOn]),
        ] {
            let mut idx = Index::create().name(name).table(ActionItem::Table).to_owned();
            for c in cols {
                idx.col(c);
            }
            manager.create_index(idx).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(ActionItemSupporter::Table)
                    .col(ColumnDef::new(ActionItemSupporter::ItemId).integer().not_null())
                    .col(ColumnDef::new(ActionItemSupporter::OrganizationId).integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(ActionItemSupporter::ItemId)
                            .col(ActionItemSupporter::OrganizationId),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ActionItemSupporter::Table, ActionItemSupporter::ItemId)
                            .to(ActionItem::Table, ActionItem::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_action_item_supporter_org")
                    .table(ActionItemSupporter::Table)
                    .col(ActionItemSupporter::OrganizationId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(ActionItemChange::Table)
                    .col(
                        ColumnDef::new(ActionItemChange::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ActionItemChange::ItemId).integer().not_null())
                    .col(ColumnDef::new(ActionItemChange::UserId).integer().null())
                    .col(ColumnDef::new(ActionItemChange::Field).string_len(40).not_null())
                    .col(ColumnDef::new(ActionItemChange::OldValue).text().null())
                    .col(ColumnDef::new(ActionItemChange::NewValue).text().null())
                    .col(ColumnDef::new(ActionItemChange::Comment).text().null())
                    .col(
                        ColumnDef::new(ActionItemChange::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ActionItemChange::Table, ActionItemChange::ItemId)
                            .to(ActionItem::Table, ActionItem::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_action_item_change_item")
                    .table(ActionItemChange::Table)
                    .col(ActionItemChange::ItemId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ActionItemChange::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ActionItemSupporter::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ActionItem::Table).to_owned())
            .await
    }
}
