//! Following services by the country they serve or by their kind, and the notice a follower gets
//! when a capacity figure of such a service changes band. Only the band and the date go out,
//! never the count of free places (members and the secretariat see that on the service's page).

use sea_orm::sea_query::OnConflict;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, Set};
use serde_json::json;

use crate::error::AppError;
use crate::mail::{self, Category, Notification, Notifier};
use entity::{service, service_capacity, service_follow, user};

/// What can be followed: a country served (by code) or a kind of service (by code).
pub const KINDS: [&str; 2] = ["country", "service_kind"];

/// A user's follows as (kind, target).
pub async fn follows(db: &impl ConnectionTrait, user_id: i32) -> Result<Vec<(String, String)>, AppError> {
    Ok(service_follow::Entity::find()
        .filter(service_follow::Column::UserId.eq(user_id))
        .all(db)
        .await?
        .into_iter()
        .map(|f| (f.kind, f.target))
        .collect())
}

/// Follows (`on`) or unfollows a country or a kind of service.
pub async fn set_follow(
    db: &impl ConnectionTrait,
    user_id: i32,
    kind: &str,
    target: &str,
    on: bool,
) -> Result<(), AppError> {
    if on {
        // Following twice, or two clicks at once, leaves one follow and no error.
        service_follow::Entity::insert(service_follow::ActiveModel {
            user_id: Set(user_id),
            kind: Set(kind.to_string()),
            target: Set(target.to_string()),
        })
        .on_conflict(
            OnConflict::columns([
                service_follow::Column::UserId,
                service_follow::Column::Kind,
                service_follow::Column::Target,
            ])
            .do_nothing()
            .to_owned(),
        )
        .exec_without_returning(db)
        .await?;
    } else {
        service_follow::Entity::delete_many()
            .filter(service_follow::Column::UserId.eq(user_id))
            .filter(service_follow::Column::Kind.eq(kind))
            .filter(service_follow::Column::Target.eq(target))
            .exec(db)
            .await?;
    }
    Ok(())
}

/// The active users following a country `s` serves or its kind, except `except`.
async fn followers(
    db: &impl ConnectionTrait,
    s: &service::Model,
    except: &[i32],
) -> Result<Vec<user::Model>, AppError> {
    let countries: Vec<String> = s
        .countries
        .split(',')
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(String::from)
        .collect();
    let mut which = Condition::any().add(
        Condition::all()
            .add(service_follow::Column::Kind.eq("service_kind"))
            .add(service_follow::Column::Target.eq(s.kind.clone())),
    );
    if !countries.is_empty() {
        which = which.add(
            Condition::all()
                .add(service_follow::Column::Kind.eq("country"))
                .add(service_follow::Column::Target.is_in(countries)),
        );
    }
    let ids: Vec<i32> = service_follow::Entity::find()
        .filter(which)
        .all(db)
        .await?
        .into_iter()
        .map(|f| f.user_id)
        .filter(|id| !except.contains(id))
        .collect();
    if ids.is_empty() {
        return Ok(vec![]);
    }
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .filter(user::Column::Active.eq(true))
        .order_by_asc(user::Column::Id)
        .all(db)
        .await?)
}

/// Tells the followers that a capacity figure changed band (nothing when the band is the same).
/// `except`: who hears of it otherwise (the secretariat told that it is full).
pub(super) async fn notify_band_change(
    db: &impl ConnectionTrait,
    n: &Notifier<'_>,
    s: &service::Model,
    organization: &str,
    before: Option<&service_capacity::Model>,
    after: &service_capacity::Model,
    except: &[i32],
) -> Result<usize, AppError> {
    if before.is_some_and(|b| b.band == after.band) {
        return Ok(0);
    }
    let to = followers(db, s, except).await?;
    if to.is_empty() {
        return Ok(0);
    }
    let note = Notification {
        category: Category::Services,
        template: "service_capacity_changed",
        data: json!({
            "service": s.name,
            "organization": organization,
            "unit": after.unit,
            "band": after.band,
            "as_of": after.as_of.to_string(),
            "url": format!("{}/services/{}", n.base, s.id),
            "follow_url": format!("{}/services/follow", n.base),
        }),
        dedupe_key: format!("service-capacity-band:{}:v{}", after.id, after.version),
    };
    let out = mail::notify_users(db, n.mailer, &to, &note).await?;
    Ok(out.queued + out.digested)
}
