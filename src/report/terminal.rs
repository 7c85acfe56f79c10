//! The readable summary printed after an audit: inputs, then the queries
//! that cost the most time.
use super::json::Report;
use super::text::{fmt_ms, impact_label, one_line};
use std::io::{self, Write};

pub(crate) fn write(out: &mut dyn Write, report: &Report, top: usize) -> io::Result<()> {
    writeln!(out, "pgadvisor {}", report.tool.version)?;
    for i in &report.inputs {
        let format = i.format.map(|f| f.name()).unwrap_or_else(|| "-".into());
        write!(out, "  {}  [{}", i.path, format)?;
        if let Some(c) = &i.compression {
            write!(out, ", {c}")?;
        }
        write!(out, "]  {} lines, {} events", i.lines, i.events)?;
        if i.unparsed_lines > 0 {
            write!(out, ", {} unparsed", i.unparsed_lines)?;
        }
        writeln!(out)?;
        if let Some(p) = &i.log_line_prefix {
            writeln!(out, "      log_line_prefix = '{p}'")?;
        }
        for (reason, r) in &i.unparsed {
            writeln!(out, "      {} unparsed: {} ({})", r.count, reason, r.why)?;
        }
        if let Some(s) = i.unparsed_samples.first() {
            writeln!(
                out,
                "      first at line {}: {}",
                s.line,
                one_line(&s.text, 100)
            )?;
        }
        for (w, n) in &i.warnings {
            writeln!(out, "      warning: {w} ({n}×)")?;
        }
        if let Some(e) = &i.error {
            writeln!(out, "      error: {e}")?;
        }
    }
    let s = &report.summary;
    writeln!(
        out,
        "\n{} statements, {} distinct queries, {} total, {} → {}",
        s.statements,
        s.queries,
        fmt_ms(s.total_duration_ms),
        s.first_ts.as_deref().unwrap_or("?"),
        s.last_ts.as_deref().unwrap_or("?")
    )?;
    let e = &report.events;
    let errors: u64 = e.errors.values().map(|x| x.count).sum();
    writeln!(
        out,
        "{} errors, {} connections, {} lock waits, {} deadlocks, {} temp files, {} checkpoints, {} autovacuum/analyze",
        errors,
        e.connections_authorized.max(e.connections_received),
        e.lock_waits,
        e.deadlocks,
        e.temp_files,
        e.checkpoints_started.max(e.checkpoints_completed),
        e.autovacuum + e.autoanalyze
    )?;
    writeln!(out, "{}", super::priorities::workload_line(report))?;
    if !report.do_first.is_empty() {
        writeln!(out, "\nDo these first:")?;
        let st = super::narrative::Statements::of(report);
        for (i, d) in report.do_first.iter().enumerate() {
            let Some(f) = report.finding(&d.finding) else {
                continue;
            };
            let gain = super::priorities::gain_label(d, f);
            writeln!(out, "  {}. {} — {gain}", i + 1, one_line(&f.title, 100))?;
            let n = super::narrative::of(f, &st);
            if !n.conclusion.is_empty() {
                writeln!(out, "     why: {}", one_line(&n.conclusion, 140))?;
            }
            writeln!(out, "     do: {}", one_line(&n.recommendation, 140))?;
            if let Some(r) = &f.risk {
                writeln!(
                    out,
                    "     risk {}: {}",
                    r.level.name(),
                    one_line(&r.summary, 140)
                )?;
            }
        }
    }
    if !report.diagnostics.is_empty() {
        writeln!(out)?;
    }
    for d in &report.diagnostics {
        writeln!(out, "note: {d}")?;
    }
    if !report.findings.is_empty() {
        writeln!(out, "\n{} findings:", report.findings.len())?;
        for f in report.findings.iter().take(top) {
            let checked = if f.verified == crate::findings::Verified::Hypopg {
                ", checked with HypoPG"
            } else {
                ""
            };
            writeln!(
                out,
                "  [{:?}] {} — {} ({}{checked})",
                f.severity,
                f.rule,
                one_line(&f.title, 100),
                impact_label(f)
            )?;
        }
    }
    if report
        .databases
        .iter()
        .filter(|d| d.tables.is_some())
        .count()
        > 1
    {
        writeln!(
            out,
            "
Databases:"
        )?;
        for d in &report.databases {
            writeln!(
                out,
                "  {:<24} {:>9} statements  {:>10}  {} tables  {} findings",
                d.name,
                d.statements,
                fmt_ms(d.total_ms),
                d.tables.map_or("?".into(), |t| t.to_string()),
                d.findings.map_or("?".into(), |t| t.to_string()),
            )?;
        }
    }
    if report.queries.is_empty() {
        return Ok(());
    }
    writeln!(out, "\nTop queries by total time:")?;
    writeln!(
        out,
        "  {:>3}  {:>10}  {:>5}  {:>9}  {:>9}  {:>9}  query",
        "#", "total", "%", "calls", "mean", "p95"
    )?;
    let total = s.total_duration_ms.max(f64::MIN_POSITIVE);
    for (i, q) in report.queries.iter().take(top).enumerate() {
        writeln!(
            out,
            "  {:>3}  {:>10}  {:>4.1}%  {:>9}  {:>9}  {:>9}  {}",
            i + 1,
            fmt_ms(q.total_ms),
            q.total_ms * 100.0 / total,
            q.calls,
            fmt_ms(q.mean_ms),
            fmt_ms(q.p95_ms),
            one_line(&q.normalized, 90)
        )?;
    }
    Ok(())
}
