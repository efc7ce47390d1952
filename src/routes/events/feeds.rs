//! .ics downloads and calendar feeds (network, personal), and the personal feed URL.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};

use crate::auth::Action;
use crate::calendar;
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{events as ev, feeds};
use crate::state::AppState;
use crate::views::events::FeedCreatedPage;
use crate::views::{self, Page, directory::label};

use super::{base, load_visible, uid_domain};

fn ics_response(body: String, filename: &str) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/calendar; charset=utf-8")
        .insert_header(("Content-Disposition", format!("inline; filename=\"{filename}\"")))
        .insert_header(("Cache-Control", "no-cache"))
        .body(body)
}

#[derive(serde::Deserialize)]
pub struct IcsQuery {
    #[serde(default)]
    items: String,
}

pub async fn event_ics(page: Page, path: web::Path<i32>, q: web::Query<IcsQuery>) -> Result<HttpResponse, AppError> {
    let e = load_visible(&page.state, &page.viewer, path.into_inner()).await?;
    let lang = page.lang().to_string();
    let mut events = vec![feeds::vevent(
        &lang,
        &e,
        &base(&page.state),
        &label(&lang, "event-kind", &e.kind),
    )];
    if q.items == "1" && (e.agenda_published || page.viewer.can(Action::ManageEvents)) {
        events.extend(feeds::item_vevents(
            &lang,
            &e,
            &ev::items(&page.state.db, e.id).await?,
            &base(&page.state),
        ));
    }
    let cal = feeds::calendar_of(&e.title, events);
    Ok(ics_response(calendar::to_ics(&cal), &format!("event-{}.ics", e.id)))
}

/// The events of a feed as VEVENTs, each kind's name looked up once per feed (not per event).
fn feed_events(list: &[entity::event::Model], base: &str, lang: &str) -> Vec<calendar::Event> {
    let mut kinds: std::collections::HashMap<&str, String> = std::collections::HashMap::new();
    list.iter()
        .map(|e| {
            let kind = kinds
                .entry(e.kind.as_str())
                .or_insert_with(|| label(lang, "event-kind", &e.kind));
            feeds::vevent(lang, e, base, kind)
        })
        .collect()
}

/// Public events of the network, for anyone's calendar app.
pub async fn network_feed(state: web::Data<AppState>) -> Result<HttpResponse, AppError> {
    let list = ev::for_feed(&state.db, ev::visible_to(None), 500).await?;
    let lang = crate::i18n::DEFAULT_LANGUAGE;
    let events = feed_events(&list, &base(&state), lang);
    Ok(ics_response(
        calendar::to_ics(&feeds::calendar_of(&t(lang, "ics-network-calendar"), events)),
        "roundtable-events.ics",
    ))
}

/// A user's own feed at a secret URL: what they may see, including invited-only events.
pub async fn personal_feed(state: web::Data<AppState>, path: web::Path<String>) -> Result<HttpResponse, AppError> {
    let token = path.into_inner();
    let token = token.trim_end_matches(".ics");
    let u = ev::user_for_feed(&state.db, token).await?.ok_or(AppError::NotFound)?;
    let cu = crate::auth::CurrentUser::from_model(&u).ok_or(AppError::NotFound)?;
    let list = ev::for_feed(&state.db, ev::visible_to(Some(&cu)), 1000).await?;
    let b = base(&state);
    let events = feed_events(&list, &b, &cu.language);
    // The action items of the user's organization with a due date, as VTODOs.
    let mut todos = vec![];
    if let Some(org) = cu.organization_id {
        for a in crate::services::actions::for_feed(&state.db, org).await? {
            let Some(due) = a.due_on else { continue };
            todos.push(calendar::Todo {
                uid: format!("action-{}@{}", a.id, uid_domain(&state)),
                sequence: 0,
                dtstamp: a.updated_at,
                due,
                summary: a.title.clone(),
                description: a.description.clone(),
                url: Some(format!("{b}/actions/{}", a.id)),
                status: match a.status.as_str() {
                    "done" => "COMPLETED",
                    "cancelled" => "CANCELLED",
                    "in_progress" => "IN-PROCESS",
                    _ => "NEEDS-ACTION",
                },
            });
        }
    }
    let name = crate::i18n::t_args(
        &cu.language,
        "ics-personal-calendar",
        &[("name", u.name.as_str().into())],
    );
    let mut cal = feeds::calendar_of(&name, events);
    cal.todos = todos;
    Ok(ics_response(calendar::to_ics(&cal), "roundtable.ics"))
}

/// Makes (or replaces) the user's secret feed URL and shows it once.
pub async fn rotate_feed(page: Page, _form: Form) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ManageOwnAccount)?;
    let token = ev::feed_token(&page.state.db, user.id, true)
        .await?
        .ok_or_else(|| AppError::internal("no token"))?;
    let url = format!("{}/calendar/{token}.ics", base(&page.state));
    let webcal = url
        .replacen("http://", "webcal://", 1)
        .replacen("https://", "webcal://", 1);
    views::render(
        &page.state,
        &page.viewer,
        &page.req,
        StatusCode::OK,
        "pages/events/feed_created",
        &t(page.lang(), "feed-title"),
        FeedCreatedPage { url, webcal },
    )
}
