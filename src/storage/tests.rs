//! Storage tests: the local store on a temp directory, and the S3 store against a real
//! S3-compatible server (s3s-fs with SigV4 auth) on loopback.

use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use futures_util::StreamExt;
use sha2::{Digest, Sha256};

use super::{BlobStore, StorageError, open, staging_path, validate_key};
use crate::config::StorageSettings;

#[path = "../../tests/api/s3server.rs"]
mod s3server;
use s3server::S3Server;

fn sha256_hex(data: &[u8]) -> String {
    Sha256::digest(data).iter().map(|b| format!("{b:02x}")).collect()
}

/// Deterministic, incompressible-looking test content (xorshift).
fn content(len: usize, seed: u64) -> Vec<u8> {
    let mut x = seed | 1;
    let mut out = Vec::with_capacity(len + 8);
    while out.len() < len {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        out.extend_from_slice(&x.to_le_bytes());
    }
    out.truncate(len);
    out
}

/// Writes `data` to a fresh staging file of `store`, returning its path.
fn stage(store: &dyn BlobStore, data: &[u8]) -> std::path::PathBuf {
    let path = staging_path(store);
    std::fs::write(&path, data).unwrap();
    path
}

/// Reads a blob back: (size, chunk count, largest chunk, SHA-256 hex of the content).
async fn read_back(store: &dyn BlobStore, key: &str) -> (u64, usize, usize, String) {
    let (size, mut stream) = store.get(key).await.unwrap();
    let mut hasher = Sha256::new();
    let (mut chunks, mut largest, mut total) = (0, 0, 0u64);
    while let Some(chunk) = stream.next().await {
        let chunk = chunk.unwrap();
        chunks += 1;
        largest = largest.max(chunk.len());
        total += chunk.len() as u64;
        hasher.update(&chunk);
    }
    assert_eq!(total, size, "streamed length matches the reported size");
    let hex = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
    (size, chunks, largest, hex)
}

fn local_store(dir: &Path) -> Arc<dyn BlobStore> {
    open(&StorageSettings::Local { dir: dir.join("files") }).unwrap()
}

fn s3_store(server: &S3Server, staging: &Path) -> Arc<dyn BlobStore> {
    open(&StorageSettings::S3 {
        bucket: server.bucket.clone(),
        endpoint: Some(server.endpoint.clone()),
        region: server.region.clone(),
        access_key_id: server.access_key_id.clone(),
        secret_access_key: server.secret_access_key.clone(),
        staging_dir: staging.to_path_buf(),
    })
    .unwrap()
}

const BAD_KEYS: &[&str] = &[
    "../x",
    "ABC",
    "abc",
    "",
    // 63 and 65 hex chars
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b85",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b8555",
    // right length, but upper case / not hex / path tricks
    "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855",
    "g3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
    "../../../../../../../../../../../../../../../../../../etc/passwd",
    "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b/..",
];

#[test]
fn key_validation() {
    assert!(validate_key(&sha256_hex(b"x")).is_ok());
    for key in BAD_KEYS {
        assert!(
            matches!(validate_key(key), Err(StorageError::BadKey)),
            "{key:?} accepted"
        );
    }
}

/// Every operation refuses bad keys, and put_file still removes the staged file.
async fn refuses_bad_keys(store: &dyn BlobStore) {
    for key in BAD_KEYS {
        let staged = stage(store, b"evil");
        let r = store.put_file(key, &staged).await;
        assert!(matches!(r, Err(StorageError::BadKey)), "put {key:?}: {r:?}");
        assert!(!staged.exists(), "staged file left after a bad key");
        assert!(matches!(store.get(key).await, Err(StorageError::BadKey)));
        assert!(matches!(store.exists(key).await, Err(StorageError::BadKey)));
        assert!(matches!(store.delete(key).await, Err(StorageError::BadKey)));
    }
}

/// put, get, exists, idempotent put, delete, missing key: the contract for any store.
async fn round_trip(store: &dyn BlobStore, len: usize, seed: u64) -> String {
    let data = content(len, seed);
    let key = sha256_hex(&data);

    assert!(!store.exists(&key).await.unwrap());
    assert!(matches!(store.get(&key).await, Err(StorageError::NotFound)));

    let staged = stage(store, &data);
    assert!(staged.starts_with(store.staging_dir()));
    store.put_file(&key, &staged).await.unwrap();
    assert!(!staged.exists(), "staged file is gone after put");
    assert!(store.exists(&key).await.unwrap());

    let (size, _, _, hex) = read_back(store, &key).await;
    assert_eq!(size, len as u64);
    assert_eq!(hex, key, "content read back has the same SHA-256");

    // Idempotent: the same content again only drops the staged copy.
    let again = stage(store, &data);
    store.put_file(&key, &again).await.unwrap();
    assert!(!again.exists(), "duplicate staged file is removed");
    assert_eq!(read_back(store, &key).await.3, key);

    key
}

