//! Background jobs and their scheduler.
//!
//! One loop runs inside `serve` (or alone as `roundtable worker`; several may run at once, on
//! one database). Every `ROUNDTABLE_MAIL_POLL_MS` it extracts the text of a few new uploads,
//! brings the search index up to date and delivers due mail; once a minute it also runs the
//! digests, agenda notices, reminders, the services' monthly confirmations and funding notices,
//! and the search index's maintenance. Each job is one file here and calls its service; an error
//! is logged and the loop goes on, so a database hiccup never stops mail for good.
//!
//! To add a job: a file with `pub async fn run(ctx: &Context, ...)` that logs its own failure,
//! and one line in [`run`] in the right cadence.

mod agenda_notices;
mod digests;
mod mail_delivery;
mod reminders;
mod review_reminders;
mod search_index;
mod service_confirmations;
mod text_extraction;

use std::sync::Arc;
use std::time::{Duration, Instant};

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use crate::config::Settings;
use crate::mail::worker::Worker;
use crate::mail::{Mailer, Notifier};
use crate::storage::BlobStore;

/// What the jobs share.
pub struct Context {
    pub worker: Worker,
    pub mailer: Arc<Mailer>,
    pub settings: Settings,
    pub store: Arc<dyn BlobStore>,
}

impl Context {
    fn db(&self) -> &DatabaseConnection {
        &self.worker.db
    }

    fn notifier(&self) -> Notifier<'_> {
        Notifier::new(&self.mailer, &self.settings)
    }
}

/// The scheduler: runs until the task is dropped.
pub async fn run(ctx: Context) {
    let mut last_minute = Instant::now() - Duration::from_secs(3600);
    let mut search = search_index::State::default();
    loop {
        let now = crate::db::now();
        text_extraction::run(&ctx).await;
        search_index::catch_up(&ctx).await;
        if mail_delivery::run(&ctx, now).await {
            // More may be due: deliver again before sleeping.
            continue;
        }
        if last_minute.elapsed() >= Duration::from_secs(60) {
            last_minute = Instant::now();
            minute(&ctx, &mut search, now).await;
            // These passes read many rows at once; give that memory back.
            crate::memory::release_freed();
        }
        tokio::time::sleep(ctx.settings.mail_poll).await;
    }
}

/// The jobs that run once a minute.
async fn minute(ctx: &Context, search: &mut search_index::State, now: DateTime<Utc>) {
    digests::run(ctx, now).await;
    agenda_notices::run(ctx, now).await;
    let today = now.with_timezone(&chrono_tz::Europe::Tirane).date_naive();
    reminders::run(ctx, today).await;
    review_reminders::run(ctx, today).await;
    service_confirmations::run(ctx, today, now).await;
    search_index::maintain(ctx, search).await;
}
