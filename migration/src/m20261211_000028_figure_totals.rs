//! The figures' country totals: every reported count summed by month, the reporting
//! organization's country, service kind, measure, destination and category. Kept in step by
//! each sheet's save (in its transaction), so a quarterly report sums a few thousand totals
//! instead of every organization's counts (BENCHMARKS.md, "Figures").

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum FigureTotal {
    Table,
    Month,
    CountryCode,
    ServiceCode,
    Measure,
    Destination,
    Category,
    Total,
}

/// Fills the totals from the counts already stored (the same statement on both databases).
const BACKFILL: &str = "INSERT INTO figure_total \
    (month, country_code, service_code, measure, destination, category, total) \
    SELECT r.month, o.country_code, r.service_code, c.measure, c.country_code, c.category, SUM(c.count) \
    FROM figure_count c JOIN figure_report r ON c.report_id = r.id \
    JOIN organization o ON r.organization_id = o.id \
    GROUP BY r.month, o.country_code, r.service_code, c.measure, c.country_code, c.category";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(FigureTotal::Table)
                    .col(ColumnDef::new(FigureTotal::Month).string_len(7).not_null())
                    .col(ColumnDef::new(FigureTotal::CountryCode).string_len(2).not_null())
                    .col(ColumnDef::new(FigureTotal::ServiceCode).string_len(50).not_null())
                    .col(ColumnDef::new(FigureTotal::Measure).string_len(40).not_null())
                    .col(ColumnDef::new(FigureTotal::Destination).string_len(2).not_null())
                    .col(ColumnDef::new(FigureTotal::Category).string_len(40).not_null())
                    .col(ColumnDef::new(FigureTotal::Total).integer().not_null())
                    .primary_key(
                        Index::create()
                            .col(FigureTotal::Month)
                            .col(FigureTotal::CountryCode)
                            .col(FigureTotal::ServiceCode)
                            .col(FigureTotal::Measure)
                            .col(FigureTotal::Destination)
                            .col(FigureTotal::Category),
                    )
                    .to_owned(),
            )
            .await?;
        manager.get_connection().execute_unprepared(BACKFILL).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(FigureTotal::Table).to_owned())
            .await
    }
}
