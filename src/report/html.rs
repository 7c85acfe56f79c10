//! `report.html`: one self-contained page (inline CSS, a little inline JS,
//! no network) for a team to review together. The page is rendered by an
//! askama template from a view of the report computed here: numbers
//! formatted, charts and the schema graph laid out as coordinates. Every
//! string from the input goes through the template's HTML escaping; the
//! script reads nothing but `data-` attributes holding numbers.
use super::json::{Report, ACTIVITY_POINTS};
use super::text::{code_spans, fix_text, fmt_ms, impact_label, one_line, severity_name, thousands};
use crate::findings::{Finding, Severity};
use askama::Template;
use std::collections::{BTreeMap, BTreeSet};

#[derive(Template)]
#[template(path = "report.html")]
struct Page<'a> {
    r: &'a Report,
    span: String,
    workload: String,
    first: Vec<FirstView>,
    filter_tenants: Vec<String>,
    filter_dbs: Vec<String>,
    /// Per tenant schema and per database (when several).
    scopes: Vec<ScopeTable>,
    cards: Vec<(&'static str, String)>,
    severities: Vec<SeverityCount>,
    gain: String,
    groups: Vec<RuleGroup>,
    queries: Vec<QueryRow>,
    breakdowns: Vec<Breakdown>,
    charts: Vec<Chart>,
    plans: Vec<PlanView>,
    graph: Graph,
    errors: Vec<(String, String, u64, String)>,
    event_counts: Vec<(&'static str, String)>,
    inputs: Vec<InputView>,
    fixed: Vec<(String, String, String)>,
}

/// One line of "Do these first".
struct FirstView {
    id: String,
    severity: &'static str,
    title: String,
    gain: String,
    why: String,
    risk_level: &'static str,
    risk: String,
}

fn risk_name(f: &Finding) -> (&'static str, String) {
    match &f.risk {
        Some(r) => (r.level.name(), r.summary.clone()),
        None => ("", String::new()),
    }
}

fn first(r: &Report) -> Vec<FirstView> {
    r.do_first
        .iter()
        .filter_map(|d| {
            let f = r.finding(&d.finding)?;
            let (risk_level, risk) = risk_name(f);
            Some(FirstView {
                id: f.id.clone(),
                severity: severity_name(f.severity),
                title: f.title.clone(),
                gain: super::priorities::gain_label(d, f),
                why: d.why.clone(),
                risk_level,
                risk,
            })
        })
        .collect()
}

struct SeverityCount {
    name: &'static str,
    count: usize,
}

struct RuleGroup {
    id: String,
    summary: &'static str,
    findings: Vec<FindingView>,
}

struct FindingView {
    id: String,
    severity: &'static str,
    title: String,
    subject: String,
    impact: String,
    verified: String,
    status: &'static str,
    databases: String,
    evidence: Vec<(String, String, bool)>,
    queries: Vec<(String, String)>,
    /// Every statement of the fix (what Copy copies).
    sql: String,
    /// What the page shows: one schema's block when the fix repeats in
    /// every tenant schema, else `sql`.
    sql_shown: String,
    /// The schemas a condensed fix runs in.
    sql_schemas: String,
    /// The strongest lock the fix takes on each table in use, and what it holds off.
    locks: Vec<String>,
    risk_level: &'static str,
    /// Each observation as text and code spans (`true`: code).
    observations: Vec<Vec<(bool, String)>>,
    conclusion: Vec<(bool, String)>,
    recommendation: Vec<(bool, String)>,
    gain: String,
    cost: String,
    rule: String,
    /// For the filters: the tenant schemas and databases it concerns, as
    /// JSON arrays (names may hold spaces).
    tenants: String,
    dbs: String,
}

/// The tenant schemas a finding concerns: the ones its statements ran in,
/// its evidence lists, or its subject names.
fn finding_tenants(f: &Finding, r: &Report, st: &super::narrative::Statements<'_>) -> Vec<String> {
    let mut out: BTreeSet<String> = BTreeSet::new();
    for q in &f.queries {
        if let Some(e) = st.get(q) {
            out.extend(e.tenants.0.keys().cloned());
        }
    }
    for k in ["schemas", "missing_in", "present_in"] {
        if let Some(a) = f.evidence.get(k).and_then(|v| v.as_array()) {
            out.extend(a.iter().filter_map(|v| v.as_str()).map(str::to_owned));
        }
    }
    if r.summary
        .tenant_schemas_detected
        .contains(&f.subject.schema)
    {
        out.insert(f.subject.schema.clone());
    }
    out.into_iter().collect()
}

fn finding_databases(f: &Finding, st: &super::narrative::Statements<'_>) -> Vec<String> {
    let mut out: BTreeSet<String> = f.databases.iter().cloned().collect();
    for q in &f.queries {
        if let Some(e) = st.get(q) {
            out.extend(e.databases.0.keys().cloned());
        }
    }
    if let Some(d) = f.evidence.get("database").and_then(|d| d.as_str()) {
        out.insert(d.to_owned());
    }
    out.into_iter().collect()
}

/// The fix's text, and what the page shows of it: one tenant schema's block
/// with the list of schemas when it repeats in each.
fn fix_views(f: &Finding, r: &Report) -> (String, String, String) {
    let all = fix_text(&f.fix);
    match super::per_schema::of_finding(f, r) {
        Some(c) => {
            let first = crate::sqlgen::Fix::from(
                c.first
                    .iter()
                    .map(|&i| f.fix.steps[i].clone())
                    .collect::<Vec<_>>(),
            );
            (all, fix_text(&first), c.schemas.join(", "))
        }
        None => (all.clone(), all, String::new()),
    }
}

/// The locks a fix takes on tables in use, strongest first, one line per
/// mode: `ACCESS EXCLUSIVE on public.audit_log: blocks reads and writes`.
fn lock_lines(fix: &crate::sqlgen::Fix) -> Vec<String> {
    let mut by_mode: std::collections::BTreeMap<std::cmp::Reverse<crate::sqlgen::Lock>, Vec<&str>> =
        std::collections::BTreeMap::new();
    for (on, lock) in fix.live_locks() {
        by_mode.entry(std::cmp::Reverse(lock)).or_default().push(on);
    }
    by_mode
        .into_iter()
        .map(|(std::cmp::Reverse(lock), on)| {
            format!(
                "{} on {}: {}",
                lock.sql_name(),
                on.join(", "),
                lock.blocks()
            )
        })
        .collect()
}

/// One table of the per-tenant, per-database view.
struct ScopeTable {
    title: &'static str,
    /// The finding filter a row's link sets (`f-tenant`, `f-db`).
    filter: &'static str,
    rows: Vec<ScopeRow>,
}

struct ScopeRow {
    name: String,
    time: String,
    time_share: String,
    calls: String,
    calls_share: String,
    errors: String,
    /// Its share of time (or errors) far above its share of calls.
    heavy: String,
    /// (fingerprint, short text, time there)
    top: Vec<(String, String, String)>,
    findings: usize,
}

/// A value whose share of time or of errors is at least twice its share of
/// calls, and a tenth of the whole: the noisy neighbour a reviewer looks for.
fn heavy(time: f64, errors: f64, calls: f64) -> String {
    let mut out = Vec::new();
    if time >= 0.1 && time >= 2.0 * calls {
        out.push(format!(
            "{:.0} % of the time for {:.0} % of the calls",
            100.0 * time,
            100.0 * calls
        ));
    }
    if errors >= 0.1 && errors >= 2.0 * calls {
        out.push(format!(
            "{:.0} % of the errors for {:.0} % of the calls",
            100.0 * errors,
            100.0 * calls
        ));
    }
    out.join("; ")
}

fn scopes(r: &Report) -> Vec<ScopeTable> {
    use super::shares::{split, Dimension};
    let st = super::narrative::Statements::of(r);
    let mut out = Vec::new();
    for (dim, title, filter) in [
        (Dimension::Tenant, "Tenant schema", "f-tenant"),
        (Dimension::Database, "Database", "f-db"),
    ] {
        let by = split(r, dim);
        if by.is_empty() || (dim == Dimension::Database && by.len() < 2) {
            continue;
        }
        let concern: Vec<Vec<String>> = r
            .findings
            .iter()
            .map(|f| match dim {
                Dimension::Tenant => finding_tenants(f, r, &st),
                _ => finding_databases(f, &st),
            })
            .collect();
        // Shares of the whole workload, as the workload line gives them (a
        // statement run outside every tenant schema counts in no row).
        let total_ms = r.summary.total_duration_ms.max(f64::MIN_POSITIVE);
        let total_calls = r.summary.statements.max(1) as f64;
        let total_errors = r.queries.iter().map(|q| q.errors).sum::<u64>() as f64;
        let mut rows: Vec<(&String, &super::shares::Totals)> = by.iter().collect();
        rows.sort_by(|a, b| b.1.time_ms.total_cmp(&a.1.time_ms).then(a.0.cmp(b.0)));
        out.push(ScopeTable {
            title,
            filter,
            rows: rows
                .into_iter()
                .map(|(name, t)| {
                    let time = t.time_ms / total_ms;
                    let calls = t.calls as f64 / total_calls;
                    let errors = if total_errors > 0.0 {
                        t.errors / total_errors
                    } else {
                        0.0
                    };
                    ScopeRow {
                        name: name.clone(),
                        time: fmt_ms(t.time_ms),
                        time_share: format!("{:.1} %", 100.0 * time),
                        calls: thousands(t.calls),
                        calls_share: format!("{:.1} %", 100.0 * calls),
                        errors: thousands(t.errors.round() as u64),
                        heavy: heavy(time, errors, calls),
                        top: t
                            .top
                            .iter()
                            .map(|(id, ms)| {
                                (
                                    id.clone(),
                                    st.get(id)
                                        .map_or(String::new(), |e| one_line(&e.normalized, 90)),
                                    fmt_ms(*ms),
                                )
                            })
                            .collect(),
                        findings: concern.iter().filter(|c| c.contains(name)).count(),
                    }
                })
                .collect(),
        });
    }
    out
}

/// Statement text the query table shows before "whole statement".
const QUERY_SHOWN: usize = 300;

struct QueryRow {
    id: String,
    /// The text on one line, cut at [`QUERY_SHOWN`] characters.
    short: String,
    /// The whole text, when `short` is cut.
    whole: Option<String>,
    length: String,
    kind: String,
    calls: u64,
    calls_text: String,
    total: f64,
    total_text: String,
    mean: f64,
    mean_text: String,
    p95: f64,
    p95_text: String,
    share: String,
    errors: u64,
    tenants: usize,
    estimated: bool,
}

struct Breakdown {
    title: &'static str,
    rows: Vec<(String, String, String, f64)>,
}

struct Chart {
    title: &'static str,
    width: f64,
    height: f64,
    max_label: String,
    first: String,
    last: String,
    series: Vec<Series>,
}

struct Series {
    class: &'static str,
    name: &'static str,
    points: String,
}

struct PlanView {
    query: String,
    text: String,
    duration: String,
    analyzed: bool,
    nodes: Vec<NodeView>,
    problems: Vec<(String, String, String)>,
}

struct NodeView {
    indent: usize,
    label: String,
    hot: bool,
    flagged: bool,
    time: String,
    rows: String,
    details: Vec<String>,
}

struct Graph {
    width: f64,
    height: f64,
    nodes: Vec<GraphNode>,
    edges: Vec<GraphEdge>,
    omitted: usize,
}

struct GraphNode {
    name: String,
    x: f64,
    y: f64,
    anchor: &'static str,
    lx: f64,
}

struct GraphEdge {
    from: String,
    to: String,
    columns: String,
    declared: bool,
    calls: u64,
    /// Tenant schemas it was seen in (1 outside tenants).
    schemas: usize,
    /// The arc's SVG path.
    d: String,
    drawn: bool,
}

struct InputView {
    path: String,
    format: String,
    lines: String,
    events: String,
    unparsed: u64,
    error: Option<String>,
    reasons: Vec<(String, u64, String)>,
    samples: Vec<(u64, String, String)>,
    warnings: Vec<(String, u64)>,
}

/// Tables the graph draws at most; the rest are listed only.
const GRAPH_NODES: usize = 40;

pub(crate) fn render(r: &Report) -> String {
    let page = Page {
        r,
        span: span(r),
        workload: super::priorities::workload_line(r),
        first: first(r),
        filter_tenants: super::shares::tenant_schemas(r),
        filter_dbs: super::shares::values(r, super::shares::Dimension::Database)
            .into_iter()
            .collect(),
        scopes: scopes(r),
        cards: cards(r),
        severities: severities(r),
        gain: gain_sentence(r),
        groups: groups(r),
        queries: queries(r),
        breakdowns: breakdowns(r),
        charts: charts(r),
        plans: plans(r),
        graph: graph(r),
        errors: r
            .events
            .errors
            .iter()
            .map(|(k, e)| {
                let code = k.split_whitespace().next().unwrap_or("").to_owned();
                let code = if code.len() == 5 && code.chars().all(|c| c.is_ascii_alphanumeric()) {
                    code
                } else {
                    "—".to_owned()
                };
                (code, e.severity.clone(), e.count, e.message.clone())
            })
            .collect(),
        event_counts: event_counts(r),
        inputs: inputs(r),
        fixed: r
            .baseline
            .iter()
            .flat_map(|b| &b.fixed)
            .map(|f| {
                (
                    f.rule.clone(),
                    f.severity.map(severity_name).unwrap_or("").to_owned(),
                    f.title.clone(),
                )
            })
            .collect(),
    };
    page.render().unwrap_or_else(|e| {
        // The template is compiled in; a failure here is a bug, not bad input.
        format!(
            "<!doctype html><title>pgadvisor</title><p>report rendering failed: {}</p>",
            super::text::escape_html(&e.to_string())
        )
    })
}

fn span(r: &Report) -> String {
    match (&r.summary.first_ts, &r.summary.last_ts) {
        (Some(a), Some(b)) => {
            let ms = r.summary.window_ms().unwrap_or(0.0);
            format!("{a} → {b} ({})", fmt_ms(ms))
        }
        _ => "no timestamps (statistics exports)".to_owned(),
    }
}

fn cards(r: &Report) -> Vec<(&'static str, String)> {
    let s = &r.summary;
    let mut c = vec![
        ("statements", thousands(s.statements)),
        ("distinct queries", thousands(s.queries)),
        ("workload time", fmt_ms(s.total_duration_ms)),
        ("sessions", thousands(s.sessions)),
        ("findings", thousands(s.findings)),
        ("unparsed lines", thousands(s.unparsed_lines)),
    ];
    if !r.suppressed.is_empty() {
        c.push(("suppressed", thousands(r.suppressed.len() as u64)));
    }
    c
}

fn severities(r: &Report) -> Vec<SeverityCount> {
    [Severity::Critical, Severity::Warning, Severity::Info]
        .into_iter()
        .map(|s| SeverityCount {
            name: severity_name(s),
            count: r.findings.iter().filter(|f| f.severity == s).count(),
        })
        .collect()
}

/// What the findings give back together, in words: the statements' share
/// (each statement's time once) and the time outside statements.
pub(crate) fn gain_sentence(r: &Report) -> String {
    let st = super::narrative::Statements::of(r);
    let time = |id: &str| st.time_ms(id);
    let (statements, other) =
        crate::findings::gain_parts(&super::priorities::by_saving(&r.findings), &time);
    if statements + other <= 0.0 {
        return String::new();
    }
    let mut s = format!(
        "Together the fixes could give back about {} of the {} the statements took (each statement's time counted once, however many fixes touch it)",
        fmt_ms(statements),
        fmt_ms(r.summary.total_duration_ms)
    );
    if other > 0.0 {
        s.push_str(&format!(
            ", and {} outside statements (such as connection setup)",
            fmt_ms(other)
        ));
    }
    s.push('.');
    s
}

/// A string, number or boolean as text.
fn scalar(v: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        _ => None,
    }
}

