//! Figures for the roundtable over HTTP: a member reports a month and reads it back, small
//! numbers are "<5" for everyone else (page, CSV, API) with complementary suppression, the own
//! organization sees its exact figures, the form holds numbers only, the threshold cannot go
//! below 5, a stale save is refused with what was typed kept, and a correction of a closed
//! month is recorded.

use roundtable::auth::Role;
use roundtable::services::figures::{self as fg, FigureFields, FigureInput, Month, SheetKey};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};

use crate::helpers::{TestApp, cast, form_fields, spawn_app};

pub(crate) fn last_month() -> Month {
    Month::of(fg::today()).prev()
}

pub(crate) fn sheet_path(m: Month, kind: &str) -> String {
    format!("/figures/report/{}/{kind}", m.code())
}

fn report_path() -> String {
    format!("/figures?quarter={}", last_month().quarter().code())
}

/// The rows of the table `id` on a page: each row's cells' text (header cell first).
pub(crate) fn table(html: &str, id: &str) -> Vec<Vec<String>> {
    let start = html
        .find(&format!("id=\"t-{id}\""))
        .unwrap_or_else(|| panic!("no table {id}"));
    let end = html[start..].find("</table>").unwrap() + start;
    let body = &html[start..end];
    body.split("<tr")
        .skip(1)
        .map(|row| {
            let mut cells = vec![];
            let mut rest = row;
            while let Some(i) = rest.find("<t") {
                let after = &rest[i..];
                let Some(gt) = after.find('>') else { break };
                let tag = &after[..gt];
                if !(tag.starts_with("<td") || tag.starts_with("<th")) {
                    rest = &after[gt..];
                    continue;
                }
                let content = &after[gt + 1..];
                let close = content.find("</t").unwrap_or(content.len());
                cells.push(content[..close].replace("&lt;", "<").trim().to_string());
                rest = &content[close..];
            }
            cells
        })
        .collect()
}

pub(crate) fn row<'a>(rows: &'a [Vec<String>], label: &str) -> &'a Vec<String> {
    rows.iter()
        .find(|r| r.first().is_some_and(|c| c == label))
        .unwrap_or_else(|| panic!("no row {label} in {rows:?}"))
}

/// A member saves a sheet through the form as a browser would (the form's own fields).
pub(crate) async fn submit(
    app: &TestApp,
    c: &reqwest::Client,
    path: &str,
    values: &[(&str, &str)],
) -> reqwest::Response {
    let (status, html) = app.page(c, path).await;
    assert_eq!(status, 200, "{path}");
    let mut fields = form_fields(&html, path);
    for (k, v) in values {
        crate::helpers::set_field(&mut fields, k, v);
    }
    c.post(app.url(path)).form(&fields).send().await.unwrap()
}

