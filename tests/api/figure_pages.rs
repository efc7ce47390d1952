//! Figures where the roundtable reads them outside the figures pages: the post-meeting report's
//! "Figures for the roundtable" (the quarter before the meeting, suppressed, never for a
//! visitor) and the dashboard (a member's sheets of last month and services to confirm; the
//! network's quarter for the secretariat and observers, with no organization's figures).

use chrono::{Duration, Months};
use roundtable::services::figures::Month;

use crate::figures::{last_month, row, sheet_path, submit, table};
use crate::freshness::service;
use crate::helpers::{TestApp, cast, client, decode_entities, spawn_app};

/// A page as its reader gets it, with the characters the templates escape (`'`, `=`) decoded.
async fn page(app: &TestApp, c: &reqwest::Client, path: &str) -> (u16, String) {
    let (status, html) = app.page(c, path).await;
    (status, decode_entities(&html))
}

/// A published public meeting that starts two weeks into the quarter after last month's, so
/// that the quarter before it is the one holding last month.
async fn meeting(app: &TestApp) -> i32 {
    let after = last_month().quarter().months()[2].next().first_day() + Duration::days(14);
    crate::hostile::event_on(
        app,
        "Regional roundtable",
        "public",
        &after.format("%Y-%m-%d").to_string(),
    )
    .await
}

fn quarter_name() -> String {
    let q = last_month().quarter();
    format!("Q{} {}", q.q, q.year)
}

fn month_name(m: Month) -> String {
    roundtable::views::figures::month_label("en", m)
}

/// Albania's shelter reports last month: 3 received, 3 sent to Serbia and 20 to Montenegro,
/// 8 newly assisted, 2 declined for lack of capacity.
async fn albania_reports(app: &TestApp) {
    let member = app.login("member@example.org").await;
    let res = submit(
        app,
        &member,
        &sheet_path(last_month(), "shelter"),
        &[
            ("received", "3"),
            ("sent_RS", "3"),
            ("sent_ME", "20"),
            ("new_all", "8"),
            ("declined_no_capacity", "2"),
        ],
    )
    .await;
    assert_eq!(res.status(), 303);
}

#[tokio::test]
async fn the_report_shows_the_quarter_before_the_meeting_suppressed_and_nothing_to_a_visitor() {
    let app = spawn_app().await;
    cast(&app).await;
    albania_reports(&app).await;
    let event = meeting(&app).await;
    let path = format!("/events/{event}/report");
    let heading = format!("Figures for the roundtable: {}", quarter_name());

    for who in ["member@example.org", "sec@example.org", "observer@example.org"] {
        let c = app.login(who).await;
        let (status, html) = page(&app, &c, &path).await;
        assert_eq!(status, 200, "{who}");
        assert!(html.contains(&heading), "{who} sees the quarter before the meeting");
        assert!(
            html.contains("One organization reported figures for this quarter."),
            "{who}"
        );
        let rows = table(&html, "by-country");
        let albania = row(&rows, "Albania");
        assert_eq!(albania[1], "<5", "{who}: 3 received is shown as <5 ({albania:?})");
        assert_eq!(albania[3], "8", "{who}: 8 newly assisted");
        assert!(html.contains("<svg"), "{who}: the chart");
        assert!(
            html.contains("People newly assisted: <strong class=\"\">8</strong>"),
            "{who}"
        );
        // 2 declined for lack of capacity: "<5" in the headline as in the tables.
        assert!(
            html.contains("Referrals declined for lack of capacity: <strong class=\"suppressed\"><5</strong>"),
            "{who}"
        );
        assert!(html.contains(&format!("href=\"/figures?quarter={}\"", last_month().quarter().code())));
        assert!(!html.contains("id=\"t-own\""), "{who}: no organization's own figures");
        // Only the secretariat chooses the quarter.
        assert_eq!(
            html.contains("name=\"figures\""),
            who == "sec@example.org",
            "{who}: the quarter chooser"
        );
    }

    // The secretariat may show none, or another quarter; the download keeps the choice.
    let sec = app.login("sec@example.org").await;
    let (_, none) = page(&app, &sec, &format!("{path}?figures=none")).await;
    assert!(!none.contains("Figures for the roundtable:"));
    assert!(none.contains("figures=none"), "the download link keeps the choice");
    let (_, file) = page(&app, &sec, &format!("{path}?download=1&figures=none")).await;
    assert!(!file.contains("Figures for the roundtable:"));
    let (_, file) = page(&app, &sec, &format!("{path}?download=1")).await;
    assert!(file.contains(&heading), "the downloaded report has the figures");
    assert!(file.contains("table.figures td.num"), "with their styles");

    // A visitor (the meeting is public) sees no figures and no hint of them.
    let visitor = client();
    let res = visitor.get(app.url(&path)).send().await.unwrap();
    let status = res.status().as_u16();
    let body = res.text().await.unwrap();
    assert_ne!(status, 200);
    assert!(!body.contains("Figures for the roundtable"), "{body}");
    assert!(!body.contains("/figures"), "{body}");
}

