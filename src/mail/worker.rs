//! The delivery worker: claims due messages, sends them outside any transaction, records the
//! outcome. The scheduler in [`crate::jobs`] runs it inside `serve` and as `roundtable worker`;
//! several may run at once.

use std::time::Duration;

use chrono::{DateTime, Utc};
use sea_orm::DatabaseConnection;

use super::outbox;
use super::transport::Transport;
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
