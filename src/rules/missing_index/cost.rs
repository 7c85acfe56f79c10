//! The offline cost model: what the planner would pay for each table access
//! with a sequential scan or with a given index, from row counts, sizes and
//! `pg_stats` (PostgreSQL's default cost constants and selectivities where
//! statistics are missing). It ranks candidates when no database is at hand;
//! with one, HypoPG checks the chosen indexes.
use super::candidates::{distinct_values, eq_selectivity, predicate_share, rows, TableAccess};
use super::{IndexSpec, Key};
use crate::model::facts::PredicateOp;
use crate::model::schema::{IndexKey, Schema};
use crate::sqlgen::TableRef;

const SEQ_PAGE: f64 = 1.0;
/// `parallel_setup_cost`, and `parallel_tuple_cost` per row a worker passes up.
const PARALLEL_SETUP: f64 = 1000.0;
const PARALLEL_TUPLE: f64 = 0.1;
/// `min_parallel_table_scan_size` in pages, and `max_parallel_workers_per_gather`.
const PARALLEL_MIN_PAGES: f64 = 1024.0;
const PARALLEL_WORKERS: u32 = 2;

/// Distinct pages `fetches` reads of a relation of `pages` touch when it
/// stays cached (Mackert and Lohman's formula, as PostgreSQL's
/// `index_pages_fetched` for a relation within the cache).
fn cached_pages(fetches: f64, pages: f64) -> f64 {
    let pages = pages.max(1.0);
    (2.0 * pages * fetches / (2.0 * pages + fetches)).min(pages)
}

/// What the planner divides a parallel scan's CPU cost by on a table of
/// `pages` (PostgreSQL's defaults: one worker from 8 MB, one more each time
/// the table triples, at most two, the leader helping less as they grow),
/// or `None` for a table scanned by one process.
fn parallel_divisor(pages: f64) -> Option<f64> {
    if pages < PARALLEL_MIN_PAGES {
        return None;
    }
    let (mut workers, mut threshold) = (1u32, PARALLEL_MIN_PAGES * 3.0);
    while pages >= threshold && workers < PARALLEL_WORKERS {
        workers += 1;
        threshold *= 3.0;
    }
    let w = f64::from(workers);
    Some(w + (1.0 - 0.3 * w).max(0.0))
}
pub(crate) const RANDOM_PAGE: f64 = 4.0;
const CPU_TUPLE: f64 = 0.01;
const CPU_INDEX_TUPLE: f64 = 0.005;
const CPU_OPERATOR: f64 = 0.0025;
const PAGE: f64 = 8192.0;
/// PostgreSQL's defaults without statistics (DEFAULT_EQ_SEL, DEFAULT_INEQ_SEL).
const DEFAULT_EQ_SEL: f64 = 0.005;
const DEFAULT_RANGE_SEL: f64 = 1.0 / 3.0;
/// A row width when the schema does not tell.
const DEFAULT_ROW_BYTES: f64 = 100.0;
/// Without row counts: rows a sequential scan reads per millisecond, to infer
/// a table's size from the time its unindexed reads take.
const ROWS_PER_MS: f64 = 30_000.0;
/// Outer rows assumed for a lookup join whose other side is unknown.
const JOIN_LOOKUPS: f64 = 10.0;
/// Groups a hash aggregate keeps in `work_mem` (4 MB by default).
const GROUPS_IN_MEMORY: f64 = 50_000.0;
/// Time one row write spends maintaining one B-tree index, in ms.
pub(crate) const INDEX_WRITE_MS: f64 = 0.01;

/// Bytes of a value of this type in an index entry (a guess for varlena types).
fn type_width(ty: &str) -> f64 {
    let t = ty.to_ascii_lowercase();
    let starts = |p: &[&str]| p.iter().any(|x| t.starts_with(x));
    if starts(&[
        "bigint",
        "int8",
        "timestamp",
        "double",
        "float8",
        "money",
        "time",
    ]) {
        8.0
    } else if starts(&[
        "integer", "int4", "int", "date", "real", "float4", "oid", "serial",
    ]) {
        4.0
    } else if starts(&["smallint", "int2"]) {
        2.0
    } else if starts(&["boolean", "bool", "\"char\""]) {
        1.0
    } else {
        // uuid, numeric, text, varchar: a typical short value.
        16.0
    }
}

