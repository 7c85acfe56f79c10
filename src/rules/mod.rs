//! Rules: each reads the analysed workload and returns findings. A rule
//! never parses input or prints, and cannot fail: a fix it cannot build does
//! not drop the finding. It reads a database only through the what-if
//! oracle it is given (hypothetical indexes, never a write). One registry
//! ([`registry`]) declares every rule; running, `pgadvisor rules`,
//! `pgadvisor.toml`, the script's phases and the HypoPG check read it.
use crate::findings::Finding;
use crate::model::analysis::Analysis;
use crate::model::facts::{PredicateOp, QueryFacts, TableName};
use crate::model::graph::{Resolver, SchemaGraph};
use crate::model::schema::Schema;
use crate::model::workload::Workload;
use crate::sqlgen::TableRef;

mod id;
mod inputs;
pub(crate) mod payoff;
pub mod plan_rules;
mod references;
pub(crate) mod registry;
mod risk;
pub(crate) mod tenant_units;

/// Declares every rule from one list: its module (`src/rules/<module>.rs`
/// or `<module>/mod.rs`, whose type named like the variant implements
/// [`registry::Rule`]), the [`RuleId`] enum and the registry's exhaustive
/// match. Adding a rule is its file, its doc, its fixture and one line here.
macro_rules! rules {
    ($($variant:ident => $id:literal in $module:ident,)*) => {
        $(pub(crate) mod $module;)*

        /// A rule, in the order `pgadvisor rules` lists them.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum RuleId {
            $($variant,)*
        }

        impl RuleId {
            /// Every rule, in listing order.
            pub const ALL: &'static [RuleId] = &[$(RuleId::$variant,)*];

            pub fn as_str(self) -> &'static str {
                match self {
                    $(RuleId::$variant => $id,)*
                }
            }

            pub fn parse(id: &str) -> Option<RuleId> {
                match id {
                    $($id => Some(RuleId::$variant),)*
                    _ => None,
                }
            }
        }

        /// The rule of an id.
        pub(crate) fn rule(id: RuleId) -> &'static dyn registry::Rule {
            match id {
                $(RuleId::$variant => &$module::$variant,)*
            }
        }
    };
}

rules! {
    ConnectionChurn => "connection-churn" in connection_churn,
    DenormalizeAggregate => "denormalize-aggregate" in denormalize_aggregate,
    DiskSpill => "disk-spill" in disk_spill,
    ErrorBurst => "error-burst" in error_burst,
    HeapFetches => "heap-fetches" in heap_fetches,
    LockWait => "lock-wait" in lock_wait,
    MaterializedView => "materialized-view" in materialized_view,
    MissingForeignKey => "missing-foreign-key" in missing_foreign_key,
    MissingIndex => "missing-index" in missing_index,
    NoisyNeighbour => "noisy-neighbour" in noisy_neighbour,
    NestedLoopRepeat => "nested-loop-repeat" in nested_loop_repeat,
    NPlusOne => "n-plus-one" in n_plus_one,
    PartitionTable => "partition-table" in partition_table,
    RedundantIndex => "redundant-index" in redundant_index,
    RowMisestimate => "row-misestimate" in row_misestimate,
    SchemaCheckPerRequest => "schema-check-per-request" in schema_check_per_request,
    SearchPathLeak => "search-path-leak" in search_path_leak,
    SeqScanFilter => "seq-scan-filter" in seq_scan_filter,
    SynchronizedPoller => "synchronized-poller" in synchronized_poller,
    TempFiles => "temp-files" in temp_files,
    TenantGuardrails => "tenant-guardrails" in tenant_guardrails,
    TenantSchemaDrift => "tenant-schema-drift" in tenant_schema_drift,
    UnindexedForeignKey => "unindexed-foreign-key" in unindexed_foreign_key,
    UnusedIndex => "unused-index" in unused_index,
}

pub use registry::{about, catalog, About, Phase};

