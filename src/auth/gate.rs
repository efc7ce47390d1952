//! Checks every request passes before any extractor or handler sees it:
//!
//! - a NUL character in the address is refused (400): PostgreSQL cannot store one in text;
//! - a state-changing request sent by another website (a foreign `Origin`, or
//!   `Sec-Fetch-Site: cross-site`) is refused (403), in addition to the CSRF token;
//! - a JSON API write is authenticated first, so a request without a valid token gets 401
//!   before its body is read or parsed.

use actix_web::body::{EitherBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header;
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, ResponseError, web};

use super::{is_safe_method, load_viewer};
use crate::error::AppError;
use crate::state::AppState;

/// Paths that other systems POST to on a user's behalf and that carry their own signature:
/// the one-click unsubscribe links mail clients POST to (RFC 8058) send no Origin, or the mail
/// provider's. An account's link is under `/unsubscribe/`; an invitee's (agenda notices of one
/// event) is their signed invitation link plus `/quiet`.
fn signed_endpoint(path: &str) -> bool {
    path.starts_with("/unsubscribe/") || (path.starts_with("/rsvp/") && path.ends_with("/quiet"))
}

pub async fn gate(
    req: ServiceRequest,
    next: Next<impl MessageBody>,
) -> Result<ServiceResponse<EitherBody<impl MessageBody>>, Error> {
    match check(&req).await {
        Ok(()) => Ok(next.call(req).await?.map_into_left_body()),
        Err(e) => {
            let resp = e.error_response();
            Ok(req.into_response(resp).map_into_right_body())
        }
    }
}

async fn check(req: &ServiceRequest) -> Result<(), AppError> {
    if req.path().contains("%00") || req.query_string().contains("%00") {
        return Err(AppError::nul());
    }
    if is_safe_method(req.method()) {
        return Ok(());
    }
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Err(AppError::internal("application state missing"));
    };
    let bearer = req.headers().contains_key(header::AUTHORIZATION);
    // A bearer token is not sent by a browser on its own, so another site cannot ride on it.
    if !bearer && !signed_endpoint(req.path()) {
        let allowed = state.settings.base_url.origin().ascii_serialization();
        if let Some(origin) = foreign_origin(req, &allowed) {
            tracing::warn!(origin = %origin, "cross-site request refused");
            return Err(AppError::ForeignOrigin(allowed));
        }
    }
    if req.path().starts_with("/api/") {
        let viewer = load_viewer(&state, req.request()).await?;
        if viewer.user.is_none() {
            return Err(AppError::Unauthorized);
        }
        req.extensions_mut().insert(viewer);
    }
    Ok(())
}

/// `http://localhost:8080` and `http://127.0.0.1:8080` are the same server on one machine (the
/// quick start prints one, people type the other): both loopback, same scheme and port.
fn both_loopback(origin: &str, allowed: &str) -> bool {
    let loopback = |u: &url::Url| match u.host() {
        Some(url::Host::Domain(d)) => d.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    match (url::Url::parse(origin), url::Url::parse(allowed)) {
        (Ok(o), Ok(a)) => {
            loopback(&o)
                && loopback(&a)
                && o.scheme() == a.scheme()
                && o.port_or_known_default() == a.port_or_known_default()
        }
        _ => false,
    }
}

/// The other site a request came from, if it says so: an `Origin` that is not this site's
/// (including `null`, sent from sandboxed frames and privacy-stripped contexts), or a browser's
/// own `Sec-Fetch-Site: cross-site`.
fn foreign_origin(req: &ServiceRequest, allowed: &str) -> Option<String> {
    let h = req.headers();
    if let Some(origin) = h.get(header::ORIGIN) {
        let origin = origin.to_str().unwrap_or("(unreadable)");
        if !origin.eq_ignore_ascii_case(allowed) && !both_loopback(origin, allowed) {
            return Some(origin.to_string());
        }
    }
    let site = h.get("sec-fetch-site").and_then(|v| v.to_str().ok());
    site.filter(|s| s.eq_ignore_ascii_case("cross-site"))
        .map(|_| "cross-site".to_string())
}
