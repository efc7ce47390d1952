use actix_web::{HttpResponse, web};
use sea_orm::ConnectionTrait;

use crate::error::ErrorInfo;
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
            format!("The database is read-only ({reason}).")
        }
        Err(e) => {
            tracing::warn!(error = %e, "readiness check failed");
            "The database does not answer.".to_string()
        }
    };
    let mut resp = HttpResponse::ServiceUnavailable()
        .content_type("text/plain")
        .body(message.clone());
    // The error-page middleware shows this sentence instead of its generic one.
    resp.extensions_mut().insert(ErrorInfo { message });
    resp
}
