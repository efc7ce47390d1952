//! The default store: a content-addressed directory.
//!
//! Layout: `root/ab/cd/<key>` for a key starting "abcd…", and `root/staging/` for uploads in
//! progress (same file system, so moving a finished upload in is one atomic rename).

use std::fs::File;
use std::io;
use std::path::{Path, PathBuf};

use futures_util::future::BoxFuture;
use futures_util::{FutureExt, StreamExt};
use tokio::io::AsyncReadExt;

use super::{BlobStore, BlobStream, StorageError, remove_staged, validate_key};

/// Size of the chunks `get` streams.
const READ_CHUNK: usize = 64 * 1024;

pub struct LocalStore {
    root: PathBuf,
    staging: PathBuf,
}

impl LocalStore {
    /// Opens (creating if needed) a store rooted at `root`.
    pub fn open(root: &Path) -> Result<LocalStore, String> {
        super::create_dir(root, "storage directory")?;
        let staging = root.join("staging");
        super::create_dir(&staging, "staging directory")?;
        Ok(LocalStore {
            root: root.to_path_buf(),
            staging,
        })
    }

    /// Where the file for a (validated) key lives.
    fn path_for(&self, key: &str) -> Result<PathBuf, StorageError> {
        validate_key(key)?;
        Ok(self.root.join(&key[0..2]).join(&key[2..4]).join(key))
    }
}

/// fsyncs a directory so a rename or a new entry in it survives a crash.
fn sync_dir(dir: &Path) -> io::Result<()> {
    File::open(dir)?.sync_all()
}

/// The blocking part of `put_file`: fsync, rename into place, fsync the directory.
fn move_into_place(staged: &Path, dest: &Path) -> io::Result<()> {
    if dest.try_exists()? {
        // Same key, same content: nothing to do but drop the duplicate.
        return std::fs::remove_file(staged);
    }
    // The content must be on disk before the name points at it.
    File::open(staged)?.sync_all()?;
    let parent = dest.parent().expect("blob paths have a parent");
    if !parent.try_exists()? {
        std::fs::create_dir_all(parent)?;
        // Make the new directory entries durable too: root/ab/cd, root/ab and root.
        let ab = parent.parent().expect("blob paths have a grandparent");
        sync_dir(ab)?;
        if let Some(root) = ab.parent() {
            sync_dir(root)?;
        }
    }
    // Atomic: readers see either no file or the whole file. A concurrent put of the same key
    // replaces it with identical content, which is harmless.
    std::fs::rename(staged, dest)?;
    sync_dir(parent)
}

impl BlobStore for LocalStore {
    fn kind(&self) -> &'static str {
        "local"
    }

    fn staging_dir(&self) -> &Path {
        &self.staging
    }

    fn put_file<'a>(&'a self, key: &'a str, staged: &'a Path) -> BoxFuture<'a, Result<(), StorageError>> {
        async move {
            let dest = match self.path_for(key) {
                Ok(dest) => dest,
                Err(e) => {
                    remove_staged(staged).await?;
                    return Err(e);
                }
            };
            let staged_owned = staged.to_path_buf();
            let result = tokio::task::spawn_blocking(move || move_into_place(&staged_owned, &dest))
                .await
                .map_err(|e| StorageError::Io(format!("storage task failed: {e}")))
                .and_then(|r| r.map_err(|e| StorageError::io("cannot store staged upload", &e)));
            if result.is_err() {
                // Never leave the staged file behind, whatever happened.
                let _ = remove_staged(staged).await;
            }
            result
        }
        .boxed()
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(u64, BlobStream), StorageError>> {
        async move {
            let path = self.path_for(key)?;
            let file = tokio::fs::File::open(&path).await?;
            let size = file.metadata().await?.len();
            Ok((size, file_stream(file)))
        }
        .boxed()
    }

    fn exists<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<bool, StorageError>> {
        async move {
            let path = self.path_for(key)?;
            tokio::fs::try_exists(&path)
                .await
                .map_err(|e| StorageError::Io(e.to_string()))
        }
        .boxed()
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), StorageError>> {
        async move {
            let path = self.path_for(key)?;
            match tokio::fs::remove_file(&path).await {
                Ok(()) => Ok(()),
                Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
                Err(e) => Err(StorageError::Io(e.to_string())),
            }
        }
        .boxed()
    }
}

/// Streams an open file in chunks of up to [`READ_CHUNK`] bytes.
fn file_stream(file: tokio::fs::File) -> BlobStream {
    futures_util::stream::unfold(Some(file), |state| async move {
        let mut file = state?;
        let mut buf = vec![0u8; READ_CHUNK];
        let mut filled = 0;
        // Fill the chunk (tokio may hand back short reads) unless the file ends first.
        while filled < READ_CHUNK {
            match file.read(&mut buf[filled..]).await {
                Ok(0) => break,
                Ok(n) => filled += n,
                Err(e) => return Some((Err(StorageError::Io(e.to_string())), None)),
            }
        }
        if filled == 0 {
            return None;
        }
        buf.truncate(filled);
        let next = if filled < READ_CHUNK { None } else { Some(file) };
        Some((Ok(bytes::Bytes::from(buf)), next))
    })
    .boxed()
}
