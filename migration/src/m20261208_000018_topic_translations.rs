//! The legal topic catalogue in the network's languages: `legal_topic.translations`, a JSON
//! object `{ "<lang>": { "category": ..., "title": ..., "question": ... } }` for the stored
//! languages (sq, sr-Latn, bs, hr, cnr, mk; Serbian Cyrillic is made from sr-Latn when read,
//! English is the topic's own text). The seeded topics get the translations of
//! `data/legal_topics_translations.csv`, unless the secretariat has retitled them since (their
//! English would no longer match).

use std::collections::BTreeMap;

use sea_orm_migration::prelude::*;

use crate::m20261124_000009_create_legal_register::{parse_csv, topics};

#[derive(DeriveMigrationName)]
pub struct Migration;

const TRANSLATIONS_CSV: &str = include_str!("../data/legal_topics_translations.csv");

/// The languages a topic's text is stored in besides English.
const LANGUAGES: [&str; 6] = ["sq", "sr-Latn", "bs", "hr", "cnr", "mk"];

#[derive(DeriveIden)]
enum LegalTopic {
    Table,
    Code,
    Title,
    Translations,
}

/// One language's text of a topic.
type Text = BTreeMap<&'static str, String>;

/// The translations file by topic code: language -> category, title, question.
fn translations() -> Result<BTreeMap<String, BTreeMap<String, Text>>, DbErr> {
    let mut out: BTreeMap<String, BTreeMap<String, Text>> = BTreeMap::new();
    for (n, row) in parse_csv(TRANSLATIONS_CSV).into_iter().enumerate().skip(1) {
        let bad = |why: &str| DbErr::Migration(format!("legal_topics_translations.csv row {n}: {why}"));
        let [code, lang, category, title, question] = <[String; 5]>::try_from(row)
            .map_err(|r| bad(&format!("{} fields", r.len())))?
            .map(|f| f.trim().to_string());
        if !LANGUAGES.contains(&lang.as_str()) {
            return Err(bad(&format!("unknown language {lang}")));
        }
        if [&category, &title, &question].iter().any(|f| f.is_empty()) {
            return Err(bad("a blank field"));
        }
        let text = Text::from([("category", category), ("title", title), ("question", question)]);
        if out.entry(code).or_default().insert(lang.clone(), text).is_some() {
            return Err(bad(&format!("{lang} twice")));
        }
    }
    Ok(out)
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(LegalTopic::Table)
                    .add_column(ColumnDef::new(LegalTopic::Translations).text().not_null().default("{}"))
                    .to_owned(),
            )
            .await?;
        let seeded: BTreeMap<String, String> = topics()?
            .into_iter()
            .map(|r| (r[0].trim().to_string(), r[2].trim().to_string()))
            .collect();
        let mut texts = translations()?;
        let db = manager.get_connection();
        let stored = db
            .query_all(
                &Query::select()
                    .columns([LegalTopic::Code, LegalTopic::Title])
                    .from(LegalTopic::Table)
                    .to_owned(),
            )
            .await?;
        for row in stored {
            let code: String = row.try_get("", "code")?;
            let title: String = row.try_get("", "title")?;
            // A topic retitled since the seed is the secretariat's own: its English no longer
            // says what the translations say.
            if seeded.get(&code) != Some(&title) {
                continue;
            }
            let Some(text) = texts.remove(&code) else { continue };
            let json = serde_json::to_string(&text).map_err(|e| DbErr::Migration(e.to_string()))?;
            manager
                .exec_stmt(
                    Query::update()
                        .table(LegalTopic::Table)
                        .value(LegalTopic::Translations, json)
                        .and_where(Expr::col(LegalTopic::Code).eq(code))
                        .to_owned(),
                )
                .await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table(LegalTopic::Table)
                    .drop_column(LegalTopic::Translations)
                    .to_owned(),
            )
            .await
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_seeded_topic_has_every_language() {
        let all = super::translations().unwrap();
        let codes: Vec<String> = super::topics().unwrap().into_iter().map(|r| r[0].clone()).collect();
        assert_eq!(codes.len(), 34);
        assert_eq!(all.len(), 34, "a row per seeded topic and no other");
        for code in &codes {
            let langs: Vec<&str> = all[code].keys().map(String::as_str).collect();
            let mut want = super::LANGUAGES.to_vec();
            want.sort_unstable();
            assert_eq!(langs, want, "{code}");
        }
        assert_eq!(all.values().map(|m| m.len()).sum::<usize>(), 34 * 6);
        // The glossary's terms: the reflection period and non-punishment.
        assert_eq!(all["RES-01"]["hr"]["title"], "Razdoblje oporavka i razmišljanja");
        assert!(all["DEF-08"]["sq"]["title"].contains("Mosndëshkimi"));
    }
}
