//! Small parsers shared by forms and the JSON API: each returns the typed value or adds one
//! message for the field (a catalogue key, put into words in the reader's language).

use std::borrow::Cow;

use serde::de::{self, DeserializeOwned, Deserializer, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};

use crate::error::FieldErrors;
use crate::i18n::msg;

/// Line breaks as `\n` only. Browsers send a textarea's lines separated by CRLF; storing them
/// as sent would make the first unchanged save of text created elsewhere (the API, an import)
/// change the record, and a lone CR would later show as nothing at all.
pub fn newlines(value: &str) -> Cow<'_, str> {
    if value.contains('\r') {
        Cow::Owned(value.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(value)
    }
}

/// Required text of at most `max` characters; newlines are allowed only where `multiline`.
pub fn required(errors: &mut FieldErrors, field: &str, value: &str, max: usize) -> String {
    let value = newlines(value);
    let v = value.trim();
    if v.is_empty() {
        errors.add(field, msg("validate-required"));
    } else {
        check_len(errors, field, v, max);
    }
    v.to_string()
}

pub fn optional(errors: &mut FieldErrors, field: &str, value: &str, max: usize) -> Option<String> {
    let value = newlines(value);
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    check_len(errors, field, v, max);
    Some(v.to_string())
}

fn check_len(errors: &mut FieldErrors, field: &str, v: &str, max: usize) {
    if v.chars().count() > max {
        errors.add(field, msg("validate-too-long").arg("max", max));
    } else if v.chars().any(|c| c.is_control() && c != '\n' && c != '\r' && c != '\t') {
        errors.add(field, msg("validate-control-characters"));
    }
}

/// A single-line variant: rejects line breaks (names, titles, phone numbers).
pub fn one_line(errors: &mut FieldErrors, field: &str, value: &Option<String>) {
    if value.as_deref().is_some_and(|v| v.contains(['\n', '\r'])) {
        errors.add(field, msg("validate-one-line"));
    }
}

/// A normalised (lower-case) email address, or a message.
pub fn email(errors: &mut FieldErrors, field: &str, value: &str, required_field: bool) -> Option<String> {
    let v = value.trim();
    if v.is_empty() {
        if required_field {
            errors.add(field, msg("validate-required"));
        }
        return None;
    }
    if is_email(v) {
        Some(v.to_lowercase())
    } else {
        errors.add(field, msg("validate-email"));
        None
    }
}

pub fn is_email(v: &str) -> bool {
    if v.len() > 254
        || v.chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>,;\"()[]\\".contains(c))
    {
        return false;
    }
    let Some((local, domain)) = v.rsplit_once('@') else {
        return false;
    };
    !local.is_empty()
        && local.len() <= 64
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !domain.contains('@')
}

pub fn url(errors: &mut FieldErrors, field: &str, value: &str) -> Option<String> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    match url::Url::parse(v) {
        Ok(u) if (u.scheme() == "http" || u.scheme() == "https") && u.host_str().is_some() && v.len() <= 300 => {
            Some(v.to_string())
        }
        _ => {
            errors.add(field, msg("validate-url"));
            None
        }
    }
}

pub fn date(errors: &mut FieldErrors, field: &str, value: &str) -> Option<chrono::NaiveDate> {
    let v = value.trim();
    if v.is_empty() {
        return None;
    }
    match chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d") {
        Ok(d) if (1900..=2200).contains(&chrono::Datelike::year(&d)) => Some(d),
        _ => {
            errors.add(field, msg("validate-date"));
            None
        }
    }
}

/// One of `allowed`, or a message.
pub fn choice(errors: &mut FieldErrors, field: &str, value: &str, allowed: &[&str]) -> String {
    let v = value.trim();
    if v.is_empty() {
        errors.add(field, msg("validate-choose"));
    } else if !allowed.contains(&v) {
        errors.add(field, msg("validate-choose-listed"));
    }
    v.to_string()
}

#[cfg(test)]
mod tests {
    #[test]
    fn email_rules() {
        assert!(super::is_email("a.b@example.org"));
        assert!(!super::is_email("not-an-email"));
        assert!(!super::is_email("a@b"));
        assert!(!super::is_email("a b@example.org"));
        assert!(!super::is_email("a@example.org\nBcc: x@y.z"));
    }

    #[test]
    fn a_form_reads_into_typed_fields_as_get_and_all_read_it() {
        #[derive(serde::Deserialize, Default)]
        #[serde(default)]
        struct Typed {
            title: String,
            #[serde(deserialize_with = "super::lenient_ids")]
            ids: Vec<i32>,
            #[serde(deserialize_with = "super::lenient_id")]
            owner: Option<i32>,
            #[serde(deserialize_with = "super::lenient_id")]
            blank: Option<i32>,
            #[serde(deserialize_with = "super::checkbox")]
            ticked: bool,
            #[serde(deserialize_with = "super::checkbox")]
            unticked: bool,
            #[serde(deserialize_with = "super::blank_none")]
            country: Option<String>,
            tags: Vec<String>,
        }
        let pairs = [
            ("_csrf", "token"),
            ("version", "3"),
            ("title", "  A title\r\nsecond line "),
            ("ids", "1"),
            ("ids", "x"),
            ("ids", " 3 "),
            ("owner", "abc"),
            ("blank", ""),
            ("ticked", "on"),
            ("country", "  "),
            ("tags", "one"),
        ];
        let form = super::Form::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect());
        let t: Typed = form.parse().unwrap();
        assert_eq!(t.title, form.get("title"));
        assert_eq!(t.title, "A title\nsecond line");
        assert_eq!(t.ids, vec![1, 3]);
        assert_eq!((t.owner, t.blank), (None, None));
        assert!(t.ticked && !t.unticked);
        assert_eq!(t.country, None);
        assert_eq!(t.tags, vec!["one".to_string()]);
    }

    #[test]
    fn line_breaks_become_line_feeds() {
        assert_eq!(super::newlines("a\r\nb\rc\nd"), "a\nb\nc\nd");
        assert!(matches!(super::newlines("a\nb"), std::borrow::Cow::Borrowed(_)));
    }
}

