//! A real S3-compatible server for tests: s3s-fs (objects as files in a temp directory) behind
//! s3s's SigV4 authentication, served over HTTP/1.1 by hyper on 127.0.0.1 with a random port.
//! It runs on the test's own tokio runtime and stops when the `S3Server` is dropped.
#![allow(dead_code)]

use s3s::auth::SimpleAuth;
use s3s::service::S3ServiceBuilder;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

pub struct S3Server {
    /// `http://127.0.0.1:PORT` (path-style requests).
    pub endpoint: String,
    pub bucket: String,
    pub region: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    _dir: tempfile::TempDir,
    task: JoinHandle<()>,
}

impl S3Server {
    /// Starts the server with the bucket already created. Call inside a tokio runtime.
    pub async fn start() -> S3Server {
        let dir = tempfile::tempdir().expect("temp dir for the S3 server");
        let bucket = "roundtable-test".to_string();
        // s3s-fs keeps a bucket as a directory under its root.
        std::fs::create_dir(dir.path().join(&bucket)).expect("create the test bucket");

        let access_key_id = "roundtable-test-key".to_string();
        let secret_access_key = format!("secret-{:032x}", rand::random::<u128>());

        let fs = s3s_fs::FileSystem::new(dir.path()).expect("s3s-fs on the temp dir");
        let service = {
            let mut b = S3ServiceBuilder::new(fs);
            b.set_auth(SimpleAuth::from_single(
                access_key_id.clone(),
                secret_access_key.clone(),
            ));
            b.build()
        };

        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().expect("local address");
        let task = tokio::spawn(async move {
            let mut connections = tokio::task::JoinSet::new();
            loop {
                let Ok((socket, _)) = listener.accept().await else {
                    // Out of file descriptors or the like: back off instead of spinning.
                    tokio::time::sleep(std::time::Duration::from_millis(10)).await;
                    continue;
                };
                let service = service.clone();
                connections.spawn(async move {
                    let io = hyper_util::rt::TokioIo::new(socket);
                    // Errors here are clients hanging up; nothing to do about them.
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(io, service)
                        .await;
                });
                // Reap finished connections so the set does not grow without bound.
                while connections.try_join_next().is_some() {}
            }
        });

        S3Server {
            endpoint: format!("http://{addr}"),
            bucket,
            region: "us-east-1".to_string(),
            access_key_id,
            secret_access_key,
            _dir: dir,
            task,
        }
    }
}

impl S3Server {
    /// The directory holding the bucket's objects (object `a/b` is the file `a/b` in it).
    pub fn bucket_dir(&self) -> std::path::PathBuf {
        self._dir.path().join(&self.bucket)
    }
}

impl Drop for S3Server {
    fn drop(&mut self) {
        // Aborting the accept loop drops the JoinSet, which aborts open connections too.
        self.task.abort();
    }
}
