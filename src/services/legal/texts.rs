//! A topic's category, title and question in the reader's language. English is the topic's own
//! text; the other stored languages are in `legal_topic.translations` (a JSON object by
//! language); Serbian Cyrillic is made from the Serbian Latin text. A translation left blank
//! shows the English in its place. Entries (what people wrote about a country) are never
//! translated, and the CSV/JSON exports keep the English.

use std::collections::BTreeMap;

use serde::{Deserialize, Deserializer, Serialize};

use crate::i18n::cyrillic;
use entity::legal_topic;

/// The languages a topic's text is stored in besides English (`sr-Cyrl` is made from `sr-Latn`).
pub const TEXT_LANGUAGES: [&str; 6] = ["sq", "sr-Latn", "bs", "hr", "cnr", "mk"];
/// The translated fields of a topic.
pub const TEXT_FIELDS: [&str; 3] = ["category", "title", "question"];

/// A topic's category, title and question in one language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct TopicText {
    pub category: String,
    pub title: String,
    pub question: String,
}

impl TopicText {
    pub fn get(&self, field: &str) -> &str {
        match field {
            "category" => &self.category,
            "title" => &self.title,
            _ => &self.question,
        }
    }

    fn set(&mut self, field: &str, value: String) {
        match field {
            "category" => self.category = value,
            "title" => self.title = value,
            _ => self.question = value,
        }
    }

    fn is_blank(&self) -> bool {
        TEXT_FIELDS.iter().all(|f| self.get(f).trim().is_empty())
    }
}

/// A topic's stored translations by language.
pub type Translations = BTreeMap<String, TopicText>;

/// The stored translations of `t`: the languages of [`TEXT_LANGUAGES`] that have any text.
pub fn translations(t: &legal_topic::Model) -> Translations {
    serde_json::from_str::<Translations>(&t.translations)
        .unwrap_or_default()
        .into_iter()
        .filter(|(lang, text)| TEXT_LANGUAGES.contains(&lang.as_str()) && !text.is_blank())
        .collect()
}

/// A topic's category, title and question in `lang`: the stored translation, field by field,
/// or the English where there is none (Serbian Cyrillic from the Serbian Latin text).
pub fn topic_text(t: &legal_topic::Model, lang: &str) -> TopicText {
    let english = TopicText {
        category: t.category.clone(),
        title: t.title.clone(),
        question: t.question.clone(),
    };
    let cyrillic = lang == "sr-Cyrl";
    let stored = if cyrillic { "sr-Latn" } else { lang };
    if !TEXT_LANGUAGES.contains(&stored) {
        return english;
    }
    let Some(own) = translations(t).remove(stored) else {
        return english;
    };
    let pick = |own: &str, english: &str| match own.trim() {
        "" => english.to_string(),
        own if cyrillic => cyrillic::text(own),
        own => own.to_string(),
    };
    TopicText {
        category: pick(&own.category, &english.category),
        title: pick(&own.title, &english.title),
        question: pick(&own.question, &english.question),
    }
}

/// A topic's code and title in `lang`, as lists and mails name it ("RES-01 ...").
pub fn topic_name(t: &legal_topic::Model, lang: &str) -> String {
    format!("{} {}", t.code, topic_text(t, lang).title)
}

/// Whether `t` is in the category named `name`: its English name (what the filters send), or
/// its name in any language.
pub fn in_category(t: &legal_topic::Model, name: &str) -> bool {
    let name = name.trim();
    t.category == name
        || translations(t)
            .iter()
            .any(|(lang, x)| x.category == name || (lang == "sr-Latn" && cyrillic::text(&x.category) == name))
}

/// The form's name of a translated field: `title-sq`, `question-sr-Latn`.
pub fn text_key(field: &str, lang: &str) -> String {
    format!("{field}-{lang}")
}

/// The field and the language a form name stands for (`title-sr-Latn`: title, sr-Latn).
pub fn split_text_key(key: &str) -> Option<(&'static str, &'static str)> {
    let (field, lang) = key.split_once('-')?;
    Some((
        TEXT_FIELDS.into_iter().find(|f| *f == field)?,
        TEXT_LANGUAGES.into_iter().find(|l| *l == lang)?,
    ))
}

/// Every translated field of `t` by its form name, blank where there is no translation.
pub(super) fn text_fields(t: &legal_topic::Model) -> BTreeMap<String, String> {
    let stored = translations(t);
    TEXT_LANGUAGES
        .iter()
        .flat_map(|lang| TEXT_FIELDS.iter().map(move |f| (*f, *lang)))
        .map(|(field, lang)| {
            let value = stored.get(lang).map(|x| x.get(field).to_string()).unwrap_or_default();
            (text_key(field, lang), value)
        })
        .collect()
}

/// `base` with the fields of `texts` (by form name) written over it; languages left without
/// any text are dropped.
pub(super) fn with_texts(mut base: Translations, texts: &BTreeMap<String, String>) -> Translations {
    for (key, value) in texts {
        if let Some((field, lang)) = split_text_key(key) {
            base.entry(lang.to_string())
                .or_default()
                .set(field, value.trim().to_string());
        }
    }
    base.retain(|_, text| !text.is_blank());
    base
}

