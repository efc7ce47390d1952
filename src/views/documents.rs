//! Document rows as lists and side panels show them (the documents list, an event page, a
//! register topic, the dashboard), a stored version sent as a download, and the view models of
//! the document pages (the list, the form, one document with its versions).

use std::collections::HashMap;

use actix_web::{HttpRequest, HttpResponse};
use serde::Serialize;

use crate::auth::Viewer;
use crate::error::AppError;
use crate::i18n::t;
use crate::services::countries;
use crate::services::documents::{self as docs, DocFilter, DocInput};
use crate::state::AppState;
use crate::storage::StorageError;
use crate::views::Pager;
use entity::{agenda_item, country, document, document_version, event, legal_topic, organization};

/// One document in a list.
#[derive(Debug, Serialize)]
pub struct DocumentRow {
    pub id: i32,
    pub title: String,
    pub url: String,
    #[serde(rename = "type")]
    pub doc_type: String,
    pub lifecycle: String,
    pub lifecycle_label: String,
    pub visibility: String,
    pub visibility_label: String,
    pub owner: String,
    pub languages: String,
    pub updated: String,
    pub version: i32,
    pub archived: bool,
    pub example: bool,
}

/// A document's stored language codes (comma-separated) as people read them: their labels, joined.
fn languages(lang: &str, codes: &str) -> String {
    codes
        .split(',')
        .filter(|l| !l.is_empty())
        .map(|l| docs::language_label(lang, l))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A row, in `lang`, with the owner's name from `orgs` (the secretariat's when there is no owner).
pub fn row(lang: &str, d: &document::Model, orgs: &HashMap<i32, String>) -> DocumentRow {
    DocumentRow {
        id: d.id,
        title: d.title.clone(),
        url: format!("/documents/{}", d.id),
        doc_type: docs::type_label(lang, &d.doc_type),
        lifecycle: d.lifecycle.clone(),
        lifecycle_label: docs::lifecycle_label(lang, &d.lifecycle),
        visibility: d.visibility.clone(),
        visibility_label: docs::visibility_label(lang, &d.visibility),
        owner: d
            .owner_org_id
            .and_then(|o| orgs.get(&o).cloned())
            .unwrap_or_else(|| crate::i18n::t(lang, "role-secretariat")),
        languages: languages(lang, &d.languages),
        updated: crate::i18n::dates::date(lang, d.updated_at.date_naive()),
        version: d.current_version,
        archived: d.archived,
        example: d.example,
    }
}

/// Rows for a list of documents, with owner names, in `lang`.
pub async fn rows(state: &AppState, lang: &str, list: &[document::Model]) -> Result<Vec<DocumentRow>, AppError> {
    let ids: Vec<i32> = list.iter().filter_map(|d| d.owner_org_id).collect();
    let orgs = docs::org_names(&state.db, &ids).await?;
    Ok(list.iter().map(|d| row(lang, d, &orgs)).collect())
}

/// Document rows for a side panel: title, type, link.
pub async fn linked_rows(
    state: &AppState,
    viewer: &Viewer,
    kind: &str,
    targets: &[String],
) -> Result<Vec<DocumentRow>, AppError> {
    let list = docs::linked(&state.db, viewer.user.as_ref(), kind, targets).await?;
    rows(state, viewer.lang(), &list).await
}

/// Documents linked to an event or any of its agenda items.
pub async fn for_event(
    state: &AppState,
    viewer: &Viewer,
    event_id: i32,
    item_ids: &[i32],
) -> Result<Vec<DocumentRow>, AppError> {
    let user = viewer.user.as_ref();
    let mut list = docs::linked(&state.db, user, "event", &[event_id.to_string()]).await?;
    let by_item = docs::linked(
        &state.db,
        user,
        "agenda",
        &item_ids.iter().map(|i| i.to_string()).collect::<Vec<_>>(),
    )
    .await?;
    for d in by_item {
        if !list.iter().any(|x| x.id == d.id) {
            list.push(d);
        }
    }
    rows(state, viewer.lang(), &list).await
}

