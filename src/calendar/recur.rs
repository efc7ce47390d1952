//! Recurrence rules (RFC 5545 3.3.10) as calendar apps write them for meetings: daily, weekly
//! on given days, monthly on a day of the month or an nth weekday, yearly; with INTERVAL,
//! COUNT or UNTIL. Occurrences are computed in local time, so a 10:00 meeting stays at 10:00
//! across a daylight-saving change. Anything else is refused by name, never half-followed.

use chrono::{Datelike, Duration, NaiveDate, NaiveDateTime, Weekday};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Freq {
    Daily,
    Weekly,
    Monthly,
    Yearly,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Until {
    Date(NaiveDate),
    /// A DATE-TIME: UTC when it ends in `Z`, else local like DTSTART.
    DateTime(NaiveDateTime, bool),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rule {
    pub freq: Freq,
    pub interval: u32,
    pub count: Option<u32>,
    pub until: Option<Until>,
    /// Weekdays, each with an ordinal for monthly rules (`2TU`, `-1FR`).
    pub by_day: Vec<(Option<i32>, Weekday)>,
    pub by_month_day: Option<i32>,
    pub by_month: Option<u32>,
    pub week_start: Weekday,
}

/// Why a rule cannot be followed: `part` is what the file says (`BYSETPOS=-1`), to be named in
/// the message.
#[derive(Debug, PartialEq, Eq)]
pub enum RuleError {
    Unsupported(String),
    Invalid(String),
}

fn weekday(code: &str) -> Option<Weekday> {
    Some(match code {
        "MO" => Weekday::Mon,
        "TU" => Weekday::Tue,
        "WE" => Weekday::Wed,
        "TH" => Weekday::Thu,
        "FR" => Weekday::Fri,
        "SA" => Weekday::Sat,
        "SU" => Weekday::Sun,
        _ => return None,
    })
}

fn parse_until(v: &str) -> Option<Until> {
    if let Ok(d) = NaiveDate::parse_from_str(v, "%Y%m%d") {
        return Some(Until::Date(d));
    }
    let (body, utc) = match v.strip_suffix('Z') {
        Some(b) => (b, true),
        None => (v, false),
    };
    NaiveDateTime::parse_from_str(body, "%Y%m%dT%H%M%S")
        .ok()
        .map(|t| Until::DateTime(t, utc))
}

pub fn parse(value: &str) -> Result<Rule, RuleError> {
    let mut rule = Rule {
        freq: Freq::Daily,
        interval: 1,
        count: None,
        until: None,
        by_day: vec![],
        by_month_day: None,
        by_month: None,
        week_start: Weekday::Mon,
    };
    let mut freq = None;
    for part in value.trim().split(';').filter(|p| !p.is_empty()) {
        let (k, v) = part
            .split_once('=')
            .ok_or_else(|| RuleError::Invalid(part.to_string()))?;
        let (k, v) = (k.trim().to_ascii_uppercase(), v.trim().to_ascii_uppercase());
        let invalid = || RuleError::Invalid(part.to_string());
        match k.as_str() {
            "FREQ" => {
                freq = Some(match v.as_str() {
                    "DAILY" => Freq::Daily,
                    "WEEKLY" => Freq::Weekly,
                    "MONTHLY" => Freq::Monthly,
                    "YEARLY" => Freq::Yearly,
                    "HOURLY" | "MINUTELY" | "SECONDLY" => return Err(RuleError::Unsupported(part.to_string())),
                    _ => return Err(invalid()),
                })
            }
            "INTERVAL" => rule.interval = v.parse().ok().filter(|n| *n >= 1).ok_or_else(invalid)?,
            "COUNT" => rule.count = Some(v.parse().ok().filter(|n| *n >= 1).ok_or_else(invalid)?),
            "UNTIL" => rule.until = Some(parse_until(&v).ok_or_else(invalid)?),
            "BYDAY" => {
                for d in v.split(',') {
                    let split = d.len().checked_sub(2).ok_or_else(invalid)?;
                    let (n, day) = d.split_at(split);
                    let day = weekday(day).ok_or_else(invalid)?;
                    let n = match n {
                        "" => None,
                        n => Some(n.trim_start_matches('+').parse::<i32>().map_err(|_| invalid())?),
                    };
                    if n == Some(0) || n.is_some_and(|n| !(-5..=5).contains(&n)) {
                        return Err(RuleError::Unsupported(part.to_string()));
                    }
                    rule.by_day.push((n, day));
                }
            }
            "BYMONTHDAY" => {
                let n: i32 = v.parse().map_err(|_| RuleError::Unsupported(part.to_string()))?;
                if n == 0 || !(-31..=31).contains(&n) {
                    return Err(invalid());
                }
                rule.by_month_day = Some(n);
            }
            "BYMONTH" => {
                let n: u32 = v.parse().map_err(|_| RuleError::Unsupported(part.to_string()))?;
                if !(1..=12).contains(&n) {
                    return Err(invalid());
                }
                rule.by_month = Some(n);
            }
            "WKST" => rule.week_start = weekday(&v).ok_or_else(invalid)?,
            // BYSETPOS, BYWEEKNO, BYYEARDAY, BYHOUR, BYMINUTE, BYSECOND, and anything unknown.
            _ => return Err(RuleError::Unsupported(part.to_string())),
        }
    }
    rule.freq = freq.ok_or_else(|| RuleError::Invalid(value.to_string()))?;
    if rule.count.is_some() && rule.until.is_some() {
        return Err(RuleError::Invalid(value.to_string()));
    }
    let ordinals = rule.by_day.iter().any(|(n, _)| n.is_some());
    match rule.freq {
        Freq::Monthly if ordinals && rule.by_day.len() > 1 => return Err(RuleError::Unsupported(value.to_string())),
        Freq::Daily | Freq::Weekly if ordinals => return Err(RuleError::Unsupported(value.to_string())),
        Freq::Yearly if !rule.by_day.is_empty() || rule.by_month_day.is_some() => {
            return Err(RuleError::Unsupported(value.to_string()));
        }
        _ => {}
    }
    Ok(rule)
}

fn add_months(year: i32, month: u32, n: u32) -> (i32, u32) {
    let total = year * 12 + (month as i32 - 1) + n as i32;
    (total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
}

fn days_in_month(year: i32, month: u32) -> u32 {
    let (ny, nm) = add_months(year, month, 1);
    NaiveDate::from_ymd_opt(ny, nm, 1)
        .and_then(|d| d.pred_opt())
        .map(|d| d.day())
        .unwrap_or(28)
}

/// The `n`th (1-based, or -1 for the last) `day` of a month.
fn nth_weekday(year: i32, month: u32, n: i32, day: Weekday) -> Option<NaiveDate> {
    if n > 0 {
        NaiveDate::from_weekday_of_month_opt(year, month, day, n as u8)
    } else {
        let last = NaiveDate::from_ymd_opt(year, month, days_in_month(year, month))?;
        let back = (last.weekday().num_days_from_monday() + 7 - day.num_days_from_monday()) % 7;
        let d = last - Duration::days(back as i64 + 7 * (-n - 1) as i64);
        (d.month() == month).then_some(d)
    }
}

/// The dates a period produces, in order, for the period that starts on `anchor`.
fn period_dates(rule: &Rule, first: NaiveDate, anchor: NaiveDate) -> Vec<NaiveDate> {
    match rule.freq {
        Freq::Daily => {
            let ok = rule.by_day.is_empty() || rule.by_day.iter().any(|(_, d)| *d == anchor.weekday());
            if ok { vec![anchor] } else { vec![] }
        }
        Freq::Weekly => {
            let mut days: Vec<Weekday> = if rule.by_day.is_empty() {
                vec![first.weekday()]
            } else {
                rule.by_day.iter().map(|(_, d)| *d).collect()
            };
            let from_start = |d: &Weekday| (d.num_days_from_monday() + 7 - rule.week_start.num_days_from_monday()) % 7;
            days.sort_by_key(from_start);
            days.dedup();
            days.iter()
                .map(|d| anchor + Duration::days(from_start(d) as i64))
                .collect()
        }
        Freq::Monthly => {
            let (y, m) = (anchor.year(), anchor.month());
            if let Some((Some(n), day)) = rule.by_day.first() {
                return nth_weekday(y, m, *n, *day).into_iter().collect();
            }
            if !rule.by_day.is_empty() {
                // Every given weekday of the month (BYDAY=TU,TH without ordinals).
                return (1..=days_in_month(y, m))
                    .filter_map(|d| NaiveDate::from_ymd_opt(y, m, d))
                    .filter(|d| rule.by_day.iter().any(|(_, w)| *w == d.weekday()))
                    .collect();
            }
            let dim = days_in_month(y, m) as i32;
            let day = match rule.by_month_day {
                Some(n) if n < 0 => dim + n + 1,
                Some(n) => n,
                None => first.day() as i32,
            };
            (1..=dim)
                .contains(&day)
                .then(|| NaiveDate::from_ymd_opt(y, m, day as u32))
                .flatten()
                .into_iter()
                .collect()
        }
        Freq::Yearly => {
            let month = rule.by_month.unwrap_or(first.month());
            NaiveDate::from_ymd_opt(anchor.year(), month, first.day())
                .into_iter()
                .collect()
        }
    }
}

/// Occurrence starts in local time, DTSTART first, at most `limit` of them; `past_until` says
/// whether a local start is after UNTIL; an open-ended rule stops at `horizon`. The flag is
/// true when `limit` or `horizon` cut an open or longer series short.
pub fn expand(
    rule: &Rule,
    start: NaiveDateTime,
    limit: usize,
    horizon: NaiveDateTime,
    past_until: impl Fn(NaiveDateTime) -> bool,
) -> (Vec<NaiveDateTime>, bool) {
    let first = start.date();
    let time = start.time();
    let mut out = vec![start];
    let mut period = 0u32;
    let anchor_of = |k: u32| -> Option<NaiveDate> {
        let step = k.checked_mul(rule.interval)?;
        match rule.freq {
            Freq::Daily => first.checked_add_signed(Duration::days(step as i64)),
            Freq::Weekly => {
                let back = (first.weekday().num_days_from_monday() + 7 - rule.week_start.num_days_from_monday()) % 7;
                (first - Duration::days(back as i64)).checked_add_signed(Duration::weeks(step as i64))
            }
            Freq::Monthly => {
                let (y, m) = add_months(first.year(), first.month(), step);
                NaiveDate::from_ymd_opt(y, m, 1)
            }
            Freq::Yearly => NaiveDate::from_ymd_opt(first.year().checked_add(step as i32)?, 1, 1),
        }
    };
    // Periods that produce nothing (the 31st in a short month) are skipped; a rule that never
    // produces again stops after this many empty periods.
    let mut empty_run = 0;
    loop {
        let Some(anchor) = anchor_of(period) else {
            return (out, false);
        };
        let mut produced = false;
        for d in period_dates(rule, first, anchor) {
            let t = d.and_time(time);
            if t <= start {
                continue;
            }
            produced = true;
            if rule.count.is_some_and(|c| out.len() >= c as usize) || past_until(t) {
                return (out, false);
            }
            if out.len() >= limit || t > horizon {
                return (out, true);
            }
            out.push(t);
        }
        empty_run = if produced { 0 } else { empty_run + 1 };
        if empty_run > 60 {
            return (out, false);
        }
        period += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M").unwrap()
    }

    fn run(rule: &str, start: &str, limit: usize) -> (Vec<String>, bool) {
        let r = parse(rule).unwrap();
        let until = r.until.clone();
        let (v, cut) = expand(&r, at(start), limit, at("2099-01-01 00:00"), |t| match &until {
            Some(Until::Date(d)) => t.date() > *d,
            Some(Until::DateTime(u, _)) => t > *u,
            None => false,
        });
        (
            v.iter().map(|t| t.format("%a %Y-%m-%d %H:%M").to_string()).collect(),
            cut,
        )
    }

    #[test]
    fn weekly_on_given_days_with_a_count() {
        let (v, cut) = run("FREQ=WEEKLY;BYDAY=TU,TH;COUNT=5", "2026-12-01 10:00", 50);
        assert_eq!(
            v,
            [
                "Tue 2026-12-01 10:00",
                "Thu 2026-12-03 10:00",
                "Tue 2026-12-08 10:00",
                "Thu 2026-12-10 10:00",
                "Tue 2026-12-15 10:00"
            ]
        );
        assert!(!cut);
    }

    #[test]
    fn every_other_week_until_a_date() {
        let (v, _) = run("FREQ=WEEKLY;INTERVAL=2;UNTIL=20270112T235959Z", "2026-12-01 09:30", 50);
        assert_eq!(
            v,
            [
                "Tue 2026-12-01 09:30",
                "Tue 2026-12-15 09:30",
                "Tue 2026-12-29 09:30",
                "Tue 2027-01-12 09:30"
            ]
        );
    }

    #[test]
    fn monthly_by_nth_weekday_and_by_month_day() {
        let (v, _) = run("FREQ=MONTHLY;BYDAY=-1FR;COUNT=3", "2026-11-27 14:00", 50);
        assert_eq!(
            v,
            ["Fri 2026-11-27 14:00", "Fri 2026-12-25 14:00", "Fri 2027-01-29 14:00"]
        );
        let (v, _) = run("FREQ=MONTHLY;BYDAY=2TU;COUNT=2", "2026-12-08 10:00", 50);
        assert_eq!(v, ["Tue 2026-12-08 10:00", "Tue 2027-01-12 10:00"]);
        // The 31st: months without one are skipped (RFC 5545), not moved.
        let (v, _) = run("FREQ=MONTHLY;COUNT=3", "2027-01-31 10:00", 50);
        assert_eq!(
            v,
            ["Sun 2027-01-31 10:00", "Wed 2027-03-31 10:00", "Mon 2027-05-31 10:00"]
        );
    }

    #[test]
    fn daily_and_yearly() {
        let (v, _) = run("FREQ=DAILY;INTERVAL=3;COUNT=3", "2026-12-30 08:00", 50);
        assert_eq!(
            v,
            ["Wed 2026-12-30 08:00", "Sat 2027-01-02 08:00", "Tue 2027-01-05 08:00"]
        );
        let (v, _) = run("FREQ=DAILY;BYDAY=MO,TU,WE,TH,FR;COUNT=3", "2026-12-04 08:00", 50);
        assert_eq!(
            v,
            ["Fri 2026-12-04 08:00", "Mon 2026-12-07 08:00", "Tue 2026-12-08 08:00"]
        );
        let (v, _) = run("FREQ=YEARLY;COUNT=2", "2026-12-10 00:00", 50);
        assert_eq!(v, ["Thu 2026-12-10 00:00", "Fri 2027-12-10 00:00"]);
    }

    #[test]
    fn an_open_rule_stops_at_the_limit_and_says_so() {
        let (v, cut) = run("FREQ=WEEKLY", "2026-12-01 10:00", 4);
        assert_eq!(v.len(), 4);
        assert!(cut);
    }

    #[test]
    fn rules_we_cannot_follow_are_named() {
        assert_eq!(
            parse("FREQ=MONTHLY;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1"),
            Err(RuleError::Unsupported("BYSETPOS=-1".into()))
        );
        assert_eq!(parse("FREQ=HOURLY"), Err(RuleError::Unsupported("FREQ=HOURLY".into())));
        assert!(matches!(parse("FREQ=SOMETIMES"), Err(RuleError::Invalid(_))));
        assert!(matches!(parse("FREQ=WEEKLY;COUNT=0"), Err(RuleError::Invalid(_))));
    }
}
