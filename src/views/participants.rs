//! View models for an event's participants: the participants page, the invite picker, the
//! invitation and its answer form (event page and signed RSVP page), and the page that stops an
//! invitee's agenda notices.

use serde::Serialize;

use crate::error::FieldErrors;
use crate::i18n::{label, t};
use crate::views::Pager;
use crate::views::directory::Opt;
use crate::views::events::{AgendaDay, CountryGroup, EventRef, EventSummary, Venue};
use entity::{event, participant};

/// The participants page.
#[derive(Serialize)]
pub struct ParticipantsPage {
    pub event: EventRef,
    pub by_country: Vec<CountryGroup>,
    pub total: usize,
    pub accepted: usize,
    pub waitlisted: usize,
    pub rows: Vec<ParticipantRow>,
    pub manage: bool,
    /// Invitations can be sent (a published event that has not started).
    pub can_invite: bool,
}

/// The invite picker's filters, as the GET form sends them (every field may be empty).
#[derive(serde::Deserialize, Serialize, Default)]
#[serde(default)]
pub struct InviteFilter {
    pub country: String,
    /// An organization id, or empty for all.
    pub organization: String,
    /// Part of a name.
    pub q: String,
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

/// The invite picker: organizations (their focal points) and people matching the filters.
#[derive(Serialize)]
pub struct InvitePage {
    pub event: EventRef,
    pub filter: InviteFilter,
    pub countries: Vec<Opt>,
    pub organization_choices: Vec<Opt>,
    pub organizations: Vec<InviteOrg>,
    /// More organizations match than are listed.
    pub more_organizations: Option<usize>,
    pub people: Vec<InvitePerson>,
    pub pager: Pager,
    pub published: bool,
}

#[derive(Serialize)]
pub struct InviteOrg {
    pub id: i32,
    pub name: String,
    pub country: String,
}

#[derive(Serialize)]
pub struct InvitePerson {
    pub id: i32,
    pub name: String,
    pub title: Option<String>,
    pub organization: String,
    pub country: String,
    pub role: String,
    /// Already on the event's list.
    pub invited: bool,
    /// No address to send the invitation to.
    pub no_email: bool,
}

/// A participant as the list shows them: contact and needs only to the secretariat (`manage`).
#[derive(Serialize)]
pub struct ParticipantRow {
    pub id: i32,
    pub name: String,
    pub email: Option<String>,
    pub status: String,
    pub dietary: Option<String>,
    pub accessibility: Option<String>,
    pub attended: bool,
}

pub fn participant_row(lang: &str, p: &participant::Model, manage: bool) -> ParticipantRow {
    ParticipantRow {
        id: p.id,
        name: p.name.clone(),
        email: if manage { Some(p.email.clone()) } else { None },
        status: label(lang, "participant-status", &p.status),
        dietary: if manage { p.dietary.clone() } else { None },
        accessibility: if manage { p.accessibility.clone() } else { None },
        attended: p.attended == Some(true),
    }
}

/// The signed invitation page: the event's details and the answer form. It is where the mail
/// of an invitee without an account sends them, so it shows what the event page would.
#[derive(Serialize)]
pub struct RsvpPage {
    pub event: EventSummary,
    pub venue: Venue,
    pub online_url: Option<String>,
    pub description_html: Option<String>,
    /// The agenda, once published.
    pub days: Vec<AgendaDay>,
    /// The signed link that stops this event's agenda notices.
    pub quiet_url: String,
    pub answer: AnswerForm,
    pub done: bool,
    pub errors: FieldErrors,
    pub has_errors: bool,
}

/// An invitation and its answer form, on the signed RSVP page and on the event page.
#[derive(Serialize)]
pub struct AnswerForm {
    pub name: String,
    /// The answer's name in the reader's language.
    pub status: String,
    pub answered: bool,
    pub waitlisted: bool,
    pub answers: Vec<Answer>,
    pub form: RsvpFields,
    /// Answers can be given and changed until the event starts (not after a cancellation).
    pub open: bool,
    pub action: String,
}

/// The answer form for participant `p` of `ev`, posting to `action`.
pub fn answer_form(lang: &str, p: &participant::Model, ev: &event::Model, action: String) -> AnswerForm {
    AnswerForm {
        name: p.name.clone(),
        status: label(lang, "participant-status", &p.status),
        answered: p.status != "invited",
        waitlisted: p.status == "waitlisted",
        answers: answers(lang, p, crate::services::participants::ANSWERS),
        form: RsvpFields {
            dietary: p.dietary.clone(),
            accessibility: p.accessibility.clone(),
            share_name: p.share_name,
        },
        open: ev.status == "published" && ev.starts_at > crate::db::now(),
        action,
    }
}

/// Participant `p` as the answer form shows it after a refused answer: what was typed, on top of
/// what is stored.
pub fn typed_answer(
    p: &participant::Model,
    status: &str,
    dietary: &str,
    accessibility: &str,
    share_name: bool,
) -> participant::Model {
    let mut typed = p.clone();
    if crate::services::participants::ANSWERS.contains(&status) {
        typed.status = status.to_string();
    }
    typed.dietary = Some(dietary.to_string()).filter(|s| !s.is_empty());
    typed.accessibility = Some(accessibility.to_string()).filter(|s| !s.is_empty());
    typed.share_name = share_name;
    typed
}

#[derive(Serialize)]
pub struct Answer {
    pub code: String,
    pub label: String,
    pub checked: bool,
}

#[derive(Serialize)]
pub struct RsvpFields {
    pub dietary: Option<String>,
    pub accessibility: Option<String>,
    pub share_name: bool,
}

/// The answers a participant may give, theirs ticked (a waitlisted participant's as "accepted").
pub fn answers(lang: &str, p: &participant::Model, codes: &[&str]) -> Vec<Answer> {
    codes
        .iter()
        .map(|a| Answer {
            code: a.to_string(),
            label: t(lang, &format!("rsvp-{a}")),
            checked: p.status == *a || (p.status == "waitlisted" && *a == "accepted"),
        })
        .collect()
}

/// The page behind an invitee's "no more agenda notices" link.
#[derive(Serialize)]
pub struct QuietPage {
    pub event: EventRef,
    pub done: bool,
    pub action: String,
}