#[tokio::test]
async fn a_member_reports_a_month_and_reads_it_back() {
    let app = spawn_app().await;
    cast(&app).await;
    let member = app.login("member@example.org").await;
    let path = sheet_path(last_month(), "shelter");
    let res = submit(
        &app,
        &member,
        &path,
        &[
            ("received", "12"),
            ("sent_RS", "6"),
            ("new_all", "9"),
            ("bed_nights", "240"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
    let (status, html) = app.page(&member, &path).await;
    assert_eq!(status, 200);
    let fields = form_fields(&html, &path);
    let value = |k: &str| fields.iter().find(|(n, _)| n == k).map(|(_, v)| v.clone()).unwrap();
    assert_eq!(value("received"), "12");
    assert_eq!(value("sent_RS"), "6");
    assert_eq!(value("bed_nights"), "240");
    assert_eq!(value("version"), "1");
    assert!(html.contains("Version 1"), "the save is listed");
    // The month's overview says it is reported.
    let (_, mine) = app.page(&member, "/figures/report").await;
    assert!(mine.contains(&format!("href=\"{path}\"")));
    assert!(mine.contains("reported"));
}

#[tokio::test]
async fn the_form_holds_numbers_only_and_keeps_what_was_typed_when_refused() {
    let app = spawn_app().await;
    cast(&app).await;
    let member = app.login("member@example.org").await;
    let path = sheet_path(last_month(), "shelter");
    let (_, html) = app.page(&member, &path).await;
    assert!(!html.contains("<textarea"), "no free text");
    let start = html.find(&format!("method=\"post\" action=\"{path}\"")).unwrap();
    let form = &html[start..start + html[start..].find("</form>").unwrap()];
    let mut inputs = 0;
    for input in form.split("<input").skip(1) {
        let tag = &input[..input.find('>').unwrap()];
        assert!(
            tag.contains("type=\"number\"") || tag.contains("type=\"hidden\""),
            "only numbers (and hidden fields): {tag}"
        );
        inputs += 1;
    }
    assert!(inputs > 15, "a field per count");
    assert!(!form.contains("<select"), "the breakdown is chosen on its own form");

    let res = submit(
        &app,
        &member,
        &path,
        &[("received", "-2"), ("bed_nights", "lots"), ("new_all", "100001")],
    )
    .await;
    assert_eq!(res.status(), 422);
    let html = res.text().await.unwrap();
    assert!(html.contains("A count cannot be below 0."));
    assert!(html.contains("Enter a whole number"));
    assert!(
        html.contains("Enter at most 100,000."),
        "the limit as English writes it"
    );
    assert!(html.contains("value=\"lots\""), "what was typed is kept");
    assert!(html.contains("value=\"-2\""));
    assert!(
        entity::figure_report::Entity::find()
            .all(&app.db)
            .await
            .unwrap()
            .is_empty(),
        "nothing saved"
    );
}

#[tokio::test]
async fn small_numbers_are_hidden_from_everyone_else_but_not_from_the_own_organization() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    app.user("other-member@example.org", Role::Member, Some(c.other_org))
        .await;
    let member = app.login("member@example.org").await;
    let path = sheet_path(last_month(), "shelter");
    // Albania (the own organization): 3 referrals received, 3 sent to Serbia and 20 to
    // Montenegro.
    let res = submit(
        &app,
        &member,
        &path,
        &[("received", "3"), ("sent_RS", "3"), ("sent_ME", "20"), ("new_all", "8")],
    )
    .await;
    assert_eq!(res.status(), 303);

    // The own organization sees its exact figures.
    let (_, own) = app.page(&member, &report_path()).await;
    let own_rows = table(&own, "own");
    assert_eq!(row(&own_rows, "Shelter")[1], "3", "{own_rows:?}");
    assert_eq!(row(&own_rows, "Shelter")[2], "23");

    // Another member, an observer and the secretariat see "<5".
    for who in ["other-member@example.org", "observer@example.org", "sec@example.org"] {
        let c = app.login(who).await;
        let (status, html) = app.page(&c, &report_path()).await;
        assert_eq!(status, 200, "{who}");
        assert!(!html.contains("id=\"t-own\""), "{who} has no own figures here");
        let rows = table(&html, "by-country");
        let albania = row(&rows, "Albania");
        assert_eq!(albania[1], "<5", "{who}: received 3 is suppressed ({albania:?})");
        assert_eq!(albania[3], "8", "{who}: newly assisted 8 is shown");
        // Complementary suppression: in the flow matrix, the 20 to Montenegro is hidden too,
        // or the row total (23) would give the 3 to Serbia away.
        let flows = table(&html, "flows");
        let header = &flows[0];
        let col = |name: &str| header.iter().position(|h| h == name).unwrap();
        let from_albania = row(&flows, "Albania");
        assert_eq!(from_albania[col("Serbia")], "<5");
        assert_eq!(
            from_albania[col("Montenegro")],
            "<5",
            "the 20 is hidden: {from_albania:?}"
        );
        assert_eq!(from_albania[col("Total")], "23");
        assert!(!from_albania.iter().any(|c| c == "20" || c == "3"), "{from_albania:?}");
    }

    // The CSV and the API say the same.
    let other = app.login("other-member@example.org").await;
    let csv = csv_report(&app, &other).await;
    assert!(
        csv.lines()
            .any(|l| l.contains("By country,Albania,Referrals received,<5")),
        "{csv}"
    );
    assert!(!csv.lines().any(|l| l.contains(",Albania,Referrals received,3")));
    assert!(
        csv.lines()
            .any(|l| l.contains("Cross-border referrals,Albania,Montenegro,<5"))
    );
    let api = api_report(&app, c.observer).await;
    let by_country = &api["by_country"];
    let al = by_country["rows"]
        .as_array()
        .unwrap()
        .iter()
        .position(|r| r == "AL")
        .unwrap();
    assert_eq!(by_country["cells"][al][0], json!("<5"), "{api}");
    assert_eq!(by_country["cells"][al][2], json!(8));
    let flows = &api["flows"];
    let me = flows["columns"]
        .as_array()
        .unwrap()
        .iter()
        .position(|r| r == "ME")
        .unwrap();
    assert_eq!(flows["cells"][al][me], json!("<5"));
    assert_eq!(api["threshold"], json!(5));
    assert_eq!(api["coverage"]["AL"]["shelter"], json!("covered"));
    assert_eq!(api["coverage"]["RS"]["shelter"], json!("no_report"));
}

#[tokio::test]
async fn a_higher_threshold_hides_more() {
    let app = crate::helpers::spawn_app_with(|s| s.suppression_threshold = 10).await;
    cast(&app).await;
    let member = app.login("member@example.org").await;
    let res = submit(&app, &member, &sheet_path(last_month(), "shelter"), &[("new_all", "8")]).await;
    assert_eq!(res.status(), 303);
    let observer = app.login("observer@example.org").await;
    let (_, html) = app.page(&observer, &report_path()).await;
    assert_eq!(row(&table(&html, "by-country"), "Albania")[3], "<10");
}

#[test]
fn a_threshold_below_five_is_refused_by_the_configuration() {
    let low = roundtable::config::Settings::from_lookup(
        |k| (k == "ROUNDTABLE_SUPPRESSION_THRESHOLD").then(|| "4".to_string()),
        false,
    )
    .unwrap_err();
    assert_eq!(low.variable, "ROUNDTABLE_SUPPRESSION_THRESHOLD");
    assert!(low.to_string().contains("at least 5"), "{low}");
}

#[tokio::test]
async fn a_stale_save_is_refused_and_what_was_typed_is_kept() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let first = app.login("member@example.org").await;
    let second = app.login("member@example.org").await;
    let path = sheet_path(last_month(), "shelter");
    // Both open the empty form (version 0); the second saves first.
    let (_, html) = app.page(&first, &path).await;
    let mut typed = form_fields(&html, &path);
    crate::helpers::set_field(&mut typed, "received", "41");
    assert_eq!(submit(&app, &second, &path, &[("received", "17")]).await.status(), 303);
    let res = first.post(app.url(&path)).form(&typed).send().await.unwrap();
    assert_eq!(res.status(), 409, "refused: the sheet changed since the form opened");
    let html = res.text().await.unwrap();
    assert!(html.contains("value=\"41\""), "what was typed is kept");
    assert!(html.contains("stale-notice"));
    assert!(html.contains(">17<"), "the saved value is shown beside it");
    assert_eq!(crate::helpers::hidden_from(&html, "version").as_deref(), Some("1"));
    // The stored figure is the one saved first.
    let key = SheetKey {
        organization_id: c.own_org,
        month: last_month(),
        service_code: "shelter".into(),
    };
    let dest: Vec<String> = fg::destinations(&app.db)
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.code)
        .collect();
    let sheet = fg::sheet(&app.db, &key, &dest).await.unwrap();
    assert_eq!(sheet.fields.counts["received"], "17");
    // Saving again from the refused form (now based on version 1) goes through.
    let again = form_fields(&html, &path);
    let res = first.post(app.url(&path)).form(&again).send().await.unwrap();
    assert_eq!(res.status(), 303);
    let sheet = fg::sheet(&app.db, &key, &dest).await.unwrap();
    assert_eq!(sheet.fields.counts["received"], "41");
    let _ = FigureFields::default();
}

