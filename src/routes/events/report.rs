//! After the meeting: outcomes of matters arising and the post-meeting report.

use actix_web::{HttpResponse, web};
use chrono_tz::Tz;

use crate::auth::Action;
use crate::error::AppError;
use crate::forms::Form;
use crate::i18n::t;
use crate::services::{countries, events as ev, participants};
use crate::views::events::{self as v, summary_row};
use crate::views::{self, Page};

use super::{base, load_visible};

/// Records the outcome of a matter arising (an open item of an earlier meeting) at this meeting.
pub async fn matter_outcome(page: Page, path: web::Path<(i32, i32)>, form: Form) -> Result<HttpResponse, AppError> {
    let me = page.viewer.require(Action::ManageEvents)?.clone();
    let (event_id, item_id) = path.into_inner();
    let e = ev::get(&page.state.db, event_id).await?;
    let arising = crate::services::actions::matters_arising(&page.state.db, &e).await?;
    if !arising.iter().any(|i| i.id == item_id) {
        return Err(AppError::NotFound);
    }
    let outcome = form.get("outcome");
    let text = if outcome.is_empty() {
        String::new()
    } else {
        // A comment written for the secretariat member, in their language.
        crate::i18n::t_args(
            page.lang(),
            "matters-reviewed-at",
            &[("title", e.title.as_str().into()), ("outcome", outcome.into())],
        )
    };
    let back = format!("/events/{event_id}#matters-arising");
    let result = crate::services::actions::comment(
        &page.state.db,
        item_id,
        Some(me.id),
        &text,
        form.get("status"),
        "",
        Some(&page.state.notifier()),
    )
    .await;
    views::actions::comment_answer(&page, &back, result, "matters-recorded")
}

#[derive(serde::Deserialize)]
pub struct ReportQuery {
    #[serde(default)]
    download: String,
    /// The quarter of "Figures for the roundtable" (`2026-Q3`), or `none`; by default the
    /// last complete quarter before the meeting.
    #[serde(default)]
    figures: String,
}

