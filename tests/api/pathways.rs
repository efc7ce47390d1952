//! Referral pathways, the pathway matrix and finding help across borders, over HTTP: the
//! secretariat's form (a member refused, a stale save refused with what was typed kept), the
//! matrix cell of an agreed pathway, and a need search that finds the right service and the
//! pathway, keeps nothing and logs no query.

use chrono::Duration;
use roundtable::auth::Role;
use sea_orm::{ActiveModelTrait, ConnectionTrait, DatabaseConnection, EntityTrait, Set, Statement};
use serde_json::{Value, json};

use crate::helpers::{TestApp, cast, form_fields, set_field, spawn_app};

/// An active service of organization `org` inserted as the services area would store it;
/// `change` adjusts it. Returns its id.
pub(crate) async fn service(
    app: &TestApp,
    org: i32,
    name: &str,
    change: impl FnOnce(&mut entity::service::ActiveModel),
) -> i32 {
    let now = roundtable::db::now();
    let mut am = entity::service::ActiveModel {
        organization_id: Set(org),
        kind: Set("shelter".into()),
        name: Set(name.into()),
        description: Set(String::new()),
        modes: Set("on_site".into()),
        countries: Set("ME".into()),
        areas: Set(String::new()),
        age_min: Set(None),
        age_max: Set(None),
        genders: Set(String::new()),
        target_groups: Set(String::new()),
        identification: Set("presumed".into()),
        languages: Set("sr,en".into()),
        interpretation: Set(true),
        referral: Set("referral".into()),
        intake_steps: Set(String::new()),
        hours: Set(String::new()),
        open_24_7: Set(true),
        confidential_location: Set(true),
        address: Set("Hidden street 1".into()),
        city: Set("Podgorica".into()),
        funding_source: Set(String::new()),
        funded_until: Set(None),
        status: Set("active".into()),
        status_notice: Set(String::new()),
        verified_on: Set(Some(chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap())),
        verified_by: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    };
    change(&mut am);
    am.insert(&app.db).await.unwrap().id
}

