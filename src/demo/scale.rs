//! Large synthetic data sets for `demo --scale N` and the benchmarks: organizations, events,
//! documents and register revisions.

use sea_orm::{DatabaseConnection, EntityTrait, Set};

use super::stage;
use crate::db::now;
use crate::error::AppError;
use crate::services::directory as dir;
use crate::services::documents as docs;
use entity::{organization, organization_service, person};

/// A bar of `len` steps, shown only with `progress`.
fn progress_bar(progress: bool, len: u64) -> indicatif::ProgressBar {
    if progress {
        indicatif::ProgressBar::new(len)
    } else {
        indicatif::ProgressBar::hidden()
    }
}

/// A [`progress_bar`] that counts `unit`s and says how long is left.
fn counting_bar(progress: bool, len: u64, unit: &str) -> indicatif::ProgressBar {
    let bar = progress_bar(progress, len);
    bar.set_style(
        indicatif::ProgressStyle::with_template(&format!("{{msg}} [{{bar:40}}] {{pos}}/{{len}} {unit} ({{eta}} left)"))
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

/// Inserts `n` synthetic organizations with three people each, in batches, with a progress bar.
pub async fn scale(db: &DatabaseConnection, n: u32, progress: bool) -> Result<(), AppError> {
    let countries = ["AL", "BA", "XK", "ME", "MK", "RS"];
    let services = dir::service_codes(db).await?;
    let bar = counting_bar(progress, n as u64, "organizations");
    bar.set_message("Generating synthetic data");
    let t = now();
    let batch = 200u32;
    let mut done = 0u32;
    while done < n {
        let size = batch.min(n - done);
        let txn = crate::db::begin_write(db).await?;
        for k in 0..size {
            let i = done + k;
            let org = organization::ActiveModel {
                name: Set(format!("Synthetic Organization {i:06} (benchmark)")),
                acronym: Set(Some(format!("SYN{i}"))),
                country_code: Set(countries[(i as usize) % countries.len()].to_string()),
                kind: Set(dir::ORG_KINDS[(i as usize) % dir::ORG_KINDS.len()].to_string()),
                membership_status: Set("member".into()),
                joined_on: Set(None),
                website: Set(None),
                email: Set(Some(format!("org{i}@synthetic.example.org"))),
                phone: Set(None),
                address: Set(None),
                description: Set(Some("Synthetic benchmark record (fictional).".into())),
                archived: Set(false),
                created_at: Set(t),
                updated_at: Set(t),
                ..Default::default()
            };
            let res = organization::Entity::insert(org).exec(&txn).await?;
            let id = res.last_insert_id;
            let svc: Vec<organization_service::ActiveModel> = (0..3)
                .map(|s| organization_service::ActiveModel {
                    organization_id: Set(id),
                    service_code: Set(services[(i as usize + s * 4) % services.len()].clone()),
                    capacity_note: Set(None),
                })
                .collect();
            let mut uniq = svc;
            uniq.dedup_by(|a, b| a.service_code == b.service_code);
            organization_service::Entity::insert_many(uniq).exec(&txn).await?;
            let people: Vec<person::ActiveModel> = (0..3)
                .map(|p| person::ActiveModel {
                    organization_id: Set(id),
                    name: Set(format!("Synthetic Person {i}-{p}")),
                    title: Set(None),
                    email: Set(Some(format!("p{p}.org{i}@synthetic.example.org"))),
                    phone: Set(None),
                    languages: Set(None),
                    network_role: Set(dir::NETWORK_ROLES[p % dir::NETWORK_ROLES.len()].to_string()),
                    archived: Set(false),
                    created_at: Set(t),
                    updated_at: Set(t),
                    ..Default::default()
                })
                .collect();
            person::Entity::insert_many(people).exec(&txn).await?;
        }
        txn.commit().await?;
        done += size;
        bar.set_position(done as u64);
    }
    bar.finish_with_message("Synthetic organizations generated");
    scale_events(db, n, progress).await?;
    scale_legal(db, n.min(300), 10, progress).await?;
    Ok(())
}

/// `n` synthetic documents for benchmarks, each with a paragraph of text from a fixed
/// vocabulary (so word frequencies are realistic) and one shared small file; then the search
/// index is rebuilt over everything.
pub async fn scale_documents(
    db: &DatabaseConnection,
    store: &dyn crate::storage::BlobStore,
    n: u32,
    progress: bool,
) -> Result<(), AppError> {
    use sea_orm::sea_query::OnConflict;
    let upload = stage(store, "synthetic.txt", b"Synthetic benchmark document (fictional).\n")?;
    store
        .put_file(&upload.sha256, &upload.staged)
        .await
        .map_err(|e| AppError::Internal(e.to_string()))?;
    let bar = progress_bar(progress, n as u64);
    bar.set_message("Generating documents");
    let mut rng = 0x2545_f491_4f6c_dd1du64;
    let mut next = move || {
        rng ^= rng << 13;
        rng ^= rng >> 7;
        rng ^= rng << 17;
        rng
    };
    let t = now();
    let mut done = 0u32;
    while done < n {
        let size = 500.min(n - done);
        let txn = crate::db::begin_write(db).await?;
        let mut docs_rows = vec![];
        for k in 0..size {
            let i = done + k;
            let ty = docs::TYPES[(i as usize) % docs::TYPES.len()];
            docs_rows.push(entity::document::ActiveModel {
                title: Set(format!(
                    "Synthetic {} {i} (benchmark)",
                    docs::type_label(crate::i18n::DEFAULT_LANGUAGE, ty).to_lowercase()
                )),
                doc_type: Set(ty.into()),
                description: Set(words(&mut next, 12)),
                languages: Set("en".into()),
                tags: Set(words(&mut next, 2).replace(' ', ", ")),
                visibility: Set(["network", "public", "network", "secretariat"][(i % 4) as usize].into()),
                owner_org_id: Set(None),
                lifecycle: Set(String::new()),
                supersedes_id: Set(None),
                variant_of_id: Set(None),
                variant_kind: Set(None),
                review_on: Set(None),
                review_notified_on: Set(None),
                archived: Set(false),
                current_version: Set(1),
                example: Set(true),
                created_by: Set(None),
                created_at: Set(t),
                updated_at: Set(t),
                ..Default::default()
            });
        }
        let first = entity::document::Entity::insert_many(docs_rows)
            .exec_with_returning_keys(&txn)
            .await?;
        let versions: Vec<entity::document_version::ActiveModel> = first
            .iter()
            .map(|id| entity::document_version::ActiveModel {
                document_id: Set(*id),
                number: Set(1),
                note: Set(String::new()),
                filename: Set("synthetic.txt".into()),
                mime: Set("text/plain".into()),
                kind: Set("txt".into()),
                size: Set(upload.size as i64),
                sha256: Set(upload.sha256.clone()),
                uploaded_by: Set(None),
                uploaded_by_name: Set("Benchmark".into()),
                created_at: Set(t),
                text_status: Set("done".into()),
                text_claimed_at: Set(None),
                text: Set(Some(words(&mut next, 150))),
                ..Default::default()
            })
            .collect();
        entity::document_version::Entity::insert_many(versions)
            .on_conflict(OnConflict::new().do_nothing().to_owned())
            .exec(&txn)
            .await?;
        txn.commit().await?;
        done += size;
        bar.set_position(done as u64);
    }
    bar.finish_with_message("Synthetic documents generated");
    let bar = if progress {
        indicatif::ProgressBar::new_spinner()
    } else {
        indicatif::ProgressBar::hidden()
    };
    let mut indexed = 0usize;
    crate::services::search::rebuild(db, &mut |kind, k| {
        indexed += k;
        bar.set_message(format!("Search index: {indexed} records ({})", kind.as_str()));
        bar.tick();
    })
    .await?;
    bar.finish_with_message(format!("Search index built: {indexed} records"));
    Ok(())
}

/// Words of the synthetic documents: a few hundred domain words and place names, picked with
/// a skewed distribution so some are common and most are rare.
const VOCABULARY: &[&str] = &[
    "shelter",
    "referral",
    "reintegration",
    "compensation",
    "residence",
    "permit",
    "reflection",
    "period",
    "identification",
    "assistance",
    "survivor",
    "guardian",
    "child",
    "lawyer",
    "court",
    "procedure",
    "prosecution",
    "victim",
    "trafficking",
    "labour",
    "exploitation",
    "border",
    "return",
    "return",
    "training",
    "police",
    "social",
    "worker",
    "medical",
    "psychological",
    "housing",
    "employment",
    "education",
    "funding",
    "donor",
    "ministry",
    "municipality",
    "network",
    "regional",
    "national",
    "coordinator",
    "rapporteur",
    "action",
    "plan",
    "data",
    "monitoring",
    "standard",
    "guideline",
    "tirane",
    "sarajevo",
    "prishtine",
    "podgorica",
    "skopje",
    "beograd",
    "shkoder",
    "mostar",
    "prizren",
    "niksic",
    "bitola",
    "nis",
    "durres",
    "tuzla",
    "peje",
    "bar",
    "ohrid",
    "novi",
    "sad",
    "elbasan",
    "banja",
    "luka",
    "gjakove",
    "kotor",
    "tetovo",
    "kragujevac",
    "vlore",
    "zenica",
    "mitrovice",
    "budva",
    "kumanovo",
    "subotica",
];

fn words(next: &mut impl FnMut() -> u64, n: usize) -> String {
    let mut out = Vec::with_capacity(n);
    for _ in 0..n {
        let r = next();
        // Half the words from the domain vocabulary (skewed), half synthetic rare words.
        if r.is_multiple_of(2) {
            let skew = ((r >> 8) % 1000) as f64 / 1000.0;
            let idx = ((skew * skew) * VOCABULARY.len() as f64) as usize;
            out.push(VOCABULARY[idx.min(VOCABULARY.len() - 1)].to_string());
        } else {
            out.push(format!("w{}", (r >> 16) % 20_000));
        }
    }
    out.join(" ")
}

/// `n` synthetic published events with 12 agenda items each (the Events benchmark uses 5,000).
async fn scale_events(db: &DatabaseConnection, n: u32, progress: bool) -> Result<(), AppError> {
    use chrono::TimeZone;
    let bar = counting_bar(progress, n as u64, "events");
    bar.set_message("Generating synthetic events");
    let tz = chrono_tz::Europe::Tirane;
    let kinds = crate::services::events::KINDS;
    let countries = ["AL", "BA", "XK", "ME", "MK", "RS"];
    let t = now();
    let mut done = 0u32;
    while done < n {
        let size = 100u32.min(n - done);
        let txn = crate::db::begin_write(db).await?;
        for k in 0..size {
            let i = done + k;
            let day = chrono::NaiveDate::from_ymd_opt(2020, 1, 6).unwrap_or_default()
                + chrono::Duration::days((i as i64 * 7) % 3650);
            let at = |h: u32| {
                tz.from_local_datetime(&day.and_hms_opt(h, 0, 0).unwrap_or_default())
                    .earliest()
                    .map(|d| d.with_timezone(&chrono::Utc))
            };
            let (Some(start), Some(end)) = (at(9), at(17)) else {
                continue;
            };
            let e = entity::event::ActiveModel {
                uid: Set(format!("synthetic-{i}@bench.example.org")),
                series_id: Set(None),
                title: Set(format!("Synthetic meeting {i} (benchmark)")),
                kind: Set(kinds[i as usize % kinds.len()].into()),
                description: Set(Some("Synthetic benchmark event (fictional).".into())),
                time_zone: Set(tz.name().into()),
                starts_at: Set(start),
                ends_at: Set(end),
                all_day: Set(false),
                venue_name: Set(Some("Synthetic venue".into())),
                venue_address: Set(None),
                venue_city: Set(Some("Synthetic city".into())),
                venue_country: Set(Some(countries[i as usize % countries.len()].into())),
                online_url: Set(None),
                project: Set(None),
                languages: Set(None),
                capacity: Set(Some(40)),
                visibility: Set(if i.is_multiple_of(3) {
                    "public".into()
                } else {
                    "network".into()
                }),
                status: Set("published".into()),
                sequence: Set(0),
                agenda_published: Set(true),
                agenda_notified_revision: Set(0),
                created_by: Set(None),
                created_at: Set(t),
                updated_at: Set(t),
                ..Default::default()
            };
            let id = entity::event::Entity::insert(e).exec(&txn).await?.last_insert_id;
            let items: Vec<entity::agenda_item::ActiveModel> = (0..12)
                .map(|s| entity::agenda_item::ActiveModel {
                    event_id: Set(id),
                    day: Set(day),
                    start_time: Set(format!("{:02}:{:02}", 9 + s / 2, (s % 2) * 30)),
                    end_time: Set(format!("{:02}:{:02}", 9 + (s + 1) / 2, ((s + 1) % 2) * 30)),
                    title: Set(format!("Session {s}")),
                    description: Set(None),
                    kind: Set("session".into()),
                    track: Set(Some("Main hall".into())),
                    moderator: Set(None),
                    speakers: Set(None),
                    position: Set(0),
                    updated_at: Set(t),
                    ..Default::default()
                })
                .collect();
            entity::agenda_item::Entity::insert_many(items).exec(&txn).await?;
        }
        txn.commit().await?;
        done += size;
        bar.set_position(done as u64);
    }
    bar.finish_with_message("Synthetic events generated");
    Ok(())
}

/// Benchmark register: `topics` synthetic topics (some measured) in the six countries, each cell
/// with `revisions` revisions spread over the past years.
pub async fn scale_legal(db: &DatabaseConnection, topics: u32, revisions: u32, progress: bool) -> Result<(), AppError> {
    use crate::services::legal::{self as lg, EntryInput};
    let countries = lg::register_countries(db).await?;
    let bar = progress_bar(progress, revisions as u64);
    bar.set_message("Generating register revisions");
    let mut made = vec![];
    for i in 0..topics {
        let f = lg::TopicFields {
            code: format!("SYN-{i:04}"),
            category: format!("Synthetic category {} (benchmark)", i % 8),
            title: format!("Synthetic topic {i} (benchmark)"),
            question: "Synthetic benchmark question (fictional)?".into(),
            parameter: if i % 5 == 0 {
                "synthetic period".into()
            } else {
                String::new()
            },
            unit: if i % 5 == 0 { "days".into() } else { String::new() },
            threshold: if i % 5 == 0 { "30".into() } else { String::new() },
            threshold_kind: if i % 5 == 0 { "min".into() } else { String::new() },
            ..Default::default()
        }
        .parse()
        .map_err(AppError::Validation)?;
        made.push(lg::create_topic(db, f).await?);
    }
    let start = now() - chrono::Duration::days(10 * 365);
    for r in 0..revisions {
        let txn = crate::db::begin_write(db).await?;
        let at = start + chrono::Duration::days(365 * r as i64);
        for (ti, t) in made.iter().enumerate() {
            for (ci, c) in countries.iter().enumerate() {
                let fields = EntryInput {
                    assessment: lg::ASSESSMENTS[(ti + ci + r as usize) % 4].to_string(),
                    summary: format!("Synthetic benchmark entry, revision {r} (fictional)."),
                    parameter_value: t.parameter.as_ref().map(|_| ((ti + ci + r as usize) % 60) as f64),
                    ..Default::default()
                };
                let change = lg::Change {
                    actor: lg::Actor {
                        user_id: None,
                        name: "Benchmark generator".into(),
                    },
                    source: "demo",
                    note: None,
                    example: true,
                    at: Some(at),
                };
                lg::save_entry(&txn, None, t, c, &fields, &change).await?;
            }
        }
        txn.commit().await?;
        bar.inc(1);
    }
    bar.finish_with_message("Register revisions generated");
    Ok(())
}
