//! The schema graph: tables as nodes; declared foreign keys and joins seen
//! in the workload as edges, weighted by the calls and time of the queries
//! that join. Rules use it to find relationships; the report exposes it.
use super::analysis::Analysis;
use super::facts::TableName;
use super::schema::Schema;
use super::tenancy::Tenancy;
use super::workload::Workload;
use crate::vocab::sql_names::TableRef;
use petgraph::graph::{DiGraph, NodeIndex};
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// Maps table names as queries write them to the schema's tables.
#[derive(Debug, Clone, Copy)]
pub struct Resolver<'s> {
    pub schema: Option<&'s Schema>,
    /// How the workload's queries were folded over tenant schemas; without
    /// it a folded name (`tenant_*`) stands for the schemas it prefixes.
    pub tenancy: Option<Tenancy<'s>>,
}

impl<'s> Resolver<'s> {
    /// A resolver for names that are not folded over tenant schemas.
    pub fn of(schema: Option<&'s Schema>) -> Self {
        Self {
            schema,
            tenancy: None,
        }
    }

    /// Whether `schema` is one of the tenant schemas folded to `family`.
    pub fn in_family(&self, schema: &str, family: &str) -> bool {
        match self.tenancy {
            Some(t) => t.in_family(schema, family),
            None => family.contains('*') && schema.starts_with(family.trim_end_matches('*')),
        }
    }

    /// The table `name` stands for in tenant schema `tenant`: a name folded
    /// over `tenant`'s family is that tenant's own table (none when the
    /// tenant lacks it: its statements failed there); any other name
    /// resolves as usual.
    pub fn resolve_in(&self, name: &TableName, tenant: &str) -> Option<TableRef> {
        match name.schema.as_deref() {
            Some(family) if family.contains('*') && self.in_family(tenant, family) => {
                let mine = TableRef::new(tenant, &name.name);
                self.schema
                    .is_none_or(|s| s.tables.contains_key(&mine))
                    .then_some(mine)
            }
            _ => self.resolve(name),
        }
    }

