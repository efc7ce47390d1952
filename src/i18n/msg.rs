//! Messages kept as catalogue keys and arguments until they are shown.

use fluent_bundle::FluentValue;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};

use super::t_args;

/// A sentence for a user kept as its catalogue key and arguments, and put into words only where
/// it is shown (a form page, an error page, an API answer), in that reader's language. Services
/// answer with these rather than with text: they do not know who will read it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Msg {
    pub key: &'static str,
    pub args: Vec<(&'static str, Arg)>,
}

/// An argument of a [`Msg`]: text as it is, a number (which plural forms can choose on), or
/// another message, put into words in the same language ("a PDF" inside a sentence).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Arg {
    Text(String),
    Number(i64),
    /// A number in tenths, written with one decimal ("3.4" in English, "3,4" in Croatian).
    Tenths(i64),
    Msg(Box<Msg>),
}

/// The message of catalogue key `key`; add its arguments with [`Msg::arg`].
pub fn msg(key: &'static str) -> Msg {
    Msg { key, args: vec![] }
}

impl Msg {
    pub fn arg(mut self, name: &'static str, value: impl Into<Arg>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    /// The sentence in `lang`.
    pub fn text(&self, lang: &str) -> String {
        let args: Vec<(&str, FluentValue<'_>)> = self
            .args
            .iter()
            .map(|(k, v)| {
                let v = match v {
                    Arg::Text(s) => FluentValue::from(s.as_str()),
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Tenths(n) => FluentValue::Number(FluentNumber::new(
                        *n as f64 / 10.0,
                        FluentNumberOptions {
                            minimum_fraction_digits: Some(1),
                            ..Default::default()
                        },
                    )),
                    Arg::Msg(m) => FluentValue::from(m.text(lang)),
                };
                (*k, v)
            })
            .collect();
        t_args(lang, self.key, &args)
    }
}

impl From<Msg> for Arg {
    fn from(m: Msg) -> Self {
        Arg::Msg(Box::new(m))
    }
}

impl From<&str> for Arg {
    fn from(s: &str) -> Self {
        Arg::Text(s.to_string())
    }
}

impl From<String> for Arg {
    fn from(s: String) -> Self {
        Arg::Text(s)
    }
}

impl From<i64> for Arg {
    fn from(n: i64) -> Self {
        Arg::Number(n)
    }
}

impl From<i32> for Arg {
    fn from(n: i32) -> Self {
        Arg::Number(n.into())
    }
}

impl From<usize> for Arg {
    fn from(n: usize) -> Self {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_message_is_put_into_words_in_the_readers_language() {
        let m = super::msg("paging-summary").arg("page", 2).arg("pages", 5);
        assert_eq!(m.text("en"), "Page 2 of 5");
        assert_eq!(m.text("xx"), "Page 2 of 5", "an unknown language falls back to English");
    }
}
