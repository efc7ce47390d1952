//! Who is invited to an event, their answers, the waiting list, attendance, and the
//! invitation, update and cancellation mails (with an iCalendar part).

use std::collections::BTreeMap;

use chrono::Utc;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, Set,
};
use serde_json::json;

use crate::auth::{CurrentUser, tokens};
use crate::calendar::{self, Attendee};
use crate::db::now;
use crate::error::{AppError, FieldErrors};
use crate::i18n::{dates, msg, t, t_args};
use crate::mail::{self, Category, Mailer, Recipient};
use crate::services::{feeds, validate};
use entity::{event, participant, person, user};

pub const ANSWERS: &[&str] = &["accepted", "tentative", "declined"];

fn partstat(status: &str) -> &'static str {
    match status {
        "accepted" => "ACCEPTED",
        "declined" => "DECLINED",
        "tentative" => "TENTATIVE",
        _ => "NEEDS-ACTION",
    }
}

/// The signed RSVP path for a participant; valid until the event ends.
pub fn rsvp_path(secret: &[u8], p: &participant::Model, ev: &event::Model) -> String {
    let exp = ev.ends_at.timestamp();
    let sig = tokens::sign(secret, &format!("rsvp:{}:{exp}", p.id));
    format!("/rsvp/{}/{exp}/{sig}", p.id)
}

/// Where a participant's mail sends them for the event's details: the event page for an account
/// holder (who signs in), the signed invitation page for someone without an account (which
/// shows the details and works without signing in, also for invited-only events).
pub fn details_url(secret: &[u8], base: &str, p: &participant::Model, ev: &event::Model) -> String {
    match p.user_id {
        Some(_) => format!("{base}/events/{}", ev.id),
        None => format!("{base}{}", rsvp_path(secret, p, ev)),
    }
}

/// The mail recipient for participant `p`: their account, or (without one) their address, with
/// the signed link that stops this event's agenda notices for them.
pub fn recipient(
    secret: &[u8],
    base: &str,
    p: &participant::Model,
    user: Option<&user::Model>,
    ev: &event::Model,
) -> Recipient {
    let mut to = Recipient::for_participant(p, user);
    if to.user_id.is_none() {
        to.unsubscribe = Some(format!("{base}{}/quiet", rsvp_path(secret, p, ev)));
    }
    to
}

/// Stops `pid`'s agenda notices for its event (idempotent).
pub async fn set_quiet(db: &impl ConnectionTrait, pid: i32) -> Result<(), AppError> {
    let p = get(db, pid).await?;
    if !p.quiet {
        let mut am: participant::ActiveModel = p.into();
        am.quiet = Set(true);
        am.update(db).await?;
    }
    Ok(())
}

pub fn verify_rsvp(secret: &[u8], pid: i32, exp: i64, sig: &str) -> bool {
    exp > Utc::now().timestamp() && tokens::verify(secret, &format!("rsvp:{pid}:{exp}"), sig)
}

pub async fn list(db: &impl ConnectionTrait, event_id: i32) -> Result<Vec<participant::Model>, AppError> {
    Ok(participant::Entity::find()
        .filter(participant::Column::EventId.eq(event_id))
        .order_by_asc(participant::Column::Name)
        .all(db)
        .await?)
}

