//! `pgadvisor.toml`: rule thresholds, severities, suppressions, budgets and
//! the CI gate, so that a team keeps its decisions next to its code rather
//! than in a command line. Flags given on the command line win over the file.
//!
//! ```toml
//! fail_on = "warning"
//! tenant_pattern = "^tenant_[0-9]+$"
//!
//! [budgets]
//! index_storage = "2GB"
//!
//! [rules.n-plus-one]
//! min_repetitions = 10
//!
//! [rules.unused-index]
//! enabled = false
//!
//! [[suppress]]
//! rule = "missing-foreign-key"
//! table = "public.audit_log"
//! reason = "audit rows outlive the users they name"
//! ```
use crate::findings::{Finding, Severity};
use crate::rules::RuleId;
pub(crate) use crate::vocab::format::parse_size;
use crate::vocab::format::size_opt;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::Path;

/// The file looked for in the working directory when `--config` is not given.
pub(crate) const DEFAULT_FILE: &str = "pgadvisor.toml";

pub(crate) use crate::error::ConfigError;

/// What the file says, checked: unknown keys, rule ids and severities are errors.
#[derive(Debug, Clone, Default)]
pub(crate) struct Config {
    pub fail_on: Option<Severity>,
    pub tenant_pattern: Option<String>,
    pub formats: Option<Vec<String>>,
    pub budgets: Budgets,
    /// Thresholds, the defaults overridden by the file.
    pub options: crate::rules::Options,
    pub decisions: Decisions,
}

/// What the team decided about the findings: applied after the rules ran.
#[derive(Debug, Clone, Default)]
pub struct Decisions {
    /// Rules switched off.
    pub disabled: Vec<RuleId>,
    /// Severity given to every finding of a rule.
    pub severities: BTreeMap<RuleId, Severity>,
    pub suppress: Vec<Suppression>,
}

#[derive(Debug, Clone, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Budgets {
    /// Storage the recommended indexes may take together (`"2GB"` or bytes).
    #[serde(default, deserialize_with = "size_opt")]
    pub index_storage: Option<u64>,
    /// Session statements kept for N+1 detection (memory on huge logs).
    pub session_steps: Option<u64>,
    /// Live mode: statement_timeout and lock_timeout of pgadvisor's session.
    pub statement_timeout_ms: Option<u64>,
    pub lock_timeout_ms: Option<u64>,
    /// Live mode with `--analyze`: how many statements run.
    pub analyze_limit: Option<usize>,
}

/// A finding accepted as it is, like a `noqa`: by its id, or by rule
/// (optionally on one table), always with the reason.
#[derive(Debug, Clone, PartialEq, serde::Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suppression {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rule: Option<String>,
    /// `schema.table` or `table`; with `rule`, only findings on it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub table: Option<String>,
    pub reason: String,
}

impl Suppression {
    pub fn matches(&self, f: &Finding) -> bool {
        let id = self.id.as_ref().is_none_or(|i| *i == f.id);
        let rule = self.rule.as_ref().is_none_or(|r| f.rule == r.as_str());
        let table = self.table.as_ref().is_none_or(|t| match t.split_once('.') {
            Some((s, n)) => s == f.subject.schema && n == f.subject.table,
            None => *t == f.subject.table,
        });
        id && rule && table
    }
}

/// The report files `audit` can write, by `--format` name.
pub const FORMATS: [&str; 5] = ["html", "json", "md", "sql", "prom"];

/// The files written when neither `--format` nor the config names any:
/// metrics are for a job that asks for them.
pub const DEFAULT_FORMATS: [&str; 4] = ["html", "json", "md", "sql"];

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    fail_on: Option<Severity>,
    tenant_pattern: Option<String>,
    formats: Option<toml::Spanned<Vec<String>>>,
    #[serde(default)]
    budgets: Budgets,
    #[serde(default)]
    rules: BTreeMap<String, toml::Spanned<toml::Table>>,
    #[serde(default)]
    suppress: Vec<toml::Spanned<Suppression>>,
}

fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset.min(text.len()))
        .map_or(1, |s| s.bytes().filter(|b| *b == b'\n').count() + 1)
}

/// Applies one rule's thresholds; `Err` is the message.
fn thresholds(
    rule: RuleId,
    table: toml::Table,
    o: &mut crate::rules::Options,
) -> Result<(), String> {
    // A section with only enabled/severity reaches the rule empty: a rule
    // without thresholds accepts that, one with them keeps its defaults.
    crate::rules::registry::rule(rule).configure(table, o)
}

impl Config {
    /// `--config FILE`, else `pgadvisor.toml` in the working directory if there is one.
    pub(crate) fn discover(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        match explicit {
            Some(p) => Self::load(p),
            None if Path::new(DEFAULT_FILE).is_file() => Self::load(Path::new(DEFAULT_FILE)),
            None => Ok(Config::default()),
        }
    }

    pub(crate) fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|e| ConfigError::Io {
            path: path.to_owned(),
            source: e,
        })?;
        Self::parse(&text, path)
    }

    pub(crate) fn parse(text: &str, path: &Path) -> Result<Config, ConfigError> {
        let invalid = |line: usize, message: String| ConfigError::Invalid {
            path: path.to_owned(),
            line,
            message,
        };
        let raw: Raw = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            invalid(line, e.message().trim().to_owned())
        })?;
        let mut c = Config {
            fail_on: raw.fail_on,
            tenant_pattern: raw.tenant_pattern,
            formats: match raw.formats {
                Some(f) => {
                    let line = line_of(text, f.span().start);
                    let formats = f.into_inner();
                    if let Some(bad) = formats.iter().find(|f| !FORMATS.contains(&f.as_str())) {
                        return Err(invalid(
                            line,
                            format!("formats: no format {bad:?}; one of {}", FORMATS.join(", ")),
                        ));
                    }
                    Some(formats)
                }
                None => None,
            },
            budgets: raw.budgets,
            ..Default::default()
        };
        if let Some(p) = &c.tenant_pattern {
            regex::Regex::new(p).map_err(|e| invalid(1, format!("tenant_pattern: {e}")))?;
        }
        for (rule, spanned) in raw.rules {
            let line = line_of(text, spanned.span().start);
            let Some(id) = RuleId::parse(&rule) else {
                return Err(invalid(
                    line,
                    format!("[rules.{rule}]: no such rule; `pgadvisor rules` lists them"),
                ));
            };
            let mut table = spanned.into_inner();
            match table.remove("enabled") {
                None => {}
                Some(toml::Value::Boolean(false)) => {
                    c.decisions.disabled.push(id);
                    c.options.disabled.insert(id);
                }
                Some(toml::Value::Boolean(true)) => {}
                Some(v) => {
                    return Err(invalid(
                        line,
                        format!("[rules.{rule}] enabled = {v}: true or false"),
                    ))
                }
            }
            if let Some(v) = table.remove("severity") {
                let s = v
                    .as_str()
                    .and_then(|s| serde_json::from_value(serde_json::json!(s)).ok())
                    .ok_or_else(|| {
                        invalid(
                            line,
                            format!("[rules.{rule}] severity = {v}: info, warning or critical"),
                        )
                    })?;
                c.decisions.severities.insert(id, s);
            }
            thresholds(id, table, &mut c.options)
                .map_err(|m| invalid(line, format!("[rules.{rule}]: {m}")))?;
        }
        for s in raw.suppress {
            let line = line_of(text, s.span().start);
            let s = s.into_inner();
            if s.id.is_none() && s.rule.is_none() {
                return Err(invalid(line, "[[suppress]] needs `id` or `rule`".into()));
            }
            if s.reason.trim().is_empty() {
                return Err(invalid(line, "[[suppress]] needs a `reason`".into()));
            }
            if let Some(r) = &s.rule {
                if RuleId::parse(r).is_none() {
                    return Err(invalid(
                        line,
                        format!("[[suppress]] rule = {r:?}: no such rule"),
                    ));
                }
            }
            c.decisions.suppress.push(s);
        }
        Ok(c)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A format no renderer writes is refused at its line, not skipped.
    #[test]
    fn unknown_formats_are_refused() {
        let ok = Config::parse("formats = [\"json\", \"prom\"]\n", Path::new("p.toml")).unwrap();
        assert_eq!(ok.formats, Some(vec!["json".to_owned(), "prom".to_owned()]));
        let e = Config::parse(
            "fail_on = \"info\"\nformats = [\"json\", \"pdf\"]\n",
            Path::new("p.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.contains("p.toml") && e.contains(":2") && e.contains("\"pdf\""),
            "{e}"
        );
    }

    /// Every threshold the rule docs name (Options sections) is accepted.
    #[test]
    fn documented_keys_parse() {
        let text = r#"
fail_on = "warning"
[budgets]
index_storage = "2GB"
session_steps = 100
statement_timeout_ms = 5
lock_timeout_ms = 5
analyze_limit = 3
[rules.denormalize-aggregate]
min_share = 0.5
pay_ratio = 3.0
[rules.materialized-view]
min_share = 0.5
refresh_share = 0.2
[rules.partition-table]
min_rows = 1.0
min_bytes = 1
min_range_share = 0.1
min_append_share = 0.1
target_partition_rows = 1.0
[rules.missing-index]
budget = "500MB"
min_gain_ms = 1.0
min_improvement = 0.1
min_gain_share = 0.1
[rules.n-plus-one]
min_repetitions = 7
max_gap_ms = 10
max_between = 2
min_distinct = 0.1
[rules.seq-scan-filter]
min_removed_rows = 1.0
removed_share = 0.5
[rules.row-misestimate]
factor = 3.0
min_rows = 1.0
[rules.nested-loop-repeat]
min_loops = 10.0
[rules.heap-fetches]
min_share = 0.5
min_fetches = 1.0
[rules.error-burst]
min_errors = 3
burst_per_minute = 5
critical_per_minute = 100
[rules.connection-churn]
min_connections = 10
per_minute = 5
max_mean_session_ms = 500.0
warning_per_minute = 50
[rules.lock-wait]
min_waits = 2
warning_ms = 10.0
critical_ms = 100.0
[rules.temp-files]
min_bytes = 1024
warning_bytes = 4096
max_work_mem_mb = 64
[rules.unused-index]
enabled = false
severity = "info"
"#;
        let c = Config::parse(text, Path::new("pgadvisor.toml")).expect("parses");
        assert_eq!(c.options.n_plus_one.min_repetitions, 7);
        assert_eq!(c.options.n_plus_one.max_gap_ms, 10);
        assert_eq!(c.options.index.budget_bytes, 500.0 * 1024.0 * 1024.0);
        assert_eq!(c.options.plan.repeat_loops, 10.0);
        assert_eq!(c.options.materialized_view.refresh_share, 0.2);
        assert_eq!(c.options.partition_table.min_bytes, 1);
        assert_eq!(c.options.error_burst.burst_per_minute, 5);
        assert_eq!(c.options.connection_churn.max_mean_session_ms, 500.0);
        assert_eq!(c.options.lock_wait.critical_ms, 100.0);
        assert_eq!(c.options.temp_files.max_work_mem_mb, 64);
        assert_eq!(c.budgets.index_storage, Some(2 << 30));
        assert_eq!(c.decisions.disabled, vec![RuleId::UnusedIndex]);
        assert_eq!(c.fail_on, Some(Severity::Warning));
        let e = Config::parse(
            "[rules.redundant-index]\nmin_rows = 3\n",
            Path::new("x.toml"),
        )
        .unwrap_err()
        .to_string();
        assert!(
            e.starts_with("x.toml:1:") && e.contains("no thresholds"),
            "{e}"
        );
    }
}
