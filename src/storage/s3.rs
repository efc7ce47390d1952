//! An S3-compatible bucket (AWS S3, MinIO, Garage, …) for deployments with several app
//! instances. Objects are stored as `blobs/ab/<key>`.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use futures_util::future::BoxFuture;
use futures_util::{FutureExt, StreamExt, TryStreamExt};
use object_store::aws::{AmazonS3, AmazonS3Builder};
use object_store::path::Path as ObjectPath;
use object_store::{ClientOptions, ObjectStoreExt, PutPayload, WriteMultipart};
use tokio::io::AsyncReadExt;

use super::{BlobStore, BlobStream, StorageError, remove_staged, validate_key};

/// Prefix of every object this app writes to the bucket.
const PREFIX: &str = "blobs";
/// Multipart part size; files up to this size are sent in one PUT.
const PART_SIZE: usize = 8 * 1024 * 1024;
/// How much of the staged file is read at a time.
const READ_CHUNK: usize = 1024 * 1024;
/// Parts uploaded at the same time (memory: about PART_SIZE * (this + 1) per upload).
const PART_CONCURRENCY: usize = 2;

pub struct S3Store {
    store: Arc<AmazonS3>,
    staging: PathBuf,
}

impl S3Store {
    /// Sets up the client (no network traffic yet) and creates the local staging directory.
    /// With both keys empty the default AWS credential chain (web identity, ECS, instance
    /// metadata) is used instead.
    pub fn open(
        bucket: &str,
        endpoint: Option<&str>,
        region: &str,
        access_key_id: &str,
        secret_access_key: &str,
        staging_dir: &Path,
    ) -> Result<S3Store, String> {
        if bucket.is_empty() {
            return Err("S3 storage needs a bucket name.".to_string());
        }
        if access_key_id.is_empty() != secret_access_key.is_empty() {
            return Err("S3 storage needs both an access key id and a secret access key, or neither.".to_string());
        }
        let options = ClientOptions::new()
            // A whole 8 MiB part must fit in one request's time.
            .with_timeout(Duration::from_secs(300))
            .with_connect_timeout(Duration::from_secs(10));
        let mut builder = AmazonS3Builder::new()
            .with_bucket_name(bucket)
            .with_region(region)
            .with_client_options(options);
        if !access_key_id.is_empty() {
            builder = builder
                .with_access_key_id(access_key_id)
                .with_secret_access_key(secret_access_key);
        }
        if let Some(endpoint) = endpoint.filter(|e| !e.is_empty()) {
            // Self-hosted servers generally want path-style URLs (http://host/bucket/key).
            builder = builder
                .with_endpoint(endpoint)
                .with_virtual_hosted_style_request(false)
                .with_allow_http(endpoint.starts_with("http://"));
        }
        let store = builder
            .build()
            // object_store's builder errors name the bad setting, never the secret.
            .map_err(|e| format!("Cannot set up S3 storage for bucket {bucket}: {e}."))?;
        super::create_dir(staging_dir, "staging directory")?;
        Ok(S3Store {
            store: Arc::new(store),
            staging: staging_dir.to_path_buf(),
        })
    }

    fn object_path(key: &str) -> Result<ObjectPath, StorageError> {
        validate_key(key)?;
        Ok(ObjectPath::from(format!("{PREFIX}/{}/{key}", &key[0..2])))
    }

    async fn exists_at(&self, path: &ObjectPath) -> Result<bool, StorageError> {
        match self.store.head(path).await {
            Ok(_) => Ok(true),
            Err(object_store::Error::NotFound { .. }) => Ok(false),
            Err(e) => Err(map_err(e)),
        }
    }

    /// Uploads the staged file, in one request if it is small, else as a multipart upload.
    async fn upload(&self, path: &ObjectPath, staged: &Path) -> Result<(), StorageError> {
        let mut file = tokio::fs::File::open(staged).await.map_err(staged_err)?;
        let size = file.metadata().await.map_err(staged_err)?.len();
        if size <= PART_SIZE as u64 {
            let mut buf = Vec::with_capacity(size as usize);
            file.read_to_end(&mut buf).await.map_err(staged_err)?;
            self.store.put(path, PutPayload::from(buf)).await.map_err(map_err)?;
            return Ok(());
        }
        let upload = self.store.put_multipart(path).await.map_err(map_err)?;
        let mut writer = WriteMultipart::new_with_chunk_size(upload, PART_SIZE);
        let streamed: Result<(), StorageError> = async {
            loop {
                writer.wait_for_capacity(PART_CONCURRENCY).await.map_err(map_err)?;
                let mut buf = Vec::with_capacity(READ_CHUNK);
                let n = (&mut file)
                    .take(READ_CHUNK as u64)
                    .read_to_end(&mut buf)
                    .await
                    .map_err(staged_err)?;
                if n == 0 {
                    return Ok(());
                }
                writer.put(bytes::Bytes::from(buf));
            }
        }
        .await;
        match streamed {
            Ok(()) => writer.finish().await.map(|_| ()).map_err(map_err),
            Err(e) => {
                // Best effort: do not leave parts billed in the bucket.
                let _ = writer.abort().await;
                Err(e)
            }
        }
    }
}

/// A problem with the local staged file (not "not found in storage").
fn staged_err(e: std::io::Error) -> StorageError {
    StorageError::Io(format!("cannot read staged upload: {e}"))
}

/// object_store errors carry the request URL and the server's reply, never the credentials.
fn map_err(e: object_store::Error) -> StorageError {
    match e {
        object_store::Error::NotFound { .. } => StorageError::NotFound,
        other => StorageError::Io(other.to_string()),
    }
}

impl BlobStore for S3Store {
    fn kind(&self) -> &'static str {
        "s3"
    }

    fn staging_dir(&self) -> &Path {
        &self.staging
    }

    fn put_file<'a>(&'a self, key: &'a str, staged: &'a Path) -> BoxFuture<'a, Result<(), StorageError>> {
        async move {
            let result = match Self::object_path(key) {
                Err(e) => Err(e),
                Ok(path) => match self.exists_at(&path).await {
                    Ok(true) => Ok(()),
                    Ok(false) => self.upload(&path, staged).await,
                    Err(e) => Err(e),
                },
            };
            // The staged file goes in every case: uploaded, duplicate or failed.
            let removed = remove_staged(staged).await;
            result.and(removed)
        }
        .boxed()
    }

    fn get<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(u64, BlobStream), StorageError>> {
        async move {
            let path = Self::object_path(key)?;
            let result = self.store.get(&path).await.map_err(map_err)?;
            let size = result.meta.size;
            let stream = result.into_stream().map_err(map_err).boxed();
            Ok((size, stream))
        }
        .boxed()
    }

    fn exists<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<bool, StorageError>> {
        async move {
            let path = Self::object_path(key)?;
            self.exists_at(&path).await
        }
        .boxed()
    }

    fn delete<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), StorageError>> {
        async move {
            let path = Self::object_path(key)?;
            match self.store.delete(&path).await {
                Ok(()) | Err(object_store::Error::NotFound { .. }) => Ok(()),
                Err(e) => Err(map_err(e)),
            }
        }
        .boxed()
    }
}
