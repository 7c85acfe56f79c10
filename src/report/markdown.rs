//! `report.md`: a short summary for a pull-request comment or a CI step
//! summary: the gate, what changed since the baseline, the findings that
//! matter most and the costliest queries. Everything from the input is
//! escaped so that a query cannot break the table or inject markup.
use super::json::Report;
use super::text::{fmt_ms, impact_label, one_line, severity_name, thousands};
use crate::findings::Severity;
use crate::triage::BaselineStatus;
use std::fmt::Write;

/// Rows of the findings table; the rest are counted and left to report.html.
const MAX_FINDINGS: usize = 20;
const MAX_QUERIES: usize = 5;

/// Text safe in a Markdown table cell: no markup, no pipes, one line.
pub(crate) fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in one_line(s, usize::MAX).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '|' => out.push_str("\\|"),
            // Intraword `_` is no emphasis in GitHub's Markdown: names stay readable.
            '\\' | '`' | '*' | '[' | ']' | '~' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
}

/// "Do these first": a numbered list, each with its gain, why and risk.
fn do_first(out: &mut String, r: &Report) {
    if r.do_first.is_empty() {
        return;
    }
    out.push_str("### Do these first\n\n");
    for (i, d) in r.do_first.iter().enumerate() {
        let Some(f) = r.finding(&d.finding) else {
            continue;
        };
        let gain = super::priorities::gain_label(d, f);
        let _ = writeln!(
            out,
            "{}. {} **{}** — {}  \n   Why: {}  ",
            i + 1,
            icon(f.severity),
            escape(&one_line(&f.title, 160)),
            escape(&gain),
            escape(&d.why)
        );
        if let Some(risk) = &f.risk {
            let _ = writeln!(
                out,
                "   Risk ({}): {}",
                risk.level.name(),
                escape(&risk.summary)
            );
        }
    }
    out.push('\n');
}

/// Text with `code` spans kept: the text escaped, each span's text set in
/// backticks (a backtick inside it dropped, so no span can close early).
fn inline(s: &str) -> String {
    super::text::code_spans(s)
        .into_iter()
        .map(|(code, part)| {
            if code {
                format!("`{}`", one_line(&part, usize::MAX))
            } else {
                // `escape` folds the text to one line: keep the spaces
                // that part it from the code beside it.
                let lead = if part.starts_with(char::is_whitespace) {
                    " "
                } else {
                    ""
                };
                let trail = if part.ends_with(char::is_whitespace) && !part.trim().is_empty() {
                    " "
                } else {
                    ""
                };
                format!("{lead}{}{trail}", escape(&part))
            }
        })
        .collect()
}

/// Observations, Conclusion and Recommendation of the findings to do
/// first, folded so that a PR comment stays short.
fn details(out: &mut String, r: &Report, sql_file: bool) {
    if r.do_first.is_empty() {
        return;
    }
    let st = super::narrative::Statements::of(r);
    out.push_str("### What the first fixes are about\n\n");
    for d in &r.do_first {
        let Some(f) = r.finding(&d.finding) else {
            continue;
        };
        let n = super::narrative::of(f, &st);
        let _ = writeln!(
            out,
            "<details><summary>{} {}</summary>\n\n**Observations**\n",
            icon(f.severity),
            // Inside a raw HTML block Markdown's escapes are not read: HTML's only.
            super::text::escape_html(&one_line(&f.title, 160))
        );
        for o in &n.observations {
            let _ = writeln!(out, "- {}", inline(o));
        }
        if !n.conclusion.is_empty() {
            let _ = writeln!(out, "\n**Conclusion**: {}", inline(&n.conclusion));
        }
        let _ = writeln!(out, "\n**Recommendation**: {}  ", inline(&n.recommendation));
        let _ = writeln!(
            out,
            "Gain: {}  \nCost: {}",
            inline(&n.gain),
            inline(&n.cost)
        );
        let condensed = super::per_schema::of_finding(f, r);
        let steps: Vec<crate::sqlgen::Step> = match &condensed {
            Some(c) => c.first.iter().map(|&i| f.fix.steps[i].clone()).collect(),
            None => f.fix.steps.clone(),
        };
        if let Some(c) = &condensed {
            let _ = writeln!(
                out,
                "\nIn each tenant schema ({}); shown for the first, every schema's statements are in {}:",
                escape(&c.schemas.join(", ")),
                if sql_file { "recommendations.sql" } else { "the script `--format sql` writes" }
            );
        }
        if !steps.is_empty() {
            const SHOWN: usize = 8;
            let more = steps.len().saturating_sub(SHOWN);
            // Statements the script does not run say so, as in report.html.
            let text = super::text::fix_text(&crate::sqlgen::Fix::from(
                steps.into_iter().take(SHOWN).collect::<Vec<_>>(),
            ));
            let fence = "```";
            // A fence inside a statement would end the block early.
            let _ = writeln!(
                out,
                "\n{fence}sql\n{}\n{fence}",
                text.replace(fence, "` ` `")
            );
            match more {
                0 => {}
                1 => {
                    let _ = writeln!(out, "\n…and 1 more statement.");
                }
                n => {
                    let _ = writeln!(out, "\n…and {n} more statements.");
                }
            }
        }
        out.push_str("\n</details>\n\n");
    }
}

