//! `temp-files`: statements whose sorts and hashes wrote temporary files
//! (`log_temp_files`), from the log alone — no plan needed. With plans,
//! `disk-spill` names the node.
use super::registry::{self, About, Needs, Phase, Rule};
use super::Context;
use super::RuleId;
use crate::findings::{Finding, Severity};
use crate::plan::nodes::mb_for;
use serde::Serialize;

pub(crate) struct TempFiles;

static ABOUT: About = About {
    id: RuleId::TempFiles,
    summary: "Statements whose sorts and hashes wrote temporary files",
    doc: include_str!("../../rules/temp-files.md"),
    phase: Phase::PlanFixes,
    creates_indexes: false,
    needs: Needs::NOTHING,
    quotes_plans: false,
};

impl Rule for TempFiles {
    fn about(&self) -> &'static About {
        &ABOUT
    }
    fn configure(&self, keys: toml::Table, o: &mut super::Options) -> Result<(), String> {
        o.temp_files = registry::overlay(&o.temp_files, keys)?;
        Ok(())
    }
    fn run(&self, ctx: &Context<'_>) -> Vec<Finding> {
        run(ctx)
    }
}

/// Thresholds (`[rules.temp-files]` in pgadvisor.toml).
#[derive(Debug, Clone, Copy, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Options {
    /// Bytes a statement wrote to temporary files before it is reported.
    pub min_bytes: u64,
    /// Bytes that make it a warning.
    pub warning_bytes: u64,
    /// The most work_mem (MB) suggested; above it, the fix is a smaller result, not memory.
    pub max_work_mem_mb: u64,
}

impl Default for Options {
    fn default() -> Self {
        Self {
            min_bytes: 1 << 20,
            warning_bytes: 1 << 30,
            max_work_mem_mb: 1024,
        }
    }
}

pub(crate) fn run(ctx: &Context<'_>) -> Vec<Finding> {
    let o = ctx.options.temp_files;
    let mut ids: Vec<u64> = ctx.workload.queries.keys().copied().collect();
    ids.sort_unstable();
    let mut out = Vec::new();
    for id in ids {
        let Some(q) = ctx.workload.queries.get(&id) else {
            continue;
        };
        // Index builds and other utilities spill under maintenance_work_mem,
        // and are one-off: work_mem is the fix for queries only.
        let query = q.kind.reads_or_writes_rows();
        if !query || q.temp_files == 0 || q.temp_bytes < o.min_bytes {
            continue;
        }
        // A statement that ran once (a nightly report) and spilled less than
        // `warning_bytes` is not worth a work_mem change: the setting pays
        // back on statements that recur.
        if q.calls < 2 && q.temp_bytes < o.warning_bytes {
            continue;
        }
        // What one execution spilled: its largest file, or the mean per call
        // when executions write several files (hash batches).
        let per_call = (q.temp_max_bytes as f64).max(q.temp_bytes as f64 / q.calls.max(1) as f64);
        let mb = mb_for(per_call / 1024.0, true);
        let subject = ctx.statement_subject(Some(id));
        let severity = if q.temp_bytes >= o.warning_bytes {
            Severity::Warning
        } else {
            Severity::Info
        };
        let mut f = Finding::new(
            RuleId::TempFiles,
            severity,
            format!(
                "{} temporary file{} ({}): {}",
                q.temp_files,
                if q.temp_files == 1 { "" } else { "s" },
                crate::vocab::fmt_bytes(q.temp_bytes),
                crate::vocab::one_line(&q.normalized, 100)
            ),
            subject,
            &format!("{id:x}"),
        );
        f.queries = Context::hex(&[id]);
        // Spilling roughly doubles a sort's time; count half the statement's time.
        f.impact_ms = crate::model::stats::r3(q.total_ms() / 2.0);
        let fits = mb <= o.max_work_mem_mb;
        f.set_evidence(&Evidence {
            temp_files: q.temp_files,
            temp_bytes: q.temp_bytes,
            largest_file_bytes: q.temp_max_bytes,
            calls: q.calls,
            suggested_work_mem_mb: fits.then_some(mb),
            fix: if fits {
                "raise work_mem for this statement only (SET LOCAL in its transaction, or ALTER ROLE … SET work_mem for the role that runs it) — not globally: every sort and hash node of every session may use it"
            } else {
                "too large for memory: make the result smaller (a better filter, an index in the ORDER BY's order, a LIMIT) or precompute it"
            },
        });
        if fits {
            f.fix = vec![crate::sqlgen::work_mem(mb)].into();
        }
        out.push(f);
    }
    out
}

/// What `temp-files` says about one statement's temporary files.
#[derive(Serialize)]
struct Evidence {
    temp_files: u64,
    temp_bytes: u64,
    largest_file_bytes: u64,
    calls: u64,
    /// The work_mem (MB) that would hold it, when within the configured maximum.
    suggested_work_mem_mb: Option<u64>,
    fix: &'static str,
}
