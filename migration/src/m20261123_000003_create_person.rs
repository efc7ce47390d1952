use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000003_create_person"
    }
}

#[derive(DeriveIden)]
enum Person {
    Table,
    Id,
    OrganizationId,
    Name,
    Title,
    Email,
    Phone,
    Languages,
    NetworkRole,
    Archived,
    CreatedAt,
    UpdatedAt,
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
                    .table(Person::Table)
                    .col(
                        ColumnDef::new(Person::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Person::OrganizationId).integer().not_null())
                    .col(ColumnDef::new(Person::Name).string_len(200).not_null())
                    .col(ColumnDef::new(Person::Title).string_len(200).null())
                    .col(ColumnDef::new(Person::Email).string_len(254).null())
                    .col(ColumnDef::new(Person::Phone).string_len(50).null())
                    .col(ColumnDef::new(Person::Languages).string_len(200).null())
                    .col(ColumnDef::new(Person::NetworkRole).string_len(40).not_null())
                    .col(ColumnDef::new(Person::Archived).boolean().not_null().default(false))
                    .col(ColumnDef::new(Person::CreatedAt).timestamp_with_time_zone().not_null())
                    .col(ColumnDef::new(Person::UpdatedAt).timestamp_with_time_zone().not_null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(Person::Table, Person::OrganizationId)
                            .to(Organization::Table, Organization::Id),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_person_organization")
                    .table(Person::Table)
                    .col(Person::OrganizationId)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table(Person::Table).to_owned()).await
    }
}
