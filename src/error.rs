//! One error type for the whole application.
//!
//! Services return `AppError`; handlers pass it up with `?`. It answers with its real status
//! code and a stable JSON body (`{"error": {"status", "code", "message", "fields"}}`); for page
//! requests the error-page middleware in `routes` replaces that body with an HTML page.
//! Internal errors are logged once, here, and users see a generic sentence.

use std::collections::BTreeMap;

use actix_web::{HttpResponse, ResponseError, http::StatusCode};
use sea_orm::{DbErr, SqlErr};
use serde::Serialize;

/// Field name -> message, in English; the message catalogue key is kept for pages.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct FieldErrors(pub BTreeMap<String, String>);

impl FieldErrors {
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.entry(field.to_string()).or_insert_with(|| message.into());
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    pub fn into_result(self) -> Result<(), AppError> {
        if self.is_empty() {
            Ok(())
        } else {
            Err(AppError::Validation(self))
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("not found")]
    NotFound,
    #[error("sign-in required")]
    Unauthorized,
    #[error("forbidden")]
    Forbidden,
    #[error("csrf")]
    Csrf,
    #[error("validation failed")]
    Validation(FieldErrors),
    #[error("conflict: {0}")]
    Conflict(String),
    /// The record was saved by someone else after the version this edit was based on.
    #[error("stale edit: the record is at version {current_version}")]
    StaleEdit { current_version: i32 },
    /// An API write without `If-Match` (428).
    #[error("precondition required")]
    PreconditionRequired,
    /// An API write whose `If-Match` names an older version (412).
    #[error("precondition failed: the record is at version {current_version}")]
    PreconditionFailed { current_version: i32 },
    #[error("bad request: {0}")]
    BadRequest(String),
    #[error("too many requests: {0}")]
    TooManyRequests(String),
    #[error("internal: {0}")]
    Internal(String),
}

/// What the error-page middleware needs to render an HTML page for an error response.
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub message: String,
}

impl AppError {
    pub fn internal(e: impl std::fmt::Display) -> Self {
        AppError::Internal(e.to_string())
    }

    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Unauthorized => "unauthorized",
            AppError::Forbidden => "forbidden",
            AppError::Csrf => "csrf_failed",
            AppError::Validation(_) => "validation_failed",
            AppError::Conflict(_) => "conflict",
            AppError::StaleEdit { .. } => "stale_edit",
            AppError::PreconditionRequired => "precondition_required",
            AppError::PreconditionFailed { .. } => "precondition_failed",
            AppError::BadRequest(_) => "bad_request",
            AppError::TooManyRequests(_) => "too_many_requests",
            AppError::Internal(_) => "internal_error",
        }
    }

    /// A plain sentence for the user; never internals.
    pub fn user_message(&self) -> String {
        match self {
            AppError::NotFound => "We could not find that page or record.".into(),
            AppError::Unauthorized => "Please sign in to continue.".into(),
            AppError::Forbidden => "You do not have permission to do this.".into(),
            AppError::Csrf => "This form has expired. Please go back, reload the page and try again.".into(),
            AppError::Validation(_) => "Some fields need your attention.".into(),
            AppError::StaleEdit { .. } => crate::i18n::t("en", "stale-edit-body"),
            AppError::PreconditionRequired => crate::i18n::t("en", "api-if-match-required"),
            AppError::PreconditionFailed { .. } => crate::i18n::t("en", "api-if-match-stale"),
            AppError::Conflict(m) | AppError::BadRequest(m) | AppError::TooManyRequests(m) => m.clone(),
            AppError::Internal(_) => "Something went wrong on our side. Please try again in a moment.".into(),
        }
    }
}

impl From<DbErr> for AppError {
    fn from(e: DbErr) -> Self {
        if let DbErr::RecordNotFound(_) = e {
            return AppError::NotFound;
        }
        if let Some(SqlErr::UniqueConstraintViolation(_)) = e.sql_err() {
            return AppError::Conflict("A record with the same value already exists.".into());
        }
        AppError::Internal(e.to_string())
    }
}

impl From<handlebars::RenderError> for AppError {
    fn from(e: handlebars::RenderError) -> Self {
        AppError::Internal(format!("template: {e}"))
    }
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    error: ErrorDetail<'a>,
}

#[derive(Serialize)]
struct ErrorDetail<'a> {
    status: u16,
    code: &'a str,
    message: String,
    fields: &'a BTreeMap<String, String>,
    /// For a refused stale write: the version the record is at now.
    #[serde(skip_serializing_if = "Option::is_none")]
    current_version: Option<i32>,
}

impl ResponseError for AppError {
    fn status_code(&self) -> StatusCode {
        match self {
            AppError::NotFound => StatusCode::NOT_FOUND,
            AppError::Unauthorized => StatusCode::UNAUTHORIZED,
            AppError::Forbidden | AppError::Csrf => StatusCode::FORBIDDEN,
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) | AppError::StaleEdit { .. } => StatusCode::CONFLICT,
            AppError::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            AppError::PreconditionFailed { .. } => StatusCode::PRECONDITION_FAILED,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        if let AppError::Internal(detail) = self {
            tracing::error!(error = %detail, "internal error");
        }
        let empty = BTreeMap::new();
        let fields = match self {
            AppError::Validation(f) => &f.0,
            _ => &empty,
        };
        let status = self.status_code();
        let message = self.user_message();
        let mut resp = HttpResponse::build(status).json(ErrorBody {
            error: ErrorDetail {
                status: status.as_u16(),
                code: self.code(),
                message: message.clone(),
                fields,
                current_version: match self {
                    AppError::StaleEdit { current_version } | AppError::PreconditionFailed { current_version } => {
                        Some(*current_version)
                    }
                    _ => None,
                },
            },
        });
        resp.extensions_mut().insert(ErrorInfo { message });
        resp
    }
}
