//! Admission: a bound on the requests being worked on at once.
//!
//! Each request being prepared holds its rows, its view model and its rendered page. With two
//! cores, preparing more than a few at once does not finish any sooner; it only multiplies the
//! memory held. So at most `ROUNDTABLE_MAX_IN_FLIGHT` requests are prepared at once and the rest
//! wait their turn, in the order they came. One that waits longer than
//! `ROUNDTABLE_ADMISSION_WAIT_SECONDS` is answered 503 with `Retry-After` and a plain sentence.
//!
//! The turn is held while the handler runs and given back when it returns its response, so a
//! slow reader of a large download does not keep others waiting. Health checks and the style
//! sheet never wait.

use std::sync::Arc;
use std::time::Duration;

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{Error, ResponseError, web};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use crate::error::AppError;

/// The turns to hand out; shared by every worker thread of one server.
#[derive(Clone)]
pub struct Admission {
    turns: Arc<Semaphore>,
    size: usize,
    wait: Duration,
}

impl Admission {
    pub fn new(max_in_flight: usize, wait: Duration) -> Self {
        let size = max_in_flight.max(1);
        Admission {
            turns: Arc::new(Semaphore::new(size)),
            size,
            wait,
        }
    }

    /// Waits for a turn, at most the configured time.
    async fn turn(&self) -> Result<OwnedSemaphorePermit, AppError> {
        match tokio::time::timeout(self.wait, self.turns.clone().acquire_owned()).await {
            Ok(Ok(permit)) => Ok(permit),
            _ => Err(AppError::Overloaded),
        }
    }

    /// Takes every turn and keeps them until the guard is dropped (tests: a server that is busy
    /// from start to end, without having to make real work slow).
    pub async fn hold_all(&self) -> OwnedSemaphorePermit {
        self.turns
            .clone()
            .acquire_many_owned(self.size as u32)
            .await
            .expect("the admission semaphore is never closed")
    }

    /// Turns being used now.
    pub fn in_use(&self) -> usize {
        self.size - self.turns.available_permits()
    }
}

/// Paths that never wait: cheap, and needed to see that the server is alive.
fn exempt(path: &str) -> bool {
    matches!(path, "/healthz" | "/readyz" | "/static/app.css")
}

pub async fn admit(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    let admission = match req.app_data::<web::Data<Admission>>() {
        Some(a) if !exempt(req.path()) => a.clone(),
        _ => return Ok(next.call(req).await?.map_into_left_body()),
    };
    match admission.turn().await {
        Ok(permit) => {
            let res = next.call(req).await;
            drop(permit);
            Ok(res?.map_into_left_body())
        }
        Err(e) => {
            let resp = e.error_response();
            Ok(req.into_response(resp).map_into_right_body())
        }
    }
}
