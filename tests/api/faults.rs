//! Faults an operator can cause or meet, each with a clear answer: a full disk during an
//! upload, a read-only database, a PostgreSQL server that refuses connections.

use reqwest::multipart::{Form, Part};
use serde_json::Value;

use crate::helpers::{TestApp, cast, spawn_app_with};

const NO_ROOM: &str = "The server has no room to store this file; nothing was saved. Please tell the secretariat.";

/// A 1 MB tmpfs mounted on a temporary directory, unmounted when dropped. `None` when this
/// process may not mount (not root), and the caller skips its test.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    fn mount() -> Option<SmallDisk> {
        let dir = tempfile::tempdir().ok()?;
        let ok = std::process::Command::new("mount")
            .args(["-t", "tmpfs", "-o", "size=1m", "tmpfs"])
            .arg(dir.path())
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(SmallDisk { dir })
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        // Lazy: the test's server may still hold the directory open.
        let _ = std::process::Command::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

#[tokio::test]
async fn a_full_disk_during_an_upload_says_so_keeps_the_form_and_saves_nothing() {
    let Some(disk) = SmallDisk::mount() else {
        eprintln!("skipped: cannot mount a tmpfs here (the test needs root)");
        return;
    };
    let dir = disk.dir.path().to_path_buf();
    let app: TestApp = spawn_app_with(|s| {
        s.storage = roundtable::config::StorageSettings::Local { dir: dir.clone() };
    })
    .await;
    let c = cast(&app).await;
    let member = app.login("member@example.org").await;
    let two_mb = "Shelter capacity survey, one line of many.\n".repeat(2 * 1024 * 1024 / 43 + 1);
    let csrf = app.csrf(&member).await;
    // In the page's order: the file input comes before the other fields.
    let form = Form::new()
        .text("_csrf", csrf)
        .part("file", Part::bytes(two_mb.clone().into_bytes()).file_name("survey.txt"))
        .text("note", "First draft")
        .text("title", "Shelter capacity survey")
        .text("doc_type", "guideline")
        .text("description", "Figures from every shelter\n- Tirana\n- Prishtina")
        .text("visibility", "network");
    let res = member.post(app.url("/documents")).multipart(form).send().await.unwrap();
    assert_eq!(res.status(), 507);
    let page = res.text().await.unwrap();
    assert!(page.contains(NO_ROOM), "{page}");
    assert!(page.contains("value=\"Shelter capacity survey\""), "the title is kept");
    assert!(
        page.contains("Figures from every shelter\n- Tirana\n- Prishtina</textarea>"),
        "the description is kept"
    );
    assert!(page.contains("value=\"First draft\""), "the version note is kept");

    let token = app.token_for(c.member).await;
    let form = Form::new()
        .part("file", Part::bytes(two_mb.into_bytes()).file_name("survey.txt"))
        .text("title", "Shelter capacity survey")
        .text("doc_type", "guideline")
        .text("visibility", "network");
    let res = crate::helpers::client()
        .post(app.url("/api/v1/documents"))
        .bearer_auth(&token)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 507);
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["code"], "insufficient_storage");
    assert_eq!(body["error"]["message"], NO_ROOM);

    use sea_orm::EntityTrait;
    assert!(
        entity::document::Entity::find().all(&app.db).await.unwrap().is_empty(),
        "nothing was saved"
    );
    let staged: Vec<_> = std::fs::read_dir(dir.join("staging"))
        .map(|d| d.flatten().collect())
        .unwrap_or_default();
    assert!(staged.is_empty(), "no partial file is left behind: {staged:?}");
}
