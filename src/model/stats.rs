//! Mergeable per-fingerprint statistics.
//!
//! Everything here merges exactly: integer microseconds for sums, a DDSketch
//! (1 % relative error) for percentiles, whose bucket counts add. That is what
//! lets `pgadvisor merge` of per-host digests equal one audit of all logs.
use super::fingerprint::StatementKind;
use serde::{Deserialize, Serialize};
use sketches_ddsketch::DDSketch;
use std::collections::BTreeMap;

/// Calls per value of one dimension (database, user, application, tenant).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Counter(pub BTreeMap<String, u64>);

impl Counter {
    pub fn add(&mut self, key: &str, n: u64) {
        if let Some(v) = self.0.get_mut(key) {
            *v = v.saturating_add(n);
        } else {
            self.0.insert(key.to_owned(), n);
        }
    }
    pub fn merge(&mut self, other: &Counter) {
        for (k, v) in &other.0 {
            self.add(k, *v);
        }
    }
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
    /// `x` (a query's time, or 1.0 for fractions) split over the keys by
    /// their counts: (key, count, part). Parts are 0 when nothing was counted.
    pub fn split(&self, x: f64) -> impl Iterator<Item = (&str, u64, f64)> {
        let all: u64 = self.0.values().sum();
        self.0.iter().map(move |(k, n)| {
            let part = if all > 0 {
                x * *n as f64 / all as f64
            } else {
                0.0
            };
            (k.as_str(), *n, part)
        })
    }
}

/// One value's share of a workload split by a dimension.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Share {
    /// Queries that ran with this value.
    pub queries: u64,
    pub calls: u64,
    /// Each query's time split by its executions per value.
    pub total_ms: f64,
}

/// Splits queries (their counter of one dimension and their total time)
/// over the dimension's values.
pub fn split_by<'c>(
    queries: impl IntoIterator<Item = (&'c Counter, f64)>,
) -> BTreeMap<String, Share> {
    let mut by: BTreeMap<String, Share> = BTreeMap::new();
    for (counter, total_ms) in queries {
        for (k, n, ms) in counter.split(total_ms) {
            let e = by.entry(k.to_owned()).or_default();
            e.queries += 1;
            e.calls += n;
            e.total_ms += ms;
        }
    }
    by
}

/// Widens the span `first..=last` (ms) to take `ts_ms` in.
pub(crate) fn stretch(first: &mut Option<i64>, last: &mut Option<i64>, ts_ms: Option<i64>) {
    if let Some(t) = ts_ms {
        *first = Some(first.map_or(t, |f| f.min(t)));
        *last = Some(last.map_or(t, |l| l.max(t)));
    }
}

/// A DDSketch of durations in ms (1 % relative error), mergeable exactly.
#[derive(Clone, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Sketch(pub DDSketch);

impl std::fmt::Debug for Sketch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Sketch({} values)", self.0.count())
    }
}

/// Distinct values one constant of a query took, up to [`ConstantsSeen::MAX`].
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ConstantsSeen {
    pub values: Vec<String>,
    /// More distinct values were seen than are kept.
    pub more: bool,
}

impl ConstantsSeen {
    pub const MAX: usize = 8;

    pub fn add(&mut self, v: &str) {
        if self.values.iter().any(|x| x == v) {
            return;
        }
        if self.values.len() < Self::MAX {
            self.values.push(v.to_owned());
        } else {
            self.more = true;
        }
    }

    pub fn merge(&mut self, o: &ConstantsSeen) {
        for v in &o.values {
            self.add(v);
        }
        self.more |= o.more;
    }
}

pub use crate::vocab::format::r3;

