//! Typed settings, read once from `ROUNDTABLE_*` environment variables and validated at start.
//! Nothing here is global: `Settings` is passed explicitly, and tests build their own.
//!
//! A bad value becomes a [`ConfigError`] naming the variable in one sentence; `main` prints it
//! and exits with status 2.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use rand::RngCore;
use url::Url;

/// Where a development secret is kept when `ROUNDTABLE_SECRET_KEY` is unset.
pub const DEV_SECRET_FILE: &str = ".roundtable-secret";
pub const MIN_SECRET_LEN: usize = 32;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Environment {
    Development,
    Production,
}

#[derive(Clone)]
pub struct Settings {
    pub environment: Environment,
    pub database_url: String,
    pub bind: SocketAddr,
    pub base_url: Url,
    secret_key: Vec<u8>,
    pub session_idle: Duration,
    pub smtp_url: Option<Url>,
    pub mail_from: String,
    /// The secretariat's address (`Name <address>`): the ORGANIZER of invitations and their
    /// `Reply-To`, so a reply or an answer by mail reaches people. `ROUNDTABLE_SECRETARIAT_EMAIL`,
    /// default the sender address.
    pub secretariat_email: String,
    pub mail_dir: PathBuf,
    pub smtp_timeout: Duration,
    pub log_filter: String,
    /// Run the outbox worker and digest scheduler inside `serve`.
    pub mail_worker: bool,
    /// How often the worker looks for due messages.
    pub mail_poll: Duration,
    /// How long a worker may hold a claimed message before another may take it.
    pub mail_lease: Duration,
    /// Attempts before a message is dead-lettered.
    pub mail_max_attempts: i32,
    /// Local hour (0-23) at which digests are sent.
    pub digest_hour: u32,
    /// Agenda edits within this window are gathered into one notice.
    pub agenda_window: Duration,
    /// Where document files are kept.
    pub storage: StorageSettings,
    /// Largest accepted upload, in bytes; enforced while the upload streams in.
    pub upload_limit: u64,
    /// SQLite memory: page cache shared out over the pool, and the memory map.
    pub sqlite: crate::db::SqliteTuning,
    /// Page and API requests worked on at once; more wait their turn (memory stays bounded
    /// under load). `ROUNDTABLE_MAX_IN_FLIGHT`, default two per CPU core.
    pub max_in_flight: usize,
    /// How long a request waits for its turn before it is answered 503 with `Retry-After`.
    pub admission_wait: Duration,
    /// Figures from 1 to this minus one are shown as "<N" outside an organization's own form.
    /// `ROUNDTABLE_SUPPRESSION_THRESHOLD`, default and lowest 5.
    pub suppression_threshold: i64,
}

/// Where document files live: a local directory (the default) or an S3-compatible bucket
/// shared by several app instances.
#[derive(Clone)]
pub enum StorageSettings {
    Local {
        dir: PathBuf,
    },
    S3 {
        bucket: String,
        /// e.g. `http://127.0.0.1:9000` for a self-hosted server; `None` for AWS itself.
        endpoint: Option<String>,
        region: String,
        access_key_id: String,
        secret_access_key: String,
        /// Local directory where uploads are staged while they stream in.
        staging_dir: PathBuf,
    },
}

impl std::fmt::Debug for StorageSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            StorageSettings::Local { dir } => f.debug_struct("Local").field("dir", dir).finish(),
            StorageSettings::S3 {
                bucket,
                endpoint,
                region,
                staging_dir,
                ..
            } => f
                .debug_struct("S3")
                .field("bucket", bucket)
                .field("endpoint", endpoint)
                .field("region", region)
                .field("access_key_id", &"<redacted>")
                .field("secret_access_key", &"<redacted>")
                .field("staging_dir", staging_dir)
                .finish(),
        }
    }
}