/// `filename="..."` with an ASCII fallback and the UTF-8 name (RFC 6266).
fn disposition(name: &str) -> String {
    let ascii: String = name
        .chars()
        .map(|c| {
            if c.is_ascii_graphic() && c != '"' && c != '\\' || c == ' ' {
                c
            } else {
                '_'
            }
        })
        .collect();
    let encoded: String = url::form_urlencoded::byte_serialize(name.as_bytes())
        .collect::<String>()
        .replace('+', "%20");
    format!("attachment; filename=\"{ascii}\"; filename*=UTF-8''{encoded}")
}

/// A stored version as a download (pages and the API); 304 when the client has it already.
pub async fn download(
    state: &AppState,
    req: &HttpRequest,
    v: &document_version::Model,
) -> Result<HttpResponse, AppError> {
    let etag = format!("\"{}\"", v.sha256);
    if req
        .headers()
        .get("If-None-Match")
        .and_then(|h| h.to_str().ok())
        .is_some_and(|h| h.split(',').any(|t| t.trim() == etag))
    {
        return Ok(HttpResponse::NotModified().insert_header(("ETag", etag)).finish());
    }
    let (size, stream) = match state.store.get(&v.sha256).await {
        Ok(x) => x,
        Err(StorageError::NotFound) => {
            tracing::error!(version = v.id, "stored file is missing");
            return Err(AppError::NotFound);
        }
        Err(e) => return Err(AppError::Internal(e.to_string())),
    };
    Ok(HttpResponse::Ok()
        .content_type(v.mime.as_str())
        .insert_header(("Content-Disposition", disposition(&v.filename)))
        .insert_header(("X-Content-Type-Options", "nosniff"))
        .insert_header(("Cache-Control", "private, no-cache"))
        .insert_header(("ETag", etag))
        .no_chunking(size)
        .streaming(stream))
}

// ---------------------------------------------------------------------------------------------
// The document pages

/// A choice in a filter or form list, marked when chosen.
#[derive(Serialize)]
pub struct Choice {
    pub code: String,
    pub label: String,
    pub selected: bool,
}

/// A list's name for a code in a language (`docs::type_label`...).
type Name = fn(&str, &str) -> String;

/// The choices of `codes`, named in `lang`, those in `selected` marked.
pub fn choices(lang: &str, codes: &[&str], name: Name, selected: &[String]) -> Vec<Choice> {
    codes
        .iter()
        .map(|c| Choice {
            code: c.to_string(),
            label: name(lang, c),
            selected: selected.iter().any(|s| s == c),
        })
        .collect()
}

/// The choices of `codes`, the one `selected` marked.
pub fn one(lang: &str, codes: &[&str], name: Name, selected: &str) -> Vec<Choice> {
    choices(lang, codes, name, &[selected.to_string()])
}

pub fn country_choices(list: &[country::Model], selected: &[String]) -> Vec<Choice> {
    list.iter()
        .map(|c| Choice {
            code: c.code.clone(),
            label: countries::display_name(c),
            selected: selected.contains(&c.code),
        })
        .collect()
}

/// The register topics to choose from, named in `lang`.
pub fn topic_choices(lang: &str, list: &[legal_topic::Model], selected: &[String]) -> Vec<Choice> {
    list.iter()
        .map(|t| Choice {
            code: t.code.clone(),
            label: crate::services::legal::topic_name(t, lang),
            selected: selected.contains(&t.code),
        })
        .collect()
}

/// The documents list with its filters.
#[derive(Serialize)]
pub struct DocumentList {
    pub documents: Vec<DocumentRow>,
    pub total: u64,
    pub pager: Pager,
    pub filter: DocFilter,
    pub types: Vec<Choice>,
    pub lifecycles: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub topics: Vec<Choice>,
    pub can_create: bool,
    pub signed_in: bool,
    pub type_label: String,
    pub following_type: bool,
    pub showing_archived: bool,
}

/// The filters' choices, as `f` chose them.
pub struct ListChoices {
    pub types: Vec<Choice>,
    pub lifecycles: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub countries: Vec<Choice>,
}

