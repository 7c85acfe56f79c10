//! How much time a read asks for on a column: the width of the range its
//! bounds describe (`>= now() - INTERVAL '7 days'`: 7 days; `>= $1 AND <
//! $2` with the dates the log showed: the typical distance between them).
//! Partitioning picks its period from it, and the index model the share of
//! rows a range keeps.
use super::facts::{BoundValue, Operand, QueryFacts, TableFacts};
use chrono::{NaiveDate, NaiveDateTime};

const DAY_S: f64 = 86_400.0;

/// Days in an interval as PostgreSQL writes one (`7 days`, `1 mon`,
/// `2 weeks 3 days`, `24:00:00`, `1 year`); a bare number is days (the
/// `current_date - 7` form).
pub(crate) fn interval_days(text: &str) -> Option<f64> {
    let t = text.trim().trim_matches('\'').to_ascii_lowercase();
    if let Ok(n) = t.parse::<f64>() {
        return Some(n);
    }
    let mut days = 0.0;
    let mut seen = false;
    let mut words = t.split_whitespace().peekable();
    while let Some(w) = words.next() {
        if let Some(hms) = clock_days(w) {
            days += hms;
            seen = true;
            continue;
        }
        let n: f64 = w.parse().ok()?;
        let unit = words.next()?;
        let per = match unit {
            "ms" | "msec" | "msecs" | "millisecond" | "milliseconds" => 0.001 / DAY_S,
            "s" | "sec" | "secs" | "second" | "seconds" => 1.0 / DAY_S,
            "m" | "min" | "mins" | "minute" | "minutes" => 1.0 / 1440.0,
            "h" | "hr" | "hrs" | "hour" | "hours" => 1.0 / 24.0,
            "d" | "day" | "days" => 1.0,
            "w" | "week" | "weeks" => 7.0,
            "mon" | "mons" | "month" | "months" => 30.44,
            "y" | "yr" | "yrs" | "year" | "years" => 365.25,
            _ => return None,
        };
        days += n * per;
        seen = true;
    }
    seen.then_some(days)
}

/// `HH:MM:SS` as days.
fn clock_days(w: &str) -> Option<f64> {
    let parts: Vec<f64> = w
        .split(':')
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts.as_slice() {
        [h, m] => Some((h * 3600.0 + m * 60.0) / DAY_S),
        [h, m, s] => Some((h * 3600.0 + m * 60.0 + s) / DAY_S),
        _ => None,
    }
}

/// Seconds since 1970 of a date or timestamp as written (its zone ignored:
/// only distances between two of them are used).
pub(crate) fn instant_seconds(text: &str) -> Option<f64> {
    let t = text.trim();
    for (len, f) in [(26, "%Y-%m-%d %H:%M:%S%.f"), (19, "%Y-%m-%d %H:%M:%S")] {
        let head = t.get(..len.min(t.len()))?.replace('T', " ");
        if let Ok(dt) = NaiveDateTime::parse_from_str(&head, f) {
            return Some(dt.and_utc().timestamp() as f64);
        }
    }
    let d = NaiveDate::parse_from_str(t.get(..10)?, "%Y-%m-%d").ok()?;
    Some(d.and_hms_opt(0, 0, 0)?.and_utc().timestamp() as f64)
}

fn median(mut v: Vec<f64>) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    v.sort_by(f64::total_cmp);
    Some(v[v.len() / 2])
}

/// The typical value of a bound, in seconds (`Ago`: seconds before the
/// statement ran; others: since 1970), from the constants the log showed.
fn seconds(facts: &QueryFacts, v: &BoundValue) -> Option<f64> {
    let values = |o: &Operand| facts.values_of(o).map(|c| c.values).unwrap_or_default();
    let of = |o: &Operand, f: &dyn Fn(&str) -> Option<f64>| {
        median(values(o).iter().filter_map(|x| f(x)).collect())
    };
    match v {
        BoundValue::Ago(o) => of(o, &|x| interval_days(x).map(|d| d * DAY_S)),
        BoundValue::At(o) => of(o, &instant_seconds),
        BoundValue::Epoch(o) => of(o, &|x| x.trim().parse().ok()),
        BoundValue::Now => Some(0.0),
    }
}

