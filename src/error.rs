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

use crate::i18n::{DEFAULT_LANGUAGE, Msg, msg};

/// Field name -> what is wrong with it, as a catalogue message: the form page or the API answer
/// puts it into words in the reader's language ([`FieldErrors::text`]). The first message of a
/// field is kept.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FieldErrors(pub BTreeMap<String, Msg>);

impl FieldErrors {
    pub fn add(&mut self, field: &str, message: Msg) {
        self.0.entry(field.to_string()).or_insert(message);
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// Every message in `lang`, one after the other (a flash message).
    pub fn sentences(&self, lang: &str) -> String {
        self.0.values().map(|m| m.text(lang)).collect::<Vec<_>>().join(" ")
    }
    /// Field name -> message in `lang`.
    pub fn text(&self, lang: &str) -> BTreeMap<String, String> {
        self.0.iter().map(|(f, m)| (f.clone(), m.text(lang))).collect()
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
    #[error("conflict: {}", .0.key)]
    Conflict(Msg),
    /// The record was saved by someone else after the version this edit was based on.
    #[error("stale edit: the record is at version {current_version}")]
    StaleEdit { current_version: i32 },
    /// An API write without `If-Match` (428).
    #[error("precondition required")]
    PreconditionRequired,
    /// An API write whose `If-Match` names an older version (412).
    #[error("precondition failed: the record is at version {current_version}")]
    PreconditionFailed { current_version: i32 },
    #[error("bad request: {}", .0.key)]
    BadRequest(Msg),
    #[error("too many requests: {}", .0.key)]
    TooManyRequests(Msg),
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

/// What the error-page middleware needs to answer an error in the reader's language: an HTML
/// page, or the JSON body of [`ErrorInfo::body`].
#[derive(Debug, Clone)]
pub struct ErrorInfo {
    pub message: Msg,
    pub code: &'static str,
    pub fields: FieldErrors,
    /// For a refused stale write: the version the record is at now.
    pub current_version: Option<i32>,
}

impl ErrorInfo {
    /// An error with a message only (no code of its own, no fields).
    pub fn message(message: Msg) -> Self {
        ErrorInfo {
            message,
            code: "error",
            fields: FieldErrors::default(),
            current_version: None,
        }
    }

    /// The stable JSON body, `{"error": {"status", "code", "message", "fields"}}`, in `lang`.
    pub fn body(&self, status: StatusCode, lang: &str) -> impl Serialize + use<> {
        ErrorBody {
            error: ErrorDetail {
                status: status.as_u16(),
                code: self.code,
                message: self.message.text(lang),
                fields: self.fields.text(lang),
                current_version: self.current_version,
            },
        }
    }
}

impl AppError {
    pub fn internal(e: impl std::fmt::Display) -> Self {
        AppError::Internal(e.to_string())
    }

    /// A NUL character in a form, a JSON body or the address: PostgreSQL cannot store one in
    /// text and no field has a use for it, so it is refused before it reaches the database.
    pub fn nul() -> Self {
        AppError::BadRequest(msg("error-nul"))
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

    /// A plain sentence for the user, never internals, put into words where it is shown.
    pub fn message(&self) -> Msg {
        match self {
            AppError::NotFound => msg("error-not-found"),
            AppError::Unauthorized => msg("error-sign-in"),
            AppError::Forbidden => msg("error-forbidden"),
            AppError::Csrf => msg("error-csrf"),
            AppError::ForeignOrigin(own) => msg("error-foreign-origin").arg("site", own.as_str()),
            AppError::Validation(_) => msg("error-validation"),
            AppError::StaleEdit { .. } => msg("stale-edit-body"),
            AppError::PreconditionRequired => msg("api-if-match-required"),
            AppError::PreconditionFailed { .. } => msg("api-if-match-stale"),
            AppError::Conflict(m) | AppError::BadRequest(m) | AppError::TooManyRequests(m) => m.clone(),
            AppError::InsufficientStorage(_) => no_room(),
            AppError::ReadOnly(_) => msg("error-read-only"),
            AppError::Busy(_) => msg("error-busy"),
            AppError::Overloaded => msg("server-busy-body"),
            AppError::Internal(_) => msg("error-internal"),
        }
    }

    /// [`AppError::message`] in English (the command line).
    pub fn user_message(&self) -> String {
        self.message().text(DEFAULT_LANGUAGE)
    }
}

/// What a user reads when there is no room for an upload.
pub fn no_room() -> Msg {
    msg("error-no-room")
}

/// A plain sentence for a JSON body, form or address that did not fit (`what`: "body", "form",
/// "address", the catalogue's names for them), from the deserializer's message. Only a field name
/// is kept, and only when the message names one in a recognisable form; serde's own wording,
/// types and positions never reach the user.
pub fn input_problem(what: &'static str, serde_message: &str) -> Msg {
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
    let problem = if let Some(f) = named("missing field ") {
        msg("input-missing-field").arg("field", f)
    } else if let Some(f) = named("unknown field ") {
        msg("input-unknown-field").arg("field", f)
    } else if let Some(f) = named("duplicate field ") {
        msg("input-duplicate-field").arg("field", f)
    } else {
        msg("input-bad-value")
    };
    problem.arg("what", what)
}

impl From<DbErr> for AppError {
    fn from(e: DbErr) -> Self {
        if let DbErr::RecordNotFound(_) = e {
            return AppError::NotFound;
        }
        if let Some(SqlErr::UniqueConstraintViolation(_)) = e.sql_err() {
            return AppError::Conflict(msg("error-duplicate"));
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
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Serialize)]
struct ErrorDetail {
    status: u16,
    code: &'static str,
    message: String,
    fields: BTreeMap<String, String>,
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
        let info = ErrorInfo {
            message: self.message(),
            code: self.code(),
            fields: match self {
                AppError::Validation(f) => f.clone(),
                _ => FieldErrors::default(),
            },
            current_version: match self {
                AppError::StaleEdit { current_version } | AppError::PreconditionFailed { current_version } => {
                    Some(*current_version)
                }
                _ => None,
            },
        };
        let status = self.status_code();
        // In English here; the error-page middleware answers in the reader's language.
        let mut resp = HttpResponse::build(status).json(info.body(status, DEFAULT_LANGUAGE));
        if let AppError::Busy(_) | AppError::Overloaded = self {
            resp.headers_mut().insert(
                actix_web::http::header::RETRY_AFTER,
                actix_web::http::header::HeaderValue::from_static("2"),
            );
        }
        resp.extensions_mut().insert(info);
        resp
    }
}

#[cfg(test)]
mod tests {
    use super::input_problem;

    #[test]
    fn input_problems_keep_field_names_but_no_parser_internals() {
        assert_eq!(
            input_problem("body", "missing field `name`").text("en"),
            "The request body lacks the field \"name\", which is required."
        );
        let m = input_problem("body", "invalid type: string \"x\", expected i32 at line 1 column 5").text("en");
        assert!(
            !m.contains("line") && !m.contains("i32") && !m.contains("invalid type"),
            "{m}"
        );
        let m = input_problem("address", "missing field `<script>`").text("en");
        assert!(!m.contains("<script>"), "{m}");
    }

    /// The JSON body keeps its shape and order; the messages come from the catalogue.
    #[test]
    fn a_validation_error_answers_with_the_stable_shape() {
        let mut fields = super::FieldErrors::default();
        fields.add("name", crate::i18n::msg("validate-required"));
        fields.add("name", crate::i18n::msg("validate-one-line"));
        let err = super::AppError::Validation(fields);
        let info = super::ErrorInfo {
            message: err.message(),
            code: err.code(),
            fields: match &err {
                super::AppError::Validation(f) => f.clone(),
                _ => unreachable!(),
            },
            current_version: None,
        };
        let body = serde_json::to_string(&info.body(actix_web::http::StatusCode::UNPROCESSABLE_ENTITY, "en")).unwrap();
        assert_eq!(
            body,
            r#"{"error":{"status":422,"code":"validation_failed","message":"Some fields need your attention.","fields":{"name":"This field is required."}}}"#
        );
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
