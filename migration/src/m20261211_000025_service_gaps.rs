//! Coverage gaps of the service map turned into follow-up (issue 18): `service_gap_link` ties a
//! gap (a country, a service kind and a target group with no active, verified service) to the
//! action item or the agenda item made for it.
//!
//! The group is never NULL: "everyone" stands for the whole population, so that the unique
//! indexes hold on SQLite and PostgreSQL alike (both treat NULLs as distinct in a unique index).
//! An agenda link also names its event: one gap has at most one agenda item per event, however
//! many people press the button at once.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ServiceGapLink {
    Table,
    Id,
    CountryCode,
    ServiceKind,
    TargetGroup,
    ActionItemId,
    AgendaItemId,
    EventId,
    CreatedAt,
    CreatedBy,
}

#[derive(DeriveIden)]
enum ActionItem {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum AgendaItem {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Event {
    Table,
    Id,
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
                    .table(ServiceGapLink::Table)
                    .col(
                        ColumnDef::new(ServiceGapLink::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ServiceGapLink::CountryCode).string_len(2).not_null())
                    .col(ColumnDef::new(ServiceGapLink::ServiceKind).string_len(50).not_null())
                    .col(ColumnDef::new(ServiceGapLink::TargetGroup).string_len(40).not_null())
                    .col(ColumnDef::new(ServiceGapLink::ActionItemId).integer().null())
                    .col(ColumnDef::new(ServiceGapLink::AgendaItemId).integer().null())
                    .col(ColumnDef::new(ServiceGapLink::EventId).integer().null())
                    .col(
                        ColumnDef::new(ServiceGapLink::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(ServiceGapLink::CreatedBy).integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceGapLink::Table, ServiceGapLink::ActionItemId)
                            .to(ActionItem::Table, ActionItem::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceGapLink::Table, ServiceGapLink::AgendaItemId)
                            .to(AgendaItem::Table, AgendaItem::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceGapLink::Table, ServiceGapLink::EventId)
                            .to(Event::Table, Event::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceGapLink::Table, ServiceGapLink::CreatedBy)
                            .to(User::Table, User::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("idx_service_gap_link_action", ServiceGapLink::ActionItemId),
            ("idx_service_gap_link_agenda", ServiceGapLink::AgendaItemId),
            ("idx_service_gap_link_event", ServiceGapLink::EventId),
        ] {
            manager
                .create_index(
                    Index::create()
                        .name(name)
                        .table(ServiceGapLink::Table)
                        .col(ServiceGapLink::CountryCode)
                        .col(ServiceGapLink::ServiceKind)
                        .col(ServiceGapLink::TargetGroup)
                        .col(col)
                        .unique()
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(ServiceGapLink::Table).to_owned())
            .await
    }
}