pub async fn get(db: &impl ConnectionTrait, id: i32) -> Result<participant::Model, AppError> {
    participant::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// Queues the invitation (REQUEST), update (REQUEST, higher SEQUENCE) or cancellation (CANCEL)
/// for one participant, respecting their preferences for events.
#[allow(clippy::too_many_arguments)]
async fn send(
    db: &impl ConnectionTrait,
    mailer: &Mailer,
    secret: &[u8],
    base: &str,
    ev: &event::Model,
    p: &participant::Model,
    template: &'static str,
    method: &'static str,
) -> Result<(), AppError> {
    let u = match p.user_id {
        Some(id) => user::Entity::find_by_id(id).one(db).await?,
        None => None,
    };
    let to = recipient(secret, base, p, u.as_ref(), ev);
    if let Some(uid) = to.user_id
        && mail::preference(db, uid, Category::Events).await? == mail::Delivery::Off
    {
        return Ok(());
    }
    // Replies are not asked for (RSVP=FALSE): nobody reads a mailbox for them. The organizer
    // is the secretariat, and the description carries the signed link that records an answer.
    let rsvp_url = (method != "CANCEL").then(|| format!("{base}{}", rsvp_path(secret, p, ev)));
    let mut vevent = feeds::vevent(&to.language, ev, base, &ev.kind);
    if let Some(url) = &rsvp_url {
        let answer = crate::i18n::t_args(&to.language, "ics-answer-here", &[("url", url.as_str().into())]);
        vevent.description = Some(match vevent.description.take() {
            Some(d) => format!("{answer}\n\n{d}"),
            None => answer,
        });
    }
    let (name, email) = mailer.secretariat();
    vevent.organizer = Some(calendar::Person { name, email });
    vevent.attendees = vec![Attendee {
        name: p.name.clone(),
        email: p.email.clone(),
        partstat: partstat(&p.status),
    }];
    let cal = calendar::Calendar {
        name: None,
        method: Some(method),
        events: vec![vevent],
        todos: vec![],
    };
    let tz: chrono_tz::Tz = ev.time_zone.parse().unwrap_or(chrono_tz::Europe::Tirane);
    let data = json!({
        "title": ev.title,
        "when": if ev.all_day {
            // Whole days: the first and the last, no times.
            format!("{} – {}",
                dates::date(&to.language, ev.starts_at.with_timezone(&tz).date_naive()),
                dates::date(&to.language, (ev.ends_at - chrono::Duration::days(1)).with_timezone(&tz).date_naive()))
        } else {
            format!("{} – {} ({})",
                dates::date_time(&to.language, ev.starts_at.with_timezone(&tz).naive_local()),
                dates::date_time(&to.language, ev.ends_at.with_timezone(&tz).naive_local()),
                ev.time_zone)
        },
        "where": feeds::location_of(ev),
        "event_url": details_url(secret, base, p, ev),
        "rsvp_url": rsvp_url,
    });
    let unsubscribe = match to.user_id {
        Some(uid) => Some(mailer.unsubscribe_url(uid, Category::Events)),
        None => to.unsubscribe.clone(),
    };
    let mut rendered = mailer.render(template, &to, &data, unsubscribe.as_deref())?;
    rendered.calendar = Some((method, calendar::to_ics(&cal)));
    let key = format!("{template}:{}:{}:{}", ev.id, ev.sequence, p.email);
    mailer
        .enqueue_rendered(db, Category::Events, &to, &rendered, unsubscribe.as_deref(), &key)
        .await?;
    Ok(())
}

#[derive(Debug, Default)]
pub struct InviteReport {
    pub added: usize,
    pub already: usize,
}

/// Invites the focal points of `org_ids` and the people `person_ids`, and mails each one.
/// Whom an invitation goes to: organizations (their focal points and deputies) and people, and
/// the language of the mail to those without an account.
pub struct Invitees<'a> {
    pub org_ids: &'a [i32],
    pub person_ids: &'a [i32],
    pub language: &'a str,
}

pub async fn invite(
    db: &DatabaseConnection,
    mailer: &Mailer,
    secret: &[u8],
    base: &str,
    ev: &event::Model,
    who: Invitees<'_>,
) -> Result<InviteReport, AppError> {
    let Invitees {
        org_ids,
        person_ids,
        language,
    } = who;
    if ev.status != "published" {
        let mut e = FieldErrors::default();
        e.add("invite", msg("participants-error-unpublished"));
        return Err(AppError::Validation(e));
    }
    let mut people: Vec<person::Model> = vec![];
    if !org_ids.is_empty() {
        people.extend(
            person::Entity::find()
                .filter(person::Column::OrganizationId.is_in(org_ids.to_vec()))
                .filter(person::Column::NetworkRole.is_in(["focal_point", "deputy_focal_point"]))
                .filter(person::Column::Archived.eq(false))
                .all(db)
                .await?,
        );
    }
    if !person_ids.is_empty() {
        people.extend(
            person::Entity::find()
                .filter(person::Column::Id.is_in(person_ids.to_vec()))
                .all(db)
                .await?,
        );
    }
    let txn = crate::db::begin_write(db).await?;
    // Two people inviting to one event at once take turns, so each address is invited once.
    crate::db::lock_row(&txn, "event", ev.id).await?;
    let mut report = InviteReport::default();
    let t = now();
    for p in people {
        let Some(email) = p.email.clone().filter(|e| validate::is_email(e)) else {
            continue;
        };
        let exists = participant::Entity::find()
            .filter(participant::Column::EventId.eq(ev.id))
            .filter(participant::Column::Email.eq(email.clone()))
            .count(&txn)
            .await?
            > 0;
        if exists {
            report.already += 1;
            continue;
        }
        let user_id = account_of(&txn, &p, &email).await?;
        let part = participant::ActiveModel {
            event_id: Set(ev.id),
            user_id: Set(user_id),
            person_id: Set(Some(p.id)),
            organization_id: Set(Some(p.organization_id)),
            email: Set(email),
            name: Set(p.name.clone()),
            status: Set("invited".into()),
            dietary: Set(None),
            accessibility: Set(None),
            share_name: Set(false),
            attended: Set(None),
            invited_at: Set(t),
            responded_at: Set(None),
            language: Set(crate::i18n::supported(language).then(|| language.to_string())),
            ..Default::default()
        }
        .insert(&txn)
        .await?;
        send(&txn, mailer, secret, base, ev, &part, "event_invitation", "REQUEST").await?;
        report.added += 1;
    }
    txn.commit().await?;
    Ok(report)
}

