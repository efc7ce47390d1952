//! View models for the administration pages: users, countries, the mail queue.

use chrono::{DateTime, Utc};
use serde::Serialize;

use crate::auth::Role;
use crate::i18n::t;
use crate::mail::outbox::Health;
use crate::services::accounts::UserRow;
use crate::services::countries::CountryView;
use crate::views::Pager;
use crate::views::directory::Opt;
use entity::{organization, outbox_message};

#[derive(Serialize)]
pub struct UserList {
    pub users: Vec<UserRow>,
}

/// The new-user form: what was typed, the roles and the organizations to choose from.
#[derive(Serialize)]
pub struct UserForm<'a> {
    pub form: UserValues<'a>,
    pub roles: Vec<Opt>,
    pub organizations: Vec<OrgOption>,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

/// The new-user form's values as typed (`organization` is the id as text, or empty).
#[derive(Serialize)]
pub struct UserValues<'a> {
    pub email: &'a str,
    pub name: &'a str,
    pub role: &'a str,
    pub organization: &'a str,
}

/// An organization to choose; the id is text, as the form sends it back.
#[derive(Serialize)]
pub struct OrgOption {
    pub id: String,
    pub name: String,
}

pub fn org_options(orgs: Vec<organization::Model>) -> Vec<OrgOption> {
    orgs.into_iter()
        .map(|o| OrgOption {
            id: o.id.to_string(),
            name: o.name,
        })
        .collect()
}

pub fn user_form<'a>(lang: &str, form: UserValues<'a>, organizations: Vec<OrgOption>) -> UserForm<'a> {
    UserForm {
        form,
        roles: Role::ALL
            .iter()
            .map(|r| Opt {
                code: r.as_str().to_string(),
                label: t(lang, &format!("role-{}", r.as_str())),
            })
            .collect(),
        organizations,
        errors: Default::default(),
        has_errors: false,
    }
}

#[derive(Serialize)]
pub struct UserCreated {
    pub name: String,
    pub email: String,
}

/// The countries page: the list and the form to add one.
#[derive(Serialize)]
pub struct Countries<'a> {
    pub countries: Vec<CountryView>,
    pub form: CountryValues<'a>,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

#[derive(Serialize)]
pub struct CountryValues<'a> {
    pub code: &'a str,
    pub name: &'a str,
}

pub fn countries<'a>(countries: Vec<CountryView>, code: &'a str, name: &'a str) -> Countries<'a> {
    Countries {
        countries,
        form: CountryValues { code, name },
        errors: Default::default(),
        has_errors: false,
    }
}

/// Queue health and one page of dead letters.
#[derive(Serialize)]
pub struct MailPage {
    pub health: Health,
    pub dead: Vec<DeadLetter>,
    pub pager: Pager,
}

#[derive(Serialize)]
pub struct DeadLetter {
    pub id: i64,
    pub to: String,
    pub subject: String,
    pub error: Option<String>,
    pub attempts: i32,
    pub created_at: DateTime<Utc>,
}

pub fn dead_letter(m: outbox_message::Model) -> DeadLetter {
    DeadLetter {
        id: m.id,
        to: m.to_address,
        subject: m.subject,
        error: m.last_error,
        attempts: m.attempts,
        created_at: m.created_at,
    }
}

/// The page that links an account to its directory person.
#[derive(Serialize)]
pub struct PersonLinkPage {
    pub id: i32,
    pub name: String,
    pub email: String,
    pub people: Vec<PersonChoice>,
    /// The link the page showed, sent back so a change made meanwhile is not overwritten.
    pub based_on: String,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

#[derive(Serialize)]
pub struct PersonChoice {
    pub id: String,
    pub name: String,
    pub selected: bool,
    /// Already the person of another account.
    pub taken: bool,
}

/// `people` with the accounts linked to each; `chosen` is the person id the form shows chosen.
pub fn person_link_page(
    u: &entity::user::Model,
    people: Vec<(entity::person::Model, Option<i32>)>,
    chosen: &str,
) -> PersonLinkPage {
    PersonLinkPage {
        id: u.id,
        name: u.name.clone(),
        email: u.email.clone(),
        people: people
            .into_iter()
            .map(|(p, by)| PersonChoice {
                selected: p.id.to_string() == chosen,
                taken: by.is_some_and(|by| by != u.id),
                id: p.id.to_string(),
                name: match p.title {
                    Some(title) if !title.is_empty() => format!("{} ({title})", p.name),
                    _ => p.name,
                },
            })
            .collect(),
        based_on: u.person_id.map(|p| p.to_string()).unwrap_or_default(),
        errors: Default::default(),
        has_errors: false,
    }
}
