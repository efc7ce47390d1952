//! Importing another directory's services (HSDS): all or nothing, every problem by file, line
//! and field; our own export comes back unchanged; a confidential address is never overwritten.

use std::io::{Cursor, Write};

use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::Value;

use crate::helpers::{TestApp, cast, client, spawn_app};

/// A ZIP holding `files` (name, text).
fn zip_of(files: &[(&str, &str)]) -> Vec<u8> {
    let mut z = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let o = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for (name, text) in files {
        z.start_file(*name, o).unwrap();
        z.write_all(text.as_bytes()).unwrap();
    }
    z.finish().unwrap().into_inner()
}

/// Posts `bytes` as the page form's file, with a valid CSRF token.
async fn upload(app: &TestApp, c: &reqwest::Client, name: &str, bytes: Vec<u8>) -> reqwest::Response {
    let csrf = app.csrf(c).await;
    let form = reqwest::multipart::Form::new().text("_csrf", csrf).part(
        "file",
        reqwest::multipart::Part::bytes(bytes).file_name(name.to_string()),
    );
    c.post(app.url("/directory/hsds/import"))
        .multipart(form)
        .send()
        .await
        .unwrap()
}

/// Rows of the three services tables, and every service's (id, version, updated_at).
async fn state(app: &TestApp) -> (u64, u64, u64, Vec<(i32, i32, String)>) {
    let services = entity::service::Entity::find().all(&app.db).await.unwrap();
    (
        services.len() as u64,
        entity::service_contact::Entity::find().count(&app.db).await.unwrap(),
        entity::service_capacity::Entity::find().count(&app.db).await.unwrap(),
        services
            .iter()
            .map(|s| (s.id, s.version, s.updated_at.to_rfc3339()))
            .collect(),
    )
}

