//! A service as a form or the API sends it, and its checks.

use chrono::NaiveDate;
use sea_orm::{ConnectionTrait, EntityTrait};
use serde::{Deserialize, Serialize};

use super::codes::{self, split};
use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::services::validate;
use entity::{country, service, service_kind};

/// A service as typed: text, and ticked boxes as lists of codes.
#[derive(Debug, Clone, Default, Deserialize, Serialize, utoipa::ToSchema)]
#[serde(default)]
pub struct SupportServiceFields {
    /// The organization offering it (API create only; the page takes it from the address).
    #[serde(deserialize_with = "validate::lenient_id")]
    pub organization_id: Option<i32>,
    /// A service kind code, e.g. "shelter".
    pub kind: String,
    pub name: String,
    pub description: String,
    /// on_site, mobile, remote.
    pub modes: Vec<String>,
    /// ISO codes of the countries served.
    pub countries: Vec<String>,
    /// Municipalities or regions served, as written.
    pub areas: String,
    pub age_min: String,
    pub age_max: String,
    /// female, male, other; none: everyone.
    pub genders: Vec<String>,
    /// children, families, third_country_nationals, returnees, adults, women, men.
    pub target_groups: Vec<String>,
    /// presumed or formal.
    pub identification: String,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
    #[serde(deserialize_with = "validate::checkbox")]
    pub interpretation: bool,
    /// referral or self.
    pub referral: String,
    pub intake_steps: String,
    pub hours: String,
    #[serde(deserialize_with = "validate::checkbox")]
    pub open_24_7: bool,
    #[serde(deserialize_with = "validate::checkbox")]
    pub confidential_location: bool,
    pub address: String,
    pub city: String,
    pub funding_source: String,
    /// YYYY-MM-DD
    pub funded_until: String,
    /// active, suspended or closed.
    pub status: String,
    /// Why it is suspended or closed, and until when.
    pub status_notice: String,
}

/// A checked service, ready to save.
#[derive(Debug, Clone)]
pub struct SupportServiceInput {
    pub kind: String,
    pub name: String,
    pub description: String,
    pub modes: Vec<String>,
    pub countries: Vec<String>,
    pub areas: String,
    pub age_min: Option<i32>,
    pub age_max: Option<i32>,
    pub genders: Vec<String>,
    pub target_groups: Vec<String>,
    pub identification: String,
    pub languages: Vec<String>,
    pub interpretation: bool,
    pub referral: String,
    pub intake_steps: String,
    pub hours: String,
    pub open_24_7: bool,
    pub confidential_location: bool,
    pub address: String,
    pub city: String,
    pub funding_source: String,
    pub funded_until: Option<NaiveDate>,
    pub status: String,
    pub status_notice: String,
}

/// Ticked codes, each one of `allowed`; anything else is a message on `field`.
fn codes_in(e: &mut FieldErrors, field: &str, values: &[String], allowed: &[&str]) -> Vec<String> {
    let picked: Vec<String> = values
        .iter()
        .map(|v| v.trim().to_string())
        .filter(|v| !v.is_empty())
        .collect();
    if picked.iter().any(|v| !allowed.contains(&v.as_str())) {
        e.add(field, msg("validate-choose-listed"));
    }
    picked
}

/// An age in years, or a message.
fn age(e: &mut FieldErrors, field: &str, value: &str) -> Option<i32> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    match v.parse::<i32>() {
        Ok(n) if (0..=120).contains(&n) => Some(n),
        _ => {
            e.add(field, msg("support-error-age"));
            None
        }
    }
}

fn text(e: &mut FieldErrors, field: &str, value: &str, max: usize) -> String {
    validate::optional(e, field, value, max).unwrap_or_default()
}

fn line(e: &mut FieldErrors, field: &str, value: &str, max: usize) -> String {
    let v = validate::optional(e, field, value, max);
    validate::one_line(e, field, &v);
    v.unwrap_or_default()
}

