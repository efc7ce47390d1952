//! Services an organization offers, who may use them, how to reach them and how much room they
//! have (issue "Services, capacity and cross-border referral pathways").
//!
//! - `service`: one service of one organization: kind, where it works, who is eligible, how to
//!   refer, hours, whether its location is confidential (a shelter's address is shown only to
//!   its own organization and the secretariat), funding, status and when it was last verified.
//!   Lists are stored as comma-separated codes, as `action_item.countries` is.
//! - `service_contact`: role-based contact points (an intake desk, a 24/7 line), never a
//!   survivor's contact.
//! - `service_capacity`: figures per service (beds, places, persons or transports per month,
//!   case slots), each with an as-of date and an expiry after which it no longer counts.
//!
//! No column holds anything about a person helped: figures are counts of places.
//! Two kinds of service are added to the seeded list: interpretation and child protection.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ServiceKind {
    Table,
    Code,
    SortOrder,
}

#[derive(DeriveIden)]
enum Service {
    Table,
    Id,
    OrganizationId,
    Kind,
    Name,
    Description,
    /// Comma-separated: on_site, mobile, remote.
    Modes,
    /// Comma-separated ISO codes of the countries served.
    Countries,
    /// Municipalities or regions served, as written (empty: the whole country).
    Areas,
    AgeMin,
    AgeMax,
    /// Comma-separated: female, male, other (empty: everyone).
    Genders,
    /// Comma-separated target group codes.
    TargetGroups,
    /// `presumed` (a presumed victim is enough) or `formal` (formal identification required).
    Identification,
    /// Comma-separated ISO 639-1 codes of the languages the staff speak.
    Languages,
    Interpretation,
    /// `referral` (only by referral) or `self` (people may come themselves too).
    Referral,
    IntakeSteps,
    Hours,
    Open247,
    ConfidentialLocation,
    Address,
    City,
    FundingSource,
    FundedUntil,
    /// active, suspended or closed.
    Status,
    StatusNotice,
    VerifiedOn,
    VerifiedBy,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum ServiceContact {
    Table,
    Id,
    ServiceId,
    Role,
    Phone,
    Email,
    Languages,
    Available247,
    SortOrder,
}

#[derive(DeriveIden)]
enum ServiceCapacity {
    Table,
    Id,
    ServiceId,
    /// beds, places, persons_month, transports_month, case_slots.
    Unit,
    Maximum,
    Funded,
    Available,
    /// available, limited, full, waiting_list.
    Band,
    /// The group the figure applies to (a target group code; empty: everyone).
    TargetGroup,
    AsOf,
    ExpiresOn,
    UpdatedBy,
    Version,
    UpdatedAt,
}

const NEW_KINDS: [(&str, i32); 2] = [("interpretation", 12), ("child_protection", 13)];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let mut insert = Query::insert()
            .into_table(ServiceKind::Table)
            .columns([ServiceKind::Code, ServiceKind::SortOrder])
            .to_owned();
        for (code, order) in NEW_KINDS {
            insert.values_panic([code.into(), order.into()]);
        }
        manager.exec_stmt(insert).await?;

