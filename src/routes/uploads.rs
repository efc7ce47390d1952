//! Reads a multipart upload: the text fields into a [`Form`], the file streamed to a staging file
//! of the blob store while its SHA-256 and size are counted. The size limit is enforced while
//! streaming, so a large file is never held in memory, and the content is then checked against
//! the allowed types (by its bytes, not its name).

use actix_multipart::Multipart;
use futures_util::StreamExt;
use sha2::{Digest, Sha256};
use tokio::io::AsyncWriteExt;

use crate::error::AppError;
use crate::files;
use crate::forms::Form;
use crate::i18n::{Msg, msg};
use crate::services::documents::Upload;
use crate::storage::{self, BlobStore};

/// Largest text field, and most fields, accepted beside the file.
const FIELD_LIMIT: usize = 64 * 1024;
const MAX_FIELDS: usize = 400;

pub struct Received {
    pub form: Form,
    /// `Ok(None)`: no file was chosen. `Err`: a message for the user (too large, empty, wrong
    /// type...); nothing was kept.
    pub upload: Result<Option<Upload>, Msg>,
    /// The disk holding staged uploads was full: nothing of the file was kept, but the other
    /// fields were still read so the form can come back as typed.
    pub no_room: bool,
}

impl Received {
    /// Removes the staged file when the upload is not used after all.
    pub async fn discard(&self) {
        if let Ok(Some(u)) = &self.upload {
            let _ = tokio::fs::remove_file(&u.staged).await;
        }
    }
}

/// A full disk is the operator's to fix and is said so; anything else is internal.
fn write_failure(what: &str, e: &std::io::Error) -> AppError {
    if crate::error::is_storage_full(e) {
        AppError::InsufficientStorage(format!("{what}: {e}"))
    } else {
        AppError::Internal(format!("{what}: {e}"))
    }
}

fn interrupted() -> AppError {
    AppError::BadRequest(msg("input-upload-broken"))
}

/// Reads the whole request. `file_field` names the file input.
pub async fn receive(
    store: &dyn BlobStore,
    limit: u64,
    mut payload: Multipart,
    file_field: &str,
) -> Result<Received, AppError> {
    let mut pairs: Vec<(String, String)> = vec![];
    let mut upload: Result<Option<Upload>, Msg> = Ok(None);
    let mut no_room = false;
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(|_| interrupted())?;
        let name = field.name().unwrap_or("").to_string();
        let filename = field
            .content_disposition()
            .and_then(|cd| cd.get_filename())
            .map(str::to_string);
        if name == file_field && filename.is_some() {
            let raw_name = filename.unwrap_or_default();
            if matches!(upload, Ok(Some(_))) {
                // One file per request; drain any other.
                while let Some(c) = field.next().await {
                    c.map_err(|_| interrupted())?;
                }
                continue;
            }
            match stream_file(store, limit, &mut field, &raw_name).await {
                Err(AppError::InsufficientStorage(detail)) => {
                    tracing::error!(error = %detail, "no room to stage an upload");
                    no_room = true;
                }
                other => upload = other?,
            }
            continue;
        }
        if pairs.len() >= MAX_FIELDS {
            return Err(AppError::BadRequest(msg("input-form-too-many-fields")));
        }
        let mut buf: Vec<u8> = vec![];
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| interrupted())?;
            if buf.len() + chunk.len() > FIELD_LIMIT {
                return Err(AppError::BadRequest(msg("input-form-field-too-long")));
            }
            buf.extend_from_slice(&chunk);
        }
        pairs.push((name, String::from_utf8_lossy(&buf).into_owned()));
    }
    crate::forms::refuse_nul(pairs.iter().flat_map(|(k, v)| [k.as_str(), v.as_str()]))?;
    Ok(Received {
        form: Form::from_pairs(pairs),
        upload,
        no_room,
    })
}