impl SupportServiceFields {
    pub async fn parse(&self, db: &impl ConnectionTrait) -> Result<SupportServiceInput, AppError> {
        let mut e = FieldErrors::default();
        let kind = self.kind.trim().to_string();
        if kind.is_empty() {
            e.add("kind", msg("validate-choose"));
        } else if service_kind::Entity::find_by_id(kind.clone()).one(db).await?.is_none() {
            e.add("kind", msg("validate-choose-listed"));
        }
        let name = validate::required(&mut e, "name", &self.name, 200);
        validate::one_line(&mut e, "name", &Some(name.clone()));
        let description = text(&mut e, "description", &self.description, 5_000);
        let modes = codes_in(&mut e, "modes", &self.modes, codes::MODES);
        if modes.is_empty() {
            e.add("modes", msg("support-error-modes"));
        }
        let known: Vec<String> = country::Entity::find()
            .all(db)
            .await?
            .into_iter()
            .map(|c| c.code)
            .collect();
        let countries: Vec<String> = self
            .countries
            .iter()
            .map(|c| c.trim().to_uppercase())
            .filter(|c| !c.is_empty())
            .collect();
        if countries.is_empty() {
            e.add("countries", msg("support-error-countries"));
        } else if let Some(bad) = countries.iter().find(|c| !known.contains(c)) {
            e.add(
                "countries",
                msg("support-error-country-unknown").arg("code", bad.clone()),
            );
        }
        let areas = text(&mut e, "areas", &self.areas, 1_000);
        let age_min = age(&mut e, "age_min", &self.age_min);
        let age_max = age(&mut e, "age_max", &self.age_max);
        if let (Some(lo), Some(hi)) = (age_min, age_max)
            && lo > hi
        {
            e.add("age_max", msg("support-error-age-range"));
        }
        let genders = codes_in(&mut e, "genders", &self.genders, codes::GENDERS);
        let target_groups = codes_in(&mut e, "target_groups", &self.target_groups, codes::GROUPS);
        let identification = validate::choice(&mut e, "identification", &self.identification, codes::IDENTIFICATION);
        let languages = codes_in(&mut e, "languages", &self.languages, codes::LANGUAGES);
        let referral = validate::choice(&mut e, "referral", &self.referral, codes::REFERRAL);
        let intake_steps = text(&mut e, "intake_steps", &self.intake_steps, 3_000);
        let hours = line(&mut e, "hours", &self.hours, 200);
        let address = line(&mut e, "address", &self.address, 500);
        let city = line(&mut e, "city", &self.city, 120);
        if self.confidential_location && city.is_empty() {
            e.add("city", msg("support-error-city-confidential"));
        }
        let funding_source = line(&mut e, "funding_source", &self.funding_source, 300);
        let funded_until = validate::date(&mut e, "funded_until", &self.funded_until);
        let status = validate::choice(&mut e, "status", &self.status, codes::STATUSES);
        let status_notice = text(&mut e, "status_notice", &self.status_notice, 1_000);
        if status == "suspended" && status_notice.is_empty() {
            e.add("status_notice", msg("support-error-notice"));
        }
        e.into_result()?;
        Ok(SupportServiceInput {
            kind,
            name,
            description,
            modes,
            countries,
            areas,
            age_min,
            age_max,
            genders,
            target_groups,
            identification,
            languages,
            interpretation: self.interpretation,
            referral,
            intake_steps,
            hours,
            open_24_7: self.open_24_7,
            confidential_location: self.confidential_location,
            address,
            city,
            funding_source,
            funded_until,
            status,
            status_notice,
        })
    }

    pub fn from_model(s: &service::Model) -> Self {
        let n = |v: Option<i32>| v.map(|x| x.to_string()).unwrap_or_default();
        SupportServiceFields {
            organization_id: Some(s.organization_id),
            kind: s.kind.clone(),
            name: s.name.clone(),
            description: s.description.clone(),
            modes: split(&s.modes),
            countries: split(&s.countries),
            areas: s.areas.clone(),
            age_min: n(s.age_min),
            age_max: n(s.age_max),
            genders: split(&s.genders),
            target_groups: split(&s.target_groups),
            identification: s.identification.clone(),
            languages: split(&s.languages),
            interpretation: s.interpretation,
            referral: s.referral.clone(),
            intake_steps: s.intake_steps.clone(),
            hours: s.hours.clone(),
            open_24_7: s.open_24_7,
            confidential_location: s.confidential_location,
            address: s.address.clone(),
            city: s.city.clone(),
            funding_source: s.funding_source.clone(),
            funded_until: s.funded_until.map(|d| d.to_string()).unwrap_or_default(),
            status: s.status.clone(),
            status_notice: s.status_notice.clone(),
        }
    }

    /// A new service's form: active, presumed victims welcome, by referral.
    pub fn blank(org: i32) -> Self {
        SupportServiceFields {
            organization_id: Some(org),
            identification: "presumed".into(),
            referral: "referral".into(),
            status: "active".into(),
            modes: vec!["on_site".into()],
            ..Default::default()
        }
    }
}