/// The account that belongs to directory person `p`: the one linked to it, or else the one
/// with its address (which is then linked, so the match by address happens once).
async fn account_of(txn: &impl ConnectionTrait, p: &person::Model, email: &str) -> Result<Option<i32>, AppError> {
    let linked = user::Entity::find()
        .filter(user::Column::PersonId.eq(p.id))
        .filter(user::Column::Active.eq(true))
        .one(txn)
        .await?;
    if let Some(u) = linked {
        return Ok(Some(u.id));
    }
    let by_address = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .filter(user::Column::Active.eq(true))
        .one(txn)
        .await?;
    Ok(match by_address {
        Some(u) => Some(crate::services::accounts::link_by_address(txn, u).await?.id),
        None => None,
    })
}

/// The viewer's own invitation to `event_id`: addressed to their account, to the directory
/// person their account belongs to, or to their address.
pub async fn for_viewer(
    db: &impl ConnectionTrait,
    event_id: i32,
    user: &CurrentUser,
) -> Result<Option<participant::Model>, AppError> {
    let mut rows = participant::Entity::find()
        .filter(participant::Column::EventId.eq(event_id))
        .filter(mine(user))
        .order_by_asc(participant::Column::Id)
        .all(db)
        .await?;
    // Addressed to the account first, then to the person, then to the address.
    rows.sort_by_key(|p| {
        if p.user_id == Some(user.id) {
            0
        } else if p.person_id.is_some() && p.person_id == user.person_id {
            1
        } else {
            2
        }
    });
    Ok(rows.into_iter().next())
}

/// The participant rows that are `user`'s (see [`for_viewer`]).
pub fn mine(user: &CurrentUser) -> Condition {
    let mut c = Condition::any()
        .add(participant::Column::UserId.eq(user.id))
        .add(participant::Column::Email.eq(user.email.clone()));
    if let Some(pid) = user.person_id {
        c = c.add(participant::Column::PersonId.eq(pid));
    }
    c
}

/// Mails every participant who has not declined after a change (REQUEST with the new SEQUENCE)
/// or a cancellation (CANCEL).
pub async fn announce(
    db: &DatabaseConnection,
    mailer: &Mailer,
    secret: &[u8],
    base: &str,
    ev: &event::Model,
) -> Result<usize, AppError> {
    let (template, method) = if ev.status == "cancelled" {
        ("event_cancelled", "CANCEL")
    } else {
        ("event_updated", "REQUEST")
    };
    let txn = crate::db::begin_write(db).await?;
    let mut n = 0;
    for p in list(&txn, ev.id).await? {
        if p.status == "declined" {
            continue;
        }
        send(&txn, mailer, secret, base, ev, &p, template, method).await?;
        n += 1;
    }
    txn.commit().await?;
    Ok(n)
}

pub struct Answer {
    pub status: String,
    pub dietary: Option<String>,
    pub accessibility: Option<String>,
    pub share_name: bool,
}

pub fn parse_answer(status: &str, dietary: &str, accessibility: &str, share_name: bool) -> Result<Answer, AppError> {
    let mut e = FieldErrors::default();
    let status = validate::choice(&mut e, "status", status, ANSWERS);
    let dietary = validate::optional(&mut e, "dietary", dietary, 500);
    let accessibility = validate::optional(&mut e, "accessibility", accessibility, 500);
    e.into_result()?;
    Ok(Answer {
        status,
        dietary,
        accessibility,
        share_name,
    })
}

