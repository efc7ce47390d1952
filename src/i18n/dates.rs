//! Dates in the reader's language: month and day names and the order of a date, from CLDR's
//! Gregorian calendar data (cldr-json `ca-gregorian.json` of each locale; Montenegrin takes
//! `sr-Latn-ME`). Times are always the 24-hour clock (`09:00`), as all these languages write
//! them.

use chrono::{Datelike, NaiveDate, NaiveDateTime, Weekday};

struct Names {
    /// Abbreviated month names, as used inside a date.
    months_abbr: [&'static str; 12],
    /// Month names inside a date ("12 December", Croatian "12. prosinca").
    months_in_date: [&'static str; 12],
    /// Month names on their own ("prosinac 2026."), where they differ from those inside a
    /// date (Croatian); `None`: the same.
    months_alone: Option<[&'static str; 12]>,
    /// Monday first.
    days_abbr: [&'static str; 7],
    days: [&'static str; 7],
    /// Whether the day and the year take a dot ("12. dec 2026."): the South Slavic Latin order.
    dotted: bool,
}

const EN: Names = Names {
    months_abbr: [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ],
    months_in_date: [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    months_alone: None,
    days_abbr: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    days: [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ],
    dotted: false,
};

const SQ: Names = Names {
    months_abbr: [
        "jan", "shk", "mar", "pri", "maj", "qer", "korr", "gush", "sht", "tet", "nën", "dhj",
    ],
    months_in_date: [
        "janar", "shkurt", "mars", "prill", "maj", "qershor", "korrik", "gusht", "shtator", "tetor", "nëntor",
        "dhjetor",
    ],
    months_alone: None,
    days_abbr: ["hën", "mar", "mër", "enj", "pre", "sht", "die"],
    days: [
        "e hënë",
        "e martë",
        "e mërkurë",
        "e enjte",
        "e premte",
        "e shtunë",
        "e diel",
    ],
    dotted: false,
};

const SR_LATN: Names = Names {
    months_abbr: [
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "avg", "sep", "okt", "nov", "dec",
    ],
    months_in_date: [
        "januar",
        "februar",
        "mart",
        "april",
        "maj",
        "jun",
        "jul",
        "avgust",
        "septembar",
        "oktobar",
        "novembar",
        "decembar",
    ],
    months_alone: None,
    days_abbr: ["pon", "uto", "sre", "čet", "pet", "sub", "ned"],
    days: [
        "ponedeljak",
        "utorak",
        "sreda",
        "četvrtak",
        "petak",
        "subota",
        "nedelja",
    ],
    dotted: true,
};

const SR_CYRL: Names = Names {
    months_abbr: [
        "јан", "феб", "мар", "апр", "мај", "јун", "јул", "авг", "сеп", "окт", "нов", "дец",
    ],
    months_in_date: [
        "јануар",
        "фебруар",
        "март",
        "април",
        "мај",
        "јун",
        "јул",
        "август",
        "септембар",
        "октобар",
        "новембар",
        "децембар",
    ],
    months_alone: None,
    days_abbr: ["пон", "уто", "сре", "чет", "пет", "суб", "нед"],
    days: ["понедељак", "уторак", "среда", "четвртак", "петак", "субота", "недеља"],
    dotted: true,
};

const BS: Names = Names {
    months_abbr: [
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec",
    ],
    months_in_date: [
        "januar",
        "februar",
        "mart",
        "april",
        "maj",
        "juni",
        "juli",
        "august",
        "septembar",
        "oktobar",
        "novembar",
        "decembar",
    ],
    months_alone: None,
    days_abbr: ["pon", "uto", "sri", "čet", "pet", "sub", "ned"],
    days: [
        "ponedjeljak",
        "utorak",
        "srijeda",
        "četvrtak",
        "petak",
        "subota",
        "nedjelja",
    ],
    dotted: true,
};

const HR: Names = Names {
    months_abbr: [
        "sij", "velj", "ožu", "tra", "svi", "lip", "srp", "kol", "ruj", "lis", "stu", "pro",
    ],
    months_in_date: [
        "siječnja",
        "veljače",
        "ožujka",
        "travnja",
        "svibnja",
        "lipnja",
        "srpnja",
        "kolovoza",
        "rujna",
        "listopada",
        "studenoga",
        "prosinca",
    ],
    months_alone: Some([
        "siječanj",
        "veljača",
        "ožujak",
        "travanj",
        "svibanj",
        "lipanj",
        "srpanj",
        "kolovoz",
        "rujan",
        "listopad",
        "studeni",
        "prosinac",
    ]),
    days_abbr: ["pon", "uto", "sri", "čet", "pet", "sub", "ned"],
    days: [
        "ponedjeljak",
        "utorak",
        "srijeda",
        "četvrtak",
        "petak",
        "subota",
        "nedjelja",
    ],
    dotted: true,
};

const CNR: Names = Names {
    months_abbr: [
        "jan", "feb", "mar", "apr", "maj", "jun", "jul", "avg", "sep", "okt", "nov", "dec",
    ],
    months_in_date: [
        "januar",
        "februar",
        "mart",
        "april",
        "maj",
        "jun",
        "jul",
        "avgust",
        "septembar",
        "oktobar",
        "novembar",
        "decembar",
    ],
    months_alone: None,
    days_abbr: ["pon", "uto", "sri", "čet", "pet", "sub", "ned"],
    days: [
        "ponedjeljak",
        "utorak",
        "srijeda",
        "četvrtak",
        "petak",
        "subota",
        "nedjelja",
    ],
    dotted: true,
};

const MK: Names = Names {
    months_abbr: [
        "јан.",
        "фев.",
        "мар.",
        "апр.",
        "мај",
        "јун.",
        "јул.",
        "авг.",
        "септ.",
        "окт.",
        "ноем.",
        "дек.",
    ],
    months_in_date: [
        "јануари",
        "февруари",
        "март",
        "април",
        "мај",
        "јуни",
        "јули",
        "август",
        "септември",
        "октомври",
        "ноември",
        "декември",
    ],
    months_alone: None,
    days_abbr: ["пон.", "вт.", "сре.", "чет.", "пет.", "саб.", "нед."],
    days: [
        "понеделник",
        "вторник",
        "среда",
        "четврток",
        "петок",
        "сабота",
        "недела",
    ],
    dotted: false,
};

fn names(lang: &str) -> &'static Names {
    match lang {
        "sq" => &SQ,
        "sr-Latn" => &SR_LATN,
        "sr-Cyrl" => &SR_CYRL,
        "bs" => &BS,
        "hr" => &HR,
        "cnr" => &CNR,
        "mk" => &MK,
        _ => &EN,
    }
}

fn day_index(w: Weekday) -> usize {
    w.num_days_from_monday() as usize
}

/// "12 Dec 2026"; "12. dec 2026."; "12 дек. 2026".
pub fn date(lang: &str, d: NaiveDate) -> String {
    let n = names(lang);
    let m = n.months_abbr[d.month0() as usize];
    if n.dotted {
        format!("{}. {m} {}.", d.day(), d.year())
    } else {
        format!("{} {m} {}", d.day(), d.year())
    }
}

/// "12 December 2026"; "12. decembar 2026."; "12. prosinca 2026.".
pub fn date_long(lang: &str, d: NaiveDate) -> String {
    let n = names(lang);
    let m = n.months_in_date[d.month0() as usize];
    if n.dotted {
        format!("{}. {m} {}.", d.day(), d.year())
    } else {
        format!("{} {m} {}", d.day(), d.year())
    }
}

/// "12 Dec"; "12. dec".
pub fn day_month(lang: &str, d: NaiveDate) -> String {
    let n = names(lang);
    let m = n.months_abbr[d.month0() as usize];
    if n.dotted {
        format!("{}. {m}", d.day())
    } else {
        format!("{} {m}", d.day())
    }
}

/// "Thu 14 Jan 2027"; "čet 14. jan 2027.".
pub fn weekday_date(lang: &str, d: NaiveDate) -> String {
    format!("{} {}", names(lang).days_abbr[day_index(d.weekday())], date(lang, d))
}

/// "Thursday 14 January 2027"; "četvrtak, 14. januar 2027.".
pub fn weekday_date_long(lang: &str, d: NaiveDate) -> String {
    let n = names(lang);
    let day = n.days[day_index(d.weekday())];
    if lang == DEFAULT {
        format!("{day} {}", date_long(lang, d))
    } else {
        format!("{day}, {}", date_long(lang, d))
    }
}

const DEFAULT: &str = "en";

/// "December 2026"; "prosinac 2026."; "декември 2026".
pub fn month_year(lang: &str, year: i32, month: u32) -> String {
    let n = names(lang);
    let m = n.months_alone.as_ref().unwrap_or(&n.months_in_date)[(month.clamp(1, 12) - 1) as usize];
    if n.dotted {
        format!("{m} {year}.")
    } else {
        format!("{m} {year}")
    }
}

/// "Dec 2026" (chart labels).
pub fn month_abbr_year(lang: &str, year: i32, month: u32) -> String {
    let n = names(lang);
    let m = n.months_abbr[(month.clamp(1, 12) - 1) as usize];
    if n.dotted {
        format!("{m} {year}.")
    } else {
        format!("{m} {year}")
    }
}

/// "12 Dec 2026, 09:00".
pub fn date_time(lang: &str, t: NaiveDateTime) -> String {
    format!("{}, {}", date(lang, t.date()), t.format("%H:%M"))
}

/// "Thu 14 Jan 2027, 09:00".
pub fn weekday_date_time(lang: &str, t: NaiveDateTime) -> String {
    format!("{}, {}", weekday_date(lang, t.date()), t.format("%H:%M"))
}

/// Day names for a calendar grid's header, Monday first.
pub fn weekday_abbrs(lang: &str) -> [&'static str; 7] {
    names(lang).days_abbr
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, day).unwrap()
    }

    #[test]
    fn english_stays_as_it_was() {
        let x = d(2026, 12, 12);
        assert_eq!(date("en", x), x.format("%-d %b %Y").to_string());
        assert_eq!(date_long("en", x), x.format("%-d %B %Y").to_string());
        assert_eq!(weekday_date("en", x), x.format("%a %-d %b %Y").to_string());
        assert_eq!(weekday_date_long("en", x), x.format("%A %-d %B %Y").to_string());
        assert_eq!(month_year("en", 2026, 12), "December 2026");
        assert_eq!(month_abbr_year("en", 2026, 12), x.format("%b %Y").to_string());
        assert_eq!(date_time("en", x.and_hms_opt(9, 5, 0).unwrap()), "12 Dec 2026, 09:05");
        assert_eq!(date("xx", x), "12 Dec 2026", "an unknown language is English");
    }

    #[test]
    fn each_language_writes_its_own_names_and_order() {
        let x = d(2026, 12, 10);
        assert_eq!(weekday_date("sq", x), "enj 10 dhj 2026");
        assert_eq!(date_long("sr-Latn", x), "10. decembar 2026.");
        assert_eq!(weekday_date("sr-Cyrl", x), "чет 10. дец 2026.");
        assert_eq!(date_long("bs", x), "10. decembar 2026.");
        assert_eq!(date_long("hr", x), "10. prosinca 2026.");
        assert_eq!(month_year("hr", 2026, 12), "prosinac 2026.");
        assert_eq!(weekday_date_long("cnr", x), "četvrtak, 10. decembar 2026.");
        assert_eq!(date("mk", x), "10 дек. 2026");
        assert_eq!(weekday_date_long("mk", x), "четврток, 10 декември 2026");
    }
}