fn icon(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "🔴",
        Severity::Warning => "🟠",
        Severity::Info => "🔵",
    }
}

/// `html`, `sql`: whether report.html and recommendations.sql are written
/// beside it, so that the footer names only files that exist.
pub(crate) fn render(r: &Report, html: bool, sql: bool) -> String {
    let mut out = String::new();
    let count = |s: Severity| r.findings.iter().filter(|f| f.severity == s).count();
    let _ = writeln!(
        out,
        "## pgadvisor: {} findings ({} critical, {} warning, {} info)\n",
        r.findings.len(),
        count(Severity::Critical),
        count(Severity::Warning),
        count(Severity::Info)
    );
    let span = match (&r.summary.first_ts, &r.summary.last_ts) {
        (Some(a), Some(b)) => format!("{} → {}; ", escape(a), escape(b)),
        _ => String::new(),
    };
    let _ = writeln!(
        out,
        "Workload: {}.  \n{span}{} input(s), {} unparsed lines.\n",
        escape(&super::priorities::workload_line(r)),
        r.inputs.len(),
        thousands(r.summary.unparsed_lines),
    );
    do_first(&mut out, r);
    if let Some(g) = &r.gate {
        let scope = if r.baseline.is_some() { "new " } else { "" };
        if g.failing > 0 {
            let _ = writeln!(
                out,
                "**❌ Failing**: {} {scope}finding(s) at or above `{}`.\n",
                g.failing,
                severity_name(g.fail_on)
            );
        } else {
            let _ = writeln!(
                out,
                "**✅ Passing**: no {scope}finding at or above `{}`.\n",
                severity_name(g.fail_on)
            );
        }
    }
    if let Some(b) = &r.baseline {
        let _ = writeln!(
            out,
            "Since the baseline: **{} new**, {} unchanged, **{} fixed**.\n",
            b.new,
            b.unchanged,
            b.fixed.len()
        );
    }
    if !r.findings.is_empty() {
        let status = r.baseline.is_some();
        out.push_str("| | Rule | Finding | Impact |");
        out.push_str(if status {
            " Status |\n|---|---|---|---:|---|\n"
        } else {
            "\n|---|---|---|---:|\n"
        });
        // New findings first when comparing: they are what a reviewer acts on.
        let mut shown: Vec<_> = r.findings.iter().collect();
        if status {
            shown.sort_by_key(|f| f.baseline != Some(BaselineStatus::New));
        }
        for f in shown.iter().take(MAX_FINDINGS) {
            let impact = escape(&impact_label(f));
            let _ = write!(
                out,
                "| {} {} | `{}` | {} | {} |",
                icon(f.severity),
                severity_name(f.severity),
                f.rule,
                escape(&one_line(&f.title, 160)),
                impact
            );
            if status {
                let s = match f.baseline {
                    Some(BaselineStatus::New) => "**new**",
                    _ => "unchanged",
                };
                let _ = write!(out, " {s} |");
            }
            out.push('\n');
        }
        if r.findings.len() > MAX_FINDINGS {
            let more = r.findings.len() - MAX_FINDINGS;
            let _ = if html {
                writeln!(out, "\n…and {more} more in `report.html`.")
            } else {
                writeln!(out, "\n…and {more} more (`--format html` writes them all).")
            };
        }
        out.push('\n');
    }
    details(&mut out, r, sql);
    if let Some(b) = r.baseline.as_ref().filter(|b| !b.fixed.is_empty()) {
        out.push_str("### Fixed since the baseline\n\n");
        for f in b.fixed.iter().take(MAX_FINDINGS) {
            let _ = writeln!(out, "- `{}` {}", f.rule, escape(&one_line(&f.title, 160)));
        }
        if b.fixed.len() > MAX_FINDINGS {
            let _ = writeln!(out, "- …and {} more", b.fixed.len() - MAX_FINDINGS);
        }
        out.push('\n');
    }
    if !r.queries.is_empty() {
        out.push_str("### Costliest queries\n\n| Query | Calls | Total | Mean | p95 |\n|---|---:|---:|---:|---:|\n");
        for q in r.queries.iter().take(MAX_QUERIES) {
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                escape(&one_line(&q.normalized, 100)),
                thousands(q.calls),
                fmt_ms(q.total_ms),
                fmt_ms(q.mean_ms),
                fmt_ms(q.p95_ms)
            );
        }
        out.push('\n');
    }
    let _ = write!(out, "<sub>pgadvisor {}", escape(&r.tool.version));
    if !r.suppressed.is_empty() {
        let _ = write!(
            out,
            " · {} suppressed in pgadvisor.toml",
            r.suppressed.len()
        );
    }
    if html {
        out.push_str(" · details in report.html");
    }
    if sql {
        out.push_str(" · fixes in recommendations.sql");
    }
    out.push_str("</sub>\n");
    out
}