/// One record of an evidence list as a line: `tenant_1 — joins: a, b; named
/// like the key: true`, led by its schema or name; nested records inline.
/// None when it holds lists of records (shown as JSON then).
fn record_line(v: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    fn fields(m: &serde_json::Map<String, Value>, skip: Option<&str>) -> Option<Vec<String>> {
        let mut out = Vec::new();
        for (k, v) in m {
            if Some(k.as_str()) == skip {
                continue;
            }
            let k = k.replace('_', " ");
            match v {
                Value::Null => {}
                Value::String(_) | Value::Number(_) | Value::Bool(_) => {
                    out.push(format!("{k}: {}", scalar(v)?));
                }
                Value::Array(a) if a.is_empty() => {}
                Value::Array(a) => {
                    let list: Option<Vec<String>> = a
                        .iter()
                        .map(|x| match x {
                            Value::String(s) => Some(s.clone()),
                            Value::Number(n) => Some(n.to_string()),
                            _ => None,
                        })
                        .collect();
                    out.push(format!("{k}: {}", list?.join(", ")));
                }
                // A nested record (a merged finding's own evidence) inline.
                Value::Object(o) => out.extend(fields(o, None)?),
            }
        }
        Some(out)
    }
    let m = v.as_object()?;
    let lead = ["schema", "name"]
        .iter()
        .find_map(|k| Some((*k, m.get(*k)?.as_str()?)));
    let rest = fields(m, lead.map(|l| l.0))?.join("; ");
    Some(match lead {
        Some((_, name)) if rest.is_empty() => name.to_owned(),
        Some((_, name)) => format!("{name} — {rest}"),
        None => rest,
    })
}

