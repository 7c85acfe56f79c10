//! Log timestamps to epoch milliseconds.
//!
//! PostgreSQL prints `%t`/`%m` with the *abbreviation* of `log_timezone`
//! (`CET`, `MSK`, `-03`), which no timezone database maps uniquely; the table
//! below covers the zones seen in the field. Unknown abbreviations are read as
//! UTC and counted, so a wrong offset is visible instead of silent.
use chrono::NaiveDate;

/// Parses `YYYY-MM-DD HH:MM:SS[.fff][ TZ]` at the start of `s`.
/// Returns (epoch ms, bytes consumed, timezone known).
pub(crate) fn parse_pg(s: &str) -> Option<(i64, usize, bool)> {
    let b = s.as_bytes();
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || (b[10] != b' ' && b[10] != b'T')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let y = digits(&b[0..4])? as i32;
    let mo = digits(&b[5..7])?;
    let d = digits(&b[8..10])?;
    let h = digits(&b[11..13])?;
    let mi = digits(&b[14..16])?;
    let se = digits(&b[17..19])?;
    let mut i = 19;
    let mut ms = 0u32;
    if i < b.len() && b[i] == b'.' {
        let start = i + 1;
        i = start;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return None;
        }
        let frac = &b[start..i.min(start + 3)];
        ms = digits(frac)? * 10u32.pow(3 - frac.len() as u32);
    }
    let base = NaiveDate::from_ymd_opt(y, mo, d)?
        .and_hms_milli_opt(h, mi, se, ms)?
        .and_utc()
        .timestamp_millis();
    // Optional ` TZ` (or `Z` / `+hh:mm` directly after, ISO style).
    let mut offset_min = 0i32;
    let mut known = true;
    if i < b.len() && (b[i] == b'Z') {
        i += 1;
    } else if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        let (off, used) = numeric_offset(&s[i..])?;
        offset_min = off;
        i += used;
    } else if i + 1 < b.len()
        && b[i] == b' '
        && (b[i + 1].is_ascii_alphabetic() || b[i + 1] == b'+' || b[i + 1] == b'-')
    {
        // The server writes a zone abbreviation (`UTC`, `BRT`) or a numeric
        // one (`-03`, `+0530`), never both: `UTC-5eefe116.22f4` is the zone
        // and then Azure's `-%c`.
        let start = i + 1;
        let mut j = start;
        if b[start].is_ascii_alphabetic() {
            while j < b.len() && b[j].is_ascii_alphabetic() {
                j += 1;
            }
        } else {
            j += 1;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
        }
        let tz = &s[start..j];
        match tz_offset_minutes(tz) {
            Some(off) => offset_min = off,
            None => known = false,
        }
        i = j;
    }
    Some((base - offset_min as i64 * 60_000, i, known))
}

/// Parses BSD syslog `Mon DD HH:MM:SS` with the given year.
pub(crate) fn parse_syslog(s: &str, year: i32) -> Option<(i64, usize)> {
    let b = s.as_bytes();
    if b.len() < 15 || b[3] != b' ' || b[9] != b':' || b[12] != b':' {
        return None;
    }
    let mo = match &s[0..3] {
        "Jan" => 1,
        "Feb" => 2,
        "Mar" => 3,
        "Apr" => 4,
        "May" => 5,
        "Jun" => 6,
        "Jul" => 7,
        "Aug" => 8,
        "Sep" => 9,
        "Oct" => 10,
        "Nov" => 11,
        "Dec" => 12,
        _ => return None,
    };
    let day = if b[4] == b' ' {
        digits(&b[5..6])?
    } else {
        digits(&b[4..6])?
    };
    let h = digits(&b[7..9])?;
    let mi = digits(&b[10..12])?;
    let se = digits(&b[13..15])?;
    let t = NaiveDate::from_ymd_opt(year, mo, day)?
        .and_hms_opt(h, mi, se)?
        .and_utc()
        .timestamp_millis();
    Some((t, 15))
}

fn digits(b: &[u8]) -> Option<u32> {
    let mut v = 0u32;
    for &c in b {
        if !c.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (c - b'0') as u32;
    }
    Some(v)
}

