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
mod freshness;
mod helpers;
mod hostile;
mod invitations;
mod journeys;
mod languages;
mod legal;
mod legal_translations;
mod mail;
mod migrations;
mod minutes;
mod pages;
mod s3server;
mod search;
mod smtp;
mod unchanged;
mod versions;