/// A constant as written in SQL, without its quotes (`'it''s'` → `it's`).
pub fn constant_value(text: &str) -> String {
    let t = text.trim();
    let unq = |inner: &str| inner.replace("''", "'");
    if let Some(inner) = t.strip_prefix('\'').and_then(|x| x.strip_suffix('\'')) {
        return unq(inner);
    }
    for p in ["E'", "e'", "N'", "n'", "B'", "b'", "X'", "x'"] {
        if let Some(inner) = t.strip_prefix(p).and_then(|x| x.strip_suffix('\'')) {
            return unq(inner);
        }
    }
    if let Some(rest) = t.strip_prefix('$') {
        if let Some(open) = rest.find('$') {
            let tag = &t[..open + 2];
            if let Some(inner) = t[tag.len()..].strip_suffix(tag) {
                return inner.to_owned();
            }
        }
    }
    t.to_owned()
}

/// Where a fingerprint's numbers come from.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StatsSource {
    /// Each call seen in a log: percentiles from the sketch.
    #[default]
    Log,
    /// Totals from a pg_stat_statements export: percentiles estimated.
    PgStatStatements,
    /// Statements from a `.sql` file: no timings.
    SqlFile,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct QueryStats {
    pub normalized: String,
    pub kind: StatementKind,
    pub source: StatsSource,
    /// Executions, with or without a logged duration.
    pub calls: u64,
    /// Executions whose duration is known.
    pub timed_calls: u64,
    pub total_us: u64,
    pub min_us: u64,
    pub max_us: u64,
    /// Time spent in the parse and bind steps of the extended protocol.
    pub parse_bind_us: u64,
    /// Durations in milliseconds; `None` until one is seen.
    pub sketch: Option<Sketch>,
    /// From pg_stat_statements: standard deviation, for estimated percentiles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stddev_ms: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rows: Option<u64>,
    /// The first statement text seen (with its constants), for query facts.
    /// Never written to reports.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sample: Option<String>,
    /// Executions that failed (ERROR with this statement).
    #[serde(default)]
    pub errors: u64,
    /// Failed executions per tenant schema.
    #[serde(default)]
    pub error_tenants: Counter,
    /// Failed executions per database, user and application, where the
    /// log line or its session named them.
    #[serde(default, skip_serializing_if = "Counter::is_empty")]
    pub error_databases: Counter,
    #[serde(default, skip_serializing_if = "Counter::is_empty")]
    pub error_users: Counter,
    #[serde(default, skip_serializing_if = "Counter::is_empty")]
    pub error_applications: Counter,
    /// Values the constant at each placeholder position took (positions count
    /// bind parameters and constants alike, in text order).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub constants: BTreeMap<u32, ConstantsSeen>,
    /// Per placeholder of `normalized`, in text order, its position in the
    /// fingerprint's key, which `constants` and `bound_positions` count;
    /// empty when the text kept the key's order (see `Normalizer::placeholder_order`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub placeholder_order: Vec<u32>,
    /// Positions that were bind parameters in some executions: their values
    /// there are not known, so the constants seen are not all the values.
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub bound_positions: std::collections::BTreeSet<u32>,
    /// Temporary files written by this statement, and their bytes.
    #[serde(default)]
    pub temp_files: u64,
    #[serde(default)]
    pub temp_bytes: u64,
    /// The largest single temporary file.
    #[serde(default)]
    pub temp_max_bytes: u64,
    pub databases: Counter,
    pub users: Counter,
    pub applications: Counter,
    pub tenants: Counter,
    /// When it first and last ran, by the log's clock (ms since the epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_ms: Option<i64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_ms: Option<i64>,
    /// When it ran, second by second, and in how many sessions.
    #[serde(default, skip_serializing_if = "super::arrivals::Arrivals::is_empty")]
    pub arrivals: super::arrivals::Arrivals,
}

impl QueryStats {
    pub fn new(normalized: String, kind: StatementKind) -> Self {
        Self {
            normalized,
            kind,
            source: StatsSource::Log,
            calls: 0,
            timed_calls: 0,
            total_us: 0,
            min_us: u64::MAX,
            max_us: 0,
            parse_bind_us: 0,
            sketch: None,
            stddev_ms: None,
            sample: None,
            rows: None,
            errors: 0,
            error_tenants: Counter::default(),
            error_databases: Counter::default(),
            error_users: Counter::default(),
            error_applications: Counter::default(),
            constants: BTreeMap::new(),
            placeholder_order: Vec::new(),
            bound_positions: Default::default(),
            temp_files: 0,
            temp_bytes: 0,
            temp_max_bytes: 0,
            databases: Counter::default(),
            users: Counter::default(),
            applications: Counter::default(),
            tenants: Counter::default(),
            first_ms: None,
            last_ms: None,
            arrivals: Default::default(),
        }
    }