pub fn list_choices(lang: &str, f: &DocFilter, countries_list: &[country::Model]) -> ListChoices {
    ListChoices {
        types: one(lang, &docs::TYPES, docs::type_label, &f.doc_type),
        lifecycles: one(lang, &docs::LIFECYCLES[1..], docs::lifecycle_label, &f.lifecycle),
        languages: one(lang, &docs::LANGUAGES, docs::language_label, &f.language),
        countries: country_choices(countries_list, std::slice::from_ref(&f.country)),
    }
}

/// The file types the upload forms accept.
pub const ACCEPT: &str = ".pdf,.docx,.xlsx,.pptx,.odt,.ods,.txt,.csv,.png,.jpg,.jpeg";

/// The form to add a document or edit its details.
#[derive(Serialize)]
pub struct DocumentForm<'a> {
    pub v: &'a DocInput,
    pub review_on: String,
    pub supersedes: String,
    pub variant_of: String,
    pub note: &'a str,
    pub types: Vec<Choice>,
    pub visibilities: Vec<Choice>,
    pub lifecycles: Vec<Choice>,
    pub variant_kinds: Vec<Choice>,
    pub languages: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub topics: Vec<Choice>,
    pub events: Vec<IdChoice>,
    pub agenda: Vec<IdChoice>,
    pub orgs: Vec<OrgChoice>,
    pub is_secretariat: bool,
    pub own_org: Option<String>,
    pub limit: String,
    pub accept: &'static str,
    pub doc: Option<DocTitle>,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

/// An event or agenda item to link, marked when linked.
#[derive(Serialize)]
pub struct IdChoice {
    pub id: i32,
    pub label: String,
    pub selected: bool,
}

/// An organization that may own the document, marked when it does.
#[derive(Serialize)]
pub struct OrgChoice {
    pub id: i32,
    pub name: String,
    pub selected: bool,
}

/// The document being edited.
#[derive(Serialize)]
pub struct DocTitle {
    pub id: i32,
    pub title: String,
}

/// What the route loaded for the document form besides the values.
pub struct FormSources<'a> {
    /// The reader's language (the register topics' titles).
    pub lang: &'a str,
    pub countries: &'a [country::Model],
    pub topics: &'a [legal_topic::Model],
    pub events: &'a [event::Model],
    pub agenda: &'a [agenda_item::Model],
    /// The organizations to choose the owner from (the secretariat's form only).
    pub orgs: &'a [organization::Model],
    pub own_org: Option<String>,
    pub is_secretariat: bool,
    /// The viewer may mark a document adopted or superseded.
    pub may_adopt: bool,
    /// The upload limit, as people read it.
    pub limit: String,
}

/// The form for `input`, in `lang`: a new document, or the edit form of `doc`.
pub fn form<'a>(
    lang: &str,
    input: &'a DocInput,
    doc: Option<&document::Model>,
    note: &'a str,
    src: FormSources<'_>,
) -> DocumentForm<'a> {
    let offered: Vec<&str> = docs::LIFECYCLES
        .into_iter()
        .filter(|c| src.may_adopt || !matches!(*c, "adopted" | "superseded") || doc.is_some_and(|d| d.lifecycle == *c))
        .collect();
    let lifecycles = one(lang, &offered, docs::lifecycle_label, &input.lifecycle);
    DocumentForm {
        v: input,
        review_on: input.review_on.map(|d| d.to_string()).unwrap_or_default(),
        supersedes: input.supersedes_id.map(|i| i.to_string()).unwrap_or_default(),
        variant_of: input.variant_of_id.map(|i| i.to_string()).unwrap_or_default(),
        note,
        types: one(lang, &docs::TYPES, docs::type_label, &input.doc_type),
        visibilities: one(lang, &docs::VISIBILITIES, docs::visibility_choice, &input.visibility),
        lifecycles,
        variant_kinds: one(
            lang,
            &docs::VARIANT_KINDS,
            docs::variant_label,
            input.variant_kind.as_deref().unwrap_or(""),
        ),
        languages: choices(lang, &docs::LANGUAGES, docs::language_label, &input.languages),
        countries: country_choices(src.countries, &input.countries),
        topics: topic_choices(src.lang, src.topics, &input.topics),
        events: src
            .events
            .iter()
            .map(|e| IdChoice {
                id: e.id,
                label: format!(
                    "{} ({})",
                    e.title,
                    crate::i18n::dates::date(lang, e.starts_at.date_naive())
                ),
                selected: input.events.contains(&e.id),
            })
            .collect(),
        agenda: src
            .agenda
            .iter()
            .map(|i| IdChoice {
                id: i.id,
                label: format!(
                    "{} {} · {}",
                    crate::i18n::dates::day_month(lang, i.day),
                    i.start_time,
                    i.title
                ),
                selected: input.agenda.contains(&i.id),
            })
            .collect(),
        orgs: src
            .orgs
            .iter()
            .map(|o| OrgChoice {
                id: o.id,
                name: o.name.clone(),
                selected: Some(o.id) == input.owner_org_id,
            })
            .collect(),
        is_secretariat: src.is_secretariat,
        own_org: src.own_org,
        limit: src.limit,
        accept: ACCEPT,
        doc: doc.map(|d| DocTitle {
            id: d.id,
            title: d.title.clone(),
        }),
        errors: Default::default(),
        has_errors: false,
    }
}

