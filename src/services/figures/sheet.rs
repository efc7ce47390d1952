//! One organization's month for one service kind: the form's fields (numbers only), their
//! validation, reading it back, and saving it with its version and a revision.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use sea_orm::sea_query::OnConflict;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};

use super::{BREAKDOWNS, DECLINE_REASONS, MAX_COUNT, Month, categories};
use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::services::{countries, validate, versions};
use entity::{country, figure_count, figure_report, figure_revision};

/// Which sheet: an organization, a month, a service kind.
#[derive(Clone, Debug)]
pub struct SheetKey {
    pub organization_id: i32,
    pub month: Month,
    pub service_code: String,
}

impl SheetKey {
    fn condition(&self) -> Condition {
        Condition::all()
            .add(figure_report::Column::OrganizationId.eq(self.organization_id))
            .add(figure_report::Column::Month.eq(self.month.code()))
            .add(figure_report::Column::ServiceCode.eq(self.service_code.clone()))
    }
}

/// Who saves.
#[derive(Clone, Debug)]
pub struct Actor {
    pub user_id: Option<i32>,
    pub name: String,
}

/// The form as typed: the breakdown, and every count field as text (`received`, `sent_RS`,
/// `new_female`, `declined_no_capacity`, `bed_nights`...). Other keys (the CSRF token, the
/// version) are ignored when it is read.
#[derive(Deserialize, Serialize, Default, Clone, Debug, PartialEq)]
#[serde(default)]
pub struct FigureFields {
    pub breakdown: String,
    #[serde(flatten)]
    pub counts: BTreeMap<String, String>,
}

/// The validated sheet: its breakdown and a count for every field of it (zeros included).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FigureInput {
    pub breakdown: String,
    pub counts: BTreeMap<String, i64>,
}

/// The network countries a referral can be sent to (the six of the region).
pub async fn destinations(db: &impl ConnectionTrait) -> Result<Vec<country::Model>, AppError> {
    Ok(countries::all(db).await?.into_iter().filter(|c| c.in_region).collect())
}

/// The count fields of a sheet with `breakdown`, in form order.
pub fn field_names(breakdown: &str, destinations: &[String]) -> Vec<String> {
    let mut names = vec!["received".to_string()];
    names.extend(destinations.iter().map(|c| format!("sent_{c}")));
    for measure in ["new", "ongoing"] {
        names.extend(categories(breakdown).iter().map(|c| format!("{measure}_{c}")));
    }
    names.extend(DECLINE_REASONS.iter().map(|r| format!("declined_{r}")));
    names.push("bed_nights".into());
    names
}

/// A field's stored shape: (measure, destination country, category).
fn key_of(field: &str) -> (String, String, String) {
    if let Some(c) = field.strip_prefix("sent_") {
        return ("sent".into(), c.into(), String::new());
    }
    for measure in ["new", "ongoing"] {
        if let Some(c) = field.strip_prefix(&format!("{measure}_")) {
            return (measure.into(), String::new(), c.into());
        }
    }
    (field.into(), String::new(), String::new())
}

/// A stored count's field name.
fn field_of(c: &figure_count::Model) -> String {
    match c.measure.as_str() {
        "sent" => format!("sent_{}", c.country_code),
        "new" | "ongoing" => format!("{}_{}", c.measure, c.category),
        m => m.to_string(),
    }
}

