//! The form extractor every state-changing page route uses. It reads an
//! `application/x-www-form-urlencoded` body and rejects it unless it carries the CSRF token that
//! matches this browser's `rt_csrf` cookie, so no POST handler can forget the check.

use std::future::Future;
use std::pin::Pin;

use actix_web::{FromRequest, HttpRequest, dev::Payload, web};

use crate::auth::{self, CSRF_FIELD};
use crate::error::AppError;
use crate::i18n::msg;
use crate::state::AppState;

/// Largest form body accepted (uploads use their own limit).
pub const FORM_LIMIT: usize = 256 * 1024;

pub use crate::services::validate::Form;

/// PostgreSQL cannot store a NUL character in text, and no field has a use for one: a form that
/// carries one is refused whole (400) before any of it reaches a service or the database.
pub fn refuse_nul<'a>(values: impl IntoIterator<Item = &'a str>) -> Result<(), AppError> {
    if values.into_iter().any(|v| v.contains('\0')) {
        return Err(AppError::nul());
    }
    Ok(())
}

fn csrf_ok(state: &AppState, req: &HttpRequest, form: &Form) -> bool {
    csrf_token_ok(state, req, form.get(CSRF_FIELD))
}

/// Checks a CSRF token sent some other way (a multipart upload's `_csrf` field).
pub fn csrf_token_ok(state: &AppState, req: &HttpRequest, sent: &str) -> bool {
    auth::csrf_token_ok(state.settings.secret_key(), req, sent)
}

impl FromRequest for Form {
    type Error = AppError;
    type Future = Pin<Box<dyn Future<Output = Result<Self, Self::Error>>>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let req = req.clone();
        let body = web::Bytes::from_request(&req, payload);
        Box::pin(async move {
            let state = req
                .app_data::<web::Data<AppState>>()
                .ok_or_else(|| AppError::internal("application state missing"))?
                .clone();
            let ct = req
                .headers()
                .get(actix_web::http::header::CONTENT_TYPE)
                .and_then(|v| v.to_str().ok())
                .unwrap_or("");
            if !ct.starts_with("application/x-www-form-urlencoded") {
                return Err(AppError::BadRequest(msg("input-not-a-form")));
            }
            let bytes = body
                .await
                .map_err(|_| AppError::BadRequest(msg("input-form-too-large")))?;
            if bytes.len() > FORM_LIMIT {
                return Err(AppError::BadRequest(msg("input-form-too-large")));
            }
            let pairs: Vec<(String, String)> = url::form_urlencoded::parse(&bytes).into_owned().collect();
            refuse_nul(pairs.iter().flat_map(|(k, v)| [k.as_str(), v.as_str()]))?;
            let form = Form::from_pairs(pairs);
            if !csrf_ok(&state, &req, &form) {
                return Err(AppError::Csrf);
            }
            Ok(form)
        })
    }
}
