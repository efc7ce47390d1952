//! Events, their organizers, agenda items and revisions, participants, and personal calendar
//! feed tokens.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000006_create_event"
    }
}

#[derive(DeriveIden)]
enum Event {
    Table,
    Id,
    Uid,
    SeriesId,
    Title,
    Kind,
    Description,
    TimeZone,
    StartsAt,
    EndsAt,
    VenueName,
    VenueAddress,
    VenueCity,
    VenueCountry,
    OnlineUrl,
    Project,
    Languages,
    Capacity,
    Visibility,
    Status,
    Sequence,
    AgendaPublished,
    AgendaNotifiedRevision,
    CreatedBy,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum EventOrganizer {
    Table,
    EventId,
    OrganizationId,
}

#[derive(DeriveIden)]
enum AgendaItem {
    Table,
    Id,
    EventId,
    Day,
    StartTime,
    EndTime,
    Title,
    Description,
    Kind,
    Track,
    Moderator,
    Speakers,
    Position,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum AgendaRevision {
    Table,
    Id,
    EventId,
    Number,
    Snapshot,
    Summary,
    AuthorId,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Participant {
    Table,
    Id,
    EventId,
    UserId,
    PersonId,
    OrganizationId,
    Email,
    Name,
    Status,
    Dietary,
    Accessibility,
    ShareName,
    Attended,
    InvitedAt,
    RespondedAt,
}

#[derive(DeriveIden)]
enum CalendarToken {
    Table,
    UserId,
    TokenHash,
    CreatedAt,
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum User {
    Table,
    Id,
}

fn ts(c: impl IntoIden) -> ColumnDef {
    ColumnDef::new(c).timestamp_with_time_zone().not_null().to_owned()
}

fn cascade(
    from_table: impl IntoTableRef,
    from_col: impl IntoIden,
    to: impl IntoTableRef,
    to_col: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from_table, from_col)
        .to(to, to_col)
        .on_delete(ForeignKeyAction::Cascade)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Event::Table)
                    .col(
                        ColumnDef::new(Event::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Event::Uid).string_len(100).not_null().unique_key())
                    .col(ColumnDef::new(Event::SeriesId).integer().null())
                    .col(ColumnDef::new(Event::Title).string_len(200).not_null())
                    .col(ColumnDef::new(Event::Kind).string_len(30).not_null())
                    .col(ColumnDef::new(Event::Description).text().null())
                    .col(ColumnDef::new(Event::TimeZone).string_len(64).not_null())
                    .col(ts(Event::StartsAt))
                    .col(ts(Event::EndsAt))
                    .col(ColumnDef::new(Event::VenueName).string_len(200).null())
                    .col(ColumnDef::new(Event::VenueAddress).string_len(300).null())
                    .col(ColumnDef::new(Event::VenueCity).string_len(100).null())
                    .col(ColumnDef::new(Event::VenueCountry).string_len(2).null())
                    .col(ColumnDef::new(Event::OnlineUrl).string_len(500).null())
                    .col(ColumnDef::new(Event::Project).string_len(200).null())
                    .col(ColumnDef::new(Event::Languages).string_len(200).null())
                    .col(ColumnDef::new(Event::Capacity).integer().null())
                    .col(ColumnDef::new(Event::Visibility).string_len(20).not_null())
                    .col(ColumnDef::new(Event::Status).string_len(20).not_null())
                    .col(ColumnDef::new(Event::Sequence).integer().not_null().default(0))
                    .col(
                        ColumnDef::new(Event::AgendaPublished)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(Event::AgendaNotifiedRevision)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .col(ColumnDef::new(Event::CreatedBy).integer().null())
                    .col(ts(Event::CreatedAt))
                    .col(ts(Event::UpdatedAt))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_starts")
                    .table(Event::Table)
                    .col(Event::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_event_status_starts")
                    .table(Event::Table)
                    .col(Event::Status)
                    .col(Event::StartsAt)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(EventOrganizer::Table)
                    .col(ColumnDef::new(EventOrganizer::EventId).integer().not_null())
                    .col(ColumnDef::new(EventOrganizer::OrganizationId).integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(EventOrganizer::EventId)
                            .col(EventOrganizer::OrganizationId),
                    )
                    .foreign_key(&mut cascade(
                        EventOrganizer::Table,
                        EventOrganizer::EventId,
                        Event::Table,
                        Event::Id,
                    ))
                    .foreign_key(&mut cascade(
                        EventOrganizer::Table,
                        EventOrganizer::OrganizationId,
                        Organization::Table,
                        Organization::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgendaItem::Table)
                    .col(
                        ColumnDef::new(AgendaItem::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(AgendaItem::EventId).integer().not_null())
                    .col(ColumnDef::new(AgendaItem::Day).date().not_null())
                    .col(ColumnDef::new(AgendaItem::StartTime).string_len(5).not_null())
                    .col(ColumnDef::new(AgendaItem::EndTime).string_len(5).not_null())
                    .col(ColumnDef::new(AgendaItem::Title).string_len(200).not_null())
                    .col(ColumnDef::new(AgendaItem::Description).text().null())
                    .col(ColumnDef::new(AgendaItem::Kind).string_len(30).not_null())
                    .col(ColumnDef::new(AgendaItem::Track).string_len(100).null())
                    .col(ColumnDef::new(AgendaItem::Moderator).string_len(200).null())
                    .col(ColumnDef::new(AgendaItem::Speakers).text().null())
                    .col(ColumnDef::new(AgendaItem::Position).integer().not_null().default(0))
                    .col(ts(AgendaItem::UpdatedAt))
                    .foreign_key(&mut cascade(
                        AgendaItem::Table,
                        AgendaItem::EventId,
                        Event::Table,
                        Event::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_agenda_item_event")
                    .table(AgendaItem::Table)
                    .col(AgendaItem::EventId)
                    .col(AgendaItem::Day)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(AgendaRevision::Table)
                    .col(
                        ColumnDef::new(AgendaRevision::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(AgendaRevision::EventId).integer().not_null())
                    .col(ColumnDef::new(AgendaRevision::Number).integer().not_null())
                    .col(ColumnDef::new(AgendaRevision::Snapshot).text().not_null())
                    .col(ColumnDef::new(AgendaRevision::Summary).text().not_null())
                    .col(ColumnDef::new(AgendaRevision::AuthorId).integer().null())
                    .col(ts(AgendaRevision::CreatedAt))
                    .foreign_key(&mut cascade(
                        AgendaRevision::Table,
                        AgendaRevision::EventId,
                        Event::Table,
                        Event::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_agenda_revision_number")
                    .table(AgendaRevision::Table)
                    .col(AgendaRevision::EventId)
                    .col(AgendaRevision::Number)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(Participant::Table)
                    .col(
                        ColumnDef::new(Participant::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Participant::EventId).integer().not_null())
                    .col(ColumnDef::new(Participant::UserId).integer().null())
                    .col(ColumnDef::new(Participant::PersonId).integer().null())
                    .col(ColumnDef::new(Participant::OrganizationId).integer().null())
                    .col(ColumnDef::new(Participant::Email).string_len(254).not_null())
                    .col(ColumnDef::new(Participant::Name).string_len(200).not_null())
                    .col(ColumnDef::new(Participant::Status).string_len(20).not_null())
                    .col(ColumnDef::new(Participant::Dietary).string_len(500).null())
                    .col(ColumnDef::new(Participant::Accessibility).string_len(500).null())
                    .col(
                        ColumnDef::new(Participant::ShareName)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(ColumnDef::new(Participant::Attended).boolean().null())
                    .col(ts(Participant::InvitedAt))
                    .col(
                        ColumnDef::new(Participant::RespondedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(&mut cascade(
                        Participant::Table,
                        Participant::EventId,
                        Event::Table,
                        Event::Id,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_participant_event_email")
                    .table(Participant::Table)
                    .col(Participant::EventId)
                    .col(Participant::Email)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_participant_user")
                    .table(Participant::Table)
                    .col(Participant::UserId)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(CalendarToken::Table)
                    .col(ColumnDef::new(CalendarToken::UserId).integer().not_null().primary_key())
                    .col(
                        ColumnDef::new(CalendarToken::TokenHash)
                            .string_len(64)
                            .not_null()
                            .unique_key(),
                    )
                    .col(ts(CalendarToken::CreatedAt))
                    .foreign_key(&mut cascade(
                        CalendarToken::Table,
                        CalendarToken::UserId,
                        User::Table,
                        User::Id,
                    ))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in [
            CalendarToken::Table.into_iden(),
            Participant::Table.into_iden(),
            AgendaRevision::Table.into_iden(),
            AgendaItem::Table.into_iden(),
            EventOrganizer::Table.into_iden(),
            Event::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