#[tokio::test]
async fn a_members_dashboard_shows_a_missing_sheet_until_it_is_saved_and_services_to_confirm() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let today = roundtable::services::figures::today();
    let stale = service(&app, c.own_org, "Safe house Tirana", None, None, "active").await;
    let fresh = service(&app, c.own_org, "Help line", Some(today), None, "active").await;
    let member = app.login("member@example.org").await;
    let href = format!("href=\"{}\"", sheet_path(last_month(), "shelter"));

    let (status, html) = page(&app, &member, "/").await;
    assert_eq!(status, 200);
    assert!(html.contains(&format!("Your organization's figures for {}", month_name(last_month()))));
    let missing = &html[html.find("class=\"figures-missing\"").expect("a missing sheet")..];
    assert!(missing[..missing.find("</ul>").unwrap()].contains(&href), "{missing}");
    assert!(html.contains("Your services not confirmed for 60 days"));
    assert!(html.contains(&format!(
        "href=\"/services/{stale}\">Safe house Tirana</a> · Never confirmed"
    )));
    assert!(
        !html.contains(&format!("href=\"/services/{fresh}\"")),
        "confirmed today"
    );
    assert!(
        !html.contains("id=\"dashboard-network-figures\""),
        "no network card for a member"
    );

    albania_reports(&app).await;
    let (_, html) = page(&app, &member, "/").await;
    assert!(!html.contains("class=\"figures-missing\""), "nothing missing any more");
    assert!(html.contains("Every sheet of the month is reported."));
    let reported = &html[html.find("class=\"figures-reported\"").expect("reported")..];
    assert!(reported[..reported.find("</ul>").unwrap()].contains(&href));
}

#[tokio::test]
async fn the_secretariat_dashboard_counts_reporting_organizations_services_to_check_and_the_quarter() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let today = roundtable::services::figures::today();
    service(&app, c.own_org, "Never confirmed shelter", None, None, "active").await;
    service(
        &app,
        c.other_org,
        "Old shelter",
        Some(today - Duration::days(90)),
        None,
        "active",
    )
    .await;
    service(
        &app,
        c.other_org,
        "Funded shelter",
        Some(today),
        today.checked_add_months(Months::new(2)),
        "active",
    )
    .await;
    albania_reports(&app).await;
    let sec = app.login("sec@example.org").await;
    let (status, html) = page(&app, &sec, "/").await;
    assert_eq!(status, 200);
    assert!(
        html.contains(&format!(
            "Member organizations that reported figures for {}: 1 of 2.",
            month_name(last_month())
        )),
        "one of the two member organizations reported"
    );
    assert!(html.contains(&format!("The network in {}", quarter_name())));
    assert!(html.contains("People newly assisted: <strong class=\"\">8</strong>"));
    // 3 to Serbia and 20 to Montenegro: each hidden in the flow matrix, but Albania's total
    // (23) and its own country (0) are shown there, so the sum gives nothing away.
    assert!(html.contains("Referrals sent to another country: <strong class=\"\">23</strong>"));
    assert!(html.contains("Referrals declined for lack of capacity: <strong class=\"suppressed\"><5</strong>"));
    // The chart and its table version.
    assert!(html.contains("<svg"));
    let rows = table(&html, "assisted");
    assert_eq!(row(&rows, "Albania")[1], "8");
    assert_eq!(row(&rows, "Total")[1], "8");
    // Services to check: two not confirmed for 60 days, one whose funding ends in 2 months.
    assert!(
        html.contains("href=\"/services/review\">See all (2)</a>"),
        "unconfirmed"
    );
    assert!(
        html.contains("href=\"/services/review?list=funding\">See all (1)</a>"),
        "funding"
    );
    assert!(!html.contains("class=\"figures-missing\""), "no organization's sheets");
}

#[tokio::test]
async fn an_observer_sees_the_network_quarter_and_no_organizations_figures() {
    let app = spawn_app().await;
    cast(&app).await;
    albania_reports(&app).await;
    let observer = app.login("observer@example.org").await;
    let (status, html) = page(&app, &observer, "/").await;
    assert_eq!(status, 200);
    assert!(html.contains(&format!("The network in {}", quarter_name())));
    assert!(html.contains("People newly assisted: <strong class=\"\">8</strong>"));
    assert!(
        html.contains("Referrals declined for lack of capacity: <strong class=\"suppressed\"><5</strong>"),
        "small numbers suppressed"
    );
    for organization_level in [
        "/figures/report",
        "figures-missing",
        "figures-reported",
        "Member organizations that reported",
        "id=\"t-own\"",
        "Your services not confirmed",
    ] {
        assert!(!html.contains(organization_level), "{organization_level}");
    }
}
