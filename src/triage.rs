//! Between the rules and the renderers: what the team decided about the
//! findings (`pgadvisor.toml`: rules off, severities, suppressions), what
//! changed since the last run (`--baseline`), and the CI gate (`--fail-on`).
use crate::config::{Decisions, Suppression};
use crate::findings::{Finding, Severity};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;
use std::path::Path;

pub(crate) use crate::findings::BaselineStatus;

/// A finding accepted in `pgadvisor.toml`, kept out of the findings and the gate.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Suppressed {
    pub id: String,
    pub rule: crate::rules::RuleId,
    pub severity: Severity,
    pub title: String,
    pub reason: String,
}

/// A finding of the baseline that this run no longer reports.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Fixed {
    pub id: String,
    pub rule: String,
    pub severity: Option<Severity>,
    pub title: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Baseline {
    pub path: String,
    pub new: u64,
    pub unchanged: u64,
    pub fixed: Vec<Fixed>,
    /// Why some findings may show as new or fixed that are neither.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// What a baseline report holds: its findings and how it grouped queries.
pub(crate) struct Old {
    pub findings: Vec<Fixed>,
    pub fingerprint_version: u32,
}

/// The CI gate: findings at or above `fail_on` (only new ones with a baseline).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Gate {
    pub fail_on: Severity,
    pub failing: u64,
}

pub(crate) use crate::error::BaselineError;

/// Rules switched off and severities set in the config; then suppressions.
/// Returns the suppressed findings with their reasons.
pub(crate) fn apply_config(findings: &mut Vec<Finding>, config: &Decisions) -> Vec<Suppressed> {
    findings.retain(|f| !config.disabled.contains(&f.rule));
    for f in findings.iter_mut() {
        if let Some(s) = config.severities.get(&f.rule) {
            f.severity = *s;
        }
    }
    crate::findings::sort(findings);
    let mut suppressed = Vec::new();
    findings.retain(|f| match config.suppress.iter().find(|s| s.matches(f)) {
        Some(s) => {
            suppressed.push(entry(f, s));
            false
        }
        None => true,
    });
    suppressed
}

fn entry(f: &Finding, s: &Suppression) -> Suppressed {
    Suppressed {
        id: f.id.clone(),
        rule: f.rule,
        severity: f.severity,
        title: f.title.clone(),
        reason: s.reason.clone(),
    }
}

/// The findings of an earlier report.json (any schema_version 1 file).
pub(crate) fn read_baseline(path: &Path) -> Result<Old, BaselineError> {
    let p = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|e| BaselineError::Io {
        path: p.clone(),
        source: e,
    })?;
    let invalid = |reason: String| BaselineError::Invalid {
        path: p.clone(),
        reason,
    };
    let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| invalid(e.to_string()))?;
    match v.get("schema_version").and_then(|s| s.as_u64()) {
        Some(1) => {}
        Some(n) => {
            return Err(invalid(format!(
                "schema_version {n}, this pgadvisor reads 1"
            )))
        }
        None => return Err(invalid("no schema_version".into())),
    }
    let findings = v
        .get("findings")
        .and_then(|f| f.as_array())
        .ok_or_else(|| invalid("no findings array".into()))?;
    let fingerprint_version = v
        .pointer("/summary/fingerprint_version")
        .and_then(serde_json::Value::as_u64)
        .map_or(1, |n| n as u32);
    let findings = findings
        .iter()
        .enumerate()
        .map(|(i, f)| {
            let s = |k: &str| f.get(k).and_then(|v| v.as_str()).map(str::to_owned);
            Ok(Fixed {
                id: s("id").ok_or_else(|| invalid(format!("findings[{i}] has no id")))?,
                rule: s("rule").unwrap_or_default(),
                severity: s("severity").and_then(|x| serde_json::from_value(x.into()).ok()),
                title: s("title").unwrap_or_default(),
            })
        })
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Old {
        findings,
        fingerprint_version,
    })
}

/// Marks each finding new or unchanged against the baseline; what the
/// baseline had and this run neither reports nor suppresses is fixed.
pub(crate) fn compare(
    findings: &mut [Finding],
    suppressed: &[Suppressed],
    old: Old,
    path: &str,
) -> Baseline {
    let note =
        (old.fingerprint_version != crate::model::fingerprint::FINGERPRINT_VERSION).then(|| {
            format!(
            "the baseline grouped queries by fingerprint version {}, this run by {}: findings on \
             queries whose grouping changed show as new and fixed once",
            old.fingerprint_version,
            crate::model::fingerprint::FINGERPRINT_VERSION
        )
        });
    let old = old.findings;
    let before: BTreeSet<&str> = old.iter().map(|f| f.id.as_str()).collect();
    let mut b = Baseline {
        path: path.to_owned(),
        new: 0,
        unchanged: 0,
        fixed: Vec::new(),
        note,
    };
    for f in findings.iter_mut() {
        let status = if before.contains(f.id.as_str()) {
            b.unchanged += 1;
            BaselineStatus::Unchanged
        } else {
            b.new += 1;
            BaselineStatus::New
        };
        f.baseline = Some(status);
    }
    let now: BTreeSet<&str> = findings
        .iter()
        .map(|f| f.id.as_str())
        .chain(suppressed.iter().map(|s| s.id.as_str()))
        .collect();
    b.fixed = old
        .into_iter()
        .filter(|f| !now.contains(f.id.as_str()))
        .collect();
    b
}

/// Findings that fail the run: at or above `fail_on`, and new when compared to a baseline.
pub(crate) fn gate(findings: &[Finding], fail_on: Severity) -> Gate {
    let failing = findings
        .iter()
        .filter(|f| f.severity >= fail_on && f.baseline != Some(BaselineStatus::Unchanged))
        .count() as u64;
    Gate { fail_on, failing }
}