async fn contact(app: &TestApp, service_id: i32, role: &str) -> i32 {
    entity::service_contact::ActiveModel {
        service_id: Set(service_id),
        role: Set(role.into()),
        phone: Set("+382 20 555 0100".into()),
        email: Set("intake@shelter-me.example.org".into()),
        languages: Set("sr,en".into()),
        available_24_7: Set(true),
        sort_order: Set(0),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id
}

async fn capacity(app: &TestApp, service_id: i32, band: &str, as_of: chrono::NaiveDate, expires_on: chrono::NaiveDate) {
    entity::service_capacity::ActiveModel {
        service_id: Set(service_id),
        unit: Set("beds".into()),
        maximum: Set(Some(12)),
        funded: Set(Some(10)),
        available: Set(Some(3)),
        band: Set(band.into()),
        target_group: Set(String::new()),
        as_of: Set(as_of),
        expires_on: Set(expires_on),
        updated_by: Set(None),
        version: Set(1),
        updated_at: Set(roundtable::db::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

fn today() -> chrono::NaiveDate {
    roundtable::services::pathways::today_in("Europe/Tirane")
}

/// The number of rows in every table of the database.
async fn row_counts(db: &DatabaseConnection) -> Vec<(String, i64)> {
    let backend = db.get_database_backend();
    let sql = |s: String| Statement::from_string(backend, s);
    let list = match backend {
        sea_orm::DatabaseBackend::Postgres => {
            "SELECT tablename::text AS name FROM pg_tables WHERE schemaname = current_schema()".to_string()
        }
        _ => "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'".to_string(),
    };
    let mut out = vec![];
    for row in db.query_all_raw(sql(list)).await.unwrap() {
        let name: String = row.try_get("", "name").unwrap();
        let n = db
            .query_one_raw(sql(format!("SELECT COUNT(*) AS n FROM \"{name}\"")))
            .await
            .unwrap()
            .unwrap();
        out.push((name, n.try_get::<i64>("", "n").unwrap()));
    }
    out.sort();
    assert!(out.len() > 20, "{out:?}");
    out
}

/// A receiving shelter in Montenegro with its intake desk: (organization, service, contact).
async fn montenegro_shelter(app: &TestApp) -> (i32, i32, i32) {
    let org = app.org("Montenegro Shelter Org", "ME").await;
    let s = service(app, org, "Safe House Podgorica", |_| {}).await;
    let c = contact(app, s, "Intake desk Podgorica").await;
    (org, s, c)
}

fn location(res: &reqwest::Response) -> String {
    res.headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string()
}

#[tokio::test]
async fn the_secretariat_creates_and_edits_a_pathway_a_member_is_refused_and_a_stale_edit_keeps_what_was_typed() {
    let app = spawn_app().await;
    let _c = cast(&app).await;
    let (_, shelter, desk) = montenegro_shelter(&app).await;
    let sec = app.login("sec@example.org").await;
    let member = app.login("member@example.org").await;
    let (status, html) = app.page(&sec, "/pathways/new").await;
    assert_eq!(status, 200, "{html}");
    let (shelter, desk) = (shelter.to_string(), desk.to_string());
    let fields = [
        ("from_country", "RS"),
        ("to_country", "ME"),
        ("service_kind", "shelter"),
        ("status", "agreed"),
        ("receiving_service_id", shelter.as_str()),
        ("receiving_contact_id", desk.as_str()),
        ("consent_rule", "Written consent in the person's language"),
        ("child_consent_rule", "The guardian signs"),
        ("information", "language"),
        ("information", "safety_risks"),
        ("escort", "Sending case manager"),
        ("escort_cost", "Sending organization"),
        ("step_actor", "Case manager in Belgrade"),
        ("step_action", "Calls the intake desk"),
        ("step_days", "1"),
        ("step_actor", "Intake desk"),
        ("step_action", "Confirms a bed"),
        ("step_days", "2"),
        ("step_actor", ""),
        ("step_action", ""),
        ("step_days", ""),
        ("barrier_topic", "RES-01"),
        ("barrier_country", "ME"),
    ];
    // A member may not add one: refused before anything is read.
    let res = app.post_form(&member, "/pathways", &fields).await;
    assert_eq!(res.status(), 403);
    assert_eq!(
        entity::referral_pathway::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .len(),
        0
    );
    // The same country twice: 422, with everything typed still there.
    let mut same = fields.to_vec();
    same[1] = ("to_country", "RS");
    let res = app.post_form(&sec, "/pathways", &same).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Choose a different country"), "{html}");
    assert!(
        html.contains("Written consent in the person&#x27;s language")
            || html.contains("Written consent in the person's language")
    );
    assert!(html.contains("value=\"Case manager in Belgrade\""), "steps kept");

    let res = app.post_form(&sec, "/pathways", &fields).await;
    assert_eq!(res.status(), 303);
    let url = location(&res);
    assert!(url.starts_with("/pathways/"), "{url}");
    let (status, html) = app.page(&member, &url).await;
    assert_eq!(status, 200);
    for want in [
        "From Serbia to Montenegro",
        "Safe House Podgorica",
        "Intake desk Podgorica",
        "+382 20 555 0100",
        "Case manager in Belgrade",
        "Confirms a bed",
        "All steps together take at most 3 days",
        "Safety risks",
        "/legal/entries/RES-01/ME",
        "Agreed",
    ] {
        assert!(html.contains(want), "{want} in {html}");
    }
    assert!(
        !html.contains("Hidden street 1"),
        "a confidential address is never shown"
    );
    // A member cannot open the form or save it.
    assert_eq!(app.page(&member, &format!("{url}/edit")).await.0, 403);
    let res = app.post_form(&member, &url, &fields).await;
    assert_eq!(res.status(), 403);

    // Two people open the form at the same version; the first save wins.
    let (_, form_a) = app.page(&sec, &format!("{url}/edit")).await;
    let (_, form_b) = app.page(&sec, &format!("{url}/edit")).await;
    let mut a = form_fields(&form_a, &url);
    set_field(&mut a, "escort", "A social worker of the receiving shelter");
    let res = sec.post(app.url(&url)).form(&a).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let mut b = form_fields(&form_b, &url);
    set_field(&mut b, "escort_cost", "Shared by both organizations");
    let res = sec.post(app.url(&url)).form(&b).send().await.unwrap();
    assert_eq!(res.status(), 409, "a stale save is refused");
    let html = res.text().await.unwrap();
    assert!(html.contains("Shared by both organizations"), "what was typed is kept");
    assert!(
        html.contains("A social worker of the receiving shelter"),
        "the saved value is shown beside it"
    );
    let (_, shown) = app.page(&member, &url).await;
    assert!(shown.contains("A social worker of the receiving shelter"));
    assert!(
        !shown.contains("Shared by both organizations"),
        "the stale save wrote nothing"
    );
    // Saving the merged form again (now based on the current version) works.
    let again = form_fields(&html, &url);
    let res = sec.post(app.url(&url)).form(&again).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let (_, shown) = app.page(&member, &url).await;
    assert!(shown.contains("Shared by both organizations"));
}

#[tokio::test]
async fn the_api_creates_reads_and_refuses_a_stale_put() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let http = reqwest::Client::new();
    let sec = app.token_for(c.secretariat).await;
    let member = app.token_for(c.member).await;
    let body = json!({"from_country": "AL", "to_country": "XK", "service_kind": "legal_aid", "status": "draft",
        "information": ["legal_status"], "steps": [{"actor": "Lawyer", "action": "Calls back", "max_days": 2}]});
    let res = http
        .post(app.url("/api/v1/pathways"))
        .bearer_auth(&member)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let res = http
        .post(app.url("/api/v1/pathways"))
        .bearer_auth(&sec)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let created: Value = res.json().await.unwrap();
    let id = created["id"].as_i64().unwrap();
    assert_eq!(created["steps"][0]["max_days"], 2);
    assert_eq!(created["information"], json!(["legal_status"]));
    let got = http
        .get(app.url(&format!("/api/v1/pathways/{id}")))
        .bearer_auth(&member)
        .send()
        .await
        .unwrap();
    assert_eq!(got.status(), 200);
    let etag = got.headers()["etag"].to_str().unwrap().to_string();
    let put = |tag: String| {
        http.put(app.url(&format!("/api/v1/pathways/{id}")))
            .bearer_auth(&sec)
            .header("If-Match", tag)
            .json(
                &json!({"from_country": "AL", "to_country": "XK", "service_kind": "legal_aid", "status": "suspended"}),
            )
            .send()
    };
    assert_eq!(put(etag.clone()).await.unwrap().status(), 200);
    assert_eq!(put(etag).await.unwrap().status(), 412, "based on an old version");
    let list: Value = http
        .get(app.url("/api/v1/pathways?status=suspended"))
        .bearer_auth(&member)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 1);
    let doc: Value = http
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for path in [
        "/api/v1/pathways",
        "/api/v1/pathways/{id}",
        "/api/v1/pathways/matrix",
        "/api/v1/services/find",
    ] {
        assert!(doc["paths"][path].is_object(), "{path} in the OpenAPI document");
    }
}

#[tokio::test]
async fn a_matrix_cell_shows_the_agreed_pathways_contact_and_last_use_and_drafts_apart() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let (_, shelter, desk) = montenegro_shelter(&app).await;
    let sec = app.login("sec@example.org").await;
    let member = app.login("member@example.org").await;
    let (shelter, desk) = (shelter.to_string(), desk.to_string());
    let res = app
        .post_form(
            &sec,
            "/pathways",
            &[
                ("from_country", "RS"),
                ("to_country", "ME"),
                ("service_kind", "shelter"),
                ("status", "agreed"),
                ("consent_rule", "Written consent"),
                ("receiving_service_id", &shelter),
                ("receiving_contact_id", &desk),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let url = location(&res);
    let res = app
        .post_form(
            &sec,
            "/pathways",
            &[
                ("from_country", "AL"),
                ("to_country", "XK"),
                ("service_kind", "legal_aid"),
                ("status", "draft"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    // Not used yet, then a member records that it was used today.
    let (_, html) = app.page(&member, "/pathways?kind=shelter").await;
    assert!(html.contains("Intake desk Podgorica"), "{html}");
    assert!(html.contains("Not used yet"));
    let res = app.post_form(&member, &format!("{url}/used"), &[]).await;
    assert_eq!(res.status(), 303);
    let observer = app.login("observer@example.org").await;
    assert_eq!(
        app.post_form(&observer, &format!("{url}/used"), &[]).await.status(),
        403
    );
    let (status, html) = app.page(&member, "/pathways?kind=shelter").await;
    assert_eq!(status, 200);
    let today = roundtable::i18n::dates::date("en", today());
    let cell = html
        .split("<li class=\"pathway-agreed\">")
        .nth(1)
        .expect("an agreed pathway in the matrix");
    let cell = &cell[..cell.find("</li>").unwrap()];
    assert!(cell.contains("Intake desk Podgorica"), "{cell}");
    assert!(cell.contains("+382 20 555 0100"), "{cell}");
    assert!(cell.contains(&format!("Last used {today}")), "{cell}");
    assert!(cell.contains("Shelter"), "{cell}");
    assert!(html.contains("<caption>"), "a caption");
    assert!(html.contains("<th scope=\"col\">Kosovo*</th>"), "{html}");
    assert!(html.contains("fn-kosovo"), "the Kosovo* footnote");
    assert!(
        !html.contains("<li class=\"pathway-draft\">"),
        "the shelter filter leaves the legal-aid draft out"
    );
    let (_, all) = app.page(&member, "/pathways").await;
    assert!(
        all.contains("<li class=\"pathway-draft\">"),
        "a draft shows, marked as one"
    );
    // The matrix in the API.
    let token = app.token_for(c.member).await;
    let m: Value = reqwest::Client::new()
        .get(app.url("/api/v1/pathways/matrix?kind=shelter"))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(m["countries"].as_array().unwrap().len(), 6);
    let cell = m["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["from"] == "RS" && c["to"] == "ME")
        .unwrap();
    assert_eq!(cell["pathways"][0]["contact_role"], "Intake desk Podgorica");
    assert_eq!(cell["pathways"][0]["last_used_on"], today_iso());
}

fn today_iso() -> String {
    today().format("%Y-%m-%d").to_string()
}

#[tokio::test]
async fn an_adult_man_who_speaks_urdu_finds_the_shelter_in_montenegro_and_the_pathway_from_serbia() {
    let app = spawn_app().await;
    let _c = cast(&app).await;
    let serbian = app.org("Serbian Referring Org", "RS").await;
    app.user("rs-member@example.org", Role::Member, Some(serbian)).await;
    let (me_org, right, desk) = montenegro_shelter(&app).await;
    let day = today();
    capacity(
        &app,
        right,
        "limited",
        day - Duration::days(3),
        day + Duration::days(20),
    )
    .await;
    let old = day - Duration::days(90);
    entity::service_capacity::ActiveModel {
        service_id: Set(right),
        unit: Set("places".into()),
        band: Set("available".into()),
        target_group: Set(String::new()),
        as_of: Set(old),
        expires_on: Set(old + Duration::days(30)),
        version: Set(1),
        updated_at: Set(roundtable::db::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
    // Services that must not come up for him.
    service(&app, me_org, "Women only house", |s| s.genders = Set("female".into())).await;
    service(&app, me_org, "Children only house", |s| {
        s.target_groups = Set("children".into());
        s.age_max = Set(Some(17));
    })
    .await;
    service(&app, me_org, "Formal identification house", |s| {
        s.identification = Set("formal".into())
    })
    .await;
    service(&app, me_org, "Closed house", |s| s.status = Set("closed".into())).await;
    service(&app, me_org, "No Urdu house", |s| s.interpretation = Set(false)).await;
    service(&app, me_org, "Serbia only house", |s| s.countries = Set("RS".into())).await;
    service(&app, me_org, "Legal aid desk", |s| s.kind = Set("legal_aid".into())).await;
    let sec = app.login("sec@example.org").await;
    let (right_s, desk_s) = (right.to_string(), desk.to_string());
    let res = app
        .post_form(
            &sec,
            "/pathways",
            &[
                ("from_country", "RS"),
                ("to_country", "ME"),
                ("service_kind", "shelter"),
                ("status", "agreed"),
                ("consent_rule", "Written consent"),
                ("receiving_service_id", &right_s),
                ("receiving_contact_id", &desk_s),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let pathway = location(&res);

    let searcher = app.login("rs-member@example.org").await;
    let before = row_counts(&app.db).await;
    let week = (day + Duration::days(3)).format("%Y-%m-%d").to_string();
    let query = format!(
        "/services/find?country=ME&kind=shelter&age=34&gender=male&language=ur&identification=presumed&needed_from={week}"
    );
    let (status, html) = app.page(&searcher, &query).await;
    assert_eq!(status, 200, "{html}");
    assert!(html.contains("Safe House Podgorica"), "{html}");
    assert!(html.contains("1 service fits"), "{html}");
    for excluded in [
        "Women only house",
        "Children only house",
        "Formal identification house",
        "Closed house",
        "No Urdu house",
        "Serbia only house",
        "Legal aid desk",
    ] {
        assert!(!html.contains(excluded), "{excluded} does not fit");
    }
    assert!(html.contains(&format!("href=\"{pathway}\"")), "the pathway from Serbia");
    assert!(html.contains("From Serbia to Montenegro"));
    assert!(html.contains("Intake desk Podgorica"));
    assert!(html.contains("interpretation can be arranged"));
    let expired = roundtable::i18n::dates::date("en", old);
    assert!(html.contains(&format!("not confirmed since {expired}")), "{html}");
    assert!(html.contains("capacity-limited"), "the current band");
    assert!(html.contains("Nothing about this search is kept"));
    assert!(!html.contains("Hidden street 1"));
    // Without the kind, the legal-aid desk fits too; a child does not get the adults' shelter.
    let (_, any_kind) = app
        .page(
            &searcher,
            "/services/find?country=ME&age=34&gender=male&language=ur&identification=presumed",
        )
        .await;
    assert!(any_kind.contains("Legal aid desk") && any_kind.contains("2 services fit"));
    let (_, child) = app
        .page(&searcher, "/services/find?country=ME&age=12&gender=female")
        .await;
    assert!(child.contains("Children only house") && child.contains("Women only house"));

    // The API answers the same.
    let token_user = entity::user::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|u| u.email == "rs-member@example.org")
        .unwrap()
        .id;
    let token = app.token_for(token_user).await;
    let before_api = row_counts(&app.db).await;
    let found: Value = reqwest::Client::new()
        .get(app.url(
            "/api/v1/services/find?country=ME&kind=shelter&age=34&gender=male&language=ur&identification=presumed",
        ))
        .bearer_auth(token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(found["total"], 1, "{found}");
    assert_eq!(found["items"][0]["service_id"], right);
    assert_eq!(found["items"][0]["speaks_language"], false);
    assert!(found["items"][0]["pathway_id"].is_number());
    assert_eq!(found["items"][0]["capacity"][1]["confirmed"], false);
    // Nothing was written for either search.
    assert_eq!(row_counts(&app.db).await, before_api);
    let after = row_counts(&app.db).await;
    let diff: Vec<_> = before.iter().zip(&after).filter(|(a, b)| a != b).collect();
    // Creating the API token between the two snapshots is the only change.
    assert!(
        diff.iter().all(|((t, _), _)| t == "api_token"),
        "the searches wrote: {diff:?}"
    );
}

/// A writer into a shared buffer, for a log subscriber.
#[derive(Clone)]
struct Captured(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

impl std::io::Write for Captured {
    fn write(&mut self, b: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(b);
        Ok(b.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[actix_web::test]
async fn the_request_log_names_the_search_path_and_never_its_query() {
    use actix_web::{App, middleware::from_fn, test, web};
    let buf = Captured(Default::default());
    let writer = buf.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_writer(move || writer.clone())
        .with_ansi(false)
        .with_max_level(tracing::Level::TRACE)
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    let app = test::init_service(
        App::new()
            .wrap(from_fn(roundtable::telemetry::request_id_mw))
            .route("/services/find", web::get().to(|| async { "ok" })),
    )
    .await;
    let req = test::TestRequest::get()
        .uri("/services/find?country=ME&age=34&gender=male&language=ur&identification=presumed")
        .to_request();
    let res = test::call_service(&app, req).await;
    assert!(res.status().is_success());
    let logged = String::from_utf8(buf.0.lock().unwrap().clone()).unwrap();
    assert!(logged.contains("/services/find"), "the request is logged: {logged}");
    for part in ["country=", "age=", "gender=", "language=", "identification="] {
        assert!(!logged.contains(part), "{part} in the log: {logged}");
    }
}
