//! The legal-disparity register: topics (seeded from `data/legal_topics.csv`), one entry per
//! topic and country, every revision of every entry, members' proposals, follows, pending CSV
//! imports; plus the columns other tables need for it (legal reviewers, Council of Europe
//! membership, action items linked to an entry).

use sea_orm_migration::prelude::*;

pub struct Migration;

impl MigrationName for Migration {
    fn name(&self) -> &str {
        "m20261124_000009_create_legal_register"
    }
}

const TOPICS_CSV: &str = include_str!("../data/legal_topics.csv");

#[derive(DeriveIden)]
enum LegalTopic {
    Table,
    Id,
    Code,
    Category,
    Title,
    Question,
    Cets197,
    Directive,
    Palermo,
    Parameter,
    Unit,
    Threshold,
    ThresholdKind,
    Position,
    Retired,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum LegalEntry {
    Table,
    Id,
    TopicId,
    CountryCode,
    Assessment,
    Summary,
    Citations,
    ParameterValue,
    EffectiveOn,
    SourceLinks,
    Differences,
    ReviewedOn,
    ReviewedBy,
    EvidenceKind,
    GretaRound,
    GretaParagraph,
    GretaText,
    GretaStatus,
    Example,
    Version,
    UpdatedAt,
    UpdatedBy,
}

#[derive(DeriveIden)]
enum LegalRevision {
    Table,
    Id,
    EntryId,
    TopicId,
    CountryCode,
    Version,
    Assessment,
    Data,
    Changes,
    Source,
    Note,
    ChangedBy,
    ChangedByName,
    ChangedAt,
}

#[derive(DeriveIden)]
enum LegalProposal {
    Table,
    Id,
    TopicId,
    CountryCode,
    Data,
    Comment,
    Status,
    ProposerId,
    BaseVersion,
    DecidedBy,
    DecisionComment,
    CreatedAt,
    DecidedAt,
}

#[derive(DeriveIden)]
enum LegalFollow {
    Table,
    UserId,
    Kind,
    Target,
}

#[derive(DeriveIden)]
enum LegalImport {
    Table,
    Id,
    UserId,
    Kind,
    Content,
    CreatedAt,
}

#[derive(DeriveIden)]
enum User {
    Table,
    LegalReviewer,
}

#[derive(DeriveIden)]
enum Country {
    Table,
    Code,
    CoeMember,
}

#[derive(DeriveIden)]
enum ActionItem {
    Table,
    LegalTopicId,
    LegalCountry,
}

fn id_col<T: IntoIden>(c: T) -> ColumnDef {
    ColumnDef::new(c)
        .integer()
        .not_null()
        .auto_increment()
        .primary_key()
        .to_owned()
}

/// One topic row of the catalogue, parsed from the CSV.
pub(crate) fn topics() -> Result<Vec<Vec<String>>, DbErr> {
    let mut rows = vec![];
    for (n, line) in parse_csv(TOPICS_CSV).into_iter().enumerate().skip(1) {
        if line.len() != 11 {
            return Err(DbErr::Migration(format!(
                "legal_topics.csv row {n}: {} fields",
                line.len()
            )));
        }
        rows.push(line);
    }
    Ok(rows)
}

/// A small RFC 4180 reader (quoted fields, doubled quotes), enough for the catalogue.
pub(crate) fn parse_csv(s: &str) -> Vec<Vec<String>> {
    let mut rows = vec![];
    let mut row = vec![];
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                field.push('"');
                chars.next();
            }
            (true, '"') => quoted = false,
            (true, c) => field.push(c),
            (false, '"') => quoted = true,
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                rows.push(std::mem::take(&mut row));
            }
            (false, c) => field.push(c),
        }
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push(row);
    }
    rows
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table(LegalTopic::Table)
                    .col(id_col(LegalTopic::Id))
                    .col(ColumnDef::new(LegalTopic::Code).string_len(20).not_null().unique_key())
                    .col(ColumnDef::new(LegalTopic::Category).string_len(120).not_null())
                    .col(ColumnDef::new(LegalTopic::Title).string_len(200).not_null())
                    .col(ColumnDef::new(LegalTopic::Question).text().not_null())
                    .col(ColumnDef::new(LegalTopic::Cets197).string_len(200).null())
                    .col(ColumnDef::new(LegalTopic::Directive).string_len(200).null())
                    .col(ColumnDef::new(LegalTopic::Palermo).string_len(200).null())
                    .col(ColumnDef::new(LegalTopic::Parameter).string_len(200).null())
                    .col(ColumnDef::new(LegalTopic::Unit).string_len(40).null())
                    .col(ColumnDef::new(LegalTopic::Threshold).double().null())
                    .col(ColumnDef::new(LegalTopic::ThresholdKind).string_len(10).null())
                    .col(ColumnDef::new(LegalTopic::Position).integer().not_null())
                    .col(ColumnDef::new(LegalTopic::Retired).boolean().not_null().default(false))
                    .col(
                        ColumnDef::new(LegalTopic::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LegalEntry::Table)
                    .col(id_col(LegalEntry::Id))
                    .col(ColumnDef::new(LegalEntry::TopicId).integer().not_null())
                    .col(ColumnDef::new(LegalEntry::CountryCode).string_len(2).not_null())
                    .col(ColumnDef::new(LegalEntry::Assessment).string_len(20).not_null())
                    .col(ColumnDef::new(LegalEntry::Summary).text().not_null())
                    .col(ColumnDef::new(LegalEntry::Citations).text().not_null())
                    .col(ColumnDef::new(LegalEntry::ParameterValue).double().null())
                    .col(ColumnDef::new(LegalEntry::EffectiveOn).date().null())
                    .col(ColumnDef::new(LegalEntry::SourceLinks).text().not_null())
                    .col(ColumnDef::new(LegalEntry::Differences).text().not_null())
                    .col(ColumnDef::new(LegalEntry::ReviewedOn).date().null())
                    .col(ColumnDef::new(LegalEntry::ReviewedBy).string_len(200).not_null())
                    .col(ColumnDef::new(LegalEntry::EvidenceKind).string_len(20).not_null())
                    .col(ColumnDef::new(LegalEntry::GretaRound).string_len(40).not_null())
                    .col(ColumnDef::new(LegalEntry::GretaParagraph).string_len(40).not_null())
                    .col(ColumnDef::new(LegalEntry::GretaText).text().not_null())
                    .col(ColumnDef::new(LegalEntry::GretaStatus).string_len(20).not_null())
                    .col(ColumnDef::new(LegalEntry::Example).boolean().not_null().default(false))
                    .col(ColumnDef::new(LegalEntry::Version).integer().not_null())
                    .col(
                        ColumnDef::new(LegalEntry::UpdatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(ColumnDef::new(LegalEntry::UpdatedBy).integer().null())
                    .foreign_key(
                        ForeignKey::create()
                            .from(LegalEntry::Table, LegalEntry::TopicId)
                            .to(LegalTopic::Table, LegalTopic::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_legal_entry_cell")
                    .table(LegalEntry::Table)
                    .col(LegalEntry::TopicId)
                    .col(LegalEntry::CountryCode)
                    .unique()
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_legal_entry_country")
                    .table(LegalEntry::Table)
                    .col(LegalEntry::CountryCode)
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LegalRevision::Table)
                    .col(id_col(LegalRevision::Id))
                    .col(ColumnDef::new(LegalRevision::EntryId).integer().not_null())
                    .col(ColumnDef::new(LegalRevision::TopicId).integer().not_null())
                    .col(ColumnDef::new(LegalRevision::CountryCode).string_len(2).not_null())
                    .col(ColumnDef::new(LegalRevision::Version).integer().not_null())
                    .col(ColumnDef::new(LegalRevision::Assessment).string_len(20).not_null())
                    .col(ColumnDef::new(LegalRevision::Data).text().not_null())
                    .col(ColumnDef::new(LegalRevision::Changes).text().not_null())
                    .col(ColumnDef::new(LegalRevision::Source).string_len(20).not_null())
                    .col(ColumnDef::new(LegalRevision::Note).text().null())
                    .col(ColumnDef::new(LegalRevision::ChangedBy).integer().null())
                    .col(ColumnDef::new(LegalRevision::ChangedByName).string_len(200).not_null())
                    .col(
                        ColumnDef::new(LegalRevision::ChangedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(LegalRevision::Table, LegalRevision::EntryId)
                            .to(LegalEntry::Table, LegalEntry::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        for (name, cols) in [
            (
                "idx_legal_revision_entry",
                vec![LegalRevision::EntryId, LegalRevision::Version],
            ),
            ("idx_legal_revision_time", vec![LegalRevision::ChangedAt]),
            (
                "idx_legal_revision_country",
                vec![LegalRevision::CountryCode, LegalRevision::ChangedAt],
            ),
        ] {
            let mut idx = Index::create().name(name).table(LegalRevision::Table).to_owned();
            for c in cols {
                idx.col(c);
            }
            manager.create_index(idx).await?;
        }
        manager
            .create_table(
                Table::create()
                    .table(LegalProposal::Table)
                    .col(id_col(LegalProposal::Id))
                    .col(ColumnDef::new(LegalProposal::TopicId).integer().not_null())
                    .col(ColumnDef::new(LegalProposal::CountryCode).string_len(2).not_null())
                    .col(ColumnDef::new(LegalProposal::Data).text().not_null())
                    .col(ColumnDef::new(LegalProposal::Comment).text().not_null())
                    .col(ColumnDef::new(LegalProposal::Status).string_len(20).not_null())
                    .col(ColumnDef::new(LegalProposal::ProposerId).integer().null())
                    .col(ColumnDef::new(LegalProposal::BaseVersion).integer().not_null())
                    .col(ColumnDef::new(LegalProposal::DecidedBy).integer().null())
                    .col(ColumnDef::new(LegalProposal::DecisionComment).text().null())
                    .col(
                        ColumnDef::new(LegalProposal::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .col(
                        ColumnDef::new(LegalProposal::DecidedAt)
                            .timestamp_with_time_zone()
                            .null(),
                    )
                    .foreign_key(
                        ForeignKey::create()
                            .from(LegalProposal::Table, LegalProposal::TopicId)
                            .to(LegalTopic::Table, LegalTopic::Id)
                            .on_delete(ForeignKeyAction::Cascade),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LegalFollow::Table)
                    .col(ColumnDef::new(LegalFollow::UserId).integer().not_null())
                    .col(ColumnDef::new(LegalFollow::Kind).string_len(10).not_null())
                    .col(ColumnDef::new(LegalFollow::Target).string_len(20).not_null())
                    .primary_key(
                        Index::create()
                            .col(LegalFollow::UserId)
                            .col(LegalFollow::Kind)
                            .col(LegalFollow::Target),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table(LegalImport::Table)
                    .col(id_col(LegalImport::Id))
                    .col(ColumnDef::new(LegalImport::UserId).integer().not_null())
                    .col(ColumnDef::new(LegalImport::Kind).string_len(10).not_null())
                    .col(ColumnDef::new(LegalImport::Content).text().not_null())
                    .col(
                        ColumnDef::new(LegalImport::CreatedAt)
                            .timestamp_with_time_zone()
                            .not_null(),
                    )
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(User::Table)
                    .add_column(ColumnDef::new(User::LegalReviewer).boolean().not_null().default(false))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(Country::Table)
                    .add_column(ColumnDef::new(Country::CoeMember).boolean().not_null().default(true))
                    .to_owned(),
            )
            .await?;
        // Kosovo* is not a member of the Council of Europe: no GRETA monitoring.
        manager
            .exec_stmt(
                Query::update()
                    .table(Country::Table)
                    .value(Country::CoeMember, false)
                    .and_where(Expr::col(Country::Code).eq("XK"))
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ActionItem::Table)
                    .add_column(ColumnDef::new(ActionItem::LegalTopicId).integer().null())
                    .to_owned(),
            )
            .await?;
        manager
            .alter_table(
                Table::alter()
                    .table(ActionItem::Table)
                    .add_column(ColumnDef::new(ActionItem::LegalCountry).string_len(2).null())
                    .to_owned(),
            )
            .await?;
        manager
            .create_index(
                Index::create()
                    .name("idx_action_item_legal")
                    .table(ActionItem::Table)
                    .col(ActionItem::LegalTopicId)
                    .col(ActionItem::LegalCountry)
                    .to_owned(),
            )
            .await?;

        let now = chrono::Utc::now();
        let mut insert = Query::insert()
            .into_table(LegalTopic::Table)
            .columns([
                LegalTopic::Code,
                LegalTopic::Category,
                LegalTopic::Title,
                LegalTopic::Question,
                LegalTopic::Cets197,
                LegalTopic::Directive,
                LegalTopic::Palermo,
                LegalTopic::Parameter,
                LegalTopic::Unit,
                LegalTopic::Threshold,
                LegalTopic::ThresholdKind,
                LegalTopic::Position,
                LegalTopic::UpdatedAt,
            ])
            .to_owned();
        for (i, r) in topics()?.into_iter().enumerate() {
            let opt = |s: &str| -> Option<String> { Some(s.trim().to_string()).filter(|s| !s.is_empty()) };
            let threshold: Option<f64> = opt(&r[9]).and_then(|v| v.parse().ok());
            insert.values_panic([
                r[0].trim().into(),
                r[1].trim().into(),
                r[2].trim().into(),
                r[3].trim().into(),
                opt(&r[4]).into(),
                opt(&r[5]).into(),
                opt(&r[6]).into(),
                opt(&r[7]).into(),
                opt(&r[8]).into(),
                threshold.into(),
                opt(&r[10]).into(),
                ((i as i32 + 1) * 10).into(),
                now.into(),
            ]);
        }
        manager.exec_stmt(insert).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .drop_index(
                Index::drop()
                    .name("idx_action_item_legal")
                    .table(ActionItem::Table)
                    .to_owned(),
            )
            .await?;
        for (t, c) in [
            (ActionItem::Table.into_iden(), ActionItem::LegalCountry.into_iden()),
            (ActionItem::Table.into_iden(), ActionItem::LegalTopicId.into_iden()),
            (Country::Table.into_iden(), Country::CoeMember.into_iden()),
            (User::Table.into_iden(), User::LegalReviewer.into_iden()),
        ] {
            manager
                .alter_table(Table::alter().table(t).drop_column(c).to_owned())
                .await?;
        }
        for t in [
            LegalImport::Table.into_iden(),
            LegalFollow::Table.into_iden(),
            LegalProposal::Table.into_iden(),
            LegalRevision::Table.into_iden(),
            LegalEntry::Table.into_iden(),
            LegalTopic::Table.into_iden(),
        ] {
            manager.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_catalogue_parses_into_34_topics_of_11_fields() {
        let rows = super::topics().unwrap();
        assert_eq!(rows.len(), 34);
        assert_eq!(rows[0][0], "DEF-01");
        assert!(rows.iter().any(|r| r[10] == "min" && r[9] == "30"));
    }
}
