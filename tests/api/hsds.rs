//! Exchange with other directories: the services as an HSDS tabular data package and as HSDS
//! JSON, read back as a receiving directory would. A shelter's street address never leaves.

use std::collections::HashMap;
use std::io::{Cursor, Read};

use chrono::{Duration, Utc};
use sea_orm::{ActiveModelTrait, Set};
use serde_json::Value;

use crate::helpers::{TestApp, cast};

pub(crate) const SECRET_STREET: &str = "Rruga e Fshehtë 12";

pub(crate) async fn service(app: &TestApp, org: i32, kind: &str, name: &str, confidential: bool) -> i32 {
    let now = Utc::now();
    entity::service::ActiveModel {
        organization_id: Set(org),
        kind: Set(kind.into()),
        name: Set(name.into()),
        description: Set(format!("{name} (fictional)")),
        modes: Set("on_site".into()),
        countries: Set("AL".into()),
        areas: Set("Tirana, Durrës".into()),
        age_min: Set(Some(18)),
        age_max: Set(None),
        genders: Set("male".into()),
        target_groups: Set("adults,third_country_nationals".into()),
        identification: Set("presumed".into()),
        languages: Set("sq,en,ur".into()),
        interpretation: Set(true),
        referral: Set("referral".into()),
        intake_steps: Set("Call the intake line first.".into()),
        hours: Set(String::new()),
        open_24_7: Set(true),
        confidential_location: Set(confidential),
        address: Set(if confidential {
            SECRET_STREET.into()
        } else {
            "Bulevardi Zogu I 5".into()
        }),
        city: Set("Tirana".into()),
        funding_source: Set("Fictional fund".into()),
        funded_until: Set(None),
        status: Set("active".into()),
        status_notice: Set(String::new()),
        verified_on: Set(Some(now.date_naive())),
        verified_by: Set(None),
        version: Set(1),
        created_at: Set(now),
        updated_at: Set(now),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap()
    .id
}

async fn capacity(app: &TestApp, service_id: i32, available: i32, expires_in_days: i64) {
    let today = Utc::now().date_naive();
    entity::service_capacity::ActiveModel {
        service_id: Set(service_id),
        unit: Set("beds".into()),
        maximum: Set(Some(10)),
        funded: Set(Some(8)),
        available: Set(Some(available)),
        band: Set("limited".into()),
        target_group: Set(String::new()),
        as_of: Set(today - Duration::days(3)),
        expires_on: Set(today + Duration::days(expires_in_days)),
        updated_by: Set(None),
        version: Set(1),
        updated_at: Set(Utc::now()),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();
}

/// Every file of a ZIP by name.
fn unzip(bytes: &[u8]) -> HashMap<String, String> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).expect("a ZIP file");
    let mut out = HashMap::new();
    for i in 0..zip.len() {
        let mut f = zip.by_index(i).unwrap();
        let mut text = String::new();
        f.read_to_string(&mut text).unwrap();
        out.insert(f.name().unwrap().to_string(), text);
    }
    out
}

