use actix_web::HttpResponse;
use serde_json::json;

use crate::auth::Action;
use crate::error::AppError;
use crate::i18n::t;
use crate::services::{actions, countries, directory, events, participants};
use crate::views::Page;

/// The landing page for visitors; the dashboard for signed-in users.
pub async fn index(page: Page) -> Result<HttpResponse, AppError> {
    let lang = page.lang().to_string();
    if page.viewer.user.is_none() {
        return page.ok("pages/home/landing", &t(&lang, "landing-title"), json!({}));
    }
    let user = page.viewer.signed_in()?.clone();
    let mut by_country = vec![];
    if page.viewer.can(Action::ViewNetwork) {
        for c in countries::all(&page.state.db).await?.iter().filter(|c| c.in_region) {
            let f = directory::DirectoryFilter {
                country: c.code.clone(),
                ..Default::default()
            };
            let list = directory::list_organizations(&page.state.db, &f).await?;
            by_country.push(json!({ "code": c.code, "name": countries::display_name(c), "count": list.total }));
        }
    }
    let tz: chrono_tz::Tz = page.viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
    let today = crate::db::now().with_timezone(&tz).date_naive();
    let item_row = |i: &entity::action_item::Model| {
        json!({ "id": i.id, "title": i.title, "due_on": i.due_on.map(|d| d.to_string()),
                "overdue": i.due_on.is_some_and(|d| d < today),
                "status": crate::views::directory::label(&lang, "action-status", &i.status) })
    };
    let my_items: Vec<_> = actions::open_for_org(&page.state.db, &user, 10)
        .await?
        .iter()
        .map(item_row)
        .collect();
    let invitations: Vec<_> = participants::pending_for(&page.state.db, &user.email)
        .await?
        .into_iter()
        .map(|(p, e)| {
            let rsvp = participants::rsvp_path(page.state.settings.secret_key(), &p, &e);
            json!({ "title": e.title, "id": e.id, "rsvp": rsvp })
        })
        .collect();
    // Register changes in the country of the user's organization, last 90 days.
    let mut register = json!(null);
    if let Some(org) = user.organization_id {
        use sea_orm::EntityTrait;
        if let Some(o) = entity::organization::Entity::find_by_id(org)
            .one(&page.state.db)
            .await?
        {
            let since = today - chrono::Duration::days(90);
            let f = crate::services::legal::ChangesFilter {
                country: o.country_code.clone(),
                ..Default::default()
            };
            let (changes, total) = crate::services::legal::changes_since(&page.state.db, since, &f, None).await?;
            let topics = crate::services::legal::topics_by_id(&page.state.db).await?;
            register = json!({
                "total": total,
                "country": countries::name_in(&countries::all(&page.state.db).await?, &o.country_code),
                "url": format!("/legal/changes?since={since}&country={}", o.country_code),
                "rows": changes.iter().take(5).map(|r| {
                    let t = topics.get(&r.topic_id);
                    json!({"title": t.map(|t| format!("{} {}", t.code, t.title)),
                           "url": format!("/legal/entries/{}/{}", t.map(|t| t.code.as_str()).unwrap_or(""), r.country_code),
                           "assessment": crate::views::directory::label(&lang, "legal-assessment", &r.assessment),
                           "when": r.changed_at.date_naive().to_string()})
                }).collect::<Vec<_>>(),
            });
        }
    }
    let mut secretariat = json!(null);
    if user.is_secretariat() {
        let (upcoming, _, _) = events::list(&page.state.db, Some(&user), &events::EventFilter::default()).await?;
        let overdue = actions::overdue(&page.state.db, today).await?;
        let orgs: std::collections::HashMap<i32, String> = directory::all_organizations(
            &page.state.db,
            &directory::DirectoryFilter {
                archived: "1".into(),
                ..Default::default()
            },
        )
        .await?
        .0
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect();
        let countries_list = countries::all(&page.state.db).await?;
        let mut by_org: std::collections::BTreeMap<String, usize> = Default::default();
        let mut by_cty: std::collections::BTreeMap<String, usize> = Default::default();
        for i in &overdue {
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
                *by_cty.entry(countries::name_in(&countries_list, c)).or_default() += 1;
            }
        }
        let midnight = today
            .and_hms_opt(0, 0, 0)
            .and_then(|m| m.and_local_timezone(tz).earliest())
            .map(|d| d.to_utc())
            .unwrap_or_else(crate::db::now);
        secretariat = json!({
            "upcoming": upcoming.iter().take(5).map(|e| json!({"id": e.id, "title": e.title})).collect::<Vec<_>>(),
            "overdue_total": overdue.len(),
            "overdue_by_org": by_org.into_iter().map(|(k, v)| json!({"name": k, "count": v})).collect::<Vec<_>>(),
            "overdue_by_country": by_cty.into_iter().map(|(k, v)| json!({"name": k, "count": v})).collect::<Vec<_>>(),
            "without_person": actions::without_owner_person(&page.state.db).await?,
            "mail": crate::mail::outbox::health(&page.state.db, midnight).await?,
        });
    }
    page.ok("pages/home/dashboard",
        &t(&lang, "dashboard-title"),
        json!({ "by_country": by_country, "my_items": my_items, "invitations": invitations, "secretariat": secretariat, "register": register,
                "recent_documents": crate::views::documents::rows(&page.state, &crate::services::documents::recent(&page.state.db, Some(&user), 5).await?).await? }),
    )
}
