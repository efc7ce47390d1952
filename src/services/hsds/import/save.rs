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

/// Writes `am` (already moved on one version) if the row is still at version `was`; a row that
/// moved on meanwhile (an edit saved on PostgreSQL while the import ran) refuses the import.
async fn write_if_at<A>(
    txn: &impl ConnectionTrait,
    am: A,
    version: <A::Entity as EntityTrait>::Column,
    was: i32,
) -> Result<<A::Entity as EntityTrait>::Model, AppError>
where
    A: ActiveModelTrait + Send,
    <A::Entity as EntityTrait>::Model: IntoActiveModel<A>,
{
    <A::Entity as EntityTrait>::update(am)
        .validate()?
        .filter(version.eq(was))
        .exec(txn)
        .await
        .map_err(|e| match e {
            DbErr::RecordNotUpdated => AppError::Conflict(msg("hsds-import-error-changed")),
            e => e.into(),
        })
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
                    write_if_at(txn, am, service::Column::Version, before.version).await?;
                    sum.services_updated += 1;
                }
                before.id
            }
            None => {
                sum.services_created += 1;
                sp::new_row(p.organization_id, p.input).insert(txn).await?.id
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
                        write_if_at(txn, am, service_contact::Column::Version, before.version).await?;
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
                    write_if_at(txn, am, service_capacity::Column::Version, before.version).await?
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
