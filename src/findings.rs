//! Findings: what a rule reports, in the shape of `report.json`.
use serde::{Deserialize, Serialize};
use xxhash_rust::xxh3::xxh3_64;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Critical,
}

impl Severity {
    /// What a problem costing `impact_ms` of a workload of `workload_ms`
    /// earns by its cost alone: critical from a quarter of the workload's
    /// time, warning from 5 % of it or a second. Every finding is raised to
    /// this (rules may rank higher for what time does not measure: orphans,
    /// errors, locks), so the costliest problems come first.
    pub fn of_cost(impact_ms: f64, workload_ms: f64) -> Severity {
        let share = if workload_ms > 0.0 {
            impact_ms / workload_ms
        } else {
            0.0
        };
        if share >= 0.25 && impact_ms >= 1000.0 {
            Severity::Critical
        } else if share >= 0.05 || impact_ms >= 1000.0 {
            Severity::Warning
        } else {
            Severity::Info
        }
    }
}

/// Whether a finding was in the baseline report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BaselineStatus {
    New,
    Unchanged,
}

/// Whether the fix was checked against a database.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Verified {
    Hypopg,
    Applied,
    None,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Subject {
    pub schema: String,
    pub table: String,
    pub columns: Vec<String>,
}

impl Subject {
    /// An index's table and its leading plain columns.
    pub(crate) fn index(table: &crate::vocab::TableRef, index: &crate::catalog::Index) -> Subject {
        Subject {
            schema: table.schema.clone(),
            table: table.name.clone(),
            columns: index
                .leading_columns()
                .iter()
                .map(|c| c.to_string())
                .collect(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable across runs: a hash of the rule and the subject.
    pub id: String,
    pub rule: crate::rules::RuleId,
    pub severity: Severity,
    pub title: String,
    pub subject: Subject,
    /// Fingerprint ids of the queries this finding affects.
    pub queries: Vec<String>,
    pub impact_ms: f64,
    pub evidence: serde_json::Value,
    /// Ready statements, in order, each with its role, lock and
    /// transaction need (`sql` and `steps` in report.json).
    #[serde(flatten)]
    pub fix: crate::sqlgen::Fix,
    pub verified: Verified,
    /// The databases it was found in, when several were read live (its SQL is
    /// to be run in each).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub databases: Vec<String>,
    /// With `--baseline`: whether the baseline report had it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<BaselineStatus>,
    /// What running the fix risks: the locks it takes on tables in use and
    /// for how long at their size.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub risk: Option<Risk>,
}

/// How much running a fix can get in the way of the application.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RiskLevel {
    /// No lock that blocks reads or writes on a table in use.
    Low,
    /// Blocks writes or reads on a table in use for a moment (a catalog
    /// change), once it gets its lock.
    Medium,
    /// Blocks writes or reads on a table in use while it reads or writes
    /// the table.
    High,
}

impl RiskLevel {
    /// As report.json spells it.
    pub fn name(self) -> &'static str {
        match self {
            RiskLevel::Low => "low",
            RiskLevel::Medium => "medium",
            RiskLevel::High => "high",
        }
    }
}

/// How long a step holds its lock.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Held {
    /// A catalog change: a moment once granted (it may queue behind long
    /// transactions; `lock_timeout` makes it give up instead).
    Moment,
    /// While the statement reads or writes the table: its size decides.
    Scan,
}

/// The strongest lock a fix takes on one table in use.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct LockHold {
    pub on: String,
    pub lock: crate::sqlgen::Lock,
    /// What it holds off: `blocks reads and writes`, `reads and writes go on` …
    pub blocks: String,
    /// A backfill's row locks: it updates every row of the table in one
    /// transaction, so writes to those rows wait for its commit.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub rows_locked: bool,
    pub held: Held,
    /// The table's size, when the schema's statistics give it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table_bytes: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table_rows: Option<f64>,
    /// For a scan of a table of known size: an estimate of how long it
    /// holds the lock (passes over the table at [`SCAN_BYTES_PER_SECOND`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seconds: Option<f64>,
}

/// The read rate scan estimates assume: a cloud volume's sustained
/// sequential reads, lower than a local SSD's, so estimates err long.
pub const SCAN_BYTES_PER_SECOND: f64 = 100e6;

/// A fix's risk: its level, one line saying why, and the locks.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Risk {
    pub level: RiskLevel,
    pub summary: String,
    pub locks: Vec<LockHold>,
}

