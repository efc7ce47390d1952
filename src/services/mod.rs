//! The domain: rules, queries and transactions. No actix types here. Functions take
//! `&impl ConnectionTrait` so a caller's transaction passes through.

pub mod accounts;
pub mod action_notices;
pub mod actions;
pub mod agenda;
pub mod countries;
pub mod coverage;
pub mod directory;
pub mod documents;
pub mod events;
pub mod feeds;
pub mod figures;
pub mod freshness;
pub mod hsds;
pub mod legal;
pub mod minutes;
pub mod paging;
pub mod participants;
pub mod pathways;
pub mod search;
pub mod support;
pub mod validate;
pub mod versions;