/// A package from another directory: one shelter of "Own Org" (found by its name), with an
/// intake contact point and its phone, languages, an area and a capacity figure in beds.
fn foreign_package(services_csv: &str, phones_csv: &str) -> Vec<u8> {
    zip_of(&[
        ("datapackage.json", r#"{"name":"other-directory","resources":[]}"#),
        ("organizations.csv", "id,name,description\norg-77,Own Org,Their copy\n"),
        ("services.csv", services_csv),
        (
            "contacts.csv",
            "id,service_id,name,title,email\nc-1,svc-1,,Intake desk,intake@example.net\n",
        ),
        ("phones.csv", phones_csv),
        (
            "languages.csv",
            "id,service_id,name,code\nl-1,svc-1,Albanian,sq\nl-2,svc-1,Urdu,ur\n",
        ),
        (
            "service_areas.csv",
            "id,service_id,name,description\na-1,svc-1,Albania,Shkodër\n",
        ),
        (
            "schedules.csv",
            "id,service_id,freq,byday,opens_at,closes_at,description\nh-1,svc-1,WEEKLY,\"MO,TU,WE,TH,FR,SA,SU\",00:00,23:59,\n",
        ),
        ("units.csv", "id,name,scheme,identifier\nu-1,Beds,other,beds\n"),
        (
            "service_capacity.csv",
            "id,service_id,unit_id,available,maximum,description,updated\ncap-1,svc-1,u-1,2,9,Limited,2026-12-01T08:00:00Z\n",
        ),
        (
            "taxonomy_terms.csv",
            "id,code,name,taxonomy\nt-1,shelter,Shelter,their kinds\n",
        ),
        (
            "attributes.csv",
            "id,link_id,taxonomy_term_id,link_type,link_entity\nat-1,svc-1,t-1,service_type,service\n",
        ),
        ("locations.csv", "id,location_type,name\nloc-1,physical,Shkodër\n"),
        (
            "addresses.csv",
            "id,location_id,address_1,city,country\nad-1,loc-1,Rruga 1,Shkodër,AL\n",
        ),
        (
            "service_at_location.csv",
            "id,service_id,location_id\nsl-1,svc-1,loc-1\n",
        ),
    ])
}

const FOREIGN_SERVICES: &str = "id,organization_id,name,description,status,minimum_age,extra_column\n\
svc-1,org-77,Northern shelter,Beds for adults (fictional),active,18,ignored\n";
const FOREIGN_PHONES: &str =
    "id,contact_id,service_id,number,description\np-1,c-1,,+355 22 000 000,Intake desk (Open 24/7)\n";

#[tokio::test]
async fn importing_our_own_export_changes_nothing() {
    let app = spawn_app().await;
    app.load_demo().await;
    let sec = app
        .user("import-sec@example.org", roundtable::auth::Role::Secretariat, None)
        .await;
    let c = app.login("import-sec@example.org").await;
    let zip = c
        .get(app.url("/directory/hsds.zip"))
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap()
        .to_vec();
    let before = state(&app).await;
    assert!(
        before.0 >= 10 && before.1 > 0 && before.2 > 0,
        "the demo has services: {before:?}"
    );
    let res = upload(&app, &c, "roundtable-services-hsds.zip", zip).await;
    let status = res.status();
    let page = res.text().await.unwrap();
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("Nothing changed"), "{page}");
    assert_eq!(state(&app).await, before, "versions, times and counts unchanged");

    // The JSON form through the API, likewise.
    let token = app.token_for(sec).await;
    let json = client()
        .get(app.url("/api/v1/hsds/services"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .bytes()
        .await
        .unwrap();
    let res = client()
        .post(app.url("/api/v1/hsds/import"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body(json.to_vec())
        .send()
        .await
        .unwrap();
    let status = res.status();
    let body: Value = res.json().await.unwrap();
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["services_updated"], 0, "{body}");
    assert_eq!(body["services_created"], 0, "{body}");
    assert_eq!(body["capacity_updated"], 0, "{body}");
    assert!(body["organizations_matched"].as_u64().unwrap() > 0);
    assert_eq!(state(&app).await, before);
}

#[tokio::test]
async fn another_directorys_package_creates_a_service_with_its_contact_and_capacity() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let res = upload(
        &app,
        &sec,
        "other.zip",
        foreign_package(FOREIGN_SERVICES, FOREIGN_PHONES),
    )
    .await;
    let status = res.status();
    let page = res.text().await.unwrap();
    assert_eq!(status, 200, "{page}");
    assert!(page.contains("The package was imported."), "{page}");
    let s = entity::service::Entity::find().all(&app.db).await.unwrap();
    assert_eq!(s.len(), 1);
    let s = &s[0];
    assert_eq!(
        (
            s.organization_id,
            s.kind.as_str(),
            s.countries.as_str(),
            s.areas.as_str()
        ),
        (c.own_org, "shelter", "AL", "Shkodër")
    );
    assert_eq!(
        (s.languages.as_str(), s.age_min, s.open_24_7),
        ("sq,ur", Some(18), true)
    );
    assert_eq!((s.city.as_str(), s.address.as_str()), ("Shkodër", "Rruga 1"));

    // A member sees it on the services pages with its contact point and figure.
    let member = app.login("member@example.org").await;
    let (_, list) = app.page(&member, "/services").await;
    assert!(list.contains("Northern shelter"), "{list}");
    let (_, show) = app.page(&member, &format!("/services/{}", s.id)).await;
    assert!(
        show.contains("Intake desk") && show.contains("+355 22 000 000"),
        "{show}"
    );
    assert!(show.contains("intake@example.net"));
    let figure = entity::service_capacity::Entity::find()
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (
            figure.unit.as_str(),
            figure.maximum,
            figure.available,
            figure.band.as_str()
        ),
        ("beds", Some(9), Some(2), "limited")
    );
    assert_eq!(figure.as_of.to_string(), "2026-12-01");

    // The same package again finds what it made (by name, role, unit): nothing changes.
    let before = state(&app).await;
    let res = upload(
        &app,
        &sec,
        "other.zip",
        foreign_package(FOREIGN_SERVICES, FOREIGN_PHONES),
    )
    .await;
    assert_eq!(res.status(), 200);
    assert!(res.text().await.unwrap().contains("Nothing changed"));
    assert_eq!(state(&app).await, before);
}

#[tokio::test]
async fn a_package_with_errors_in_two_files_lists_each_and_saves_nothing() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let before = state(&app).await;
    let services = "id,organization_id,name,description,status,minimum_age\n\
svc-1,org-77,Northern shelter,Fictional,active,eighteen\n";
    let phones = "id,contact_id,service_id,number,description\np-1,,svc-404,+355 22 000 000,Line\n";
    let res = upload(&app, &sec, "bad.zip", foreign_package(services, phones)).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("nothing was saved"), "{page}");
    // services.csv, line 2, minimum_age; phones.csv, line 2, service_id.
    let row = |file: &str, line: &str, field: &str| {
        format!("<tr><td><code>{file}</code></td><td>{line}</td><td><code>{field}</code></td>")
    };
    assert!(page.contains(&row("services.csv", "2", "minimum_age")), "{page}");
    assert!(page.contains("This is not a whole number."));
    assert!(page.contains(&row("phones.csv", "2", "service_id")), "{page}");
    assert!(page.contains("No row of services.csv has the id svc-404."), "{page}");
    assert!(page.contains("name=\"file\""), "the form again");
    assert_eq!(state(&app).await, before, "nothing saved");

    // The API answers the same problems as JSON.
    let token = app.token_for(cast_secretariat(&app).await).await;
    let res = client()
        .post(app.url("/api/v1/hsds/import"))
        .bearer_auth(&token)
        .header("content-type", "application/zip")
        .body(foreign_package(services, phones))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let body: Value = res.json().await.unwrap();
    let errors = body["errors"].as_array().unwrap();
    assert!(
        errors
            .iter()
            .any(|e| e["file"] == "services.csv" && e["line"] == 2 && e["field"] == "minimum_age")
    );
    assert!(
        errors
            .iter()
            .any(|e| e["file"] == "phones.csv" && e["line"] == 2 && e["field"] == "service_id")
    );

    // An organization the directory does not have is a problem on its own line.
    let zip = zip_of(&[
        ("datapackage.json", "{}"),
        ("organizations.csv", "id,name\nx,Unknown Org\n"),
        ("services.csv", "id,organization_id,name\ns,x,Something\n"),
    ]);
    let res = upload(&app, &sec, "x.zip", zip).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains(&row("organizations.csv", "2", "name")), "{page}");
    assert!(page.contains("is not in the directory"));
    assert_eq!(state(&app).await, before);
}

