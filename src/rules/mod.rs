//! Rules: each reads the analysed workload and returns findings. A rule
//! never parses input, prints or touches a database, and cannot fail: a fix
//! it cannot build does not drop the finding. One registry ([`RULES`]) drives
//! running, `pgadvisor rules` and the docs check.
use crate::findings::Finding;
use crate::model::analysis::Analysis;
use crate::model::facts::{PredicateOp, QueryFacts};
use crate::model::graph::{Resolver, SchemaGraph};
use crate::model::schema::Schema;
use crate::model::workload::Workload;
use crate::sqlgen::TableRef;

pub mod connection_churn;
pub mod denormalize_aggregate;
pub mod error_burst;
pub mod index_hygiene;
pub mod lock_wait;
pub mod materialized_view;
pub mod missing_foreign_key;
pub mod missing_index;
pub mod n_plus_one;
pub mod partition_table;
pub mod plan_problems;
pub mod temp_files;
pub mod tenant_schema_drift;
pub mod unindexed_foreign_key;

/// Rule thresholds (command line and `pgadvisor.toml`).
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    pub n_plus_one: n_plus_one::Options,
    pub index: crate::advisor::select::Options,
    pub materialized_view: materialized_view::Options,
    pub denormalize_aggregate: denormalize_aggregate::Options,
    pub partition_table: partition_table::Options,
    pub plan: crate::plan::problems::Thresholds,
    pub error_burst: error_burst::Options,
    pub connection_churn: connection_churn::Options,
    pub lock_wait: lock_wait::Options,
    pub temp_files: temp_files::Options,
}

/// What rules read.
pub struct Context<'a> {
    pub options: Options,
    pub workload: &'a Workload,
    pub schema: Option<&'a Schema>,
    pub analysis: &'a Analysis,
    pub graph: &'a SchemaGraph,
    /// Plans under hypothetical indexes, when a database with HypoPG is at hand.
    pub what_if: Option<&'a dyn crate::advisor::whatif::Oracle>,
}

