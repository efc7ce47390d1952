//! Practice documents over HTTP: uploads checked by content, versions, restore, archive,
//! downloads as attachments, visibility (also when guessing ids and version numbers), text
//! extraction for search, notices to followers through a real SMTP server, review reminders,
//! the API, and S3 storage against a real S3-compatible server on loopback.

use reqwest::multipart::{Form, Part};
use roundtable::auth::Role;
use roundtable::files;
use serde_json::Value;
use sha2::{Digest, Sha256};

use crate::helpers::{Cast, TestApp, cast, spawn_app, spawn_app_with};

const PNG: &[u8] = &[
    0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, b'I', b'H', b'D', b'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 6,
    0, 0, 0, 0x1f, 0x15, 0xc4, 0x89, 0, 0, 0, 0, b'I', b'E', b'N', b'D', 0xae, 0x42, 0x60, 0x82,
];

fn sha(data: &[u8]) -> String {
    format!("{:x}", Sha256::digest(data))
}

fn pdf(words: &str) -> Vec<u8> {
    files::simple_pdf("Test document", &[words])
}

/// The multipart form of the "Add a document" page.
fn doc_form(csrf: &str, fields: &[(&str, &str)], file: Option<(&str, Vec<u8>)>) -> Form {
    let mut f = Form::new().text("_csrf", csrf.to_string());
    for (k, v) in fields {
        f = f.text(k.to_string(), v.to_string());
    }
    if let Some((name, bytes)) = file {
        f = f.part("file", Part::bytes(bytes).file_name(name.to_string()));
    }
    f
}

/// Uploads through the page form; returns the response.
async fn upload(
    app: &TestApp,
    c: &reqwest::Client,
    fields: &[(&str, &str)],
    file: Option<(&str, Vec<u8>)>,
) -> reqwest::Response {
    let csrf = app.csrf(c).await;
    c.post(app.url("/documents"))
        .multipart(doc_form(&csrf, fields, file))
        .send()
        .await
        .unwrap()
}

/// Uploads and returns the new document's id.
async fn add(app: &TestApp, c: &reqwest::Client, title: &str, visibility: &str, file: (&str, Vec<u8>)) -> i32 {
    add_with(
        app,
        c,
        &[("title", title), ("doc_type", "guideline"), ("visibility", visibility)],
        file,
    )
    .await
}

async fn add_with(app: &TestApp, c: &reqwest::Client, fields: &[(&str, &str)], file: (&str, Vec<u8>)) -> i32 {
    let res = upload(app, c, fields, Some(file)).await;
    assert_eq!(res.status(), 303, "upload accepted: {}", res.text().await.unwrap());
    let loc = res.headers()["location"].to_str().unwrap().to_string();
    loc.trim_start_matches("/documents/")
        .parse()
        .expect("document id in Location")
}

async fn text(c: &reqwest::Client, url: String) -> (u16, String) {
    let r = c.get(url).send().await.unwrap();
    (r.status().as_u16(), r.text().await.unwrap())
}

async fn setup() -> (TestApp, Cast) {
    let app = spawn_app().await;
    let c = cast(&app).await;
    (app, c)
}

