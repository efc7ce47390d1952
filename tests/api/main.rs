//! Integration tests: each test starts the real server on port 0 with its own database
//! (a migrated SQLite temp file, or a fresh PostgreSQL database when TEST_DATABASE_URL is set).

mod accounts;
mod actions;
mod api;
mod authz;
mod browser;
mod calendar_import;
mod cli;
mod concurrency;
mod directory;
mod documents;
mod events;
mod faults;
mod figure_pages;
mod figures;
mod freshness;
mod helpers;
mod hostile;
mod hsds;
mod hsds_import;
mod invitations;
mod journeys;
mod languages;
mod legal;
mod legal_translations;
mod mail;
mod migrations;
mod minutes;
mod pages;
mod pathways;
mod s3server;
mod search;
mod smtp;
mod support;
mod unchanged;
mod versions;
