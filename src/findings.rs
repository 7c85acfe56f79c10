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

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Finding {
    /// Stable across runs: a hash of the rule and the subject.
    pub id: String,
    pub rule: String,
    pub severity: Severity,
    pub title: String,
    pub subject: Subject,
    /// Fingerprint ids of the queries this finding affects.
    pub queries: Vec<String>,
    pub impact_ms: f64,
    pub evidence: serde_json::Value,
    /// Ready statements, in order.
    pub sql: Vec<String>,
    pub verified: Verified,
    /// The databases it was found in, when several were read live (its SQL is
    /// to be run in each).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub databases: Vec<String>,
    /// With `--baseline`: whether the baseline report had it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub baseline: Option<crate::triage::BaselineStatus>,
}

impl Finding {
    /// `key` distinguishes findings of one rule on one subject (e.g. the referenced table).
    pub fn new(rule: &str, severity: Severity, title: String, subject: Subject, key: &str) -> Self {
        let basis = format!(
            "{rule}\u{1f}{}\u{1f}{}\u{1f}{}\u{1f}{key}",
            subject.schema,
            subject.table,
            subject.columns.join(",")
        );
        Self {
            id: format!("{:016x}", xxh3_64(basis.as_bytes())),
            rule: rule.to_owned(),
            severity,
            title,
            subject,
            queries: Vec::new(),
            impact_ms: 0.0,
            evidence: serde_json::Value::Null,
            sql: Vec::new(),
            verified: Verified::None,
            databases: Vec::new(),
            baseline: None,
        }
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