impl Context<'_> {
    pub fn resolver(&self) -> Resolver<'_> {
        Resolver {
            schema: self.schema,
        }
    }

    /// Queries (id, facts) that touch `table`, with the facts of that table.
    pub fn queries_on<'s>(
        &'s self,
        table: &'s TableRef,
    ) -> impl Iterator<Item = (u64, &'s QueryFacts)> + 's {
        let r = self.resolver();
        self.analysis
            .facts
            .iter()
            .filter(move |(_, f)| {
                f.tables
                    .keys()
                    .any(|t| r.resolve(t).as_ref() == Some(table))
            })
            .map(|(id, f)| (*id, f))
    }

    /// Queries that look rows of `table` up by `column` (equality or IN), or join on it.
    pub fn lookups_or_joins(&self, table: &TableRef, column: &str) -> (Vec<u64>, Vec<u64>) {
        let r = self.resolver();
        let (mut lookups, mut joins) = (Vec::new(), Vec::new());
        for (id, f) in self.queries_on(table) {
            let looked_up = f.tables.iter().any(|(t, tf)| {
                r.resolve(t).as_ref() == Some(table)
                    && tf.predicates.iter().any(|p| {
                        p.column == column && matches!(p.op, PredicateOp::Eq | PredicateOp::In)
                    })
            });
            let joined = f.joins.iter().any(|j| {
                [&j.left, &j.right]
                    .iter()
                    .any(|c| c.column == column && r.resolve(&c.table).as_ref() == Some(table))
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
        let r = self.resolver();
        let family = self.schema_label(&table.schema);
        let logged: u64 = self
            .analysis
            .facts
            .iter()
            .filter_map(|(id, f)| Some((self.workload.queries.get(id)?, f)))
            .filter_map(|(q, f)| {
                let writes = f.tables.iter().filter(|(_, tf)| {
                    tf.access
                        .iter()
                        .any(|a| matches!(a, Access::Insert | Access::Update | Access::Delete))
                });
                // A statement folded over tenant schemas writes this table
                // only in the calls it made in this table's schema.
                let mut calls = None;
                for (t, _) in writes {
                    match &t.schema {
                        Some(s) if s.contains('*') && t.name == table.name && *s == family => {
                            calls = Some(q.tenants.0.get(&table.schema).copied().unwrap_or(0));
                        }
                        Some(s) if s.contains('*') => {}
                        _ if r.resolve(t).as_ref() == Some(table) => calls = Some(q.calls),
                        _ => {}
                    }
                }
                calls
            })
            .sum();
        let counted = self
            .schema
            .and_then(|s| s.table(table))
            .and_then(|t| t.stats.as_ref())
            .and_then(|s| s.activity.as_ref())
            .map(|a| {
                let rows = a.rows_written() as f64;
                match (self.workload.span_seconds(), a.observed_seconds > 0.0) {
                    (Some(span), true) => rows * (span / a.observed_seconds).min(1.0),
                    _ => rows,
                }
            })
            .unwrap_or(0.0);
        (logged as f64).max(counted)
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

    /// `tenant_*` for a tenant schema (by name pattern or detected layout), else the schema itself.
    pub fn schema_label(&self, schema: &str) -> String {
        let pattern = crate::model::fingerprint::TenantPattern::default();
        if self.workload.detected_tenant_schemas.contains(schema) {
            "tenant_*".to_owned()
        } else if pattern.is_tenant(schema) {
            crate::model::fingerprint::tenant_family(schema)
        } else {
            schema.to_owned()
        }
    }

    /// A statement folded over a tenant family, as it ran in each tenant
    /// schema: the schema, its calls there and its text with the family's
    /// label replaced by the schema. Empty for a statement that names no
    /// tenant family.
    pub fn per_tenant(&self, q: &crate::model::stats::QueryStats) -> Vec<TenantRun> {
        let mut out = Vec::new();
        for (schema, calls) in &q.tenants.0 {
            let label = format!(
                "{}.",
                crate::sqlgen::quote_ident(&self.schema_label(schema))
            );
            if !q.normalized.contains(&label) {
                continue;
            }
            out.push(TenantRun {
                schema: schema.clone(),
                calls: *calls,
                text: q
                    .normalized
                    .replace(&label, &format!("{}.", crate::sqlgen::quote_ident(schema))),
            });
        }
        out
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
            .map(|i| crate::report::json::fingerprint_hex(*i))
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
            let mut first = fs[0].clone();
            let subject = crate::findings::Subject { schema: label.clone(), ..first.subject.clone() };
            let title = first.title.replace(&format!("{}.", schemas[0]), &format!("{label}."));
            let mut merged = Finding::new(&first.rule, first.severity, format!("{title} (in {} schemas)", schemas.len()), subject, &title);
            merged.severity = fs.iter().map(|f| f.severity).max().unwrap_or(first.severity);
            merged.impact_ms = fs.iter().map(|f| f.impact_ms).sum::<f64>() + 0.0;
            let mut queries: Vec<String> = fs.iter().flat_map(|f| f.queries.clone()).collect();
            queries.sort();
            queries.dedup();
            merged.queries = queries;
            merged.sql = fs.iter().flat_map(|f| f.sql.clone()).collect();
            merged.evidence = serde_json::json!({
                "schemas": schemas,
                "per_schema": fs.iter().map(|f| serde_json::json!({"schema": f.subject.schema, "evidence": f.evidence})).collect::<Vec<_>>(),
            });
            first.sql.clear();
            Some(merged)
        })
        .collect()
}

/// A rule in the catalog.
pub struct Rule {
    pub id: &'static str,
    pub summary: &'static str,
    /// `rules/<id>.md`, embedded.
    pub doc: &'static str,
    pub run: fn(&Context<'_>) -> Vec<Finding>,
}

pub const RULES: &[Rule] = &[
    Rule {
        id: "connection-churn",
        summary: "A client that opens a connection per request instead of keeping a pool",
        doc: include_str!("../../rules/connection-churn.md"),
        run: connection_churn::run,
    },
    Rule {
        id: "denormalize-aggregate",
        summary: "Aggregates of a parent's children recomputed by join on every read, far more often than the children change",
        doc: include_str!("../../rules/denormalize-aggregate.md"),
        run: denormalize_aggregate::run,
    },
        Rule {
        id: "disk-spill",
        summary: "A sort or hash that did not fit in work_mem and wrote to disk",
        doc: include_str!("../../rules/disk-spill.md"),
        run: plan_problems::disk_spill,
    },
    Rule {
        id: "error-burst",
        summary: "One kind of error repeated, with its cause and the fix for its SQLSTATE",
        doc: include_str!("../../rules/error-burst.md"),
        run: error_burst::run,
    },
    Rule {
        id: "heap-fetches",
        summary: "An index-only scan that still reads the table (stale visibility map)",
        doc: include_str!("../../rules/heap-fetches.md"),
        run: plan_problems::heap_fetches,
    },
    Rule {
        id: "lock-wait",
        summary: "Statements that waited for locks longer than deadlock_timeout, with what the holders ran",
        doc: include_str!("../../rules/lock-wait.md"),
        run: lock_wait::run,
    },
    Rule {
        id: "materialized-view",
        summary: "A heavy aggregate read run far more often than its tables change, served by a materialized view",
        doc: include_str!("../../rules/materialized-view.md"),
        run: materialized_view::run,
    },
    Rule {
        id: "missing-foreign-key",
        summary:
            "A join or a column name points at another table's key, but no foreign key is declared",
        doc: include_str!("../../rules/missing-foreign-key.md"),
        run: missing_foreign_key::run,
    },
                Rule {
        id: "missing-index",
        summary: "Indexes the workload needs (multi-column, partial, covering), chosen within a storage budget",
        doc: include_str!("../../rules/missing-index.md"),
        run: missing_index::run,
    },
    Rule {
        id: "nested-loop-repeat",
        summary: "A nested loop whose inner side runs thousands of times without an index lookup",
        doc: include_str!("../../rules/nested-loop-repeat.md"),
        run: plan_problems::nested_loop_repeat,
    },
    Rule {
        id: "n-plus-one",
        summary: "The same query once per row of another, in a burst within one session",
        doc: include_str!("../../rules/n-plus-one.md"),
        run: n_plus_one::run,
    },
            Rule {
        id: "partition-table",
        summary: "A large table read by time range and written by appends (or always by one tenant), partitioned without a long lock",
        doc: include_str!("../../rules/partition-table.md"),
        run: partition_table::run,
    },
    Rule {
        id: "redundant-index",
        summary: "An index whose keys lead another index on the same table",
        doc: include_str!("../../rules/redundant-index.md"),
        run: index_hygiene::redundant,
    },
    Rule {
        id: "row-misestimate",
        summary: "Row estimates off by 10× or more",
        doc: include_str!("../../rules/row-misestimate.md"),
        run: plan_problems::row_misestimate,
    },
    Rule {
        id: "seq-scan-filter",
        summary: "A sequential scan that throws away most of the rows it reads",
        doc: include_str!("../../rules/seq-scan-filter.md"),
        run: plan_problems::seq_scan_filter,
    },
    Rule {
        id: "temp-files",
        summary: "Statements whose sorts and hashes wrote temporary files",
        doc: include_str!("../../rules/temp-files.md"),
        run: temp_files::run,
    },
    Rule {
        id: "tenant-schema-drift",
        summary: "Tables, columns or indexes most tenant schemas have and some lack; relations missing in some tenants",
        doc: include_str!("../../rules/tenant-schema-drift.md"),
        run: tenant_schema_drift::run,
    },
        Rule {
        id: "unindexed-foreign-key",
        summary: "A foreign key whose columns do not lead any index",
        doc: include_str!("../../rules/unindexed-foreign-key.md"),
        run: unindexed_foreign_key::run,
    },
    Rule {
        id: "unused-index",
        summary: "An index never scanned since the statistics were reset",
        doc: include_str!("../../rules/unused-index.md"),
        run: index_hygiene::unused,
    },
];

/// Runs every rule; findings sorted for stable output.
pub fn run_all(ctx: &Context<'_>) -> Vec<Finding> {
    let mut all: Vec<Finding> = RULES.iter().flat_map(|r| (r.run)(ctx)).collect();
    crate::findings::sort(&mut all);
    all
}
