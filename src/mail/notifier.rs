//! The mail context a change needs besides its transaction.

use super::Mailer;

/// What mail needs besides the database: the mailer, the site address and the signing key.
pub struct Notifier<'a> {
    pub mailer: &'a Mailer,
    pub base: String,
    pub secret: &'a [u8],
}
