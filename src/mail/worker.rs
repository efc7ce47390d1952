//! The delivery worker: claims due messages, sends them outside any transaction, records the
//! outcome. It runs inside `serve` and as `roundtable worker`; several may run at once.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use super::transport::Transport;
use super::{Mailer, digest, outbox};
use crate::auth::tokens;
use crate::config::Settings;
use crate::error::AppError;

#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Report {
    pub sent: usize,
    pub retried: usize,
    pub dead: usize,
}

#[derive(Clone)]
pub struct Worker {
    pub db: DatabaseConnection,
    pub transport: Transport,
    pub lease: Duration,
    pub max_attempts: i32,
    pub batch: u64,
}

impl Worker {
    pub fn new(db: DatabaseConnection, transport: Transport, settings: &Settings) -> Self {
        Worker {
            db,
            transport,
            lease: settings.mail_lease,
            max_attempts: settings.mail_max_attempts,
            batch: 100,
        }
    }

    /// One pass: claims what is due at `now` and delivers it, one message at a time.
    pub async fn deliver_due(&self, now: DateTime<Utc>) -> Result<Report, AppError> {
        let owner = tokens::random_token();
        let claimed = outbox::claim(&self.db, &owner, now, self.lease, self.batch).await?;
        let mut report = Report::default();
        // The lease is renewed once a third of it has passed, so a slow SMTP server never lets
        // it run out under a live worker (another worker would then send the rest again).
        let started = std::time::Instant::now();
        let mut renewed = started;
        let mut still_held: Option<std::collections::HashSet<i64>> = None;
        for m in claimed {
            if renewed.elapsed() >= self.lease / 3 {
                renewed = std::time::Instant::now();
                let elapsed = chrono::Duration::from_std(started.elapsed()).unwrap_or_default();
                let until = now + elapsed + chrono::Duration::from_std(self.lease).unwrap_or_default();
                still_held = Some(outbox::renew(&self.db, &owner, until).await?);
            }
            if still_held.as_ref().is_some_and(|h| !h.contains(&m.id)) {
                // Taken over while this worker was stalled: the new holder sends it.
                tracing::warn!(outbox_id = m.id, "lease lost; left to the worker that holds it now");
                continue;
            }
            match self
                .transport
                .send_raw(&m.from_address, &m.to_address, m.raw.as_bytes())
                .await
            {
                Ok(answer) => {
                    tracing::debug!(outbox_id = m.id, %answer, "sent");
                    outbox::mark_sent(&self.db, m.id, &owner).await?;
                    report.sent += 1;
                }
                Err(f) => {
                    let dead =
                        outbox::mark_failed(&self.db, &m, &owner, &f.message, f.permanent, self.max_attempts, now)
                            .await?;
                    if dead {
                        tracing::warn!(outbox_id = m.id, error = %f.message, "message dead-lettered");
                        report.dead += 1;
                    } else {
                        tracing::info!(outbox_id = m.id, error = %f.message, "delivery failed; will retry");
                        report.retried += 1;
                    }
                }
            }
        }
        Ok(report)
    }

    /// Delivers until nothing is due at `now` (tests and `mail flush`).
    pub async fn drain(&self, now: DateTime<Utc>) -> Result<Report, AppError> {
        let mut total = Report::default();
        loop {
            let r = self.deliver_due(now).await?;
            total.sent += r.sent;
            total.retried += r.retried;
            total.dead += r.dead;
            if r == Report::default() {
                return Ok(total);
            }
        }
    }
}

/// The background loop: deliveries every `poll`, digests once a minute. Errors are logged and
/// the loop goes on (a database hiccup must not stop mail for good).
pub async fn run(worker: Worker, mailer: Arc<Mailer>, settings: Settings, store: Arc<dyn crate::storage::BlobStore>) {
    let mut last_digest = std::time::Instant::now() - Duration::from_secs(3600);
    let mut last_overlap: Option<DateTime<Utc>> = None;
    loop {
        let now = crate::db::now();
        // Text of new uploads for search, a few at a time between mail batches.
        match crate::services::documents::extract_pending(&worker.db, store.as_ref(), 5).await {
            Ok(0) => {}
            Ok(n) => tracing::info!(versions = n, "document text extracted"),
            Err(e) => tracing::warn!(error = %e, "text extraction pass failed"),
        }
        match crate::services::search::sync_with(&worker.db, crate::services::search::Pass::Full, &mut |_, _| {}).await
        {
            // A large load (an upgrade, an import) leaves the index in many pieces: merge them.
            Ok(n) if n >= 5_000 => {
                if let Err(e) = crate::services::search::optimize(&worker.db).await {
                    tracing::warn!(error = %e, "search index optimize failed");
                }
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "search index pass failed"),
        }
        match worker.deliver_due(now).await {
            Ok(r) if r.sent + r.retried + r.dead > 0 => {
                tracing::info!(sent = r.sent, retried = r.retried, dead = r.dead, "mail batch");
                continue;
            }
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "mail worker pass failed"),
        }
        if last_digest.elapsed() >= Duration::from_secs(60) {
            last_digest = std::time::Instant::now();
            if let Err(e) = digest::run_due(&worker.db, &mailer, settings.digest_hour, now).await {
                tracing::warn!(error = %e, "digest pass failed");
            }
            let base = settings.base_url.as_str().trim_end_matches('/').to_string();
            let window = chrono::Duration::from_std(settings.agenda_window).unwrap_or_default();
            if let Err(e) = crate::services::agenda::run_due(&worker.db, &mailer, &base, window, now).await {
                tracing::warn!(error = %e, "agenda notice pass failed");
            }
            let notifier = crate::services::action_notices::Notifier {
                mailer: &mailer,
                base: base.clone(),
                secret: settings.secret_key(),
            };
            let today = now.with_timezone(&chrono_tz::Europe::Tirane).date_naive();
            if let Err(e) = crate::services::action_notices::run_reminders(&worker.db, &notifier, today).await {
                tracing::warn!(error = %e, "action reminder pass failed");
            }
            if let Err(e) = crate::services::documents::run_review_reminders(&worker.db, &notifier, today).await {
                tracing::warn!(error = %e, "document review reminder pass failed");
            }
            // Once a minute: re-read recent changes that committed late, drop deleted records.
            let began = crate::db::now();
            let pass = crate::services::search::Pass::Overlap { previous: last_overlap };
            match crate::services::search::sync_with(&worker.db, pass, &mut |_, _| {}).await {
                Ok(_) => last_overlap = Some(began),
                Err(e) => tracing::warn!(error = %e, "search index pass failed"),
            }
            if let Err(e) = crate::services::search::sweep(&worker.db).await {
                tracing::warn!(error = %e, "search index sweep failed");
            }
            if let Err(e) = crate::services::search::merge_step(&worker.db).await {
                tracing::warn!(error = %e, "search index merge failed");
            }
            // These passes read many rows at once; give that memory back.
            crate::memory::release_freed();
        }
        tokio::time::sleep(settings.mail_poll).await;
    }
}