/// The model over one schema.
pub(crate) struct Model<'a> {
    pub schema: Option<&'a Schema>,
    /// Inferred rows of tables without statistics.
    guessed_rows: std::collections::BTreeMap<TableRef, f64>,
    /// Per query and table: the share of its rows its own predicates keep.
    own_share: std::collections::BTreeMap<(u64, TableRef), f64>,
    /// Per query and table: the tables it joins.
    peers: std::collections::BTreeMap<(u64, TableRef), std::collections::BTreeSet<TableRef>>,
}

impl<'a> Model<'a> {
    pub(crate) fn new(schema: Option<&'a Schema>, accesses: &[TableAccess]) -> Self {
        // A query that reads one table times a scan of it; a join or a
        // report's aggregate over several tables spends its time on all of
        // them, and sized the table ten times over. Those guess only for
        // tables no single-table read times.
        let mut guessed_rows = std::collections::BTreeMap::new();
        for alone in [true, false] {
            let mut guesses = std::collections::BTreeMap::new();
            for a in accesses {
                if rows(schema, &a.table).is_some()
                    || a.calls == 0
                    || a.join_peers.is_empty() != alone
                    || guessed_rows.contains_key(&a.table)
                {
                    continue;
                }
                let mean = a.total_ms / a.calls as f64;
                let g = guesses.entry(a.table.clone()).or_insert(0.0f64);
                *g = g.max(mean * ROWS_PER_MS);
            }
            guessed_rows.extend(guesses);
        }
        let mut m = Self {
            schema,
            guessed_rows,
            own_share: std::collections::BTreeMap::new(),
            peers: std::collections::BTreeMap::new(),
        };
        for a in accesses {
            let rows = m.rows(&a.table);
            let share = if rows > 0.0 {
                (m.result_rows(a) / rows).min(1.0)
            } else {
                1.0
            };
            let key = (a.query, a.table.clone());
            let s = m.own_share.entry(key.clone()).or_insert(1.0);
            *s = s.min(share);
            m.peers
                .entry(key)
                .or_default()
                .extend(a.join_peers.values().flatten().cloned());
        }
        m
    }

    /// Rows of `u` that reach a join with `t` in query `q`: its own
    /// predicates, and those of the other tables it joins (a supplier joined
    /// to the one nation a query names is 1/25 of the suppliers).
    fn driving_rows(&self, q: u64, t: &TableRef, u: &TableRef) -> Option<f64> {
        let key = (q, u.clone());
        let own = *self.own_share.get(&key)?;
        let through: f64 = self
            .peers
            .get(&key)
            .into_iter()
            .flatten()
            .filter(|v| *v != t && *v != u)
            .filter_map(|v| self.own_share.get(&(q, v.clone())))
            .product();
        Some((self.rows(u) * own * through).max(1.0))
    }

    /// How many lookups a join through `column` makes: the fewest rows any
    /// table on its other side brings.
    fn lookups(&self, a: &TableAccess, column: &str) -> f64 {
        a.join_peers
            .get(column)
            .into_iter()
            .flatten()
            .filter_map(|u| self.driving_rows(a.query, &a.table, u))
            .reduce(f64::min)
            .unwrap_or(JOIN_LOOKUPS)
    }

    pub(crate) fn rows(&self, t: &TableRef) -> f64 {
        rows(self.schema, t)
            .or_else(|| self.guessed_rows.get(t).copied())
            .unwrap_or(0.0)
    }

    /// Whether the table's size comes from statistics (not inferred from timings).
    pub(crate) fn knows_rows(&self, t: &TableRef) -> bool {
        rows(self.schema, t).is_some()
    }