async fn delete_then_missing(store: &dyn BlobStore, key: &str) {
    store.delete(key).await.unwrap();
    assert!(!store.exists(key).await.unwrap());
    assert!(matches!(store.get(key).await, Err(StorageError::NotFound)));
    // Deleting again is fine.
    store.delete(key).await.unwrap();
}

#[tokio::test]
async fn local_round_trip() {
    let dir = tempfile::tempdir().unwrap();
    let store = local_store(dir.path());
    assert_eq!(store.kind(), "local");
    assert!(store.staging_dir().starts_with(dir.path().join("files")));

    let key = round_trip(&*store, 200 * 1024 + 7, 1).await;
    // Content-addressed layout: root/ab/cd/<key>.
    let file = dir.path().join("files").join(&key[0..2]).join(&key[2..4]).join(&key);
    assert!(file.is_file());
    // Streamed in 64 KiB chunks, not in one piece.
    let (_, chunks, largest, _) = read_back(&*store, &key).await;
    assert_eq!(largest, 64 * 1024);
    assert_eq!(chunks, 4);

    // An empty file is a valid blob too.
    let empty = round_trip(&*store, 0, 2).await;
    assert_eq!(read_back(&*store, &empty).await.0, 0);

    delete_then_missing(&*store, &key).await;
    assert!(!file.exists());
}

/// A staged file that is not there is a storage failure, not "no such file in storage".
async fn missing_staged_file_is_io(store: &dyn BlobStore) {
    let key = sha256_hex(b"lost upload");
    let err = store.put_file(&key, &staging_path(store)).await.unwrap_err();
    assert!(matches!(err, StorageError::Io(_)), "{err:?}");
    assert!(!store.exists(&key).await.unwrap());
}

#[tokio::test]
async fn local_missing_staged_file() {
    let dir = tempfile::tempdir().unwrap();
    missing_staged_file_is_io(&*local_store(dir.path())).await;
}

#[tokio::test]
async fn s3_missing_staged_file() {
    let server = S3Server::start().await;
    let staging = tempfile::tempdir().unwrap();
    missing_staged_file_is_io(&*s3_store(&server, staging.path())).await;
}

#[tokio::test]
async fn local_refuses_bad_keys() {
    let dir = tempfile::tempdir().unwrap();
    let store = local_store(dir.path());
    refuses_bad_keys(&*store).await;
    // Nothing was written outside the staging directory.
    let entries: Vec<_> = std::fs::read_dir(dir.path().join("files"))
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(entries, vec![std::ffi::OsString::from("staging")]);
}

#[tokio::test]
async fn local_get_stream_outlives_delete() {
    // A download in progress keeps working if the file is deleted meanwhile (Unix semantics).
    let dir = tempfile::tempdir().unwrap();
    let store = local_store(dir.path());
    let data = content(300 * 1024, 3);
    let key = sha256_hex(&data);
    store.put_file(&key, &stage(&*store, &data)).await.unwrap();
    let (_, stream) = store.get(&key).await.unwrap();
    store.delete(&key).await.unwrap();
    let chunks: Vec<_> = stream.collect().await;
    let bytes: Vec<u8> = chunks.into_iter().flat_map(|c| c.unwrap()).collect();
    assert_eq!(sha256_hex(&bytes), key);
}

#[test]
fn staging_paths_are_fresh_and_stale_ones_are_cleaned() {
    let dir = tempfile::tempdir().unwrap();
    let settings = StorageSettings::Local {
        dir: dir.path().join("files"),
    };
    let store = open(&settings).unwrap();
    let a = staging_path(&*store);
    let b = staging_path(&*store);
    assert_ne!(a, b);
    assert_eq!(a.parent().unwrap(), store.staging_dir());

    std::fs::write(&a, b"old").unwrap();
    std::fs::write(&b, b"new").unwrap();
    let two_days_ago = SystemTime::now() - Duration::from_secs(2 * 24 * 3600);
    std::fs::File::options()
        .write(true)
        .open(&a)
        .unwrap()
        .set_modified(two_days_ago)
        .unwrap();
    drop(store);

    let store = open(&settings).unwrap();
    assert!(!a.exists(), "stale staging file removed at open");
    assert!(b.exists(), "recent staging file kept");
    drop(store);
}

