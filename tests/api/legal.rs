//! The legal-disparity register over HTTP: matrix, entries and their history, the register as it
//! stood on a past date, "what changed", proposals, reviewers, compare, import/export, gaps to
//! action items, notifications through a real SMTP server, and the API.

use roundtable::auth::Role;
use roundtable::services::legal::{self as lg, EntryInput};
use serde_json::{Value, json};

use crate::helpers::{TestApp, cast, spawn_app};

async fn topic(app: &TestApp, code: &str) -> entity::legal_topic::Model {
    lg::topic_by_code(&app.db, code).await.unwrap()
}

async fn country(app: &TestApp, code: &str) -> entity::country::Model {
    lg::register_country(&app.db, code).await.unwrap()
}

/// Saves a cell directly, optionally backdated, as the history generator would.
async fn set(app: &TestApp, code: &str, cc: &str, assessment: &str, value: Option<f64>, at: Option<&str>) {
    let t = topic(app, code).await;
    let c = country(app, cc).await;
    let fields = EntryInput {
        assessment: assessment.into(),
        summary: format!("{code} in {cc} is {assessment}"),
        parameter_value: value,
        ..Default::default()
    };
    let at = at.map(|d| {
        chrono::NaiveDate::parse_from_str(d, "%Y-%m-%d")
            .unwrap()
            .and_hms_opt(12, 0, 0)
            .unwrap()
            .and_utc()
    });
    lg::save_entry(
        &app.db,
        None,
        &t,
        &c,
        &fields,
        &lg::Change {
            actor: lg::Actor {
                user_id: None,
                name: "Test".into(),
            },
            source: "edit",
            note: None,
            example: false,
            at,
        },
    )
    .await
    .unwrap();
}

fn entry_form(assessment: &str) -> Vec<(&'static str, String)> {
    vec![
        ("assessment", assessment.to_string()),
        ("summary", "Article 12 grants a <b>30-day</b> period".to_string()),
        ("citations", "Law No. 1/2020, Art. 12".to_string()),
        ("parameter_value", "30".to_string()),
        ("effective_on", "2020-03-01".to_string()),
        ("source_links", "https://example.org/law".to_string()),
        ("differences", "".to_string()),
    ]
}