/// Rule thresholds (command line and `pgadvisor.toml`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub n_plus_one: n_plus_one::Options,
    pub index: crate::rules::missing_index::select::Options,
    pub materialized_view: materialized_view::Options,
    pub denormalize_aggregate: denormalize_aggregate::Options,
    pub partition_table: partition_table::Options,
    pub plan: plan_rules::Thresholds,
    pub error_burst: error_burst::Options,
    pub connection_churn: connection_churn::Options,
    pub lock_wait: lock_wait::Options,
    pub temp_files: temp_files::Options,
    pub unused_index: unused_index::Options,
    pub schema_check_per_request: schema_check_per_request::Options,
    pub synchronized_poller: synchronized_poller::Options,
    pub tenant_guardrails: tenant_guardrails::Options,
    pub noisy_neighbour: noisy_neighbour::Options,
    /// Rules the team turned off: a rule that would defer to one of them
    /// (a view to a counter cache) does not.
    pub disabled: RuleSet,
}

/// A set of rules, small enough to copy.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RuleSet(u64);

impl RuleSet {
    pub fn insert(&mut self, id: RuleId) {
        self.0 |= 1 << (id as u32);
    }
    pub fn contains(self, id: RuleId) -> bool {
        self.0 & (1 << (id as u32)) != 0
    }
}

/// What rules read.
pub struct Context<'a> {
    pub options: Options,
    pub workload: &'a Workload,
    pub schema: Option<&'a Schema>,
    pub analysis: &'a Analysis,
    pub graph: &'a SchemaGraph,
    /// Plans under hypothetical indexes, when a database with HypoPG is at hand.
    pub what_if: Option<&'a dyn crate::rules::missing_index::whatif::Oracle>,
    /// Each database's and role's load, read from the sessions once for
    /// every rule that asks (see [`Context::loads`]).
    pub(crate) loads: std::sync::OnceLock<crate::model::session_load::Loads>,
}

