//! View models for an event's participants: the participants page, the invite picker, the
//! signed invitation page and the page that stops an invitee's agenda notices. (The answer form
//! itself is in `views::events`, since the event page shows it too; this module imports
//! `events`, never the other way round.)

use serde::Serialize;

use crate::i18n::label;
use crate::views::Pager;
use crate::views::directory::Opt;
use crate::views::events::{AgendaDay, AnswerForm, CountryGroup, EventRef, EventSummary, Venue};
use entity::participant;

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
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

/// The page behind an invitee's "no more agenda notices" link.
#[derive(Serialize)]
pub struct QuietPage {
    pub event: EventRef,
    pub done: bool,
    pub action: String,
}
