//! Document file storage behind a small trait.
//!
//! Files are content-addressed: the key is the SHA-256 of the content as 64 lowercase hex
//! characters, checked by [`validate_key`] before anything touches the file system or a bucket.
//! Two stores exist:
//!
//! * [`local::LocalStore`] (the default): a directory, files at `root/ab/cd/<key>`.
//! * [`s3::S3Store`]: an S3-compatible bucket (for several app instances), objects at
//!   `blobs/ab/<key>`.
//!
//! Uploads are first streamed into a staging file ([`staging_path`]) while the caller hashes
//! them, then moved into the store with [`BlobStore::put_file`].

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use futures_util::future::BoxFuture;
use futures_util::stream::BoxStream;

pub mod local;
pub mod s3;

#[cfg(test)]
mod tests;

#[derive(Debug, thiserror::Error)]
pub enum StorageError {
    #[error("no such file in storage")]
    NotFound,
    #[error("invalid storage key")]
    BadKey,
    /// Never carries credentials.
    #[error("storage failed: {0}")]
    Io(String),
    /// No space left on the device, or the quota is used up.
    #[error("storage is full: {0}")]
    Full(String),
}

impl StorageError {
    /// An I/O failure with what was being done; a full disk keeps its own variant.
    pub fn io(what: &str, e: &std::io::Error) -> Self {
        if crate::error::is_storage_full(e) {
            StorageError::Full(format!("{what}: {e}"))
        } else {
            StorageError::Io(format!("{what}: {e}"))
        }
    }
}

impl From<std::io::Error> for StorageError {
    fn from(e: std::io::Error) -> Self {
        if e.kind() == std::io::ErrorKind::NotFound {
            StorageError::NotFound
        } else {
            StorageError::io("storage failed", &e)
        }
    }
}

pub type BlobStream = BoxStream<'static, Result<bytes::Bytes, StorageError>>;

pub trait BlobStore: Send + Sync + 'static {
    /// "local" or "s3", for logs and the health page.
    fn kind(&self) -> &'static str;
    /// A local directory where uploads are written while they stream in. For the local store it
    /// is inside the store root (same filesystem, so the final rename is atomic).
    fn staging_dir(&self) -> &Path;
    /// Moves a finished staged file (a path inside staging_dir) into the store under `key`.
    /// `key` must be exactly 64 lowercase hex chars (a SHA-256); anything else -> BadKey.
    /// Idempotent: if the key already exists the staged file is simply removed. The staged file
    /// is always removed afterwards (moved or deleted).
    fn put_file<'a>(&'a self, key: &'a str, staged: &'a Path) -> BoxFuture<'a, Result<(), StorageError>>;
    /// Size in bytes and a stream of the content in chunks (never the whole file in memory).
    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(u64, BlobStream), StorageError>>;
    fn exists<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<bool, StorageError>>;
    /// Removes the file. Deleting a key that is not there is not an error (S3 cannot tell).
    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), StorageError>>;
}

/// Staging files older than this are removed when a store is opened (left by a crash).
const STALE_STAGING: Duration = Duration::from_secs(24 * 60 * 60);

/// Opens the store the settings describe; creates local directories as needed. Errors are one
/// plain sentence (shown at startup).
pub fn open(settings: &crate::config::StorageSettings) -> Result<Arc<dyn BlobStore>, String> {
    use crate::config::StorageSettings;
    let store: Arc<dyn BlobStore> = match settings {
        StorageSettings::Local { dir } => Arc::new(local::LocalStore::open(dir)?),
        StorageSettings::S3 {
            bucket,
            endpoint,
            region,
            access_key_id,
            secret_access_key,
            staging_dir,
        } => Arc::new(s3::S3Store::open(
            bucket,
            endpoint.as_deref(),
            region,
            access_key_id,
            secret_access_key,
            staging_dir,
        )?),
    };
    clean_staging(store.staging_dir(), STALE_STAGING);
    Ok(store)
}

/// A fresh staging file path (random name) inside store.staging_dir().
pub fn staging_path(store: &dyn BlobStore) -> PathBuf {
    let n: u128 = rand::random();
    store.staging_dir().join(format!("upload-{n:032x}.part"))
}

/// `Ok` only for exactly 64 lowercase hex characters.
pub fn validate_key(key: &str) -> Result<(), StorageError> {
    if key.len() == 64 && key.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f')) {
        Ok(())
    } else {
        Err(StorageError::BadKey)
    }
}

/// Creates `dir` (and parents), with a startup-friendly message on failure.
fn create_dir(dir: &Path, what: &str) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("Cannot create the {what} {}: {e}.", dir.display()))
}

/// Removes regular files in `dir` last modified more than `older_than` ago. Best effort.
fn clean_staging(dir: &Path, older_than: Duration) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    let now = SystemTime::now();
    let mut removed = 0u32;
    for entry in entries.flatten() {
        let Ok(meta) = entry.metadata() else { continue };
        if !meta.is_file() {
            continue;
        }
        let old = meta
            .modified()
            .ok()
            .and_then(|m| now.duration_since(m).ok())
            .is_some_and(|age| age > older_than);
        if old && std::fs::remove_file(entry.path()).is_ok() {
            removed += 1;
        }
    }
    if removed > 0 {
        tracing::info!(removed, dir = %dir.display(), "removed stale staged uploads");
    }
}

/// Removes a staged file, ignoring "already gone".
async fn remove_staged(staged: &Path) -> Result<(), StorageError> {
    match tokio::fs::remove_file(staged).await {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(StorageError::Io(format!("cannot remove staged upload: {e}"))),
    }
}