#[tokio::test]
async fn member_uploads_a_document_for_their_organization_and_downloads_it_back() {
    let (app, _) = setup().await;
    let m = app.login("member@example.org").await;
    let (status, form) = text(&m, app.url("/documents/new")).await;
    assert_eq!(status, 200);
    assert!(form.contains("enctype=\"multipart/form-data\""));
    assert!(form.contains("Own Org"), "members file for their own organization");
    let body = pdf("Referral pathway for adults in shelters");
    let id = add_with(
        &app,
        &m,
        &[
            ("title", "Referral pathway SOP"),
            ("doc_type", "sop"),
            ("visibility", "network"),
            ("languages", "en"),
            ("languages", "sq"),
            ("countries", "AL"),
            ("tags", "referral,  shelter , "),
            ("note", "First draft"),
        ],
        ("referral.pdf", body.clone()),
    )
    .await;
    let (status, page) = text(&m, app.url(&format!("/documents/{id}"))).await;
    assert_eq!(status, 200);
    assert!(page.contains("Referral pathway SOP"));
    assert!(page.contains("Standard operating procedure"));
    assert!(page.contains("English, Albanian"));
    assert!(
        page.contains(">referral<") && page.contains(">shelter<"),
        "tags tidied: {page}"
    );
    assert!(page.contains("First draft"));
    assert!(page.contains(&sha(&body)), "SHA-256 shown");
    assert!(page.contains("Being prepared for search"), "extraction is pending");
    let res = m
        .get(app.url(&format!("/documents/{id}/download")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/pdf");
    assert_eq!(res.headers()["x-content-type-options"], "nosniff");
    let cd = res.headers()["content-disposition"].to_str().unwrap().to_string();
    assert!(cd.starts_with("attachment;") && cd.contains("referral.pdf"), "{cd}");
    assert_eq!(res.bytes().await.unwrap().as_ref(), body.as_slice());
    // Listed for the network.
    let (_, list) = text(&m, app.url("/documents?doc_type=sop&country=AL")).await;
    assert!(list.contains("Referral pathway SOP"));
    let (_, none) = text(&m, app.url("/documents?country=RS")).await;
    assert!(!none.contains("Referral pathway SOP"));
}

#[tokio::test]
async fn uploads_are_checked_by_content_with_clear_messages_and_the_form_keeps_what_was_typed() {
    let app = spawn_app_with(|s| s.upload_limit = 1024 * 1024).await;
    cast(&app).await;
    let m = app.login("member@example.org").await;
    let fields = [
        ("title", "Shelter capacity report"),
        ("doc_type", "report"),
        ("visibility", "network"),
        ("description", "Kept when the form comes back"),
    ];
    for (name, bytes, expect) in [
        ("report.pdf", PNG.to_vec(), "its content is a PNG image"),
        (
            "report.pdf",
            b"MZ\x90\x00 not a pdf at all".to_vec(),
            "its content is not a PDF",
        ),
        ("empty.pdf", vec![], "The file is empty."),
        ("setup.exe", b"MZ\x90\x00".to_vec(), "are not accepted"),
        ("notes", b"plain words".to_vec(), "no extension"),
        ("big.txt", vec![b'a'; 3 * 1024 * 1024], "too large"),
    ] {
        let res = upload(&app, &m, &fields, Some((name, bytes))).await;
        assert_eq!(res.status(), 422, "{name} refused");
        let page = res.text().await.unwrap();
        assert!(page.contains(expect), "{name}: expected '{expect}' in the page");
        assert!(page.contains("value=\"Shelter capacity report\""), "title kept");
        assert!(page.contains("Kept when the form comes back"), "description kept");
    }
    // No file at all, and a missing title.
    let res = upload(&app, &m, &[("doc_type", "report"), ("visibility", "network")], None).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("Choose the file to upload.") && page.contains("Enter a title."));
    // Nothing was stored and no staged file was left behind.
    use sea_orm::{EntityTrait, PaginatorTrait};
    assert_eq!(entity::document::Entity::find().count(&app.db).await.unwrap(), 0);
    let roundtable::config::StorageSettings::Local { dir } = &app.settings.storage else {
        panic!("local storage in tests")
    };
    let leftovers: Vec<_> = walk(dir).into_iter().collect();
    assert!(leftovers.is_empty(), "nothing kept: {leftovers:?}");
    // A text file named .csv is fine and typed CSV by its name.
    let id = add(&app, &m, "Figures", "network", ("figures.csv", b"a,b\n1,2\n".to_vec())).await;
    let res = m
        .get(app.url(&format!("/documents/{id}/download")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.headers()["content-type"], "text/csv");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = vec![];
    if let Ok(rd) = std::fs::read_dir(dir) {
        for e in rd.flatten() {
            let p = e.path();
            if p.is_dir() {
                out.extend(walk(&p));
            } else {
                out.push(p);
            }
        }
    }
    out
}

#[tokio::test]
async fn file_names_are_sanitised_and_downloads_carry_the_utf8_name() {
    let (app, _) = setup().await;
    let m = app.login("member@example.org").await;
    let id = add(
        &app,
        &m,
        "Plan",
        "network",
        ("../../etc/<Tiranë> plan.pdf", pdf("plan")),
    )
    .await;
    let res = m
        .get(app.url(&format!("/documents/{id}/download")))
        .send()
        .await
        .unwrap();
    let cd = res.headers()["content-disposition"].to_str().unwrap().to_string();
    assert!(!cd.contains(".."), "{cd}");
    assert!(!cd.contains('/') || cd.contains("filename*=UTF-8''"), "{cd}");
    assert!(cd.contains("filename*=UTF-8''Tiran%C3%AB%20plan.pdf"), "{cd}");
    // Stored files are named by their SHA-256 only.
    let roundtable::config::StorageSettings::Local { dir } = &app.settings.storage else {
        panic!()
    };
    let stored = walk(dir);
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0].file_name().unwrap().to_str().unwrap(), sha(&pdf("plan")));
}

