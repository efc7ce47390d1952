//! A small RFC 5545 writer: TEXT escaping, parameter quoting, CRLF line ends, and folding at
//! 75 octets without splitting a UTF-8 character. The `ical` crate's 0.11 generator gets each of
//! these wrong (see the Events issue), so output is produced here; its parser is used to read
//! files back (with [`unescape_text`], since it leaves TEXT escaped).

use std::fmt::Write as _;

/// Escapes a TEXT value (RFC 5545 3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    let normalized = s.replace("\r\n", "\n").replace('\r', "\n");
    for c in normalized.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// Reverses [`escape_text`] for values read by a parser that leaves them escaped.
pub fn unescape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            match chars.next() {
                Some('n') | Some('N') => out.push('\n'),
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// A parameter value: quoted when it holds `:`, `;` or `,` (or any non-ASCII, to be safe with
/// strict readers); DQUOTE cannot appear inside and becomes an apostrophe; controls are dropped.
pub fn param_value(s: &str) -> String {
    let cleaned: String = s
        .chars()
        .filter(|c| !c.is_control())
        .map(|c| if c == '"' { '\'' } else { c })
        .collect();
    if cleaned.contains([':', ';', ',']) || !cleaned.is_ascii() || cleaned.contains(' ') {
        format!("\"{cleaned}\"")
    } else {
        cleaned
    }
}

/// Folds one content line at 75 octets, on character boundaries, with CRLF + space.
pub fn fold(line: &str) -> String {
    let mut out = String::with_capacity(line.len() + line.len() / 70 * 3 + 2);
    let mut width = 0usize;
    for c in line.chars() {
        let n = c.len_utf8();
        // The first line may hold 75 octets; continuation lines start with a space, so 74 more.
        if width + n > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += n;
    }
    out.push_str("\r\n");
    out
}

/// Accumulates folded content lines.
#[derive(Default)]
pub struct Writer {
    out: String,
}

impl Writer {
    pub fn new() -> Self {
        Writer::default()
    }

    /// `NAME[;PARAM=value...]:value` where `value` is already in its final form.
    pub fn raw(&mut self, name: &str, params: &[(&str, String)], value: &str) {
        let mut line = String::with_capacity(name.len() + value.len() + 16);
        line.push_str(name);
        for (k, v) in params {
            let _ = write!(line, ";{k}={v}");
        }
        line.push(':');
        line.push_str(value);
        self.out.push_str(&fold(&line));
    }

    /// A TEXT property, escaped.
    pub fn text(&mut self, name: &str, value: &str) {
        self.raw(name, &[], &escape_text(value));
    }

    pub fn begin(&mut self, component: &str) {
        self.raw("BEGIN", &[], component);
    }

    pub fn end(&mut self, component: &str) {
        self.raw("END", &[], component);
    }

    pub fn finish(self) -> String {
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_and_unescaped() {
        let s = "Tiranë; day 1, plenary\\room\nline two\r\nline three";
        let e = escape_text(s);
        assert_eq!(e, "Tiranë\\; day 1\\, plenary\\\\room\\nline two\\nline three");
        assert_eq!(unescape_text(&e), s.replace("\r\n", "\n"));
    }

    #[test]
    fn folding_counts_octets_and_keeps_characters_whole() {
        let long = format!("SUMMARY:{}", "Đorđe Petrović, Тирана ".repeat(10));
        let folded = fold(&long);
        for physical in folded.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets: {physical}", physical.len());
        }
        let unfolded = folded.replace("\r\n ", "");
        assert_eq!(unfolded.trim_end_matches("\r\n"), long);
    }

    #[test]
    fn parameters_with_specials_are_quoted() {
        assert_eq!(param_value("Đorđe Petrović, Tiranë"), "\"Đorđe Petrović, Tiranë\"");
        assert_eq!(param_value("Europe/Tirane"), "Europe/Tirane");
        assert_eq!(param_value("say \"hi\""), "\"say 'hi'\"");
    }
}
