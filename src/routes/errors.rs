//! Error pages: every error response becomes an HTML page with its real status code, or, under
//! `/api/`, a JSON body of the stable shape. Responses that already are HTML (a form shown again
//! with its messages) pass through untouched.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::{StatusCode, header};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpResponse, web};
use serde_json::json;

use crate::auth::{self, Viewer};
use crate::error::ErrorInfo;
use crate::state::AppState;
use crate::views;

fn is_html(res: &ServiceResponse<impl MessageBody>) -> bool {
    res.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"))
}

fn default_message(status: StatusCode) -> &'static str {
    match status.as_u16() {
        400 => "The request could not be understood.",
        401 => "Please sign in to continue.",
        403 => "You do not have permission to do this.",
        404 => "We could not find that page or record.",
        405 => "This address does not accept that kind of request.",
        413 => "What you sent is too large.",
        415 => "This kind of content is not accepted here.",
        422 => "Some fields need your attention.",
        429 => "Too many attempts. Please wait a few minutes and try again.",
        _ if status.is_server_error() => "Something went wrong on our side. Please try again in a moment.",
        _ => "The request could not be completed.",
    }
}

pub fn handle<B: MessageBody + 'static>(res: ServiceResponse<B>) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) || is_html(&res) {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let info = res.response().extensions().get::<ErrorInfo>().cloned();
    let message = info
        .map(|i| i.message)
        .unwrap_or_else(|| default_message(status).to_string());
    let (req, res) = res.into_parts();
    let is_api = req.path().starts_with("/api/");

    if is_api {
        // Keep our own JSON bodies; replace actix's plain-text ones with the stable shape.
        let is_json = res
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if is_json {
            return Ok(ErrorHandlerResponse::Response(
                ServiceResponse::new(req, res).map_into_left_body(),
            ));
        }
        let code = match status.as_u16() {
            404 => "not_found",
            405 => "method_not_allowed",
            401 => "unauthorized",
            _ => "error",
        };
        let body = HttpResponse::build(status).json(json!({
            "error": { "status": status.as_u16(), "code": code, "message": message, "fields": {} }
        }));
        return Ok(ErrorHandlerResponse::Response(
            ServiceResponse::new(req, body).map_into_right_body(),
        ));
    }

    // Pages: a visitor who must sign in is sent to the sign-in page and brought back after.
    if status == StatusCode::UNAUTHORIZED {
        let next: String = url::form_urlencoded::byte_serialize(
            req.uri().path_and_query().map(|p| p.as_str()).unwrap_or("/").as_bytes(),
        )
        .collect();
        let redirect = HttpResponse::SeeOther()
            .insert_header((header::LOCATION, format!("/login?next={next}")))
            .finish();
        return Ok(ErrorHandlerResponse::Response(
            ServiceResponse::new(req, redirect).map_into_right_body(),
        ));
    }

    // "Try again in a moment" keeps its machine-readable form on the page too.
    let retry_after = res.headers().get(header::RETRY_AFTER).cloned();
    let mut page: HttpResponse<BoxBody> = match req.app_data::<web::Data<AppState>>() {
        Some(state) => {
            let viewer = views::viewer_of(&req).unwrap_or_else(|| anonymous(&req));
            let title = format!("{} {}", status.as_u16(), status.canonical_reason().unwrap_or("Error"));
            views::render(
                state,
                &viewer,
                &req,
                status,
                "errors/error",
                &title,
                json!({ "status": status.as_u16(), "message": message }),
            )
            .unwrap_or_else(|_| plain(status, &message))
        }
        None => plain(status, &message),
    };
    if let Some(v) = retry_after {
        page.headers_mut().insert(header::RETRY_AFTER, v);
    }
    Ok(ErrorHandlerResponse::Response(
        ServiceResponse::new(req, page).map_into_right_body(),
    ))
}

fn anonymous(req: &actix_web::HttpRequest) -> Viewer {
    let (seed, new) = match req.cookie(auth::CSRF_COOKIE) {
        Some(c) if auth::tokens::looks_like_token(c.value()) => (c.value().to_string(), false),
        _ => (auth::tokens::random_token(), true),
    };
    Viewer {
        user: None,
        csrf_seed: seed,
        csrf_seed_is_new: new,
        csrf_session: auth::csrf_session(req),
        via_token: false,
        requested_language: auth::requested_language(req),
    }
}

fn plain(status: StatusCode, message: &str) -> HttpResponse<BoxBody> {
    HttpResponse::build(status)
        .content_type("text/plain; charset=utf-8")
        .body(message.to_string())
}