impl Context<'_> {
    /// What each database and role asked of the server
    /// ([`Workload::loads`], computed on first use).
    pub fn loads(&self) -> &crate::model::session_load::Loads {
        self.loads.get_or_init(|| self.workload.loads())
    }

    pub fn resolver(&self) -> Resolver<'_> {
        Resolver {
            schema: self.schema,
            tenancy: Some(self.workload.tenancy()),
        }
    }

    /// Whether `name`, as query `id` writes it, names `table`. A name folded
    /// over tenant schemas (`tenant_*.orders`) names the table in each
    /// schema of the family the query ran in, not only the first one.
    pub fn names(&self, id: u64, name: &TableName, table: &TableRef) -> bool {
        self.placements(id, name).iter().any(|(t, _)| t == table)
    }

    /// The tables `name`, as query `id` writes it, stands for, each with the
    /// share of the query's calls made on it: one table with all of them,
    /// or for a name folded over tenant schemas, the table in each schema
    /// the query ran in, with that schema's share.
    pub fn placements(&self, id: u64, name: &TableName) -> Vec<(TableRef, f64)> {
        let r = self.resolver();
        let ran_in = self
            .workload
            .queries
            .get(&id)
            .map(|q| &q.tenants)
            .filter(|t| !t.is_empty());
        match (name.schema.as_deref(), ran_in) {
            (Some(family), Some(ran_in)) if family.contains('*') => ran_in
                .split(1.0)
                .filter(|(schema, n, _)| *n > 0 && r.in_family(schema, family))
                .filter_map(|(schema, _, share)| Some((r.resolve_in(name, schema)?, share)))
                .collect(),
            _ => r.resolve(name).into_iter().map(|t| (t, 1.0)).collect(),
        }
    }

    /// Queries (id, facts) that touch `table`, with the facts of that table.
    pub fn queries_on<'s>(
        &'s self,
        table: &'s TableRef,
    ) -> impl Iterator<Item = (u64, &'s QueryFacts)> + 's {
        self.analysis
            .facts
            .iter()
            .filter(move |(id, f)| f.tables.keys().any(|t| self.names(**id, t, table)))
            .map(|(id, f)| (*id, f))
    }

    /// Queries that look rows of `table` up by `column` (equality or IN), or join on it.
    pub fn lookups_or_joins(&self, table: &TableRef, column: &str) -> (Vec<u64>, Vec<u64>) {
        let (mut lookups, mut joins) = (Vec::new(), Vec::new());
        for (id, f) in self.queries_on(table) {
            let looked_up = f.tables.iter().any(|(t, tf)| {
                self.names(id, t, table)
                    && tf.predicates.iter().any(|p| {
                        p.column == column && matches!(p.op, PredicateOp::Eq | PredicateOp::In)
                    })
            });
            let joined = f.joins.iter().any(|j| {
                [&j.left, &j.right]
                    .iter()
                    .any(|c| c.column == column && self.names(id, &c.table, table))
            });
            if looked_up {
                lookups.push(id);
            }
            if joined {
                joins.push(id);
            }
        }
        (lookups, joins)
    }

    /// How much `table` changes over the time the workload covers: the
    /// larger of the writing statements the log shows and the rows the
    /// server's activity counters say were inserted, updated or deleted,
    /// scaled to the workload's span (a log that samples only slow
    /// statements misses most writes; the counters do not).
    pub fn writes(&self, table: &TableRef) -> f64 {
        use crate::model::facts::Access;
        // A statement folded over tenant schemas writes this table only in
        // the calls it made in this table's schema.
        let logged: f64 = self
            .analysis
            .facts
            .iter()
            .filter_map(|(id, f)| Some((id, self.workload.queries.get(id)?, f)))
            .filter_map(|(id, q, f)| {
                f.tables
                    .iter()
                    .filter(|(_, tf)| {
                        tf.access
                            .iter()
                            .any(|a| matches!(a, Access::Insert | Access::Update | Access::Delete))
                    })
                    .flat_map(|(t, _)| self.placements(*id, t))
                    .find(|(t, _)| t == table)
                    .map(|(_, share)| (q.calls as f64 * share).round())
            })
            .sum();
        let counted = self
            .schema
            .and_then(|s| s.table(table))
            .and_then(|t| t.stats.as_ref())
            .and_then(|s| s.activity.as_ref())
            .map(|a| {
                // Inserts that add up to most of what the table holds are
                // the load that filled it (a restore, a bulk import before
                // the capture), not a rate: only updates and deletes then
                // say how often it changes.
                let loaded = a.live_rows > 0 && a.inserted as f64 >= 0.5 * a.live_rows as f64;
                let rows = if loaded {
                    a.updated.saturating_add(a.deleted) as f64
                } else {
                    a.rows_written() as f64
                };
                match (self.workload.span_seconds(), a.observed_seconds > 0.0) {
                    (Some(span), true) => rows * (span / a.observed_seconds).min(1.0),
                    _ => rows,
                }
            })
            .unwrap_or(0.0);
        // A workload that holds every statement (a log of all statements,
        // or pg_stat_statements) tells how often the table changes; the
        // counters then only add what happened outside its window (a bulk
        // load before it, rows of one statement counted one by one). A log
        // of slow statements misses most writes: the counters fill in.
        // An empty f64 sum is -0.0.
        if self.workload_is_complete() {
            logged + 0.0
        } else {
            (logged + 0.0).max(counted)
        }
    }

    /// Whether the workload holds every statement the server ran in its
    /// window: pg_stat_statements, or a log that shows sub-millisecond
    /// statements (`log_min_duration_statement = 0` or `log_statement = all`).
    pub fn workload_is_complete(&self) -> bool {
        use crate::model::stats::StatsSource;
        let mut log_calls = 0u64;
        let mut fast = false;
        for q in self.workload.queries.values() {
            match q.source {
                StatsSource::PgStatStatements => return true,
                StatsSource::Log => {
                    log_calls += q.calls;
                    fast |= q.timed_calls > 0 && q.min_us < 1_000;
                }
                StatsSource::SqlFile => {}
            }
        }
        fast && log_calls >= 50
    }

    /// The subject of a finding about one statement: the first table it
    /// reads or writes (folded to its tenant family), or none.
    pub fn statement_subject(&self, id: Option<u64>) -> crate::findings::Subject {
        let r = self.resolver();
        let table = id
            .and_then(|id| self.analysis.facts.get(&id))
            .and_then(|f| f.tables.keys().next())
            .map(|t| {
                r.resolve(t).unwrap_or_else(|| {
                    TableRef::new(t.schema.as_deref().unwrap_or("public"), &t.name)
                })
            });
        crate::findings::Subject {
            schema: table
                .as_ref()
                .map(|t| self.schema_label(&t.schema))
                .unwrap_or_default(),
            table: table.map(|t| t.name).unwrap_or_default(),
            columns: Vec::new(),
        }
    }

    /// Total time of these fingerprints, in ms (never -0.0).
    pub fn time_ms(&self, ids: &[u64]) -> f64 {
        ids.iter()
            .filter_map(|id| self.workload.queries.get(id))
            .map(|q| q.total_ms())
            .sum::<f64>()
            + 0.0
    }

    /// The time these fingerprints spent in `schema`, in ms: a statement
    /// folded over tenant schemas counts the share of its calls made there,
    /// so that the findings of a tenant family add up to its total once.
    pub fn time_in_ms(&self, ids: &[u64], schema: &str) -> f64 {
        ids.iter()
            .filter_map(|id| self.workload.queries.get(id))
            .map(|q| {
                let counted = q.tenants.0.values().any(|n| *n > 0);
                q.tenants
                    .split(q.total_ms())
                    .find(|(s, ..)| counted && *s == schema)
                    .map_or(q.total_ms(), |(.., ms)| ms)
            })
            .sum::<f64>()
            + 0.0
    }

    /// `tenant_*` for a tenant schema (by name pattern or detected layout), else the schema itself.
    pub fn schema_label(&self, schema: &str) -> String {
        self.workload.tenancy().label(schema)
    }

    /// A statement folded over a tenant family, as it ran in each tenant
    /// schema: the schema, its calls there and its text with the family's
    /// label replaced by the schema. Empty for a statement that names no
    /// tenant family.
    pub fn per_tenant(&self, q: &crate::model::stats::QueryStats) -> Vec<TenantRun> {
        q.tenants
            .0
            .iter()
            .filter_map(|(schema, calls)| {
                Some(TenantRun {
                    schema: schema.clone(),
                    calls: *calls,
                    text: self.unfold(q, schema)?,
                })
            })
            .collect()
    }

    /// `q`'s text as it runs in tenant schema `schema`: its family's label
    /// replaced by the schema. None when the text does not name the family.
    pub fn unfold(&self, q: &crate::model::stats::QueryStats, schema: &str) -> Option<String> {
        crate::sqlgen::in_schema(&q.normalized, &self.schema_label(schema), schema)
    }

    /// `t` as it is in tenant schema `schema` when `t` belongs to that
    /// schema's tenant family; other tables (shared ones in `public`) as
    /// they are.
    pub fn in_tenant(&self, t: &TableRef, schema: &str) -> TableRef {
        if self.schema_label(&t.schema) == self.schema_label(schema) {
            TableRef::new(schema, &t.name)
        } else {
            t.clone()
        }
    }

    /// A table with its schema folded to the tenant family label.
    pub fn table_label(&self, t: &TableRef) -> TableRef {
        TableRef::new(&self.schema_label(&t.schema), &t.name)
    }

    pub fn hex(ids: &[u64]) -> Vec<String> {
        let mut v: Vec<String> = ids
            .iter()
            .map(|i| crate::vocab::fingerprint_hex(*i))
            .collect();
        v.sort();
        v.dedup();
        v
    }
}

