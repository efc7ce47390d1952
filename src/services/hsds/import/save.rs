//! Saving a checked package inside the caller's write transaction. A record is written only
//! when something of it changes; a changed one moves on one version, as an edit on the services
//! pages does (so a form opened before the import is stale), and a changed service gets a new
//! `updated_at`, which is what brings the search index up to date.

use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DbErr, EntityTrait, IntoActiveModel, QueryFilter, Set, TryIntoModel,
};

use super::Summary;
use super::plan::Plan;
use crate::db::now;
use crate::error::AppError;
use crate::i18n::msg;
use crate::mail::Notifier;
use crate::services::freshness::notices;
use crate::services::support::{self as sp};
use entity::{service, service_capacity, service_contact};

/// A row that moved on between reading and writing (PostgreSQL, an edit saved meanwhile).
fn moved_on(e: DbErr) -> AppError {
    match e {
        DbErr::RecordNotUpdated => AppError::Conflict(msg("hsds-import-error-changed")),
        e => e.into(),
    }
}

pub async fn save(
    txn: &impl ConnectionTrait,
    n: Option<&Notifier<'_>>,
    plan: Plan,
    user_id: i32,
) -> Result<Summary, AppError> {
    let mut sum = Summary {
        organizations_matched: plan.organizations,
        ..Default::default()
    };
    let t = now();
    for p in plan.services {
        let service_id = match p.existing {
            Some(before) => {
                let mut am = before.clone().into_active_model();
                sp::apply(&mut am, p.input);
                if am.clone().try_into_model()? != before {
                    am.version = Set(before.version + 1);
                    am.updated_at = Set(t);
                    service::Entity::update(am)
                        .validate()?
                        .filter(service::Column::Version.eq(before.version))
                        .exec(txn)
                        .await
                        .map_err(moved_on)?;
                    sum.services_updated += 1;
                }
                before.id
            }
            None => {
                let mut am = service::ActiveModel {
                    organization_id: Set(p.organization_id),
                    version: Set(1),
                    created_at: Set(t),
                    updated_at: Set(t),
                    verified_on: Set(None),
                    verified_by: Set(None),
                    ..Default::default()
                };
                sp::apply(&mut am, p.input);
                sum.services_created += 1;
                am.insert(txn).await?.id
            }
        };

        let mut last = sp::contacts_of(txn, service_id)
            .await?
            .iter()
            .map(|c| c.sort_order)
            .max()
            .unwrap_or(0);
        for (before, input) in p.contacts {
            match before {
                Some(before) => {
                    let mut am = before.clone().into_active_model();
                    sp::apply_contact(&mut am, input);
                    if am.clone().try_into_model()? != before {
                        am.version = Set(before.version + 1);
                        service_contact::Entity::update(am)
                            .validate()?
                            .filter(service_contact::Column::Version.eq(before.version))
                            .exec(txn)
                            .await
                            .map_err(moved_on)?;
                        sum.contacts_updated += 1;
                    }
                }
                None => {
                    last += 1;
                    let mut am = service_contact::ActiveModel {
                        service_id: Set(service_id),
                        sort_order: Set(last),
                        version: Set(1),
                        ..Default::default()
                    };
                    sp::apply_contact(&mut am, input);
                    am.insert(txn).await?;
                    sum.contacts_created += 1;
                }
            }
        }

        for (before, input) in p.capacity {
            let saved = match &before {
                Some(before) => {
                    let mut am = before.clone().into_active_model();
                    sp::apply_capacity(&mut am, input, user_id);
                    let mut after = am.clone().try_into_model()?;
                    (after.updated_at, after.updated_by) = (before.updated_at, before.updated_by);
                    if after == *before {
                        continue;
                    }
                    am.version = Set(before.version + 1);
                    sum.capacity_updated += 1;
                    service_capacity::Entity::update(am)
                        .validate()?
                        .filter(service_capacity::Column::Version.eq(before.version))
                        .exec(txn)
                        .await
                        .map_err(moved_on)?
                }
                None => {
                    let mut am = service_capacity::ActiveModel {
                        service_id: Set(service_id),
                        version: Set(1),
                        ..Default::default()
                    };
                    sp::apply_capacity(&mut am, input, user_id);
                    sum.capacity_created += 1;
                    am.insert(txn).await?
                }
            };
            if let Some(n) = n {
                notices::capacity_changed(txn, n, before.as_ref(), &saved).await?;
            }
        }
    }
    Ok(sum)
}
