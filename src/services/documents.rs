//! Practice documents: metadata, versions, lifecycle, links, visibility, text extraction for
//! search, notices to followers and review reminders.
//!
//! Files are kept in a [`BlobStore`] under their SHA-256, so two versions with the same content
//! share one file, and a version row never points at a file that is not fully stored: the file
//! goes into the store first, the row after.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use chrono::NaiveDate;
use entity::{
    agenda_item, country, document, document_link, document_version, event, legal_follow, legal_topic, organization,
    user,
};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde::Serialize;
use serde_json::json;

use crate::auth::CurrentUser;
use crate::db::now;
use crate::error::{AppError, FieldErrors};
use crate::files::FileKind;
use crate::mail::Notifier;
use crate::mail::{self, Category, Notification, Recipient};
use crate::services::paging;
use crate::services::search::{self, Kind};
use crate::services::validate::Form;
use crate::storage::BlobStore;

pub const TYPES: [(&str, &str); 8] = [
    ("guideline", "Guideline"),
    ("sop", "Standard operating procedure"),
    ("referral_form", "Referral form"),
    ("training", "Training material"),
    ("report", "Report"),
    ("presentation", "Presentation"),
    ("legal_text", "Legal text"),
    ("other", "Other"),
];

pub const VISIBILITIES: [(&str, &str); 3] = [
    ("public", "Public: anyone, also without signing in"),
    ("network", "Network: everyone signed in"),
    ("secretariat", "Secretariat only (and the owner organization)"),
];

pub const LIFECYCLES: [(&str, &str); 5] = [
    ("", "Not a network document"),
    ("draft", "Draft"),
    ("in_review", "In review"),
    ("adopted", "Adopted by the network"),
    ("superseded", "Superseded"),
];

pub const LANGUAGES: [(&str, &str); 9] = [
    ("en", "English"),
    ("sq", "Albanian"),
    ("bs", "Bosnian"),
    ("hr", "Croatian"),
    ("cnr", "Montenegrin"),
    ("mk", "Macedonian"),
    ("sr", "Serbian"),
    ("de", "German"),
    ("fr", "French"),
];

pub const VARIANT_KINDS: [(&str, &str); 2] = [("translation", "Translation"), ("adaptation", "National adaptation")];

fn label_of(list: &[(&'static str, &'static str)], code: &str) -> &'static str {
    list.iter().find(|(c, _)| *c == code).map(|(_, l)| *l).unwrap_or("")
}

pub fn type_label(code: &str) -> &'static str {
    label_of(&TYPES, code)
}

pub fn visibility_label(code: &str) -> &'static str {
    match code {
        "public" => "Public",
        "network" => "Network",
        _ => "Secretariat only",
    }
}

pub fn lifecycle_label(code: &str) -> &'static str {
    label_of(&LIFECYCLES, code)
}

pub fn language_label(code: &str) -> &'static str {
    label_of(&LANGUAGES, code)
}

pub fn variant_label(code: &str) -> &'static str {
    label_of(&VARIANT_KINDS, code)
}

// ---------------------------------------------------------------------------------------------
// Who sees what

/// Public documents: anyone. Network documents: everyone signed in. Secretariat-only
/// documents: the secretariat and the members of the owner organization.
pub fn can_view(user: Option<&CurrentUser>, d: &document::Model) -> bool {
    match d.visibility.as_str() {
        "public" => true,
        "network" => user.is_some(),
        _ => user.is_some_and(|u| {
            u.is_secretariat() || (u.organization_id.is_some() && u.organization_id == d.owner_org_id)
        }),
    }
}

/// The SQL form of [`can_view`].
pub fn visible_to(user: Option<&CurrentUser>) -> Condition {
    match user {
        Some(u) if u.is_secretariat() => Condition::all(),
        Some(u) => {
            let mut c = Condition::any().add(document::Column::Visibility.is_in(["public", "network"]));
            if let Some(org) = u.organization_id {
                c = c.add(document::Column::OwnerOrgId.eq(org));
            }
            c
        }
        None => Condition::all().add(document::Column::Visibility.eq("public")),
    }
}

/// A document the user may see, or 404 (never 403: guessing ids reveals nothing). A visitor
/// who is not signed in is asked to sign in for a network document.
pub async fn visible(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    id: i32,
) -> Result<document::Model, AppError> {
    let d = document::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    if can_view(user, &d) {
        Ok(d)
    } else if user.is_none() && d.visibility == "network" {
        Err(AppError::Unauthorized)
    } else {
        Err(AppError::NotFound)
    }
}

// ---------------------------------------------------------------------------------------------
// Input

