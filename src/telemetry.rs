//! Structured logs (tracing) and the request-id middleware.

use std::time::Instant;

use actix_web::{
    Error, HttpMessage,
    body::MessageBody,
    dev::{ServiceRequest, ServiceResponse},
    http::header::{HeaderName, HeaderValue},
    middleware::Next,
};
use tracing::Instrument;

pub fn init(filter: &str) {
    let filter =
        tracing_subscriber::EnvFilter::try_new(filter).unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_target(false)
        .try_init();
}

#[derive(Clone, Debug)]
pub struct RequestId(pub String);

fn valid_request_id(v: &str) -> bool {
    !v.is_empty() && v.len() <= 64 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Gives every request an id (kept from `X-Request-Id` when sane), runs it inside a span with
/// that id, logs one line when it completes and echoes the id in the response.
pub async fn request_id_mw(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<impl MessageBody>, Error> {
    let id = req
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| valid_request_id(v))
        .map(str::to_string)
        .unwrap_or_else(|| format!("{:016x}", rand::random::<u64>()));
    req.extensions_mut().insert(RequestId(id.clone()));
    let span = tracing::info_span!("request", request_id = %id, method = %req.method(), path = %req.path());
    let started = Instant::now();
    let res = next.call(req).instrument(span.clone()).await;
    let _enter = span.enter();
    match res {
        Ok(mut res) => {
            let status = res.status().as_u16();
            let ms = started.elapsed().as_secs_f64() * 1000.0;
            if status >= 500 {
                tracing::warn!(status, ms, "request failed");
            } else {
                tracing::info!(status, ms, "request");
            }
            if let Ok(v) = HeaderValue::from_str(&id) {
                res.headers_mut().insert(HeaderName::from_static("x-request-id"), v);
            }
            Ok(res)
        }
        Err(e) => {
            tracing::warn!(error = %e, "request error");
            Err(e)
        }
    }
}
