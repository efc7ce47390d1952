//! View models for the landing page and the dashboard.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use crate::i18n::label;
use crate::mail::outbox::Health;
use crate::services::countries;
use crate::services::legal::{RevisionView, topic_name};
use crate::views::documents::DocumentRow;
use entity::{action_item, country, event, legal_topic};

/// The landing page for visitors reads no data.
#[derive(Serialize)]
pub struct Landing {}

#[derive(Serialize)]
pub struct Dashboard {
    /// The next events the user may see (no drafts), for every role.
    pub upcoming: Vec<crate::views::events::EventSummary>,
    pub by_country: Vec<CountryCount>,
    pub my_items: Vec<ItemRow>,
    pub invitations: Vec<Invitation>,
    pub secretariat: Option<SecretariatPanel>,
    pub register: Option<RegisterPanel>,
    pub recent_documents: Vec<DocumentRow>,
    /// For the secretariat: services not confirmed lately and funding that ends soon.
    pub service_checks: Option<crate::views::freshness::Panel>,
    /// Figures for the roundtable: a member's sheets and services to confirm, or the network's
    /// quarter (secretariat, observers).
    pub figures: Option<crate::views::figure_panels::DashboardFigures>,
}

/// Members of the directory in one country of the region.
#[derive(Serialize)]
pub struct CountryCount {
    pub code: String,
    pub name: String,
    pub count: u64,
}

pub fn country_count(c: &country::Model, count: u64) -> CountryCount {
    CountryCount {
        code: c.code.clone(),
        name: countries::display_name(c),
        count,
    }
}

/// An open action item of the user's organization.
#[derive(Serialize)]
pub struct ItemRow {
    pub id: i32,
    pub title: String,
    pub due_on: Option<String>,
    pub overdue: bool,
    pub status: String,
}

pub fn item_row(lang: &str, today: NaiveDate, i: &action_item::Model) -> ItemRow {
    ItemRow {
        id: i.id,
        title: i.title.clone(),
        due_on: i.due_on.map(|d| d.to_string()),
        overdue: i.due_on.is_some_and(|d| d < today),
        status: label(lang, "action-status", &i.status),
    }
}

/// An event the user is invited to and has not answered yet.
#[derive(Serialize)]
pub struct Invitation {
    pub title: String,
    pub id: i32,
    pub rsvp: String,
}

pub fn invitation(e: &event::Model, rsvp: String) -> Invitation {
    Invitation {
        title: e.title.clone(),
        id: e.id,
        rsvp,
    }
}

/// Register changes in the country of the user's organization.
#[derive(Serialize)]
pub struct RegisterPanel {
    pub total: u64,
    pub country: String,
    pub url: String,
    pub rows: Vec<RegisterRow>,
}

#[derive(Serialize)]
pub struct RegisterRow {
    pub title: Option<String>,
    pub url: String,
    pub assessment: String,
    pub when: String,
}

/// The panel for `country_code` (named `country`): the first five of `changes` and the total.
pub fn register_panel(
    lang: &str,
    since: NaiveDate,
    country_code: &str,
    country: String,
    changes: &[RevisionView],
    total: u64,
    topics: &HashMap<i32, legal_topic::Model>,
) -> RegisterPanel {
    RegisterPanel {
        total,
        country,
        url: format!("/legal/changes?since={since}&country={country_code}"),
        rows: changes
            .iter()
            .take(5)
            .map(|r| {
                let t = topics.get(&r.topic_id);
                RegisterRow {
                    title: t.map(|t| topic_name(t, lang)),
                    url: format!(
                        "/legal/entries/{}/{}",
                        t.map(|t| t.code.as_str()).unwrap_or(""),
                        r.country_code
                    ),
                    assessment: label(lang, "legal-assessment", &r.assessment),
                    when: r.changed_at.date_naive().to_string(),
                }
            })
            .collect(),
    }
}

/// What the secretariat watches: upcoming events, overdue action items, mail.
#[derive(Serialize)]
pub struct SecretariatPanel {
    pub overdue_total: usize,
    pub overdue_by_org: Vec<NameCount>,
    pub overdue_by_country: Vec<NameCount>,
    pub without_person: u64,
    pub mail: Health,
}

#[derive(Serialize)]
pub struct NameCount {
    pub name: String,
    pub count: usize,
}

/// The panel from the upcoming events, the overdue items (counted by owner organization, named
/// from `orgs`, and by country), the items without an owner person and the mail queue's health.
pub fn secretariat_panel(
    overdue: &[action_item::Model],
    orgs: &HashMap<i32, String>,
    countries_list: &[country::Model],
    without_person: u64,
    mail: Health,
) -> SecretariatPanel {
    let mut by_org: BTreeMap<String, usize> = Default::default();
    let mut by_cty: BTreeMap<String, usize> = Default::default();
    for i in overdue {
        *by_org
            .entry(orgs.get(&i.owner_org_id).cloned().unwrap_or_default())
            .or_default() += 1;
        for c in i
            .countries
            .as_deref()
            .unwrap_or("")
            .split(',')
            .filter(|c| !c.is_empty())
        {
            *by_cty.entry(countries::name_in(countries_list, c)).or_default() += 1;
        }
    }
    let counts = |m: BTreeMap<String, usize>| {
        m.into_iter()
            .map(|(name, count)| NameCount { name, count })
            .collect::<Vec<_>>()
    };
    SecretariatPanel {
        overdue_total: overdue.len(),
        overdue_by_org: counts(by_org),
        overdue_by_country: counts(by_cty),
        without_person,
        mail,
    }
}