#[derive(Debug, Clone, Default, Serialize)]
pub struct DocInput {
    pub title: String,
    pub doc_type: String,
    pub description: String,
    pub languages: Vec<String>,
    pub tags: String,
    pub visibility: String,
    pub owner_org_id: Option<i32>,
    pub lifecycle: String,
    pub supersedes_id: Option<i32>,
    pub variant_of_id: Option<i32>,
    pub variant_kind: Option<String>,
    pub review_on: Option<NaiveDate>,
    pub countries: Vec<String>,
    pub topics: Vec<String>,
    pub events: Vec<i32>,
    pub agenda: Vec<i32>,
    /// Fictional demo data (set by `roundtable demo` only).
    #[serde(skip)]
    pub example: bool,
}

fn opt_id(form: &Form, key: &str, errors: &mut FieldErrors, msg: &str) -> Option<i32> {
    let raw = form.get(key).trim_start_matches('#').trim_start_matches("No.").trim();
    if raw.is_empty() {
        return None;
    }
    match raw.parse::<i32>() {
        Ok(n) if n > 0 => Some(n),
        _ => {
            errors.add(key, msg);
            None
        }
    }
}

impl DocInput {
    /// Reads and checks the form; references to other records are checked by [`check_refs`].
    pub fn parse(form: &Form) -> (DocInput, FieldErrors) {
        let mut e = FieldErrors::default();
        let title = form.get("title").to_string();
        if title.is_empty() {
            e.add("title", "Enter a title.");
        } else if title.chars().count() > 300 {
            e.add("title", "The title is too long (at most 300 characters).");
        }
        let doc_type = form.get("doc_type").to_string();
        if !TYPES.iter().any(|(c, _)| *c == doc_type) {
            e.add("doc_type", "Choose the type of document.");
        }
        let description = form.get("description").to_string();
        if description.chars().count() > 20_000 {
            e.add(
                "description",
                "The description is too long (at most 20,000 characters).",
            );
        }
        let mut languages: Vec<String> = vec![];
        for l in form.all("languages") {
            if LANGUAGES.iter().any(|(c, _)| *c == l) {
                if !languages.iter().any(|x| x == l) {
                    languages.push(l.to_string());
                }
            } else {
                e.add("languages", "Choose languages from the list.");
            }
        }
        let tags: Vec<String> = form
            .get("tags")
            .split(',')
            .map(|t| t.split_whitespace().collect::<Vec<_>>().join(" "))
            .filter(|t| !t.is_empty())
            .collect();
        let tags = tags.join(", ");
        if tags.chars().count() > 500 {
            e.add("tags", "Too many tags (at most 500 characters in all).");
        }
        let visibility = form.get("visibility").to_string();
        if !VISIBILITIES.iter().any(|(c, _)| *c == visibility) {
            e.add("visibility", "Choose who may see the document.");
        }
        let owner_org_id = match form.get("owner_org_id") {
            "" => None,
            v => match v.parse::<i32>() {
                Ok(n) => Some(n),
                Err(_) => {
                    e.add("owner_org_id", "Choose an organization from the list.");
                    None
                }
            },
        };
        let lifecycle = form.get("lifecycle").to_string();
        if !LIFECYCLES.iter().any(|(c, _)| *c == lifecycle) {
            e.add("lifecycle", "Choose a status from the list.");
        }
        let supersedes_id = opt_id(form, "supersedes_id", &mut e, "Enter a document number, such as 12.");
        let variant_of_id = opt_id(form, "variant_of_id", &mut e, "Enter a document number, such as 12.");
        let variant_kind = form.opt("variant_kind");
        if let Some(k) = &variant_kind
            && !VARIANT_KINDS.iter().any(|(c, _)| c == k)
        {
            e.add("variant_kind", "Choose translation or national adaptation.");
        }
        if variant_of_id.is_some() && variant_kind.is_none() {
            e.add(
                "variant_kind",
                "Say whether this is a translation or a national adaptation.",
            );
        }
        let review_on = match form.get("review_on") {
            "" => None,
            v => match NaiveDate::parse_from_str(v, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    e.add("review_on", "Enter the review date as year-month-day, e.g. 2027-06-30.");
                    None
                }
            },
        };
        let mut countries: Vec<String> = form.all("countries").into_iter().map(|c| c.to_uppercase()).collect();
        countries.dedup();
        let mut topics: Vec<String> = form.all("topics").into_iter().map(str::to_string).collect();
        topics.dedup();
        let events: Vec<i32> = form.all("events").into_iter().filter_map(|v| v.parse().ok()).collect();
        let agenda: Vec<i32> = form.all("agenda").into_iter().filter_map(|v| v.parse().ok()).collect();
        (
            DocInput {
                title,
                doc_type,
                description,
                languages,
                tags,
                visibility,
                owner_org_id,
                lifecycle,
                supersedes_id,
                variant_kind: if variant_of_id.is_some() { variant_kind } else { None },
                variant_of_id,
                review_on,
                countries,
                topics,
                events,
                agenda,
                example: false,
            },
            e,
        )
    }

    pub fn from_model(d: &document::Model, links: &[document_link::Model]) -> DocInput {
        let pick =
            |k: &str| -> Vec<String> { links.iter().filter(|l| l.kind == k).map(|l| l.target.clone()).collect() };
        DocInput {
            title: d.title.clone(),
            doc_type: d.doc_type.clone(),
            description: d.description.clone(),
            languages: d
                .languages
                .split(',')
                .filter(|s| !s.is_empty())
                .map(str::to_string)
                .collect(),
            tags: d.tags.clone(),
            visibility: d.visibility.clone(),
            owner_org_id: d.owner_org_id,
            lifecycle: d.lifecycle.clone(),
            supersedes_id: d.supersedes_id,
            variant_of_id: d.variant_of_id,
            variant_kind: d.variant_kind.clone(),
            review_on: d.review_on,
            countries: pick("country"),
            topics: pick("topic"),
            events: pick("event").iter().filter_map(|s| s.parse().ok()).collect(),
            agenda: pick("agenda").iter().filter_map(|s| s.parse().ok()).collect(),
            example: d.example,
        }
    }
}

