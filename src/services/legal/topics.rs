//! The topic catalogue: listing, creating, editing, retiring and reordering topics.

use std::collections::BTreeMap;

use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, ConnectionTrait, EntityTrait, IntoActiveModel, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Set,
};
use serde::{Deserialize, Serialize};

use crate::error::{AppError, FieldErrors};
use crate::i18n::msg;
use crate::services::{validate, versions};
use entity::legal_topic;

use super::fmt_num;
use super::texts::{self, text_fields, to_json, translations, with_texts};

pub async fn topics(db: &impl ConnectionTrait, include_retired: bool) -> Result<Vec<legal_topic::Model>, AppError> {
    let mut q = legal_topic::Entity::find();
    if !include_retired {
        q = q.filter(legal_topic::Column::Retired.eq(false));
    }
    Ok(q.order_by_asc(legal_topic::Column::Position)
        .order_by_asc(legal_topic::Column::Id)
        .all(db)
        .await?)
}

/// Every topic, retired ones too, by id (to name the topics of revisions and proposals).
pub async fn topics_by_id(
    db: &impl ConnectionTrait,
) -> Result<std::collections::HashMap<i32, legal_topic::Model>, AppError> {
    Ok(topics(db, true).await?.into_iter().map(|t| (t.id, t)).collect())
}

pub async fn topic_by_code(db: &impl ConnectionTrait, code: &str) -> Result<legal_topic::Model, AppError> {
    legal_topic::Entity::find()
        .filter(legal_topic::Column::Code.eq(code.trim().to_uppercase()))
        .one(db)
        .await?
        .ok_or(AppError::NotFound)
}

/// The categories of `topics`, in catalogue order: each one's English name (what the filters
/// send) and its name in `lang`.
pub fn categories(topics: &[legal_topic::Model], lang: &str) -> Vec<(String, String)> {
    let mut seen: Vec<(String, String)> = vec![];
    for t in topics {
        if !seen.iter().any(|(c, _)| *c == t.category) {
            seen.push((t.category.clone(), texts::topic_text(t, lang).category));
        }
    }
    seen
}

/// A topic as a form or a CSV row sends it.
#[derive(Clone, Debug, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct TopicFields {
    pub code: String,
    pub category: String,
    pub title: String,
    pub question: String,
    pub cets_197: String,
    pub directive_2011_36: String,
    pub palermo_protocol: String,
    pub parameter: String,
    pub unit: String,
    pub threshold: String,
    pub threshold_kind: String,
    /// The category, title and question in the other stored languages, by form name
    /// (`title-sq`, see [`texts::text_key`]); blank shows the English. A name the form does
    /// not send keeps its stored text (a CSV import sends none).
    #[serde(flatten, deserialize_with = "texts::form_texts")]
    pub texts: BTreeMap<String, String>,
}

#[derive(Debug)]
pub struct TopicInput {
    pub code: String,
    pub category: String,
    pub title: String,
    pub question: String,
    pub cets197: Option<String>,
    pub directive: Option<String>,
    pub palermo: Option<String>,
    pub parameter: Option<String>,
    pub unit: Option<String>,
    pub threshold: Option<f64>,
    pub threshold_kind: Option<String>,
    /// The translated fields sent, by form name, trimmed (blank: shown in English).
    pub texts: BTreeMap<String, String>,
}

impl TopicFields {
    pub fn from_model(t: &legal_topic::Model) -> Self {
        let o = |v: &Option<String>| v.clone().unwrap_or_default();
        TopicFields {
            code: t.code.clone(),
            category: t.category.clone(),
            title: t.title.clone(),
            question: t.question.clone(),
            cets_197: o(&t.cets197),
            directive_2011_36: o(&t.directive),
            palermo_protocol: o(&t.palermo),
            parameter: o(&t.parameter),
            unit: o(&t.unit),
            threshold: t.threshold.map(fmt_num).unwrap_or_default(),
            threshold_kind: o(&t.threshold_kind),
            texts: text_fields(t),
        }
    }