/// A CSV file as rows of (header -> cell).
fn rows(csv_text: &str) -> Vec<HashMap<String, String>> {
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = r.headers().unwrap().clone();
    r.records()
        .map(|rec| {
            let rec = rec.unwrap();
            headers
                .iter()
                .zip(rec.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

#[tokio::test]
async fn the_services_leave_as_an_hsds_data_package_without_a_shelters_address() {
    let app = crate::helpers::spawn_app().await;
    let c = cast(&app).await;
    let shelter = service(&app, c.own_org, "shelter", "Safe house for men", true).await;
    let office = service(&app, c.own_org, "legal_aid", "Legal aid desk", false).await;
    capacity(&app, shelter, 3, 30).await;
    capacity(&app, office, 7, -1).await; // expired yesterday: not exchanged
    entity::service_contact::ActiveModel {
        service_id: Set(shelter),
        role: Set("Intake coordinator".into()),
        phone: Set("+355 4 000 0000".into()),
        email: Set("intake@example.org".into()),
        languages: Set("sq,en".into()),
        available_24_7: Set(true),
        sort_order: Set(0),
        ..Default::default()
    }
    .insert(&app.db)
    .await
    .unwrap();

    let member = app.login("member@example.org").await;
    let res = member.get(app.url("/directory/hsds.zip")).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert_eq!(res.headers()["content-type"], "application/zip");
    let files = unzip(&res.bytes().await.unwrap());

    // The descriptor names every table and its file, as HSDS's tabular form has them.
    let descriptor: Value = serde_json::from_str(&files["datapackage.json"]).unwrap();
    assert_eq!(descriptor["profile"], "tabular-data-package");
    let paths: Vec<&str> = descriptor["resources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["path"].as_str().unwrap())
        .collect();
    for want in [
        "organizations.csv",
        "services.csv",
        "locations.csv",
        "service_at_location.csv",
        "phones.csv",
        "contacts.csv",
        "schedules.csv",
        "languages.csv",
        "service_areas.csv",
        "service_capacity.csv",
        "units.csv",
    ] {
        assert!(paths.contains(&want), "{want} in {paths:?}");
        assert!(files.contains_key(want), "{want} in the ZIP");
    }

    // Nothing names the shelter's street, in any file.
    for (name, text) in &files {
        assert!(!text.contains(SECRET_STREET), "{name} holds the confidential address");
    }
    let services = rows(&files["services.csv"]);
    assert_eq!(services.len(), 2);
    let s = services.iter().find(|s| s["name"] == "Safe house for men").unwrap();
    assert_eq!(s["status"], "active");
    assert_eq!(s["minimum_age"], "18");
    let locations = rows(&files["locations.csv"]);
    let redacted: Vec<_> = locations.iter().filter(|l| l["location_type"] == "redacted").collect();
    assert_eq!(redacted.len(), 1, "{locations:?}");
    assert_eq!(redacted[0]["name"], "Tirana");
    assert!(redacted[0]["latitude"].is_empty() && redacted[0]["longitude"].is_empty());
    let addresses = rows(&files["addresses.csv"]);
    let shelter_address = addresses
        .iter()
        .find(|a| a["location_id"] == redacted[0]["id"])
        .unwrap();
    assert_eq!(
        (shelter_address["address_1"].as_str(), shelter_address["city"].as_str()),
        ("", "Tirana")
    );
    assert!(
        addresses.iter().any(|a| a["address_1"] == "Bulevardi Zogu I 5"),
        "an office's address is shared"
    );

    // Links hold: the service's location, its phone, its languages, its capacity in beds.
    let sal = rows(&files["service_at_location.csv"]);
    assert!(
        sal.iter()
            .any(|x| x["service_id"] == s["id"] && x["location_id"] == redacted[0]["id"])
    );
    let phones = rows(&files["phones.csv"]);
    assert_eq!(phones.len(), 1);
    assert_eq!(
        (phones[0]["service_id"].as_str(), phones[0]["number"].as_str()),
        (s["id"].as_str(), "+355 4 000 0000")
    );
    let languages = rows(&files["languages.csv"]);
    assert!(
        languages
            .iter()
            .any(|l| l["service_id"] == s["id"] && l["code"] == "ur")
    );
    let caps = rows(&files["service_capacity.csv"]);
    assert_eq!(caps.len(), 1, "the expired figure is not exchanged: {caps:?}");
    assert_eq!(
        (caps[0]["available"].as_str(), caps[0]["maximum"].as_str()),
        ("3", "10")
    );
    let units = rows(&files["units.csv"]);
    assert!(
        units
            .iter()
            .any(|u| u["id"] == caps[0]["unit_id"] && u["identifier"] == "beds")
    );
    let schedules = rows(&files["schedules.csv"]);
    assert!(
        schedules
            .iter()
            .any(|x| x["service_id"] == s["id"] && x["byday"] == "MO,TU,WE,TH,FR,SA,SU")
    );

    // The same identifiers in the next export: a receiving directory updates, not duplicates.
    let again = unzip(
        &member
            .get(app.url("/directory/hsds.zip"))
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap(),
    );
    assert_eq!(rows(&again["services.csv"])[0]["id"], services[0]["id"]);

    // An observer gets the package without the places available now.
    let observer = app.login("observer@example.org").await;
    let files = unzip(
        &observer
            .get(app.url("/directory/hsds.zip"))
            .send()
            .await
            .unwrap()
            .bytes()
            .await
            .unwrap(),
    );
    let caps = rows(&files["service_capacity.csv"]);
    assert_eq!((caps[0]["available"].as_str(), caps[0]["maximum"].as_str()), ("", "10"));
    let _ = c;
}

#[tokio::test]
async fn the_api_gives_hsds_json_with_everything_inside_each_service() {
    let app = crate::helpers::spawn_app().await;
    let c = cast(&app).await;
    let shelter = service(&app, c.own_org, "shelter", "Safe house for men", true).await;
    capacity(&app, shelter, 2, 10).await;
    let token = app.token_for(c.member).await;
    let res = crate::helpers::client()
        .get(app.url("/api/v1/hsds/services"))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let text = res.text().await.unwrap();
    assert!(!text.contains(SECRET_STREET));
    let body: Value = serde_json::from_str(&text).unwrap();
    let s = &body.as_array().unwrap()[0];
    assert_eq!(s["name"], "Safe house for men");
    assert_eq!(s["organization"]["name"], "Own Org");
    let location = &s["service_at_locations"][0]["location"];
    assert_eq!(location["location_type"], "redacted");
    assert_eq!(location["addresses"][0]["city"], "Tirana");
    assert!(location["addresses"][0].get("address_1").is_none());
    assert_eq!(s["capacities"][0]["available"], 2.0);
    assert_eq!(s["capacities"][0]["unit"]["identifier"], "beds");
    assert_eq!(s["attributes"][0]["taxonomy_term"]["code"], "shelter");
    assert_eq!(s["minimum_age"], 18.0);
    // The OpenAPI document lists both forms.
    let doc: Value = crate::helpers::client()
        .get(app.url("/api/v1/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(doc["paths"]["/api/v1/hsds/services"].is_object());
    assert!(doc["paths"]["/api/v1/hsds/datapackage.zip"].is_object());
}
