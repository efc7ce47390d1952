//! What every request handler shares: the database pool, the settings, the templates, the
//! mailer and the document store. Built once at start-up, with the server.

use std::sync::Arc;

use handlebars::Handlebars;
use sea_orm::DatabaseConnection;

use crate::config::Settings;
use crate::mail::{Mailer, Notifier};

pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Settings,
    pub hb: Arc<Handlebars<'static>>,
    pub mailer: Arc<Mailer>,
    pub store: Arc<dyn crate::storage::BlobStore>,
}

impl AppState {
    /// What services need to send mail about a change.
    pub fn notifier(&self) -> Notifier<'_> {
        Notifier::new(&self.mailer, &self.settings)
    }
}