    pub fn parse(&self) -> Result<TopicInput, FieldErrors> {
        let mut e = FieldErrors::default();
        let code = self.code.trim().to_uppercase();
        if code.is_empty() {
            e.add("code", msg("validate-required"));
        } else if code.len() > 20 || !code.chars().all(|c| c.is_ascii_alphanumeric() || c == '-') {
            e.add("code", msg("legal-error-topic-code"));
        }
        let category = validate::required(&mut e, "category", &self.category, 120);
        let title = validate::required(&mut e, "title", &self.title, 200);
        let question = validate::required(&mut e, "question", &self.question, 2_000);
        for (f, v) in [("category", &category), ("title", &title)] {
            validate::one_line(&mut e, f, &Some(v.clone()));
        }
        let cets197 = validate::optional(&mut e, "cets_197", &self.cets_197, 200);
        let directive = validate::optional(&mut e, "directive_2011_36", &self.directive_2011_36, 200);
        let palermo = validate::optional(&mut e, "palermo_protocol", &self.palermo_protocol, 200);
        let parameter = validate::optional(&mut e, "parameter", &self.parameter, 200);
        let unit = validate::optional(&mut e, "unit", &self.unit, 40);
        let threshold = match self.threshold.trim() {
            "" => None,
            v => match v.replace(',', ".").parse::<f64>() {
                Ok(n) if n.is_finite() && n >= 0.0 => Some(n),
                _ => {
                    e.add("threshold", msg("validate-number"));
                    None
                }
            },
        };
        let threshold_kind = Some(self.threshold_kind.trim().to_lowercase()).filter(|k| !k.is_empty());
        if let Some(k) = &threshold_kind
            && k != "min"
            && k != "max"
        {
            e.add("threshold_kind", msg("legal-error-threshold-kind"));
        }
        if threshold.is_some() && parameter.is_none() {
            e.add("parameter", msg("legal-error-parameter"));
        }
        if threshold.is_some() && threshold_kind.is_none() {
            e.add("threshold_kind", msg("legal-error-threshold-kind-missing"));
        }
        let mut texts = BTreeMap::new();
        for (key, value) in &self.texts {
            let Some((field, _)) = texts::split_text_key(key) else {
                continue;
            };
            let max = match field {
                "category" => 120,
                "title" => 200,
                _ => 2_000,
            };
            let v = validate::optional(&mut e, key, value, max);
            if field != "question" {
                validate::one_line(&mut e, key, &v);
            }
            texts.insert(key.clone(), v.unwrap_or_default());
        }
        if !e.is_empty() {
            return Err(e);
        }
        Ok(TopicInput {
            code,
            category,
            title,
            question,
            cets197,
            directive,
            palermo,
            parameter,
            unit,
            threshold,
            threshold_kind,
            texts,
        })
    }
}

/// Writes `f` into `am`; `stored` are the topic's translations before (none for a new topic),
/// kept as they are unless `f` changes them.
fn apply_topic(am: &mut legal_topic::ActiveModel, f: TopicInput, stored: Option<&texts::Translations>) {
    let merged = with_texts(stored.cloned().unwrap_or_default(), &f.texts);
    if stored != Some(&merged) {
        am.translations = Set(to_json(&merged));
    }
    am.code = Set(f.code);
    am.category = Set(f.category);
    am.title = Set(f.title);
    am.question = Set(f.question);
    am.cets197 = Set(f.cets197);
    am.directive = Set(f.directive);
    am.palermo = Set(f.palermo);
    am.parameter = Set(f.parameter);
    am.unit = Set(f.unit);
    am.threshold = Set(f.threshold);
    am.threshold_kind = Set(f.threshold_kind);
    am.updated_at = Set(crate::db::now());
}

/// A field error when another topic already has `code`.
async fn code_free(db: &impl ConnectionTrait, code: &str) -> Result<(), AppError> {
    let taken = legal_topic::Entity::find()
        .filter(legal_topic::Column::Code.eq(code))
        .count(db)
        .await?
        > 0;
    if taken {
        let mut e = FieldErrors::default();
        e.add("code", msg("legal-error-topic-code-taken"));
        return Err(AppError::Validation(e));
    }
    Ok(())
}

/// Adds a topic at the end of the catalogue; a taken code is a field error.
pub async fn create_topic(db: &impl ConnectionTrait, f: TopicInput) -> Result<legal_topic::Model, AppError> {
    code_free(db, &f.code).await?;
    let last: Option<i32> = legal_topic::Entity::find()
        .select_only()
        .column_as(legal_topic::Column::Position.max(), "m")
        .into_tuple::<Option<i32>>()
        .one(db)
        .await?
        .flatten();
    let mut am = legal_topic::ActiveModel {
        position: Set(last.unwrap_or(0) + 10),
        retired: Set(false),
        ..Default::default()
    };
    apply_topic(&mut am, f, None);
    Ok(am.insert(db).await?)
}

