//! SMTP (lettre, async, rustls, pooled) or, with no SMTP configured, `.eml` files in a folder.

use std::sync::Arc;
use std::time::Duration;

use lettre::address::Envelope;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::client::AsyncSmtpConnection;
use lettre::transport::smtp::extension::ClientId;
use lettre::{Address, AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Tokio1Executor};
use tokio::sync::Mutex;

use crate::config::{Settings, redact_url};

#[derive(Clone)]
pub enum Transport {
    /// `smtps://` (implicit TLS): lettre's pooled transport.
    Smtp(AsyncSmtpTransport<Tokio1Executor>),
    /// `smtp://` (plain or STARTTLS): one kept-alive connection per worker, with TCP_NODELAY.
    Direct(Arc<DirectSmtp>),
    Files(AsyncFileTransport<Tokio1Executor>, std::path::PathBuf),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum StartTls {
    Never,
    Opportunistic,
    Required,
}

/// An SMTP connection kept open between messages and reopened when it breaks.
///
/// Why not lettre's pooled transport for `smtp://`: it writes the message and the final
/// `CRLF.CRLF` in two writes on a socket without TCP_NODELAY, so every message waits for the
/// server's delayed ACK (about 40 ms on Linux): 25 messages a second at best. Here the socket is
/// ours, with TCP_NODELAY, and lettre speaks SMTP over it.
pub struct DirectSmtp {
    host: String,
    port: u16,
    starttls: StartTls,
    credentials: Option<Credentials>,
    timeout: Duration,
    hello: ClientId,
    conn: Mutex<Option<AsyncSmtpConnection>>,
}

impl DirectSmtp {
    fn from_url(url: &url::Url, timeout: Duration) -> Result<Self, String> {
        let host = url.host_str().ok_or("ROUNDTABLE_SMTP_URL has no host")?.to_string();
        let starttls = match url
            .query_pairs()
            .find(|(k, _)| k == "tls")
            .map(|(_, v)| v.to_string())
            .as_deref()
        {
            None | Some("none") => StartTls::Never,
            Some("opportunistic") => StartTls::Opportunistic,
            Some("required") => StartTls::Required,
            Some(other) => {
                return Err(format!(
                    "ROUNDTABLE_SMTP_URL: tls={other} is not none, opportunistic or required"
                ));
            }
        };
        let decode = |s: &str| percent_decode(s);
        let credentials = (!url.username().is_empty())
            .then(|| Credentials::new(decode(url.username()), decode(url.password().unwrap_or(""))));
        let hello = match url.path().trim_matches('/') {
            "" => ClientId::default(),
            name => ClientId::Domain(name.to_string()),
        };
        Ok(DirectSmtp {
            host,
            port: url.port().unwrap_or(if starttls == StartTls::Never { 25 } else { 587 }),
            starttls,
            credentials,
            timeout,
            hello,
            conn: Mutex::new(None),
        })
    }

    async fn connect(&self) -> Result<AsyncSmtpConnection, SendFailure> {
        use lettre::transport::smtp::client::TlsParameters;
        let io = |e: std::io::Error| SendFailure {
            permanent: false,
            message: format!("connection error: {e}"),
        };
        let tcp = tokio::time::timeout(
            self.timeout,
            tokio::net::TcpStream::connect((self.host.as_str(), self.port)),
        )
        .await
        .map_err(|_| SendFailure {
            permanent: false,
            message: "SMTP connection timed out".into(),
        })?
        .map_err(io)?;
        tcp.set_nodelay(true).map_err(io)?;
        let mut conn = AsyncSmtpConnection::connect_with_transport(Box::new(tcp), &self.hello)
            .await
            .map_err(|e| failure(&e))?;
        let want_tls = match self.starttls {
            StartTls::Never => false,
            StartTls::Opportunistic => conn.can_starttls(),
            StartTls::Required => true,
        };
        if want_tls {
            let params = TlsParameters::new(self.host.clone()).map_err(|e| failure(&e))?;
            conn.starttls(params, &self.hello).await.map_err(|e| failure(&e))?;
        }
        if let Some(c) = &self.credentials {
            conn.auth(&[Mechanism::Plain, Mechanism::Login], c)
                .await
                .map_err(|e| failure(&e))?;
        }
        Ok(conn)
    }

    async fn send(&self, envelope: &Envelope, raw: &[u8]) -> Result<String, SendFailure> {
        let mut guard = self.conn.lock().await;
        // A kept connection may have been closed by the server while idle: try once more on a
        // fresh one before counting it as a failed attempt.
        for fresh in [false, true] {
            if fresh || guard.as_ref().is_none_or(|c| c.has_broken()) {
                *guard = None;
                match tokio::time::timeout(self.timeout, self.connect()).await {
                    Ok(Ok(c)) => *guard = Some(c),
                    Ok(Err(f)) => return Err(f),
                    Err(_) => {
                        return Err(SendFailure {
                            permanent: false,
                            message: "SMTP connection timed out".into(),
                        });
                    }
                }
            }
            let Some(conn) = guard.as_mut() else { continue };
            match tokio::time::timeout(self.timeout, conn.send(envelope, raw)).await {
                Ok(Ok(resp)) => {
                    return Ok(format!(
                        "{} {}",
                        resp.code(),
                        resp.message().collect::<Vec<_>>().join(" ")
                    ));
                }
                Ok(Err(e)) if e.is_permanent() || e.is_transient() => {
                    // The server answered: the connection is fine, the message is not.
                    if e.is_permanent() {
                        return Err(failure(&e));
                    }
                    *guard = None;
                    return Err(failure(&e));
                }
                Ok(Err(e)) if fresh => {
                    *guard = None;
                    return Err(failure(&e));
                }
                Ok(Err(_)) => continue,
                Err(_) => {
                    *guard = None;
                    return Err(SendFailure {
                        permanent: false,
                        message: "SMTP server did not answer in time".into(),
                    });
                }
            }
        }
        Err(SendFailure {
            permanent: false,
            message: "SMTP connection failed".into(),
        })
    }
}

fn failure(e: &lettre::transport::smtp::Error) -> SendFailure {
    SendFailure {
        permanent: e.is_permanent(),
        message: e.to_string(),
    }
}

fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .map(|(_, v)| v.into_owned())
        .unwrap_or_default()
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
            Some(url) if url.scheme() == "smtp" => {
                let t = DirectSmtp::from_url(url, settings.smtp_timeout)?;
                tracing::info!(smtp = %redact_url(url.as_str()), "mail goes out through SMTP");
                Ok(Transport::Direct(Arc::new(t)))
            }
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
            Transport::Direct(d) => d.send(&envelope, raw).await,
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
