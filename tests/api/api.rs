use serde_json::{Value, json};

use crate::helpers::{cast, spawn_app};

#[tokio::test]
async fn openapi_document_describes_every_api_route() {
    let app = spawn_app().await;
    let doc: Value = reqwest::get(app.url("/api/v1/openapi.json"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
    for (method, path) in roundtable::routes::all() {
        if !path.starts_with("/api/v1/") || path.ends_with("openapi.json") {
            continue;
        }
        let op = &doc["paths"][path][method.as_str().to_lowercase()];
        assert!(op.is_object(), "{method} {path} is missing from the OpenAPI document");
    }
    for schema in ["OrganizationDto", "OrganizationFields", "PersonDto", "ErrorBody"] {
        assert!(doc["components"]["schemas"][schema].is_object(), "schema {schema}");
    }
    assert!(doc["components"]["securitySchemes"]["bearer"].is_object());
}

#[tokio::test]
async fn api_lists_filters_creates_and_updates_with_stable_errors() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let token = app.token_for(c.secretariat).await;
    let http = reqwest::Client::new();
    let list: Value = http
        .get(app.url("/api/v1/organizations?country=RS"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["name"], "Other Org");
    assert_eq!(list["items"][0]["services"][0]["code"], "shelter");

    let bad = http
        .post(app.url("/api/v1/organizations"))
        .bearer_auth(&token)
        .json(&json!({"name": "", "country": "ZZ", "kind": "cso", "membership_status": "member", "email": "nope"}))
        .send()
        .await
        .unwrap();
    assert_eq!(bad.status(), 422);
    let err: Value = bad.json().await.unwrap();
    assert_eq!(err["error"]["code"], "validation_failed");
    assert_eq!(err["error"]["fields"]["name"], "This field is required.");
    assert_eq!(err["error"]["fields"]["country"], "Choose a country from the list.");
    assert!(err["error"]["fields"]["email"].is_string());

    let created = http
        .post(app.url("/api/v1/organizations"))
        .bearer_auth(&token)
        .json(
            &json!({"name": "Drita", "country": "XK", "kind": "cso", "membership_status": "member",
            "services": [{"code": "legal_aid", "capacity_note": "two lawyers"}]}),
        )
        .send()
        .await
        .unwrap();
    assert_eq!(created.status(), 201);
    let org: Value = created.json().await.unwrap();
    assert_eq!(org["country_name"], "Kosovo*");
    let id = org["id"].as_i64().unwrap();

    let updated: Value = http
        .put(app.url(&format!("/api/v1/organizations/{id}")))
        .bearer_auth(&token)
        .header("If-Match", "\"1\"")
        .json(&json!({"name": "Drita Centre", "country": "XK", "kind": "cso", "membership_status": "observer"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(updated["name"], "Drita Centre");
    assert_eq!(updated["membership_status"], "observer");

    let missing = http
        .get(app.url("/api/v1/organizations/999999"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(missing.status(), 404);
    assert_eq!(missing.json::<Value>().await.unwrap()["error"]["code"], "not_found");

    let not_json = http
        .post(app.url("/api/v1/organizations"))
        .bearer_auth(&token)
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(not_json.status(), 400);
    assert_eq!(not_json.json::<Value>().await.unwrap()["error"]["code"], "bad_request");

    let nowhere = http
        .get(app.url("/api/v1/nowhere"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(nowhere.status(), 404);
    assert_eq!(nowhere.json::<Value>().await.unwrap()["error"]["status"], 404);
}

#[tokio::test]
async fn api_people_are_paged_and_filtered() {
    let app = spawn_app().await;
    let c = cast(&app).await;
    let token = app.token_for(c.member).await;
    let http = reqwest::Client::new();
    for i in 0..3 {
        let res = http
            .post(app.url("/api/v1/people"))
            .bearer_auth(&token)
            .json(&json!({"organization_id": c.own_org, "name": format!("Person {i}"), "network_role": "contact"}))
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
    }
    let list: Value = http
        .get(app.url(&format!("/api/v1/people?organization_id={}&q=person%201", c.own_org)))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(list["total"], 1);
    assert_eq!(list["items"][0]["name"], "Person 1");
    let anon = http.get(app.url("/api/v1/people")).send().await.unwrap();
    assert_eq!(anon.status(), 401);
    let bad_token = http
        .get(app.url("/api/v1/people"))
        .bearer_auth("rt_not_a_real_token_at_all_12345")
        .send()
        .await
        .unwrap();
    assert_eq!(bad_token.status(), 401);
}
