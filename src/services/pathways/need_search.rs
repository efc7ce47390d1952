//! Finding help across borders: the services that fit one person's situation (country, kind,
//! age, sex or gender, language, presumed or identified), with their capacity, freshness,
//! contact point and the pathway from the searcher's country.
//!
//! NOTHING about the person searched for is kept: the search is a GET whose answer is computed
//! and forgotten. No table, no history, and the request log names the path only, never the
//! query string (see `telemetry`).

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde::{Deserialize, Serialize};

use crate::error::AppError;
use crate::services::paging;
use entity::{organization, referral_pathway, service, service_capacity, service_contact};

use super::codes;

/// Results a page shows at once.
pub const PER_PAGE: u64 = 20;

/// The situation searched for, as the GET form sends it. Blank means "any".
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::IntoParams)]
#[serde(default)]
pub struct NeedQuery {
    /// ISO code of the country where help is needed.
    pub country: String,
    /// A service kind code.
    pub kind: String,
    /// Age in years.
    pub age: String,
    /// female, male or other.
    pub gender: String,
    /// ISO 639-1 code of the language the person speaks.
    pub language: String,
    /// `presumed` (a presumed victim) or `formal` (formally identified).
    pub identification: String,
    /// Help needed from this date (YYYY-MM-DD; blank: today).
    pub needed_from: String,
    /// ISO code of the country referring (blank: the searcher's organization's country).
    pub from: String,
    #[serde(deserialize_with = "paging::deserialize")]
    pub page: Option<u64>,
}

/// The situation, checked: unreadable values are left out of the match (and said so).
#[derive(Debug, Clone, Default)]
pub struct Need {
    pub country: String,
    pub kind: Option<String>,
    pub age: Option<i32>,
    pub gender: Option<String>,
    pub language: Option<String>,
    /// Only a presumed victim: services that need formal identification do not fit.
    pub presumed_only: bool,
    pub needed_from: NaiveDate,
    pub from: Option<String>,
}

impl NeedQuery {
    /// Whether the form was sent (a country is the one thing a search needs).
    pub fn is_search(&self) -> bool {
        !self.country.trim().is_empty()
    }

    pub fn need(&self, today: NaiveDate, own_country: Option<String>) -> Need {
        let some = |s: &str| Some(s.trim().to_string()).filter(|s| !s.is_empty());
        Need {
            country: self.country.trim().to_uppercase(),
            kind: some(&self.kind),
            age: self.age.trim().parse::<i32>().ok().filter(|a| (0..=120).contains(a)),
            gender: some(&self.gender).filter(|g| ["female", "male", "other"].contains(&g.as_str())),
            language: some(&self.language).map(|l| l.to_lowercase()),
            presumed_only: self.identification.trim() == "presumed",
            needed_from: NaiveDate::parse_from_str(self.needed_from.trim(), "%Y-%m-%d").unwrap_or(today),
            from: some(&self.from).map(|c| c.to_uppercase()).or(own_country),
        }
    }

    /// The query string of page links (the same search, another page).
    pub fn query_string(&self) -> String {
        paging::query_string(&[
            ("country", &self.country),
            ("kind", &self.kind),
            ("age", &self.age),
            ("gender", &self.gender),
            ("language", &self.language),
            ("identification", &self.identification),
            ("needed_from", &self.needed_from),
            ("from", &self.from),
        ])
    }
}

/// A service that fits.
#[derive(Debug, Clone)]
pub struct Hit {
    pub service: service::Model,
    pub organization: Option<organization::Model>,
    /// The staff speak the language (else interpretation can be arranged).
    pub speaks_language: bool,
    pub capacity: Vec<service_capacity::Model>,
    /// The first contact point.
    pub contact: Option<service_contact::Model>,
    /// The pathway from the searcher's country for this kind, if any (agreed first).
    pub pathway: Option<referral_pathway::Model>,
    /// The funding ends before help is needed.
    pub funding_ends_before: bool,
}

