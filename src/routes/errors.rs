//! Error pages: every error response becomes an HTML page with its real status code, or, under
//! `/api/`, a JSON body of the stable shape. Responses that already are HTML (a form shown again
//! with its messages) pass through untouched.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::ServiceResponse;
use actix_web::http::{StatusCode, header};
use actix_web::middleware::ErrorHandlerResponse;
use actix_web::{HttpResponse, web};
use serde_json::json;

use crate::i18n::{Msg, msg};

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

fn default_message(status: StatusCode) -> Msg {
    msg(match status.as_u16() {
        400 => "error-bad-request",
        401 => "error-sign-in",
        403 => "error-forbidden",
        404 => "error-not-found",
        405 => "error-method",
        413 => "error-too-large",
        415 => "error-content-type",
        422 => "error-validation",
        429 => "error-too-many",
        _ if status.is_server_error() => "error-internal",
        _ => "error-other",
    })
}

pub fn handle<B: MessageBody + 'static>(res: ServiceResponse<B>) -> actix_web::Result<ErrorHandlerResponse<B>> {
    let status = res.status();
    if !(status.is_client_error() || status.is_server_error()) || is_html(&res) {
        return Ok(ErrorHandlerResponse::Response(res.map_into_left_body()));
    }
    let info = res.response().extensions().get::<ErrorInfo>().cloned();
    let (req, res) = res.into_parts();
    // The reader's language: a signed-in viewer's own, else the default.
    let lang = views::viewer_of(&req)
        .map(|v| v.lang().to_string())
        .unwrap_or_else(|| crate::i18n::DEFAULT_LANGUAGE.to_string());
    let is_api = req.path().starts_with("/api/");

    if is_api {
        // Our own JSON bodies (an `AppError`) are written again in the reader's language;
        // actix's plain-text ones are replaced with the stable shape.
        let is_json = res
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("application/json"));
        if is_json && info.is_none() {
            return Ok(ErrorHandlerResponse::Response(
                ServiceResponse::new(req, res).map_into_left_body(),
            ));
        }
        let info = info.unwrap_or_else(|| ErrorInfo {
            code: match status.as_u16() {
                404 => "not_found",
                405 => "method_not_allowed",
                401 => "unauthorized",
                _ => "error",
            },
            ..ErrorInfo::message(default_message(status))
        });
        let body = serde_json::to_string(&info.body(status, &lang)).unwrap_or_default();
        let res: HttpResponse<BoxBody> = if is_json {
            // The same answer (status, headers such as Retry-After), its text in this language.
            res.set_body(BoxBody::new(body))
        } else {
            HttpResponse::build(status).content_type("application/json").body(body)
        };
        return Ok(ErrorHandlerResponse::Response(
            ServiceResponse::new(req, res).map_into_right_body(),
        ));
    }
    let message = info
        .map(|i| i.message)
        .unwrap_or_else(|| default_message(status))
        .text(&lang);

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
            let title = page_title(status, &lang);
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

/// "404 Not Found": the status and its name, in `lang` where the catalogue has it.
fn page_title(status: StatusCode, lang: &str) -> String {
    let code = status.as_u16();
    let name = crate::i18n::lookup(lang, &format!("http-status-{code}"), &[])
        .unwrap_or_else(|| status.canonical_reason().unwrap_or("Error").to_string());
    format!("{code} {name}")
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
