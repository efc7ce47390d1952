use crate::helpers::{cast, spawn_app};

fn org_fields<'a>(name: &'a str, country: &'a str, email: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("name", name),
        ("acronym", "TST"),
        ("country", country),
        ("kind", "cso"),
        ("membership_status", "member"),
        ("email", email),
        ("service", "shelter"),
        ("capacity_shelter", "12 shelter places, women and children"),
        ("description", "Typed description that must survive a failed save"),
    ]
}

#[tokio::test]
async fn secretariat_creates_an_organization_and_sees_it_in_the_directory() {
    let app = spawn_app().await;
    cast(&app).await;
    let c = app.login("sec@example.org").await;
    let res = app
        .post_form(
            &c,
            "/organizations",
            &org_fields("Qendra Tiranë", "XK", "info@qendra.example.org"),
        )
        .await;
    assert_eq!(res.status(), 303);
    let loc = res.headers()["location"].to_str().unwrap().to_string();
    let page = c.get(app.url(&loc)).send().await.unwrap().text().await.unwrap();
    assert!(page.contains("Qendra Tiranë"));
    assert!(page.contains("12 shelter places, women and children"));
    assert!(page.contains("Kosovo*"));
    assert!(page.contains("This designation is without prejudice to positions on status"));
    let list = c
        .get(app.url("/directory?country=XK&service=shelter"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(list.contains("Qendra Tiranë"));
    let none = c
        .get(app.url("/directory?country=RS&q=qendra"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!none.contains("Qendra Tiranë"));
}

async fn assert_rejected(field_values: Vec<(&str, &str)>, field: &str, message: &str) {
    let app = spawn_app().await;
    cast(&app).await;
    let before = app.org_count().await;
    let c = app.login("sec@example.org").await;
    let res = app.post_form(&c, "/organizations", &field_values).await;
    assert_eq!(res.status(), 422, "{field} should be refused");
    let page = res.text().await.unwrap();
    assert!(page.contains(message), "message for {field}: {message}");
    assert!(
        page.contains(&format!("id=\"e-{field}\"")) || field == "services",
        "error is tied to the field"
    );
    assert!(
        page.contains("Typed description that must survive a failed save"),
        "typed values are kept"
    );
    assert_eq!(app.org_count().await, before, "nothing saved");
}

#[tokio::test]
async fn empty_name_is_refused_with_422_and_keeps_what_was_typed() {
    assert_rejected(org_fields("", "AL", ""), "name", "This field is required.").await;
}

#[tokio::test]
async fn ten_thousand_character_name_is_refused() {
    let long = "x".repeat(10_000);
    assert_rejected(org_fields(&long, "AL", ""), "name", "This is too long").await;
}

#[tokio::test]
async fn malformed_email_is_refused() {
    assert_rejected(
        org_fields("Good Name", "AL", "not-an-email"),
        "email",
        "Enter an email address",
    )
    .await;
}

#[tokio::test]
async fn unknown_country_is_refused() {
    assert_rejected(
        org_fields("Good Name", "ZZ", ""),
        "country",
        "Choose a country from the list.",
    )
    .await;
}

#[tokio::test]
async fn header_injection_in_a_name_is_refused() {
    assert_rejected(
        org_fields("Evil\r\nBcc: x@example.org", "AL", ""),
        "name",
        "Use a single line.",
    )
    .await;
}

#[tokio::test]
async fn missing_form_csrf_token_is_rejected_and_nothing_is_saved() {
    let app = spawn_app().await;
    cast(&app).await;
    let before = app.org_count().await;
    let c = app.login("sec@example.org").await;
    let res = c
        .post(app.url("/organizations"))
        .form(&org_fields("No Token", "AL", ""))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 403);
    let mut with_bad = org_fields("Bad Token", "AL", "");
    with_bad.push(("_csrf", "forged-token-value"));
    let res = c.post(app.url("/organizations")).form(&with_bad).send().await.unwrap();
    assert_eq!(res.status(), 403);
    assert_eq!(app.org_count().await, before);
}

#[tokio::test]
async fn member_edits_own_organization_and_adds_a_person() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let c = app.login("member@example.org").await;
    let edit = c
        .get(app.url(&format!("/organizations/{}/edit", cast.own_org)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(edit.contains("value=\"Own Org\""), "the form is prefilled");
    let version = crate::helpers::hidden_from(&edit, "version").unwrap();
    let mut fields = org_fields("Own Org Renamed", "AL", "");
    fields.push(("version", version.as_str()));
    let res = app
        .post_form(&c, &format!("/organizations/{}", cast.own_org), &fields)
        .await;
    assert_eq!(res.status(), 303);
    let res = app
        .post_form(
            &c,
            &format!("/organizations/{}/people", cast.own_org),
            &[
                ("name", "Đorđe Petrović"),
                ("title", "Case manager"),
                ("email", "dp@example.org"),
                ("network_role", "focal_point"),
            ],
        )
        .await;
    assert_eq!(res.status(), 303);
    let page = c
        .get(app.url(&format!("/organizations/{}", cast.own_org)))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Own Org Renamed") && page.contains("Đorđe Petrović"));
}

#[tokio::test]
async fn directory_pages_and_csv_export_follow_the_filters() {
    let app = spawn_app().await;
    cast(&app).await;
    for i in 0..30 {
        app.org(&format!("Paged Org {i:02}"), "ME").await;
    }
    app.org("=HYPERLINK(\"http://evil\")", "ME").await;
    let c = app.login("observer@example.org").await;
    let p1 = c
        .get(app.url("/directory?country=ME"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(p1.contains("Page 1 of 2") && p1.contains("31 results"));
    // handlebars escapes `=` and `&` in attributes; browsers decode them.
    assert!(
        p1.contains("href=\"/directory?country&#x3D;ME&amp;page&#x3D;2\""),
        "next-page link keeps the filter"
    );
    let p2 = c
        .get(app.url("/directory?country=ME&page=2"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(p2.contains("Page 2 of 2"));
    let csv = c.get(app.url("/directory/export.csv?country=ME")).send().await.unwrap();
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let body = csv.text().await.unwrap();
    assert_eq!(
        body.lines().count(),
        1 + 31,
        "header and every matching organization, not one page"
    );
    assert!(body.contains("'=HYPERLINK"), "formula cells are neutralised");
    assert!(!body.contains("Own Org"), "filter applies to the export");
}

/// The directory's service map is the services' map now (capacity and coverage gaps, see
/// `service_map.rs`): the catalogue services of the organizations (`organization_service`) and
/// their free-text capacity notes are no longer shown there.
#[tokio::test]
async fn the_service_map_shows_capacity_and_gaps_not_the_old_capacity_notes() {
    let app = spawn_app().await;
    cast(&app).await; // both cast organizations offer shelter (helpers::org), "10 places"
    let c = app.login("observer@example.org").await;
    let directory = c.get(app.url("/directory")).send().await.unwrap().text().await.unwrap();
    assert!(
        directory.contains("href=\"/directory/services\""),
        "the directory links to the map"
    );
    let page = c
        .get(app.url("/directory/services"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Capacity by country") && page.contains("Coverage gaps"));
    assert!(page.contains("<th scope=\"row\">Shelter</th>"));
    assert!(
        !page.contains("Own Org") && !page.contains("10 places"),
        "the old map is retired"
    );
    assert!(page.contains("Kosovo*") && page.contains("This designation is without prejudice"));
}

#[tokio::test]
async fn archived_organizations_leave_the_default_list() {
    let app = spawn_app().await;
    let cast = cast(&app).await;
    let c = app.login("sec@example.org").await;
    let archive = format!("/organizations/{}/archive", cast.other_org);
    let res = app.post_form(&c, &archive, &[("archived", "1")]).await;
    assert_eq!(res.status(), 303);
    assert_eq!(res.headers()["location"], archive.as_str(), "archiving asks first");
    let question = c.get(app.url(&archive)).send().await.unwrap().text().await.unwrap();
    assert!(question.contains("Archive Other Org?") && question.contains("restore"));
    let list = c.get(app.url("/directory")).send().await.unwrap().text().await.unwrap();
    assert!(list.contains("Other Org"), "not archived before the answer");
    let res = app
        .post_form(&c, &archive, &[("archived", "1"), ("confirmed", "1")])
        .await;
    assert_eq!(res.status(), 303);
    let list = c.get(app.url("/directory")).send().await.unwrap().text().await.unwrap();
    assert!(!list.contains("Other Org"));
    let with = c
        .get(app.url("/directory?archived=1"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(with.contains("Other Org"));
}