/// Whether service `s` serves the person (status, country, kind, age, sex or gender, target
/// groups, identification, language or interpretation).
pub fn fits(s: &service::Model, n: &Need) -> bool {
    if s.status != "active" || !codes(&s.countries).contains(&n.country) {
        return false;
    }
    if n.kind.as_ref().is_some_and(|k| *k != s.kind) {
        return false;
    }
    if let Some(age) = n.age
        && (s.age_min.is_some_and(|m| age < m) || s.age_max.is_some_and(|m| age > m))
    {
        return false;
    }
    let genders = codes(&s.genders);
    if let Some(g) = &n.gender
        && !genders.is_empty()
        && !genders.contains(g)
    {
        return false;
    }
    let groups = codes(&s.target_groups);
    let group_fits = |g: &str| match g {
        "children" => n.age.is_none_or(|a| a < 18),
        "adults" => n.age.is_none_or(|a| a >= 18),
        "women" => n.gender.as_deref().is_none_or(|g| g == "female"),
        "men" => n.gender.as_deref().is_none_or(|g| g == "male"),
        // Families, returnees, third-country nationals: the situation does not say; shown.
        _ => true,
    };
    if !groups.is_empty() && !groups.iter().any(|g| group_fits(g)) {
        return false;
    }
    if n.presumed_only && s.identification == "formal" {
        return false;
    }
    if let Some(l) = &n.language
        && !s.interpretation
        && !codes(&s.languages).contains(l)
    {
        return false;
    }
    true
}