impl std::fmt::Debug for Settings {
    // Never print the secret key or credentials inside the SMTP URL.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("environment", &self.environment)
            .field("database_url", &redact_url(&self.database_url))
            .field("bind", &self.bind)
            .field("base_url", &self.base_url.as_str())
            .field("secret_key", &"<redacted>")
            .field("session_idle", &self.session_idle)
            .field("smtp_url", &self.smtp_url.as_ref().map(|u| redact_url(u.as_str())))
            .field("mail_from", &self.mail_from)
            .field("secretariat_email", &self.secretariat_email)
            .field("mail_dir", &self.mail_dir)
            .field("storage", &self.storage)
            .field("upload_limit", &self.upload_limit)
            .finish()
    }
}

/// Removes a password from a URL before it is shown or logged.
pub fn redact_url(raw: &str) -> String {
    match Url::parse(raw) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("****"));
            u.to_string()
        }
        _ => raw.to_string(),
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigError {
    pub variable: &'static str,
    pub message: String,
}

impl std::fmt::Display for ConfigError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.variable, self.message)
    }
}

impl std::error::Error for ConfigError {}

fn err(variable: &'static str, message: impl Into<String>) -> ConfigError {
    ConfigError {
        variable,
        message: message.into(),
    }
}

impl Settings {
    /// Reads the process environment. In development an unset secret key is generated once
    /// and kept in [`DEV_SECRET_FILE`] in the working directory.
    pub fn from_env() -> Result<Self, ConfigError> {
        Self::from_lookup(|k| std::env::var(k).ok(), true)
    }

