//! Each finding as a reviewer reads it: *Observations* (what the workload
//! shows, in the units people read), *Conclusion* (why it is a problem) and
//! *Recommendation* (what to do, what it gives back, what it costs). The
//! raw evidence stays in report.json and, folded, in report.html; this is
//! the reading of it, the same in report.html, report.md and the terminal.
//!
//! Written from the finding's evidence as report.json has it and from the
//! statistics of the statements it names, so a report read back (a
//! baseline, a merged digest) reads the same. A rule without its own
//! reading below gets the statements' figures and its doc's "Why it
//! matters" and "The fix".
use super::json::{QueryEntry, Report};
use super::text::{fmt_bytes, fmt_ms, impact_label, one_line, thousands};
use crate::findings::Finding;
use crate::rules::RuleId;
use serde_json::Value;
use std::collections::HashMap;

pub(crate) struct Narrative {
    pub observations: Vec<String>,
    pub conclusion: String,
    pub recommendation: String,
    /// What it gives back.
    pub gain: String,
    /// What it costs: storage, writes, refreshes, staleness, the locks.
    pub cost: String,
}

/// The statements of a report by id.
pub(crate) struct Statements<'r> {
    by_id: HashMap<&'r str, &'r QueryEntry>,
    total_ms: f64,
}

impl<'r> Statements<'r> {
    pub(crate) fn of(r: &'r Report) -> Self {
        Statements {
            by_id: r.queries.iter().map(|q| (q.id.as_str(), q)).collect(),
            total_ms: r.summary.total_duration_ms,
        }
    }

    pub(crate) fn get(&self, id: &str) -> Option<&'r QueryEntry> {
        self.by_id.get(id).copied()
    }

    /// The statement's total time, as `findings::total_gain` reads it.
    pub(crate) fn time_ms(&self, id: &str) -> Option<f64> {
        self.get(id).map(|q| q.total_ms)
    }

    fn share(&self, ms: f64) -> String {
        if self.total_ms > 0.0 {
            format!("{:.1} %", 100.0 * ms / self.total_ms)
        } else {
            "—".into()
        }
    }

    /// `SELECT … ran 995 times, 1.36s in all (17.1 % of the workload's
    /// time); mean 1.37ms, p95 1.80ms`.
    fn line(&self, id: &str) -> Option<String> {
        let q = self.get(id)?;
        let mut s = format!("`{}` ran {}", one_line(&q.normalized, 120), times(q.calls));
        if q.timed_calls > 0 {
            s.push_str(&format!(
                ", {} in all ({} of the workload's time); mean {}, p95 {}",
                fmt_ms(q.total_ms),
                self.share(q.total_ms),
                fmt_ms(q.mean_ms),
                fmt_ms(q.p95_ms)
            ));
        }
        if q.errors > 0 {
            s.push_str(&format!("; {} failed", thousands(q.errors)));
        }
        Some(s)
    }
}

/// `once`, `twice`, `1 234 times`.
fn times(n: u64) -> String {
    match n {
        1 => "once".into(),
        2 => "twice".into(),
        n => format!("{} times", thousands(n)),
    }
}

/// `1 wait`, `3 waits`.
fn counted(n: f64, one: &str, many: &str) -> String {
    let n = n.max(0.0).round() as u64;
    format!("{} {}", thousands(n), if n == 1 { one } else { many })
}

fn text<'a>(ev: &'a Value, k: &str) -> Option<&'a str> {
    ev.get(k)?.as_str().filter(|s| !s.is_empty())
}

fn num(ev: &Value, k: &str) -> Option<f64> {
    ev.get(k)?.as_f64()
}

fn count(ev: &Value, k: &str) -> Option<String> {
    num(ev, k).map(|n| thousands(n.max(0.0).round() as u64))
}

fn percent(x: f64) -> String {
    format!("{:.1} %", 100.0 * x)
}

