//! The topic catalogue (secretariat): the list and the topic form.

use serde::Serialize;

use crate::i18n::t;
use crate::services::legal::{self as lg, TopicFields};
use crate::views::directory::Opt;

use super::{Base, TopicView};

#[derive(Serialize)]
pub struct TopicsPage {
    #[serde(flatten)]
    pub base: Base,
    pub rows: Vec<TopicView>,
}

#[derive(Serialize)]
pub struct TopicFormPage<'a> {
    #[serde(flatten)]
    pub base: Base,
    pub form: &'a TopicFields,
    pub action: String,
    pub heading: &'a str,
    pub kinds: Vec<Opt>,
    /// A fieldset per stored language: the category, title and question in it.
    pub texts: Vec<TextFieldset>,
    /// The version an edit is based on (none for a new topic).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub edit_version: Option<i32>,
}

pub fn topic_form<'a>(
    lang: &str,
    base: Base,
    input: &'a TopicFields,
    action: String,
    heading: &'a str,
    version: Option<i32>,
) -> TopicFormPage<'a> {
    let kind = |k: &str| Opt {
        code: k.to_string(),
        label: crate::i18n::t(lang, &format!("legal-threshold-{k}")),
    };
    TopicFormPage {
        base,
        form: input,
        action,
        heading,
        kinds: vec![kind("min"), kind("max")],
        texts: text_fieldsets(lang, input),
        edit_version: version,
    }
}

/// The category, title and question of a topic in one stored language.
#[derive(Serialize)]
pub struct TextFieldset {
    pub lang: &'static str,
    /// "Title and question in Albanian", in the reader's language.
    pub legend: String,
    pub fields: Vec<TextField>,
}

#[derive(Serialize)]
pub struct TextField {
    /// The form name, e.g. `title-sq`.
    pub name: String,
    /// The catalogue key of the label.
    pub label: &'static str,
    pub value: String,
    pub textarea: bool,
}

fn text_fieldsets(lang: &str, input: &TopicFields) -> Vec<TextFieldset> {
    lg::TEXT_LANGUAGES
        .iter()
        .map(|code| TextFieldset {
            lang: code,
            legend: t(lang, &format!("legal-topic-texts-{code}")),
            fields: lg::TEXT_FIELDS
                .iter()
                .map(|field| {
                    let name = lg::text_key(field, code);
                    TextField {
                        value: input.texts.get(&name).cloned().unwrap_or_default(),
                        label: topic_field_label(field),
                        textarea: *field == "question",
                        name,
                    }
                })
                .collect(),
        })
        .collect()
}

/// A topic form field's label as people read it: a translated field's with its language
/// ("Title and question in Albanian: Title").
pub fn topic_field_name(lang: &str, field: &str) -> String {
    match lg::split_text_key(field) {
        Some((own, code)) => format!(
            "{}: {}",
            t(lang, &format!("legal-topic-texts-{code}")),
            t(lang, topic_field_label(own))
        ),
        None => t(lang, topic_field_label(field)),
    }
}

/// The catalogue key of a legal topic form field's label.
pub fn topic_field_label(field: &str) -> &'static str {
    match field {
        "code" => "legal-topic-code",
        "category" => "legal-category",
        "title" => "legal-topic-title",
        "question" => "legal-question",
        "cets_197" => "legal-ref-cets",
        "directive_2011_36" => "legal-ref-directive",
        "palermo_protocol" => "legal-ref-palermo",
        "parameter" => "legal-parameter",
        "unit" => "legal-unit",
        "threshold" => "legal-threshold",
        _ => "legal-threshold-kind",
    }
}