/// Evidence fields shown first, in this order: the advice a reader acts on.
const LEAD: &[&str] = &[
    "fix",
    "note",
    "payoff",
    "staleness",
    "schedule",
    "retention",
];

/// Evidence as rows: scalars as they are, lists of scalars joined, the rest
/// as indented JSON; the flag marks SQL and JSON, shown as code.
fn evidence_rows(v: &serde_json::Value) -> Vec<(String, String, bool)> {
    use serde_json::Value;
    fn is_sql(s: &str) -> bool {
        let u = s.trim_start().to_ascii_uppercase();
        [
            "SELECT ", "WITH ", "CREATE ", "ALTER ", "DROP ", "REFRESH ", "UPDATE ", "INSERT ",
            "DELETE ", "SET ", "BEGIN", "DO ",
        ]
        .iter()
        .any(|k| u.starts_with(k))
    }
    match v {
        Value::Object(m) => {
            let mut fields: Vec<(&String, &Value)> =
                m.iter().filter(|(_, v)| !v.is_null()).collect();
            // What to do and what it costs read first; the figures after.
            let rank = |k: &str| LEAD.iter().position(|l| *l == k).unwrap_or(LEAD.len());
            fields.sort_by_key(|(k, _)| rank(k));
            fields
                .into_iter()
                .map(|(k, v)| {
                    let key = k.replace('_', " ");
                    if k.as_str() == "payoff" {
                        if let Some(line) = super::narrative::payoff_line(v) {
                            return (key, line, false);
                        }
                    }
                    // Shares are fractions in report.json, percentages to a reader.
                    if let (true, Some(x)) = (k.contains("share"), v.as_f64()) {
                        return (key, format!("{:.1} %", 100.0 * x), false);
                    }
                    if let Some(s) = scalar(v) {
                        let code = is_sql(&s);
                        return (key, s, code);
                    }
                    if let Value::Array(items) = v {
                        if let Some(list) = items.iter().map(scalar).collect::<Option<Vec<_>>>() {
                            let code = list.iter().any(|s| is_sql(s));
                            return (key, list.join(if code { "\n" } else { ", " }), code);
                        }
                        // A list of records (per schema, per tenant): one line each.
                        let lines: Option<Vec<String>> = items.iter().map(record_line).collect();
                        if let Some(lines) = lines.filter(|l| !l.is_empty()) {
                            return (key, lines.join("\n"), false);
                        }
                    }
                    // Counts per name (`{"tenant_3": 168}`) read as a list.
                    if let Value::Object(o) = v {
                        let pairs: Option<Vec<String>> = o
                            .iter()
                            .map(|(n, x)| Some(format!("{n}: {}", scalar(x)?)))
                            .collect();
                        if let Some(pairs) = pairs.filter(|p| !p.is_empty()) {
                            return (key, pairs.join(", "), false);
                        }
                    }
                    (
                        key,
                        serde_json::to_string_pretty(v).unwrap_or_default(),
                        true,
                    )
                })
                .collect()
        }
        Value::Null => Vec::new(),
        other => vec![(
            "evidence".into(),
            serde_json::to_string_pretty(other).unwrap_or_default(),
            true,
        )],
    }
}