#[tokio::test]
async fn a_correction_of_a_closed_month_is_recorded() {
    let app = spawn_app().await;
    cast(&app).await;
    let member = app.login("member@example.org").await;
    let mut old = last_month();
    for _ in 0..3 {
        old = old.prev();
    }
    assert!(old.is_closed(fg::today()));
    let path = sheet_path(old, "shelter");
    let (_, html) = app.page(&member, &path).await;
    assert!(html.contains("Closed."));
    assert!(html.contains("records a correction"));
    assert_eq!(submit(&app, &member, &path, &[("received", "6")]).await.status(), 303);
    let (_, html) = app.page(&member, &path).await;
    assert!(
        html.contains("Version 1: corrected by Test member@example.org"),
        "the correction names who made it"
    );
    let revisions = entity::figure_revision::Entity::find()
        .filter(entity::figure_revision::Column::Correction.eq(true))
        .all(&app.db)
        .await
        .unwrap();
    assert_eq!(revisions.len(), 1);
    assert_eq!(revisions[0].changed_by_name, "Test member@example.org");
    // A future month is not a page; the secretariat does not open an organization's sheet.
    let future = Month::of(fg::today()).next();
    assert_eq!(app.page(&member, &sheet_path(future, "shelter")).await.0, 404);
    let sec = app.login("sec@example.org").await;
    assert_eq!(app.page(&sec, &path).await.0, 403);
}