/// One tenant schema's share of a statement folded over its family.
#[derive(Debug, Clone, PartialEq)]
pub struct TenantRun {
    pub schema: String,
    pub calls: u64,
    pub text: String,
}

/// Findings of one rule on the same table in many tenant schemas become one
/// finding on `tenant_*`: its SQL holds the statements for every schema, its
/// queries and impact are the union and the sum, its severity the highest.
pub fn merge_tenants(ctx: &Context<'_>, findings: Vec<(String, Finding)>) -> Vec<Finding> {
    let mut groups: std::collections::BTreeMap<String, Vec<Finding>> =
        std::collections::BTreeMap::new();
    for (key, f) in findings {
        let label = ctx.schema_label(&f.subject.schema);
        groups
            .entry(format!(
                "{label}\u{1f}{}\u{1f}{}\u{1f}{key}",
                f.subject.table,
                f.subject.columns.join(",")
            ))
            .or_default()
            .push(f);
    }
    groups
        .into_values()
        .filter_map(|mut fs| {
            fs.sort_by(|a, b| a.subject.schema.cmp(&b.subject.schema));
            if fs.len() == 1 {
                return fs.pop();
            }
            let schemas: Vec<String> = fs.iter().map(|f| f.subject.schema.clone()).collect();
            let label = ctx.schema_label(&schemas[0]);
            let first = &fs[0];
            let subject = crate::findings::Subject {
                schema: label.clone(),
                ..first.subject.clone()
            };
            let title = first
                .title
                .replace(&format!("{}.", schemas[0]), &format!("{label}."));
            let mut merged = Finding::new(
                first.rule,
                first.severity,
                format!("{title} (in {} schemas)", schemas.len()),
                subject,
                &title,
            );
            merged.severity = fs
                .iter()
                .map(|f| f.severity)
                .max()
                .unwrap_or(first.severity);
            let impact: f64 = fs.iter().map(|f| f.impact_ms).sum();
            merged.impact_ms = crate::model::stats::r3(impact) + 0.0;
            let mut queries: Vec<String> = fs.iter().flat_map(|f| f.queries.clone()).collect();
            queries.sort();
            queries.dedup();
            merged.queries = queries;
            merged.fix = fs.iter().flat_map(|f| f.fix.steps.clone()).collect();
            merged.set_evidence(&Merged {
                per_schema: fs
                    .iter()
                    .map(|f| PerSchema {
                        schema: &f.subject.schema,
                        evidence: &f.evidence,
                    })
                    .collect(),
                schemas,
            });
            Some(merged)
        })
        .collect()
}

