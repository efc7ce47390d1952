//! Builds the application: database pool, migrations, templates and the HTTP server with its
//! one route table. Tests use the same path with port 0.

use std::net::TcpListener;
use std::sync::Arc;

use actix_web::dev::Server;
use actix_web::error::{JsonPayloadError, QueryPayloadError};
use actix_web::middleware::{DefaultHeaders, ErrorHandlers, from_fn};
use actix_web::{App, HttpServer, web};
use migration::{Migrator, MigratorTrait};
use sea_orm::DatabaseConnection;

use crate::config::{ConfigError, Settings, redact_url};
use crate::error::AppError;
use crate::i18n::msg;
use crate::mail::{Mailer, transport::Transport, worker};
use crate::state::AppState;
use crate::{db, routes, telemetry, templates};

/// See [`Application::build_with_db`]: nginx's `client_header_timeout` default is 60 s.
const CLIENT_REQUEST_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(30);

/// Connects and migrates, turning failures into one sentence about the variable at fault.
/// A database that refuses writes stops here too: every command that migrates also writes, and
/// `serve` would otherwise start and fail every save.
///
/// The pool that migrated is closed and the caller gets a new one. A SQLite connection that
/// read the schema before a migration added a column, and ran nothing since, still has the old
/// schema when it next prepares a statement: `INSERT ... RETURNING "version"` then compiles with
/// `"version"` as a string literal (SQLite's double-quoted-string fallback), so its result
/// column is named `"version"`, quotes included. SQLite recompiles the statement when it runs,
/// but sqlx keeps the column names of the first compile with the cached statement, and every
/// insert through that connection fails with "Missing value for column 'version'" while the
/// statement stays cached. Such a connection is one that was out of the pool while the last
/// migrations ran on the others (sqlx returns connections in a background task, late on a loaded
/// machine), so which save failed depended on timing. Connections opened after the last
/// migration only ever see the migrated schema.
pub async fn connect_and_migrate(settings: &Settings) -> Result<DatabaseConnection, ConfigError> {
    let migrating = connect_writable(settings).await?;
    let migrated = Migrator::up(&migrating, None).await;
    migrating.close().await.ok();
    migrated.map_err(|e| ConfigError {
        variable: "ROUNDTABLE_DATABASE_URL",
        message: format!("the database could not be migrated ({}).", db_error_text(&e)),
    })?;
    connect(settings).await
}

/// Connects (no check of writes, no migration), a failure as one sentence about the variable.
pub async fn connect(settings: &Settings) -> Result<DatabaseConnection, ConfigError> {
    db::connect_with(&settings.database_url, settings.sqlite)
        .await
        .map_err(|e| ConfigError {
            variable: "ROUNDTABLE_DATABASE_URL",
            message: format!(
                "cannot connect to the database at {} ({}).",
                redact_url(&settings.database_url),
                db_error_text(&e)
            ),
        })
}

/// Connects and checks that the database accepts writes (`check-config` and start-up).
pub async fn connect_writable(settings: &Settings) -> Result<DatabaseConnection, ConfigError> {
    let conn = connect(settings).await?;
    let read_only = db::read_only_reason(&conn).await.map_err(|e| ConfigError {
        variable: "ROUNDTABLE_DATABASE_URL",
        message: format!(
            "the database at {} does not answer ({}).",
            redact_url(&settings.database_url),
            db_error_text(&e)
        ),
    })?;
    if let Some(reason) = read_only {
        return Err(ConfigError {
            variable: "ROUNDTABLE_DATABASE_URL",
            message: format!(
                "the database at {} is read-only ({reason}), so nothing could be saved; make it writable and start again.",
                redact_url(&settings.database_url)
            ),
        });
    }
    Ok(conn)
}

/// The first line of a database error, without the driver's "Custom Error:" prefix.
pub fn db_error_text(e: &sea_orm::DbErr) -> String {
    let text = match e {
        sea_orm::DbErr::Custom(m) => m.clone(),
        other => other.to_string(),
    };
    text.lines().next().unwrap_or("").chars().take(200).collect()
}

fn security_headers(hsts: bool) -> DefaultHeaders {
    let headers = DefaultHeaders::new()
        .add(("X-Content-Type-Options", "nosniff"))
        .add(("X-Frame-Options", "DENY"))
        .add(("Referrer-Policy", "same-origin"))
        .add((
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'self'",
        ));
    if hsts {
        // Served over https: browsers must never fall back to plain http for a year.
        headers.add(("Strict-Transport-Security", "max-age=31536000; includeSubDomains"))
    } else {
        headers
    }
}

pub struct Application {
    port: u16,
    server: Server,
    admission: crate::admission::Admission,
}

impl Application {
    pub async fn build(settings: Settings) -> Result<Self, ConfigError> {
        let conn = connect_and_migrate(&settings).await?;
        Self::build_with_db(settings, conn)
    }