    fn pages(&self, t: &TableRef) -> f64 {
        let stats = self
            .schema
            .and_then(|s| s.table(t))
            .and_then(|t| t.stats.as_ref());
        if let Some(p) = stats.and_then(|s| s.heap_pages).filter(|p| *p > 0) {
            return p as f64;
        }
        match stats.and_then(|s| s.total_bytes) {
            Some(b) if b > 0 => (b as f64 / PAGE).max(1.0),
            _ => (self.rows(t) * DEFAULT_ROW_BYTES / PAGE).max(1.0),
        }
    }

    /// The share of the heap an index-only scan need not visit: the pages
    /// the visibility map marks all visible, once the table has been
    /// vacuumed. Before its first vacuum (statistics taken right after a
    /// bulk load) the map is empty but autovacuum will fill it: taken as
    /// all visible, as it is when the export does not say.
    fn all_visible(&self, t: &TableRef) -> f64 {
        let Some(stats) = self
            .schema
            .and_then(|s| s.table(t))
            .and_then(|t| t.stats.as_ref())
        else {
            return 1.0;
        };
        let vacuumed = stats
            .activity
            .as_ref()
            .is_some_and(|a| a.last_vacuum.is_some());
        match (stats.heap_pages, stats.all_visible_pages) {
            (Some(p), Some(v)) if p > 0 && (vacuumed || v > 0) => (v as f64 / p as f64).min(1.0),
            _ => 1.0,
        }
    }

    fn width(&self, t: &TableRef, column: &str) -> f64 {
        let table = self.schema.and_then(|s| s.table(t));
        table
            .and_then(|t| t.stats.as_ref())
            .and_then(|s| s.columns.get(column))
            .and_then(|c| c.avg_width)
            .or_else(|| {
                table
                    .and_then(|t| t.column(column))
                    .map(|c| type_width(&c.data_type))
            })
            .unwrap_or(8.0)
    }

    /// Bytes of the values one entry of `spec` holds.
    fn data_width(&self, t: &TableRef, spec: &IndexSpec) -> f64 {
        spec.keys
            .iter()
            .map(|k| self.width(t, &k.column))
            .chain(spec.include.iter().map(|c| self.width(t, c)))
            .sum()
    }

    /// Estimated bytes of an index, as HypoPG estimates them (the figure a
    /// budget is measured in): per entry the values, a header and line
    /// pointer and per-column alignment, with 30 % for fill factor and bloat
    /// (HypoPG's 90 % fill and 20 % more). Fitted to HypoPG 1.3's estimates
    /// on TPC-H's and benches/loja's indexes: within 6 % from one to five
    /// columns.
    pub(crate) fn size_bytes(&self, t: &TableRef, spec: &IndexSpec) -> f64 {
        let share = spec
            .predicate
            .as_ref()
            .and_then(|p| predicate_share(self.schema, t, p))
            .unwrap_or(1.0);
        let n = (spec.keys.len() + spec.include.len()) as f64;
        let padding = if n >= 3.0 { 8.0 } else { 0.0 } + if n >= 4.0 { 4.0 } else { 0.0 };
        let entry = self.data_width(t, spec) + 8.0 + 8.0 * n + padding;
        (self.rows(t) * share * entry * 1.3).max(PAGE * 2.0)
    }

    fn eq_sel(&self, a: &TableAccess, column: &str) -> f64 {
        let values = a.eq.get(column).and_then(|v| v.as_deref());
        eq_selectivity(self.schema, &a.table, column, values)
            .unwrap_or_else(|| DEFAULT_EQ_SEL * values.map_or(1.0, |v| v.len().max(1) as f64))
    }

    /// The share of rows a range keeps: from the days it asks for when
    /// known, else PostgreSQL's default.
    fn range_sel(a: &TableAccess, column: &str) -> f64 {
        a.range_share
            .get(column)
            .copied()
            .unwrap_or(DEFAULT_RANGE_SEL)
    }

    fn sort_cost(rows: f64) -> f64 {
        if rows < 2.0 {
            0.0
        } else {
            2.0 * CPU_OPERATOR * rows * rows.log2()
        }
    }