#[tokio::test]
async fn visibility_is_enforced_on_lists_pages_downloads_and_search_even_when_guessing() {
    let (app, c) = setup().await;
    let sec = app.login("sec@example.org").await;
    let public = add(
        &app,
        &sec,
        "Zebra public leaflet",
        "public",
        ("a.pdf", pdf("zebra one")),
    )
    .await;
    let network = add(
        &app,
        &sec,
        "Zebra network guideline",
        "network",
        ("b.pdf", pdf("zebra two")),
    )
    .await;
    // Secretariat-only, owned by the other organization.
    let res = upload(
        &app,
        &sec,
        &[
            ("title", "Zebra restricted memo"),
            ("doc_type", "report"),
            ("visibility", "secretariat"),
            ("owner_org_id", &c.other_org.to_string()),
        ],
        Some(("c.pdf", pdf("zebra three"))),
    )
    .await;
    assert_eq!(res.status(), 303);
    let restricted: i32 = res.headers()["location"].to_str().unwrap()[11..].parse().unwrap();
    let other_member = app.user("other@example.org", Role::Member, Some(c.other_org)).await;
    let _ = other_member;

    let anon = crate::helpers::client();
    let member = app.login("member@example.org").await;
    let other = app.login("other@example.org").await;

    let (_, list) = text(&anon, app.url("/documents")).await;
    assert!(list.contains("Zebra public leaflet"));
    assert!(!list.contains("Zebra network guideline") && !list.contains("Zebra restricted memo"));
    let (_, list) = text(&member, app.url("/documents")).await;
    assert!(list.contains("Zebra network guideline") && !list.contains("Zebra restricted memo"));
    let (_, list) = text(&other, app.url("/documents")).await;
    assert!(
        list.contains("Zebra restricted memo"),
        "the owner organization sees its own"
    );

    for (who, client, visible) in [
        ("anon", &anon, vec![public]),
        ("member", &member, vec![public, network]),
        ("other", &other, vec![public, network, restricted]),
    ] {
        for id in [public, network, restricted] {
            for path in [
                format!("/documents/{id}"),
                format!("/documents/{id}/download"),
                format!("/documents/{id}/versions/1/download"),
                format!("/api/v1/documents/{id}"),
            ] {
                // A visitor is asked to sign in for a network document; anything else that
                // may not be seen is a plain 404.
                let expect = if visible.contains(&id) {
                    200
                } else if who == "anon" && id == network {
                    if path.starts_with("/api/") { 401 } else { 303 }
                } else {
                    404
                };
                let s = client.get(app.url(&path)).send().await.unwrap().status().as_u16();
                assert_eq!(s, expect, "{who} GET {path}");
            }
            if visible.contains(&id) {
                // Guessing a version number that does not exist is a plain 404 too.
                let s = client
                    .get(app.url(&format!("/documents/{id}/versions/2/download")))
                    .send()
                    .await
                    .unwrap()
                    .status();
                assert_eq!(s, 404);
            }
        }
        let (_, found) = text(client, app.url("/search?q=zebra&kind=document")).await;
        for (id, title) in [
            (public, "Zebra public leaflet"),
            (network, "Zebra network guideline"),
            (restricted, "Zebra restricted memo"),
        ] {
            assert_eq!(
                found.contains(&format!("/documents/{id}\"")),
                visible.contains(&id),
                "{who} searching for {title}"
            );
        }
    }
    // An id that never existed.
    assert_eq!(text(&member, app.url("/documents/99999")).await.0, 404);
    assert_eq!(text(&member, app.url("/documents/abc")).await.0, 404);
}