/// What a finding is about, in words: its table and columns, or for a
/// finding about the server (connections) the client it names.
fn subject_label(f: &Finding) -> String {
    let s = &f.subject;
    let mut out = match (s.schema.is_empty(), s.table.is_empty()) {
        (_, true) => String::new(),
        (true, false) => s.table.clone(),
        (false, false) => format!("{}.{}", s.schema, s.table),
    };
    if !s.columns.is_empty() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&format!("({})", s.columns.join(", ")));
    }
    if out.is_empty() {
        let client: Vec<String> = ["user", "database", "application"]
            .iter()
            .filter_map(|k| {
                let v = f.evidence.get(*k)?.as_str()?;
                (!v.is_empty()).then(|| format!("{k} {v}"))
            })
            .collect();
        out = client.join(" · ");
    }
    if out.is_empty() {
        out = "—".into();
    }
    out
}

fn groups(r: &Report) -> Vec<RuleGroup> {
    let st = super::narrative::Statements::of(r);
    let mut by: BTreeMap<&str, Vec<&Finding>> = BTreeMap::new();
    for f in &r.findings {
        by.entry(f.rule.as_str()).or_default().push(f);
    }
    // The group with the most severe finding first, then the one with the
    // largest gain, then by rule id.
    let mut by: Vec<(&str, Vec<&Finding>)> = by.into_iter().collect();
    let worst = |fs: &[&Finding]| fs.iter().map(|f| f.severity).max();
    let gain = |fs: &[&Finding]| fs.iter().map(|f| f.impact_ms).fold(0.0, f64::max);
    by.sort_by(|a, b| {
        worst(&b.1)
            .cmp(&worst(&a.1))
            .then(gain(&b.1).total_cmp(&gain(&a.1)))
            .then(a.0.cmp(b.0))
    });
    by.into_iter()
        .map(|(rule, fs)| RuleGroup {
            id: rule.to_owned(),
            summary: crate::rules::RuleId::parse(rule)
                .map_or("", |id| crate::rules::about(id).summary),
            findings: fs
                .into_iter()
                .map(|f| {
                    let story = super::narrative::of(f, &st);
                    let fix = fix_views(f, r);
                    FindingView {
                        id: f.id.clone(),
                        severity: severity_name(f.severity),
                        title: f.title.clone(),
                        subject: subject_label(f),
                        impact: impact_label(f),
                        risk_level: risk_name(f).0,
                        verified: serde_json::to_value(f.verified)
                            .ok()
                            .and_then(|v| v.as_str().map(str::to_owned))
                            .unwrap_or_default(),
                        status: match f.baseline {
                            Some(crate::triage::BaselineStatus::New) => "new",
                            Some(crate::triage::BaselineStatus::Unchanged) => "unchanged",
                            None => "",
                        },
                        databases: f.databases.join(", "),
                        evidence: evidence_rows(&f.evidence),
                        queries: f
                            .queries
                            .iter()
                            .map(|q| {
                                (
                                    q.clone(),
                                    st.get(q)
                                        .map_or(String::new(), |e| one_line(&e.normalized, 400)),
                                )
                            })
                            .collect(),
                        sql: fix.0,
                        sql_shown: fix.1,
                        sql_schemas: fix.2,
                        locks: lock_lines(&f.fix),
                        observations: story.observations.iter().map(|o| code_spans(o)).collect(),
                        conclusion: code_spans(&story.conclusion),
                        recommendation: code_spans(&story.recommendation),
                        gain: story.gain,
                        cost: story.cost,
                        rule: f.rule.to_string(),
                        tenants: serde_json::to_string(&finding_tenants(f, r, &st))
                            .unwrap_or_default(),
                        dbs: serde_json::to_string(&finding_databases(f, &st)).unwrap_or_default(),
                    }
                })
                .collect(),
        })
        .collect()
}