        let text = |c: Service| ColumnDef::new(c).text().not_null().default("").to_owned();
        manager
            .create_table(
                Table::create()
                    .table(Service::Table)
                    .col(
                        ColumnDef::new(Service::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Service::OrganizationId).integer().not_null())
                    .col(ColumnDef::new(Service::Kind).string_len(40).not_null())
                    .col(ColumnDef::new(Service::Name).string_len(200).not_null())
                    .col(text(Service::Description))
                    .col(text(Service::Modes))
                    .col(text(Service::Countries))
                    .col(text(Service::Areas))
                    .col(ColumnDef::new(Service::AgeMin).integer().null())
                    .col(ColumnDef::new(Service::AgeMax).integer().null())
                    .col(text(Service::Genders))
                    .col(text(Service::TargetGroups))
                    .col(
                        ColumnDef::new(Service::Identification)
                            .string_len(20)
                            .not_null()
                            .default("presumed"),
                    )
                    .col(text(Service::Languages))
                    .col(
                        ColumnDef::new(Service::Interpretation)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(Service::Referral)
                            .string_len(20)
                            .not_null()
                            .default("referral"),
                    )
                    .col(text(Service::IntakeSteps))
                    .col(text(Service::Hours))
                    .col(ColumnDef::new(Service::Open247).boolean().not_null().default(false))
                    .col(
                        ColumnDef::new(Service::ConfidentialLocation)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(text(Service::Address))
                    .col(ColumnDef::new(Service::City).string_len(100).not_null().default(""))
                    .col(
                        ColumnDef::new(Service::FundingSource)
                            .string_len(200)
                            .not_null()
                            .default(""),
                    )
                    .col(ColumnDef::new(Service::FundedUntil).date().null())
                    .col(
                        ColumnDef::new(Service::Status)
                            .string_len(20)
                            .not_null()
                            .default("active"),
                    )
                    .col(text(Service::StatusNotice))
                    .col(ColumnDef::new(Service::VerifiedOn).date().null())
                    .col(ColumnDef::new(Service::VerifiedBy).integer().null())
                    .col(ColumnDef::new(Service::Version).integer().not_null().default(1))
                    .col(ColumnDef::new(Service::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Service::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Service::Table, Service::OrganizationId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Service::Table, Service::Kind)
                            .to(ServiceKind::Table, ServiceKind::Code),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, col) in [
            ("idx_service_organization", Service::OrganizationId),
            ("idx_service_kind", Service::Kind),
        ] {
            manager
                .create_index(Index::create().name(name).table(Service::Table).col(col).to_owned())
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table(ServiceContact::Table)
                    .col(
                        ColumnDef::new(ServiceContact::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ServiceContact::ServiceId).integer().not_null())
                    .col(ColumnDef::new(ServiceContact::Role).string_len(200).not_null())
                    .col(
                        ColumnDef::new(ServiceContact::Phone)
                            .string_len(50)
                            .not_null()
                            .default(""),
                    )
                    .col(
                        ColumnDef::new(ServiceContact::Email)
                            .string_len(254)
                            .not_null()
                            .default(""),
                    )
                    .col(ColumnDef::new(ServiceContact::Languages).text().not_null().default(""))
                    .col(
                        ColumnDef::new(ServiceContact::Available247)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(ServiceContact::SortOrder)
                            .integer()
                            .not_null()
                            .default(0),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceContact::Table, ServiceContact::ServiceId)
                            .to(Service::Table, Service::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_service_contact_service")
                    .table(ServiceContact::Table)
                    .col(ServiceContact::ServiceId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(ServiceCapacity::Table)
                    .col(
                        ColumnDef::new(ServiceCapacity::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ServiceCapacity::ServiceId).integer().not_null())
                    .col(ColumnDef::new(ServiceCapacity::Unit).string_len(30).not_null())
                    .col(ColumnDef::new(ServiceCapacity::Maximum).integer().null())
                    .col(ColumnDef::new(ServiceCapacity::Funded).integer().null())
                    .col(ColumnDef::new(ServiceCapacity::Available).integer().null())
                    .col(ColumnDef::new(ServiceCapacity::Band).string_len(20).not_null())
                    .col(
                        ColumnDef::new(ServiceCapacity::TargetGroup)
                            .string_len(40)
                            .not_null()
                            .default(""),
                    )
                    .col(ColumnDef::new(ServiceCapacity::AsOf).date().not_null())
                    .col(ColumnDef::new(ServiceCapacity::ExpiresOn).date().not_null())
                    .col(ColumnDef::new(ServiceCapacity::UpdatedBy).integer().null())
                    .col(ColumnDef::new(ServiceCapacity::Version).integer().not_null().default(1))
                    .col(
                        ColumnDef::new(ServiceCapacity::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ServiceCapacity::Table, ServiceCapacity::ServiceId)
                            .to(Service::Table, Service::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_service_capacity_service")
                    .table(ServiceCapacity::Table)
                    .col(ServiceCapacity::ServiceId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in ["service_capacity", "service_contact", "service"] {
            manager
                .drop_table(Table::drop().table(Alias::new(t)).to_owned())
                .await?;
        }
        manager
            .exec_stmt(
                Query::delete()
                    .from_table(ServiceKind::Table)
                    .and_where(Expr::col(ServiceKind::Code).is_in(NEW_KINDS.map(|(c, _)| c)))
                    .to_owned(),
            )
            .await
    }
}
