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
    /// A state-changing request sent from another website; holds this site's own origin.
    #[error("cross-site request")]
    ForeignOrigin(String),
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
    /// The disk (or quota) holding uploads is full: 507, and nothing was saved.
    #[error("insufficient storage: {0}")]
    InsufficientStorage(String),
    /// The database refuses writes (read-only file or mount, PostgreSQL hot standby or
    /// `default_transaction_read_only`): 503.
    #[error("database is read-only: {0}")]
    ReadOnly(String),
    /// The database could not take the write in time (see [`is_busy`]): 503 with Retry-After.
    #[error("database busy: {0}")]
    Busy(String),
    /// Too many requests were being worked on for this one to get its turn in time (see
    /// [`crate::admission`]): 503 with Retry-After.
    #[error("server overloaded")]
    Overloaded,
    #[error("internal: {0}")]
    Internal(String),
}

/// What a user reads when there is no room for an upload.
pub const NO_ROOM_MESSAGE: &str =
    "The server has no room to store this file; nothing was saved. Please tell the secretariat.";
/// What a user reads when the database refuses writes.
pub const READ_ONLY_MESSAGE: &str = "The database is read-only at the moment, so nothing can be saved; nothing you sent was changed. Please try again later or tell the secretariat.";

/// What a user reads when the database could not take a write in time.
pub const BUSY_MESSAGE: &str =
    "The database is busy with other changes, so nothing was saved. Please try again in a moment.";

/// ENOSPC (no space left on device) or EDQUOT (disk quota exceeded).
pub fn is_storage_full(e: &std::io::Error) -> bool {
    e.kind() == std::io::ErrorKind::StorageFull
        || e.kind() == std::io::ErrorKind::QuotaExceeded
        || matches!(e.raw_os_error(), Some(28 | 122))
}

/// SQLite SQLITE_READONLY (8, with its extended codes) or PostgreSQL SQLSTATE 25006
/// (read_only_sql_transaction), as they appear in a driver error.
pub fn is_read_only(e: &DbErr) -> bool {
    match driver_code(e) {
        // Extended codes (1032 SQLITE_READONLY_DBMOVED...) keep the primary code in the low byte.
        Some((true, code)) => code.parse::<i64>().is_ok_and(|c| c & 0xff == 8),
        Some((false, code)) => code == "25006",
        None => false,
    }
}

/// The database could not take the write in time: SQLite SQLITE_BUSY/SQLITE_LOCKED (5, 6 and
/// their extended codes) after `busy_timeout`, PostgreSQL serialization failure, deadlock or
/// lock timeout (40001, 40P01, 55P03), or no pooled connection free in time. Nothing was
/// written; trying again is the answer.
pub fn is_busy(e: &DbErr) -> bool {
    if matches!(e, DbErr::ConnectionAcquire(_)) {
        return true;
    }
    match driver_code(e) {
        Some((true, code)) => code.parse::<i64>().is_ok_and(|c| matches!(c & 0xff, 5 | 6)),
        Some((false, code)) => matches!(code.as_str(), "40001" | "40P01" | "55P03"),
        None => false,
    }
}

/// (is SQLite, the driver's error code) of a database error.
fn driver_code(e: &DbErr) -> Option<(bool, String)> {
    use sea_orm::{RuntimeErr, sqlx};
    let (DbErr::Exec(RuntimeErr::SqlxError(x))
    | DbErr::Query(RuntimeErr::SqlxError(x))
    | DbErr::Conn(RuntimeErr::SqlxError(x))) = e
    else {
        return None;
    };
    let sqlx::Error::Database(d) = x.as_ref() else {
        return None;
    };
    let code = d.code().unwrap_or_default().to_string();
    Some((d.try_downcast_ref::<sqlx::sqlite::SqliteError>().is_some(), code))
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

    /// A NUL character in a form, a JSON body or the address: PostgreSQL cannot store one in
    /// text and no field has a use for it, so it is refused before it reaches the database.
    pub fn nul() -> Self {
        AppError::BadRequest(
            "What you sent contains a NUL character, which cannot be stored. Please remove it and try again.".into(),
        )
    }

    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Unauthorized => "unauthorized",
            AppError::Forbidden => "forbidden",
            AppError::Csrf => "csrf_failed",
            AppError::ForeignOrigin(_) => "cross_site_refused",
            AppError::Validation(_) => "validation_failed",
            AppError::Conflict(_) => "conflict",
            AppError::StaleEdit { .. } => "stale_edit",
            AppError::PreconditionRequired => "precondition_required",
            AppError::PreconditionFailed { .. } => "precondition_failed",
            AppError::BadRequest(_) => "bad_request",
            AppError::TooManyRequests(_) => "too_many_requests",
            AppError::InsufficientStorage(_) => "insufficient_storage",
            AppError::ReadOnly(_) => "database_read_only",
            AppError::Busy(_) => "database_busy",
            AppError::Overloaded => "server_busy",
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
            AppError::ForeignOrigin(own) => format!(
                "This request was sent from another website, so it was refused to protect your account. \
                 Open {own} yourself and try again there."
            ),
            AppError::Validation(_) => "Some fields need your attention.".into(),
            AppError::StaleEdit { .. } => crate::i18n::t("en", "stale-edit-body"),
            AppError::PreconditionRequired => crate::i18n::t("en", "api-if-match-required"),
            AppError::PreconditionFailed { .. } => crate::i18n::t("en", "api-if-match-stale"),
            AppError::Conflict(m) | AppError::BadRequest(m) | AppError::TooManyRequests(m) => m.clone(),
            AppError::InsufficientStorage(_) => NO_ROOM_MESSAGE.into(),
            AppError::ReadOnly(_) => READ_ONLY_MESSAGE.into(),
            AppError::Busy(_) => BUSY_MESSAGE.into(),
            AppError::Overloaded => crate::i18n::t("en", "server-busy-body"),
            AppError::Internal(_) => "Something went wrong on our side. Please try again in a moment.".into(),
        }
    }
}

