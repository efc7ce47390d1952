//! View models for one's own account: settings, notification preferences, sign-in, passwords,
//! email change and unsubscribe.

use serde::Serialize;

use crate::i18n::{self, t};
use crate::mail::{Category, Delivery};
use crate::services::accounts::TokenView;

/// A choice in a list, marked when chosen.
#[derive(Serialize)]
pub struct Choice {
    pub code: &'static str,
    pub label: &'static str,
    pub selected: bool,
}

/// The settings page: profile, email change, API tokens.
#[derive(Serialize)]
pub struct Settings<'a> {
    pub email: String,
    pub form: ProfileValues<'a>,
    pub languages: Vec<Choice>,
    pub time_zones: Vec<crate::views::TimeZoneGroup>,
    pub tokens: Vec<TokenView>,
    pub new_token: Option<String>,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

/// The settings forms' values: the profile, plus what the token or email form sent.
#[derive(Serialize)]
pub struct ProfileValues<'a> {
    pub name: &'a str,
    pub language: &'a str,
    pub time_zone: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token_name: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub new_email: Option<&'a str>,
}

impl<'a> ProfileValues<'a> {
    pub fn new(name: &'a str, language: &'a str, time_zone: &'a str) -> Self {
        ProfileValues {
            name,
            language,
            time_zone,
            token_name: None,
            new_email: None,
        }
    }
}

pub fn settings<'a>(
    lang: &str,
    email: String,
    form: ProfileValues<'a>,
    tokens: Vec<TokenView>,
    new_token: Option<String>,
) -> Settings<'a> {
    Settings {
        email,
        languages: i18n::LANGUAGES
            .iter()
            .map(|l| Choice {
                code: l.code,
                label: l.name,
                selected: l.code == form.language,
            })
            .collect(),
        time_zones: crate::views::time_zones(lang, form.time_zone),
        form,
        tokens,
        new_token,
        errors: Default::default(),
        has_errors: false,
    }
}

/// Notification preferences: one row per category, its delivery options.
#[derive(Serialize)]
pub struct Notifications {
    pub rows: Vec<PreferenceRow>,
}

#[derive(Serialize)]
pub struct PreferenceRow {
    pub category: &'static str,
    pub label: String,
    pub options: Vec<DeliveryOption>,
}

#[derive(Serialize)]
pub struct DeliveryOption {
    pub code: &'static str,
    pub label: String,
    pub checked: bool,
}

pub fn notifications(lang: &str, prefs: Vec<(Category, Delivery)>) -> Notifications {
    Notifications {
        rows: prefs
            .into_iter()
            .map(|(c, d)| PreferenceRow {
                category: c.as_str(),
                label: t(lang, &format!("category-{}", c.as_str())),
                options: delivery_options(lang, d),
            })
            .collect(),
    }
}

fn delivery_options(lang: &str, current: Delivery) -> Vec<DeliveryOption> {
    Delivery::ALL
        .iter()
        .map(|d| DeliveryOption {
            code: d.as_str(),
            label: t(lang, &format!("delivery-{}", d.as_str())),
            checked: *d == current,
        })
        .collect()
}

/// The sign-in form, with the reason when a sign-in was refused.
#[derive(Serialize)]
pub struct Login<'a> {
    pub next: &'a str,
    pub email: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub login_error: Option<String>,
}

/// The set-password form (`valid`: the link can still be used).
#[derive(Serialize)]
pub struct SetPassword<'a> {
    pub token: &'a str,
    pub valid: bool,
}

#[derive(Serialize)]
pub struct Reset<'a> {
    pub email: &'a str,
    pub sent: bool,
}

#[derive(Serialize)]
pub struct ConfirmEmail<'a> {
    pub token: &'a str,
    pub valid: bool,
    pub new_email: Option<String>,
}

/// The unsubscribe confirmation (`done`: already unsubscribed).
#[derive(Serialize)]
pub struct Unsubscribe<'a> {
    pub done: bool,
    pub category: String,
    pub action: &'a str,
}
