//! Files and versions: creating a document with its first version, saving details and links,
//! adding and restoring versions, archiving, and reading versions and links.

use std::collections::HashMap;
use std::path::PathBuf;

use entity::{document, document_link, document_version};
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use crate::auth::CurrentUser;
use crate::db::now;
use crate::error::AppError;
use crate::files::FileKind;
use crate::mail::Notifier;
use crate::storage::BlobStore;

use super::input::DocInput;
use super::notices::notify_followers;
use super::reindex_quietly;

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
        // Written in the language of whoever restores it, as a note they would write.
        note: Set(crate::i18n::t_args(
            &user.language,
            "document-restored-note",
            &[("number", number.into())],
        )),
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