/// `tenant_3: 168, tenant_4: 163` from `{"tenant_3": 168, …}`, largest first.
fn counts(ev: &Value, k: &str, max: usize) -> Option<String> {
    let m = ev.get(k)?.as_object()?;
    let mut v: Vec<(&String, u64)> = m
        .iter()
        .filter_map(|(k, v)| Some((k, v.as_f64()? as u64)))
        .collect();
    if v.is_empty() {
        return None;
    }
    v.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let more = v.len().saturating_sub(max);
    let mut s: Vec<String> = v
        .iter()
        .take(max)
        .map(|(k, n)| format!("{k} {}", thousands(*n)))
        .collect();
    if more > 0 {
        s.push(format!("{more} more"));
    }
    Some(s.join(", "))
}

fn names(ev: &Value, k: &str, max: usize) -> Option<String> {
    let items: Vec<&str> = ev
        .get(k)?
        .as_array()?
        .iter()
        .filter_map(|v| v.as_str())
        .collect();
    if items.is_empty() {
        return None;
    }
    let mut s = items
        .iter()
        .take(max)
        .copied()
        .collect::<Vec<_>>()
        .join(", ");
    if items.len() > max {
        s.push_str(&format!(" and {} more", items.len() - max));
    }
    Some(s)
}

/// `saves 2.6s per hour, costs 204ms per hour, 208ms once (repaid in 1.1min)
/// (per hour, extrapolated from 3.1min of log)`.
pub(crate) fn payoff_line(v: &Value) -> Option<String> {
    let ms = |k: &str| v.get(k)?.as_f64();
    let mut line = format!(
        "saves {} per hour, costs {} per hour",
        fmt_ms(ms("saved_ms_per_hour")?),
        fmt_ms(ms("cost_ms_per_hour")?)
    );
    if let Some(o) = ms("one_off_ms").filter(|o| *o > 0.0) {
        line.push_str(&format!(", {} once", fmt_ms(o)));
        if let Some(b) = ms("break_even_hours") {
            line.push_str(&format!(" (repaid in {})", fmt_ms(b * 3_600_000.0)));
        }
    }
    let window = ms("window_hours")?;
    if v.get("window_assumed").and_then(|a| a.as_bool()) == Some(true) {
        line.push_str("; the input had no timestamps: its counts were taken as a day's");
    } else {
        line.push_str(&format!(
            " (per hour, extrapolated from {} of log)",
            fmt_ms(window * 3_600_000.0)
        ));
    }
    Some(line)
}

/// The first paragraph of a section of the rule's doc, on one line.
fn doc_section(rule: RuleId, heading: &str) -> String {
    let doc = crate::rules::about(rule).doc;
    let Some(start) = doc.find(&format!("## {heading}\n")) else {
        return String::new();
    };
    let body = &doc[start + heading.len() + 4..];
    let para = body
        .split("\n\n")
        .map(str::trim)
        .find(|p| !p.is_empty() && !p.starts_with("##"))
        .unwrap_or("");
    one_line(para, usize::MAX)
}

/// The statements a finding names, as observations (at most `max`).
fn statement_lines(f: &Finding, st: &Statements<'_>, max: usize) -> Vec<String> {
    let mut out: Vec<String> = f
        .queries
        .iter()
        .filter_map(|q| st.line(q))
        .take(max)
        .collect();
    match f.queries.len().saturating_sub(max) {
        0 => {}
        1 => out.push("…and 1 more statement".into()),
        n => out.push(format!("…and {n} more statements")),
    }
    out
}

