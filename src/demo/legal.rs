//! The demo legal register.

use sea_orm::DatabaseConnection;

use crate::db::now;
use crate::error::AppError;

/// The demo register: every seeded topic in the six countries, with made-up but plausible
/// entries, all flagged as fictional examples. A first assessment in June 2023 and, for some
/// cells, a revision in March 2024 (after the demo roundtable), so "what changed" has content.
pub(super) async fn load_legal(db: &DatabaseConnection) -> Result<(), AppError> {
    use crate::services::legal::{self as lg, EntryInput};
    use chrono::TimeZone;
    let topics = lg::topics(db, false).await?;
    let countries = lg::register_countries(db).await?;
    let first = chrono::Utc
        .with_ymd_and_hms(2023, 6, 1, 9, 0, 0)
        .single()
        .unwrap_or_else(now);
    let later = chrono::Utc
        .with_ymd_and_hms(2024, 3, 10, 9, 0, 0)
        .single()
        .unwrap_or_else(now);
    let change = |at, note: &str| lg::Change {
        actor: lg::Actor {
            user_id: None,
            name: "Demo data".into(),
        },
        source: "demo",
        note: Some(note.to_string()),
        example: true,
        at: Some(at),
    };
    let entry = |ti: usize, ci: usize, t: &entity::legal_topic::Model, c: &entity::country::Model, round: usize| {
        let a = lg::ASSESSMENTS[(ti * 7 + ci * 3 + round) % 4];
        let name = crate::services::countries::display_name(c);
        // A value that agrees with the assessment: one that meets the standard for an aligned
        // entry, one short of it for a gap (the pages point out any disagreement).
        let value = t.threshold.map(|th| {
            let meets = !lg::is_gap(a);
            let minimum = t.threshold_kind.as_deref() != Some("max");
            let k = (ti + ci + round) % 3;
            if meets == minimum {
                (th * [1.0, 1.5, 2.0][k]).ceil()
            } else {
                (th * [0.5, 0.8, 0.0][k]).floor()
            }
        });
        EntryInput {
            assessment: a.to_string(),
            summary: format!(
                "Fictional example: the demo law of {name} on \"{}\" ({}). Not a real assessment.",
                t.title,
                [
                    "provides for it in a general clause",
                    "sets it out in a by-law",
                    "covers it only in practice guidance",
                    "has no specific rule"
                ][(ti + ci) % 4]
            ),
            citations: format!(
                "Demo Act on Anti-Trafficking (fictional), Art. {}; Official Gazette (demo) No. {}/2021",
                10 + ti,
                40 + ci
            ),
            parameter_value: value.filter(|v| *v > 0.0),
            effective_on: chrono::NaiveDate::from_ymd_opt(
                2016 + ((ti + ci) % 7) as i32,
                1 + ((ti * 5 + ci) % 12) as u32,
                1,
            ),
            source_links: format!(
                "https://legislation.demo.example.org/{}/{}",
                c.code.to_lowercase(),
                t.code.to_lowercase()
            ),
            differences: if lg::is_gap(a) {
                format!(
                    "Fictional example: the demo provision in {name} falls short of the standard; survivors may not get the protection the Convention expects."
                )
            } else {
                String::new()
            },
            reviewed_on: chrono::NaiveDate::from_ymd_opt(2023 + round as i32, 5 + round as u32, 20),
            reviewed_by: "Demo legal working group".into(),
            evidence_kind: lg::EVIDENCE_KINDS[(ti + ci) % 3].to_string(),
            greta_round: if c.coe_member && (ti + ci).is_multiple_of(3) {
                "Third round (demo)".into()
            } else {
                String::new()
            },
            greta_paragraph: if c.coe_member && (ti + ci).is_multiple_of(3) {
                format!("{}", 100 + ti)
            } else {
                String::new()
            },
            greta_text: if c.coe_member && (ti + ci).is_multiple_of(3) {
                "GRETA (fictional example) urges the authorities to bring this provision in line with the Convention."
                    .into()
            } else {
                String::new()
            },
            greta_status: if c.coe_member && (ti + ci).is_multiple_of(3) {
                lg::GRETA_STATUSES[(ti + round) % 3].to_string()
            } else {
                String::new()
            },
        }
    };
    let txn = crate::db::begin_write(db).await?;
    for (ti, t) in topics.iter().enumerate() {
        for (ci, c) in countries.iter().enumerate() {
            lg::save_entry(
                &txn,
                None,
                t,
                c,
                &entry(ti, ci, t, c, 0),
                &change(first, "First demo assessment"),
            )
            .await?;
        }
    }
    for (ti, t) in topics.iter().enumerate() {
        for (ci, c) in countries.iter().enumerate() {
            if (ti + ci) % 4 == 0 {
                let note = "Demo follow-up after the December 2023 roundtable";
                lg::save_entry(&txn, None, t, c, &entry(ti, ci, t, c, 1), &change(later, note)).await?;
            }
        }
    }
    txn.commit().await?;
    Ok(())
}
