//! Countries (reference data). The six countries of the network are seeded here;
//! the secretariat may add partner countries later.

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000001_create_country"
    }
}

pub const KOSOVO_FOOTNOTE: &str = "This designation is without prejudice to positions on status, and is in line with UNSCR 1244/1999 and the ICJ Opinion on the Kosovo declaration of independence.";

const SEED: [(&str, &str, i32); 6] = [
    ("AL", "Albania", 1),
    ("BA", "Bosnia and Herzegovina", 2),
    ("XK", "Kosovo", 3),
    ("ME", "Montenegro", 4),
    ("MK", "North Macedonia", 5),
    ("RS", "Serbia", 6),
];

#[derive(DeriveIden)]
enum Country {
    Table,
    Code,
    Name,
    Footnote,
    InRegion,
    SortOrder,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(Country::Table)
                    .col(ColumnDef::new(Country::Code).string_len(2).not_null().primary_key())
                    .col(ColumnDef::new(Country::Name).string_len(100).not_null())
                    .col(ColumnDef::new(Country::Footnote).text().null())
                    .col(ColumnDef::new(Country::InRegion).boolean().not_null().default(false))
                    .col(ColumnDef::new(Country::SortOrder).integer().not_null().default(100))
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert()
            .into_table(Country::Table)
            .columns([
                Country::Code,
                Country::Name,
                Country::Footnote,
                Country::InRegion,
                Country::SortOrder,
            ])
            .to_owned();
        for (code, name, order) in SEED {
            let footnote: Option<&str> = (code == "XK").then_some(KOSOVO_FOOTNOTE);
            insert.values_panic([code.into(), name.into(), footnote.into(), true.into(), order.into()]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Country::Table).to_owned()).await
    }
}