async fn post(app: &TestApp, c: &reqwest::Client, path: &str, fields: &[(&'static str, String)]) -> reqwest::Response {
    let mut refs: Vec<(&str, &str)> = fields.iter().map(|(k, v)| (*k, v.as_str())).collect();
    // Saving an entry names the version it was based on, as the edit form does.
    let is_entry_save = path.starts_with("/legal/entries/") && path.matches('/').count() == 4;
    let version;
    if is_entry_save && !refs.iter().any(|(k, _)| *k == "version") {
        let page = c.get(app.url(&format!("{path}/edit"))).send().await.unwrap();
        version = crate::helpers::hidden_from(&page.text().await.unwrap(), "version").unwrap_or_default();
        refs.push(("version", version.as_str()));
    }
    app.post_form(c, path, &refs).await
}

#[tokio::test]
async fn the_seeded_catalogue_fills_the_matrix_with_six_countries_and_the_kosovo_footnote() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let _ = c;
    let topics = lg::topics(&app.db, false).await.unwrap();
    assert_eq!(topics.len(), 34, "the starting catalogue is seeded by a migration");
    let res01 = topic(&app, "RES-01").await;
    assert_eq!(res01.threshold, Some(30.0));
    assert_eq!(res01.threshold_kind.as_deref(), Some("min"));
    set(&app, "RES-01", "AL", "not_aligned", Some(15.0), None).await;
    let observer = app.login("observer@example.org").await;
    let page = observer.get(app.url("/legal")).send().await.unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    assert!(html.contains("Kosovo*") && html.contains("UNSCR 1244/1999"));
    assert!(html.contains("RES-01") && html.contains("Recovery and reflection period"));
    // Assessment by symbol and word, not colour alone, and the cell opens its entry.
    assert!(html.contains("<a class=\"cell a-not_aligned\" href=\"/legal/entries/RES-01/AL\"><span aria-hidden=\"true\">✗</span> Not aligned"));
    // Filters: by assessment keeps only topics with such a cell.
    let filtered = observer
        .get(app.url("/legal?assessment=not_aligned"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(filtered.contains("RES-01") && !filtered.contains("DEF-01"));
    // Anonymous visitors are sent to sign in.
    let anon = crate::helpers::client().get(app.url("/legal")).send().await.unwrap();
    assert_eq!(anon.status(), 303);
}

#[tokio::test]
async fn the_matrix_pages_through_a_large_register_and_keeps_the_filters() {
    let app = spawn_app().await;
    cast(&app).await;
    // 34 seeded topics plus 30 synthetic ones: two pages of 50.
    roundtable::demo::scale_legal(&app.db, 30, 0, false).await.unwrap();
    let per_page = roundtable::routes::legal::MATRIX_TOPICS_PER_PAGE as usize;
    let observer = app.login("observer@example.org").await;
    let get = |path: &'static str| {
        let (c, url) = (observer.clone(), app.url(path));
        async move {
            let res = c.get(url).send().await.unwrap();
            assert_eq!(res.status(), 200, "{path}");
            // Links as a browser reads them (handlebars escapes `=` and `&` in attributes).
            res.text().await.unwrap().replace("&#x3D;", "=").replace("&amp;", "&")
        }
    };
    let rows = |html: &str| html.matches("<th scope=\"row\">").count();
    let first = get("/legal").await;
    assert_eq!(rows(&first), per_page);
    assert!(first.contains("RES-01"), "the catalogue's first topics come first");
    assert!(!first.contains("Synthetic topic 29 (benchmark)"));
    assert!(
        first.contains("href=\"/legal?page=2\" rel=\"next\""),
        "a link to the next page"
    );
    let second = get("/legal?page=2").await;
    assert_eq!(rows(&second), 64 - per_page);
    assert!(second.contains("Synthetic topic 29 (benchmark)"));
    assert!(second.contains("rel=\"prev\"") && !second.contains("rel=\"next\""));
    // A page past the end shows the last one; a nonsense page number the first.
    assert_eq!(rows(&get("/legal?page=9").await), 64 - per_page);
    assert_eq!(rows(&get("/legal?page=x").await), per_page);
    // Sorted by disparity, the pager keeps the sort; the exports get the filters but not the page.
    let sorted = get("/legal?sort=disparity&page=2").await;
    assert!(
        sorted.contains("href=\"/legal?sort=disparity&page=1\" rel=\"prev\""),
        "{}",
        &sorted[sorted.find("pager").unwrap_or(0)..][..300.min(sorted.len())]
    );
    assert!(sorted.contains("/legal/export.csv?sort=disparity\""));
    // A filter that fits on one page shows no pager.
    let one = get("/legal?category=Residence+and+return").await;
    assert!(one.contains("RES-01") && !one.contains("class=\"pager\""));
}

#[tokio::test]
async fn editing_an_entry_keeps_every_revision_and_bad_input_keeps_what_was_typed() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let form = sec.get(app.url("/legal/entries/RES-01/AL/edit")).send().await.unwrap();
    assert_eq!(form.status(), 200);
    let res = post(&app, &sec, "/legal/entries/RES-01/AL", &entry_form("partly_aligned")).await;
    assert_eq!(res.status(), 303);
    let mut second = entry_form("aligned");
    second[3].1 = "45".into();
    let res = post(&app, &sec, "/legal/entries/RES-01/AL", &second).await;
    assert_eq!(res.status(), 303);
    let page = sec
        .get(app.url("/legal/entries/RES-01/AL"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Version 2") && page.contains("Version 1"));
    // Old and new side by side, escaped.
    assert!(page.contains(">30</td>") && page.contains(">45</td>"), "{page}");
    assert!(page.contains("&lt;b&gt;30-day&lt;/b&gt;") && !page.contains("<b>30-day</b>"));
    assert!(page.contains("Partly aligned") && page.contains("Aligned"));

    // A bad date and a bad link: 422, messages, and the typed text kept.
    let mut bad = entry_form("aligned");
    bad[4].1 = "12/03/2020".into();
    bad[5].1 = "javascript:alert(1)".into();
    bad[1].1 = "Keep this summary".into();
    let res = post(&app, &sec, "/legal/entries/RES-01/AL", &bad).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("Enter a date as YYYY-MM-DD"));
    assert!(html.contains("starting with https://"));
    assert!(html.contains("Keep this summary"));
    let e = lg::entry(&app.db, topic(&app, "RES-01").await.id, "AL")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(e.version, 2, "nothing saved from the bad form");

    // Kosovo* is not a Council of Europe member: GRETA fields are refused, and it is not a gap.
    let mut greta = entry_form("aligned");
    greta.push(("greta_text", "Recommendation".into()));
    let res = post(&app, &sec, "/legal/entries/RES-01/XK", &greta).await;
    assert_eq!(res.status(), 422);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("is not a member of the Council of Europe")
    );
    let xk = sec
        .get(app.url("/legal/entries/RES-01/XK"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(xk.contains("not party to Convention CETS No. 197"));

    // A topic without a measured value refuses one.
    let res = post(&app, &sec, "/legal/entries/DEF-01/AL", &entry_form("aligned")).await;
    assert_eq!(res.status(), 422);
    assert!(res.text().await.unwrap().contains("no measured value"));

    // Unknown topic or country: a 404 page.
    let res = sec.get(app.url("/legal/entries/NOPE-99/AL")).send().await.unwrap();
    assert_eq!(res.status(), 404);
    let res = sec.get(app.url("/legal/entries/RES-01/FR")).send().await.unwrap();
    assert_eq!(res.status(), 404);
}

#[tokio::test]
async fn the_register_can_be_read_as_it_stood_on_a_past_date_and_changes_since_a_date_are_listed() {
    let app = spawn_app().await;
    cast(&app).await;
    set(&app, "RES-01", "RS", "not_aligned", Some(10.0), Some("2022-01-10")).await;
    set(&app, "RES-01", "RS", "partly_aligned", Some(20.0), Some("2023-06-01")).await;
    set(&app, "RES-01", "RS", "aligned", Some(30.0), Some("2024-02-01")).await;
    set(&app, "JUS-01", "ME", "no_provision", None, Some("2024-03-01")).await;
    let obs = app.login("observer@example.org").await;
    let get = |path: &str| {
        let obs = obs.clone();
        let url = app.url(path);
        async move { obs.get(url).send().await.unwrap().text().await.unwrap() }
    };
    let then = get("/legal/entries/RES-01/RS?as_of=2023-12-31").await;
    assert!(then.contains("Partly aligned") && then.contains("20 days"), "{then}");
    let before = get("/legal?as_of=2022-12-31").await;
    assert!(before.contains("class=\"cell a-not_aligned\" href=\"/legal/entries/RES-01/RS\""));
    assert!(!before.contains("class=\"cell a-aligned\" href=\"/legal/entries/RES-01/RS\""));
    let now = get("/legal").await;
    assert!(now.contains("class=\"cell a-aligned\" href=\"/legal/entries/RES-01/RS\""));
    let changes = get("/legal/changes?since=2023-12-12").await;
    assert!(changes.contains("RES-01") && changes.contains("JUS-01"));
    assert!(changes.contains(">20</td>") && changes.contains(">30</td>"));
    assert!(!changes.contains("2023-06-01") && changes.contains("2 changes"));
    let only_rs = get("/legal/changes?since=2023-12-12&country=RS").await;
    assert!(only_rs.contains("RES-01") && !only_rs.contains("JUS-01"));
    // The country profile counts assessments; the topic page puts the widest gap first.
    set(&app, "RES-01", "AL", "no_provision", None, None).await;
    let profile = get("/legal/countries/RS").await;
    assert!(profile.contains("<strong>1</strong>"));
    let topic_page = get("/legal/topics/RES-01").await;
    let al = topic_page.find("/legal/countries/AL").unwrap();
    let rs = topic_page.find("/legal/countries/RS").unwrap();
    assert!(al < rs, "no provision (AL) comes before aligned (RS)");
    assert!(topic_page.contains("<svg") && topic_page.contains("Standard 30"));
}

#[tokio::test]
async fn members_propose_changes_for_their_country_and_reviewers_decide_with_mail_to_the_proposer() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let member = app.login("member@example.org").await; // organization in AL
    // Another country: forbidden.
    let res = member
        .get(app.url("/legal/entries/RES-01/RS/edit"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let mut form = entry_form("aligned");
    form.push(("comment", "The 2024 amendment extended the period".into()));
    let res = post(&app, &member, "/legal/entries/RES-01/RS/proposals", &form).await;
    assert_eq!(res.status(), 403);
    let res = post(&app, &member, "/legal/entries/RES-01/AL", &entry_form("aligned")).await;
    assert_eq!(res.status(), 403, "members cannot edit directly");
    // Own country: a proposal needs a reason.
    let res = post(
        &app,
        &member,
        "/legal/entries/RES-01/AL/proposals",
        &entry_form("aligned"),
    )
    .await;
    assert_eq!(res.status(), 422);
    let res = post(&app, &member, "/legal/entries/RES-01/AL/proposals", &form).await;
    assert_eq!(res.status(), 303);
    let pending = lg::ProposalFilter {
        status: Some("pending".into()),
        ..Default::default()
    };
    let p = lg::proposals(&app.db, &pending, 1).await.unwrap().0;
    assert_eq!(p.len(), 1);
    // Nothing changes until it is accepted.
    assert!(
        lg::entry(&app.db, topic(&app, "RES-01").await.id, "AL")
            .await
            .unwrap()
            .is_none()
    );
    // An observer flagged as legal reviewer decides; unflagged, it could not.
    let obs = app.login("observer@example.org").await;
    let res = post(
        &app,
        &obs,
        &format!("/legal/proposals/{}/decision", p[0].id),
        &[("decision", "accept".into())],
    )
    .await;
    assert_eq!(res.status(), 403);
    roundtable::services::accounts::set_legal_reviewer(&app.db, c.observer, true)
        .await
        .unwrap();
    let obs = app.login("observer@example.org").await;
    let page = obs
        .get(app.url(&format!("/legal/proposals/{}", p[0].id)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("The 2024 amendment") && page.contains("Accept and apply"));
    let res = post(
        &app,
        &obs,
        &format!("/legal/proposals/{}/decision", p[0].id),
        &[("decision", "accept".into()), ("comment", "Thank you, checked".into())],
    )
    .await;
    assert_eq!(res.status(), 303);
    let e = lg::entry(&app.db, topic(&app, "RES-01").await.id, "AL")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((e.assessment.as_str(), e.parameter_value), ("aligned", Some(30.0)));
    let hist = lg::history(&app.db, e.id).await.unwrap();
    assert_eq!(hist[0].source, "proposal");
    assert!(hist[0].note.as_deref().unwrap().contains("The 2024 amendment"));
    // Deciding twice is refused.
    let res = post(
        &app,
        &obs,
        &format!("/legal/proposals/{}/decision", p[0].id),
        &[("decision", "reject".into())],
    )
    .await;
    assert_eq!(res.status(), 409);
    // The proposer hears of it, through a real SMTP server.
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let mails = sink.received();
    let decision = mails
        .iter()
        .find(|m| m.to.iter().any(|t| t.contains("member@example.org")))
        .expect("mail to the proposer");
    let parsed = decision.parsed();
    assert!(parsed.subject().unwrap().contains("was accepted"));
    assert!(parsed.body_text(0).unwrap().contains("Thank you, checked"));
}

#[tokio::test]
async fn changes_reach_followers_and_the_countrys_focal_points_unless_they_turned_it_off() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    // A focal point of an organization in RS with an account, and a follower of the topic.
    let rs_focal = app.user("focal.rs@example.org", Role::Member, Some(c.other_org)).await;
    let f = roundtable::services::directory::PersonFields {
        organization_id: Some(c.other_org),
        name: "Focal Point RS".into(),
        email: "focal.rs@example.org".into(),
        network_role: "focal_point".into(),
        ..Default::default()
    };
    roundtable::services::directory::create_person(&app.db, f.parse(&app.db).await.unwrap())
        .await
        .unwrap();
    let follower = app.user("follower@example.org", Role::Observer, None).await;
    let f = app.login("follower@example.org").await;
    let res = post(
        &app,
        &f,
        "/legal/follow",
        &[
            ("kind", "topic".into()),
            ("target", "RES-01".into()),
            ("on", "1".into()),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let quiet = app.user("quiet@example.org", Role::Observer, None).await;
    lg::set_follow(&app.db, quiet, "country", "RS", true).await.unwrap();
    roundtable::mail::set_preference(
        &app.db,
        quiet,
        roundtable::mail::Category::Legal,
        roundtable::mail::Delivery::Off,
    )
    .await
    .unwrap();
    let _ = (rs_focal, follower);
    let sec = app.login("sec@example.org").await;
    let res = post(&app, &sec, "/legal/entries/RES-01/RS", &entry_form("not_aligned")).await;
    assert_eq!(res.status(), 303);
    let sink = crate::smtp::Sink::start();
    app.worker(sink.port).drain(roundtable::db::now()).await.unwrap();
    let to: Vec<String> = sink.received().iter().flat_map(|m| m.to.clone()).collect();
    assert!(to.iter().any(|t| t.contains("focal.rs@example.org")), "{to:?}");
    assert!(to.iter().any(|t| t.contains("follower@example.org")), "{to:?}");
    assert!(!to.iter().any(|t| t.contains("quiet@example.org")), "turned off");
    assert!(!to.iter().any(|t| t.contains("sec@example.org")), "not the editor");
    let m = sink
        .received()
        .into_iter()
        .find(|m| m.to.iter().any(|t| t.contains("follower@example.org")))
        .unwrap();
    let parsed = m.parsed();
    assert!(parsed.subject().unwrap().contains("RES-01"));
    let text = parsed.body_text(0).unwrap().to_string();
    assert!(text.contains("Not assessed") || text.contains("not_assessed"));
    assert!(text.contains("/legal/entries/RES-01/RS"));
}

#[tokio::test]
async fn compare_puts_countries_side_by_side_with_a_chart_against_the_threshold() {
    let app = spawn_app().await;
    cast(&app).await;
    set(&app, "RES-01", "AL", "aligned", Some(30.0), None).await;
    set(&app, "RES-01", "RS", "not_aligned", Some(15.0), None).await;
    set(&app, "RES-01", "ME", "aligned", Some(60.0), None).await;
    let obs = app.login("observer@example.org").await;
    let res = obs
        .get(app.url("/legal/compare?country=AL&topic=RES-01"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422, "one country is not a comparison");
    assert!(res.text().await.unwrap().contains("between 2 and 6 countries"));
    let html = obs
        .get(app.url("/legal/compare?country=AL&country=RS&country=ME&topic=RES-01&topic=DEF-01"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(html.contains("class=\"differs\""));
    assert!(html.contains("class=\"odd\""), "RS differs from the other two");
    assert!(html.contains("<svg") && html.contains("stroke-dasharray"));
    assert!(html.contains("#b3261e"), "the bar below the minimum is marked");
    assert!(html.contains("Standard 30"));
}

/// The address of the link whose text is `label` (entities decoded), if the page has one.
fn link_to(html: &str, label: &str) -> Option<String> {
    let end = html.find(&format!(">{label}</a>"))?;
    let start = html[..end].rfind("href=\"")? + "href=\"".len();
    let href = &html[start..end];
    Some(crate::helpers::decode_entities(&href[..href.find('"')?]))
}

/// The (topic, country) of each data row of a register CSV export.
fn csv_cells(csv: &str) -> Vec<(String, String)> {
    csv.lines()
        .skip(1)
        .map(|l| {
            let mut f = l.split(',');
            (f.next().unwrap().to_string(), f.next().unwrap().to_string())
        })
        .collect()
}

#[tokio::test]
async fn compare_offers_the_csv_and_a_print_view_of_exactly_what_was_compared() {
    let app = spawn_app().await;
    cast(&app).await;
    set(&app, "RES-01", "AL", "aligned", Some(30.0), None).await;
    set(&app, "RES-01", "RS", "not_aligned", Some(15.0), None).await;
    set(&app, "DEF-01", "ME", "aligned", None, None).await;
    let obs = app.login("observer@example.org").await;
    let get = |path: String| {
        let obs = obs.clone();
        let url = app.url(&path);
        async move { obs.get(url).send().await.unwrap() }
    };
    let res = get("/legal/compare?country=AL&country=RS&topic=RES-01&topic=DEF-01".into()).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(
        html.contains("class=\"site-nav\""),
        "the page itself has its navigation"
    );
    let query = "country=AL&country=RS&topic=RES-01&topic=DEF-01";
    let csv_url = link_to(&html, "Download CSV").expect("a Download CSV link");
    assert_eq!(csv_url, format!("/legal/export.csv?{query}"));
    let print_url = link_to(&html, "Print").expect("a Print link");
    assert_eq!(print_url, format!("/legal/compare?{query}&print=1"));

    // The CSV holds both countries for both topics, and nothing else.
    let csv = get(csv_url).await.text().await.unwrap();
    let mut cells = csv_cells(&csv);
    cells.sort();
    let want: Vec<(String, String)> = [("DEF-01", "AL"), ("DEF-01", "RS"), ("RES-01", "AL"), ("RES-01", "RS")]
        .iter()
        .map(|(t, c)| (t.to_string(), c.to_string()))
        .collect();
    assert_eq!(cells, want, "{csv}");
    assert!(csv.contains("RES-01 in RS is not_aligned"));

    // The print view: the same table, no navigation, no search box, no form, no buttons.
    let res = get(print_url).await;
    assert_eq!(res.status(), 200);
    let print = res.text().await.unwrap();
    assert!(print.contains("<table class=\"compare\">") && print.contains("RES-01 in RS is not_aligned"));
    for absent in [
        "<nav",
        "site-nav",
        "role=\"search\"",
        "<form",
        "<button",
        "Download CSV",
    ] {
        assert!(!print.contains(absent), "the print view has {absent}: {print}");
    }
    assert_eq!(
        link_to(&print, "Back to the comparison").as_deref(),
        Some(format!("/legal/compare?{query}").as_str())
    );

    // A category narrows the comparison, and the links keep it.
    let html = get("/legal/compare?country=ME&country=AL&category=Residence+and+return".into())
        .await
        .text()
        .await
        .unwrap();
    assert_eq!(
        link_to(&html, "Download CSV").as_deref(),
        Some("/legal/export.csv?country=AL&country=ME&category=Residence+and+return")
    );
    // Nothing to print until the choice is valid: the form comes back instead.
    let res = get("/legal/compare?country=AL&print=1".into()).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("action=\"/legal/compare\"") && html.contains("site-nav"));
}

#[tokio::test]
async fn the_csv_export_takes_several_countries() {
    let app = spawn_app().await;
    cast(&app).await;
    set(&app, "RES-01", "RS", "not_aligned", Some(15.0), None).await;
    let topics = lg::topics(&app.db, false).await.unwrap().len();
    let sec = app.login("sec@example.org").await;
    let export = |query: &'static str| {
        let sec = sec.clone();
        let url = app.url(&format!("/legal/export.csv{query}"));
        async move {
            let res = sec.get(url).send().await.unwrap();
            assert_eq!(res.status(), 200);
            csv_cells(&res.text().await.unwrap())
        }
    };
    let count = |cells: &[(String, String)], cc: &str| cells.iter().filter(|(_, c)| c == cc).count();
    let two = export("?country=AL&country=RS").await;
    assert_eq!(count(&two, "AL"), topics);
    assert_eq!(count(&two, "RS"), topics);
    assert_eq!(two.len(), 2 * topics, "no third country");
    let one = export("?country=AL").await;
    assert_eq!((one.len(), count(&one, "AL")), (topics, topics));
    let all = export("").await;
    assert_eq!(all.len(), 6 * topics, "no country: every country");
    let some = export("?country=rs&topic=RES-01&topic=res-02&country=XK").await;
    let mut some: Vec<String> = some.iter().map(|(t, c)| format!("{t} {c}")).collect();
    some.sort();
    assert_eq!(some, ["RES-01 RS", "RES-01 XK", "RES-02 RS", "RES-02 XK"]);
}

#[tokio::test]
async fn import_checks_every_row_first_and_saves_all_rows_or_none() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let upload = |kind: &'static str, body: &'static str| {
        let sec = sec.clone();
        let app = &app;
        async move {
            let csrf = app.csrf(&sec).await;
            let form = reqwest::multipart::Form::new()
                .text("_csrf", csrf)
                .text("kind", kind)
                .part(
                    "file",
                    reqwest::multipart::Part::bytes(body.as_bytes().to_vec()).file_name("register.csv"),
                );
            sec.post(app.url("/legal/import")).multipart(form).send().await.unwrap()
        }
    };
    let bad = "topic_code,country,assessment,parameter_value\nRES-01,AL,aligned,30\nNOPE-1,AL,aligned,\nRES-01,FR,aligned,\nRES-02,AL,great,\nRES-01,AL,aligned,40\n";
    let res = upload("entries", bad).await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    for needle in [
        "<td>3</td>",
        "NOPE-1",
        "<td>4</td>",
        "&quot;FR&quot;",
        "<td>5</td>",
        "<td>6</td>",
        "more than once",
    ] {
        assert!(html.contains(needle), "{needle} missing in {html}");
    }
    assert!(
        lg::entry(&app.db, topic(&app, "RES-01").await.id, "AL")
            .await
            .unwrap()
            .is_none(),
        "nothing saved"
    );
    let good = "topic_code,country,assessment,parameter_value,summary\nRES-01,AL,aligned,30,\"Law 1, Art. 2\"\nRES-01,RS,not_aligned,10,'=HYPERLINK(\"x\")\n";
    let res = upload("entries", good).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    let start = html.find("/legal/import/").unwrap() + "/legal/import/".len();
    let id: String = html[start..].chars().take_while(|c| c.is_ascii_digit()).collect();
    let res = post(&app, &sec, &format!("/legal/import/{id}/confirm"), &[]).await;
    assert_eq!(res.status(), 303);
    let rs = lg::entry(&app.db, topic(&app, "RES-01").await.id, "RS")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        rs.summary, "=HYPERLINK(\"x\")",
        "our export's apostrophe is taken off again"
    );
    // The same import cannot be confirmed twice.
    let res = post(&app, &sec, &format!("/legal/import/{id}/confirm"), &[]).await;
    assert_eq!(res.status(), 404);
    // Export: CSV keeps formulas inert; JSON has the entries.
    let csv = sec.get(app.url("/legal/export.csv?topic=RES-01")).send().await.unwrap();
    assert!(
        csv.headers()["content-disposition"]
            .to_str()
            .unwrap()
            .contains("attachment")
    );
    let csv = csv.text().await.unwrap();
    assert!(csv.starts_with("topic_code,country,topic_title,assessment"));
    assert!(csv.contains("'=HYPERLINK"));
    assert_eq!(csv.lines().count(), 1 + 6, "one row per country for the topic");
    let json: Value = sec
        .get(app.url("/legal/export.json?country=AL&assessment=aligned"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(json["entries"].as_array().unwrap().len(), 1);
    assert_eq!(json["entries"][0]["entry"]["parameter_value"], json!(30.0));
    // Topics import: a new topic and an edited one, together.
    let topics = "code,category,title,question,parameter,unit,threshold,threshold_kind\nNEW-01,New category,A new topic,Is there a new rule?,,,,\nRES-01,Residence and return,Recovery and reflection period,Is there a period?,reflection period,days,30,min\n";
    let res = upload("topics", topics).await;
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    let start = html.find("/legal/import/").unwrap() + "/legal/import/".len();
    let id: String = html[start..].chars().take_while(|c| c.is_ascii_digit()).collect();
    assert_eq!(
        post(&app, &sec, &format!("/legal/import/{id}/confirm"), &[])
            .await
            .status(),
        303
    );
    assert_eq!(topic(&app, "NEW-01").await.category, "New category");
    assert_eq!(topic(&app, "RES-01").await.question, "Is there a period?");
    // Members cannot import.
    let member = app.login("member@example.org").await;
    assert_eq!(member.get(app.url("/legal/import")).send().await.unwrap().status(), 403);
}

#[tokio::test]
async fn a_gap_becomes_a_prefilled_action_item_linked_both_ways() {
    let app = spawn_app().await;
    cast(&app).await;
    set(&app, "RES-01", "AL", "not_aligned", Some(10.0), None).await;
    let member = app.login("member@example.org").await;
    let entry = member
        .get(app.url("/legal/entries/RES-01/AL"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        entry.contains("/actions/new?legal_topic&#x3D;RES-01&amp;legal_country&#x3D;AL")
            || entry.contains("legal_topic=RES-01")
    );
    let form = member
        .get(app.url("/actions/new?legal_topic=RES-01&legal_country=AL"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        form.contains("Close the gap: Recovery and reflection period (Albania)"),
        "{form}"
    );
    assert!(form.contains("name=\"legal_topic_id\""));
    let t = topic(&app, "RES-01").await;
    let own_org = entity::organization::Entity::find()
        .all(&app.db)
        .await
        .unwrap()
        .into_iter()
        .find(|o| o.name == "Own Org")
        .unwrap()
        .id;
    let res = app
        .post_form(
            &member,
            "/actions",
            &[
                ("title", "Close the gap: reflection period"),
                ("owner_org_id", &own_org.to_string()),
                ("priority", "normal"),
                ("status", "open"),
                ("legal_topic_id", &t.id.to_string()),
                ("legal_country", "AL"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let item_url = res.headers()["location"].to_str().unwrap().to_string();
    let item = member
        .get(app.url(&item_url))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(item.contains("href=\"/legal/entries/RES-01/AL\""));
    let entry = member
        .get(app.url("/legal/entries/RES-01/AL"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(entry.contains(&format!("href=\"{item_url}\"")));
}

use sea_orm::EntityTrait;

#[tokio::test]
async fn the_secretariat_manages_the_topic_catalogue() {
    let app = spawn_app().await;
    cast(&app).await;
    let sec = app.login("sec@example.org").await;
    let new = [
        ("code", "res-09"),
        ("category", "Residence and return"),
        ("title", "Family reunification"),
        ("question", "Can family members join?"),
        ("threshold", "30"),
    ];
    let res = app.post_form(&sec, "/legal/topics", &new).await;
    assert_eq!(res.status(), 422, "a threshold needs a parameter and a kind");
    let html = res.text().await.unwrap();
    assert!(html.contains("Family reunification"), "typed text kept");
    let ok = [
        ("code", "res-09"),
        ("category", "Residence and return"),
        ("title", "Family reunification"),
        ("question", "Can family members join?"),
    ];
    assert_eq!(app.post_form(&sec, "/legal/topics", &ok).await.status(), 303);
    assert_eq!(
        app.post_form(&sec, "/legal/topics", &ok).await.status(),
        422,
        "codes are unique"
    );
    let all = lg::topics(&app.db, false).await.unwrap();
    assert_eq!(all.last().unwrap().code, "RES-09");
    // Move it up one place; retire it and it leaves the matrix.
    assert_eq!(
        app.post_form(&sec, "/legal/topics/RES-09/move", &[("direction", "up")])
            .await
            .status(),
        303
    );
    let all = lg::topics(&app.db, false).await.unwrap();
    assert_eq!(all[all.len() - 2].code, "RES-09");
    assert_eq!(
        app.post_form(&sec, "/legal/topics/RES-09/retire", &[("retired", "1")])
            .await
            .status(),
        303
    );
    let matrix = sec.get(app.url("/legal")).send().await.unwrap().text().await.unwrap();
    assert!(!matrix.contains("RES-09"));
    let member = app.login("member@example.org").await;
    assert_eq!(app.post_form(&member, "/legal/topics", &ok).await.status(), 403);
}

#[tokio::test]
async fn the_api_reads_for_every_role_and_writes_per_permission() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let api = reqwest::Client::new();
    let obs_token = app.token_for(c.observer).await;
    let member_token = app.token_for(c.member).await;
    let sec_token = app.token_for(c.secretariat).await;
    let topics: Value = api
        .get(app.url("/api/v1/legal/topics"))
        .bearer_auth(&obs_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(topics.as_array().unwrap().len(), 34);
    let body = json!({"assessment": "partly_aligned", "parameter_value": "20", "summary": "Via the API"});
    let res = api
        .put(app.url("/api/v1/legal/entries/RES-01/ME"))
        .bearer_auth(&member_token)
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let res = api
        .put(app.url("/api/v1/legal/entries/RES-01/ME"))
        .bearer_auth(&sec_token)
        .header("If-Match", "\"0\"")
        .json(&json!({"assessment": "sort of"}))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 422);
    let err: Value = res.json().await.unwrap();
    assert!(err["error"]["fields"]["assessment"].is_string());
    let res = api
        .put(app.url("/api/v1/legal/entries/RES-01/ME"))
        .bearer_auth(&sec_token)
        .header("If-Match", "\"0\"")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let e: Value = res.json().await.unwrap();
    assert_eq!(e["version"], 1);
    assert_eq!(e["entry"]["parameter_value"], json!(20.0));
    let list: Value = api
        .get(app.url("/api/v1/legal/entries?country=ME&assessment=partly_aligned"))
        .bearer_auth(&obs_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["entries"].as_array().unwrap().len(), 1);
    let history: Value = api
        .get(app.url("/api/v1/legal/entries/RES-01/ME/history"))
        .bearer_auth(&obs_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(history[0]["source"], "api");
    let changes: Value = api
        .get(app.url("/api/v1/legal/changes?since=2020-01-01"))
        .bearer_auth(&obs_token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(changes["total"], 1);
    // Members propose for their own country (AL) only.
    let prop = json!({"entry": {"assessment": "aligned"}, "comment": "New law"});
    let res = api
        .post(app.url("/api/v1/legal/entries/RES-01/ME/proposals"))
        .bearer_auth(&member_token)
        .json(&prop)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let res = api
        .post(app.url("/api/v1/legal/entries/RES-01/AL/proposals"))
        .bearer_auth(&member_token)
        .json(&prop)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let res = api.get(app.url("/api/v1/legal/topics")).send().await.unwrap();
    assert_eq!(res.status(), 401);
}

#[tokio::test]
async fn demo_register_entries_are_labelled_as_fictional_examples_on_every_page() {
    let app = spawn_app().await;
    app.load_demo().await;
    app.user("reader@example.org", Role::Observer, None).await;
    let sec = app.login("reader@example.org").await;
    for path in [
        "/legal",
        "/legal/countries/XK",
        "/legal/topics/RES-01",
        "/legal/entries/RES-01/AL",
        "/legal/changes?since=2023-12-12",
        "/legal/compare?country=AL&country=RS",
    ] {
        let html = sec.get(app.url(path)).send().await.unwrap().text().await.unwrap();
        assert!(
            html.contains("Fictional examples.") && html.contains("not legal advice"),
            "{path} lacks the notice"
        );
    }
    let changes = sec
        .get(app.url("/legal/changes?since=2023-12-12"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(changes.contains("Demo follow-up after the December 2023 roundtable"));
}

#[tokio::test]
async fn the_post_meeting_report_and_the_member_dashboard_show_register_changes() {
    use sea_orm::{ColumnTrait, QueryFilter};
    let app = spawn_app().await;
    cast(&app).await;
    app.load_demo().await;
    let event = entity::event::Entity::find()
        .filter(entity::event::Column::Title.eq("Regional roundtable on assistance to survivors (demo)"))
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let sec = app.login("sec@example.org").await;
    let report = sec
        .get(app.url(&format!("/events/{}/report", event.id)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(report.contains("Legal register changes"));
    // The demo's first assessments (June 2023) fall between the previous meeting and this one.
    assert!(report.contains("204 changes to the legal register"), "{report}");
    assert!(report.contains("href=\"/legal/entries/COO-05/"), "newest first");
    // A member in Albania sees this quarter's changes to Albanian entries.
    set(&app, "RES-01", "AL", "not_aligned", Some(10.0), None).await;
    set(&app, "RES-01", "RS", "not_aligned", Some(10.0), None).await;
    let member = app.login("member@example.org").await;
    let home = member.get(app.url("/")).send().await.unwrap().text().await.unwrap();
    assert!(home.contains("Legal register changes in Albania"));
    assert!(home.contains("/legal/entries/RES-01/AL") && !home.contains("/legal/entries/RES-01/RS"));
}

#[tokio::test]
async fn a_value_that_contradicts_its_assessment_is_pointed_out_and_the_demo_has_none() {
    use sea_orm::{ActiveModelTrait, EntityTrait, Set};
    let app = spawn_app().await;
    app.load_demo().await;
    let topics = entity::legal_topic::Entity::find().all(&app.db).await.unwrap();
    let entries = entity::legal_entry::Entity::find().all(&app.db).await.unwrap();
    let mut checked = 0;
    for e in &entries {
        let t = topics.iter().find(|t| t.id == e.topic_id).unwrap();
        if t.threshold.is_some() && e.parameter_value.is_some() {
            checked += 1;
        }
        assert_eq!(
            roundtable::services::legal::assessment_mismatch(
                &e.assessment,
                e.parameter_value,
                t.threshold,
                t.threshold_kind.as_deref()
            ),
            None,
            "the demo entry {} / {} contradicts itself",
            t.code,
            e.country_code
        );
    }
    assert!(checked > 5, "the demo has measured values to compare ({checked})");
    // An entry whose value meets a minimum but is assessed "not aligned" says so, on its page
    // and on the compare page.
    let e = entries
        .iter()
        .find(|e| {
            let t = topics.iter().find(|t| t.id == e.topic_id).unwrap();
            t.threshold.is_some() && t.threshold_kind.as_deref() == Some("min") && e.parameter_value.is_some()
        })
        .unwrap()
        .clone();
    let t = topics.iter().find(|t| t.id == e.topic_id).unwrap().clone();
    let mut am: entity::legal_entry::ActiveModel = e.clone().into();
    am.parameter_value = Set(Some(t.threshold.unwrap() + 1.0));
    am.assessment = Set("not_aligned".into());
    am.update(&app.db).await.unwrap();
    app.user("reader@example.org", Role::Observer, None).await;
    let reader = app.login("reader@example.org").await;
    let sentence = "The measured value meets the standard&#x27;s threshold, yet the entry is assessed as a gap.";
    let page = reader
        .get(app.url(&format!("/legal/entries/{}/{}", t.code, e.country_code)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains(sentence), "the entry page says so");
    assert!(page.contains("minimum"), "the kind of standard by name");
    let other = if e.country_code == "AL" { "RS" } else { "AL" };
    let compare = reader
        .get(app.url(&format!(
            "/legal/compare?country={}&country={other}&topic={}",
            e.country_code, t.code
        )))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(compare.contains(sentence), "the compare page says so");
}