/// Checks what the input points at: countries, topics, events, agenda items, the organization,
/// and the documents it supersedes or adapts (which the user must be able to see).
pub async fn check_refs(
    db: &impl ConnectionTrait,
    user: &CurrentUser,
    input: &DocInput,
    self_id: Option<i32>,
    errors: &mut FieldErrors,
) -> Result<(), AppError> {
    if !input.countries.is_empty() {
        let known: HashSet<String> = country::Entity::find()
            .filter(country::Column::Code.is_in(input.countries.clone()))
            .all(db)
            .await?
            .into_iter()
            .map(|c| c.code)
            .collect();
        if input.countries.iter().any(|c| !known.contains(c)) {
            errors.add("countries", "Choose countries from the list.");
        }
    }
    if !input.topics.is_empty() {
        let n = legal_topic::Entity::find()
            .filter(legal_topic::Column::Code.is_in(input.topics.clone()))
            .count(db)
            .await?;
        if n as usize != input.topics.len() {
            errors.add("topics", "Choose register topics from the list.");
        }
    }
    if !input.events.is_empty() {
        let n = event::Entity::find()
            .filter(event::Column::Id.is_in(input.events.clone()))
            .count(db)
            .await?;
        if n as usize != input.events.len() {
            errors.add("events", "One of the chosen events no longer exists.");
        }
    }
    if !input.agenda.is_empty() {
        let n = agenda_item::Entity::find()
            .filter(agenda_item::Column::Id.is_in(input.agenda.clone()))
            .filter(agenda_item::Column::EventId.is_in(input.events.clone()))
            .count(db)
            .await?;
        if n as usize != input.agenda.len() {
            errors.add("agenda", "Agenda items must belong to a linked event.");
        }
    }
    if let Some(org) = input.owner_org_id
        && organization::Entity::find_by_id(org).one(db).await?.is_none()
    {
        errors.add("owner_org_id", "Choose an organization from the list.");
    }
    for (key, id) in [
        ("supersedes_id", input.supersedes_id),
        ("variant_of_id", input.variant_of_id),
    ] {
        let Some(id) = id else { continue };
        if Some(id) == self_id {
            errors.add(key, "A document cannot point at itself.");
            continue;
        }
        match document::Entity::find_by_id(id).one(db).await? {
            Some(d) if can_view(Some(user), &d) => {}
            _ => errors.add(key, format!("There is no document number {id} that you can see.")),
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Files

/// A finished upload, staged on local disk and checked.
#[derive(Debug, Clone)]
pub struct Upload {
    pub staged: PathBuf,
    pub size: u64,
    pub sha256: String,
    /// Sanitised.
    pub filename: String,
    pub kind: FileKind,
}

fn text_status_for(kind: FileKind) -> &'static str {
    if kind.can_extract_text() { "pending" } else { "none" }
}

async fn store_file(store: &dyn BlobStore, up: &Upload) -> Result<(), AppError> {
    store.put_file(&up.sha256, &up.staged).await.map_err(|e| match e {
        crate::storage::StorageError::Full(m) => AppError::InsufficientStorage(m),
        e => AppError::Internal(format!("storing the file failed: {e}")),
    })
}

async fn write_links(db: &impl ConnectionTrait, doc_id: i32, input: &DocInput) -> Result<(), AppError> {
    document_link::Entity::delete_many()
        .filter(document_link::Column::DocumentId.eq(doc_id))
        .exec(db)
        .await?;
    let mut rows = vec![];
    let mut add = |kind: &str, target: String| {
        rows.push(document_link::ActiveModel {
            document_id: Set(doc_id),
            kind: Set(kind.to_string()),
            target: Set(target),
        })
    };
    for c in &input.countries {
        add("country", c.clone());
    }
    for t in &input.topics {
        add("topic", t.clone());
    }
    for e in &input.events {
        add("event", e.to_string());
    }
    for a in &input.agenda {
        add("agenda", a.to_string());
    }
    if !rows.is_empty() {
        document_link::Entity::insert_many(rows).exec(db).await?;
    }
    Ok(())
}

fn apply(am: &mut document::ActiveModel, input: &DocInput) {
    am.title = Set(input.title.clone());
    am.doc_type = Set(input.doc_type.clone());
    am.description = Set(input.description.clone());
    am.languages = Set(input.languages.join(","));
    am.tags = Set(input.tags.clone());
    am.visibility = Set(input.visibility.clone());
    am.owner_org_id = Set(input.owner_org_id);
    am.lifecycle = Set(input.lifecycle.clone());
    am.supersedes_id = Set(input.supersedes_id);
    am.variant_of_id = Set(input.variant_of_id);
    am.variant_kind = Set(input.variant_kind.clone());
    am.review_on = Set(input.review_on);
    am.updated_at = Set(now());
}

/// Creates a document with its first version. The file is stored before any row is written.
pub async fn create(
    db: &DatabaseConnection,
    store: &dyn BlobStore,
    notifier: Option<&Notifier<'_>>,
    user: &CurrentUser,
    input: &DocInput,
    upload: &Upload,
    note: &str,
) -> Result<document::Model, AppError> {
    store_file(store, upload).await?;
    let txn = crate::db::begin_write(db).await?;
    let mut am = document::ActiveModel {
        archived: Set(false),
        current_version: Set(1),
        example: Set(input.example),
        created_by: Set(Some(user.id)),
        created_at: Set(now()),
        review_notified_on: Set(None),
        ..Default::default()
    };
    apply(&mut am, input);
    let doc = am.insert(&txn).await?;
    insert_version(&txn, doc.id, 1, user, upload, note).await?;
    write_links(&txn, doc.id, input).await?;
    notify_followers(&txn, notifier, &doc, input, user, 1, note).await?;
    txn.commit().await?;
    reindex_quietly(db, &[doc.id]).await;
    Ok(doc)
}

async fn insert_version(
    db: &impl ConnectionTrait,
    doc_id: i32,
    number: i32,
    user: &CurrentUser,
    up: &Upload,
    note: &str,
) -> Result<document_version::Model, AppError> {
    Ok(document_version::ActiveModel {
        document_id: Set(doc_id),
        number: Set(number),
        note: Set(note.chars().take(2000).collect()),
        filename: Set(up.filename.clone()),
        mime: Set(up.kind.mime().to_string()),
        kind: Set(format!("{:?}", up.kind).to_lowercase()),
        size: Set(up.size as i64),
        sha256: Set(up.sha256.clone()),
        uploaded_by: Set(Some(user.id)),
        uploaded_by_name: Set(user.name.clone()),
        created_at: Set(now()),
        text_status: Set(text_status_for(up.kind).to_string()),
        text_claimed_at: Set(None),
        text: Set(None),
        ..Default::default()
    }
    .insert(db)
    .await?)
}

/// Changes the details and links of a document.
/// The links a document's details name, in one order.
fn link_set(input: &DocInput) -> std::collections::BTreeSet<(&'static str, String)> {
    let mut set = std::collections::BTreeSet::new();
    set.extend(input.countries.iter().map(|c| ("country", c.clone())));
    set.extend(input.topics.iter().map(|t| ("topic", t.clone())));
    set.extend(input.events.iter().map(|e| ("event", e.to_string())));
    set.extend(input.agenda.iter().map(|a| ("agenda", a.to_string())));
    set
}

/// Saves the details based on the document's version `based_on`; `StaleEdit` when someone
/// changed it in between. An unchanged save gives the claimed version back.
pub async fn update(
    db: &DatabaseConnection,
    doc: &document::Model,
    input: &DocInput,
    based_on: i32,
) -> Result<document::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all().add(document::Column::Id.eq(doc.id));
    crate::services::versions::claim::<document::Entity>(&txn, row.clone(), document::Column::Version, based_on)
        .await?;
    let current = document::Entity::find_by_id(doc.id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let same_links = link_set(&DocInput::from_model(&current, &links(&txn, doc.id).await?)) == link_set(input);
    let mut am: document::ActiveModel = current.clone().into();
    apply(&mut am, input);
    if current.review_on != input.review_on {
        am.review_notified_on = Set(None);
    }
    let mut after = sea_orm::TryIntoModel::try_into_model(am.clone())?;
    after.updated_at = current.updated_at;
    if same_links && after == current {
        crate::services::versions::release::<document::Entity>(&txn, row, document::Column::Version).await?;
        txn.commit().await?;
        return Ok(document::Model {
            version: based_on,
            ..current
        });
    }
    let doc = am.update(&txn).await?;
    write_links(&txn, doc.id, input).await?;
    txn.commit().await?;
    reindex_quietly(db, &[doc.id]).await;
    Ok(doc)
}

/// Adds a new version, which becomes current. Concurrent uploads get consecutive numbers.
pub async fn add_version(
    db: &DatabaseConnection,
    store: &dyn BlobStore,
    notifier: Option<&Notifier<'_>>,
    user: &CurrentUser,
    doc: &document::Model,
    upload: &Upload,
    note: &str,
) -> Result<document_version::Model, AppError> {
    store_file(store, upload).await?;
    let txn = crate::db::begin_write(db).await?;
    let number = bump_version(&txn, doc.id).await?;
    let v = insert_version(&txn, doc.id, number, user, upload, note).await?;
    let links = links(&txn, doc.id).await?;
    notify_followers(
        &txn,
        notifier,
        doc,
        &DocInput::from_model(doc, &links),
        user,
        number,
        note,
    )
    .await?;
    txn.commit().await?;
    reindex_quietly(db, &[doc.id]).await;
    Ok(v)
}

/// Takes the next version number by incrementing in place (the row lock serialises writers).
async fn bump_version(db: &impl ConnectionTrait, doc_id: i32) -> Result<i32, AppError> {
    document::Entity::update_many()
        .col_expr(
            document::Column::CurrentVersion,
            Expr::col(document::Column::CurrentVersion).add(1),
        )
        // A details form opened before the new file is stale (its ETag moves too).
        .col_expr(document::Column::Version, Expr::col(document::Column::Version).add(1))
        .col_expr(document::Column::UpdatedAt, Expr::value(now()))
        .filter(document::Column::Id.eq(doc_id))
        .exec(db)
        .await?;
    let d = document::Entity::find_by_id(doc_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(d.current_version)
}

/// Makes an old version current again, as a new version that copies it (history is kept).
pub async fn restore(
    db: &DatabaseConnection,
    user: &CurrentUser,
    doc: &document::Model,
    number: i32,
) -> Result<document_version::Model, AppError> {
    let old = version(db, doc.id, number).await?;
    let txn = crate::db::begin_write(db).await?;
    let n = bump_version(&txn, doc.id).await?;
    let v = document_version::ActiveModel {
        document_id: Set(doc.id),
        number: Set(n),
        note: Set(format!("Restored version {number}.")),
        filename: Set(old.filename.clone()),
        mime: Set(old.mime.clone()),
        kind: Set(old.kind.clone()),
        size: Set(old.size),
        sha256: Set(old.sha256.clone()),
        uploaded_by: Set(Some(user.id)),
        uploaded_by_name: Set(user.name.clone()),
        created_at: Set(now()),
        text_status: Set(old.text_status.clone()),
        text_claimed_at: Set(None),
        text: Set(old.text.clone()),
        ..Default::default()
    }
    .insert(&txn)
    .await?;
    txn.commit().await?;
    reindex_quietly(db, &[doc.id]).await;
    Ok(v)
}

pub async fn set_archived(db: &DatabaseConnection, doc: &document::Model, archived: bool) -> Result<(), AppError> {
    let txn = crate::db::begin_write(db).await?;
    // A details form opened before is stale.
    let row = Condition::all().add(document::Column::Id.eq(doc.id));
    crate::services::versions::bump::<document::Entity>(&txn, row, document::Column::Version).await?;
    let mut am: document::ActiveModel = doc.clone().into();
    am.archived = Set(archived);
    am.updated_at = Set(now());
    am.update(&txn).await?;
    txn.commit().await?;
    reindex_quietly(db, &[doc.id]).await;
    Ok(())
}

pub async fn version(db: &impl ConnectionTrait, doc_id: i32, number: i32) -> Result<document_version::Model, AppError> {
    document_version::Entity::find()
        .filter(document_version::Column::DocumentId.eq(doc_id))
        .filter(document_version::Column::Number.eq(number))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

pub async fn versions(db: &impl ConnectionTrait, doc_id: i32) -> Result<Vec<document_version::Model>, AppError> {
    Ok(document_version::Entity::find()
        .filter(document_version::Column::DocumentId.eq(doc_id))
        .order_by_desc(document_version::Column::Number)
        .all(db)
        .await?)
}

/// The links of several documents in one query, by document.
pub async fn links_of(
    db: &impl ConnectionTrait,
    ids: &[i32],
) -> Result<HashMap<i32, Vec<document_link::Model>>, AppError> {
    let mut out: HashMap<i32, Vec<document_link::Model>> = HashMap::new();
    if ids.is_empty() {
        return Ok(out);
    }
    for l in document_link::Entity::find()
        .filter(document_link::Column::DocumentId.is_in(ids.to_vec()))
        .all(db)
        .await?
    {
        out.entry(l.document_id).or_default().push(l);
    }
    Ok(out)
}

pub async fn links(db: &impl ConnectionTrait, doc_id: i32) -> Result<Vec<document_link::Model>, AppError> {
    Ok(document_link::Entity::find()
        .filter(document_link::Column::DocumentId.eq(doc_id))
        .all(db)
        .await?)
}

// ---------------------------------------------------------------------------------------------
// Lists

#[derive(Debug, Clone, Default, serde::Deserialize, Serialize)]
#[serde(default)]
pub struct DocFilter {
    pub doc_type: String,
    pub country: String,
    pub topic: String,
    pub language: String,
    pub lifecycle: String,
    pub org: Option<i32>,
    /// "1" to list archived documents instead.
    pub archived: String,
    #[serde(deserialize_with = "crate::services::paging::deserialize")]
    pub page: Option<u64>,
}

pub const PER_PAGE: u64 = 25;

/// One page of the documents the user may see, newest change first.
pub async fn list(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    f: &DocFilter,
) -> Result<(Vec<document::Model>, u64), AppError> {
    let mut q = document::Entity::find()
        .filter(visible_to(user))
        .filter(document::Column::Archived.eq(f.archived == "1"));
    if !f.doc_type.is_empty() {
        q = q.filter(document::Column::DocType.eq(f.doc_type.clone()));
    }
    if !f.lifecycle.is_empty() {
        q = q.filter(document::Column::Lifecycle.eq(f.lifecycle.clone()));
    }
    if let Some(org) = f.org {
        q = q.filter(document::Column::OwnerOrgId.eq(org));
    }
    if !f.language.is_empty() {
        // Languages are a short comma list; match whole codes.
        let l = f.language.clone();
        q = q.filter(
            Condition::any()
                .add(document::Column::Languages.eq(l.clone()))
                .add(document::Column::Languages.like(format!("{l},%")))
                .add(document::Column::Languages.like(format!("%,{l}")))
                .add(document::Column::Languages.like(format!("%,{l},%"))),
        );
    }
    for (kind, target) in [("country", &f.country), ("topic", &f.topic)] {
        if !target.is_empty() {
            q = q.filter(
                document::Column::Id.in_subquery(
                    sea_orm::sea_query::Query::select()
                        .column(document_link::Column::DocumentId)
                        .from(document_link::Entity)
                        .and_where(document_link::Column::Kind.eq(kind))
                        .and_where(document_link::Column::Target.eq(target.clone()))
                        .to_owned(),
                ),
            );
        }
    }
    let total = q.clone().count(db).await?;
    let page = paging::number(f.page);
    let rows = q
        .order_by_desc(document::Column::UpdatedAt)
        .order_by_desc(document::Column::Id)
        .offset(paging::offset(page, PER_PAGE))
        .limit(PER_PAGE)
        .all(db)
        .await?;
    Ok((rows, total))
}

/// Documents linked to any of these targets of `kind`, that the user may see, not archived.
pub async fn linked(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    kind: &str,
    targets: &[String],
) -> Result<Vec<document::Model>, AppError> {
    if targets.is_empty() {
        return Ok(vec![]);
    }
    Ok(document::Entity::find()
        .filter(visible_to(user))
        .filter(document::Column::Archived.eq(false))
        .filter(
            document::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(document_link::Column::DocumentId)
                    .from(document_link::Entity)
                    .and_where(document_link::Column::Kind.eq(kind))
                    .and_where(document_link::Column::Target.is_in(targets.to_vec()))
                    .to_owned(),
            ),
        )
        .order_by_asc(document::Column::Title)
        .limit(100)
        .all(db)
        .await?)
}

/// The newest documents the user may see (dashboards).
pub async fn recent(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    limit: u64,
) -> Result<Vec<document::Model>, AppError> {
    Ok(document::Entity::find()
        .filter(visible_to(user))
        .filter(document::Column::Archived.eq(false))
        .order_by_desc(document::Column::UpdatedAt)
        .limit(limit)
        .all(db)
        .await?)
}

/// Variants of `doc` (translations, adaptations) and documents that supersede it, visible ones.
pub async fn related(
    db: &impl ConnectionTrait,
    user: Option<&CurrentUser>,
    doc: &document::Model,
) -> Result<(Vec<document::Model>, Vec<document::Model>), AppError> {
    let variants = document::Entity::find()
        .filter(visible_to(user))
        .filter(document::Column::VariantOfId.eq(doc.id))
        .order_by_asc(document::Column::Title)
        .all(db)
        .await?;
    let superseded_by = document::Entity::find()
        .filter(visible_to(user))
        .filter(document::Column::SupersedesId.eq(doc.id))
        .all(db)
        .await?;
    Ok((variants, superseded_by))
}

// ---------------------------------------------------------------------------------------------
// Notices

/// Users who follow one of the document's topics, countries or its type, may see it, and are
/// not the person who made the change.
async fn followers(
    db: &impl ConnectionTrait,
    doc: &document::Model,
    input: &DocInput,
    actor: i32,
) -> Result<Vec<user::Model>, AppError> {
    let mut cond = Condition::any().add(
        Condition::all()
            .add(legal_follow::Column::Kind.eq("doctype"))
            .add(legal_follow::Column::Target.eq(doc.doc_type.clone())),
    );
    if !input.topics.is_empty() {
        cond = cond.add(
            Condition::all()
                .add(legal_follow::Column::Kind.eq("topic"))
                .add(legal_follow::Column::Target.is_in(input.topics.clone())),
        );
    }
    if !input.countries.is_empty() {
        cond = cond.add(
            Condition::all()
                .add(legal_follow::Column::Kind.eq("country"))
                .add(legal_follow::Column::Target.is_in(input.countries.clone())),
        );
    }
    let ids: Vec<i32> = legal_follow::Entity::find()
        .select_only()
        .column(legal_follow::Column::UserId)
        .filter(cond)
        .distinct()
        .into_tuple()
        .all(db)
        .await?;
    if ids.is_empty() {
        return Ok(vec![]);
    }
    Ok(user::Entity::find()
        .filter(user::Column::Id.is_in(ids))
        .filter(user::Column::Active.eq(true))
        .all(db)
        .await?
        .into_iter()
        .filter(|u| u.id != actor)
        .filter(|u| CurrentUser::from_model(u).is_some_and(|cu| can_view(Some(&cu), doc)))
        .collect())
}

async fn notify_followers(
    db: &impl ConnectionTrait,
    n: Option<&Notifier<'_>>,
    doc: &document::Model,
    input: &DocInput,
    actor: &CurrentUser,
    number: i32,
    note: &str,
) -> Result<(), AppError> {
    let Some(n) = n else { return Ok(()) };
    let to: Vec<Recipient> = followers(db, doc, input, actor.id)
        .await?
        .iter()
        .map(Recipient::from_user)
        .collect();
    if to.is_empty() {
        return Ok(());
    }
    let notice = Notification {
        category: Category::Documents,
        template: "document_new",
        data: json!({
            "title": doc.title,
            "type": type_label(&doc.doc_type),
            "version": number,
            "new_document": number == 1,
            "note": note,
            "who": actor.name,
            "url": format!("{}/documents/{}", n.base, doc.id),
        }),
        dedupe_key: format!("document:{}:v{}", doc.id, number),
    };
    mail::notify(db, n.mailer, &to, &notice).await?;
    Ok(())
}

/// Reminds owners of documents whose review date has come (once per review date): the users of
/// the owner organization's members, or the secretariat for documents without one.
pub async fn run_review_reminders(
    db: &impl ConnectionTrait,
    n: &Notifier<'_>,
    today: NaiveDate,
) -> Result<usize, AppError> {
    let due = document::Entity::find()
        .filter(document::Column::Archived.eq(false))
        .filter(document::Column::ReviewOn.lte(today))
        .filter(
            Condition::any()
                .add(document::Column::ReviewNotifiedOn.is_null())
                .add(Expr::col(document::Column::ReviewNotifiedOn).ne(Expr::col(document::Column::ReviewOn))),
        )
        .limit(200)
        .all(db)
        .await?;
    let mut sent = 0;
    for d in due {
        let owners = user::Entity::find().filter(user::Column::Active.eq(true));
        let owners = match d.owner_org_id {
            Some(org) => owners
                .filter(user::Column::OrganizationId.eq(org))
                .filter(user::Column::Role.eq("member")),
            None => owners.filter(user::Column::Role.eq("secretariat")),
        }
        .all(db)
        .await?;
        let to: Vec<Recipient> = owners.iter().map(Recipient::from_user).collect();
        if !to.is_empty() {
            let review_on = d
                .review_on
                .map(|r| r.format("%-d %B %Y").to_string())
                .unwrap_or_default();
            let notice = Notification {
                category: Category::Documents,
                template: "document_review",
                data: json!({
                    "title": d.title,
                    "review_on": review_on,
                    "url": format!("{}/documents/{}", n.base, d.id),
                    "edit_url": format!("{}/documents/{}/edit", n.base, d.id),
                }),
                dedupe_key: format!("document-review:{}:{}", d.id, d.review_on.unwrap_or(today)),
            };
            mail::notify(db, n.mailer, &to, &notice).await?;
            sent += to.len();
        }
        let mut am: document::ActiveModel = d.clone().into();
        am.review_notified_on = Set(d.review_on);
        am.update(db).await?;
    }
    Ok(sent)
}

// ---------------------------------------------------------------------------------------------
// Text extraction (background)

/// How long a claimed extraction may run before another worker may take it over.
const EXTRACT_LEASE_SECONDS: i64 = 300;
const MAX_TEXT_CHARS: usize = 400_000;

/// Extracts the text of up to `limit` versions waiting for it, then reindexes their documents.
/// Several workers may run this at once: a version is claimed by a conditional update.
pub async fn extract_pending(db: &DatabaseConnection, store: &dyn BlobStore, limit: u64) -> Result<usize, AppError> {
    let stale = now() - chrono::Duration::seconds(EXTRACT_LEASE_SECONDS);
    let waiting = document_version::Entity::find()
        .filter(
            Condition::any()
                .add(document_version::Column::TextStatus.eq("pending"))
                .add(
                    Condition::all()
                        .add(document_version::Column::TextStatus.eq("working"))
                        .add(document_version::Column::TextClaimedAt.lt(stale)),
                ),
        )
        .order_by_asc(document_version::Column::Id)
        .limit(limit)
        .all(db)
        .await?;
    let mut done = 0;
    let mut docs: Vec<i32> = vec![];
    for v in waiting {
        let claimed = document_version::Entity::update_many()
            .col_expr(document_version::Column::TextStatus, Expr::value("working"))
            .col_expr(document_version::Column::TextClaimedAt, Expr::value(now()))
            .filter(document_version::Column::Id.eq(v.id))
            .filter(document_version::Column::TextStatus.eq(v.text_status.clone()))
            .exec(db)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let (status, text) = match extract_one(store, &v).await {
            Ok(t) => ("done", Some(t)),
            Err(e) => {
                tracing::info!(version = v.id, error = %e, "text extraction failed");
                ("failed", None)
            }
        };
        document_version::Entity::update_many()
            .col_expr(document_version::Column::TextStatus, Expr::value(status))
            .col_expr(document_version::Column::Text, Expr::value(text))
            .filter(document_version::Column::Id.eq(v.id))
            .exec(db)
            .await?;
        done += 1;
        if !docs.contains(&v.document_id) {
            docs.push(v.document_id);
        }
    }
    if !docs.is_empty() {
        // Also mark the documents changed, so the index follows even if this update fails.
        document::Entity::update_many()
            .col_expr(document::Column::UpdatedAt, Expr::value(now()))
            .filter(document::Column::Id.is_in(docs.clone()))
            .exec(db)
            .await?;
    }
    reindex_quietly(db, &docs).await;
    Ok(done)
}

async fn extract_one(store: &dyn BlobStore, v: &document_version::Model) -> Result<String, String> {
    let kind = FileKind::from_mime(&v.mime).ok_or("unknown type")?;
    // The extractors read files; copy the blob to a staging file first (S3 has no paths).
    let tmp = crate::storage::staging_path(store);
    let copy = async {
        use futures_util::StreamExt;
        use tokio::io::AsyncWriteExt;
        let (_, mut stream) = store.get(&v.sha256).await.map_err(|e| e.to_string())?;
        let mut f = tokio::fs::File::create(&tmp).await.map_err(|e| e.to_string())?;
        while let Some(chunk) = stream.next().await {
            f.write_all(&chunk.map_err(|e| e.to_string())?)
                .await
                .map_err(|e| e.to_string())?;
        }
        f.flush().await.map_err(|e| e.to_string())?;
        Ok::<(), String>(())
    }
    .await;
    let result = match copy {
        Ok(()) => {
            let path = tmp.clone();
            tokio::task::spawn_blocking(move || crate::files::extract_text(kind, &path, MAX_TEXT_CHARS))
                .await
                .map_err(|e| e.to_string())
                .and_then(|r| r)
        }
        Err(e) => Err(e),
    };
    let _ = tokio::fs::remove_file(&tmp).await;
    result
}

/// Extraction progress for a document page: (waiting, failed) among its versions.
pub fn text_state(v: &document_version::Model) -> &'static str {
    match v.text_status.as_str() {
        "pending" | "working" => "Being prepared for search",
        "done" => "Searchable",
        "failed" => "Could not be read for search (title and description are still searchable)",
        _ => "Title and description are searchable",
    }
}

/// Organization names by id, for lists.
pub async fn org_names(db: &impl ConnectionTrait, ids: &[i32]) -> Result<HashMap<i32, String>, AppError> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    Ok(organization::Entity::find()
        .filter(organization::Column::Id.is_in(ids.to_vec()))
        .all(db)
        .await?
        .into_iter()
        .map(|o| (o.id, o.name))
        .collect())
}

/// Updates the search index after a change has been saved. A failure here must not turn a saved
/// change into an error page: the background pass indexes the document again.
async fn reindex_quietly(db: &DatabaseConnection, ids: &[i32]) {
    if let Err(e) = search::reindex(db, Kind::Document, ids).await {
        tracing::warn!(error = %e, "search index update failed; the worker will retry");
    }
}