/// Queries in the table: the costliest, enough for any review.
const MAX_QUERIES: usize = 200;

fn queries(r: &Report) -> Vec<QueryRow> {
    let total: f64 = r.summary.total_duration_ms.max(f64::MIN_POSITIVE);
    r.queries
        .iter()
        .take(MAX_QUERIES)
        .map(|q| QueryRow {
            id: q.id.clone(),
            short: one_line(&q.normalized, QUERY_SHOWN),
            whole: (q.normalized.chars().count() > QUERY_SHOWN).then(|| q.normalized.clone()),
            length: thousands(q.normalized.chars().count() as u64),
            kind: q.kind.clone(),
            calls: q.calls,
            calls_text: thousands(q.calls),
            total: q.total_ms,
            total_text: fmt_ms(q.total_ms),
            mean: q.mean_ms,
            mean_text: fmt_ms(q.mean_ms),
            p95: q.p95_ms,
            p95_text: fmt_ms(q.p95_ms),
            share: format!("{:.1} %", 100.0 * q.total_ms / total),
            errors: q.errors,
            tenants: q.tenants.0.len(),
            estimated: q.percentiles_estimated,
        })
        .collect()
}

fn breakdowns(r: &Report) -> Vec<Breakdown> {
    let total = r.summary.total_duration_ms.max(f64::MIN_POSITIVE);
    super::shares::Dimension::ALL
        .into_iter()
        .map(|dim| {
            let title = dim.title();
            let by = crate::model::stats::split_by(
                r.queries.iter().map(|q| (dim.counter(q), q.total_ms)),
            );
            let mut rows: Vec<(String, u64, f64)> = by
                .into_iter()
                .map(|(k, s)| (k, s.calls, s.total_ms))
                .collect();
            rows.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
            Breakdown {
                title,
                rows: rows
                    .into_iter()
                    .take(50)
                    .map(|(k, n, ms)| {
                        let share = (100.0 * ms / total).clamp(0.0, 100.0);
                        (k, thousands(n), fmt_ms(ms), (share * 10.0).round() / 10.0)
                    })
                    .collect(),
            }
        })
        .collect()
}