#[tokio::test]
async fn the_api_reports_and_corrects_with_if_match() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let token = app.token_for(c.member).await;
    let url = app.url(&format!("/api/v1/figures/{}/legal_aid", last_month().code()));
    let api = reqwest::Client::new();
    let got = api.get(&url).bearer_auth(&token).send().await.unwrap();
    assert_eq!(got.status(), 200);
    assert_eq!(got.headers()["etag"], "\"0\"");
    let body = json!({"breakdown": "age", "counts": {"received": 4, "new_child": 2, "new_adult": 5, "sent_XK": 1}});
    let put = api.put(&url).bearer_auth(&token).json(&body).send().await.unwrap();
    assert_eq!(put.status(), 428, "If-Match is required");
    let put = api
        .put(&url)
        .bearer_auth(&token)
        .header("If-Match", "\"0\"")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), 200);
    let saved: Value = put.json().await.unwrap();
    assert_eq!(saved["version"], 1);
    assert_eq!(saved["counts"]["new_child"], 2);
    assert_eq!(saved["counts"]["received"], 4, "exact for the own organization");
    let bad = api
        .put(&url)
        .bearer_auth(&token)
        .header("If-Match", "\"1\"")
        .json(&json!({"counts": {"received": -1}}))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    let err: Value = bad.json().await.unwrap();
    assert!(err["error"]["fields"]["received"].is_string(), "{err}");
    let stale = api
        .put(&url)
        .bearer_auth(&token)
        .header("If-Match", "\"0\"")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(stale.status(), 412);
    // Members of another organization and the secretariat cannot read this sheet.
    let sec = app.token_for(c.secretariat).await;
    assert_eq!(api.get(&url).bearer_auth(&sec).send().await.unwrap().status(), 403);
    // The paths are in the OpenAPI document.
    let doc: Value = reqwest::get(app.url("/api/v1/openapi.json"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    for p in ["/api/v1/figures", "/api/v1/figures/{month}/{kind}"] {
        assert!(doc["paths"].get(p).is_some(), "{p} documented");
    }
}

#[tokio::test]
async fn the_demo_has_twelve_months_of_fictional_figures() {
    let app = spawn_app().await;
    app.load_demo().await;
    let reports = entity::figure_report::Entity::find().all(&app.db).await.unwrap();
    assert!(!reports.is_empty());
    assert!(reports.iter().all(|r| r.example));
    let months: std::collections::BTreeSet<&str> = reports.iter().map(|r| r.month.as_str()).collect();
    assert_eq!(months.len(), 12);
    let (c, _) = app
        .sign_in(roundtable::demo::DEMO_OBSERVER, roundtable::demo::DEMO_PASSWORD)
        .await;
    let (status, html) = app.page(&c, &report_path()).await;
    assert_eq!(status, 200);
    assert!(html.contains("fictional demo figures"));
    assert!(html.contains("<svg"), "the chart");
}

/// A shelter of `org` with capacity figures `(unit, maximum, expires in days)`.
async fn shelter(
    app: &TestApp,
    org: i32,
    status: &str,
    funded_until: Option<chrono::NaiveDate>,
    figures: &[(&str, i32, i64)],
) -> i32 {
    use sea_orm::{ActiveModelTrait, Set};
    let t = roundtable::db::now();
    let today = fg::today();
    let id = crate::pathways::service(app, org, &format!("Shelter {org} {status}"), |s| {
        s.funded_until = Set(funded_until);
        s.status = Set(status.into());
        s.status_notice = Set(if status == "suspended" {
            "Paused".into()
        } else {
            String::new()
        });
    })
    .await;
    for (unit, max, expires_in) in figures {
        entity::service_capacity::ActiveModel {
            service_id: Set(id),
            unit: Set(unit.to_string()),
            maximum: Set(Some(*max)),
            funded: Set(None),
            available: Set(Some(1)),
            band: Set("limited".into()),
            target_group: Set(String::new()),
            as_of: Set(today - chrono::Duration::days(100)),
            expires_on: Set(today + chrono::Duration::days(*expires_in)),
            updated_by: Set(None),
            version: Set(1),
            updated_at: Set(t),
            ..Default::default()
        }
        .insert(&app.db)
        .await
        .expect("capacity");
    }
    id
}

/// Saves a month's counts for a member's organization through the API (a first report).
async fn put_sheet(app: &TestApp, user: i32, kind: &str, body: Value) {
    let token = app.token_for(user).await;
    let url = app.url(&format!("/api/v1/figures/{}/{kind}", last_month().code()));
    let put = reqwest::Client::new()
        .put(&url)
        .bearer_auth(token)
        .header("If-Match", "\"0\"")
        .json(&body)
        .send()
        .await
        .unwrap();
    assert_eq!(put.status(), 200, "{}", put.text().await.unwrap());
}

async fn api_report(app: &TestApp, user: i32) -> Value {
    reqwest::Client::new()
        .get(app.url(&format!("/api/v1/figures?quarter={}", last_month().quarter().code())))
        .bearer_auth(app.token_for(user).await)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

async fn csv_report(app: &TestApp, c: &reqwest::Client) -> String {
    c.get(app.url(&format!(
        "/figures/export.csv?quarter={}",
        last_month().quarter().code()
    )))
    .send()
    .await
    .unwrap()
    .text()
    .await
    .unwrap()
}

#[tokio::test]
async fn occupancy_is_bed_nights_against_beds_and_never_shows_a_hidden_figure() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let serbia_member = app
        .user("other-member@example.org", Role::Member, Some(c.other_org))
        .await;
    let me_org = app.org("Third Org", "ME").await;
    let me_member = app.user("me-member@example.org", Role::Member, Some(me_org)).await;
    // Albania: 460 bed-nights, 10 beds confirmed (an expired figure of 50 and a closed
    // shelter's 20 do not count). Serbia: 3 bed-nights (hidden), Montenegro 7 (hidden too, or
    // the column total would give the 3 away), each with beds.
    shelter(&app, c.own_org, "active", None, &[("beds", 10, 30), ("beds", 50, -1)]).await;
    shelter(&app, c.own_org, "closed", None, &[("beds", 20, 30)]).await;
    shelter(&app, c.other_org, "active", None, &[("beds", 6, 30)]).await;
    shelter(&app, me_org, "active", None, &[("beds", 4, 30), ("places", 9, 30)]).await;
    put_sheet(&app, c.member, "shelter", json!({"counts": {"bed_nights": 460}})).await;
    put_sheet(&app, serbia_member, "shelter", json!({"counts": {"bed_nights": 3}})).await;
    put_sheet(&app, me_member, "shelter", json!({"counts": {"bed_nights": 7}})).await;

    let days: i64 = last_month()
        .quarter()
        .months()
        .iter()
        .map(|m| (m.next().first_day() - m.first_day()).num_days())
        .sum();
    let rate = |nights: f64, beds: f64| {
        format!(
            "{}%",
            roundtable::i18n::numbers::format_fixed("en", nights * 100.0 / (beds * days as f64), 1)
        )
    };
    let observer = app.login("observer@example.org").await;
    let (status, html) = app.page(&observer, &report_path()).await;
    assert_eq!(status, 200);
    let rows = table(&html, "occupancy");
    assert_eq!(
        row(&rows, "Albania")[1..],
        ["460", "10", rate(460.0, 10.0).as_str()],
        "{rows:?}"
    );
    assert_eq!(row(&rows, "Serbia")[1..], ["<5", "6", "not shown"], "{rows:?}");
    assert_eq!(
        row(&rows, "Montenegro")[1..],
        ["<5", "4", "not shown"],
        "the 7 is hidden, and so is its rate: {rows:?}"
    );
    assert_eq!(row(&rows, "Total")[1..], ["470", "20", rate(470.0, 20.0).as_str()]);
    assert!(!rows.iter().flatten().any(|c| c == "7" || c == "3"), "{rows:?}");
    assert!(html.contains("aria-labelledby=\"chart-occupancy\""), "a chart");
    assert!(html.contains(&format!("{days} days of the quarter")));
    // The observer sees country-level figures only.
    assert!(!html.contains("id=\"t-own\""));

    let csv = csv_report(&app, &observer).await;
    let caption = "Occupancy: bed-nights against beds";
    assert!(csv.contains(&format!("{caption},Albania,Beds,10")), "{csv}");
    assert!(csv.contains(&format!("{caption},Montenegro,Bed-nights,<5")), "{csv}");
    assert!(
        csv.contains(&format!("{caption},Montenegro,Occupancy,not shown")),
        "{csv}"
    );

    let api = api_report(&app, c.observer).await;
    let occ = &api["occupancy"];
    assert_eq!(occ["days"], json!(days));
    let of = |code: &str| {
        occ["rows"]
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["country"] == code)
            .cloned()
            .unwrap()
    };
    assert_eq!(of("AL")["bed_nights"], json!(460));
    assert_eq!(of("AL")["beds"], json!(10));
    let expected = (460.0 * 100.0 / (10.0 * days as f64) * 10.0f64).round() / 10.0;
    assert_eq!(of("AL")["percent"], json!(expected));
    assert_eq!(of("ME")["bed_nights"], json!("<5"));
    assert_eq!(of("ME")["percent"], Value::Null);
    assert_eq!(occ["total"]["beds"], json!(20));
}