    /// Rows the access returns (all its predicates applied).
    fn result_rows(&self, a: &TableAccess) -> f64 {
        let mut sel = 1.0;
        for c in a.eq.keys() {
            sel *= self.eq_sel(a, c);
        }
        for c in &a.range {
            sel *= Self::range_sel(a, c);
        }
        (self.rows(&a.table) * sel).max(1.0)
    }

    /// Grouping rows that come unordered: a hash aggregate while the groups
    /// are few (it stays in memory), else what sorting them costs (a hash
    /// that spills to disk costs about as much).
    fn group_cost(&self, a: &TableAccess) -> f64 {
        if a.group_by.is_empty() {
            return 0.0;
        }
        let rows = self.result_rows(a);
        let groups = a
            .group_by
            .iter()
            .map(|c| distinct_values(self.schema, &a.table, c).unwrap_or(200.0))
            .product::<f64>()
            .min(rows);
        if groups <= GROUPS_IN_MEMORY {
            rows * CPU_OPERATOR * (1 + a.group_by.len()) as f64
        } else {
            Self::sort_cost(rows)
        }
    }

    /// A sequential scan, with the sort or grouping the query asks for.
    pub(crate) fn seq_cost(&self, a: &TableAccess) -> f64 {
        let rows = self.rows(&a.table);
        let preds = (a.eq.len() + a.range.len()) as f64;
        let pages = self.pages(&a.table);
        let cpu = rows * (CPU_TUPLE + CPU_OPERATOR * preds);
        let serial = pages * SEQ_PAGE + cpu;
        let mut c = match parallel_divisor(pages) {
            // The planner splits a large table's scan among workers: the
            // CPU part divides, the pages are read once, the workers cost
            // their start and each row they pass up; it keeps the cheaper.
            Some(d) => serial.min(
                pages * SEQ_PAGE
                    + cpu / d
                    + PARALLEL_SETUP
                    + PARALLEL_TUPLE * self.result_rows(a),
            ),
            None => serial,
        };
        if !a.order_by.is_empty() {
            c += Self::sort_cost(self.result_rows(a));
        }
        c + self.group_cost(a)
    }

    /// The access through `spec`, or `None` when it cannot serve it.
    pub(crate) fn index_cost(&self, a: &TableAccess, spec: &IndexSpec) -> Option<f64> {
        self.cost_through(a, spec, true)
    }

    /// Heap page fetches per execution that `spec` spares `a` by answering
    /// it from the index alone (0 when it cannot: a column it needs is not
    /// in the index). A page costs `RANDOM_PAGE` in the planner's units.
    pub(crate) fn heap_fetches_spared(&self, a: &TableAccess, spec: &IndexSpec) -> f64 {
        match (self.cost_through(a, spec, false), self.cost_through(a, spec, true)) {
            (Some(heap), Some(only)) => ((heap - only) / RANDOM_PAGE).max(0.0),
            _ => 0.0,
        }
    }

    /// The cheaper of the two ways the planner may use `spec`: one scan
    /// bounded by the statement's own conditions (a join column after them
    /// filters the rows found), or a lookup per row of a joined table
    /// (a nested loop's inner side) through the join column too.
    fn cost_through(&self, a: &TableAccess, spec: &IndexSpec, index_only_allowed: bool) -> Option<f64> {
        let once = self.path_cost(a, spec, index_only_allowed, false);
        // Without a join column among its keys the two ways are one.
        if !spec.keys.iter().any(|k| a.joins.contains(&k.column)) {
            return once;
        }
        let looped = self.path_cost(a, spec, index_only_allowed, true);
        match (once, looped) {
            (Some(x), Some(y)) => Some(x.min(y)),
            (x, y) => x.or(y),
        }
    }

