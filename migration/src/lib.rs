//! Schema migrations. Append-only: never edit a migration that has landed; add a new one.
//! Every migration has a working `down`, exercised by the test suite on SQLite and PostgreSQL.

pub use sea_orm_migration::prelude::*;

mod m20261123_000001_create_country;
mod m20261123_000002_create_organization;
mod m20261123_000003_create_person;
mod m20261123_000004_create_user;
mod m20261123_000005_create_outbox;
mod m20261123_000006_create_event;
mod m20261123_000007_create_action_item;
mod m20261123_000008_create_minutes;
mod m20261124_000009_create_legal_register;
mod m20261125_000010_create_documents;
mod m20261126_000011_search_rowids;
mod m20261126_000012_extract_office_text;
mod m20261127_000013_edit_versions;
mod m20261207_000014_user_person;
mod m20261207_000015_participant_quiet;
mod m20261207_000016_calendar_import;
mod m20261207_000017_participant_language;
mod m20261208_000018_topic_translations;
mod m20261209_000019_services;
mod m20261209_000020_referral_pathways;
mod m20261209_000021_service_figures;
mod m20261210_000020_service_contact_version;
mod m20261210_000024_service_follow;
mod m20261211_000025_service_gaps;
mod m20261211_000028_figure_totals;

pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261123_000001_create_country::Migration),
            Box::new(m20261123_000002_create_organization::Migration),
            Box::new(m20261123_000003_create_person::Migration),
            Box::new(m20261123_000004_create_user::Migration),
            Box::new(m20261123_000005_create_outbox::Migration),
            Box::new(m20261123_000006_create_event::Migration),
            Box::new(m20261123_000007_create_action_item::Migration),
            Box::new(m20261123_000008_create_minutes::Migration),
            Box::new(m20261124_000009_create_legal_register::Migration),
            Box::new(m20261125_000010_create_documents::Migration),
            Box::new(m20261126_000011_search_rowids::Migration),
            Box::new(m20261126_000012_extract_office_text::Migration),
            Box::new(m20261127_000013_edit_versions::Migration),
            Box::new(m20261207_000014_user_person::Migration),
            Box::new(m20261207_000015_participant_quiet::Migration),
            Box::new(m20261207_000016_calendar_import::Migration),
            Box::new(m20261207_000017_participant_language::Migration),
            Box::new(m20261208_000018_topic_translations::Migration),
            Box::new(m20261209_000019_services::Migration),
            Box::new(m20261210_000020_service_contact_version::Migration),
            Box::new(m20261209_000020_referral_pathways::Migration),
            Box::new(m20261209_000021_service_figures::Migration),
            Box::new(m20261210_000024_service_follow::Migration),
            Box::new(m20261211_000025_service_gaps::Migration),
            Box::new(m20261211_000028_figure_totals::Migration),
        ]
    }
}