/// The post-meeting report in one click: attendance by country and organization, sessions held,
/// decisions from the minutes, action items opened and closed. Printable; `?download=1` saves
/// it as an HTML file.
pub async fn post_meeting_report(
    page: Page,
    path: web::Path<i32>,
    q: web::Query<ReportQuery>,
) -> Result<HttpResponse, AppError> {
    let user = page.viewer.require(Action::ViewNetwork)?.clone();
    let e = load_visible(&page.state, &page.viewer, path.into_inner()).await?;
    let lang = page.lang().to_string();
    let parts = participants::list(&page.state.db, e.id).await?;
    let marked = parts.iter().any(|p| p.attended.is_some());
    let present: Vec<entity::participant::Model> = parts
        .into_iter()
        .filter(|p| {
            if marked {
                p.attended == Some(true)
            } else {
                p.status == "accepted"
            }
        })
        .collect();
    let attendance = v::country_groups(participants::counts(&page.state.db, &present).await?);
    let items = ev::items(&page.state.db, e.id).await?;
    let readable = crate::services::minutes::readable(&page.state.db, e.id, &user).await?;
    // Said on the report so that an empty decisions list is not read as "nothing was decided".
    let minutes_pending = readable.is_none() && crate::services::minutes::get(&page.state.db, e.id).await?.is_some();
    let minutes = readable.map(|(_, c)| c).unwrap_or_default();
    let mut decisions = vec![];
    if !minutes.meeting.decisions.trim().is_empty() {
        decisions.push(v::Decision {
            section: t(&lang, "minutes-meeting"),
            text: minutes.meeting.decisions.clone(),
        });
    }
    for i in &items {
        if let Some(p) = minutes.items.get(&i.id).filter(|p| !p.decisions.trim().is_empty()) {
            decisions.push(v::Decision {
                section: i.title.clone(),
                text: p.decisions.clone(),
            });
        }
    }
    let f = crate::services::actions::ItemFilter {
        event: Some(e.id),
        ..Default::default()
    };
    let tz: Tz = page.viewer.tz().parse().unwrap_or(chrono_tz::Europe::Tirane);
    let today = crate::db::now().with_timezone(&tz).date_naive();
    let actions = crate::services::actions::all_matching(&page.state.db, &user, &f, today).await?;
    // Register changes since the previous meeting of the series (or the previous roundtable).
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder};
    let previous = entity::event::Entity::find()
        .filter(entity::event::Column::StartsAt.lt(e.starts_at))
        .filter(entity::event::Column::Status.ne("cancelled"))
        .filter(match e.series_id {
            Some(s) => entity::event::Column::SeriesId.eq(s),
            None => entity::event::Column::Kind.eq(e.kind.clone()),
        })
        .order_by_desc(entity::event::Column::StartsAt)
        .one(&page.state.db)
        .await?;
    let since = previous
        .as_ref()
        .map(|p| p.starts_at.date_naive())
        .unwrap_or_else(|| e.starts_at.date_naive() - chrono::Duration::days(365));
    let until = e.ends_at.date_naive();
    let legal_filter = crate::services::legal::ChangesFilter {
        until: until.to_string(),
        ..Default::default()
    };
    let (register_changes, register_total) =
        crate::services::legal::changes_since(&page.state.db, since, &legal_filter, None).await?;
    let topics = crate::services::legal::topics_by_id(&page.state.db).await?;
    let all_countries = countries::all_in(&page.state.db, page.lang()).await?;
    let file = q.download == "1";
    let site = base(&page.state);
    // Figures for the roundtable: network information, so never for a reader who may not read
    // figures; the quarter is chosen on the report itself (it is made on demand, so a query
    // parameter is enough and nothing is stored).
    let tz_event: Tz = e.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
    let default_quarter =
        crate::services::figures::glance::quarter_before(e.starts_at.with_timezone(&tz_event).date_naive());
    let chosen = match q.figures.trim() {
        "none" => None,
        other => Some(crate::services::figures::Quarter::parse(other).unwrap_or(default_quarter)),
    };
    let may_see_figures = page.viewer.can(Action::ViewFigures);
    let figures = match chosen.filter(|_| may_see_figures) {
        Some(quarter) => Some(crate::views::figure_panels::report_figures(&page.state, &lang, quarter).await?),
        None => None,
    };
    let figures_choice = if page.viewer.can(Action::ManageEvents) && may_see_figures && !file {
        crate::views::figure_panels::quarter_options(&lang, default_quarter, chosen)
    } else {
        vec![]
    };
    let figures_param = if q.figures.trim().is_empty() {
        String::new()
    } else {
        format!("&figures={}", chosen.map(|c| c.code()).unwrap_or_else(|| "none".into()))
    };
    let data = v::ReportPage {
        link_base: if file { site.clone() } else { String::new() },
        page_url: format!("{site}/events/{}/report", e.id),
        report_css: if file { v::REPORT_CSS } else { "" },
        // A short summary: the first ten, then the link to all of them.
        register: register_changes
            .iter()
            .take(10)
            .map(|r| v::register_change(&lang, r, &topics, &all_countries))
            .collect(),
        register_total,
        register_since: since.to_string(),
        register_url: format!("/legal/changes?since={since}&until={until}"),
        event: summary_row(&lang, &e, &all_countries),
        attendance,
        present: present.len(),
        attendance_marked: marked,
        sessions: items.iter().map(|i| v::session(&lang, i)).collect(),
        decisions,
        minutes_pending,
        opened: actions.iter().map(|a| views::actions::action_link(&lang, a)).collect(),
        closed: actions.iter().filter(|a| a.status == "done").count(),
        opened_count: actions.len(),
        download_url: format!("/events/{}/report?download=1{figures_param}", e.id),
        figures,
        figures_choice,
    };
    let template = if file {
        "pages/events/report_file"
    } else {
        "pages/events/report"
    };
    let mut resp = page.ok(template, &t(&lang, "post-report-title"), data)?;
    if file {
        resp.headers_mut().insert(
            actix_web::http::header::CONTENT_DISPOSITION,
            actix_web::http::header::HeaderValue::from_str(&format!(
                "attachment; filename=\"report-event-{}.html\"",
                e.id
            ))
            .map_err(AppError::internal)?,
        );
    }
    Ok(resp)
}