/// One document with its versions and what it is linked to.
#[derive(Serialize)]
pub struct DocumentPage {
    pub d: DocumentRow,
    pub owner: Option<OrgLink>,
    pub description: String,
    pub tags: Vec<String>,
    pub review_on: Option<String>,
    pub review_due: bool,
    /// "Translation of", "National adaptation of": the heading of the link to the original.
    pub variant_of_label: Option<String>,
    pub variant_of: Option<DocRef>,
    pub supersedes: Option<DocRef>,
    pub variants: Vec<VariantLink>,
    pub superseded_by: Vec<DocLink>,
    pub current: Option<VersionRow>,
    pub versions: Vec<VersionRow>,
    pub countries: Vec<CountryLink>,
    pub topics: Vec<TopicLink>,
    pub events: Vec<EventLink>,
    pub agenda: Vec<AgendaLink>,
    pub can_edit: bool,
    pub signed_in: bool,
    pub following_type: bool,
    pub doc_type: String,
    pub limit: String,
    pub accept: &'static str,
    pub errors: crate::views::FieldMessages,
    pub has_errors: bool,
}

#[derive(Serialize)]
pub struct OrgLink {
    pub id: i32,
    pub name: String,
}

/// Another document, by number and title.
#[derive(Serialize)]
pub struct DocRef {
    pub id: i32,
    pub title: String,
    pub url: String,
}

/// Another document, by title.
#[derive(Serialize)]
pub struct DocLink {
    pub title: String,
    pub url: String,
}

/// A translation or national adaptation.
#[derive(Serialize)]
pub struct VariantLink {
    pub title: String,
    pub url: String,
    pub kind: Option<String>,
    pub languages: String,
}

#[derive(Serialize)]
pub struct CountryLink {
    pub code: String,
    pub name: String,
}

#[derive(Serialize)]
pub struct TopicLink {
    pub code: String,
    pub title: String,
}

#[derive(Serialize)]
pub struct EventLink {
    pub id: i32,
    pub title: String,
    /// The event's first day (a field named `date` would call the `date` helper instead).
    pub on: String,
}

#[derive(Serialize)]
pub struct AgendaLink {
    pub title: String,
    pub url: String,
}

/// One stored version of a document.
#[derive(Serialize)]
pub struct VersionRow {
    pub number: i32,
    pub current: bool,
    pub note: String,
    pub filename: String,
    #[serde(rename = "type")]
    pub file_type: String,
    pub size: String,
    pub sha256: String,
    pub by: String,
    pub at: String,
    pub text_state: String,
    pub text_pending: bool,
    pub download_url: String,
    pub restore_url: String,
}

/// Version `v` of `d`, in `lang`.
pub fn version_row(lang: &str, d: &document::Model, v: &document_version::Model) -> VersionRow {
    VersionRow {
        number: v.number,
        current: v.number == d.current_version,
        note: v.note.clone(),
        filename: v.filename.clone(),
        file_type: t(
            lang,
            crate::files::FileKind::from_mime(&v.mime).map_or("file-kind-other", |k| k.label_key()),
        ),
        size: super::human_size(v.size as u64).text(lang),
        sha256: v.sha256.clone(),
        by: v.uploaded_by_name.clone(),
        // Shown by the `datetime` helper in the reader's time zone.
        at: v.created_at.to_rfc3339(),
        text_state: t(lang, docs::text_state(v)),
        text_pending: matches!(v.text_status.as_str(), "pending" | "working"),
        download_url: format!("/documents/{}/versions/{}/download", d.id, v.number),
        restore_url: format!("/documents/{}/versions/{}/restore", d.id, v.number),
    }
}

