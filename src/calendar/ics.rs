//! A small RFC 5545 writer: TEXT escaping, parameter quoting, CRLF line ends, and folding at
//! 75 octets without splitting a UTF-8 character. The `ical` crate's 0.11 generator gets each of
//! these wrong (see the Events issue), so output is produced here; its parser is used to read
//! files back (with [`unescape_text`], since it leaves TEXT escaped).

/// Calls `push` with each character of `s` escaped as a TEXT value (RFC 5545 3.3.11): line
/// ends of every kind become `\n`, backslash, semicolon and comma are escaped, a tab is kept
/// (TEXT allows HTAB), other control characters are dropped.
fn escape_each(s: &str, mut push: impl FnMut(char)) {
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                push('\\');
                push('n');
            }
            '\\' | ';' | ',' => {
                push('\\');
                push(c);
            }
            c if c.is_control() && c != '\t' => {}
            c => push(c),
        }
    }
}

/// Escapes a TEXT value (RFC 5545 3.3.11).
pub fn escape_text(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    escape_each(s, |c| out.push(c));
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
    let mut w = Writer::new();
    w.push_str(line);
    w.end_line();
    w.finish()
}

/// Accumulates content lines, folded as they are written (no line is built apart first: a
/// calendar feed writes some 15,000 lines).
#[derive(Default)]
pub struct Writer {
    out: String,
    /// Octets on the current physical line.
    width: usize,
}

impl Writer {
    pub fn new() -> Self {
        Writer::default()
    }

    /// Appends one character, starting a continuation line first when it would pass 75
    /// octets. The first line may hold 75 octets; continuation lines start with a space, so 74
    /// more.
    fn push(&mut self, c: char) {
        let n = c.len_utf8();
        if self.width + n > 75 {
            self.out.push_str("\r\n ");
            self.width = 1;
        }
        self.out.push(c);
        self.width += n;
    }

    fn push_str(&mut self, s: &str) {
        for c in s.chars() {
            self.push(c);
        }
    }

    fn end_line(&mut self) {
        self.out.push_str("\r\n");
        self.width = 0;
    }

    /// `NAME[;PARAM=value...]:value` where `value` is already in its final form.
    pub fn raw(&mut self, name: &str, params: &[(&str, String)], value: &str) {
        self.push_str(name);
        for (k, v) in params {
            self.push(';');
            self.push_str(k);
            self.push('=');
            self.push_str(v);
        }
        self.push(':');
        self.push_str(value);
        self.end_line();
    }

    /// A TEXT property, escaped.
    pub fn text(&mut self, name: &str, value: &str) {
        self.push_str(name);
        self.push(':');
        escape_each(value, |c| self.push(c));
        self.end_line();
    }

    /// Whole content lines written by another [`Writer`] (a cached VTIMEZONE).
    pub fn lines(&mut self, written: &str) {
        debug_assert_eq!(self.width, 0);
        self.out.push_str(written);
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
    fn a_text_line_is_escaped_then_folded_as_one_line() {
        // Line ends of every kind, escapes and two-octet letters where the folds fall.
        let value = format!(
            "{}\r\nnext\rthird\nfourth; a, b \\ {}",
            "ë".repeat(40),
            "Тирана".repeat(12)
        );
        let mut w = Writer::new();
        w.text("DESCRIPTION", &value);
        w.raw("URL", &[("X", param_value("a b"))], "https://example.org/");
        let expected = format!(
            "{}{}",
            fold(&format!("DESCRIPTION:{}", escape_text(&value))),
            fold("URL;X=\"a b\":https://example.org/")
        );
        assert_eq!(w.finish(), expected);
        assert!(escape_text("a\r\nb\rc\nd").eq("a\\nb\\nc\\nd"));
    }

    /// A tab in a title or description (pasted from a table) is TEXT like any letter: it is
    /// written as it is and read back, also where a fold falls just before it.
    #[test]
    fn a_tab_survives_export_and_import() {
        use chrono::TimeZone;
        assert_eq!(escape_text("a\tb\u{7}c"), "a\tbc", "a tab stays, other controls go");
        let start = chrono::Utc.with_ymd_and_hms(2031, 12, 1, 9, 0, 0).unwrap();
        // "DESCRIPTION:" and 63 letters fill the first line: the fold comes before the tab.
        let description = format!("{}\tRoom 2\nTime\tTopic", "x".repeat(63));
        let cal = crate::calendar::Calendar {
            events: vec![crate::calendar::Event {
                uid: "tab@roundtable.test".into(),
                sequence: 0,
                dtstamp: start,
                start,
                end: start + chrono::Duration::hours(1),
                tz: chrono_tz::Europe::Tirane,
                all_day: false,
                summary: "Plenary\tday 1".into(),
                description: Some(description.clone()),
                location: None,
                url: None,
                status: crate::calendar::Status::Confirmed,
                categories: vec![],
                organizer: None,
                attendees: vec![],
            }],
            ..Default::default()
        };
        let out = crate::calendar::to_ics(&cal);
        assert!(out.contains("SUMMARY:Plenary\tday 1\r\n"), "{out}");
        assert!(out.contains("\r\n \tRoom 2"), "the fold falls before the tab: {out}");
        let options = crate::calendar::import::ReadOptions {
            zone: None,
            default_zone: chrono_tz::Europe::Tirane,
            candidates: &[],
            limit: 1,
        };
        let back = crate::calendar::import::read(&out, &options).unwrap().drafts.remove(0);
        assert_eq!(back.summary, "Plenary\tday 1");
        assert_eq!(back.description.as_deref(), Some(description.as_str()));
    }

    #[test]
    fn parameters_with_specials_are_quoted() {
        assert_eq!(param_value("Đorđe Petrović, Tiranë"), "\"Đorđe Petrović, Tiranë\"");
        assert_eq!(param_value("Europe/Tirane"), "Europe/Tirane");
        assert_eq!(param_value("say \"hi\""), "\"say 'hi'\"");
    }
}