    pub fn build_with_db(settings: Settings, conn: DatabaseConnection) -> Result<Self, ConfigError> {
        let hb = templates::registry().map_err(|e| ConfigError {
            variable: "templates",
            message: e,
        })?;
        let listener = TcpListener::bind(settings.bind).map_err(|e| ConfigError {
            variable: "ROUNDTABLE_BIND",
            message: format!("cannot listen on {} ({e}).", settings.bind),
        })?;
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(0);
        let mut settings = settings;
        // Decided on the configured address, before a test's port-0 address replaces it.
        let hsts = settings.base_url.scheme() == "https";
        if settings.bind.port() == 0 {
            // Port 0 (tests, tools): links must point at the port actually chosen.
            if let Ok(u) = url::Url::parse(&format!("http://127.0.0.1:{port}/")) {
                settings.base_url = u;
            }
        }
        let hb = Arc::new(hb);
        let mailer = Arc::new(Mailer::new(&settings, hb.clone()).map_err(|e| ConfigError {
            variable: "ROUNDTABLE_MAIL_FROM",
            message: e,
        })?);
        let store = crate::storage::open(&settings.storage).map_err(|e| ConfigError {
            variable: "ROUNDTABLE_STORAGE_DIR",
            message: e,
        })?;
        if settings.mail_worker {
            let transport = Transport::from_settings(&settings).map_err(|e| ConfigError {
                variable: "ROUNDTABLE_SMTP_URL",
                message: e,
            })?;
            let w = worker::Worker::new(conn.clone(), transport, &settings);
            tokio::spawn(crate::jobs::run(crate::jobs::Context {
                worker: w,
                mailer: mailer.clone(),
                settings: settings.clone(),
                store: store.clone(),
            }));
        }
        // Memory freed by the requests of the last second goes back to the system.
        tokio::spawn(async {
            let mut every = tokio::time::interval(std::time::Duration::from_secs(1));
            every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                every.tick().await;
                let _ = tokio::task::spawn_blocking(crate::memory::release_freed).await;
            }
        });
        let admission = crate::admission::Admission::new(settings.max_in_flight, settings.admission_wait);
        let admission_data = web::Data::new(admission.clone());
        let state = web::Data::new(AppState {
            db: conn,
            settings,
            hb,
            mailer,
            store,
        });
        let server = HttpServer::new(move || {
            App::new()
                .app_data(state.clone())
                .app_data(admission_data.clone())
                .app_data(
                    web::JsonConfig::default()
                        .limit(routes::api::JSON_LIMIT)
                        .error_handler(|err, _| {
                            let message = match err {
                                JsonPayloadError::Deserialize(e) if e.is_data() => {
                                    crate::error::input_problem("body", &e.to_string())
                                }
                                JsonPayloadError::ContentType => msg("input-not-json-type"),
                                JsonPayloadError::Overflow { .. } | JsonPayloadError::OverflowKnownLength { .. } => {
                                    msg("input-body-too-large")
                                }
                                _ => msg("input-not-json"),
                            };
                            AppError::BadRequest(message).into()
                        }),
                )
                .app_data(web::QueryConfig::default().error_handler(|err, _| {
                    let message = match err {
                        QueryPayloadError::Deserialize(e) => crate::error::input_problem("address", &e.to_string()),
                        _ => msg("input-address-unreadable"),
                    };
                    AppError::BadRequest(message).into()
                }))
                .app_data(web::PathConfig::default().error_handler(|_, _| AppError::NotFound.into()))
                .wrap(from_fn(crate::auth::gate::gate))
                .wrap(from_fn(crate::admission::admit))
                .wrap(ErrorHandlers::new().default_handler(routes::errors::handle))
                .wrap(security_headers(hsts))
                .wrap(from_fn(telemetry::request_id_mw))
                .configure(routes::configure)
                .default_service(web::to(|| async {
                    Err::<actix_web::HttpResponse, _>(AppError::NotFound)
                }))
        })
        // How long a new connection may take to send its request's first lines. actix's 5 s
        // default answered 408 to a phone on a slow link, and to any client whose request was
        // held up that long on a busy machine (the request was then lost, not queued).
        .client_request_timeout(CLIENT_REQUEST_TIMEOUT)
        .listen(listener)
        .map_err(|e| ConfigError {
            variable: "ROUNDTABLE_BIND",
            message: format!("cannot listen ({e})."),
        })?
        .shutdown_timeout(10)
        .run();
        Ok(Application {
            port,
            server,
            admission,
        })
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The bound on requests worked on at once (tests hold it to see a busy server).
    pub fn admission(&self) -> crate::admission::Admission {
        self.admission.clone()
    }

    /// Runs until SIGTERM or Ctrl-C; in-flight requests get up to ten seconds to finish.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        self.server.await
    }
}
