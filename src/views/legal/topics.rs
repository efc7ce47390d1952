//! The topic catalogue (secretariat): the list and the topic form.

use serde::Serialize;

use crate::services::legal::TopicFields;
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
        edit_version: version,
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