impl FigureFields {
    /// Checks every count of the breakdown: a whole number from 0 to [`MAX_COUNT`] (blank is
    /// 0), one message per field.
    pub fn parse(&self, destinations: &[String]) -> Result<FigureInput, FieldErrors> {
        let mut errors = FieldErrors::default();
        let allowed: Vec<&str> = BREAKDOWNS.iter().map(|(b, _)| *b).collect();
        let breakdown = if self.breakdown.trim().is_empty() {
            "none".to_string()
        } else {
            validate::choice(&mut errors, "breakdown", &self.breakdown, &allowed)
        };
        let mut counts = BTreeMap::new();
        for name in field_names(&breakdown, destinations) {
            let raw = self.counts.get(&name).map(|v| v.trim()).unwrap_or("");
            let n = if raw.is_empty() {
                0
            } else {
                match raw.parse::<i64>() {
                    Ok(n) if n < 0 => {
                        errors.add(&name, msg("figures-error-negative"));
                        0
                    }
                    Ok(n) if n > MAX_COUNT => {
                        errors.add(&name, msg("figures-error-too-large").arg("max", MAX_COUNT));
                        0
                    }
                    Ok(n) => n,
                    Err(_) => {
                        errors.add(&name, msg("figures-error-number"));
                        0
                    }
                }
            };
            counts.insert(name, n);
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(FigureInput { breakdown, counts })
    }

    /// Drops what is not a count field of some breakdown (the CSRF token, the version).
    pub fn keep_fields(&mut self, destinations: &[String]) {
        let known: std::collections::BTreeSet<String> = BREAKDOWNS
            .iter()
            .flat_map(|(b, _)| field_names(b, destinations))
            .collect();
        self.counts.retain(|k, _| known.contains(k));
    }

    /// The fields of a stored sheet (every field of its breakdown, zeros included).
    fn stored(report: &figure_report::Model, counts: &[figure_count::Model], destinations: &[String]) -> Self {
        let by_field: BTreeMap<String, i64> = counts.iter().map(|c| (field_of(c), i64::from(c.count))).collect();
        FigureFields {
            breakdown: report.breakdown.clone(),
            counts: field_names(&report.breakdown, destinations)
                .into_iter()
                .map(|f| {
                    let v = by_field.get(&f).copied().unwrap_or(0);
                    (f, v.to_string())
                })
                .collect(),
        }
    }
}

/// A sheet as stored: the report (none yet: `None`), its fields and its saves, latest first.
#[derive(Clone, Debug)]
pub struct Sheet {
    pub report: Option<figure_report::Model>,
    pub fields: FigureFields,
    pub revisions: Vec<figure_revision::Model>,
}

impl Sheet {
    /// The version an edit is based on (0: not reported yet).
    pub fn version(&self) -> i32 {
        self.report.as_ref().map_or(0, |r| r.version)
    }
}

pub async fn sheet(db: &impl ConnectionTrait, key: &SheetKey, destinations: &[String]) -> Result<Sheet, AppError> {
    let Some(report) = figure_report::Entity::find().filter(key.condition()).one(db).await? else {
        return Ok(Sheet {
            report: None,
            fields: FigureFields {
                breakdown: "none".into(),
                counts: field_names("none", destinations)
                    .into_iter()
                    .map(|f| (f, "0".to_string()))
                    .collect(),
            },
            revisions: vec![],
        });
    };
    let counts = figure_count::Entity::find()
        .filter(figure_count::Column::ReportId.eq(report.id))
        .all(db)
        .await?;
    let revisions = figure_revision::Entity::find()
        .filter(figure_revision::Column::ReportId.eq(report.id))
        .order_by_desc(figure_revision::Column::Version)
        .all(db)
        .await?;
    Ok(Sheet {
        fields: FigureFields::stored(&report, &counts, destinations),
        report: Some(report),
        revisions,
    })
}

/// Saves a sheet based on version `based_on` (0: a first report) in its own transaction.
pub async fn save(
    db: &DatabaseConnection,
    key: &SheetKey,
    input: &FigureInput,
    based_on: i32,
    actor: &Actor,
    today: NaiveDate,
) -> Result<figure_report::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let saved = save_on(&txn, key, input, based_on, actor, today, false).await?;
    txn.commit().await?;
    Ok(saved)
}