#[tokio::test]
async fn capacity_at_risk_lists_funding_that_ends_within_six_months() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let today = fg::today();
    let next_month = today + chrono::Duration::days(30);
    shelter(
        &app,
        c.own_org,
        "active",
        Some(next_month),
        &[("beds", 12, 60), ("persons_month", 30, 60), ("beds", 40, -2)],
    )
    .await;
    shelter(
        &app,
        c.own_org,
        "suspended",
        Some(today + chrono::Duration::days(90)),
        &[("beds", 5, 60)],
    )
    .await;
    shelter(
        &app,
        c.other_org,
        "active",
        Some(today + chrono::Duration::days(730)),
        &[("beds", 99, 60)],
    )
    .await;
    shelter(&app, c.other_org, "closed", Some(next_month), &[("beds", 77, 60)]).await;

    let observer = app.login("observer@example.org").await;
    let (_, html) = app.page(&observer, &report_path()).await;
    let rows = table(&html, "at-risk");
    assert_eq!(rows.len(), 2, "a header and one row: {rows:?}");
    let date = roundtable::i18n::dates::date("en", next_month);
    assert_eq!(
        row(&rows, "Albania: Shelter")[1..],
        ["2", "Beds: 17; Persons per month: 30", date.as_str()],
        "two services, the expired figure left out: {rows:?}"
    );
    assert!(!html.contains("Serbia: Shelter"), "funded for two years, or closed");

    let csv = csv_report(&app, &observer).await;
    assert!(
        csv.lines()
            .any(|l| l.contains("Albania: Shelter,Capacity,Beds: 17; Persons per month: 30")),
        "{csv}"
    );
    let api = api_report(&app, c.observer).await;
    let risk = api["capacity_at_risk"].as_array().unwrap();
    assert_eq!(risk.len(), 1, "{risk:?}");
    assert_eq!(risk[0]["country"], "AL");
    assert_eq!(risk[0]["kind"], "shelter");
    assert_eq!(risk[0]["services"], 2);
    assert_eq!(risk[0]["capacity"], json!({"beds": 17, "persons_month": 30}));
    assert_eq!(risk[0]["earliest_funded_until"], json!(next_month.to_string()));
}