/// Days of `column` a read asks for: from a lower bound relative to the
/// clock to the clock (or to an upper bound relative to it), or between two
/// points in time it was given. `None` when the bounds cannot be read.
pub(crate) fn asked_days(facts: &QueryFacts, table: &TableFacts, column: &str) -> Option<f64> {
    let ends = |lower: bool| {
        table
            .bounds
            .iter()
            .filter(move |b| b.column == column && b.lower == lower)
            .map(|b| &b.value)
    };
    for lo in ends(true) {
        let Some(from) = seconds(facts, lo) else {
            continue;
        };
        let relative = matches!(lo, BoundValue::Ago(_) | BoundValue::Now);
        let to = ends(false).find_map(|hi| {
            let same_kind = matches!(hi, BoundValue::Ago(_) | BoundValue::Now) == relative;
            same_kind.then(|| seconds(facts, hi)).flatten()
        });
        let span = match (relative, to) {
            // `now() - 7 days` up to `now() - 1 day`, or up to now.
            (true, Some(to)) => from - to,
            (true, None) => from,
            (false, Some(to)) => to - from,
            (false, None) => continue,
        };
        if span > 0.0 {
            return Some(span / DAY_S);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::facts::extract;

    fn days(sql: &str, table: &str, column: &str) -> Option<f64> {
        let f = extract(sql).unwrap();
        let (_, t) = f.tables.iter().find(|(n, _)| n.name == table).unwrap();
        asked_days(&f, t, column)
    }

    #[test]
    fn reads_the_ranges_people_write() {
        let d = |sql| days(sql, "eventos", "criado_em");
        assert_eq!(
            d("SELECT 1 FROM eventos WHERE criado_em >= now() - interval '7 days'"),
            Some(7.0)
        );
        assert_eq!(
            d("SELECT 1 FROM eventos WHERE criado_em > current_date - 30"),
            Some(30.0)
        );
        assert_eq!(
            d("SELECT 1 FROM eventos WHERE criado_em >= now() - INTERVAL '2' hour")
                .map(|x| (x * 24.0).round()),
            Some(2.0)
        );
        assert_eq!(
            d("SELECT 1 FROM eventos WHERE criado_em BETWEEN '2024-03-01' AND '2024-03-31'"),
            Some(30.0)
        );
        assert_eq!(
            d("SELECT 1 FROM eventos WHERE criado_em >= to_timestamp(1789485566) AND criado_em < to_timestamp(1791818366)"),
            Some(27.0)
        );
        assert_eq!(
            d("SELECT 1 FROM eventos WHERE criado_em >= DATE '2024-01-01' AND criado_em < DATE '2024-02-01'"),
            Some(31.0)
        );
        assert_eq!(
            d("SELECT 1 FROM eventos WHERE criado_em >= date_trunc('month', now()) - interval '12 months'")
                .map(f64::round),
            Some(365.0)
        );
        assert_eq!(d("SELECT 1 FROM eventos WHERE criado_em >= $1"), None);
        assert_eq!(
            d("SELECT 1 FROM eventos WHERE criado_em < now() - interval '90 days'"),
            None
        );
    }

    #[test]
    fn intervals_in_postgres_words() {
        assert_eq!(interval_days("1 mon"), Some(30.44));
        assert_eq!(interval_days("2 weeks 3 days"), Some(17.0));
        assert_eq!(interval_days("12:00:00"), Some(0.5));
        assert_eq!(interval_days("'1 year'"), Some(365.25));
        assert_eq!(interval_days("soon"), None);
        assert_eq!(
            interval_days("500 ms").map(|d| (d * DAY_S).round()),
            Some(1.0)
        );
        assert_eq!(interval_days("90 minutes"), Some(90.0 / 1440.0));
    }
}