/// A finding merged over tenant schemas: each schema's own evidence.
#[derive(serde::Serialize)]
struct Merged<'a> {
    schemas: Vec<String>,
    per_schema: Vec<PerSchema<'a>>,
}

#[derive(serde::Serialize)]
struct PerSchema<'a> {
    schema: &'a str,
    evidence: &'a serde_json::Value,
}

/// A `missing-index` proposal folded into the finding that creates the same index.
#[derive(serde::Serialize)]
struct AlsoMissingIndex {
    finding: String,
    estimated_gain_ms: f64,
}

/// A `seq-scan-filter` finding folded into the wider index that serves its scan.
#[derive(serde::Serialize)]
struct AlsoSeqScan {
    finding: String,
    node: serde_json::Value,
    message: serde_json::Value,
}

/// Every rule's findings (sorted for stable output), and what the rules
/// could not judge and why: silence in the findings must mean "looked and
/// found nothing".
pub fn evaluate_all(ctx: &Context<'_>) -> (Vec<Finding>, Vec<String>) {
    let mut all = Vec::new();
    let mut diagnostics = inputs::diagnose(ctx);
    for r in registry::rules() {
        let (findings, refused) = r.evaluate(ctx);
        all.extend(findings);
        diagnostics.extend(refused);
    }
    (settle(ctx, all), diagnostics)
}

/// What `pgadvisor digest` does on the host, for every rule that needs it.
pub fn digest_all(workload: &mut Workload, options: &Options) {
    for r in registry::rules() {
        r.digest(workload, options);
    }
}

/// A table and the key columns of an index created on it.
type CreatedIndex = (String, Vec<String>);

/// The (table, key columns) of every index without a predicate a fix builds.
fn created_indexes(fix: &crate::sqlgen::Fix) -> Vec<CreatedIndex> {
    fix.steps
        .iter()
        .filter_map(|s| s.plain_index())
        .map(|(table, keys)| (table.to_owned(), keys.to_vec()))
        .collect()
}

