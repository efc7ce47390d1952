//! Referral pathways (issue 18): how a person is referred from one country to another for one
//! kind of service.
//!
//! - `referral_pathway`: from and to country, the kind of service, the receiving service and its
//!   contact point (both optional: a draft may name only the country and the kind), the consent
//!   rule (and the rule for children), which categories of information may travel (codes only,
//!   never the information itself), escort and who bears its cost, the agreement or SOP (a
//!   practice document), status (draft, agreed, suspended) and the day it was last used.
//! - `pathway_step`: the steps in order: who does what, and the longest it may take in days.
//! - `pathway_barrier`: known legal barriers, links to legal-register entries (topic and
//!   country), as action items link them.
//!
//! Nothing here is about a person referred.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum ServiceKind {
    Table,
    Code,
}

#[derive(DeriveIden)]
enum Service {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ServiceContact {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Document {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum LegalTopic {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum ReferralPathway {
    Table,
    Id,
    FromCountry,
    ToCountry,
    ServiceKind,
    ReceivingServiceId,
    ReceivingContactId,
    ConsentRule,
    ChildConsentRule,
    /// Comma-separated information category codes.
    Information,
    Escort,
    EscortCost,
    DocumentId,
    /// draft, agreed, suspended.
    Status,
    LastUsedOn,
    Version,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum PathwayStep {
    Table,
    Id,
    PathwayId,
    Position,
    Actor,
    Action,
    MaxDays,
}

#[derive(DeriveIden)]
enum PathwayBarrier {
    Table,
    Id,
    PathwayId,
    LegalTopicId,
    LegalCountry,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let text = |c: ReferralPathway| ColumnDef::new(c).text().not_null().default("").to_owned();
        manager
            .create_table(
                Table::create()
                    .table(ReferralPathway::Table)
                    .col(
                        ColumnDef::new(ReferralPathway::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ReferralPathway::FromCountry).string_len(2).not_null())
                    .col(ColumnDef::new(ReferralPathway::ToCountry).string_len(2).not_null())
                    .col(ColumnDef::new(ReferralPathway::ServiceKind).string_len(40).not_null())
                    .col(ColumnDef::new(ReferralPathway::ReceivingServiceId).integer().null())
                    .col(ColumnDef::new(ReferralPathway::ReceivingContactId).integer().null())
                    .col(text(ReferralPathway::ConsentRule))
                    .col(text(ReferralPathway::ChildConsentRule))
                    .col(text(ReferralPathway::Information))
                    .col(text(ReferralPathway::Escort))
                    .col(text(ReferralPathway::EscortCost))
                    .col(ColumnDef::new(ReferralPathway::DocumentId).integer().null())
                    .col(
                        ColumnDef::new(ReferralPathway::Status)
                            .string_len(20)
                            .not_null()
                            .default("draft"),
                    )
                    .col(ColumnDef::new(ReferralPathway::LastUsedOn).date().null())
                    .col(ColumnDef::new(ReferralPathway::Version).integer().not_null().default(1))
                    .col(
                        ColumnDef::new(ReferralPathway::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(ReferralPathway::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReferralPathway::Table, ReferralPathway::ServiceKind)
                            .to(ServiceKind::Table, ServiceKind::Code),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReferralPathway::Table, ReferralPathway::ReceivingServiceId)
                            .to(Service::Table, Service::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReferralPathway::Table, ReferralPathway::ReceivingContactId)
                            .to(ServiceContact::Table, ServiceContact::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(ReferralPathway::Table, ReferralPathway::DocumentId)
                            .to(Document::Table, Document::Id)
                            .on_delete(ForeignKeyAction::SetNull),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_referral_pathway_countries")
                    .table(ReferralPathway::Table)
                    .col(ReferralPathway::FromCountry)
                    .col(ReferralPathway::ToCountry)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PathwayStep::Table)
                    .col(
                        ColumnDef::new(PathwayStep::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(PathwayStep::PathwayId).integer().not_null())
                    .col(ColumnDef::new(PathwayStep::Position).integer().not_null())
                    .col(ColumnDef::new(PathwayStep::Actor).string_len(200).not_null())
                    .col(ColumnDef::new(PathwayStep::Action).text().not_null())
                    .col(ColumnDef::new(PathwayStep::MaxDays).integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayStep::Table, PathwayStep::PathwayId)
                            .to(ReferralPathway::Table, ReferralPathway::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_pathway_step_pathway")
                    .table(PathwayStep::Table)
                    .col(PathwayStep::PathwayId)
                    .to_owned(),
            )
            .await?;

        manager
            .create_table(
                Table::create()
                    .table(PathwayBarrier::Table)
                    .col(
                        ColumnDef::new(PathwayBarrier::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(PathwayBarrier::PathwayId).integer().not_null())
                    .col(ColumnDef::new(PathwayBarrier::LegalTopicId).integer().not_null())
                    .col(ColumnDef::new(PathwayBarrier::LegalCountry).string_len(2).not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayBarrier::Table, PathwayBarrier::PathwayId)
                            .to(ReferralPathway::Table, ReferralPathway::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(PathwayBarrier::Table, PathwayBarrier::LegalTopicId)
                            .to(LegalTopic::Table, LegalTopic::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_pathway_barrier_pathway")
                    .table(PathwayBarrier::Table)
                    .col(PathwayBarrier::PathwayId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for t in ["pathway_barrier", "pathway_step", "referral_pathway"] {
            manager
                .drop_table(Table::drop().table(Alias::new(t)).to_owned())
                .await?;
        }
        Ok(())
    }
}