/// One page of the services that fit `n`, the number that fit and the page number. A handful
/// of queries whatever the number of services: the candidates of the country, then the page's
/// organizations, capacity figures, contact points and pathways.
pub async fn search(db: &impl ConnectionTrait, n: &Need, page: Option<u64>) -> Result<(Vec<Hit>, u64, u64), AppError> {
    let page = paging::number(page);
    let mut q = service::Entity::find()
        .filter(service::Column::Status.eq("active"))
        .filter(service::Column::Countries.contains(n.country.as_str()));
    if let Some(k) = &n.kind {
        q = q.filter(service::Column::Kind.eq(k.as_str()));
    }
    let candidates = q
        .order_by_asc(service::Column::Kind)
        .order_by_asc(service::Column::Name)
        .order_by_asc(service::Column::Id)
        .all(db)
        .await?;
    let fitting: Vec<service::Model> = candidates.into_iter().filter(|s| fits(s, n)).collect();
    let total = fitting.len() as u64;
    let shown: Vec<service::Model> = fitting
        .into_iter()
        .skip(paging::offset(page, PER_PAGE) as usize)
        .take(PER_PAGE as usize)
        .collect();
    if shown.is_empty() {
        return Ok((vec![], total, page));
    }
    let ids: Vec<i32> = shown.iter().map(|s| s.id).collect();
    let org_ids: Vec<i32> = shown.iter().map(|s| s.organization_id).collect();
    let orgs: HashMap<i32, organization::Model> = organization::Entity::find()
        .filter(organization::Column::Id.is_in(org_ids))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o))
        .collect();
    let mut capacity: HashMap<i32, Vec<service_capacity::Model>> = HashMap::new();
    for c in service_capacity::Entity::find()
        .filter(service_capacity::Column::ServiceId.is_in(ids.clone()))
        .order_by_asc(service_capacity::Column::Id)
        .all(db)
        .await?
    {
        capacity.entry(c.service_id).or_default().push(c);
    }
    let mut contacts: HashMap<i32, service_contact::Model> = HashMap::new();
    for c in service_contact::Entity::find()
        .filter(service_contact::Column::ServiceId.is_in(ids))
        .order_by_asc(service_contact::Column::SortOrder)
        .order_by_asc(service_contact::Column::Id)
        .all(db)
        .await?
    {
        contacts.entry(c.service_id).or_insert(c);
    }
    let mut pathways: HashMap<String, Vec<referral_pathway::Model>> = HashMap::new();
    if let Some(from) = &n.from {
        for p in referral_pathway::Entity::find()
            .filter(referral_pathway::Column::FromCountry.eq(from.as_str()))
            .filter(referral_pathway::Column::ToCountry.eq(n.country.as_str()))
            .order_by_asc(referral_pathway::Column::Id)
            .all(db)
            .await?
        {
            pathways.entry(p.service_kind.clone()).or_default().push(p);
        }
    }
    let hits = shown
        .into_iter()
        .map(|s| {
            // This service's own pathway first, else the route's pathway for the kind.
            let route = pathways.get(&s.kind).cloned().unwrap_or_default();
            let own: Vec<_> = route
                .iter()
                .filter(|p| p.receiving_service_id == Some(s.id))
                .cloned()
                .collect();
            let pathway = super::best(own).or_else(|| {
                super::best(
                    route
                        .into_iter()
                        .filter(|p| p.receiving_service_id.is_none_or(|id| id == s.id))
                        .collect(),
                )
            });
            Hit {
                speaks_language: n.language.as_ref().is_none_or(|l| codes(&s.languages).contains(l)),
                funding_ends_before: s.funded_until.is_some_and(|d| d < n.needed_from),
                organization: orgs.get(&s.organization_id).cloned(),
                capacity: capacity.remove(&s.id).unwrap_or_default(),
                contact: contacts.remove(&s.id),
                pathway,
                service: s,
            }
        })
        .collect();
    Ok((hits, total, page))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn svc(f: impl FnOnce(&mut service::Model)) -> service::Model {
        let mut s = service::Model {
            id: 1,
            organization_id: 1,
            kind: "shelter".into(),
            name: "S".into(),
            description: String::new(),
            modes: "on_site".into(),
            countries: "ME".into(),
            areas: String::new(),
            age_min: None,
            age_max: None,
            genders: String::new(),
            target_groups: String::new(),
            identification: "presumed".into(),
            languages: "sr,en".into(),
            interpretation: false,
            referral: "referral".into(),
            intake_steps: String::new(),
            hours: String::new(),
            open_24_7: false,
            confidential_location: false,
            address: String::new(),
            city: String::new(),
            funding_source: String::new(),
            funded_until: None,
            status: "active".into(),
            status_notice: String::new(),
            verified_on: None,
            verified_by: None,
            version: 1,
            created_at: chrono::Utc::now(),
            updated_at: chrono::Utc::now(),
        };
        f(&mut s);
        s
    }

    #[test]
    fn an_adult_man_speaking_urdu_presumed_fits_only_where_he_may_go() {
        let n = Need {
            country: "ME".into(),
            age: Some(34),
            gender: Some("male".into()),
            language: Some("ur".into()),
            presumed_only: true,
            ..Default::default()
        };
        assert!(fits(&svc(|s| s.interpretation = true), &n));
        assert!(fits(&svc(|s| s.languages = "ur".into()), &n));
        assert!(!fits(&svc(|_| {}), &n), "no Urdu, no interpretation");
        let ok = |f: fn(&mut service::Model)| {
            fits(
                &svc(|s| {
                    s.interpretation = true;
                    f(s)
                }),
                &n,
            )
        };
        assert!(!ok(|s| s.genders = "female".into()));
        assert!(!ok(|s| s.target_groups = "children".into()));
        assert!(!ok(|s| s.age_max = Some(17)));
        assert!(!ok(|s| s.identification = "formal".into()));
        assert!(!ok(|s| s.status = "closed".into()));
        assert!(!ok(|s| s.countries = "RS".into()));
        assert!(ok(|s| s.target_groups = "children,men".into()));
        assert!(ok(|s| s.genders = "male,female".into()));
    }
}