    pub fn resolve(&self, t: &TableName) -> Option<TableRef> {
        let Some(schema) = self.schema else {
            return Some(TableRef::new(
                t.schema.as_deref().unwrap_or("public"),
                &t.name,
            ));
        };
        match &t.schema {
            // A folded tenant schema (`tenant_*`): the first schema of that family holding the table.
            Some(s) if s.contains('*') => schema
                .tables
                .keys()
                .find(|k| k.name == t.name && self.in_family(&k.schema, s))
                .cloned(),
            Some(s) => Some(TableRef::new(s, &t.name)).filter(|r| schema.tables.contains_key(r)),
            None => {
                let public = TableRef::new("public", &t.name);
                if schema.tables.contains_key(&public) {
                    return Some(public);
                }
                let all = schema.schemas_with(&t.name);
                match all.as_slice() {
                    [one] => Some(TableRef::new(one, &t.name)),
                    // Schemas of one layout reached through `search_path`
                    // (one per tenant): the name means the same table in
                    // each, and the first stands for them.
                    [first, rest @ ..] if rest.iter().all(|o| schema.same_layout(first, o)) => {
                        Some(TableRef::new(first, &t.name))
                    }
                    _ => None,
                }
            }
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Edge {
    pub from_columns: Vec<String>,
    pub to_columns: Vec<String>,
    /// A declared foreign key.
    pub declared: bool,
    /// Fingerprints that join along this edge, with their calls and time.
    pub calls: u64,
    pub total_ms: f64,
    pub queries: Vec<String>,
}

#[derive(Debug, Default)]
pub struct SchemaGraph {
    pub graph: DiGraph<TableRef, Edge>,
    nodes: HashMap<TableRef, NodeIndex>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphEdgeReport {
    pub from: String,
    pub from_columns: Vec<String>,
    pub to: String,
    pub to_columns: Vec<String>,
    pub declared: bool,
    pub observed_calls: u64,
    pub observed_ms: f64,
    pub queries: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GraphReport {
    pub nodes: Vec<String>,
    pub edges: Vec<GraphEdgeReport>,
}

impl SchemaGraph {
    /// The edges at `t`, each seen from `t`: its columns, the other table,
    /// the other table's columns (both directions; a self-join twice).
    pub(crate) fn edges_at(&self, t: &TableRef) -> Vec<(&[String], &TableRef, &[String])> {
        use petgraph::visit::EdgeRef;
        use petgraph::Direction::{Incoming, Outgoing};
        let Some(&n) = self.nodes.get(t) else {
            return Vec::new();
        };
        let g = &self.graph;
        let out = g.edges_directed(n, Outgoing).map(|e| {
            let w = e.weight();
            (&w.from_columns[..], &g[e.target()], &w.to_columns[..])
        });
        let inc = g.edges_directed(n, Incoming).map(|e| {
            let w = e.weight();
            (&w.to_columns[..], &g[e.source()], &w.from_columns[..])
        });
        out.chain(inc).collect()
    }

    fn node(&mut self, t: &TableRef) -> NodeIndex {
        if let Some(i) = self.nodes.get(t) {
            return *i;
        }
        let i = self.graph.add_node(t.clone());
        self.nodes.insert(t.clone(), i);
        i
    }

    fn edge_mut(
        &mut self,
        from: &TableRef,
        fc: &[String],
        to: &TableRef,
        tc: &[String],
    ) -> &mut Edge {
        let (a, b) = (self.node(from), self.node(to));
        let existing = self
            .graph
            .edges_connecting(a, b)
            .find(|e| e.weight().from_columns == fc && e.weight().to_columns == tc)
            .map(|e| petgraph::visit::EdgeRef::id(&e));
        let id = existing.unwrap_or_else(|| {
            self.graph.add_edge(
                a,
                b,
                Edge {
                    from_columns: fc.to_vec(),
                    to_columns: tc.to_vec(),
                    declared: false,
                    calls: 0,
                    total_ms: 0.0,
                    queries: Vec::new(),
                },
            )
        });
        &mut self.graph[id]
    }

    /// Builds the graph; a join's direction is child → parent when one side
    /// is the other table's primary or unique key.
    pub fn build(schema: Option<&Schema>, workload: &Workload, analysis: &Analysis) -> Self {
        let mut g = SchemaGraph::default();
        if let Some(s) = schema {
            for (t, table) in &s.tables {
                g.node(t);
                for fk in &table.foreign_keys {
                    g.edge_mut(t, &fk.columns, &fk.references, &fk.referenced_columns)
                        .declared = true;
                }
            }
        }
        let resolver = Resolver {
            schema,
            tenancy: Some(workload.tenancy()),
        };
        for (id, facts) in &analysis.facts {
            let Some(q) = workload.queries.get(id) else {
                continue;
            };
            // A join folded over tenant schemas is an edge in each tenant
            // schema it ran in, weighted by its calls there.
            let folded = facts.joins.iter().any(|j| {
                [&j.left.table, &j.right.table]
                    .iter()
                    .any(|t| t.schema.as_deref().is_some_and(|s| s.contains('*')))
            });
            let counted = q.tenants.0.values().any(|n| *n > 0);
            let runs: Vec<(Option<&str>, u64, f64)> = if folded && counted {
                q.tenants
                    .split(q.total_ms())
                    .map(|(s, n, ms)| (Some(s), n, ms))
                    .collect()
            } else {
                vec![(None, q.calls, q.total_ms())]
            };
            for (tenant, calls, total_ms) in runs {
                let place = |name: &TableName| match tenant {
                    Some(s) => resolver.resolve_in(name, s),
                    None => resolver.resolve(name),
                };
                for j in &facts.joins {
                    let (Some(l), Some(r)) = (place(&j.left.table), place(&j.right.table)) else {
                        continue;
                    };
                    let (lc, rc) = (vec![j.left.column.clone()], vec![j.right.column.clone()]);
                    let is_key = |t: &TableRef, c: &[String]| {
                        schema
                            .and_then(|s| s.table(t))
                            .map_or(c == ["id"], |tb| tb.is_unique_key(c))
                    };
                    let (from, fc, to, tc) = if is_key(&r, &rc) && !is_key(&l, &lc) {
                        (l, lc, r, rc)
                    } else if is_key(&l, &lc) && !is_key(&r, &rc) {
                        (r, rc, l, lc)
                    } else {
                        (l, lc, r, rc)
                    };
                    let e = g.edge_mut(&from, &fc, &to, &tc);
                    e.calls += calls;
                    e.total_ms += total_ms;
                    let hex = crate::vocab::fingerprint_hex(*id);
                    if !e.queries.contains(&hex) {
                        e.queries.push(hex);
                    }
                }
            }
        }
        g
    }

    /// Edges leaving `t` (as child).
    pub fn edges_from(&self, t: &TableRef) -> Vec<(&TableRef, &Edge)> {
        let Some(&i) = self.nodes.get(t) else {
            return Vec::new();
        };
        self.graph
            .edges(i)
            .map(|e| {
                (
                    &self.graph[petgraph::visit::EdgeRef::target(&e)],
                    e.weight(),
                )
            })
            .collect()
    }

    pub fn report(&self) -> GraphReport {
        let mut nodes: Vec<String> = self.graph.node_weights().map(|t| t.to_string()).collect();
        nodes.sort();
        let mut edges: Vec<GraphEdgeReport> = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (a, b) = self.graph.edge_endpoints(e)?;
                let w = &self.graph[e];
                let mut queries = w.queries.clone();
                queries.sort();
                Some(GraphEdgeReport {
                    from: self.graph[a].to_string(),
                    from_columns: w.from_columns.clone(),
                    to: self.graph[b].to_string(),
                    to_columns: w.to_columns.clone(),
                    declared: w.declared,
                    observed_calls: w.calls,
                    observed_ms: crate::model::stats::r3(w.total_ms),
                    queries,
                })
            })
            .collect();
        edges.sort_by(|a, b| {
            (&a.from, &a.from_columns, &a.to, &a.to_columns).cmp(&(
                &b.from,
                &b.from_columns,
                &b.to,
                &b.to_columns,
            ))
        });
        GraphReport { nodes, edges }
    }
}