/// The column's JSON for `tr`.
pub(super) fn to_json(tr: &Translations) -> String {
    serde_json::to_string(tr).unwrap_or_else(|_| "{}".into())
}

/// The translated fields of a submitted topic form (`#[serde(flatten)]`): the names that
/// [`split_text_key`] knows, without the form's other keys (`_csrf`, `version`).
pub(super) fn form_texts<'de, D: Deserializer<'de>>(d: D) -> Result<BTreeMap<String, String>, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum OneOrMore {
        One(String),
        More(Vec<String>),
    }
    Ok(BTreeMap::<String, OneOrMore>::deserialize(d)?
        .into_iter()
        .filter(|(k, _)| split_text_key(k).is_some())
        .map(|(k, v)| {
            let v = match v {
                OneOrMore::One(v) => v,
                OneOrMore::More(v) => v.into_iter().next_back().unwrap_or_default(),
            };
            (k, v)
        })
        .collect())
}

/// A topic's measured parameter in `lang` ("reflection period"): the catalogue's name for the
/// seeded ones, the secretariat's own words otherwise.
pub fn parameter_in(lang: &str, parameter: &str) -> String {
    let key = format!("legal-parameter-{}", parameter.trim().to_lowercase().replace(' ', "-"));
    crate::i18n::lookup(lang, &key, &[]).unwrap_or_else(|| parameter.to_string())
}

/// A unit in `lang` ("days"), as [`parameter_in`].
pub fn unit_in(lang: &str, unit: &str) -> String {
    crate::i18n::lookup(lang, &format!("legal-unit-{}", unit.trim().to_lowercase()), &[])
        .unwrap_or_else(|| unit.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn topic(translations: &str) -> legal_topic::Model {
        legal_topic::Model {
            id: 1,
            code: "RES-01".into(),
            category: "Residence and return".into(),
            title: "Recovery and reflection period".into(),
            question: "Is there a recovery and reflection period?".into(),
            cets197: None,
            directive: None,
            palermo: None,
            parameter: None,
            unit: None,
            threshold: None,
            threshold_kind: None,
            position: 10,
            retired: false,
            updated_at: chrono::Utc::now(),
            version: 1,
            translations: translations.into(),
        }
    }

    #[test]
    fn a_topic_reads_in_its_translation_field_by_field_or_in_english() {
        let t = topic(
            r#"{"sr-Latn": {"category": "Boravak i povratak", "title": "Period za oporavak i razmišljanje", "question": ""},
                "mk": {"title": "Период за закрепнување"}}"#,
        );
        let sr = topic_text(&t, "sr-Latn");
        assert_eq!(sr.title, "Period za oporavak i razmišljanje");
        assert_eq!(sr.question, t.question, "a blank field is shown in English");
        let cyr = topic_text(&t, "sr-Cyrl");
        assert_eq!(cyr.title, "Период за опоравак и размишљање");
        assert_eq!(cyr.category, "Боравак и повратак");
        assert_eq!(cyr.question, t.question, "English is never transliterated");
        assert_eq!(topic_text(&t, "mk").category, t.category);
        assert_eq!(topic_name(&t, "mk"), "RES-01 Период за закрепнување");
        for lang in ["en", "sq", "hr", "xx"] {
            assert_eq!(topic_text(&t, lang).title, t.title, "{lang}");
        }
        assert_eq!(topic_text(&topic("not json"), "mk").title, t.title);
        for name in ["Residence and return", "Boravak i povratak", "Боравак и повратак"] {
            assert!(in_category(&t, name), "{name}");
        }
        assert!(!in_category(&t, "Child victims"));
    }

    #[test]
    fn form_names_stand_for_a_field_and_a_stored_language() {
        assert_eq!(split_text_key("title-sr-Latn"), Some(("title", "sr-Latn")));
        assert_eq!(split_text_key("category-mk"), Some(("category", "mk")));
        assert_eq!(split_text_key("title-sr-Cyrl"), None, "never stored");
        assert_eq!(split_text_key("title-en"), None, "the topic's own fields");
        assert_eq!(split_text_key("code-sq"), None);
        assert_eq!(text_fields(&topic("{}")).len(), 18);
    }

    #[test]
    fn a_form_writes_the_fields_it_sends_and_blank_ones_go() {
        let t = topic(r#"{"sq": {"title": "Periudha", "question": "A ka?"}, "hr": {"title": "Razdoblje"}}"#);
        let sent = BTreeMap::from([
            ("title-sq".to_string(), " Periudha e reflektimit ".to_string()),
            ("title-hr".to_string(), String::new()),
            ("question-mk".to_string(), "Дали?".to_string()),
        ]);
        let got = with_texts(translations(&t), &sent);
        assert_eq!(got["sq"].title, "Periudha e reflektimit");
        assert_eq!(got["sq"].question, "A ka?", "a field not sent keeps its text");
        assert!(!got.contains_key("hr"), "a language left blank is dropped");
        assert_eq!(got["mk"].question, "Дали?");
        let back = topic(&to_json(&got));
        assert_eq!(translations(&back), got);
    }
}
