//! SMTP (lettre, async, rustls, pooled) or, with no SMTP configured, `.eml` files in a folder.

use lettre::address::Envelope;
use lettre::{Address, AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};

use crate::config::{Settings, redact_url};

#[derive(Clone)]
pub enum Transport {
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    Files(AsyncFileTransport<Tokio1Executor>, std::path::PathBuf),
}

/// Why a send failed, and whether trying again could help.
#[derive(Debug, Clone)]
pub struct SendFailure {
    pub permanent: bool,
    pub message: String,
}

impl Transport {
    pub fn from_settings(settings: &Settings) -> Result<Self, String> {
        match &settings.smtp_url {
            Some(url) => {
                let t = AsyncSmtpTransport::<Tokio1Executor>::from_url(url.as_str())
                    .map_err(|e| format!("ROUNDTABLE_SMTP_URL {} cannot be used ({e})", redact_url(url.as_str())))?
                    .timeout(Some(settings.smtp_timeout))
                    .build();
                tracing::info!(smtp = %redact_url(url.as_str()), "mail goes out through SMTP");
                Ok(Transport::Smtp(t))
            }
            None => {
                std::fs::create_dir_all(&settings.mail_dir).map_err(|e| {
                    format!(
                        "ROUNDTABLE_MAIL_DIR {} cannot be created ({e})",
                        settings.mail_dir.display()
                    )
                })?;
                let dir = std::fs::canonicalize(&settings.mail_dir).unwrap_or_else(|_| settings.mail_dir.clone());
                tracing::info!(dir = %dir.display(), "no SMTP server set (ROUNDTABLE_SMTP_URL): mail is written as .eml files");
                Ok(Transport::Files(AsyncFileTransport::new(&dir), dir))
            }
        }
    }

    /// Sends a formatted message. Returns the server's answer (or the file written).
    pub async fn send_raw(&self, from: &str, to: &str, raw: &[u8]) -> Result<String, SendFailure> {
        let parse = |a: &str| {
            a.parse::<Address>().map_err(|e| SendFailure {
                permanent: true,
                message: format!("invalid address {a}: {e}"),
            })
        };
        let envelope = Envelope::new(Some(parse(from)?), vec![parse(to)?]).map_err(|e| SendFailure {
            permanent: true,
            message: format!("invalid envelope: {e}"),
        })?;
        match self {
            Transport::Smtp(t) => match t.send_raw(&envelope, raw).await {
                Ok(resp) => Ok(format!(
                    "{} {}",
                    resp.code(),
                    resp.message().collect::<Vec<_>>().join(" ")
                )),
                Err(e) => Err(SendFailure {
                    permanent: e.is_permanent(),
                    message: e.to_string(),
                }),
            },
            Transport::Files(t, dir) => match t.send_raw(&envelope, raw).await {
                Ok(id) => Ok(format!("written to {}/{id}.eml", dir.display())),
                Err(e) => Err(SendFailure {
                    permanent: false,
                    message: e.to_string(),
                }),
            },
        }
    }
}