async fn cast_secretariat(app: &TestApp) -> i32 {
    use sea_orm::{ColumnTrait, QueryFilter};
    entity::user::Entity::find()
        .filter(entity::user::Column::Email.eq("sec@example.org"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap()
        .id
}

#[tokio::test]
async fn a_redacted_or_any_location_never_overwrites_a_stored_confidential_address() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let id = crate::hsds::service(&app, c.own_org, "shelter", "Safe house", true).await;
    let stored = entity::service::Entity::find_by_id(id)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let sid = roundtable::services::hsds::uuid("service", stored.id);
    let oid = roundtable::services::hsds::uuid("organization", c.own_org);
    let sec = app.login("sec@example.org").await;
    for (kind, street) in [("redacted", ""), ("physical", "Public square 1")] {
        let zip = zip_of(&[
            ("datapackage.json", "{}"),
            ("organizations.csv", &format!("id,name\n{oid},Own Org\n")),
            (
                "services.csv",
                &format!("id,organization_id,name,description\n{sid},{oid},Safe house,Fictional ({kind})\n"),
            ),
            ("locations.csv", &format!("id,location_type,name\nl,{kind},Durrës\n")),
            (
                "addresses.csv",
                &format!("id,location_id,address_1,city\na,l,{street},Durrës\n"),
            ),
            (
                "service_at_location.csv",
                &format!("id,service_id,location_id\nx,{sid},l\n"),
            ),
        ]);
        let res = upload(&app, &sec, "p.zip", zip).await;
        let status = res.status();
        assert_eq!(status, 200, "{}", res.text().await.unwrap());
        let after = entity::service::Entity::find_by_id(stored.id)
            .one(&app.db)
            .await
            .unwrap()
            .unwrap();
        assert_eq!(after.description, format!("Fictional ({kind})"), "the rest is updated");
        assert_eq!(
            (after.address.as_str(), after.confidential_location),
            (crate::hsds::SECRET_STREET, true),
            "{kind}"
        );
        assert_eq!(after.city, "Durrës", "the city is public and may change");
        assert!(after.version > stored.version, "an update moves the version on");
    }
}

#[tokio::test]
async fn a_zip_bomb_or_a_file_that_is_no_package_is_refused_with_a_clear_message() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let res = upload(
        &app,
        &sec,
        "invite.ics",
        b"BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n".to_vec(),
    )
    .await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(
        page.contains("This is neither a ZIP data package nor HSDS JSON."),
        "{page}"
    );

    // 30 MB of one letter packs into a few kilobytes; unpacking stops at the limit.
    let huge = "a".repeat(30 * 1024 * 1024);
    let bomb = zip_of(&[("datapackage.json", "{}"), ("services.csv", &huge)]);
    assert!(bomb.len() < 200 * 1024);
    let res = upload(&app, &sec, "bomb.zip", bomb).await;
    assert_eq!(res.status(), 422);
    let page = res.text().await.unwrap();
    assert!(page.contains("This file unpacks to more than 20.0 MB."), "{page}");
    assert!(page.contains("<code>services.csv</code>"));
    assert_eq!(state(&app).await.0, 0);
}

