use actix_web::{HttpResponse, web};
use sea_orm::ConnectionTrait;

use crate::error::ErrorInfo;
use crate::i18n::{DEFAULT_LANGUAGE, msg};
use crate::state::AppState;

/// The process is up.
pub async fn healthz() -> HttpResponse {
    HttpResponse::Ok().content_type("text/plain").body("ok")
}

/// The database answers and accepts writes: an instance whose database turned read-only (a
/// read-only mount, a PostgreSQL standby after a failover) should be taken out of rotation.
pub async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let answered = match state.db.execute_unprepared("SELECT 1").await {
        Ok(_) => crate::db::read_only_reason(&state.db).await,
        Err(e) => Err(e),
    };
    let message = match answered {
        Ok(None) => return HttpResponse::Ok().content_type("text/plain").body("ready"),
        Ok(Some(reason)) => {
            tracing::warn!(%reason, "readiness check failed: the database is read-only");
            msg("health-read-only").arg("reason", reason)
        }
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            msg("health-no-answer")
        }
    };
    let mut resp = HttpResponse::ServiceUnavailable()
        .content_type("text/plain")
        .body(message.text(DEFAULT_LANGUAGE));
    // The error-page middleware shows this sentence instead of its generic one.
    resp.extensions_mut().insert(ErrorInfo::message(message));
    resp
}