const CHART_W: f64 = 900.0;
const CHART_H: f64 = 160.0;

fn polyline(values: &[f64], max: f64) -> String {
    let n = values.len().max(2) - 1;
    values
        .iter()
        .enumerate()
        .map(|(i, v)| {
            let x = CHART_W * i as f64 / n as f64;
            let y = CHART_H - CHART_H * (v / max).clamp(0.0, 1.0);
            format!("{x:.1},{y:.1}")
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn charts(r: &Report) -> Vec<Chart> {
    let pts = &r.activity.points;
    if pts.is_empty() {
        return Vec::new();
    }
    debug_assert!(pts.len() <= ACTIVITY_POINTS);
    let first = pts.first().map(|p| p.ts.clone()).unwrap_or_default();
    let last = pts.last().map(|p| p.ts.clone()).unwrap_or_default();
    let stmts: Vec<f64> = pts.iter().map(|p| p.statements as f64).collect();
    let errors: Vec<f64> = pts.iter().map(|p| p.errors as f64).collect();
    let conns: Vec<f64> = pts.iter().map(|p| p.connections as f64).collect();
    let mean: Vec<f64> = pts.iter().map(|p| p.mean_ms).collect();
    let max: Vec<f64> = pts.iter().map(|p| p.max_ms).collect();
    let top = |v: &[f64]| v.iter().copied().fold(0.0f64, f64::max).max(1e-9);
    let count_max = top(&stmts).max(top(&errors)).max(top(&conns));
    let ms_max = top(&max).max(top(&mean));
    vec![
        Chart {
            title: "Statements, errors and connections",
            width: CHART_W,
            height: CHART_H,
            max_label: format!("{count_max:.0}"),
            first: first.clone(),
            last: last.clone(),
            series: vec![
                Series {
                    class: "s1",
                    name: "statements",
                    points: polyline(&stmts, count_max),
                },
                Series {
                    class: "s3",
                    name: "errors",
                    points: polyline(&errors, count_max),
                },
                Series {
                    class: "s4",
                    name: "connections",
                    points: polyline(&conns, count_max),
                },
            ],
        },
        Chart {
            title: "Latency: mean and slowest statement",
            width: CHART_W,
            height: CHART_H,
            max_label: fmt_ms(ms_max),
            first,
            last,
            series: vec![
                Series {
                    class: "s2",
                    name: "max",
                    points: polyline(&max, ms_max),
                },
                Series {
                    class: "s1",
                    name: "mean",
                    points: polyline(&mean, ms_max),
                },
            ],
        },
    ]
}

fn plans(r: &Report) -> Vec<PlanView> {
    let texts: BTreeMap<&str, &str> = r
        .queries
        .iter()
        .map(|q| (q.id.as_str(), q.normalized.as_str()))
        .collect();
    r.plans
        .iter()
        .map(|p| {
            let e = &p.explain;
            let flagged: BTreeSet<usize> = e.problems.iter().map(|x| x.node_index).collect();
            PlanView {
                query: p.query.clone(),
                text: texts
                    .get(p.query.as_str())
                    .map_or(String::new(), |t| one_line(t, 300)),
                duration: fmt_ms(p.duration_ms),
                analyzed: e.analyzed,
                nodes: e
                    .nodes
                    .iter()
                    .map(|n| NodeView {
                        indent: n.depth,
                        label: n.label.clone(),
                        hot: n.hot,
                        flagged: flagged.contains(&n.index),
                        time: match (n.exclusive_ms, n.time_share) {
                            (Some(x), Some(s)) => format!("{} ({:.0} %)", fmt_ms(x), s * 100.0),
                            _ => String::new(),
                        },
                        rows: match (n.actual_rows, n.estimated_rows) {
                            (Some(a), Some(est)) => format!("rows {a:.0} (est. {est:.0})"),
                            (None, Some(est)) => format!("est. rows {est:.0}"),
                            _ => String::new(),
                        } + &n
                            .loops
                            .filter(|l| *l > 1.0)
                            .map(|l| format!(" × {l:.0} loops"))
                            .unwrap_or_default(),
                        details: n.details.clone(),
                    })
                    .collect(),
                problems: e
                    .problems
                    .iter()
                    .map(|x| {
                        (
                            x.rule.as_str().to_owned(),
                            x.node.clone(),
                            x.message.clone(),
                        )
                    })
                    .collect(),
            }
        })
        .collect()
}

/// `tenant_3.orders` as `tenant_*.orders` when tenant_3 is one of the
/// detected tenant schemas: the graph shows the layout once, not once per tenant.
fn fold_tenant(name: &str, tenants: &BTreeSet<&str>) -> String {
    match name.split_once('.') {
        Some((schema, table)) if tenants.contains(schema) => format!("tenant_*.{table}"),
        _ => name.to_owned(),
    }
}

/// Rows of the arc diagram.
const GRAPH_ROW: f64 = 24.0;
/// Room for the labels, left of the dots.
const GRAPH_LABELS: f64 = 330.0;

/// The schema graph as an arc diagram: one table per row, labels left of
/// their dot (they never overlap, however many tables), each relation an
/// arc to the right whose height says how far apart the tables sort.
fn graph(r: &Report) -> Graph {
    let Some(g) = &r.schema_graph else {
        return Graph {
            width: 0.0,
            height: 0.0,
            nodes: Vec::new(),
            edges: Vec::new(),
            omitted: 0,
        };
    };
    let tenant_list = super::shares::tenant_schemas(r);
    let tenants: BTreeSet<&str> = tenant_list.iter().map(String::as_str).collect();
    // Edges with tenant schemas folded: one per relation of the layout.
    let mut folded: Vec<GraphEdge> = Vec::new();
    for e in &g.edges {
        let (from, to) = (fold_tenant(&e.from, &tenants), fold_tenant(&e.to, &tenants));
        let columns = format!(
            "({}) → ({})",
            e.from_columns.join(", "),
            e.to_columns.join(", ")
        );
        match folded.iter_mut().find(|x| {
            x.from == from && x.to == to && x.columns == columns && x.declared == e.declared
        }) {
            Some(x) => {
                x.calls += e.observed_calls;
                x.schemas += 1;
            }
            None => folded.push(GraphEdge {
                from,
                to,
                columns,
                declared: e.declared,
                calls: e.observed_calls,
                schemas: 1,
                d: String::new(),
                drawn: false,
            }),
        }
    }
    // Tables by the traffic of their edges: the busiest are drawn.
    let mut weight: BTreeMap<String, u64> = BTreeMap::new();
    for e in &folded {
        *weight.entry(e.from.clone()).or_default() += e.calls + 1;
        *weight.entry(e.to.clone()).or_default() += e.calls + 1;
    }
    for n in &g.nodes {
        weight.entry(fold_tenant(n, &tenants)).or_default();
    }
    let mut names: Vec<(String, u64)> = weight.into_iter().collect();
    names.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let omitted = names.len().saturating_sub(GRAPH_NODES);
    let mut drawn: Vec<String> = names.into_iter().take(GRAPH_NODES).map(|x| x.0).collect();
    drawn.sort();
    let row: BTreeMap<&str, f64> = drawn
        .iter()
        .enumerate()
        .map(|(i, name)| (name.as_str(), 20.0 + GRAPH_ROW * i as f64))
        .collect();
    let x = GRAPH_LABELS;
    let mut widest: f64 = 0.0;
    for e in &mut folded {
        if let (Some(&y1), Some(&y2)) = (row.get(e.from.as_str()), row.get(e.to.as_str())) {
            e.drawn = true;
            let radius = ((y2 - y1).abs() / 2.0).max(GRAPH_ROW / 2.0);
            widest = widest.max(radius);
            e.d = if (y1 - y2).abs() < f64::EPSILON {
                // A table referencing itself: a small loop.
                format!("M {x} {y1} c 30 -14 30 14 0 0")
            } else {
                format!(
                    "M {x} {y1} A {radius} {radius} 0 0 {} {x} {y2}",
                    u8::from(y2 > y1)
                )
            };
        }
    }
    let nodes = drawn
        .iter()
        .map(|name| GraphNode {
            name: name.clone(),
            x,
            y: row[name.as_str()],
            anchor: "end",
            lx: x - 10.0,
        })
        .collect();
    Graph {
        width: x + widest + 40.0,
        height: 20.0 + GRAPH_ROW * drawn.len() as f64,
        nodes,
        edges: folded,
        omitted,
    }
}

fn event_counts(r: &Report) -> Vec<(&'static str, String)> {
    let e = &r.events;
    vec![
        ("connections received", thousands(e.connections_received)),
        (
            "connections authorized",
            thousands(e.connections_authorized),
        ),
        ("disconnections", thousands(e.disconnections)),
        ("session time", fmt_ms(e.session_time_ms as f64)),
        ("lock waits still waiting", thousands(e.lock_waits)),
        (
            "locks acquired after a wait",
            thousands(e.lock_acquired_after_wait),
        ),
        ("time waited for locks", fmt_ms(e.lock_wait_ms)),
        ("deadlocks", thousands(e.deadlocks)),
        ("temporary files", thousands(e.temp_files)),
        (
            "temporary bytes",
            crate::report::text::fmt_bytes(e.temp_bytes),
        ),
        ("checkpoints", thousands(e.checkpoints_completed)),
        ("autovacuum runs", thousands(e.autovacuum)),
        ("autoanalyze runs", thousands(e.autoanalyze)),
        ("auto_explain plans", thousands(e.auto_explain_plans)),
    ]
}

fn inputs(r: &Report) -> Vec<InputView> {
    r.inputs
        .iter()
        .map(|i| InputView {
            path: i.path.clone(),
            format: i.format.map(|f| f.name()).unwrap_or_else(|| "—".into()),
            lines: thousands(i.lines),
            events: thousands(i.events),
            unparsed: i.unparsed_lines,
            error: i.error.clone(),
            reasons: i
                .unparsed
                .iter()
                .map(|(k, v)| (k.clone(), v.count, v.why.clone()))
                .collect(),
            samples: i
                .unparsed_samples
                .iter()
                .map(|s| (s.line, s.reason.clone(), s.text.clone()))
                .collect(),
            warnings: i.warnings.iter().map(|(k, v)| (k.clone(), *v)).collect(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::subject_label;
    use crate::findings::{Finding, Severity, Subject};

    fn finding(schema: &str, table: &str, columns: &[&str]) -> Finding {
        Finding::new(
            crate::rules::RuleId::MissingIndex,
            Severity::Info,
            "t".into(),
            Subject {
                schema: schema.into(),
                table: table.into(),
                columns: columns.iter().map(|c| (*c).to_owned()).collect(),
            },
            "k",
        )
    }

    #[test]
    fn subject_names_table_columns_or_client() {
        assert_eq!(
            subject_label(&finding("tenant_*", "orders", &["a", "b"])),
            "tenant_*.orders (a, b)"
        );
        assert_eq!(subject_label(&finding("", "", &["23505"])), "(23505)");
        let mut f = finding("", "", &[]);
        assert_eq!(subject_label(&f), "—");
        f.evidence = serde_json::json!({"user": "worker", "database": "app", "application": ""});
        assert_eq!(subject_label(&f), "user worker · database app");
    }

    #[test]
    fn a_noisy_neighbour_is_marked_a_large_tenant_is_not() {
        assert_eq!(
            super::heavy(0.31, 0.0, 0.08),
            "31 % of the time for 8 % of the calls"
        );
        // Large, but its time goes with its calls.
        assert_eq!(super::heavy(0.45, 0.4, 0.40), "");
        // Twice its share, but a small one.
        assert_eq!(super::heavy(0.06, 0.0, 0.02), "");
        assert_eq!(
            super::heavy(0.1, 0.5, 0.1),
            "50 % of the errors for 10 % of the calls"
        );
    }

    #[test]
    fn a_payoff_reads_as_a_sentence() {
        let rows = super::evidence_rows(&serde_json::json!({
            "reads": 3,
            "payoff": {"window_hours": 0.5, "saved_ms_per_hour": 120000.0, "cost_ms_per_hour": 3000.0,
                       "one_off_ms": 2000.0, "break_even_hours": 0.017}
        }));
        assert_eq!(rows[0].0, "payoff");
        assert!(
            rows[0]
                .1
                .starts_with("saves 2.0min per hour, costs 3.00s per hour, 2.00s once"),
            "{}",
            rows[0].1
        );
    }

    #[test]
    fn evidence_reads_advice_first_and_counts_as_a_list() {
        let rows = super::evidence_rows(&serde_json::json!({
            "count": 3,
            "share_of_statements": 0.135,
            "fix": "do this",
            "tenants": {"tenant_1": 2, "tenant_2": 1},
            "per_schema": [{"schema": "a", "evidence": {"joins": ["x", "y"], "named": true}}, {"schema": "b", "evidence": {}}],
            "sql": "SELECT 1",
        }));
        let keys: Vec<&str> = rows.iter().map(|r| r.0.as_str()).collect();
        assert_eq!(
            keys,
            [
                "fix",
                "count",
                "per schema",
                "share of statements",
                "sql",
                "tenants"
            ]
        );
        assert_eq!(rows[3].1, "13.5 %");
        assert_eq!(rows[5].1, "tenant_1: 2, tenant_2: 1");
        assert!(!rows[5].2);
        assert_eq!(rows[2].1, "a — joins: x, y; named: true\nb");
        assert!(!rows[2].2 && rows[4].2);
        // Lists of records holding lists of records stay JSON.
        let deep = super::evidence_rows(&serde_json::json!({"p": [{"q": [{"r": 1}]}]}));
        assert!(deep[0].2, "{deep:?}");
    }
}