/// One index, one finding: a `missing-index` proposal whose keys another
/// finding's index already has (the unindexed foreign key, the N+1's lookup
/// column) is folded into that finding — the queries it serves and the
/// larger of the two gains — so the script creates it once and the gains
/// are not counted twice. When its keys only start with the other's
/// (`(implantacao_id, tipo_item)` beside the foreign key's
/// `(implantacao_id)`), both findings stay and the other builds the wider
/// index instead of its own: it serves the narrower one's lookups by its
/// leading columns, and the script, which writes a statement once, builds
/// one index.
fn one_finding_per_index(all: &mut Vec<Finding>) {
    let mut by_index: Vec<(String, Vec<String>, usize)> = Vec::new();
    for (k, f) in all.iter().enumerate() {
        if f.rule != missing_index::ID {
            for (table, keys) in created_indexes(&f.fix) {
                by_index.push((table, keys, k));
            }
        }
    }
    let mut folded: Vec<(usize, usize)> = Vec::new();
    let mut widened: Vec<(usize, usize, Vec<String>)> = Vec::new();
    for (k, f) in all.iter().enumerate() {
        if f.rule != missing_index::ID || !f.evidence["predicate"].is_null() {
            continue;
        }
        let mine = created_indexes(&f.fix);
        if let Some(&(_, _, other)) = by_index
            .iter()
            .find(|(t, keys, _)| mine.iter().any(|(mt, mk)| mt == t && mk == keys))
        {
            folded.push((k, other));
            continue;
        }
        for (_, keys, other) in by_index
            .iter()
            .filter(|(t, keys, _)| mine.iter().any(|(mt, mk)| mt == t && mk.starts_with(keys)))
        {
            widened.push((k, *other, keys.clone()));
        }
    }
    for (k, other, keys) in widened {
        let Some(wider) = all[k]
            .fix
            .steps
            .iter()
            .find(|s| s.plain_index().is_some_and(|(_, mk)| mk.starts_with(&keys)))
            .cloned()
        else {
            continue;
        };
        let id = all[k].id.clone();
        let target = &mut all[other];
        if let Some(step) = target
            .fix
            .steps
            .iter_mut()
            .find(|s| s.plain_index().is_some_and(|(_, mk)| mk == keys.as_slice()))
        {
            *step = wider;
            target.add_evidence("index_widened_for", &id);
        }
    }
    for &(k, other) in &folded {
        let f = &all[k];
        let (queries, impact, id) = (f.queries.clone(), f.impact_ms, f.id.clone());
        let target = &mut all[other];
        for q in queries {
            if !target.queries.contains(&q) {
                target.queries.push(q);
            }
        }
        target.impact_ms = target.impact_ms.max(impact);
        target.add_evidence(
            "also_missing_index",
            &AlsoMissingIndex {
                finding: id,
                estimated_gain_ms: impact,
            },
        );
    }
    for (k, _) in folded.into_iter().rev() {
        all.remove(k);
    }
}

/// Why another rule's index was left out of its fix.
#[derive(serde::Serialize)]
struct IndexNotProposed {
    index: String,
    reason: String,
}