/// [`save`] inside the caller's writing transaction. A first report that meets another first
/// report of the same sheet, or an edit based on an older version, is refused as a stale edit.
/// A save after the month closed is recorded as a correction.
pub async fn save_on(
    txn: &impl ConnectionTrait,
    key: &SheetKey,
    input: &FigureInput,
    based_on: i32,
    actor: &Actor,
    today: NaiveDate,
    example: bool,
) -> Result<figure_report::Model, AppError> {
    let now = crate::db::now();
    let version = if based_on == 0 {
        let first = figure_report::ActiveModel {
            organization_id: Set(key.organization_id),
            month: Set(key.month.code()),
            service_code: Set(key.service_code.clone()),
            breakdown: Set(input.breakdown.clone()),
            version: Set(1),
            example: Set(example),
            updated_at: Set(now),
            ..Default::default()
        };
        let inserted = figure_report::Entity::insert(first)
            .on_conflict(
                OnConflict::columns([
                    figure_report::Column::OrganizationId,
                    figure_report::Column::Month,
                    figure_report::Column::ServiceCode,
                ])
                .do_nothing()
                .to_owned(),
            )
            .exec_without_returning(txn)
            .await?;
        if inserted == 0 {
            return Err(
                versions::stale::<figure_report::Entity>(txn, key.condition(), figure_report::Column::Version).await?,
            );
        }
        1
    } else {
        versions::claim::<figure_report::Entity>(txn, key.condition(), figure_report::Column::Version, based_on).await?
    };
    let report = figure_report::Entity::find()
        .filter(key.condition())
        .one(txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let mut active: figure_report::ActiveModel = report.into();
    active.breakdown = Set(input.breakdown.clone());
    active.updated_at = Set(now);
    active.example = Set(example);
    let report = active.update(txn).await?;
    figure_count::Entity::delete_many()
        .filter(figure_count::Column::ReportId.eq(report.id))
        .exec(txn)
        .await?;
    let rows: Vec<figure_count::ActiveModel> = input
        .counts
        .iter()
        .filter(|(_, n)| **n > 0)
        .map(|(field, n)| {
            let (measure, country_code, category) = key_of(field);
            figure_count::ActiveModel {
                report_id: Set(report.id),
                measure: Set(measure),
                country_code: Set(country_code),
                category: Set(category),
                count: Set(i32::try_from(*n).unwrap_or(i32::MAX)),
                ..Default::default()
            }
        })
        .collect();
    if !rows.is_empty() {
        figure_count::Entity::insert_many(rows)
            .exec_without_returning(txn)
            .await?;
    }
    super::totals::sheet_saved(txn, key.organization_id, &report.month, &report.service_code).await?;
    figure_revision::ActiveModel {
        report_id: Set(report.id),
        version: Set(version),
        correction: Set(key.month.is_closed(today)),
        counts: Set(serde_json::to_string(&input.counts).map_err(AppError::internal)?),
        changed_by: Set(actor.user_id),
        changed_by_name: Set(actor.name.clone()),
        changed_at: Set(now),
        ..Default::default()
    }
    .insert(txn)
    .await?;
    Ok(report)
}

/// The organization's reported (month, service code) pairs from `from` on.
pub async fn reported_months(
    db: &impl ConnectionTrait,
    organization_id: i32,
    from: Month,
) -> Result<Vec<(String, String)>, AppError> {
    Ok(figure_report::Entity::find()
        .select_only()
        .column(figure_report::Column::Month)
        .column(figure_report::Column::ServiceCode)
        .filter(figure_report::Column::OrganizationId.eq(organization_id))
        .filter(figure_report::Column::Month.gte(from.code()))
        .into_tuple()
        .all(db)
        .await?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dest() -> Vec<String> {
        ["AL", "RS"].map(String::from).to_vec()
    }

    fn fields(pairs: &[(&str, &str)], breakdown: &str) -> FigureFields {
        FigureFields {
            breakdown: breakdown.into(),
            counts: pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect(),
        }
    }

    #[test]
    fn counts_are_whole_numbers_from_zero_to_the_limit() {
        let f = fields(
            &[
                ("received", "-1"),
                ("sent_RS", "3.5"),
                ("bed_nights", "100001"),
                ("new_female", "abc"),
            ],
            "sex",
        );
        let e = f.parse(&dest()).unwrap_err();
        assert_eq!(e.0["received"].key, "figures-error-negative");
        assert_eq!(e.0["sent_RS"].key, "figures-error-number");
        assert_eq!(e.0["bed_nights"].key, "figures-error-too-large");
        assert_eq!(e.0["new_female"].key, "figures-error-number");
    }

    #[test]
    fn blank_is_zero_and_only_the_breakdowns_fields_count() {
        let f = fields(
            &[
                ("received", "4"),
                ("new_child", "2"),
                ("new_female", "9"),
                ("_csrf", "x"),
            ],
            "age",
        );
        let input = f.parse(&dest()).unwrap();
        assert_eq!(input.counts["received"], 4);
        assert_eq!(input.counts["new_child"], 2);
        assert_eq!(input.counts["sent_AL"], 0);
        assert!(!input.counts.contains_key("new_female"));
        assert!(!input.counts.contains_key("_csrf"));
        let bad = fields(&[], "religion").parse(&dest()).unwrap_err();
        assert!(bad.0.contains_key("breakdown"));
    }

    #[test]
    fn every_field_has_a_stored_shape_and_back() {
        for b in BREAKDOWNS.iter().map(|(b, _)| *b) {
            for f in field_names(b, &dest()) {
                let (measure, country_code, category) = key_of(&f);
                let c = figure_count::Model {
                    id: 0,
                    report_id: 0,
                    measure,
                    country_code,
                    category,
                    count: 1,
                };
                assert_eq!(field_of(&c), f);
            }
        }
    }
}