pub(crate) fn of(f: &Finding, st: &Statements<'_>) -> Narrative {
    let ev = &f.evidence;
    let mut n = Narrative {
        observations: Vec::new(),
        conclusion: doc_section(f.rule, "Why it matters"),
        recommendation: text(ev, "fix")
            .map(str::to_owned)
            .unwrap_or_else(|| doc_section(f.rule, "The fix")),
        gain: gain(f, st),
        cost: String::new(),
    };
    let obs = &mut n.observations;
    match f.rule {
        RuleId::NPlusOne => {
            if let (Some(b), Some(parent)) = (count(ev, "bursts"), text(ev, "parent_query")) {
                let per = ev.get("executions_per_burst");
                let median = per.and_then(|p| count(p, "median")).unwrap_or_default();
                let max = per.and_then(|p| count(p, "max")).unwrap_or_default();
                obs.push(format!(
                    "{b} bursts, each running the lookup {median} times (up to {max}) right after `{}`",
                    one_line(parent, 100)
                ));
            } else if let Some(b) = count(ev, "bursts") {
                obs.push(format!(
                    "{b} bursts of the same lookup with different values"
                ));
            }
            obs.extend(text(ev, "child").and_then(|c| st.line(c)));
            if let Some(apps) = counts(ev, "applications", 4) {
                obs.push(format!("Bursts by application: {apps}"));
            }
            if let (Some(ms), Some(share)) = (num(ev, "time_ms"), num(ev, "share_of_workload")) {
                n.conclusion = format!(
                    "Each row the first query returns costs another round trip, parse and plan: {} ({}) of the workload went to lookups one query could do, and the page slows down as the rows grow",
                    fmt_ms(ms),
                    percent(share)
                );
            }
            n.recommendation = "Fetch the rows for all the parent's ids in one query (`= ANY($1)` or a join), in the application; the statement to send instead is below".into();
        }
        RuleId::MissingIndex => {
            if let Some(costs) = ev.get("costs").and_then(|c| c.as_array()) {
                for c in costs.iter().take(3) {
                    if let (Some(q), Some(b), Some(a)) = (
                        text(c, "query"),
                        num(c, "cost_before"),
                        num(c, "cost_after"),
                    ) {
                        obs.push(format!(
                            "The planner's cost of {q}: {b:.0} now, {a:.0} with the index ({:.0} % less)",
                            100.0 * (1.0 - a / b.max(f64::MIN_POSITIVE))
                        ));
                    }
                }
            }
            obs.extend(statement_lines(f, st, 3));
            n.conclusion = "These statements read more of the table than they return: an index on the columns they filter and sort by takes them to their rows".into();
            n.recommendation = "Build the index CONCURRENTLY (the script sets lock_timeout and runs it outside a transaction)".into();
            let mut cost = Vec::new();
            if let Some(size) = text(ev, "estimated_size") {
                cost.push(format!("{size} of storage"));
            }
            if let Some(w) = num(ev, "write_cost").filter(|w| *w > 0.0) {
                cost.push(format!("about {} more per write to the table", fmt_ms(w)));
            }
            n.cost = cost.join(", ");
        }
        RuleId::MissingForeignKey => {
            if let Some(s) = names(ev, "schemas", 6) {
                obs.push(format!(
                    "In {} schemas: {s}",
                    ev["schemas"].as_array().map_or(0, |a| a.len())
                ));
            }
            let first = ev
                .get("per_schema")
                .and_then(|p| p.as_array())
                .and_then(|p| p.first())
                .and_then(|p| p.get("evidence"))
                .unwrap_or(ev);
            let joins = first
                .get("joins")
                .and_then(|j| j.as_array())
                .map_or(0, |j| j.len());
            let lookups = ["lookups_served_by_the_index", "lookups"]
                .iter()
                .find_map(|k| first.get(*k).and_then(|j| j.as_array()))
                .map_or(0, |j| j.len());
            let plural = |n: usize| if n == 1 { "statement" } else { "statements" };
            match (joins, lookups) {
                (0, 0) => {}
                (j, 0) => obs.push(format!(
                    "The workload joins on the column in {j} {}",
                    plural(j)
                )),
                (0, l) => obs.push(format!(
                    "The workload looks rows up by the column in {l} {}",
                    plural(l)
                )),
                (j, l) => obs.push(format!(
                    "The workload joins on the column in {j} {} and looks rows up by it in {l}",
                    plural(j)
                )),
            }
            if first.get("named_like_the_key").and_then(|b| b.as_bool()) == Some(true) {
                obs.push("The column is named after the table it points at".into());
            }
            obs.extend(statement_lines(f, st, 3));
            if let Some(g) = ev
                .get("also_missing_index")
                .and_then(|a| num(a, "estimated_gain_ms"))
            {
                obs.push(format!(
                    "The column has no index: building one saves about {}",
                    fmt_ms(g)
                ));
            }
            n.conclusion = if ev.get("also_missing_index").is_some() {
                "The joins and lookups on the column run without an index, and nothing stops a row from pointing at a parent that does not exist: orphans accumulate, and the application checks what the database could".into()
            } else {
                "Nothing stops a row from pointing at a parent that does not exist (or stops existing): orphans accumulate, and the application checks what the database could".into()
            };
            n.recommendation = "Count the orphans first; add the key NOT VALID (a moment's lock), VALIDATE it (reads the table without blocking writes), and index the column".into();
        }
        RuleId::TenantSchemaDrift => {
            if let (Some(missing), Some(present)) =
                (names(ev, "missing_in", 8), names(ev, "present_in", 8))
            {
                obs.push(format!("Missing in {missing}; present in {present}"));
            }
            if let Some(failed) = counts(ev, "failed_executions_by_tenant", 6) {
                obs.push(format!(
                    "Statements that failed for it, by tenant: {failed}"
                ));
            }
            obs.extend(statement_lines(f, st, 2));
            n.conclusion = "Tenant schemas are meant to be one layout: a migration that did not reach every schema makes the same request fail, or run without its index, in some tenants only".into();
            n.recommendation = match text(ev, "reference") {
                Some(r) => format!("Create what is missing in each schema that lacks it, copied from {r}; then find why the migration skipped them"),
                None => "Create what is missing in each schema that lacks it; then find why the migration skipped them".into(),
            };
        }
        RuleId::ErrorBurst => {
            if let (Some(c), Some(msg)) = (count(ev, "count"), text(ev, "message")) {
                let code = text(ev, "sqlstate")
                    .map(|s| format!(" {s}"))
                    .unwrap_or_default();
                obs.push(format!("{c} errors{code}: {msg}"));
            }
            if let Some(share) = num(ev, "share_of_statements") {
                obs.push(format!(
                    "{} of all statements failed this way",
                    percent(share)
                ));
            }
            if let (Some(peak), Some(mean)) =
                (count(ev, "peak_per_minute"), num(ev, "mean_per_minute"))
            {
                obs.push(format!(
                    "Up to {peak} a minute (at {}), {mean:.1} a minute on average, from {} to {}",
                    text(ev, "peak_minute").unwrap_or("?"),
                    text(ev, "first").unwrap_or("?"),
                    text(ev, "last").unwrap_or("?")
                ));
            }
            if let Some(t) = counts(ev, "tenants", 6) {
                obs.push(format!("By tenant: {t}"));
            }
            obs.extend(statement_lines(f, st, 2));
            n.conclusion = "A failing statement does its work for nothing and the request behind it fails: users see errors, and retries add load".into();
        }
        RuleId::LockWait => {
            let waits = num(ev, "waits")
                .unwrap_or(0.0)
                .max(num(ev, "acquired_after_wait").unwrap_or(0.0));
            if let Some(ms) = num(ev, "waited_ms") {
                obs.push(format!(
                    "{} for {}, {} in all, the longest {}",
                    counted(waits, "wait", "waits"),
                    text(ev, "lock").unwrap_or("a lock"),
                    fmt_ms(ms),
                    fmt_ms(num(ev, "max_wait_ms").unwrap_or(0.0))
                ));
            }
            obs.extend(
                text(ev, "statement")
                    .and_then(|q| st.line(q))
                    .map(|l| format!("The waiting statement: {l}")),
            );
            if let Some(h) = ev.get("holders_last_statement").and_then(|h| h.as_array()) {
                for x in h.iter().take(3) {
                    if let Some(t) = text(x, "text") {
                        obs.push(format!("The holder had last run `{}`", one_line(t, 120)));
                    }
                }
            }
            n.conclusion = "While a statement waits, its request waits, and everything queued behind its lock with it".into();
        }
        RuleId::ConnectionChurn => {
            if let Some(c) = count(ev, "connections") {
                obs.push(format!(
                    "{c} connections from {}@{} ({}), {:.0} a minute on average, up to {}",
                    text(ev, "user").unwrap_or("?"),
                    text(ev, "database").unwrap_or("?"),
                    text(ev, "application").unwrap_or("?"),
                    num(ev, "mean_per_minute").unwrap_or(0.0),
                    count(ev, "peak_per_minute").unwrap_or_default()
                ));
            }
            if let (Some(s), Some(setup)) = (num(ev, "mean_session_ms"), num(ev, "mean_setup_ms")) {
                obs.push(format!(
                    "Sessions last {} on average, of which {} to set up",
                    fmt_ms(s),
                    fmt_ms(setup)
                ));
            }
            n.conclusion = "Each connection starts a server process, authenticates and warms its caches: a client that connects per request pays it every time and can exhaust max_connections under load".into();
        }
        RuleId::SearchPathLeak => {
            if let Some(e) = count(ev, "executions") {
                obs.push(format!(
                    "{e} executions of {} ran on pooled connections of {} whose search_path an earlier request had set ({} SETs on {} connections in all)",
                    counted(f.queries.len() as f64, "statement", "statements"),
                    text(ev, "application").filter(|a| !a.is_empty()).unwrap_or("an application"),
                    count(ev, "path_sets").unwrap_or_default(),
                    count(ev, "connections_setting").unwrap_or_default()
                ));
            }
            for x in ev
                .get("statements")
                .and_then(|a| a.as_array())
                .into_iter()
                .flatten()
                .take(3)
            {
                let (Some(q), Some(sign)) = (text(x, "query"), text(x, "sign")) else {
                    continue;
                };
                let what = st
                    .get(q)
                    .map(|e| one_line(&e.normalized, 100))
                    .unwrap_or_else(|| q.to_owned());
                let why = match sign {
                    "ran-under-default-too" => format!(
                        "ran {} before any SET on a connection opened in the log, and under {}{} tenant paths elsewhere",
                        times(num(x, "under_default_path").unwrap_or(0.0) as u64),
                        if x.get("more_paths").and_then(|m| m.as_bool()).unwrap_or(false) { "over " } else { "" },
                        count(x, "paths_seen").unwrap_or_default()
                    ),
                    "opens-request" => format!(
                        "comes right after the end of another request {} of the time, with no SET of its own",
                        percent(num(x, "after_request_ends").unwrap_or(0.0))
                    ),
                    _ => "follows a leaking statement in the same request".to_owned(),
                };
                obs.push(format!("`{what}` {why}"));
            }
        }
        RuleId::SchemaCheckPerRequest => {
            if let (Some(c), Some(ms)) = (count(ev, "calls"), num(ev, "total_ms")) {
                obs.push(format!(
                    "{} ran {c} schema checks {} taking {} ({} of its statement time, {} of the workload's)",
                    text(ev, "application").filter(|a| !a.is_empty()).unwrap_or("An application"),
                    text(ev, "repeated").unwrap_or("per request"),
                    fmt_ms(ms),
                    percent(num(ev, "share_of_application").unwrap_or(0.0)),
                    percent(num(ev, "share_of_workload").unwrap_or(0.0))
                ));
            }
            // Checks that qualified by asking the same thing again may have
            // run in a part of the log only: the spread says nothing then.
            if let Some(spread) = num(ev, "spread").filter(|s| *s >= 0.5) {
                obs.push(format!(
                    "They run through {} of the log's window, not once at start-up",
                    percent(spread)
                ));
            }
            obs.extend(statement_lines(f, st, 3));
        }
        RuleId::SynchronizedPoller => {
            if let (Some(p), Some(b)) = (num(ev, "period_s"), count(ev, "bursts")) {
                obs.push(format!(
                    "{b} bursts, one every {p}s, of about {} executions from {} sessions",
                    count(ev, "median_burst").unwrap_or_default(),
                    count(ev, "sessions").unwrap_or_default()
                ));
            }
            if let (Some(peak), Some(mean)) =
                (count(ev, "peak_per_second"), num(ev, "mean_per_second"))
            {
                obs.push(format!(
                    "{peak} in the busiest second against {mean:.1} a second on average; {} of its executions arrive in the bursts",
                    percent(num(ev, "share_in_bursts").unwrap_or(0.0))
                ));
            }
            obs.extend(statement_lines(f, st, 1));
        }
        RuleId::TenantGuardrails => {
            let who = text(ev, "database")
                .map(|d| format!("Database {d}"))
                .or_else(|| text(ev, "role").map(|r| format!("Role {r}")))
                .unwrap_or_else(|| "The tenant".into());
            if let Some(peak) = count(ev, "peak_sessions") {
                obs.push(format!(
                    "{who} held up to {peak} sessions at once (the server {}), over {} statements",
                    count(ev, "server_peak_sessions").unwrap_or_default(),
                    count(ev, "statements").unwrap_or_default()
                ));
            }
            if let Some(longest) = num(ev, "longest_ms") {
                let p99 = num(ev, "p99_ms").map(|p| format!("p99 {}, ", fmt_ms(p)));
                obs.push(format!(
                    "Its statements: {}longest {}",
                    p99.unwrap_or_default(),
                    fmt_ms(longest)
                ));
            }
            if let Some(gaps) = count(ev, "idle_in_transaction_gaps").filter(|g| g != "0") {
                obs.push(format!(
                    "{gaps} transactions sat idle a second or more between two statements (longest {})",
                    fmt_ms(num(ev, "longest_idle_in_transaction_ms").unwrap_or(0.0))
                ));
            }
            for h in ev
                .get("hazards")
                .and_then(|h| h.as_array())
                .into_iter()
                .flatten()
                .filter_map(|h| h.as_str())
            {
                obs.push(format!("Stands out: {h}"));
            }
        }
        RuleId::NoisyNeighbour => {
            let who = text(ev, "database")
                .or_else(|| text(ev, "role"))
                .or_else(|| text(ev, "schema"))
                .unwrap_or("The tenant");
            if let (Some(calls), Some(ms)) = (num(ev, "share_of_calls"), num(ev, "total_ms")) {
                obs.push(format!(
                    "{who} makes {} of the server's statements and takes {} of its statement time ({})",
                    percent(calls),
                    percent(num(ev, "share_of_time").unwrap_or(0.0)),
                    fmt_ms(ms)
                ));
            }
            if let Some(e) = count(ev, "errors").filter(|e| e != "0") {
                obs.push(format!(
                    "It raised {e} errors, {} of the server's",
                    percent(num(ev, "share_of_errors").unwrap_or(0.0))
                ));
            }
            if let Some(busy) = num(ev, "busy") {
                obs.push(format!(
                    "Its time beyond its share of the calls kept {busy:.2} of a core busy on average through the log"
                ));
            }
            obs.extend(statement_lines(f, st, 3));
        }
        RuleId::MaterializedView | RuleId::DenormalizeAggregate => {
            if let Some(reads) = count(ev, "reads") {
                let writes = num(ev, "writes").or(num(ev, "child_writes")).unwrap_or(0.0);
                obs.push(format!(
                    "{reads} reads of the aggregate, {} writes to its tables in the window",
                    thousands(writes.round() as u64)
                ));
            }
            if let Some(ms) = num(ev, "read_time_ms") {
                obs.push(format!("The reads took {} ({})", fmt_ms(ms), st.share(ms)));
            }
            obs.extend(statement_lines(f, st, 2));
            if let Some(t) = ev.get("tenants").and_then(|t| t.as_array()) {
                obs.push(format!("Read in {} tenant schemas", t.len()));
            }
            let mut cost = Vec::new();
            if let Some(p) = ev.get("payoff").and_then(payoff_line) {
                cost.push(p);
            }
            if let Some(s) = text(ev, "staleness") {
                cost.push(format!("reads are {s}"));
            }
            if let (Some(ms), Some(c)) =
                (num(ev, "refresh_estimate_ms"), num(ev, "cadence_minutes"))
            {
                cost.push(format!(
                    "a refresh takes about {} every {c:.0} minutes",
                    fmt_ms(ms)
                ));
            }
            if f.rule == RuleId::DenormalizeAggregate {
                cost.push("a trigger adds a little to every write of the child table".into());
            }
            n.cost = cost.join("; ");
            n.recommendation = if f.rule == RuleId::MaterializedView {
                "Create the view and its unique index, refresh it CONCURRENTLY on a schedule, and have the application read it instead (the query to send is below)".into()
            } else {
                "Keep the aggregate in columns of the parent table, maintained by a trigger, and read them instead of recomputing (the query to send is below)".into()
            };
        }
        RuleId::PartitionTable => {
            if let (Some(rows), Some(col)) = (num(ev, "rows"), text(ev, "column")) {
                let size = num(ev, "total_bytes")
                    .map(|b| format!(", {}", fmt_bytes(b as u64)))
                    .unwrap_or_default();
                obs.push(format!(
                    "{} rows{size}, from {} to {}",
                    thousands(rows as u64),
                    text(ev, "data_from").unwrap_or("?"),
                    text(ev, "data_to").unwrap_or("?")
                ));
                if let Some(reads) = count(ev, "reads") {
                    obs.push(format!("{reads} reads ask for a range of {col}"));
                }
            }
            if let Some(a) = num(ev, "append_share") {
                obs.push(format!(
                    "{} of the writes append at the end of the range",
                    percent(a)
                ));
            }
            obs.extend(statement_lines(f, st, 2));
            let mut cost = Vec::new();
            if let Some(p) = ev.get("payoff").and_then(payoff_line) {
                cost.push(p);
            }
            if let Some(k) = ev.get("key_changes").and_then(|k| k.as_array()) {
                cost.extend(k.iter().filter_map(|x| x.as_str()).map(str::to_owned));
            }
            n.cost = cost.join("; ");
        }
        RuleId::TempFiles => {
            if let (Some(files), Some(bytes)) = (num(ev, "temp_files"), num(ev, "temp_bytes")) {
                obs.push(format!(
                    "{}, {} in all, the largest {}",
                    counted(files, "temporary file", "temporary files"),
                    fmt_bytes(bytes as u64),
                    fmt_bytes(num(ev, "largest_file_bytes").unwrap_or(0.0) as u64)
                ));
            }
            obs.extend(statement_lines(f, st, 2));
            if let Some(mb) = num(ev, "suggested_work_mem_mb") {
                n.cost = format!("up to {mb:.0} MB of memory per sort or hash of this statement, in each session that runs it");
            }
        }
        RuleId::RedundantIndex | RuleId::UnusedIndex => {
            if let Some(i) = text(ev, "index") {
                let size = num(ev, "size_bytes")
                    .map(|b| format!(" ({})", fmt_bytes(b as u64)))
                    .unwrap_or_default();
                match text(ev, "covered_by") {
                    Some(c) => obs.push(format!(
                        "{i}{size} leads with the same columns as {c}, which serves its reads too"
                    )),
                    None => obs.push(format!("{i}{size} shows no scans in the statistics")),
                }
            }
            n.cost =
                "if a rare job used the index, its reads get slower: check before dropping".into();
        }
        RuleId::UnindexedForeignKey => {
            if let (Some(fk), Some(parent)) = (text(ev, "foreign_key"), text(ev, "references")) {
                obs.push(format!(
                    "{fk} references {parent}, and no index starts with its columns"
                ));
            }
            for (k, what) in [
                ("joins", "joins on it"),
                ("lookups", "lookups by it"),
                (
                    "parent_deletes_or_key_updates",
                    "deletes or key updates of the parent, each of which scans the child",
                ),
            ] {
                if let Some(a) = ev
                    .get(k)
                    .and_then(|a| a.as_array())
                    .filter(|a| !a.is_empty())
                {
                    obs.push(format!("{} {what}", a.len()));
                }
            }
            obs.extend(statement_lines(f, st, 2));
        }
        _ => {
            // Plan rules and the rest: where the plan says it, then the statements.
            if let (Some(node), Some(msg)) = (text(ev, "node"), text(ev, "message")) {
                let at = match (text(ev, "plan_source"), num(ev, "plan_line")) {
                    (Some(s), Some(l)) => format!(" ({} plan at line {l:.0})", s.replace('_', " ")),
                    _ => String::new(),
                };
                obs.push(format!("{node}: {msg}{at}"));
            }
            if let (Some(d), Some(share)) = (num(ev, "plan_duration_ms"), num(ev, "time_share")) {
                obs.push(format!(
                    "The plan ran {}; this node took {} of it",
                    fmt_ms(d),
                    percent(share)
                ));
            }
            obs.extend(statement_lines(f, st, 3));
            if let Some(why) = text(ev, "index_not_weighed") {
                obs.push(format!("Index not proposed: {why}"));
            }
        }
    }
    if n.observations.is_empty() {
        n.observations.push(one_line(&f.title, 300));
    }
    if let Some(d) = (!f.databases.is_empty()).then(|| f.databases.join(", ")) {
        n.observations.push(format!("In databases: {d}"));
    }
    let risk = f
        .risk
        .as_ref()
        .map(|r| r.summary.clone())
        .unwrap_or_default();
    n.recommendation = sentence(&n.recommendation);
    n.conclusion = sentence(&n.conclusion);
    n.cost = match (n.cost.is_empty(), risk.is_empty()) {
        (true, true) => "nothing measurable".into(),
        (true, false) => risk,
        (false, true) => n.cost,
        (false, false) => format!("{}. {risk}", n.cost),
    };
    n.cost = sentence(&n.cost);
    n
}