fn numeric_offset(s: &str) -> Option<(i32, usize)> {
    let b = s.as_bytes();
    let sign = match b.first()? {
        b'+' => 1,
        b'-' => -1,
        _ => return None,
    };
    let mut i = 1;
    while i < b.len() && (b[i].is_ascii_digit() || b[i] == b':') && i < 6 {
        i += 1;
    }
    let d: String = s[1..i].chars().filter(char::is_ascii_digit).collect();
    let (h, m) = match d.len() {
        1 | 2 => (d.parse::<i32>().ok()?, 0),
        3 | 4 => (
            d[..d.len() - 2].parse::<i32>().ok()?,
            d[d.len() - 2..].parse::<i32>().ok()?,
        ),
        _ => return None,
    };
    Some((sign * (h * 60 + m), i))
}

/// Offset east of UTC, in minutes, of a timezone abbreviation or `+05`/`-0330`.
pub(crate) fn tz_offset_minutes(tz: &str) -> Option<i32> {
    if tz.starts_with('+') || tz.starts_with('-') {
        return numeric_offset(tz).map(|(o, _)| o);
    }
    let h = |x: f32| Some((x * 60.0) as i32);
    match tz {
        "UTC" | "GMT" | "Z" | "UCT" | "WET" | "UT" => h(0.0),
        "BST" | "CET" | "WEST" | "MET" | "WAT" => h(1.0),
        "CEST" | "EET" | "MEST" | "SAST" | "CAT" | "IST_IL" => h(2.0),
        "EEST" | "MSK" | "EAT" | "AST_SA" | "TRT" => h(3.0),
        "MSD" | "GST" | "SAMT" => h(4.0),
        "PKT" | "YEKT" => h(5.0),
        "IST" => h(5.5),
        "NPT" => h(5.75),
        "BDT" | "OMST" => h(6.0),
        "ICT" | "WIB" | "KRAT" => h(7.0),
        "CST_CN" | "HKT" | "SGT" | "AWST" | "PHT" | "WITA" => h(8.0),
        "JST" | "KST" | "WIT" => h(9.0),
        "ACST" => h(9.5),
        "AEST" | "ChST" => h(10.0),
        "ACDT" => h(10.5),
        "AEDT" => h(11.0),
        "NZST" => h(12.0),
        "NZDT" => h(13.0),
        "ADT" => h(-3.0),
        "AST" => h(-4.0),
        "EDT" => h(-4.0),
        "EST" | "CDT" => h(-5.0),
        "CST" | "MDT" => h(-6.0),
        "MST" | "PDT" => h(-7.0),
        "PST" | "AKDT" => h(-8.0),
        "AKST" | "HDT" => h(-9.0),
        "HST" => h(-10.0),
        "NST" => h(-3.5),
        "NDT" => h(-2.5),
        "BRT" | "ART" | "UYT" | "CLST" => h(-3.0),
        "BRST" | "UYST" => h(-2.0),
        "CLT" | "AMT" | "VET" | "BOT" | "PYT" => h(-4.0),
        "COT" | "PET" | "ECT" => h(-5.0),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pg_forms() {
        let (t, n, k) = parse_pg("2021-01-22 10:03:22.785 CET,rest").unwrap();
        assert_eq!(n, 27);
        assert!(k);
        assert_eq!(t, 1611306202785);
        let (t2, n2, _) = parse_pg("2021-01-22 09:03:22 UTC [1]").unwrap();
        assert_eq!((t2, n2), (1611306202000, 23));
        let (t3, _, _) = parse_pg("2019-03-14T00:22:56+00:00 app").unwrap();
        assert_eq!(t3, 1552522976000);
        let (t4, _, _) = parse_pg("2021-01-22 12:03:22 +03 x").unwrap();
        assert_eq!(t4, 1611306202000);
        let (_, _, known) = parse_pg("2021-01-22 12:03:22 XYZT x").unwrap();
        assert!(!known);
        assert!(parse_pg("2021-13-22 12:03:22").is_none());
        assert!(parse_pg("garbage").is_none());
        // Azure's `%t-%c-`: the zone ends where its letters do.
        let (_, n5, _) = parse_pg("2020-06-21 22:37:10 UTC-5eefe116.22f4-LOG:").unwrap();
        assert_eq!(n5, 23);
        let (_, n6, _) = parse_pg("2020-06-21 22:37:10 -03:10.0.0.1(5432):").unwrap();
        assert_eq!(n6, 23);
    }

    #[test]
    fn syslog_form() {
        assert_eq!(
            parse_syslog("Feb  1 23:15:39 host", 2019).map(|x| x.1),
            Some(15)
        );
        assert!(parse_syslog("Foo 10 23:15:39 host", 2019).is_none());
    }
}
