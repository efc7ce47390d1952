//! The mail context a change needs besides its transaction.

use super::Mailer;
use crate::config::Settings;

/// What mail needs besides the database: the mailer, the site address and the signing key.
pub struct Notifier<'a> {
    pub mailer: &'a Mailer,
    pub base: String,
    pub secret: &'a [u8],
}

impl<'a> Notifier<'a> {
    pub fn new(mailer: &'a Mailer, settings: &'a Settings) -> Self {
        Notifier {
            mailer,
            base: settings.site(),
            secret: settings.secret_key(),
        }
    }
}