#[test]
fn open_reports_unusable_directory_in_one_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, b"x").unwrap();
    let err = open(&StorageSettings::Local { dir: file.clone() })
        .err()
        .expect("a file is not a storage directory");
    assert!(err.starts_with("Cannot create the storage directory"), "{err}");
    assert!(err.ends_with('.'), "{err}");
}

#[tokio::test]
async fn s3_round_trip_small_and_multipart() {
    let server = S3Server::start().await;
    let staging = tempfile::tempdir().unwrap();
    let store = s3_store(&server, staging.path());
    assert_eq!(store.kind(), "s3");
    assert_eq!(store.staging_dir(), staging.path());

    // One PUT.
    let small = round_trip(&*store, 100 * 1024 + 3, 4).await;
    // Objects live at blobs/ab/<key> in the bucket.
    let object = server.bucket_dir().join("blobs").join(&small[0..2]).join(&small);
    assert!(object.is_file(), "{} missing", object.display());

    // 20 MiB + a bit: a multipart upload of three parts (8 + 8 + 4 MiB and change).
    let big = round_trip(&*store, 20 * 1024 * 1024 + 12345, 5).await;
    let (size, chunks, _, hex) = read_back(&*store, &big).await;
    assert_eq!(size, 20 * 1024 * 1024 + 12345);
    assert_eq!(hex, big);
    assert!(chunks > 1, "downloaded as a stream of chunks");

    // Exactly one part's worth still goes as a single PUT.
    let edge = round_trip(&*store, 8 * 1024 * 1024, 6).await;

    delete_then_missing(&*store, &small).await;
    delete_then_missing(&*store, &big).await;
    delete_then_missing(&*store, &edge).await;
    assert!(!object.exists());
}

#[tokio::test]
async fn s3_refuses_bad_keys_and_reports_missing() {
    let server = S3Server::start().await;
    let staging = tempfile::tempdir().unwrap();
    let store = s3_store(&server, staging.path());
    refuses_bad_keys(&*store).await;
    let missing = sha256_hex(b"never stored");
    assert!(matches!(store.get(&missing).await, Err(StorageError::NotFound)));
    assert!(!store.exists(&missing).await.unwrap());
    store.delete(&missing).await.unwrap();
}

#[tokio::test]
async fn s3_wrong_secret_is_refused_without_leaking_it() {
    let server = S3Server::start().await;
    let staging = tempfile::tempdir().unwrap();
    let wrong_secret = "definitely-not-the-secret-0123456789";
    let store = open(&StorageSettings::S3 {
        bucket: server.bucket.clone(),
        endpoint: Some(server.endpoint.clone()),
        region: server.region.clone(),
        access_key_id: server.access_key_id.clone(),
        secret_access_key: wrong_secret.to_string(),
        staging_dir: staging.path().to_path_buf(),
    })
    .unwrap();
    let data = b"hello";
    let key = sha256_hex(data);
    let staged = stage(&*store, data);
    let err = store.put_file(&key, &staged).await.unwrap_err();
    assert!(matches!(err, StorageError::Io(_)), "{err:?}");
    let msg = err.to_string();
    assert!(!msg.contains(wrong_secret), "secret leaked: {msg}");
    assert!(!msg.contains(&server.secret_access_key), "secret leaked: {msg}");
    assert!(!staged.exists(), "staged file removed even when the upload fails");
    // Nothing reached the bucket.
    assert!(!server.bucket_dir().join("blobs").exists());
}

#[test]
fn s3_open_errors_are_plain_sentences() {
    let staging = tempfile::tempdir().unwrap();
    let settings = |bucket: &str, ak: &str, sk: &str| StorageSettings::S3 {
        bucket: bucket.to_string(),
        endpoint: Some("http://127.0.0.1:9".to_string()),
        region: "us-east-1".to_string(),
        access_key_id: ak.to_string(),
        secret_access_key: sk.to_string(),
        staging_dir: staging.path().join("s"),
    };
    let err = open(&settings("", "a", "b")).err().unwrap();
    assert_eq!(err, "S3 storage needs a bucket name.");
    let err = open(&settings("b", "a", "")).err().unwrap();
    assert!(err.starts_with("S3 storage needs both"), "{err}");
    // Valid settings create the staging directory without talking to the server.
    assert!(open(&settings("b", "a", "secret")).is_ok());
    assert!(staging.path().join("s").is_dir());
}