    fn path_cost(
        &self,
        a: &TableAccess,
        spec: &IndexSpec,
        index_only_allowed: bool,
        through_joins: bool,
    ) -> Option<f64> {
        let rows = self.rows(&a.table);
        let mut sel = 1.0;
        // The share of the table's rows a partial index holds.
        let mut partial_share = 1.0;
        if let Some(p) = &spec.predicate {
            // PostgreSQL uses a partial index only when the query implies its predicate.
            let implied = a.constant.iter().any(|q| {
                q.column == p.column
                    && match p.op {
                        PredicateOp::IsNull | PredicateOp::IsNotNull => q.op == p.op,
                        _ => {
                            q.op == PredicateOp::In && q.values.iter().all(|v| p.values.contains(v))
                        }
                    }
            });
            if !implied {
                return None;
            }
            partial_share = predicate_share(self.schema, &a.table, p).unwrap_or(DEFAULT_EQ_SEL);
            if !spec.keys.iter().any(|k| k.column == p.column) {
                sel *= partial_share;
            }
        }
        let mut matched = 0;
        let mut sorted = a.order_by.is_empty();
        let mut lookups = 1.0;
        // After a key matched with several values, the next keys are ordered
        // only within each value: they serve no ORDER BY or GROUP BY.
        let mut ordered = true;
        // A condition the partial predicate implies is dropped from the
        // scan (PostgreSQL proves it from the index): its key bounds nothing.
        let dropped = spec
            .predicate
            .as_ref()
            .filter(|p| super::candidates::implied_by(a, p))
            .map(|p| p.column.as_str());
        let mut keys = spec.keys.iter().peekable();
        while let Some(k) = keys.peek() {
            if Some(k.column.as_str()) == dropped {
                // The scan still reads only the partial index's entries.
                sel *= partial_share;
                break;
            }
            if a.eq.contains_key(&k.column) {
                sel *= self.eq_sel(a, &k.column);
                ordered &= !a.several.contains(&k.column);
            } else if through_joins && a.joins.contains(&k.column) {
                sel *= eq_selectivity(self.schema, &a.table, &k.column, None)
                    .unwrap_or(DEFAULT_EQ_SEL);
                lookups = self.lookups(a, &k.column);
            } else {
                break;
            }
            matched += 1;
            keys.next();
        }
        let rest = &spec.keys[matched..];
        let groups_in_order = ordered
            && !a.group_by.is_empty()
            && rest.len() >= a.group_by.len()
            && rest[..a.group_by.len()]
                .iter()
                .all(|k| a.group_by.contains(&k.column));
        if let Some(k) = keys.peek() {
            // The keys after the equalities give the ORDER BY's order, also
            // when the first of them is the range (`id > $1 ORDER BY id`).
            if ordered && !a.order_by.is_empty() && order_matches(&a.order_by, &spec.keys[matched..])
            {
                sorted = true;
            }
            if a.range.contains(&k.column) {
                sel *= Self::range_sel(a, &k.column);
                matched += 1;
            }
        }
        let serves_order = sorted && !a.order_by.is_empty();
        if matched == 0 && !serves_order && !groups_in_order && spec.predicate.is_none() {
            return None;
        }
        // Rows still filtered after the index (predicates not in the keys).
        let mut m = rows * sel;
        if sorted {
            if let Some(l) = a.limit {
                // Read in order, the scan stops after LIMIT rows pass the
                // filters the index does not apply: that many over their share.
                let residual = (self.result_rows(a) / self.rows(&a.table).max(1.0) / sel).min(1.0);
                m = m.min(l / residual.max(f64::MIN_POSITIVE));
            }
        }
        m = m.max(1.0);
        let index_only = index_only_allowed
            && a.needed.as_ref().is_some_and(|n| {
            n.iter().all(|c| {
                spec.holds(c)
                    || spec
                        .predicate
                        .as_ref()
                        .is_some_and(|p| &p.column == c && !a.selected.contains(c))
            })
        });
        let entry = self.data_width(&a.table, spec) + 16.0;
        let per_page = (PAGE * 0.9 / entry).max(1.0);
        let pages = self.pages(&a.table);
        let mut c = if lookups > 1.0 {
            // Repeated lookups of a join, as the planner costs a nested
            // loop's inner index scan: a descent each, and the index and
            // heap pages all the lookups touch together, each read once
            // while the relation stays cached (Mackert and Lohman), at the
            // random page cost: at least a leaf page per lookup, however
            // few rows it finds.
            let entries = (rows * partial_share).max(1.0);
            let index_pages = (entries / per_page).max(1.0);
            let height = (index_pages.ln() / per_page.max(2.0).ln()).ceil().max(0.0);
            let descent = (entries.log2().ceil() + (height + 1.0) * 50.0) * CPU_OPERATOR;
            let leaf_pages = cached_pages(lookups * (m / per_page).max(1.0), index_pages);
            let heap_pages = cached_pages(lookups * m, pages);
            let heap = heap_pages
                * RANDOM_PAGE
                * if index_only {
                    1.0 - self.all_visible(&a.table)
                } else {
                    1.0
                };
            lookups * (descent + m * (CPU_INDEX_TUPLE + CPU_TUPLE))
                + leaf_pages * RANDOM_PAGE
                + heap
        } else {
            // As genericcostestimate: index pages at random_page_cost, a tuple cost per entry.
            let mut c = (1.0 + m / per_page) * RANDOM_PAGE + m * (CPU_INDEX_TUPLE + CPU_TUPLE);
            let fetched = m.min(pages) * RANDOM_PAGE;
            c += if index_only {
                fetched * (1.0 - self.all_visible(&a.table))
            } else {
                fetched
            };
            c
        };
        if !sorted {
            c += Self::sort_cost(self.result_rows(a));
        }
        if !groups_in_order {
            c += self.group_cost(a);
        }
        Some(c)
    }