/// One budget for the whole script: every index a fix builds is one that
/// `missing-index` chose, weighing every candidate against the workload,
/// its writes and `--index-budget` together. An index another rule wants
/// (a foreign key's, an N+1 lookup's, a scanned filter's) that no chosen
/// index serves — none on the same table starting with its keys — comes
/// out of that rule's fix, which says why: the workload does not show a
/// gain that pays for it within the budget. With `missing-index` disabled
/// there is no such choice, and the rules' indexes stay as they are.
fn one_budget(ctx: &Context<'_>, all: &mut [Finding]) {
    if ctx.options.disabled.contains(missing_index::ID) {
        return;
    }
    let chosen: Vec<CreatedIndex> = all
        .iter()
        .filter(|f| f.rule == missing_index::ID)
        .flat_map(|f| created_indexes(&f.fix))
        .collect();
    let budget = crate::vocab::format::fmt_bytes(ctx.options.index.budget_bytes as u64);
    // Without the planner or the table's size from statistics, the advisor
    // ranks candidates on sizes guessed from timings: it cannot judge that
    // an index does not pay, so the rule's own index stays, and says so.
    // Whether the planner decided the set: a database at hand, and no
    // proposal of missing-index fell back to the offline model.
    let planner = ctx.what_if.is_some()
        && all
            .iter()
            .filter(|f| f.rule == missing_index::ID)
            .all(|f| f.evidence["model"] == "hypopg");
    let weighable = |table: &str| {
        planner
            || ctx.schema.is_some_and(|s| {
                s.tables.iter().any(|(t, d)| {
                    t.to_string() == table && d.stats.as_ref().is_some_and(|st| st.rows.is_some())
                })
            })
    };
    for f in all.iter_mut().filter(|f| f.rule != missing_index::ID) {
        // A plan rule's index answers a scan a real plan measured: the
        // offline model's guess does not overrule it (the planner does).
        let measured = about(f.rule).quotes_plans && !planner;
        // The checks a parent's DELETE makes on the child run in triggers
        // that neither the model nor EXPLAIN costs.
        // (A finding merged over tenant schemas keeps each schema's evidence.)
        let parent_writes = |e: &serde_json::Value| {
            e["parent_deletes_or_key_updates"]
                .as_array()
                .is_some_and(|a| !a.is_empty())
        };
        let checked_by_parent_writes = f.rule == RuleId::UnindexedForeignKey
            && (parent_writes(&f.evidence)
                || f.evidence["per_schema"]
                    .as_array()
                    .is_some_and(|v| v.iter().any(|p| parent_writes(&p["evidence"]))));
        let mut left_out = Vec::new();
        let mut unweighed = Vec::new();
        f.fix.steps.retain(|s| {
            let Some((table, keys)) = s.plain_index() else {
                return true;
            };
            let served = chosen
                .iter()
                .any(|(t, k)| same_table(ctx, t, table) && k.starts_with(keys));
            if !served && measured {
                unweighed.push(format!(
                    "{table} ({}): a plan measured the scan it answers, and without a database the \
                     offline model does not overrule a measured plan",
                    keys.join(", ")
                ));
                return true;
            }
            if !served && checked_by_parent_writes {
                unweighed.push(format!(
                    "{table} ({}): the workload deletes (or re-keys) parent rows, and the foreign-key \
                     check each makes on this table runs in a trigger no plan costs",
                    keys.join(", ")
                ));
                return true;
            }
            if !served && !weighable(table) {
                unweighed.push(format!(
                    "{table} ({}): without the table's size (give --stats or --db) missing-index \
                     cannot weigh it against the workload and the index budget",
                    keys.join(", ")
                ));
                return true;
            }
            if !served {
                left_out.push(IndexNotProposed {
                    index: format!("{table} ({})", keys.join(", ")),
                    reason: format!(
                        "missing-index weighed it with every other candidate against the workload's \
                         statements, their writes and the {budget} index budget, and did not choose it \
                         or an index starting with its keys: the workload does not show a gain that pays \
                         for its size and maintenance"
                    ),
                });
            }
            served
        });
        if !unweighed.is_empty() {
            f.add_evidence(
                "index_not_weighed",
                &format!("{}; proposed as this rule found it", unweighed.join("; ")),
            );
        }
        if !left_out.is_empty() {
            f.add_evidence("index_not_proposed", &left_out);
            // A plan rule whose index the planner would not use has no fix
            // left that saves time (the ANALYZE that followed the index).
            if about(f.rule).quotes_plans
                && f.fix.steps.iter().all(|s| {
                    s.role == crate::sqlgen::Role::Maintenance && s.sql.starts_with("ANALYZE")
                })
            {
                f.fix.steps.clear();
                f.impact_ms = 0.0;
                f.severity = crate::findings::Severity::Info;
            }
            // A foreign key's time saved was its index's; the constraint
            // alone keeps the data right and saves none.
            if matches!(
                f.rule,
                RuleId::UnindexedForeignKey | RuleId::MissingForeignKey
            ) {
                f.impact_ms = 0.0;
                if f.rule == RuleId::UnindexedForeignKey {
                    f.severity = crate::findings::Severity::Info;
                }
            }
        }
    }
}