    /// Reads settings through `lookup`; `allow_secret_file` lets development keep a generated
    /// key on disk (tests pass `false` and provide their own key).
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>, allow_secret_file: bool) -> Result<Self, ConfigError> {
        let get = |k: &str| lookup(k).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());

        let environment = match get("ROUNDTABLE_ENV").as_deref() {
            None | Some("development") | Some("dev") => Environment::Development,
            Some("production") | Some("prod") => Environment::Production,
            Some(other) => {
                return Err(err(
                    "ROUNDTABLE_ENV",
                    format!("'{other}' is not an environment; use 'development' or 'production'."),
                ));
            }
        };

        let database_url =
            get("ROUNDTABLE_DATABASE_URL").unwrap_or_else(|| "sqlite://roundtable.db?mode=rwc".to_string());
        validate_database_url(&database_url)?;

        let bind: SocketAddr = match get("ROUNDTABLE_BIND") {
            None => SocketAddr::from(([127, 0, 0, 1], 8080)),
            Some(v) => v.parse().map_err(|_| {
                err(
                    "ROUNDTABLE_BIND",
                    format!("'{v}' is not an address and port such as 127.0.0.1:8080."),
                )
            })?,
        };

        let base_url = match get("ROUNDTABLE_BASE_URL") {
            None => {
                let host = if bind.ip().is_unspecified() {
                    "localhost".to_string()
                } else {
                    bind.ip().to_string()
                };
                Url::parse(&format!("http://{host}:{}/", bind.port()))
                    .map_err(|_| err("ROUNDTABLE_BIND", "cannot build a base URL from this address."))?
            }
            Some(v) => {
                let u = Url::parse(&v).map_err(|_| {
                    err(
                        "ROUNDTABLE_BASE_URL",
                        format!("'{v}' is not a URL such as https://roundtable.example.org."),
                    )
                })?;
                if u.scheme() != "http" && u.scheme() != "https" {
                    return Err(err("ROUNDTABLE_BASE_URL", "must start with http:// or https://."));
                }
                u
            }
        };

        let secret_key = match get("ROUNDTABLE_SECRET_KEY") {
            Some(k) if k.len() < MIN_SECRET_LEN => {
                return Err(err(
                    "ROUNDTABLE_SECRET_KEY",
                    format!("is too short; it must be at least {MIN_SECRET_LEN} characters."),
                ));
            }
            Some(k) => k.into_bytes(),
            None if environment == Environment::Production => {
                return Err(err(
                    "ROUNDTABLE_SECRET_KEY",
                    format!("must be set in production (at least {MIN_SECRET_LEN} random characters)."),
                ));
            }
            None if allow_secret_file => dev_secret_from_file()?,
            None => random_secret(),
        };

        let session_idle =
            Duration::from_secs(60 * parse_num(&get, "ROUNDTABLE_SESSION_IDLE_MINUTES", 480, 1, 60 * 24 * 30)?);

        let smtp_url = match get("ROUNDTABLE_SMTP_URL") {
            None => None,
            Some(v) => {
                let u = Url::parse(&v).map_err(|_| {
                    err(
                        "ROUNDTABLE_SMTP_URL",
                        "is not a URL such as smtp://mail.example.org:587?tls=required.",
                    )
                })?;
                if u.scheme() != "smtp" && u.scheme() != "smtps" {
                    return Err(err("ROUNDTABLE_SMTP_URL", "must start with smtp:// or smtps://."));
                }
                Some(u)
            }
        };
        let mail_from = get("ROUNDTABLE_MAIL_FROM").unwrap_or_else(|| "Roundtable <roundtable@localhost>".into());
        if !mail_from.contains('@') || mail_from.contains(['\r', '\n']) {
            return Err(err(
                "ROUNDTABLE_MAIL_FROM",
                "is not an address such as Roundtable <roundtable@example.org>.",
            ));
        }
        let secretariat_email = get("ROUNDTABLE_SECRETARIAT_EMAIL").unwrap_or_else(|| mail_from.clone());
        if secretariat_email.parse::<lettre::message::Mailbox>().is_err() {
            return Err(err(
                "ROUNDTABLE_SECRETARIAT_EMAIL",
                "is not an address such as Secretariat <secretariat@example.org>.",
            ));
        }
        let mail_dir = PathBuf::from(get("ROUNDTABLE_MAIL_DIR").unwrap_or_else(|| "mail-outbox".into()));
        let smtp_timeout = Duration::from_secs(parse_num(&get, "ROUNDTABLE_SMTP_TIMEOUT_SECONDS", 20, 1, 600)?);
        let log_filter = get("ROUNDTABLE_LOG").unwrap_or_else(|| "info".into());
        let mail_worker = match get("ROUNDTABLE_MAIL_WORKER").as_deref() {
            None | Some("on") | Some("true") | Some("1") => true,
            Some("off") | Some("false") | Some("0") => false,
            Some(v) => return Err(err("ROUNDTABLE_MAIL_WORKER", format!("'{v}' is not 'on' or 'off'."))),
        };
        let mail_poll = Duration::from_millis(parse_num(&get, "ROUNDTABLE_MAIL_POLL_MS", 1000, 10, 600_000)?);
        let mail_lease = Duration::from_secs(parse_num(&get, "ROUNDTABLE_MAIL_LEASE_SECONDS", 120, 5, 86_400)?);
        let mail_max_attempts = parse_num(&get, "ROUNDTABLE_MAIL_MAX_ATTEMPTS", 8, 1, 50)? as i32;
        let digest_hour = parse_num(&get, "ROUNDTABLE_DIGEST_HOUR", 8, 0, 23)? as u32;
        let agenda_window =
            Duration::from_secs(60 * parse_num(&get, "ROUNDTABLE_AGENDA_WINDOW_MINUTES", 15, 0, 24 * 60)?);
        let upload_limit = 1024 * 1024 * parse_num(&get, "ROUNDTABLE_UPLOAD_LIMIT_MB", 50, 1, 4096)?;
        let sqlite_default = crate::db::SqliteTuning::default();
        let sqlite = crate::db::SqliteTuning {
            cache_mb: parse_num(&get, "ROUNDTABLE_SQLITE_CACHE_MB", sqlite_default.cache_mb, 1, 65_536)?,
            mmap_mb: parse_num(&get, "ROUNDTABLE_SQLITE_MMAP_MB", sqlite_default.mmap_mb, 0, 1_048_576)?,
            statements: parse_num(
                &get,
                "ROUNDTABLE_SQLITE_STATEMENTS",
                sqlite_default.statements as u64,
                1,
                10_000,
            )? as usize,
        };
        let cores = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(2) as u64;
        // Two per core keep every core busy (a page is mostly CPU work on SQLite) without
        // multiplying the memory held by pages half-prepared (BENCHMARKS.md, "Memory under load").
        let max_in_flight = parse_num(&get, "ROUNDTABLE_MAX_IN_FLIGHT", 2 * cores, 1, 10_000)? as usize;
        let admission_wait = Duration::from_secs(parse_num(&get, "ROUNDTABLE_ADMISSION_WAIT_SECONDS", 15, 1, 600)?);
        let suppression_threshold = match get("ROUNDTABLE_SUPPRESSION_THRESHOLD") {
            None => crate::services::figures::suppress::MIN_THRESHOLD,
            Some(v) => match v.parse::<i64>() {
                Ok(n) if (crate::services::figures::suppress::MIN_THRESHOLD..=1000).contains(&n) => n,
                Ok(n) if n < crate::services::figures::suppress::MIN_THRESHOLD => {
                    return Err(err(
                        "ROUNDTABLE_SUPPRESSION_THRESHOLD",
                        format!(
                            "'{v}' is too low: figures below 5 must never be shown, so the threshold is at least 5."
                        ),
                    ));
                }
                _ => {
                    return Err(err(
                        "ROUNDTABLE_SUPPRESSION_THRESHOLD",
                        format!("'{v}' is not a whole number from 5 to 1000."),
                    ));
                }
            },
        };
        let storage_dir = PathBuf::from(get("ROUNDTABLE_STORAGE_DIR").unwrap_or_else(|| "files".into()));
        let storage = match get("ROUNDTABLE_S3_BUCKET") {
            None => StorageSettings::Local { dir: storage_dir },
            Some(bucket) => {
                let access_key_id = get("ROUNDTABLE_S3_ACCESS_KEY_ID").ok_or_else(|| {
                    err(
                        "ROUNDTABLE_S3_ACCESS_KEY_ID",
                        "must be set when ROUNDTABLE_S3_BUCKET is.",
                    )
                })?;
                let secret_access_key = get("ROUNDTABLE_S3_SECRET_ACCESS_KEY").ok_or_else(|| {
                    err(
                        "ROUNDTABLE_S3_SECRET_ACCESS_KEY",
                        "must be set when ROUNDTABLE_S3_BUCKET is.",
                    )
                })?;
                let endpoint = get("ROUNDTABLE_S3_ENDPOINT");
                if let Some(e) = &endpoint
                    && !Url::parse(e).is_ok_and(|u| u.scheme() == "http" || u.scheme() == "https")
                {
                    return Err(err(
                        "ROUNDTABLE_S3_ENDPOINT",
                        format!("'{e}' is not a URL such as http://127.0.0.1:9000."),
                    ));
                }
                StorageSettings::S3 {
                    bucket,
                    endpoint,
                    region: get("ROUNDTABLE_S3_REGION").unwrap_or_else(|| "us-east-1".into()),
                    access_key_id,
                    secret_access_key,
                    staging_dir: storage_dir.join("staging"),
                }
            }
        };

        Ok(Settings {
            environment,
            database_url,
            bind,
            base_url,
            secret_key,
            session_idle,
            smtp_url,
            mail_from,
            secretariat_email,
            mail_dir,
            smtp_timeout,
            log_filter,
            mail_worker,
            mail_poll,
            mail_lease,
            mail_max_attempts,
            digest_hour,
            agenda_window,
            storage,
            upload_limit,
            sqlite,
            max_in_flight,
            admission_wait,
            suppression_threshold,
        })
    }

    /// Settings for tests and tools: a fresh random key, the given database, port 0.
    pub fn for_tests(database_url: &str) -> Self {
        let mut s = Self::from_lookup(
            |k| match k {
                "ROUNDTABLE_DATABASE_URL" => Some(database_url.to_string()),
                "ROUNDTABLE_BIND" => Some("127.0.0.1:0".to_string()),
                _ => None,
            },
            false,
        )
        .unwrap_or_else(|e| panic!("test settings are invalid: {e}"));
        s.mail_dir = std::env::temp_dir().join(format!("roundtable-mail-{}", rand::random::<u64>()));
        s.storage = StorageSettings::Local {
            dir: std::env::temp_dir().join(format!("roundtable-files-{}", rand::random::<u64>())),
        };
        // Tests drive the worker themselves.
        s.mail_worker = false;
        s
    }

    pub fn secret_key(&self) -> &[u8] {
        &self.secret_key
    }

    /// Cookies are `Secure` whenever the public URL is https.
    pub fn cookies_secure(&self) -> bool {
        self.base_url.scheme() == "https"
    }

    pub fn is_sqlite(&self) -> bool {
        self.database_url.starts_with("sqlite:")
    }

    /// An absolute URL for a path such as `/events/3`.
    pub fn absolute(&self, path: &str) -> String {
        let base = self.base_url.as_str().trim_end_matches('/');
        format!("{base}{path}")
    }

    /// The public address without its trailing slash, for links in mail and calendars.
    pub fn site(&self) -> String {
        self.absolute("")
    }
}