/// What the route loaded for a document's page.
pub struct PageSources<'a> {
    /// The reader's language (the register topics' titles).
    pub lang: &'a str,
    pub versions: &'a [document_version::Model],
    /// The countries, topics, events and agenda items the document is linked to, as far as the
    /// viewer may see them.
    pub countries: Vec<&'a country::Model>,
    pub topics: &'a [legal_topic::Model],
    pub events: &'a [event::Model],
    pub agenda: &'a [agenda_item::Model],
    pub owner: Option<organization::Model>,
    pub variant_of: Option<document::Model>,
    pub supersedes: Option<document::Model>,
    pub variants: &'a [document::Model],
    pub superseded_by: &'a [document::Model],
    pub can_edit: bool,
    pub signed_in: bool,
    pub following_type: bool,
    /// The upload limit, as people read it.
    pub limit: String,
}

pub fn page(lang: &str, d: &document::Model, src: PageSources<'_>) -> DocumentPage {
    let doc_ref = |o: Option<document::Model>| {
        o.map(|d| DocRef {
            id: d.id,
            url: format!("/documents/{}", d.id),
            title: d.title,
        })
    };
    DocumentPage {
        d: row(lang, d, &HashMap::new()),
        owner: src.owner.map(|o| OrgLink { id: o.id, name: o.name }),
        description: d.description.clone(),
        tags: d
            .tags
            .split(',')
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .map(str::to_string)
            .collect(),
        review_on: d.review_on.map(|r| crate::i18n::dates::date_long(lang, r)),
        review_due: d.review_on.is_some_and(|r| r <= crate::db::now().date_naive()),
        variant_of_label: d
            .variant_kind
            .as_deref()
            .map(|k| crate::i18n::label(lang, "document-variant-of", k)),
        variant_of: doc_ref(src.variant_of),
        supersedes: doc_ref(src.supersedes),
        variants: src
            .variants
            .iter()
            .map(|v| VariantLink {
                title: v.title.clone(),
                url: format!("/documents/{}", v.id),
                kind: v.variant_kind.as_deref().map(|k| docs::variant_label(lang, k)),
                languages: languages(lang, &v.languages),
            })
            .collect(),
        superseded_by: src
            .superseded_by
            .iter()
            .map(|v| DocLink {
                title: v.title.clone(),
                url: format!("/documents/{}", v.id),
            })
            .collect(),
        current: src
            .versions
            .iter()
            .find(|v| v.number == d.current_version)
            .map(|v| version_row(lang, d, v)),
        versions: src.versions.iter().map(|v| version_row(lang, d, v)).collect(),
        countries: src
            .countries
            .into_iter()
            .map(|c| CountryLink {
                code: c.code.clone(),
                name: countries::display_name(c),
            })
            .collect(),
        topics: src
            .topics
            .iter()
            .map(|t| TopicLink {
                code: t.code.clone(),
                title: crate::services::legal::topic_text(t, src.lang).title,
            })
            .collect(),
        events: src
            .events
            .iter()
            .map(|e| EventLink {
                id: e.id,
                title: e.title.clone(),
                on: crate::i18n::dates::date(lang, e.starts_at.date_naive()),
            })
            .collect(),
        agenda: src
            .agenda
            .iter()
            .map(|i| AgendaLink {
                title: i.title.clone(),
                url: format!("/events/{}#item-{}", i.event_id, i.id),
            })
            .collect(),
        can_edit: src.can_edit,
        signed_in: src.signed_in,
        following_type: src.following_type,
        doc_type: d.doc_type.clone(),
        limit: src.limit,
        accept: ACCEPT,
        errors: Default::default(),
        has_errors: false,
    }
}