#[tokio::test]
async fn breakdowns_are_reported_with_small_numbers_and_a_complementary_cell_hidden() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let serbia_member = app
        .user("other-member@example.org", Role::Member, Some(c.other_org))
        .await;
    put_sheet(
        &app,
        c.member,
        "shelter",
        json!({"breakdown": "sex", "counts": {"new_female": 12, "new_male": 3, "ongoing_female": 6}}),
    )
    .await;
    put_sheet(
        &app,
        serbia_member,
        "legal_aid",
        json!({"breakdown": "sex", "counts": {"new_female": 20, "new_male": 9}}),
    )
    .await;
    put_sheet(
        &app,
        serbia_member,
        "shelter",
        json!({"breakdown": "age", "counts": {"new_child": 8}}),
    )
    .await;

    let observer = app.login("observer@example.org").await;
    let (_, html) = app.page(&observer, &report_path()).await;
    let rows = table(&html, "breakdown-sex-new");
    assert_eq!(rows[0][1..], ["Women and girls", "Men and boys", "Another gender"]);
    assert_eq!(row(&rows, "Albania")[1..], ["12", "<5", "0"], "{rows:?}");
    assert_eq!(
        row(&rows, "Serbia")[1..],
        ["20", "<5", "0"],
        "the 9 is hidden, or the total would give the 3 away: {rows:?}"
    );
    assert_eq!(row(&rows, "Total")[1..], ["32", "12", "0"]);
    assert!(html.contains("Reported by 2 organizations this quarter."));
    assert!(
        html.contains("Reported by one organization this quarter."),
        "the age breakdown"
    );
    let age = table(&html, "breakdown-age-new");
    assert_eq!(row(&age, "Serbia")[1..], ["8", "0"]);

    let csv = csv_report(&app, &observer).await;
    assert!(csv.contains("By sex: Newly assisted,Serbia,Men and boys,<5"), "{csv}");
    assert!(
        csv.contains("By sex: Newly assisted,Albania,Women and girls,12"),
        "{csv}"
    );
    assert!(!csv.contains(",Men and boys,9"));

    let api = api_report(&app, c.observer).await;
    let sex = api["breakdowns"]
        .as_array()
        .unwrap()
        .iter()
        .find(|b| b["breakdown"] == "sex")
        .cloned()
        .unwrap();
    assert_eq!(sex["organizations"], 2);
    let al = sex["new"]["rows"]
        .as_array()
        .unwrap()
        .iter()
        .position(|r| r == "AL")
        .unwrap();
    assert_eq!(sex["new"]["columns"], json!(["female", "male", "other"]));
    assert_eq!(sex["new"]["cells"][al], json!([12, "<5", 0]));
    assert_eq!(sex["new"]["column_totals"], json!([32, 12, 0]));
    assert_eq!(sex["ongoing"]["cells"][al][0], json!(6));

    // The own organization's exact figures stay its own: observers see country-level only.
    assert!(!html.contains("id=\"t-own\""));
    let (_, own) = app.page(&app.login("member@example.org").await, &report_path()).await;
    assert!(own.contains("id=\"t-own\""));
}

