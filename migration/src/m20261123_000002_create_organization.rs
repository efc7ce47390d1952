use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261123_000002_create_organization"
    }
}

/// The services catalogue; labels live in the message catalogue (`service-<code>`).
const SERVICES: [&str; 11] = [
    "shelter",
    "medical_screening",
    "psychosocial_support",
    "legal_aid",
    "social_services",
    "return_transport",
    "reintegration_assistance",
    "vocational_training",
    "hotline",
    "identification_outreach",
    "other",
];

#[derive(DeriveIden)]
enum ServiceKind {
    Table,
    Code,
    SortOrder,
}

#[derive(DeriveIden)]
enum Organization {
    Table,
    Id,
    Name,
    Acronym,
    CountryCode,
    Kind,
    MembershipStatus,
    JoinedOn,
    Website,
    Email,
    Phone,
    Address,
    Description,
    Archived,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum OrganizationService {
    Table,
    OrganizationId,
    ServiceCode,
    CapacityNote,
}

#[derive(DeriveIden)]
enum Country {
    Table,
    Code,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(ServiceKind::Table)
                    .col(
                        ColumnDef::new(ServiceKind::Code)
                            .string_len(40)
                            .not_null()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(ServiceKind::SortOrder).integer().not_null())
                    .to_owned(),
            )
            .await?;
        let mut insert = Query::insert()
            .into_table(ServiceKind::Table)
            .columns([ServiceKind::Code, ServiceKind::SortOrder])
            .to_owned();
        for (i, code) in SERVICES.iter().enumerate() {
            insert.values_panic([(*code).into(), (i as i32 + 1).into()]);
        }
        manager.exec_stmt(insert).await?;

        manager
            .create_table(
                Table::create()
                    .table(Organization::Table)
                    .col(
                        ColumnDef::new(Organization::Id)
                            .integer()
                            .not_null()
                            .auto_increment()
                            .primary_key(),
                    )
                    .col(ColumnDef::new(Organization::Name).string_len(200).not_null())
                    .col(ColumnDef::new(Organization::Acronym).string_len(30).null())
                    .col(ColumnDef::new(Organization::CountryCode).string_len(2).not_null())
                    .col(ColumnDef::new(Organization::Kind).string_len(40).not_null())
                    .col(ColumnDef::new(Organization::MembershipStatus).string_len(20).not_null())
                    .col(ColumnDef::new(Organization::JoinedOn).date().null())
                    .col(ColumnDef::new(Organization::Website).string_len(300).null())
                    .col(ColumnDef::new(Organization::Email).string_len(254).null())
                    .col(ColumnDef::new(Organization::Phone).string_len(50).null())
                    .col(ColumnDef::new(Organization::Address).string_len(500).null())
                    .col(ColumnDef::new(Organization::Description).text().null())
                    .col(
                        ColumnDef::new(Organization::Archived)
                            .boolean()
                            .not_null()
                            .default(false),
                    )
                    .col(
                        ColumnDef::new(Organization::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(Organization::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(Organization::Table, Organization::CountryCode)
                            .to(Country::Table, Country::Code),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organization_country")
                    .table(Organization::Table)
                    .col(Organization::CountryCode)
                    .col(Organization::Name)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(OrganizationService::Table)
                    .col(ColumnDef::new(OrganizationService::OrganizationId).integer().not_null())
                    .col(
                        ColumnDef::new(OrganizationService::ServiceCode)
                            .string_len(40)
                            .not_null(),
                    )
                    .col(ColumnDef::new(OrganizationService::CapacityNote).string_len(300).null())
                    .primary_key(
                        Index::create()
                            .col(OrganizationService::OrganizationId)
                            .col(OrganizationService::ServiceCode),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganizationService::Table, OrganizationService::OrganizationId)
                            .to(Organization::Table, Organization::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(OrganizationService::Table, OrganizationService::ServiceCode)
                            .to(ServiceKind::Table, ServiceKind::Code),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_organization_service_code")
                    .table(OrganizationService::Table)
                    .col(OrganizationService::ServiceCode)
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_table(Table::drop().table(OrganizationService::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(Organization::Table).to_owned())
            .await?;
        manager
            .drop_table(Table::drop().table(ServiceKind::Table).to_owned())
            .await
    }
}