#[tokio::test]
async fn new_versions_restore_and_archive_keep_the_whole_history() {
    let (app, _) = setup().await;
    let m = app.login("member@example.org").await;
    let v1 = pdf("first words");
    let id = add(&app, &m, "Versioned guideline", "network", ("g.pdf", v1.clone())).await;
    let v2 = files::simple_docx(&["Second version with a table of services"]);
    let csrf = app.csrf(&m).await;
    let res = m
        .post(app.url(&format!("/documents/{id}/versions")))
        .multipart(doc_form(
            &csrf,
            &[("note", "Updated after the roundtable")],
            Some(("g.docx", v2.clone())),
        ))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let cur = m
        .get(app.url(&format!("/documents/{id}/download")))
        .send()
        .await
        .unwrap();
    assert_eq!(
        cur.headers()["content-type"],
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    );
    assert_eq!(cur.bytes().await.unwrap().as_ref(), v2.as_slice());
    let old = m
        .get(app.url(&format!("/documents/{id}/versions/1/download")))
        .send()
        .await
        .unwrap();
    assert_eq!(old.bytes().await.unwrap().as_ref(), v1.as_slice());
    // A refused new version goes back to the page with the reason; nothing changes.
    let csrf = app.csrf(&m).await;
    let res = m
        .post(app.url(&format!("/documents/{id}/versions")))
        .multipart(doc_form(&csrf, &[], Some(("g.pdf", PNG.to_vec()))))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let (_, page) = text(&m, app.url(&format!("/documents/{id}"))).await;
    assert!(page.contains("its content is a PNG image"), "flash with the reason");
    assert!(page.contains("2 (current)"));
    // Restore version 1: it becomes version 3, a copy; history keeps all three.
    let res = app
        .post_form(&m, &format!("/documents/{id}/versions/1/restore"), &[])
        .await;
    assert_eq!(res.status(), 303);
    let (_, page) = text(&m, app.url(&format!("/documents/{id}"))).await;
    assert!(page.contains("3 (current)") && page.contains("Restored version 1."));
    assert!(page.contains("Updated after the roundtable"));
    let cur = m
        .get(app.url(&format!("/documents/{id}/download")))
        .send()
        .await
        .unwrap();
    assert_eq!(cur.bytes().await.unwrap().as_ref(), v1.as_slice());
    // Restoring a version that does not exist is a 404.
    let res = app
        .post_form(&m, &format!("/documents/{id}/versions/9/restore"), &[])
        .await;
    assert_eq!(res.status(), 404);
    // Archive: gone from the list and from search, still reachable by its page.
    let res = app
        .post_form(&m, &format!("/documents/{id}/archive"), &[("archived", "1")])
        .await;
    assert_eq!(res.status(), 303);
    let (_, list) = text(&m, app.url("/documents")).await;
    assert!(!list.contains("Versioned guideline"));
    let (_, found) = text(&m, app.url("/search?q=versioned+guideline")).await;
    assert!(!found.contains(&format!("/documents/{id}\"")));
    let (_, archived) = text(&m, app.url("/documents?archived=1")).await;
    assert!(archived.contains("Versioned guideline"));
    app.post_form(&m, &format!("/documents/{id}/archive"), &[("archived", "0")])
        .await;
    let (_, found) = text(&m, app.url("/search?q=versioned+guideline")).await;
    assert!(found.contains(&format!("/documents/{id}\"")));
}

