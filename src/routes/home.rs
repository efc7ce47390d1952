use actix_web::HttpResponse;

use crate::auth::{Action, CurrentUser};
use crate::error::AppError;
use crate::i18n::t;
use crate::services::{actions, countries, directory, events, participants};
use crate::state::AppState;
use crate::views::Page;
use crate::views::home::{self as v, Dashboard, Landing};

/// The landing page for visitors; the dashboard for signed-in users.
pub async fn index(page: Page) -> Result<HttpResponse, AppError> {
    let lang = page.lang().to_string();
    if page.viewer.user.is_none() {
        return page.ok("pages/home/landing", &t(&lang, "landing-title"), Landing {});
    }
    let user = page.viewer.signed_in()?.clone();
    let mut by_country = vec![];
    if page.viewer.can(Action::ViewNetwork) {
        for c in countries::all_in(&page.state.db, page.lang())
            .await?
            .iter()
            .filter(|c| c.in_region)
        {
            let f = directory::DirectoryFilter {
                country: c.code.clone(),
                ..Default::default()
            };
            let list = directory::list_organizations(&page.state.db, &f).await?;
            by_country.push(v::country_count(c, list.total));
        }
    }
    let tz: chrono_tz::Tz = page.viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
    let today = crate::db::now().with_timezone(&tz).date_naive();
    let my_items: Vec<_> = actions::open_for_org(&page.state.db, &user, 10)
        .await?
        .iter()
        .map(|i| v::item_row(&lang, today, i))
        .collect();
    let invitations: Vec<_> = participants::pending_for(&page.state.db, &user)
        .await?
        .into_iter()
        .map(|(_, e)| v::invitation(&e, format!("/events/{}#your-answer", e.id)))
        .collect();
    let register = register(&page.state, &lang, &user, today).await?;
    let (secretariat, service_checks) = if user.is_secretariat() {
        (
            Some(secretariat(&page.state, page.lang(), today, tz).await?),
            Some(crate::views::freshness::panel(&page.state, today).await?),
        )
    } else {
        (None, None)
    };
    let figures = figures(&page, &lang, today).await?;
    let recent = crate::services::documents::recent(&page.state.db, Some(&user), 5).await?;
    // The next five events the user may see, drafts left out (they are the secretariat's work
    // in progress, listed on the events page).
    let (upcoming, _, _) = events::list(&page.state.db, Some(&user), &events::EventFilter::default()).await?;
    let countries_list = countries::all_in(&page.state.db, page.lang()).await?;
    let upcoming = upcoming
        .iter()
        .filter(|e| e.status != "draft")
        .take(5)
        .map(|e| crate::views::events::summary_row(&lang, e, &countries_list))
        .collect();
    page.ok(
        "pages/home/dashboard",
        &t(&lang, "dashboard-title"),
        Dashboard {
            upcoming,
            by_country,
            my_items,
            invitations,
            secretariat,
            register,
            recent_documents: crate::views::documents::rows(&page.state, &lang, &recent).await?,
            service_checks,
            figures,
        },
    )
}

/// The figures card: a member reporting for their organization sees its sheets of last month and
/// its services to confirm; anyone else who reads figures sees the network's quarter.
async fn figures(
    page: &Page,
    lang: &str,
    today: chrono::NaiveDate,
) -> Result<Option<crate::views::figure_panels::DashboardFigures>, AppError> {
    use crate::views::figure_panels as fp;
    let state = &page.state;
    let own = page
        .viewer
        .user
        .as_ref()
        .and_then(|u| u.organization_id)
        .filter(|org| page.viewer.can(Action::ReportFigures { organization_id: *org }));
    let cards = if let Some(org) = own {
        fp::DashboardFigures {
            member: Some(fp::member_card(state, lang, org, today).await?),
            network: None,
        }
    } else if page.viewer.can(Action::ViewFigures) {
        let secretariat = page.viewer.user.as_ref().is_some_and(|u| u.is_secretariat());
        fp::DashboardFigures {
            member: None,
            network: Some(fp::network_card(state, lang, secretariat).await?),
        }
    } else {
        return Ok(None);
    };
    Ok(Some(cards))
}

/// Register changes in the country of the user's organization, last 90 days.
async fn register(
    state: &AppState,
    lang: &str,
    user: &CurrentUser,
    today: chrono::NaiveDate,
) -> Result<Option<v::RegisterPanel>, AppError> {
    use sea_orm::EntityTrait;
    let Some(org) = user.organization_id else {
        return Ok(None);
    };
    let Some(o) = entity::organization::Entity::find_by_id(org).one(&state.db).await? else {
        return Ok(None);
    };
    let since = today - chrono::Duration::days(90);
    let f = crate::services::legal::ChangesFilter {
        country: o.country_code.clone(),
        ..Default::default()
    };
    let (changes, total) = crate::services::legal::changes_since(&state.db, since, &f, None).await?;
    let topics = crate::services::legal::topics_by_id(&state.db).await?;
    let country = countries::name_in(&countries::all_in(&state.db, lang).await?, &o.country_code);
    Ok(Some(v::register_panel(
        lang,
        since,
        &o.country_code,
        country,
        &changes,
        total,
        &topics,
    )))
}

/// What the secretariat watches: upcoming events, overdue action items, the mail queue.
async fn secretariat(
    state: &AppState,
    lang: &str,
    today: chrono::NaiveDate,
    tz: chrono_tz::Tz,
) -> Result<v::SecretariatPanel, AppError> {
    let overdue = actions::overdue(&state.db, today).await?;
    let orgs: std::collections::HashMap<i32, String> = directory::all_organizations(
        &state.db,
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
    let countries_list = countries::all_in(&state.db, lang).await?;
    let midnight = today
        .and_hms_opt(0, 0, 0)
        .and_then(|m| m.and_local_timezone(tz).earliest())
        .map(|d| d.to_utc())
        .unwrap_or_else(crate::db::now);
    Ok(v::secretariat_panel(
        &overdue,
        &orgs,
        &countries_list,
        actions::without_owner_person(&state.db).await?,
        crate::mail::outbox::health(&state.db, midnight).await?,
    ))
}