    /// One execution at `ts_ms`.
    pub fn seen_at(&mut self, ts_ms: Option<i64>) {
        stretch(&mut self.first_ms, &mut self.last_ms, ts_ms);
    }

    /// Milliseconds between its first and last execution, when the log tells.
    pub fn span_ms(&self) -> Option<i64> {
        Some(self.last_ms? - self.first_ms?)
    }

    pub fn add_duration(&mut self, us: u64) {
        self.timed_calls += 1;
        self.total_us = self.total_us.saturating_add(us);
        self.min_us = self.min_us.min(us);
        self.max_us = self.max_us.max(us);
        self.sketch
            .get_or_insert_with(Sketch::default)
            .0
            .add(us as f64 / 1000.0);
    }

    /// Sums saturate: exports can carry absurd numbers, and a report must
    /// neither wrap nor panic on them.
    pub fn merge(&mut self, o: &QueryStats) {
        self.calls = self.calls.saturating_add(o.calls);
        self.timed_calls = self.timed_calls.saturating_add(o.timed_calls);
        self.total_us = self.total_us.saturating_add(o.total_us);
        self.min_us = self.min_us.min(o.min_us);
        self.max_us = self.max_us.max(o.max_us);
        self.parse_bind_us = self.parse_bind_us.saturating_add(o.parse_bind_us);
        self.errors = self.errors.saturating_add(o.errors);
        self.temp_files = self.temp_files.saturating_add(o.temp_files);
        self.temp_bytes = self.temp_bytes.saturating_add(o.temp_bytes);
        self.temp_max_bytes = self.temp_max_bytes.max(o.temp_max_bytes);
        if let Some(os) = &o.sketch {
            match &mut self.sketch {
                // Same default config on both sides, so merge cannot fail.
                Some(s) => {
                    let _ = s.0.merge(&os.0);
                }
                None => self.sketch = Some(os.clone()),
            }
        }
        if o.source != StatsSource::Log {
            self.source = o.source;
        }
        self.stddev_ms = self.stddev_ms.or(o.stddev_ms);
        if self.sample.is_none() {
            self.sample.clone_from(&o.sample);
        }
        self.rows = match (self.rows, o.rows) {
            (Some(a), Some(b)) => Some(a.saturating_add(b)),
            (a, b) => a.or(b),
        };
        self.databases.merge(&o.databases);
        self.users.merge(&o.users);
        self.applications.merge(&o.applications);
        self.tenants.merge(&o.tenants);
        self.seen_at(o.first_ms);
        self.seen_at(o.last_ms);
        self.arrivals.merge(&o.arrivals);
        self.error_tenants.merge(&o.error_tenants);
        self.error_databases.merge(&o.error_databases);
        self.error_users.merge(&o.error_users);
        self.error_applications.merge(&o.error_applications);
        for (k, c) in &o.constants {
            self.constants.entry(*k).or_default().merge(c);
        }
        self.bound_positions.extend(&o.bound_positions);
    }

    /// Renumbers the positions of `constants` and `bound_positions` for a
    /// key whose placeholders, in the text order of `normalized`, are at
    /// `order` (empty: the text's own order).
    pub(crate) fn reframe(&mut self, order: &[u32]) {
        use super::fingerprint::key_position;
        let count = self.placeholder_order.len().max(order.len());
        let moves: BTreeMap<u32, u32> = (0..count)
            .map(|i| {
                (
                    key_position(&self.placeholder_order, i),
                    key_position(order, i),
                )
            })
            .filter(|(from, to)| from != to)
            .collect();
        if !moves.is_empty() {
            let at = |p: u32| moves.get(&p).copied().unwrap_or(p);
            self.constants = std::mem::take(&mut self.constants)
                .into_iter()
                .map(|(p, c)| (at(p), c))
                .collect();
            self.bound_positions = self.bound_positions.iter().map(|&p| at(p)).collect();
        }
        self.placeholder_order = order.to_vec();
    }