/// Records an answer. An acceptance beyond the capacity goes on the waiting list; a place freed
/// by a decline goes to the first person waiting, who is told.
pub async fn respond(
    db: &DatabaseConnection,
    mailer: &Mailer,
    base: &str,
    pid: i32,
    a: Answer,
) -> Result<participant::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let event_id = get(&txn, pid).await?.event_id;
    // Answers to one event queue here, so two acceptances never both see the last free place.
    crate::db::lock_row(&txn, "event", event_id).await?;
    let p = get(&txn, pid).await?;
    let ev = event::Entity::find_by_id(p.event_id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    if ev.starts_at <= now() {
        let mut e = FieldErrors::default();
        e.add("status", msg("rsvp-error-started"));
        return Err(AppError::Validation(e));
    }
    let was_accepted = p.status == "accepted";
    let accepted_others = participant::Entity::find()
        .filter(participant::Column::EventId.eq(ev.id))
        .filter(participant::Column::Status.eq("accepted"))
        .filter(participant::Column::Id.ne(pid))
        .count(&txn)
        .await?;
    let status = if a.status == "accepted" && !was_accepted && ev.capacity.is_some_and(|c| accepted_others >= c as u64)
    {
        "waitlisted".to_string()
    } else {
        a.status.clone()
    };
    let mut am: participant::ActiveModel = p.into();
    am.status = Set(status.clone());
    am.dietary = Set(a.dietary);
    am.accessibility = Set(a.accessibility);
    am.share_name = Set(a.share_name);
    am.responded_at = Set(Some(now()));
    let saved = am.update(&txn).await?;
    if was_accepted && status != "accepted" {
        let next = participant::Entity::find()
            .filter(participant::Column::EventId.eq(ev.id))
            .filter(participant::Column::Status.eq("waitlisted"))
            .order_by_asc(participant::Column::RespondedAt)
            .one(&txn)
            .await?;
        if let Some(n) = next {
            let mut nm: participant::ActiveModel = n.clone().into();
            nm.status = Set("accepted".into());
            let n = nm.update(&txn).await?;
            let account = match n.user_id {
                Some(id) => user::Entity::find_by_id(id).one(&txn).await?,
                None => None,
            };
            let to = recipient(mailer.secret(), base, &n, account.as_ref(), &ev);
            let data = json!({ "title": t_args(&to.language, "rsvp-place-free-subject", &[("title", ev.title.as_str().into())]),
                               "text": t(&to.language, "rsvp-place-free-text"),
                               "url": details_url(mailer.secret(), base, &n, &ev) });
            mailer
                .enqueue_direct(
                    &txn,
                    Category::Events,
                    "notice",
                    &to,
                    &data,
                    &format!("waitlist-promoted:{}:{}", ev.id, n.id),
                )
                .await?;
        }
    }
    txn.commit().await?;
    Ok(saved)
}

pub async fn set_attendance(db: &impl ConnectionTrait, event_id: i32, attended: &[i32]) -> Result<(), AppError> {
    for p in list(db, event_id).await? {
        let was = p.attended;
        let now_attended = Some(attended.contains(&p.id));
        if was != now_attended {
            let mut am: participant::ActiveModel = p.into();
            am.attended = Set(now_attended);
            am.update(db).await?;
        }
    }
    Ok(())
}

/// Counts by country and organization (any status but declined).
pub async fn counts(
    db: &impl ConnectionTrait,
    parts: &[participant::Model],
) -> Result<BTreeMap<String, BTreeMap<String, usize>>, AppError> {
    let countries_list = crate::services::countries::all(db).await?;
    // One query for all the participants' organizations, not one per participant.
    let ids: Vec<i32> = parts.iter().filter_map(|p| p.organization_id).collect();
    let orgs: std::collections::HashMap<i32, entity::organization::Model> = if ids.is_empty() {
        Default::default()
    } else {
        entity::organization::Entity::find()
            .filter(entity::organization::Column::Id.is_in(ids))
            .all(db)
            .await?
            .into_iter()
            .map(|o| (o.id, o))
            .collect()
    };
    let mut out: BTreeMap<String, BTreeMap<String, usize>> = BTreeMap::new();
    for p in parts.iter().filter(|p| p.status != "declined") {
        let (country, org) = match p.organization_id.and_then(|id| orgs.get(&id)) {
            Some(o) => (
                crate::services::countries::name_in(&countries_list, &o.country_code),
                o.name.clone(),
            ),
            None => ("—".into(), "—".into()),
        };
        *out.entry(country).or_default().entry(org).or_default() += 1;
    }
    Ok(out)
}

/// Invitations to upcoming published events that `user` has not answered.
pub async fn pending_for(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
) -> Result<Vec<(participant::Model, event::Model)>, AppError> {
    let invited = participant::Entity::find()
        .filter(mine(user))
        .filter(participant::Column::Status.eq("invited"))
        .all(db)
        .await?;
    if invited.is_empty() {
        return Ok(vec![]);
    }
    // The events in one query (the dashboard asks on every visit), upcoming and published only.
    let events: std::collections::HashMap<i32, event::Model> = event::Entity::find()
        .filter(event::Column::Id.is_in(invited.iter().map(|p| p.event_id).collect::<Vec<_>>()))
        .filter(event::Column::Status.eq("published"))
        .filter(event::Column::StartsAt.gt(now()))
        .all(db)
        .await?
        .into_iter()
        .map(|e| (e.id, e))
        .collect();
    let out = invited
        .into_iter()
        .filter_map(|p| events.get(&p.event_id).cloned().map(|e| (p, e)))
        .collect();
    Ok(out)
}