#[tokio::test]
async fn only_the_secretariat_imports_and_the_form_needs_its_csrf_token() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let package = foreign_package(FOREIGN_SERVICES, FOREIGN_PHONES);
    for email in ["member@example.org", "observer@example.org"] {
        let who = app.login(email).await;
        assert_eq!(
            who.get(app.url("/directory/hsds/import"))
                .send()
                .await
                .unwrap()
                .status(),
            403
        );
        assert_eq!(upload(&app, &who, "p.zip", package.clone()).await.status(), 403);
    }
    let anonymous = client();
    let res = anonymous.get(app.url("/directory/hsds/import")).send().await.unwrap();
    assert_eq!(res.status(), 303);
    assert!(res.headers()["location"].to_str().unwrap().starts_with("/login"));
    for id in [c.member, c.observer] {
        let token = app.token_for(id).await;
        let res = client()
            .post(app.url("/api/v1/hsds/import"))
            .bearer_auth(&token)
            .body(package.clone())
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 403);
    }
    let res = client()
        .post(app.url("/api/v1/hsds/import"))
        .body(package.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 401);

    // The secretariat's form without its token is refused, and nothing is saved.
    let sec = app.login("sec@example.org").await;
    let form = reqwest::multipart::Form::new()
        .text("_csrf", "forged")
        .part("file", reqwest::multipart::Part::bytes(package).file_name("p.zip"));
    let res = sec
        .post(app.url("/directory/hsds/import"))
        .multipart(form)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(state(&app).await.0, 0);

    // The directory page links to the import for the secretariat only.
    let (_, page) = app.page(&sec, "/directory").await;
    assert!(page.contains("href=\"/directory/hsds/import\""));
    let member = app.login("member@example.org").await;
    let (_, page) = app.page(&member, "/directory").await;
    assert!(!page.contains("href=\"/directory/hsds/import\""));
    // The OpenAPI document has the import.
    let doc: Value = client()
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["paths"]["/api/v1/hsds/import"]["post"].is_object());
    assert!(doc["components"]["schemas"]["HsdsImportErrors"].is_object());
}