/// A plain sentence for a JSON body or query string that did not fit (`what`: "request body",
/// "query string"), from the deserializer's message. Only a field name is kept, and only when
/// the message names one in a recognisable form; serde's own wording, types and positions
/// never reach the user.
pub fn input_problem(what: &str, serde_message: &str) -> String {
    let named = |prefix: &str| {
        let rest = serde_message.strip_prefix(prefix)?.strip_prefix('`')?;
        let name = &rest[..rest.find('`')?];
        let safe = !name.is_empty()
            && name.len() <= 64
            && name
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.'));
        safe.then(|| name.to_string())
    };
    if let Some(f) = named("missing field ") {
        format!("The {what} lacks the field \"{f}\", which is required.")
    } else if let Some(f) = named("unknown field ") {
        format!("The {what} has a field \"{f}\" that is not used here.")
    } else if let Some(f) = named("duplicate field ") {
        format!("The {what} gives the field \"{f}\" more than once.")
    } else {
        format!(
            "A value in the {what} is not of the expected kind or format (for example text where a number or a date belongs)."
        )
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
        if is_read_only(&e) {
            return AppError::ReadOnly(e.to_string());
        }
        if is_busy(&e) {
            return AppError::Busy(e.to_string());
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
            AppError::Forbidden | AppError::Csrf | AppError::ForeignOrigin(_) => StatusCode::FORBIDDEN,
            AppError::Validation(_) => StatusCode::UNPROCESSABLE_ENTITY,
            AppError::Conflict(_) | AppError::StaleEdit { .. } => StatusCode::CONFLICT,
            AppError::PreconditionRequired => StatusCode::PRECONDITION_REQUIRED,
            AppError::PreconditionFailed { .. } => StatusCode::PRECONDITION_FAILED,
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::InsufficientStorage(_) => StatusCode::INSUFFICIENT_STORAGE,
            AppError::ReadOnly(_) | AppError::Busy(_) | AppError::Overloaded => StatusCode::SERVICE_UNAVAILABLE,
            AppError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        match self {
            AppError::Internal(detail) => tracing::error!(error = %detail, "internal error"),
            AppError::InsufficientStorage(detail) => tracing::error!(error = %detail, "no room to store an upload"),
            AppError::ReadOnly(detail) => {
                tracing::error!(error = %detail, "a write was refused: the database is read-only")
            }
            AppError::Busy(detail) => tracing::warn!(error = %detail, "the database was too busy to answer in time"),
            AppError::Overloaded => tracing::warn!("a request waited too long for its turn and was turned away"),
            _ => {}
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
        if let AppError::Busy(_) | AppError::Overloaded = self {
            resp.headers_mut().insert(
                actix_web::http::header::RETRY_AFTER,
                actix_web::http::header::HeaderValue::from_static("2"),
            );
        }
        resp.extensions_mut().insert(ErrorInfo { message });
        resp
    }
}

#[cfg(test)]
mod tests {
    use super::input_problem;

    #[test]
    fn input_problems_keep_field_names_but_no_parser_internals() {
        assert_eq!(
            input_problem("request body", "missing field `name`"),
            "The request body lacks the field \"name\", which is required."
        );
        let m = input_problem(
            "request body",
            "invalid type: string \"x\", expected i32 at line 1 column 5",
        );
        assert!(
            !m.contains("line") && !m.contains("i32") && !m.contains("invalid type"),
            "{m}"
        );
        let m = input_problem("query string", "missing field `<script>`");
        assert!(!m.contains("<script>"), "{m}");
    }

    /// A write that meets another writer's lock past the busy timeout is a 503 that says to
    /// try again (with Retry-After), not a 500.
    #[tokio::test]
    async fn a_locked_sqlite_database_is_busy_and_answers_503() {
        use actix_web::ResponseError;
        use sea_orm::{ConnectOptions, ConnectionTrait, Database};
        let dir = tempfile::tempdir().unwrap();
        let url = format!("sqlite://{}?mode=rwc", dir.path().join("busy.db").display());
        let holder = crate::db::connect(&url).await.unwrap();
        holder.execute_unprepared("CREATE TABLE t (x INTEGER)").await.unwrap();
        let txn = crate::db::begin_write(&holder).await.unwrap();
        txn.execute_unprepared("INSERT INTO t VALUES (1)").await.unwrap();
        let mut opts = ConnectOptions::new(url);
        opts.map_sqlx_sqlite_opts(|o| o.busy_timeout(std::time::Duration::ZERO));
        let other = Database::connect(opts).await.unwrap();
        let err = other.execute_unprepared("INSERT INTO t VALUES (2)").await.unwrap_err();
        assert!(super::is_busy(&err), "{err}");
        let app: super::AppError = err.into();
        let resp = app.error_response();
        assert_eq!(resp.status(), 503);
        assert_eq!(resp.headers().get("retry-after").unwrap(), "2");
        txn.rollback().await.unwrap();
    }
}
