//! Monthly figures per organization and service kind (issue 18): counts only, never a person.
//!
//! - `figure_report`: one organization's month for one service kind (`organization_id`, `month`
//!   as `YYYY-MM`, `service_code`), unique; the breakdown it uses for people assisted (`none`,
//!   `sex`, `age` or `origin`), the `version` edits are based on, and `example` (fictional
//!   demo figures).
//! - `figure_count`: the report's non-zero counts, one row a (`measure`, destination
//!   `country_code` or "", breakdown `category` or ""), unique within the report.
//! - `figure_revision`: every save (who, when, the version it made, and whether the month was
//!   already closed: a correction), with the counts it saved as JSON numbers.

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
}

#[derive(DeriveIden)]
enum FigureReport {
    Table,
    Id,
    OrganizationId,
    Month,
    ServiceCode,
    Breakdown,
    Version,
    Example,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum FigureCount {
    Table,
    Id,
    ReportId,
    Measure,
    CountryCode,
    Category,
    Count,
}

#[derive(DeriveIden)]
enum FigureRevision {
    Table,
    Id,
    ReportId,
    Version,
    Correction,
    Counts,
    ChangedBy,
    ChangedByName,
    ChangedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FigureReport::Table)
                    .col(
                        ColumnDef::new(FigureReport::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(FigureReport::OrganizationId).integer().not_null())
                    .col(ColumnDef::new(FigureReport::Month).string_len(7).not_null())
                    .col(ColumnDef::new(FigureReport::ServiceCode).string_len(50).not_null())
                    .col(ColumnDef::new(FigureReport::Breakdown).string_len(20).not_null())
                    .col(ColumnDef::new(FigureReport::Version).integer().not_null().default(1))
                    .col(
                        ColumnDef::new(FigureReport::Example)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(FigureReport::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(FigureReport::Table, FigureReport::OrganizationId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(FigureReport::Table, FigureReport::ServiceCode)
                            .to(ServiceKind::Table, ServiceKind::Code),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_figure_report_key")
                    .table(FigureReport::Table)
                    .col(FigureReport::OrganizationId)
                    .col(FigureReport::Month)
                    .col(FigureReport::ServiceCode)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_figure_report_month")
                    .table(FigureReport::Table)
                    .col(FigureReport::Month)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FigureCount::Table)
                    .col(
                        ColumnDef::new(FigureCount::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(FigureCount::ReportId).integer().not_null())
                    .col(ColumnDef::new(FigureCount::Measure).string_len(40).not_null())
                    .col(
                        ColumnDef::new(FigureCount::CountryCode)
                            .string_len(2)
                            .not_null()
                            .default(""),
                    )
                    .col(
                        ColumnDef::new(FigureCount::Category)
                            .string_len(20)
                            .not_null()
                            .default(""),
                    )
                    .col(ColumnDef::new(FigureCount::Count).integer().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(FigureCount::Table, FigureCount::ReportId)
                            .to(FigureReport::Table, FigureReport::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_figure_count_key")
                    .table(FigureCount::Table)
                    .col(FigureCount::ReportId)
                    .col(FigureCount::Measure)
                    .col(FigureCount::CountryCode)
                    .col(FigureCount::Category)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(FigureRevision::Table)
                    .col(
                        ColumnDef::new(FigureRevision::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(FigureRevision::ReportId).integer().not_null())
                    .col(ColumnDef::new(FigureRevision::Version).integer().not_null())
                    .col(ColumnDef::new(FigureRevision::Correction).boolean().not_null())
                    .col(ColumnDef::new(FigureRevision::Counts).text().not_null())
                    .col(ColumnDef::new(FigureRevision::ChangedBy).integer().null())
                    .col(ColumnDef::new(FigureRevision::ChangedByName).string_len(200).not_null())
                    .col(
                        ColumnDef::new(FigureRevision::ChangedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(FigureRevision::Table, FigureRevision::ReportId)
                            .to(FigureReport::Table, FigureReport::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_figure_revision_report")
                    .table(FigureRevision::Table)
                    .col(FigureRevision::ReportId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(FigureRevision::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(FigureCount::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(FigureReport::Table).to_owned())
            .await
    }
}