/// A capital first letter: evidence texts are written to follow a colon.
fn sentence(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn gain(f: &Finding, st: &Statements<'_>) -> String {
    match f.rule {
        RuleId::SearchPathLeak => {
            return "each request reads and writes its own tenant's rows, never the previous request's".into()
        }
        RuleId::SynchronizedPoller => {
            return format!(
                "the same polls spread over the period instead of arriving at once; a cache in front saves up to their {}",
                fmt_ms(f.impact_ms)
            )
        }
        RuleId::TenantGuardrails => {
            return "a runaway statement, a hung transaction or a pool gone wrong in one tenant is cut before it takes the server from the others; the tenant's own work, as the log shows it, stays under every limit".into()
        }
        RuleId::NoisyNeighbour => {
            let excess = f.evidence.get("excess_ms").and_then(|v| v.as_f64()).unwrap_or(0.0);
            return format!(
                "up to {} of statement time given back to the other tenants, through the fixes of its statements and its limits",
                fmt_ms(excess)
            );
        }
        RuleId::ErrorBurst => return "the failed statements succeed, or are not sent".into(),
        RuleId::TenantSchemaDrift => {
            return "the statements that fail in the schemas that lack it run there; the schemas stay one layout".into()
        }
        _ => {}
    }
    if matches!(
        f.rule,
        RuleId::MissingForeignKey | RuleId::UnindexedForeignKey
    ) && f.impact_ms >= 0.005
    {
        let saved = super::priorities::saved_ms(f);
        return if saved < f.impact_ms {
            format!(
                "about {} ({}): what the index gives back of the {} the statements on the column took; the key itself keeps the data right",
                fmt_ms(saved),
                st.share(saved),
                fmt_ms(f.impact_ms)
            )
        } else {
            format!(
                "up to {} ({}), the time of the statements that join on or look up by the column, which its index speeds up; the key itself keeps the data right",
                fmt_ms(f.impact_ms),
                st.share(f.impact_ms)
            )
        };
    }
    if f.impact_ms >= 0.005 {
        format!(
            "about {} of the window's time ({})",
            fmt_ms(f.impact_ms),
            st.share(f.impact_ms)
        )
    } else {
        match f.rule {
            RuleId::ErrorBurst => "the failed statements succeed, or are not sent".into(),
            RuleId::MissingForeignKey | RuleId::TenantSchemaDrift => {
                "data the database keeps right, rather than time".into()
            }
            _ => impact_label(f),
        }
    }
}
