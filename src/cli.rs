//! The `roundtable` command line.

use std::io::{IsTerminal, Read};

use clap::{Parser, Subcommand};
use migration::{Migrator, MigratorTrait};

use crate::config::{ConfigError, Settings};
use crate::services::accounts;
use crate::startup::{self, Application};
use crate::{demo, telemetry};

#[derive(Parser, Debug)]
#[command(
    name = "roundtable",
    version,
    about = "Roundtable: the regional network's meetings, follow-up and shared knowledge"
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Serve the web application (the default).
    Serve {
        /// Load the fictional demo data first (skipped if already loaded).
        #[arg(long)]
        demo: bool,
    },
    /// Apply or roll back database migrations.
    Migrate {
        #[command(subcommand)]
        action: MigrateAction,
    },
    /// Load fictional demo data, or with --scale a large synthetic data set for benchmarks.
    Demo {
        /// Generate this many synthetic organizations (with people) instead of the demo set.
        #[arg(long)]
        scale: Option<u32>,
    },
    /// Manage user accounts.
    User {
        #[command(subcommand)]
        action: UserAction,
    },
    /// Check the configuration and the database connection, then exit.
    CheckConfig,
    /// Run only the mail worker and digest scheduler (for a separate process).
    Worker,
    /// Email tools.
    Mail {
        #[command(subcommand)]
        action: MailAction,
    },
    /// Build the search index again from every table (after a restore or an upgrade).
    Reindex,
}

#[derive(Subcommand, Debug)]
pub enum MailAction {
    /// Send a test message now (not through the queue) and print the server's answer.
    Test {
        #[arg(long)]
        to: String,
    },
}

#[derive(Subcommand, Debug)]
pub enum MigrateAction {
    /// Apply all pending migrations.
    Up,
    /// Roll back migrations (one by default).
    Down {
        #[arg(long, default_value_t = 1)]
        steps: u32,
    },
    /// List migrations and whether each is applied.
    Status,
}

#[derive(Subcommand, Debug)]
pub enum UserAction {
    /// Create an account. The password is read from standard input when one is piped in;
    /// otherwise a one-time set-password link is printed.
    Create {
        #[arg(long)]
        email: String,
        #[arg(long)]
        name: String,
        /// secretariat, member or observer
        #[arg(long)]
        role: String,
        /// Organization id, acronym or name (required for members).
        #[arg(long, default_value = "")]
        organization: String,
    },
}

/// What went wrong, and the exit status for it.
pub enum CliError {
    /// Bad configuration: exit 2 with one sentence.
    Config(ConfigError),
    /// Anything else: exit 1.
    Other(String),
}

impl From<ConfigError> for CliError {
    fn from(e: ConfigError) -> Self {
        CliError::Config(e)
    }
}

impl From<crate::error::AppError> for CliError {
    fn from(e: crate::error::AppError) -> Self {
        match e {
            crate::error::AppError::Validation(f) => CliError::Other(
                f.0.iter()
                    .map(|(k, v)| format!("{k}: {}", v.text(crate::i18n::DEFAULT_LANGUAGE)))
                    .collect::<Vec<_>>()
                    .join("\n"),
            ),
            other => CliError::Other(other.user_message()),
        }
    }
}

pub async fn run(cli: Cli) -> Result<(), CliError> {
    let settings = Settings::from_env()?;
    telemetry::init(&settings.log_filter);
    match cli.command.unwrap_or(Command::Serve { demo: false }) {
        Command::Serve { demo: with_demo } => serve(settings, with_demo).await,
        Command::Migrate { action } => migrate(settings, action).await,
        Command::Demo { scale } => {
            let conn = startup::connect_and_migrate(&settings).await?;
            let store = open_store(&settings)?;
            match scale {
                Some(n) => {
                    demo::scale(&conn, n, true).await?;
                    demo::scale_documents(&conn, store.as_ref(), n.saturating_mul(4).min(50_000), true).await?;
                }
                None => {
                    let info = demo::load(&conn, store.as_ref()).await?;
                    print_demo_login(&info);
                }
            }
            Ok(())
        }
        Command::User {
            action:
                UserAction::Create {
                    email,
                    name,
                    role,
                    organization,
                },
        } => {
            let conn = startup::connect_and_migrate(&settings).await?;
            let new = accounts::parse_new_user(&conn, &email, &name, &role, &organization).await?;
            let stdin = std::io::stdin();
            let password = if stdin.is_terminal() {
                None
            } else {
                let mut s = String::new();
                stdin
                    .lock()
                    .read_to_string(&mut s)
                    .map_err(|e| CliError::Other(e.to_string()))?;
                let p = s.trim_end_matches(['\r', '\n']).to_string();
                (!p.is_empty()).then_some(p)
            };
            if let Some(p) = &password {
                crate::auth::password::check_strength(p)
                    .map_err(|m| CliError::Other(format!("password: {}", m.text("en"))))?;
            }
            let user = accounts::create_user(&conn, new, password.as_deref()).await?;
            println!("Created {} <{}> ({}).", user.name, user.email, user.role);
            if password.is_none() {
                let token = accounts::create_one_time_token(
                    &conn,
                    user.id,
                    accounts::PURPOSE_SET_PASSWORD,
                    crate::routes::admin::INVITATION_TTL,
                    None,
                )
                .await?;
                println!("Set-password link (valid 7 days, single use):");
                println!("{}", settings.absolute(&format!("/set-password?token={token}")));
            }
            Ok(())
        }
        Command::Worker => {
            let conn = startup::connect_and_migrate(&settings).await?;
            let (mailer, transport) = mail_parts(&settings)?;
            let store = open_store(&settings)?;
            let w = crate::mail::worker::Worker::new(conn, transport, &settings);
            println!("Worker running: mail, document text, search index (Ctrl-C to stop).");
            tokio::select! {
                _ = crate::jobs::run(crate::jobs::Context { worker: w, mailer, settings: settings.clone(), store }) => {}
                _ = tokio::signal::ctrl_c() => {}
            }
            Ok(())
        }
        Command::Reindex => {
            let conn = startup::connect_and_migrate(&settings).await?;
            let mut done = 0usize;
            let n = crate::services::search::rebuild(&conn, &mut |kind, k| {
                done += k;
                eprint!("\rIndexed {done} records ({})...", kind.as_str());
            })
            .await?;
            eprintln!();
            println!("Search index rebuilt: {n} records.");
            Ok(())
        }
        Command::Mail {
            action: MailAction::Test { to },
        } => {
            let (mailer, transport) = mail_parts(&settings)?;
            let r = crate::mail::Recipient {
                user_id: None,
                email: to.trim().to_string(),
                name: String::new(),
                language: crate::i18n::DEFAULT_LANGUAGE.into(),
                time_zone: "Europe/Tirane".into(),
                unsubscribe: None,
            };
            if !crate::services::validate::is_email(&r.email) {
                return Err(CliError::Other(format!("'{to}' is not an email address.")));
            }
            let rendered = mailer.render("test", &r, &serde_json::json!({}), None)?;
            let (message_id, raw) = mailer.build(&r, &rendered, None)?;
            match transport
                .send_raw(&mailer.from_address(), &r.email, raw.as_bytes())
                .await
            {
                Ok(answer) => {
                    println!("Sent {message_id} to {}: {answer}", r.email);
                    Ok(())
                }
                Err(f) => Err(CliError::Other(format!(
                    "sending failed ({}): {}",
                    if f.permanent { "permanent" } else { "temporary" },
                    f.message
                ))),
            }
        }
        Command::CheckConfig => {
            let _conn = startup::connect_writable(&settings).await?;
            println!("Configuration is valid.");
            println!("{settings:#?}");
            Ok(())
        }
    }
}

