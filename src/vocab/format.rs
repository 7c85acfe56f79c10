//! How ids, times, durations, sizes and text are written for people and
//! for report.json.

/// A fingerprint as report.json writes it: 16 hex digits.
pub fn fingerprint_hex(id: u64) -> String {
    format!("{id:016x}")
}

/// The fingerprint id [`fingerprint_hex`] wrote.
pub fn parse_fingerprint_hex(hex: &str) -> Option<u64> {
    u64::from_str_radix(hex, 16).ok()
}

/// An epoch-milliseconds time as report.json writes times.
pub fn timestamp(ms: i64) -> Option<String> {
    ts(Some(ms))
}

pub fn ts(ms: Option<i64>) -> Option<String> {
    ms.and_then(chrono::DateTime::from_timestamp_millis)
        .map(|t| t.format("%Y-%m-%dT%H:%M:%S%.3fZ").to_string())
}

/// `12.50ms`, `3.20s`, `4.1min`, `2.3h`.
pub fn fmt_ms(ms: f64) -> String {
    // A sum that cancels out to -0.000001 is no time, not "-0.00ms".
    let ms = if ms.abs() < 0.005 { 0.0 } else { ms };
    if ms >= 3_600_000.0 {
        format!("{:.1}h", ms / 3_600_000.0)
    } else if ms >= 60_000.0 {
        format!("{:.1}min", ms / 60_000.0)
    } else if ms >= 1000.0 {
        format!("{:.2}s", ms / 1000.0)
    } else {
        format!("{ms:.2}ms")
    }
}

/// Whitespace folded, cut to `width` characters with an ellipsis.
pub fn one_line(s: &str, width: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() > width {
        let mut t: String = flat.chars().take(width.saturating_sub(1)).collect();
        t.push('…');
        t
    } else {
        flat
    }
}

/// `512 kB`, `3.2 MB`, `1.5 GB`.
pub fn fmt_bytes(b: u64) -> String {
    match b {
        b if b >= 1 << 30 => format!("{:.1} GB", b as f64 / (1u64 << 30) as f64),
        b if b >= 1 << 20 => format!("{:.1} MB", b as f64 / (1u64 << 20) as f64),
        b => format!("{:.0} kB", b as f64 / 1024.0),
    }
}

/// Rounds to 3 decimals (microseconds for ms) so reports are stable.
pub fn r3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

pub(crate) fn size_opt<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<u64>, D::Error> {
    #[derive(serde::Deserialize)]
    #[serde(untagged)]
    enum Size {
        Bytes(u64),
        Text(String),
    }
    match <Size as serde::Deserialize>::deserialize(d)? {
        Size::Bytes(b) => Ok(Some(b)),
        Size::Text(t) => parse_size(&t).map(Some).map_err(serde::de::Error::custom),
    }
}

/// `500MB`, `2GB`, `1.5GB`, `800kB`, or bytes.
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let split = t
        .find(|c: char| !(c.is_ascii_digit() || c == '.'))
        .unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num.parse().map_err(|_| format!("not a size: {s:?}"))?;
    let mult = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" => 1024.0,
        "m" | "mb" => 1024.0 * 1024.0,
        "g" | "gb" => 1024.0 * 1024.0 * 1024.0,
        "t" | "tb" => 1024.0f64.powi(4),
        u => return Err(format!("unknown size unit {u:?} (kB, MB, GB, TB)")),
    };
    Ok((n * mult) as u64)
}