#[tokio::test]
async fn counts_are_written_in_the_readers_language() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    put_sheet(
        &app,
        c.member,
        "shelter",
        json!({"counts": {"received": 1234, "new_all": 2050}}),
    )
    .await;
    let observer = app.login("observer@example.org").await;
    let (_, en) = app.page(&observer, &report_path()).await;
    let albania = row(&table(&en, "by-country"), "Albania").clone();
    assert_eq!(albania[1], "1,234", "{albania:?}");
    assert_eq!(albania[3], "2,050");
    assert!(en.contains(">2,050</text>"), "the chart too");
    assert!(!en.contains(">1234<"));

    use sea_orm::{ActiveModelTrait, IntoActiveModel, Set};
    let u = entity::user::Entity::find_by_id(c.observer)
        .one(&app.db)
        .await
        .unwrap()
        .unwrap();
    let mut am = u.into_active_model();
    am.language = Set("hr".into());
    am.update(&app.db).await.unwrap();
    let (_, hr) = app.page(&observer, &report_path()).await;
    assert!(hr.contains("<html lang=\"hr\""));
    let albania = row(&table(&hr, "by-country"), "Albanija").clone();
    assert_eq!(albania[1], "1.234", "{albania:?}");
    assert_eq!(albania[3], "2.050");
    // The CSV keeps plain digits for spreadsheets.
    let csv = csv_report(&app, &observer).await;
    assert!(csv.contains(",1234"), "{csv}");
    assert!(!csv.contains("1.234"));
}