#[tokio::test]
async fn members_change_only_their_own_documents_and_only_the_secretariat_adopts() {
    let (app, c) = setup().await;
    app.user("other@example.org", Role::Member, Some(c.other_org)).await;
    let m = app.login("member@example.org").await;
    let other = app.login("other@example.org").await;
    let obs = app.login("observer@example.org").await;
    let sec = app.login("sec@example.org").await;
    let id = add(&app, &m, "Own SOP", "network", ("s.pdf", pdf("own"))).await;
    // The other organization's member and the observer may read but not change it.
    for client in [&other, &obs] {
        assert_eq!(text(client, app.url(&format!("/documents/{id}"))).await.0, 200);
        assert_eq!(text(client, app.url(&format!("/documents/{id}/edit"))).await.0, 403);
        let res = app
            .post_form(client, &format!("/documents/{id}/archive"), &[("archived", "1")])
            .await;
        assert_eq!(res.status(), 403);
    }
    assert_eq!(text(&obs, app.url("/documents/new")).await.0, 403);
    let res = upload(
        &app,
        &obs,
        &[("title", "x"), ("doc_type", "other"), ("visibility", "network")],
        Some(("x.txt", b"x".to_vec())),
    )
    .await;
    assert_eq!(res.status(), 403);
    // A member cannot adopt for the network; the secretariat can.
    let version = app.form_version(&sec, &format!("/documents/{id}/edit")).await;
    let fields = [
        ("title", "Own SOP"),
        ("doc_type", "sop"),
        ("visibility", "network"),
        ("lifecycle", "adopted"),
        ("version", version.as_str()),
    ];
    let res = app.post_form(&m, &format!("/documents/{id}"), &fields).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("Only the secretariat"));
    let res = app.post_form(&sec, &format!("/documents/{id}"), &fields).await;
    assert_eq!(res.status(), 303);
    let (_, page) = text(&m, app.url(&format!("/documents/{id}"))).await;
    assert!(page.contains("Adopted by the network"));
    // Supersedes and variant links are checked and shown both ways.
    let v = add_with(
        &app,
        &m,
        &[
            ("title", "Own SOP (Albanian)"),
            ("doc_type", "sop"),
            ("visibility", "network"),
            ("variant_of_id", &id.to_string()),
            ("variant_kind", "translation"),
            ("languages", "sq"),
        ],
        ("sq.pdf", pdf("shqip")),
    )
    .await;
    let (_, page) = text(&m, app.url(&format!("/documents/{id}"))).await;
    assert!(page.contains("Translations and national adaptations") && page.contains(&format!("/documents/{v}\"")));
    let res = upload(
        &app,
        &m,
        &[
            ("title", "Bad link"),
            ("doc_type", "sop"),
            ("visibility", "network"),
            ("supersedes_id", "424242"),
        ],
        Some(("b.pdf", pdf("bad"))),
    )
    .await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("There is no document number 424242"));
}

#[tokio::test]
async fn words_inside_pdf_docx_and_xlsx_files_are_found_after_background_extraction() {
    let (app, _) = setup().await;
    let m = app.login("member@example.org").await;
    let id = add(
        &app,
        &m,
        "Meeting notes",
        "network",
        (
            "notes.pdf",
            files::simple_pdf(
                "Notes",
                &["Opening remarks by Ana Petrović in Tiranë about reintegration"],
            ),
        ),
    )
    .await;
    let id2 = add(
        &app,
        &m,
        "Checklist",
        "network",
        ("list.docx", files::simple_docx(&["Kompensim checklist for Shkodër"])),
    )
    .await;
    let id3 = add(
        &app,
        &m,
        "Shelter beds",
        "network",
        (
            "beds.xlsx",
            files::simple_xlsx(&["Country", "Beds", "Podgorica emergency shelter", "Kosovo*"]),
        ),
    )
    .await;
    let (_, before) = text(&m, app.url("/search?q=petrovic&kind=document")).await;
    assert!(!before.contains(&format!("/documents/{id}\"")), "not extracted yet");
    let store = roundtable::storage::open(&app.settings.storage).unwrap();
    let n = roundtable::services::documents::extract_pending(&app.db, store.as_ref(), 10)
        .await
        .unwrap();
    assert_eq!(n, 3);
    let (_, found) = text(&m, app.url("/search?q=podgorica+emergency")).await;
    assert!(found.contains(&format!("/documents/{id3}\"")), "{found}");
    let (_, found) = text(&m, app.url("/search?q=Petrovic+tirane&kind=document")).await;
    assert!(found.contains(&format!("/documents/{id}\"")), "{found}");
    assert!(found.contains("<mark>Petrovic</mark>") || found.contains("<mark>Petrović</mark>"));
    let (_, found) = text(&m, app.url("/search?q=shkoder")).await;
    assert!(found.contains(&format!("/documents/{id2}\"")));
    let (_, page) = text(&m, app.url(&format!("/documents/{id}"))).await;
    assert!(page.contains("Searchable"));
}