    pub fn total_ms(&self) -> f64 {
        self.total_us as f64 / 1000.0
    }
    pub fn mean_ms(&self) -> f64 {
        if self.timed_calls == 0 {
            0.0
        } else {
            self.total_ms() / self.timed_calls as f64
        }
    }
    pub fn min_ms(&self) -> f64 {
        if self.timed_calls == 0 {
            0.0
        } else {
            self.min_us as f64 / 1000.0
        }
    }
    pub fn max_ms(&self) -> f64 {
        self.max_us as f64 / 1000.0
    }

    /// Percentile `q` (0..=1) in ms. From the sketch when there is one (1 %
    /// relative error, clamped to the exact min and max), else estimated from
    /// mean and standard deviation (pg_stat_statements).
    pub fn percentile_ms(&self, q: f64) -> f64 {
        if let Some(s) = &self.sketch {
            if let Ok(Some(v)) = s.0.quantile(q) {
                return v.clamp(self.min_ms(), self.max_ms());
            }
        }
        if let Some(sd) = self.stddev_ms {
            // Normal approximation, bounded by the observed extremes.
            let z = match q {
                q if q >= 0.99 => 2.326,
                q if q >= 0.95 => 1.645,
                q if q >= 0.5 => 0.0,
                _ => -1.0,
            };
            return (self.mean_ms() + z * sd)
                .clamp(self.min_ms(), self.max_ms().max(self.min_ms()));
        }
        self.mean_ms()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_by_shares_time_by_calls() {
        let mut a = Counter::default();
        a.add("db1", 3);
        a.add("db2", 1);
        let mut b = Counter::default();
        b.add("db2", 5);
        let by = split_by([(&a, 8.0), (&b, 1.0), (&Counter::default(), 4.0)]);
        assert_eq!(by.len(), 2);
        assert_eq!(
            (by["db1"].queries, by["db1"].calls, by["db1"].total_ms),
            (1, 3, 6.0)
        );
        assert_eq!(
            (by["db2"].queries, by["db2"].calls, by["db2"].total_ms),
            (2, 6, 3.0)
        );
    }

    #[test]
    fn merge_equals_single_pass() {
        let durations: Vec<u64> = (1..=1000).map(|i| i * 137 % 9973).collect();
        let mut all = QueryStats::new("q".into(), StatementKind::Select);
        let (mut a, mut b) = (all.clone(), all.clone());
        for (i, d) in durations.iter().enumerate() {
            all.calls += 1;
            all.add_duration(*d);
            let half = if i % 3 == 0 { &mut a } else { &mut b };
            half.calls += 1;
            half.add_duration(*d);
        }
        a.merge(&b);
        assert_eq!(a.calls, all.calls);
        assert_eq!(a.total_us, all.total_us);
        for q in [0.5, 0.95, 0.99] {
            assert_eq!(a.percentile_ms(q), all.percentile_ms(q));
        }
        let p95 = all.percentile_ms(0.95);
        let mut sorted = durations.clone();
        sorted.sort_unstable();
        let exact = sorted[(0.95 * 999.0) as usize] as f64 / 1000.0;
        assert!(
            (p95 - exact).abs() / exact < 0.03,
            "p95 {p95} vs exact {exact}"
        );
    }
}

#[cfg(test)]
mod constant_tests {
    #[test]
    fn constant_values() {
        use super::constant_value as v;
        assert_eq!(v("'it''s'"), "it's");
        assert_eq!(v("E'a\\nb'"), "a\\nb");
        assert_eq!(v("$t$x'y$t$"), "x'y");
        assert_eq!(v("-5"), "-5");
    }
}
