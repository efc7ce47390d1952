//! sea-orm entities, one file per table. Relations are resolved by explicit queries in
//! `roundtable::services`, so the entities stay plain rows.

pub mod action_item;
pub mod action_item_change;
pub mod action_item_supporter;
pub mod agenda_item;
pub mod agenda_revision;
pub mod api_token;
pub mod calendar_token;
pub mod country;
pub mod digest_entry;
pub mod document;
pub mod document_link;
pub mod document_version;
pub mod event;
pub mod event_import;
pub mod event_organizer;
pub mod legal_entry;
pub mod legal_follow;
pub mod legal_import;
pub mod legal_proposal;
pub mod legal_revision;
pub mod legal_topic;
pub mod login_attempt;
pub mod minutes;
pub mod minutes_comment;
pub mod minutes_revision;
pub mod notification_preference;
pub mod one_time_token;
pub mod organization;
pub mod organization_service;
pub mod outbox_message;
pub mod participant;
pub mod person;
pub mod service_kind;
pub mod session;
pub mod user;