#[tokio::test]
async fn followers_of_a_type_get_mail_for_new_documents_and_versions_they_may_see() {
    let (app, c) = setup().await;
    let obs = app.login("observer@example.org").await;
    let res = app
        .post_form(
            &obs,
            "/documents/follow",
            &[("doc_type", "sop"), ("on", "1"), ("back", "/documents")],
        )
        .await;
    assert_eq!(res.status(), 303);
    // Someone following the topic RES-01 too, in the other organization.
    let other = app.user("other@example.org", Role::Member, Some(c.other_org)).await;
    roundtable::services::legal::set_follow(&app.db, other, "topic", "RES-01", true)
        .await
        .unwrap();
    let m = app.login("member@example.org").await;
    let id = add_with(
        &app,
        &m,
        &[
            ("title", "Identification SOP"),
            ("doc_type", "sop"),
            ("visibility", "network"),
            ("topics", "RES-01"),
        ],
        ("sop.pdf", pdf("identification")),
    )
    .await;
    // Secretariat-only: the observer may not see it, so no mail either.
    add_with(
        &app,
        &m,
        &[
            ("title", "Internal SOP"),
            ("doc_type", "sop"),
            ("visibility", "secretariat"),
        ],
        ("i.pdf", pdf("internal")),
    )
    .await;
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let mails = sink.received();
    let to = |who: &str| -> Vec<String> {
        mails
            .iter()
            .filter(|m| m.to.iter().any(|t| t.contains(who)))
            .map(|m| m.parsed().subject().unwrap_or("").to_string())
            .collect()
    };
    assert_eq!(
        to("observer@example.org"),
        vec!["New document: Identification SOP".to_string()]
    );
    assert_eq!(
        to("other@example.org"),
        vec!["New document: Identification SOP".to_string()]
    );
    assert!(to("member@example.org").is_empty(), "the uploader is not told");
    // A new version is announced too.
    let csrf = app.csrf(&m).await;
    m.post(app.url(&format!("/documents/{id}/versions")))
        .multipart(doc_form(
            &csrf,
            &[("note", "Fixed a typo")],
            Some(("sop.pdf", pdf("identification v2"))),
        ))
        .send()
        .await
        .unwrap();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let mails = sink.received();
    let v2 = mails
        .iter()
        .find(|m| {
            m.parsed()
                .subject()
                .unwrap_or("")
                .contains("New version 2 of Identification SOP")
        })
        .expect("version notice");
    assert!(v2.parsed().body_text(0).unwrap().contains("Fixed a typo"));
}

#[tokio::test]
async fn the_owner_is_reminded_once_when_the_review_date_comes() {
    let (app, _) = setup().await;
    let m = app.login("member@example.org").await;
    let today = chrono::Utc::now().date_naive();
    let due = (today - chrono::Duration::days(1)).to_string();
    let later = (today + chrono::Duration::days(30)).to_string();
    add_with(
        &app,
        &m,
        &[
            ("title", "Due for review"),
            ("doc_type", "guideline"),
            ("visibility", "network"),
            ("review_on", &due),
        ],
        ("d.pdf", pdf("due")),
    )
    .await;
    add_with(
        &app,
        &m,
        &[
            ("title", "Not yet"),
            ("doc_type", "guideline"),
            ("visibility", "network"),
            ("review_on", &later),
        ],
        ("n.pdf", pdf("later")),
    )
    .await;
    let mailer = app.mailer();
    let n = roundtable::mail::Notifier {
        mailer: &mailer,
        base: app.base.clone(),
        secret: app.settings.secret_key(),
    };
    let sent = roundtable::services::documents::run_review_reminders(&app.db, &n, today)
        .await
        .unwrap();
    assert_eq!(sent, 1);
    assert_eq!(
        roundtable::services::documents::run_review_reminders(&app.db, &n, today)
            .await
            .unwrap(),
        0,
        "once per review date"
    );
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let mails = sink.received();
    assert_eq!(mails.len(), 1);
    assert!(mails[0].to.iter().any(|t| t.contains("member@example.org")));
    assert_eq!(mails[0].parsed().subject().unwrap(), "Time to review: Due for review");
}