/// Whether two `schema.name` strings are the same table: a plan logged
/// without VERBOSE names no schema and reads as `public.` — then any one
/// table of that name in the schema dump is it.
fn same_table(ctx: &Context<'_>, a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let name = |x: &str| x.rsplit_once('.').map_or(x, |(_, n)| n).to_owned();
    let public = |x: &str| x.starts_with("public.");
    if name(a) != name(b) || !(public(a) || public(b)) {
        return false;
    }
    // Only when the `public.` side is not a real table of its own.
    let real = |x: &str| {
        ctx.schema
            .is_some_and(|s| s.tables.keys().any(|t| t.to_string() == x))
    };
    let fallback = |x: &str| public(x) && !real(x);
    fallback(a) || fallback(b)
}

/// One fix per slow scan: a `seq-scan-filter` finding whose index leads a
/// wider `missing-index` proposal on the same table, for queries that
/// proposal serves too, is folded into it. The advisor chose the wider index
/// by cost over the whole workload; the plan's evidence stays beside it.
fn one_fix_per_scan(all: &mut Vec<Finding>) {
    // Each missing-index finding and the indexes it creates.
    let proposed: Vec<(usize, Vec<CreatedIndex>)> = all
        .iter()
        .enumerate()
        .filter(|(_, g)| g.rule == missing_index::ID)
        .map(|(g, f)| (g, created_indexes(&f.fix)))
        .collect();
    let mut folded: Vec<(usize, usize)> = Vec::new();
    for (k, f) in all.iter().enumerate() {
        if f.rule != RuleId::SeqScanFilter || f.queries.is_empty() {
            continue;
        }
        let mine = created_indexes(&f.fix);
        let Some((table, keys)) = mine.first().filter(|_| mine.len() == 1) else {
            continue;
        };
        let wider = proposed.iter().find(|(g, indexes)| {
            f.queries.iter().all(|q| all[*g].queries.contains(q))
                && indexes
                    .iter()
                    .any(|(t, gk)| t == table && gk.starts_with(keys))
        });
        if let Some((g, _)) = wider {
            folded.push((k, *g));
        }
    }
    for &(k, g) in &folded {
        let f = &all[k];
        let (impact, note) = (
            f.impact_ms,
            AlsoSeqScan {
                finding: f.id.clone(),
                node: f.evidence["node"].clone(),
                message: f.evidence["message"].clone(),
            },
        );
        let target = &mut all[g];
        target.impact_ms = target.impact_ms.max(impact);
        target.add_evidence("also_seq_scan_filter", &note);
    }
    for (k, _) in folded.into_iter().rev() {
        all.remove(k);
    }
}

/// A fix saves at most the time of the statements it touches.
fn cap_impacts(ctx: &Context<'_>, all: &mut [Finding]) {
    for f in all {
        let ids: Vec<u64> = f
            .queries
            .iter()
            .filter_map(|q| crate::vocab::parse_fingerprint_hex(q))
            .collect();
        if ids.is_empty() || ids.len() != f.queries.len() {
            continue;
        }
        let touched = ctx.time_ms(&ids);
        if touched > 0.0 && f.impact_ms > touched {
            f.impact_ms = crate::model::stats::r3(touched);
        }
    }
}

/// The rules' findings as the report lists them: one per index and per
/// scan, impacts capped by the time of what they touch, severities raised
/// to what that time earns, sorted.
fn settle(ctx: &Context<'_>, mut all: Vec<Finding>) -> Vec<Finding> {
    one_budget(ctx, &mut all);
    one_finding_per_index(&mut all);
    one_fix_per_scan(&mut all);
    cap_impacts(ctx, &mut all);
    let workload_ms = ctx.workload.total_ms();
    for f in &mut all {
        f.severity = f
            .severity
            .max(crate::findings::Severity::of_cost(f.impact_ms, workload_ms));
    }
    crate::findings::sort(&mut all);
    risk::assess(ctx.schema, &mut all);
    all
}