async fn stream_file(
    store: &dyn BlobStore,
    limit: u64,
    field: &mut actix_multipart::Field,
    raw_name: &str,
) -> Result<Result<Option<Upload>, Msg>, AppError> {
    let staged = storage::staging_path(store);
    let mut file = match tokio::fs::File::create(&staged).await {
        Ok(f) => f,
        Err(e) => {
            let failed = write_failure("cannot create a staging file", &e);
            // The rest of the form still has to be read, so the file's bytes are drained.
            while let Some(c) = field.next().await {
                c.map_err(|_| interrupted())?;
            }
            return Err(failed);
        }
    };
    let mut hasher = Sha256::new();
    let mut size: u64 = 0;
    let mut too_large = false;
    let mut failed: Option<AppError> = None;
    while let Some(chunk) = field.next().await {
        let chunk = match chunk {
            Ok(c) => c,
            Err(_) => {
                failed = Some(interrupted());
                break;
            }
        };
        size += chunk.len() as u64;
        if too_large || failed.is_some() {
            // Keep reading (and dropping) so the browser sees our answer, not a reset, and
            // the fields after the file can still be read.
            continue;
        }
        if size > limit {
            too_large = true;
            continue;
        }
        hasher.update(&chunk);
        if let Err(e) = file.write_all(&chunk).await {
            failed = Some(write_failure("cannot write the staging file", &e));
        }
    }
    let flushed = if failed.is_none() { file.flush().await } else { Ok(()) };
    drop(file);
    let remove = || async { tokio::fs::remove_file(&staged).await.ok() };
    if let Some(e) = failed {
        remove().await;
        return Err(e);
    }
    if let Err(e) = flushed {
        remove().await;
        return Err(write_failure("cannot write the staging file", &e));
    }
    if raw_name.trim().is_empty() && size == 0 {
        // The file input was left empty.
        remove().await;
        return Ok(Ok(None));
    }
    if too_large {
        remove().await;
        return Ok(Err(
            msg("upload-too-large").arg("limit", crate::views::human_size(limit))
        ));
    }
    let filename = files::sanitize_name(raw_name);
    let path = staged.clone();
    let name_for_check = filename.clone();
    let checked = tokio::task::spawn_blocking(move || files::check(&name_for_check, size, &path))
        .await
        .map_err(|e| AppError::Internal(format!("file check failed: {e}")))?;
    match checked {
        Ok(kind) => Ok(Ok(Some(Upload {
            staged,
            size,
            sha256: format!("{:x}", hasher.finalize()),
            filename,
            kind,
        }))),
        Err(problem) => {
            remove().await;
            Ok(Err(problem.message()))
        }
    }
}

/// A small multipart form read into memory: an import file and a few text fields.
pub struct SmallForm {
    fields: std::collections::HashMap<String, Vec<u8>>,
    file_names: std::collections::HashMap<String, String>,
    /// A field passed the limit: reading stopped there, and that field holds only its beginning.
    pub too_large: bool,
}

impl SmallForm {
    /// A field as text (empty when it was not sent).
    pub fn text(&self, name: &str) -> String {
        self.fields
            .get(name)
            .map(|v| String::from_utf8_lossy(v).to_string())
            .unwrap_or_default()
    }

    /// The file name the browser sent with a file field.
    pub fn file_name(&self, name: &str) -> Option<String> {
        self.file_names.get(name).cloned()
    }

    /// A field's bytes (empty when it was not sent).
    pub fn take(&mut self, name: &str) -> Vec<u8> {
        self.fields.remove(name).unwrap_or_default()
    }
}

/// Reads the fields named in `keep` (the last one of a name wins) into memory, at most `limit`
/// bytes a field; others are read and dropped. `unreadable` is the message when the upload
/// breaks off.
pub async fn read_small(
    mut payload: Multipart,
    keep: &[&str],
    limit: usize,
    unreadable: Msg,
) -> Result<SmallForm, AppError> {
    let broken = || AppError::BadRequest(unreadable.clone());
    let mut form = SmallForm {
        fields: Default::default(),
        file_names: Default::default(),
        too_large: false,
    };
    while let Some(field) = payload.next().await {
        let mut field = field.map_err(|_| broken())?;
        let name = field.name().unwrap_or("").to_string();
        if let Some(f) = field.content_disposition().and_then(|cd| cd.get_filename()) {
            form.file_names.insert(name.clone(), files::sanitize_name(f));
        }
        let mut buf = Vec::new();
        while let Some(chunk) = field.next().await {
            let chunk = chunk.map_err(|_| broken())?;
            if buf.len() + chunk.len() > limit {
                form.too_large = true;
                break;
            }
            buf.extend_from_slice(&chunk);
        }
        if keep.contains(&name.as_str()) {
            form.fields.insert(name, buf);
        }
        if form.too_large {
            break;
        }
    }
    Ok(form)
}

/// The upload of a page form (file field `file`), its CSRF token checked unless the call came
/// with an API token; a refused upload's staged file is discarded.
pub async fn receive_page(page: &crate::views::Page, payload: Multipart) -> Result<Received, AppError> {
    let got = receive(
        page.state.store.as_ref(),
        page.state.settings.upload_limit,
        payload,
        "file",
    )
    .await?;
    if !page.viewer.via_token && !crate::forms::csrf_token_ok(&page.state, &page.req, got.form.get("_csrf")) {
        got.discard().await;
        return Err(AppError::Csrf);
    }
    Ok(got)
}