#[tokio::test]
async fn the_api_lists_uploads_and_downloads_documents_with_the_same_permissions() {
    let (app, c) = setup().await;
    let token = app.token_for(c.member).await;
    let http = crate::helpers::client();
    let form = Form::new()
        .text("title", "API upload")
        .text("doc_type", "report")
        .text("visibility", "network")
        .text("countries", "AL")
        .text("countries", "XK")
        .part(
            "file",
            Part::bytes(b"hello from a script\n".to_vec()).file_name("hello.txt"),
        );
    let res = http
        .post(app.url("/api/v1/documents"))
        .bearer_auth(&token)
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let doc: Value = res.json().await.unwrap();
    let id = doc["id"].as_i64().unwrap();
    assert_eq!(doc["owner_org_id"], c.own_org);
    assert_eq!(doc["countries"].as_array().unwrap().len(), 2);
    assert_eq!(doc["versions"][0]["mime"], "text/plain");
    assert_eq!(doc["versions"][0]["sha256"], sha(b"hello from a script\n"));
    // A refused file answers 422 with the field.
    let bad = Form::new()
        .text("title", "Bad")
        .text("doc_type", "report")
        .text("visibility", "network")
        .part("file", Part::bytes(PNG.to_vec()).file_name("x.pdf"));
    let res = http
        .post(app.url("/api/v1/documents"))
        .bearer_auth(&token)
        .multipart(bad)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let err: Value = res.json().await.unwrap();
    assert!(err["error"]["fields"]["file"].as_str().unwrap().contains("PNG"));
    // New version, versions list, download.
    let v2 = Form::new()
        .text("note", "v2")
        .part("file", Part::bytes(b"hello again\n".to_vec()).file_name("hello.txt"));
    let res = http
        .post(app.url(&format!("/api/v1/documents/{id}/versions")))
        .bearer_auth(&token)
        .multipart(v2)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let vs: Value = http
        .get(app.url(&format!("/api/v1/documents/{id}/versions")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(vs.as_array().unwrap().len(), 2);
    assert_eq!(vs[0]["number"], 2);
    assert_eq!(vs[0]["current"], true);
    let body = http
        .get(app.url(&format!("/api/v1/documents/{id}/versions/1/download")))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(body.as_ref(), b"hello from a script\n");
    let list: Value = http
        .get(app.url("/api/v1/documents?country=XK"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 1);
    // Without a token: network documents need one, and so does writing.
    assert_eq!(
        http.get(app.url(&format!("/api/v1/documents/{id}")))
            .send()
            .await
            .unwrap()
            .status(),
        401
    );
    let res = http
        .post(app.url("/api/v1/documents"))
        .multipart(Form::new().text("title", "x"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);
    // An observer's token may read but not upload.
    let obs_token = app.token_for(c.observer).await;
    let res = http
        .post(app.url(&format!("/api/v1/documents/{id}/versions")))
        .bearer_auth(&obs_token)
        .multipart(Form::new().part("file", Part::bytes(b"x".to_vec()).file_name("x.txt")))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    // The search API answers with the same rules.
    let found: Value = http
        .get(app.url("/api/v1/search?q=api+upload"))
        .bearer_auth(&obs_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(found["groups"][0]["kind"], "document");
    assert!(found["groups"][0]["hits"][0]["snippet_html"].is_string());
}

#[tokio::test]
async fn event_pages_and_register_entries_show_their_linked_documents() {
    let (app, c) = setup().await;
    let sec = app.login("sec@example.org").await;
    let _ = c;
    let ev = crate::events::create(&app, &sec, "Tirana roundtable", "network", "published").await;
    let (_, form) = text(&sec, app.url(&format!("/documents/new?event={ev}"))).await;
    assert!(
        form.contains(&format!("<option value=\"{ev}\" selected>")),
        "event preselected"
    );
    add_with(
        &app,
        &sec,
        &[
            ("title", "Roundtable background paper"),
            ("doc_type", "report"),
            ("visibility", "network"),
            ("events", &ev.to_string()),
            ("topics", "RES-01"),
            ("countries", "AL"),
        ],
        ("bg.pdf", pdf("background")),
    )
    .await;
    let m = app.login("member@example.org").await;
    let (_, page) = text(&m, app.url(&format!("/events/{ev}"))).await;
    assert!(page.contains("Roundtable background paper"), "event page lists it");
    let (_, entry) = text(&m, app.url("/legal/entries/RES-01/AL")).await;
    assert!(entry.contains("Roundtable background paper"), "register entry lists it");
    let (_, entry_rs) = text(&m, app.url("/legal/entries/RES-01/RS")).await;
    assert!(
        !entry_rs.contains("Roundtable background paper"),
        "only for its country"
    );
    let (_, dash) = text(&m, app.url("/")).await;
    assert!(dash.contains("Recent documents") && dash.contains("Roundtable background paper"));
}

#[tokio::test]
async fn s3_storage_keeps_uploads_in_a_real_s3_compatible_server() {
    let s3 = crate::s3server::S3Server::start().await;
    let app = spawn_app_with(|s| {
        s.storage = roundtable::config::StorageSettings::S3 {
            bucket: s3.bucket.clone(),
            endpoint: Some(s3.endpoint.clone()),
            region: s3.region.clone(),
            access_key_id: s3.access_key_id.clone(),
            secret_access_key: s3.secret_access_key.clone(),
            staging_dir: std::env::temp_dir().join(format!("rt-staging-{}", rand::random::<u64>())),
        }
    })
    .await;
    cast(&app).await;
    let m = app.login("member@example.org").await;
    let body = files::simple_pdf("S3", &["Stored in a bucket, found by search: Prizren"]);
    let id = add(&app, &m, "Bucket document", "network", ("s3.pdf", body.clone())).await;
    let got = m
        .get(app.url(&format!("/documents/{id}/download")))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    assert_eq!(got.as_ref(), body.as_slice());
    let in_bucket = walk(&s3.bucket_dir());
    assert!(
        in_bucket.iter().any(|p| p.to_string_lossy().contains(&sha(&body))),
        "the object is in the bucket: {in_bucket:?}"
    );
    // Extraction reads back from the bucket.
    let store = roundtable::storage::open(&app.settings.storage).unwrap();
    assert_eq!(store.kind(), "s3");
    roundtable::services::documents::extract_pending(&app.db, store.as_ref(), 10)
        .await
        .unwrap();
    let (_, found) = text(&m, app.url("/search?q=prizren")).await;
    assert!(found.contains(&format!("/documents/{id}\"")));
}

#[tokio::test]
async fn concurrent_uploads_of_new_versions_get_distinct_numbers() {
    let (app, _) = setup().await;
    let m = app.login("member@example.org").await;
    let id = add(&app, &m, "Busy document", "network", ("b.txt", b"v1".to_vec())).await;
    let csrf = app.csrf(&m).await;
    let mut tasks = vec![];
    for i in 0..4 {
        let m = m.clone();
        let url = app.url(&format!("/documents/{id}/versions"));
        let csrf = csrf.clone();
        tasks.push(tokio::spawn(async move {
            m.post(url)
                .multipart(doc_form(
                    &csrf,
                    &[],
                    Some(("b.txt", format!("version {i}").into_bytes())),
                ))
                .send()
                .await
                .unwrap()
                .status()
                .as_u16()
        }));
    }
    for t in tasks {
        assert_eq!(t.await.unwrap(), 303);
    }
    let vs = roundtable::services::documents::versions(&app.db, id).await.unwrap();
    let mut numbers: Vec<i32> = vs.iter().map(|v| v.number).collect();
    numbers.sort();
    assert_eq!(numbers, vec![1, 2, 3, 4, 5]);
}

#[tokio::test]
async fn upload_times_show_in_the_readers_time_zone_and_the_checksum_waits_behind_details() {
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = app.doc(c.secretariat, "Zone check", "network", None).await;
    let version = entity::document_version::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|v| v.document_id == id)
        .unwrap();
    for (email, user_id, zone) in [
        ("sec@example.org", c.secretariat, "Pacific/Kiritimati"),
        ("member@example.org", c.member, "Pacific/Pago_Pago"),
    ] {
        let u = entity::user::Entity::find_by_id(user_id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        let mut am: entity::user::ActiveModel = u.into();
        am.time_zone = Set(zone.into());
        am.update(&app.db).await.unwrap();
        let reader = app.login(email).await;
        let page = reader
            .get(app.url(&format!("/documents/{id}")))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let local =
            roundtable::templates::format_instant("en", &version.created_at.to_rfc3339(), zone.parse().unwrap(), true);
        assert!(
            page.contains(&local),
            "{email} reads the upload time in {zone}: {local}"
        );
        assert!(!page.contains(" UTC,"), "no UTC clock on the page");
        assert!(page.contains("<details class=\"checksum\"><summary>Details</summary>"));
        assert!(page.contains(&version.sha256));
    }
}
