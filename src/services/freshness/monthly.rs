//! The monthly mail to each organization's focal points: every service it offers (closed ones
//! left out), each with a signed one-click "still correct" link and a link to update it.
//!
//! Safe to run often and on several instances at once: the dedupe key names the organization,
//! the month and the recipient, and the outbox (or digest) keeps one row per key, so each focal
//! point gets one mail per organization per month.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, NaiveDate, Utc};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;

use crate::error::AppError;
use crate::mail::{self, Category, Notification, Notifier, Recipient};
use crate::services::validate;
use entity::{organization, person, service};

/// The language of mail to a focal point without an account: the main language of the
/// organization's country.
pub fn country_language(country: &str) -> &'static str {
    match country {
        "AL" | "XK" => "sq",
        "BA" => "bs",
        "ME" => "cnr",
        "MK" => "mk",
        "RS" => "sr-Latn",
        "HR" => "hr",
        _ => crate::i18n::DEFAULT_LANGUAGE,
    }
}

/// The dedupe key of an organization's mail for the month of `today` (the recipient's address
/// is appended by [`mail::notify`]).
pub fn month_key(org: i32, today: NaiveDate) -> String {
    format!("service-confirm:{org}:{:04}-{:02}", today.year(), today.month())
}

/// Queues this month's mail for every organization with services. Returns how many were queued
/// or kept for a digest now (0 when every one had gone out already).
pub async fn run(
    db: &impl ConnectionTrait,
    n: &Notifier<'_>,
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let services = service::Entity::find()
        .filter(service::Column::Status.ne("closed"))
        .order_by_asc(service::Column::Name)
        .order_by_asc(service::Column::Id)
        .all(db)
        .await?;
    let mut by_org: BTreeMap<i32, Vec<service::Model>> = BTreeMap::new();
    for s in services {
        by_org.entry(s.organization_id).or_default().push(s);
    }
    let mut sent = 0;
    for (org_id, services) in by_org {
        let Some(org) = organization::Entity::find_by_id(org_id).one(db).await? else {
            continue;
        };
        if org.archived {
            continue;
        }
        sent += send_org(db, n, &org, &services, today, now).await?;
    }
    Ok(sent)
}

/// The focal points and deputies of an organization who have an address.
pub async fn focal_points(db: &impl ConnectionTrait, org: i32) -> Result<Vec<person::Model>, AppError> {
    Ok(person::Entity::find()
        .filter(person::Column::OrganizationId.eq(org))
        .filter(person::Column::NetworkRole.is_in(["focal_point", "deputy_focal_point"]))
        .filter(person::Column::Archived.eq(false))
        .order_by_asc(person::Column::Id)
        .all(db)
        .await?
        .into_iter()
        .filter(|p| p.email.as_deref().is_some_and(validate::is_email))
        .collect())
}

async fn send_org(
    db: &impl ConnectionTrait,
    n: &Notifier<'_>,
    org: &organization::Model,
    services: &[service::Model],
    today: NaiveDate,
    now: DateTime<Utc>,
) -> Result<usize, AppError> {
    let mut sent = 0;
    for p in focal_points(db, org.id).await? {
        let to = match super::account_of(db, &p).await? {
            Some(u) => Recipient::from_user(&u),
            None => Recipient {
                user_id: None,
                email: p.email.clone().unwrap_or_default(),
                name: p.name.clone(),
                language: country_language(&org.country_code).to_string(),
                time_zone: "Europe/Tirane".into(),
                unsubscribe: None,
            },
        };
        let rows: Vec<_> = services
            .iter()
            .map(|s| {
                json!({
                    "name": s.name,
                    "city": s.city,
                    "verified_on": s.verified_on.map(|d| d.to_string()),
                    "confirm_url": format!("{}{}", n.base, super::confirm_path(n.secret, s.id, p.id, now)),
                    "edit_url": format!("{}/services/{}/edit", n.base, s.id),
                })
            })
            .collect();
        let note = Notification {
            category: Category::Services,
            template: "service_confirmations",
            data: json!({
                "organization": org.name,
                "count": services.len(),
                "services": rows,
                "days": super::LINK_DAYS,
            }),
            dedupe_key: month_key(org.id, today),
        };
        let out = mail::notify(db, n.mailer, std::slice::from_ref(&to), &note).await?;
        sent += out.queued + out.digested;
    }
    Ok(sent)
}