fn parse_num(
    get: &impl Fn(&str) -> Option<String>,
    var: &'static str,
    default: u64,
    min: u64,
    max: u64,
) -> Result<u64, ConfigError> {
    match get(var) {
        None => Ok(default),
        Some(v) => match v.parse::<u64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(err(var, format!("'{v}' is not a whole number from {min} to {max}."))),
        },
    }
}

fn validate_database_url(url: &str) -> Result<(), ConfigError> {
    let ok = if let Some(rest) = url.strip_prefix("sqlite:") {
        !rest.trim_start_matches('/').is_empty() || rest.contains("memory")
    } else if url.starts_with("postgres://") || url.starts_with("postgresql://") {
        Url::parse(url).is_ok_and(|u| u.host_str().is_some_and(|h| !h.is_empty()))
    } else {
        false
    };
    if ok {
        Ok(())
    } else {
        Err(err(
            "ROUNDTABLE_DATABASE_URL",
            "is not a database URL; use sqlite://roundtable.db or postgres://user@host:5432/dbname.",
        ))
    }
}

fn random_secret() -> Vec<u8> {
    let mut bytes = [0u8; 48];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD
        .encode(bytes)
        .into_bytes()
}

fn dev_secret_from_file() -> Result<Vec<u8>, ConfigError> {
    let path = std::path::Path::new(DEV_SECRET_FILE);
    if let Ok(existing) = std::fs::read_to_string(path) {
        let existing = existing.trim();
        if existing.len() >= MIN_SECRET_LEN {
            return Ok(existing.as_bytes().to_vec());
        }
    }
    let key = random_secret();
    write_private(path, &key).map_err(|e| {
        err(
            "ROUNDTABLE_SECRET_KEY",
            format!("is unset and a development key could not be written to {DEV_SECRET_FILE} ({e})."),
        )
    })?;
    Ok(key)
}

