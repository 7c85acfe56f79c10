//! `recommendations.sql`: every finding's statements in an order that is safe
//! to run top to bottom with `psql -v ON_ERROR_STOP=1 -f`: missing objects
//! first, then indexes (built `CONCURRENTLY`, never inside a transaction),
//! then foreign keys (which the new indexes make cheap to validate), views
//! and caches, the long partition migrations, and the drops last, once their
//! replacements exist. Each block names its finding.
use super::json::Report;
use crate::findings::Finding;
use crate::sqlgen::{Runs, Step, Transaction};
use std::collections::HashSet;
use std::fmt::Write;

/// The phase a finding's statements run in, as the registry declares it.
fn phase(f: &Finding) -> (u8, &'static str) {
    let p = crate::rules::about(f.rule).phase;
    (p.number(), p.title())
}

/// The findings in the script's order: by phase, and within a phase in the
/// report's order (severity, impact, id; the sort is stable).
fn ordered(report: &Report) -> Vec<&Finding> {
    let mut all: Vec<&Finding> = report.findings.iter().collect();
    all.sort_by_key(|f| phase(f).0);
    all
}

/// One line of comment text (titles may hold newlines).
fn comment(s: &str) -> String {
    s.replace(['\r', '\n'], " ")
}

/// Every line commented: a lone `\r` ends a `--` comment for PostgreSQL too.
fn commented(stmt: &str) -> String {
    let text = stmt.replace("\r\n", "\n");
    text.strip_suffix('\n')
        .unwrap_or(&text)
        .split(['\r', '\n'])
        .map(|l| format!("--   {l}\n"))
        .collect()
}

fn terminated(stmt: &str) -> String {
    let t = stmt.trim_end();
    if t.ends_with(';') {
        format!("{t}\n")
    } else {
        format!("{t};\n")
    }
}

pub fn render(report: &Report) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "-- pgadvisor {}: recommendations for {} findings",
        report.tool.version,
        report.findings.len()
    );
    out.push_str(
        "--\n\
         -- Run with: psql -v ON_ERROR_STOP=1 -f recommendations.sql\n\
         -- Not inside a transaction (no psql -1): CREATE INDEX CONCURRENTLY cannot run in one.\n\
         -- Statements that take locks give up after lock_timeout instead of queueing\n\
         -- behind long transactions (and everything behind them): rerun from the\n\
         -- block that stopped.\n\
         -- Review each block: drop the ones you do not want.\n\n\
         SET lock_timeout = '5s';\n\
         -- Index builds and validations take as long as they take.\n\
         SET statement_timeout = 0;\n",
    );
    let mut seen: HashSet<String> = HashSet::new();
    let mut current = None;
    for f in ordered(report) {
        if f.fix.is_empty() {
            continue;
        }
        let (n, title) = phase(f);
        if current != Some(n) {
            current = Some(n);
            let _ = write!(
                out,
                "\n-- {}\n-- {title}\n-- {}\n",
                "=".repeat(72),
                "=".repeat(72)
            );
        }
        let _ = writeln!(
            out,
            "\n-- [{}] {} {}{}",
            super::text::severity_name(f.severity),
            f.rule,
            f.id,
            match f.baseline {
                Some(crate::triage::BaselineStatus::New) => " (new)",
                Some(crate::triage::BaselineStatus::Unchanged) => " (unchanged)",
                None => "",
            }
        );
        let _ = writeln!(out, "-- {}", comment(&f.title));
        if f.impact_ms > 0.0 {
            let _ = writeln!(out, "-- impact: {:.0} ms of the workload", f.impact_ms);
        }
        if !f.databases.is_empty() {
            let _ = writeln!(
                out,
                "-- run in each database: {}",
                comment(&f.databases.join(", "))
            );
        }
        for step in &f.fix.steps {
            let stmt = &step.sql;
            match step.runs().note() {
                Some(note) => {
                    let _ = writeln!(out, "-- {note}");
                    if let Some(original) = &step.replaces {
                        out.push_str("-- instead of:\n");
                        out.push_str(&commented(original));
                        out.push_str("-- send:\n");
                    }
                    out.push_str(&commented(stmt));
                }
                None => {
                    if !step.in_place() && !seen.insert(stmt.trim().to_owned()) {
                        out.push_str("-- already above:\n");
                        out.push_str(&commented(stmt));
                    } else {
                        out.push_str(&terminated(stmt));
                    }
                }
            }
        }
    }
    if !report.suppressed.is_empty() {
        out.push_str("\n-- Suppressed in pgadvisor.toml (not included):\n");
        for s in &report.suppressed {
            let _ = writeln!(
                out,
                "--   {} {}: {} ({})",
                s.rule,
                s.id,
                comment(&s.title),
                comment(&s.reason)
            );
        }
    }
    out
}

/// The steps the script runs, in its order (the ones it only shows as
/// comments left out, and so are the ones it folds into an earlier copy).
pub fn script_steps(report: &Report) -> Vec<&Step> {
    let mut seen: HashSet<&str> = HashSet::new();
    ordered(report)
        .into_iter()
        .flat_map(|f| &f.fix.steps)
        .filter(|s| s.runs() == Runs::Script)
        .filter(|s| s.in_place() || seen.insert(s.sql.trim()))
        .collect()
}

/// Steps the script would run where their transaction need forbids:
/// `CONCURRENTLY`, `VACUUM` or a committing `DO` inside a block, a step of a
/// block outside one, a block opened twice or left open. Empty when the
/// script is well formed.
pub fn misplaced_steps(report: &Report) -> Vec<String> {
    let mut bad = Vec::new();
    let mut in_tx = false;
    for step in script_steps(report) {
        let wrong = match step.transaction {
            Transaction::Any => false,
            Transaction::Outside | Transaction::Opens => in_tx,
            Transaction::Inside | Transaction::Closes => !in_tx,
        };
        if wrong {
            bad.push(step.sql.trim().to_owned());
        }
        match step.transaction {
            Transaction::Opens => in_tx = true,
            Transaction::Closes => in_tx = false,
            _ => {}
        }
    }
    if in_tx {
        bad.push("(a transaction left open)".to_owned());
    }
    bad
}
