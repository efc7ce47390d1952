//! Proposals: the list and one proposal.

use std::collections::HashMap;

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::i18n::t;
use crate::services::countries;
use crate::services::legal::topic_name;
use crate::views::Pager;
use entity::{country, legal_proposal, legal_topic};

use super::{Base, ChangeView, CountryView, TopicView};

#[derive(Serialize)]
pub struct ProposalsPage<'a> {
    #[serde(flatten)]
    pub base: Base,
    pub rows: Vec<ProposalRow>,
    pub status: &'a str,
    pub reviewer: bool,
    pub tabs: Vec<StatusTab>,
    pub pager: Pager,
}

#[derive(Serialize)]
pub struct ProposalRow {
    pub id: i32,
    pub topic: Option<String>,
    pub country: String,
    pub comment: String,
    pub when: DateTime<Utc>,
    pub status: String,
}

pub fn proposal_rows(
    lang: &str,
    list: Vec<legal_proposal::Model>,
    topics: &HashMap<i32, legal_topic::Model>,
    countries_list: &[country::Model],
) -> Vec<ProposalRow> {
    list.into_iter()
        .map(|p| ProposalRow {
            id: p.id,
            topic: topics.get(&p.topic_id).map(|t| topic_name(t, lang)),
            country: countries::name_in(countries_list, &p.country_code),
            comment: p.comment,
            when: p.created_at,
            status: t(lang, &format!("legal-proposal-{}", p.status)),
        })
        .collect()
}

/// A status to list proposals by.
#[derive(Serialize)]
pub struct StatusTab {
    pub code: &'static str,
    pub label: String,
    pub current: bool,
}

pub fn status_tabs(lang: &str, status: &str) -> Vec<StatusTab> {
    ["pending", "accepted", "rejected"]
        .into_iter()
        .map(|s| StatusTab {
            code: s,
            label: t(lang, &format!("legal-proposal-{s}")),
            current: s == status,
        })
        .collect()
}

#[derive(Serialize)]
pub struct ProposalPage {
    #[serde(flatten)]
    pub base: Base,
    pub id: i32,
    pub topic: TopicView,
    pub country: CountryView,
    pub comment: String,
    pub proposer: Option<String>,
    pub when: DateTime<Utc>,
    pub changes: Vec<ChangeView>,
    pub pending: bool,
    pub status: String,
    pub decision_comment: Option<String>,
    pub can_decide: bool,
    /// The entry changed since the proposal was made (while it is pending).
    pub stale: bool,
}