fn print_demo_login(info: &demo::DemoInfo) {
    println!("Demo data loaded (fictional). Sign in as:");
    for (role, email) in &info.logins {
        println!("  {role:<12} {email}  password: {}", demo::DEMO_PASSWORD);
    }
}

async fn serve(settings: Settings, with_demo: bool) -> Result<(), CliError> {
    // Refusing to start (rather than serving pages whose every save fails) keeps a load
    // balancer from sending users to an instance that cannot work; the reason goes to the log
    // as well as to standard error.
    let conn = startup::connect_and_migrate(&settings)
        .await
        .inspect_err(|e| tracing::error!(reason = %e, "Roundtable cannot start"))?;
    if with_demo {
        let store = open_store(&settings)?;
        let info = demo::load(&conn, store.as_ref()).await?;
        print_demo_login(&info);
    }
    let base = settings.base_url.to_string();
    let app = Application::build_with_db(settings, conn)?;
    tracing::info!(url = %base, "Roundtable is listening");
    println!("Roundtable is running at {base}  (Ctrl-C to stop)");
    app.run_until_stopped()
        .await
        .map_err(|e| CliError::Other(e.to_string()))
}

async fn migrate(settings: Settings, action: MigrateAction) -> Result<(), CliError> {
    let conn = startup::connect(&settings).await?;
    let other = |e: sea_orm::DbErr| CliError::Other(e.to_string());
    match action {
        MigrateAction::Up => {
            Migrator::up(&conn, None).await.map_err(other)?;
            println!("Migrations applied.");
        }
        MigrateAction::Down { steps } => {
            Migrator::down(&conn, Some(steps)).await.map_err(other)?;
            println!("Rolled back {steps} migration(s).");
        }
        MigrateAction::Status => {
            let applied: Vec<String> = Migrator::get_applied_migrations(&conn)
                .await
                .map_err(other)?
                .iter()
                .map(|m| m.name().to_string())
                .collect();
            for m in Migrator::migrations() {
                let state = if applied.contains(&m.name().to_string()) {
                    "applied"
                } else {
                    "pending"
                };
                println!("{state:<8} {}", m.name());
            }
        }
    }
    Ok(())
}

fn mail_parts(
    settings: &Settings,
) -> Result<(std::sync::Arc<crate::mail::Mailer>, crate::mail::transport::Transport), CliError> {
    let hb = crate::templates::registry().map_err(CliError::Other)?;
    let mailer = crate::mail::Mailer::new(settings, std::sync::Arc::new(hb)).map_err(|e| ConfigError {
        variable: "ROUNDTABLE_MAIL_FROM",
        message: e,
    })?;
    let transport = crate::mail::transport::Transport::from_settings(settings).map_err(|e| ConfigError {
        variable: "ROUNDTABLE_SMTP_URL",
        message: e,
    })?;
    Ok((std::sync::Arc::new(mailer), transport))
}

fn open_store(settings: &Settings) -> Result<std::sync::Arc<dyn crate::storage::BlobStore>, CliError> {
    crate::storage::open(&settings.storage).map_err(|e| {
        CliError::Config(crate::config::ConfigError {
            variable: "ROUNDTABLE_STORAGE_DIR",
            message: e,
        })
    })
}