/// A submitted form's fields in the order sent (line breaks already LF); the HTTP extractor is
/// in `forms.rs`.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Form {
    pairs: Vec<(String, String)>,
}

impl Form {
    pub fn from_pairs(pairs: Vec<(String, String)>) -> Self {
        let pairs = pairs
            .into_iter()
            .map(|(k, v)| match newlines(&v) {
                std::borrow::Cow::Owned(n) => (k, n),
                std::borrow::Cow::Borrowed(_) => (k, v),
            })
            .collect();
        Form { pairs }
    }

    /// The first value for `key`, trimmed; empty when absent.
    pub fn get(&self, key: &str) -> &str {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .unwrap_or("")
    }

    /// The value, or `None` when absent or blank.
    pub fn opt(&self, key: &str) -> Option<String> {
        Some(self.get(key)).filter(|v| !v.is_empty()).map(str::to_string)
    }

    pub fn all(&self, key: &str) -> Vec<&str> {
        self.pairs
            .iter()
            .filter(|(k, _)| k == key)
            .map(|(_, v)| v.trim())
            .collect()
    }

    pub fn checked(&self, key: &str) -> bool {
        is_ticked(self.get(key))
    }

    /// The form as a typed struct of raw fields (`XxxFields`), each value trimmed as [`Form::get`]
    /// trims it. Keys the struct does not name (the CSRF token, the edit `version`) are ignored;
    /// a key sent more than once fills a `Vec` field.
    pub fn parse<T: DeserializeOwned>(&self) -> Result<T, crate::error::AppError> {
        let mut encoded = url::form_urlencoded::Serializer::new(String::new());
        for (k, v) in &self.pairs {
            encoded.append_pair(k, v.trim());
        }
        serde_html_form::from_str(&encoded.finish())
            .map_err(|e| crate::error::AppError::BadRequest(crate::error::input_problem("form", &e.to_string())))
    }
}

fn is_ticked(v: &str) -> bool {
    matches!(v, "on" | "true" | "1" | "yes")
}

/// `#[serde(deserialize_with = "validate::checkbox")]`: a ticked box sends "on" (or "true", "1",
/// "yes"), an unticked one nothing; the JSON API sends a boolean.
pub fn checkbox<'de, D: Deserializer<'de>>(d: D) -> Result<bool, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Tick {
        Bool(bool),
        Text(String),
    }
    Ok(match Tick::deserialize(d)? {
        Tick::Bool(b) => b,
        Tick::Text(t) => is_ticked(t.trim()),
    })
}

/// An id as the JSON API sends it (a number) or as a form does (text); text that is not a
/// number counts as no id, as a hand-picked form value never is one.
struct LenientId;

impl<'de> Visitor<'de> for LenientId {
    type Value = Option<i32>;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("i32")
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        i32::try_from(v)
            .map(Some)
            .map_err(|_| E::invalid_value(de::Unexpected::Signed(v), &self))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        i32::try_from(v)
            .map(Some)
            .map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(v.trim().parse().ok())
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

struct Lenient(Option<i32>);

impl<'de> Deserialize<'de> for Lenient {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_option(LenientId).map(Lenient)
    }
}

/// `#[serde(deserialize_with = "validate::lenient_id")]`: an optional id; a form value that is
/// not a number is no id (`"".parse()` failing included), as `Form::get(..).parse().ok()` read it.
pub fn lenient_id<'de, D: Deserializer<'de>>(d: D) -> Result<Option<i32>, D::Error> {
    Lenient::deserialize(d).map(|l| l.0)
}

/// `#[serde(deserialize_with = "validate::lenient_ids")]`: a list of ids (repeated form keys,
/// or a JSON array); form values that are not numbers are dropped.
pub fn lenient_ids<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<i32>, D::Error> {
    struct Ids;
    impl<'de> Visitor<'de> for Ids {
        type Value = Vec<i32>;

        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a sequence")
        }

        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            let mut ids = vec![];
            while let Some(Lenient(id)) = seq.next_element()? {
                ids.extend(id);
            }
            Ok(ids)
        }

        /// A form key sent once.
        fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
            Ok(v.trim().parse().ok().into_iter().collect())
        }
    }
    d.deserialize_seq(Ids)
}

/// `#[serde(deserialize_with = "validate::blank_none")]`: no value for blank text, as
/// [`Form::opt`] reads it.
pub fn blank_none<'de, D: Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    Ok(Option::<String>::deserialize(d)?.filter(|v| !v.trim().is_empty()))
}