    /// The cheapest way to serve the access among a sequential scan and `indexes`.
    pub(crate) fn best(&self, a: &TableAccess, indexes: &[&IndexSpec]) -> f64 {
        indexes
            .iter()
            .filter(|i| i.table == a.label || i.table == a.table)
            .filter_map(|i| self.index_cost(a, i))
            .fold(self.seq_cost(a), f64::min)
    }
}

/// Whether `keys` start with the ORDER BY columns, all in one direction or exactly as asked.
fn order_matches(order: &[Key], keys: &[Key]) -> bool {
    if keys.len() < order.len() {
        return false;
    }
    let same = order
        .iter()
        .zip(keys)
        .all(|(o, k)| o.column == k.column && o.desc == k.desc);
    let reversed = order
        .iter()
        .zip(keys)
        .all(|(o, k)| o.column == k.column && o.desc != k.desc);
    same || reversed
}

/// The existing plain B-tree indexes of a table, as specs the model can cost.
pub(crate) fn existing(schema: Option<&Schema>, label: &TableRef, t: &TableRef) -> Vec<IndexSpec> {
    let Some(table) = schema.and_then(|s| s.table(t)) else {
        return Vec::new();
    };
    table
        .indexes
        .iter()
        .filter(|i| i.method == "btree" && i.predicate.is_none())
        .map(|i| IndexSpec {
            table: label.clone(),
            keys: i
                .keys
                .iter()
                .map_while(|k| match k {
                    IndexKey::Column { name, desc } => Some(Key {
                        column: name.clone(),
                        desc: *desc,
                    }),
                    IndexKey::Expression { .. } => None,
                })
                .collect(),
            include: i.include.clone(),
            predicate: None,
        })
        .filter(|s| !s.keys.is_empty())
        .collect()
}

#[cfg(test)]
mod parallel_tests {
    use super::parallel_divisor;

    #[test]
    fn large_tables_are_scanned_in_parallel_as_the_planner_plans_it() {
        // Under 8 MB: one process.
        assert_eq!(parallel_divisor(1000.0), None);
        // One worker and the leader (8 MB up to 24 MB).
        assert_eq!(parallel_divisor(2000.0), Some(1.7));
        // Two workers at most (TPC-H's lineitem, 112 503 pages: the planner's 2.4).
        assert!((parallel_divisor(112_503.0).unwrap() - 2.4).abs() < 1e-9);
    }
}