impl Finding {
    /// `key` distinguishes findings of one rule on one subject (e.g. the referenced table).
    pub fn new(
        rule: crate::rules::RuleId,
        severity: Severity,
        title: String,
        subject: Subject,
        key: &str,
    ) -> Self {
        let basis = format!(
            "{rule}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{key}",
            subject.schema,
            subject.table,
            subject.columns.join(",")
        );
        Self {
            id: format!("{:016x}", xxh3_64(basis.as_bytes())),
            rule,
            severity,
            title,
            subject,
            queries: Vec::new(),
            impact_ms: 0.0,
            evidence: serde_json::Value::Null,
            fix: crate::sqlgen::Fix::default(),
            verified: Verified::None,
            databases: Vec::new(),
            baseline: None,
            risk: None,
        }
    }
}

impl Finding {
    /// Sets the evidence from the rule's evidence type, as report.json has it.
    pub(crate) fn set_evidence(&mut self, evidence: &impl Serialize) {
        // Structs of strings, numbers and lists always serialise.
        self.evidence = serde_json::to_value(evidence).unwrap_or_default();
    }

    /// Adds what another stage learned about the finding (a folded
    /// finding, the HypoPG check) beside the rule's own evidence.
    pub(crate) fn add_evidence(&mut self, key: &str, value: &impl Serialize) {
        let value = serde_json::to_value(value).unwrap_or_default();
        match &mut self.evidence {
            serde_json::Value::Object(map) => {
                map.insert(key.to_owned(), value);
            }
            // A rule's evidence is a struct, so an object; anything else
            // would be kept, not overwritten, under "rule".
            other => {
                let mut map = serde_json::Map::new();
                let rule = std::mem::take(other);
                if !rule.is_null() {
                    map.insert("rule".to_owned(), rule);
                }
                map.insert(key.to_owned(), value);
                *other = serde_json::Value::Object(map);
            }
        }
    }

    /// The fix's statements, in order.
    pub fn sql(&self) -> Vec<String> {
        self.fix.sql().map(str::to_owned).collect()
    }
}

/// Severity (highest first), then impact, then id: two runs give the same order.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        b.severity
            .cmp(&a.severity)
            .then(b.impact_ms.total_cmp(&a.impact_ms))
            .then_with(|| a.id.cmp(&b.id))
    });
}

/// The time `findings` save together, each statement's time counted
/// once: a finding's gain is spread over its statements by their time, and no
/// statement gives back more than its own time. Findings with no statement
/// of known time (connections, errors) count as they are.
pub fn total_gain<'a>(
    findings: impl IntoIterator<Item = &'a Finding>,
    time_ms: &dyn Fn(&str) -> Option<f64>,
) -> f64 {
    let (statements, other) = gain_parts(findings, time_ms);
    statements + other
}

/// [`total_gain`] in its two parts: the statements' time given back (at
/// most their time), and the time of findings tied to no timed statement
/// (connection setup), which statement time does not include.
pub fn gain_parts<'a>(
    findings: impl IntoIterator<Item = &'a Finding>,
    time_ms: &dyn Fn(&str) -> Option<f64>,
) -> (f64, f64) {
    let mut credit: std::collections::BTreeMap<&str, f64> = std::collections::BTreeMap::new();
    let mut direct = 0.0;
    for f in findings {
        let times: Vec<(&str, f64)> = f
            .queries
            .iter()
            .filter_map(|q| Some((q.as_str(), time_ms(q)?)))
            .filter(|(_, t)| *t > 0.0)
            .collect();
        let total: f64 = times.iter().map(|(_, t)| t).sum();
        if total <= 0.0 {
            direct += f.impact_ms;
            continue;
        }
        for (q, t) in times {
            *credit.entry(q).or_default() += f.impact_ms * t / total;
        }
    }
    let statements = credit
        .iter()
        .map(|(q, c)| c.min(time_ms(q).unwrap_or(0.0)))
        .sum::<f64>();
    (statements, direct)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gains_count_each_statement_once() {
        let finding = |queries: &[&str], impact: f64| {
            let subject = Subject {
                schema: String::new(),
                table: String::new(),
                columns: Vec::new(),
            };
            let mut f = Finding::new(
                crate::rules::RuleId::MissingIndex,
                Severity::Info,
                String::new(),
                subject,
                "k",
            );
            f.queries = queries.iter().map(|q| q.to_string()).collect();
            f.impact_ms = impact;
            f
        };
        let time = |q: &str| match q {
            "a" => Some(100.0),
            "b" => Some(50.0),
            _ => None,
        };
        // Two fixes of the same statement save at most its time.
        let two = [finding(&["a"], 80.0), finding(&["a"], 70.0)];
        assert_eq!(total_gain(&two, &time), 100.0);
        // Spread by time: 30 over a and b (2:1), plus a churn finding of 5.
        let mixed = [finding(&["a", "b"], 30.0), finding(&[], 5.0)];
        assert_eq!(total_gain(&mixed, &time), 35.0);
    }
}