/// Writes `f` over topic `t` (a taken code is a field error) and sets its version to
/// `version`; `None`, and nothing written, when `f` is what the topic already says.
pub(super) async fn write_topic(
    db: &impl ConnectionTrait,
    t: legal_topic::Model,
    f: TopicInput,
    version: i32,
) -> Result<Option<legal_topic::Model>, AppError> {
    if f.code != t.code {
        code_free(db, &f.code).await?;
    }
    let before = t.clone();
    let stored = translations(&t);
    let mut am = t.into_active_model();
    apply_topic(&mut am, f, Some(&stored));
    let mut after = sea_orm::TryIntoModel::try_into_model(am.clone())?;
    after.updated_at = before.updated_at;
    if after == before {
        return Ok(None);
    }
    am.version = Set(version);
    Ok(Some(am.update(db).await?))
}

/// Saves an edit of a topic based on its version `based_on`; `StaleEdit` when someone changed
/// it in between. An unchanged save gives the claimed version back.
pub async fn update_topic(
    db: &sea_orm::DatabaseConnection,
    id: i32,
    f: TopicInput,
    based_on: i32,
) -> Result<legal_topic::Model, AppError> {
    let txn = crate::db::begin_write(db).await?;
    let row = Condition::all().add(legal_topic::Column::Id.eq(id));
    let version =
        versions::claim::<legal_topic::Entity>(&txn, row.clone(), legal_topic::Column::Version, based_on).await?;
    let t = legal_topic::Entity::find_by_id(id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound)?;
    let saved = match write_topic(&txn, t.clone(), f, version).await? {
        Some(saved) => saved,
        None => {
            versions::release::<legal_topic::Entity>(&txn, row, legal_topic::Column::Version).await?;
            legal_topic::Model { version: based_on, ..t }
        }
    };
    txn.commit().await?;
    Ok(saved)
}

/// Retires or restores a topic; an edit form opened before is stale.
pub async fn set_retired(db: &impl ConnectionTrait, t: legal_topic::Model, retired: bool) -> Result<(), AppError> {
    let row = Condition::all().add(legal_topic::Column::Id.eq(t.id));
    versions::bump::<legal_topic::Entity>(db, row, legal_topic::Column::Version).await?;
    let mut am = t.into_active_model();
    am.retired = Set(retired);
    am.updated_at = Set(crate::db::now());
    am.update(db).await?;
    Ok(())
}

/// Swaps a topic with its neighbour above (`up`) or below in the catalogue order.
pub async fn move_topic(db: &sea_orm::DatabaseConnection, t: legal_topic::Model, up: bool) -> Result<(), AppError> {
    let all = topics(db, true).await?;
    let Some(i) = all.iter().position(|x| x.id == t.id) else {
        return Err(AppError::NotFound);
    };
    let j = if up {
        i.checked_sub(1)
    } else {
        Some(i + 1).filter(|j| *j < all.len())
    };
    let Some(j) = j else { return Ok(()) };
    let txn = crate::db::begin_write(db).await?;
    // Renumber everything in steps of ten with the two swapped, so equal positions cannot stick.
    let mut order: Vec<&legal_topic::Model> = all.iter().collect();
    order.swap(i, j);
    for (n, m) in order.iter().enumerate() {
        let pos = (n as i32 + 1) * 10;
        if m.position != pos {
            legal_topic::Entity::update_many()
                .col_expr(legal_topic::Column::Position, Expr::value(pos))
                .filter(legal_topic::Column::Id.eq(m.id))
                .exec(&txn)
                .await?;
        }
    }
    txn.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::TopicFields;

    fn form(body: &str) -> TopicFields {
        serde_html_form::from_str(body).unwrap()
    }

    #[test]
    fn a_topic_form_reads_its_translated_fields_and_no_other_keys() {
        let f = form(
            "_csrf=x&version=3&code=res-01&category=C&title=T&question=Q\
             &title-sq=Periudha&question-sr-Latn=Da+li%3F&category-mk=&title-sr-Cyrl=no&title-en=no",
        );
        assert_eq!((f.code.as_str(), f.title.as_str()), ("res-01", "T"));
        let want: BTreeMap<String, String> = [
            ("category-mk", ""),
            ("question-sr-Latn", "Da li?"),
            ("title-sq", "Periudha"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        assert_eq!(
            f.texts, want,
            "Cyrillic is never stored; English is the topic's own fields"
        );
        assert_eq!(f.parse().unwrap().texts, want);
        // A translated title on two lines, or too long, is refused under its own name.
        let long = "x".repeat(201);
        let e = form(&format!(
            "code=A-1&category=C&title=T&question=Q&title-hr=a%0Ab&title-mk={long}"
        ))
        .parse()
        .unwrap_err();
        assert!(
            e.0.contains_key("title-hr") && e.0.contains_key("title-mk"),
            "{:?}",
            e.0
        );
        assert!(form("code=A-1&category=C&title=T&question=Q").texts.is_empty());
    }
}