fn write_private(path: &std::path::Path, data: &[u8]) -> std::io::Result<()> {
    use std::io::Write;
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)?.write_all(data)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(vars: &[(&str, &str)]) -> Result<Settings, ConfigError> {
        let vars: Vec<(String, String)> = vars.iter().map(|(a, b)| (a.to_string(), b.to_string())).collect();
        Settings::from_lookup(
            move |k| vars.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()),
            false,
        )
    }

    #[test]
    fn defaults_are_sqlite_file_and_local_bind() {
        let s = with(&[]).unwrap();
        assert!(s.database_url.starts_with("sqlite://roundtable.db"));
        assert_eq!(s.bind.to_string(), "127.0.0.1:8080");
        assert_eq!(s.base_url.as_str(), "http://127.0.0.1:8080/");
        assert!(!s.cookies_secure());
    }

    #[test]
    fn bad_values_name_the_variable() {
        assert_eq!(
            with(&[("ROUNDTABLE_BIND", "nope")]).unwrap_err().variable,
            "ROUNDTABLE_BIND"
        );
        assert_eq!(
            with(&[("ROUNDTABLE_DATABASE_URL", "mysql://x")]).unwrap_err().variable,
            "ROUNDTABLE_DATABASE_URL"
        );
        assert_eq!(
            with(&[("ROUNDTABLE_SECRET_KEY", "short")]).unwrap_err().variable,
            "ROUNDTABLE_SECRET_KEY"
        );
        assert_eq!(
            with(&[("ROUNDTABLE_BASE_URL", "ftp://x")]).unwrap_err().variable,
            "ROUNDTABLE_BASE_URL"
        );
        assert_eq!(
            with(&[("ROUNDTABLE_SECRETARIAT_EMAIL", "Secretariat")])
                .unwrap_err()
                .variable,
            "ROUNDTABLE_SECRETARIAT_EMAIL"
        );
        let prod = with(&[("ROUNDTABLE_ENV", "production")]).unwrap_err();
        assert_eq!(prod.variable, "ROUNDTABLE_SECRET_KEY");
        assert!(prod.to_string().contains("must be set in production"));
    }

    #[test]
    fn the_suppression_threshold_is_never_below_five() {
        assert_eq!(with(&[]).unwrap().suppression_threshold, 5);
        assert_eq!(
            with(&[("ROUNDTABLE_SUPPRESSION_THRESHOLD", "10")])
                .unwrap()
                .suppression_threshold,
            10
        );
        let low = with(&[("ROUNDTABLE_SUPPRESSION_THRESHOLD", "3")]).unwrap_err();
        assert_eq!(low.variable, "ROUNDTABLE_SUPPRESSION_THRESHOLD");
        assert!(low.to_string().contains("at least 5"), "{low}");
        let bad = with(&[("ROUNDTABLE_SUPPRESSION_THRESHOLD", "five")]).unwrap_err();
        assert_eq!(bad.variable, "ROUNDTABLE_SUPPRESSION_THRESHOLD");
    }

    #[test]
    fn the_secretariat_address_defaults_to_the_sender() {
        assert_eq!(
            with(&[]).unwrap().secretariat_email,
            "Roundtable <roundtable@localhost>"
        );
        let s = with(&[
            ("ROUNDTABLE_MAIL_FROM", "Roundtable <noreply@rt.example.org>"),
            (
                "ROUNDTABLE_SECRETARIAT_EMAIL",
                "Network secretariat <secretariat@rt.example.org>",
            ),
        ])
        .unwrap();
        assert_eq!(s.secretariat_email, "Network secretariat <secretariat@rt.example.org>");
    }

    #[test]
    fn https_base_url_makes_cookies_secure_and_debug_hides_secrets() {
        let s = with(&[
            ("ROUNDTABLE_BASE_URL", "https://rt.example.org"),
            ("ROUNDTABLE_SECRET_KEY", "0123456789abcdef0123456789abcdef-secret"),
            ("ROUNDTABLE_SMTP_URL", "smtp://user:hunter2@mail.example.org:587"),
        ])
        .unwrap();
        assert!(s.cookies_secure());
        let dbg = format!("{s:?}");
        assert!(!dbg.contains("hunter2") && !dbg.contains("0123456789abcdef"));
    }
}