/// The quarterly report sums the country totals each save keeps in step: eight organizations of
/// one country saving the same month at the same moment all count, and an organization that
/// moves to another country takes its figures with it.
#[tokio::test]
async fn country_totals_follow_concurrent_saves_and_an_organization_that_moves() {
    let app = spawn_app().await;
    cast(&app).await;
    let mut orgs = vec![];
    for i in 0..8 {
        orgs.push(app.org(&format!("Albanian Org {i}"), "AL").await);
    }
    let month = last_month();
    let saves = orgs.iter().map(|org| {
        let db = app.db.clone();
        let org = *org;
        async move {
            let key = SheetKey {
                organization_id: org,
                month,
                service_code: "shelter".into(),
            };
            let input = FigureInput {
                breakdown: "none".into(),
                counts: [("received".to_string(), 7i64), ("sent_ME".to_string(), 6)]
                    .into_iter()
                    .collect(),
            };
            let actor = fg::Actor {
                user_id: None,
                name: "Test".into(),
            };
            fg::save(&db, &key, &input, 0, &actor, fg::today()).await
        }
    });
    for saved in futures_util::future::join_all(saves).await {
        saved.unwrap();
    }
    assert_eq!(fg::totals::drift(&app.db).await.unwrap(), 0);
    let observer = app.login("observer@example.org").await;
    let (_, html) = app.page(&observer, &report_path()).await;
    let rows = table(&html, "by-country");
    assert_eq!(row(&rows, "Albania")[1], "56", "{rows:?}");

    // The secretariat moves one of them to Montenegro on the directory's form.
    let sec = app.login("sec@example.org").await;
    let (status, form) = app.page(&sec, &format!("/organizations/{}/edit", orgs[0])).await;
    assert_eq!(status, 200);
    let action = format!("/organizations/{}", orgs[0]);
    let mut fields = form_fields(&form, &action);
    crate::helpers::set_field(&mut fields, "country", "ME");
    let res = sec.post(app.url(&action)).form(&fields).send().await.unwrap();
    assert_eq!(res.status(), 303);
    assert_eq!(fg::totals::drift(&app.db).await.unwrap(), 0);
    let (_, html) = app.page(&observer, &report_path()).await;
    let rows = table(&html, "by-country");
    assert_eq!(row(&rows, "Albania")[1], "49", "{rows:?}");
    assert_eq!(row(&rows, "Montenegro")[1], "7", "{rows:?}");
}
