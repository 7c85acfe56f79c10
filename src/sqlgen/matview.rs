//! The materialized view that serves every execution of an aggregate read
//! (`SELECT status, count(*) FROM orders WHERE account_id = $1 GROUP BY
//! status`): parameters compared for equality in `WHERE` become grouping
//! columns, so one view holds the answer for every value and the read
//! becomes a lookup (`SELECT status, count FROM mv WHERE account_id = $1`).
//!
//! The view is a copy that a refresh renews: it is exact right after a
//! `REFRESH … CONCURRENTLY` and stale by at most the refresh interval, which
//! the finding states; a clock function (`now()`) in it is the refresh's
//! time. Refused when a copy could not answer: values of the session or
//! the call (`random()`, `current_user`), parameters outside an equality on
//! a column (`created_at >= $1` is a range the view cannot pre-group),
//! window functions.
use super::ast::{and_all, conjuncts, is_aggregate, no, parse_query, Unsupported};
use super::fix::{Lock, Role, Step};
use super::{ident_list, object_name, quote_ident, TableRef};
use crate::model::facts::{ident, table_name};
use crate::model::graph::Resolver;
use crate::model::schema::Schema;
use crate::model::stats::ConstantsSeen;
use sqlparser::ast::{
    visit_expressions, visit_expressions_mut, BinaryOperator, Expr, GroupByExpr, Ident,
    OrderByKind, Query, SelectItem, SetExpr, TableFactor, Value,
};
use std::collections::{BTreeMap, BTreeSet};
use std::ops::ControlFlow;

/// The alias the rewritten read gives the view.
const V: &str = "v";

/// The clock: a copy evaluates them at its refresh, so a rolling window
/// (`created_at >= now() - interval '12 months'`) is as of the last refresh,
/// which is the staleness the finding states anyway.
const CLOCK: &[&str] = &[
    "now",
    "current_date",
    "current_time",
    "current_timestamp",
    "localtime",
    "localtimestamp",
    "statement_timestamp",
    "transaction_timestamp",
];

/// Functions whose value depends on the session or the call: a stored copy
/// would give every session the refresh's answer.
const OF_THE_SESSION: &[&str] = &[
    "clock_timestamp",
    "timeofday",
    "random",
    "gen_random_uuid",
    "nextval",
    "currval",
    "current_user",
    "session_user",
    "current_setting",
    "txid_current",
];

/// A materialized view and the read rewritten to use it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MatView {
    /// The clock function the read calls (`now`): in the view it is the
    /// refresh's time.
    pub clock: Option<String>,
    /// The first table of the read's FROM: the one the finding is about.
    pub source: TableRef,
    pub view: TableRef,
    /// The view's `SELECT`.
    pub definition: String,
    /// Its grouping columns: the unique index `REFRESH … CONCURRENTLY` needs.
    pub key: Vec<String>,
    /// `$n` of the read and the view column it now selects on.
    pub parameters: Vec<(String, String)>,
    pub rewritten: String,
}

impl MatView {
    /// The view, filled at once (its tables are only read).
    pub fn create(&self) -> Step {
        let sql = format!(
            "CREATE MATERIALIZED VIEW IF NOT EXISTS {} AS\n{}\nWITH DATA;",
            self.view.sql(),
            self.definition
        );
        Step::new(Role::CreateView, sql)
            .locks(&self.view, Lock::AccessExclusive)
            .created_here()
    }

    /// Gives the view another name in its schema (two reads that would make
    /// views of the same name), and the rewritten read follows.
    pub fn rename(&mut self, name: &str) {
        let renamed = TableRef::new(&self.view.schema, name);
        self.rewritten = self.rewritten.replace(&self.view.sql(), &renamed.sql());
        self.view = renamed;
    }

    /// The view's name and `_key`: its columns are in the view's name already.
    pub fn index_name(&self) -> String {
        object_name(&self.view.name, &[] as &[&str], "key")
    }

    /// The unique index `REFRESH … CONCURRENTLY` needs, on the view just created.
    pub fn unique_index(&self) -> Step {
        let sql = format!(
            "CREATE UNIQUE INDEX IF NOT EXISTS {} ON {} ({});",
            quote_ident(&self.index_name()),
            self.view.sql(),
            ident_list(&self.key)
        );
        Step::new(Role::IndexNewObject, sql)
            .locks(&self.view, Lock::Share)
            .created_here()
    }

    /// Renews the copy without blocking its readers.
    pub fn refresh(&self) -> String {
        format!(
            "REFRESH MATERIALIZED VIEW CONCURRENTLY {};",
            self.view.sql()
        )
    }

    /// The `pg_cron` job running the refresh every `minutes`.
    pub fn cron(&self, minutes: u32) -> Step {
        let schedule = match minutes {
            m if m < 60 => format!("*/{m} * * * *"),
            m if m < 1440 => format!("0 */{} * * *", m / 60),
            _ => "0 3 * * *".to_owned(),
        };
        let sql = format!(
            "SELECT cron.schedule({}, {}, {});",
            super::quote_literal(&format!("refresh {}", self.view)),
            super::quote_literal(&schedule),
            super::quote_literal(&self.refresh())
        );
        Step::new(Role::Schedule, sql)
    }
}

/// The name PostgreSQL gives an unaliased output column.
/// A view's name people read and say: `progress_by_user_mv`,
/// `vendas_by_loja_mv`. The table, then at most two grouping columns
/// without their `id` affixes (`loja_id`, `id_usuario`); grouped by the
/// table's own `id`, a view is per row and says only that.
fn view_name(table: &str, key: &[String]) -> String {
    let mut words: Vec<&str> = Vec::new();
    if key.iter().any(|k| k == "id") {
        words.push("id");
    } else {
        for k in key {
            let w = k
                .strip_suffix("_id")
                .or_else(|| k.strip_prefix("id_"))
                .filter(|w| !w.is_empty())
                .unwrap_or(k);
            if !words.contains(&w) && words.len() < 2 {
                words.push(w);
            }
        }
    }
    if words.is_empty() {
        return object_name(table, &words, "mv");
    }
    object_name(&format!("{table}_by"), &words, "mv")
}

fn figure_name(e: &Expr) -> Option<String> {
    match e {
        Expr::Identifier(i) => Some(ident(i)),
        Expr::CompoundIdentifier(p) => p.last().map(ident),
        Expr::Function(f) => f.name.0.last().map(|p| p.to_string().to_lowercase()),
        Expr::Cast { expr, .. } | Expr::Nested(expr) => figure_name(expr),
        Expr::Case { .. } => Some("case".to_owned()),
        _ => None,
    }
}

fn placeholders<V: sqlparser::ast::Visit>(e: &V) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    let _ = visit_expressions(e, |x| {
        if let Expr::Value(v) = x {
            if let Value::Placeholder(p) = &v.value {
                out.insert(p.clone());
            }
        }
        ControlFlow::<()>::Continue(())
    });
    out
}

fn has_aggregate<V: sqlparser::ast::Visit>(e: &V) -> bool {
    let mut found = false;
    let _ = visit_expressions(e, |x| {
        if let Expr::Function(f) = x {
            found |= f.over.is_none() && is_aggregate(&f.name.to_string().to_lowercase());
        }
        ControlFlow::<()>::Continue(())
    });
    found
}

fn has_window(q: &Query) -> bool {
    let mut found = false;
    let _ = visit_expressions(q, |x| {
        if let Expr::Function(f) = x {
            found |= f.over.is_some();
        }
        ControlFlow::<()>::Continue(())
    });
    found
}

fn calls_any(q: &Query, names: &[&str]) -> Option<String> {
    let mut found = None;
    let _ = visit_expressions(q, |x| {
        let name = match x {
            Expr::Function(f) => f.name.to_string().to_lowercase(),
            Expr::Identifier(i) if i.quote_style.is_none() => i.value.to_lowercase(),
            _ => return ControlFlow::Continue(()),
        };
        if names.contains(&name.as_str()) {
            found = Some(name);
            return ControlFlow::Break(());
        }
        ControlFlow::Continue(())
    });
    found
}

/// `column = $n` (either way round): the column and the placeholder.
fn equality_on_parameter(e: &Expr) -> Option<(Expr, String)> {
    let Expr::BinaryOp {
        left,
        op: BinaryOperator::Eq,
        right,
    } = e
    else {
        return None;
    };
    let param = |x: &Expr| match x {
        Expr::Value(v) => match &v.value {
            Value::Placeholder(p) => Some(p.clone()),
            _ => None,
        },
        _ => None,
    };
    let column = |x: &Expr| matches!(x, Expr::Identifier(_) | Expr::CompoundIdentifier(_));
    match (column(left), param(right), column(right), param(left)) {
        (true, Some(p), _, _) => Some((left.as_ref().clone(), p)),
        (_, _, true, Some(p)) => Some((right.as_ref().clone(), p)),
        _ => None,
    }
}

/// View column names, unique and plain.
#[derive(Default)]
struct Names(BTreeSet<String>);

impl Names {
    fn take(&mut self, wanted: Option<&str>, fallback: &str) -> String {
        let base = wanted
            .filter(|w| !w.is_empty() && *w != "?column?")
            .map_or_else(|| fallback.to_owned(), str::to_owned);
        let mut name = base.clone();
        let mut k = 2;
        while self.0.contains(&name) {
            name = format!("{base}_{k}");
            k += 1;
        }
        self.0.insert(name.clone());
        name
    }
}

fn view_column(col: &str) -> Expr {
    Expr::CompoundIdentifier(vec![Ident::new(V), Ident::new(quote_ident(col))])
}

/// `e` with every grouping expression replaced by its view column; None
/// when a column of the tables remains (the condition is not on groups).
fn on_groups(e: &Expr, groups: &BTreeMap<String, String>) -> Option<Expr> {
    let mut e = e.clone();
    let _ = visit_expressions_mut(&mut e, |x| {
        if let Some(col) = groups.get(&x.to_string()) {
            *x = view_column(col);
        }
        ControlFlow::<()>::Continue(())
    });
    let mut stray = false;
    let _ = visit_expressions(&e, |x| {
        match x {
            Expr::Identifier(_) => stray = true,
            Expr::CompoundIdentifier(p) => stray |= p.first().is_none_or(|q| q.value != V),
            _ => {}
        }
        ControlFlow::<()>::Continue(())
    });
    (!stray).then_some(e)
}

/// The materialized view serving `sql` (a fingerprint's normalized text;
/// `$n` whose constant never varied are bound to it), or why there is none.
pub fn plan(
    sql: &str,
    schema: &Schema,
    constants: &BTreeMap<u32, ConstantsSeen>,
) -> Result<MatView, Unsupported> {
    let mut query = parse_query(sql, constants)?;
    if query.fetch.is_some() || !query.locks.is_empty() {
        return Err(no("FETCH or FOR UPDATE"));
    }
    if let Some(f) = calls_any(&query, OF_THE_SESSION) {
        return Err(Unsupported(format!(
            "{f}() changes with the session or the call: a stored copy would give every read the refresh's"
        )));
    }
    let clock = calls_any(&query, CLOCK);
    if has_window(&query) {
        return Err(no(
            "a window function (it would run over every group, not the read's)",
        ));
    }
    let order_by = query.order_by.take();
    let limit = query.limit_clause.take();
    let SetExpr::Select(select) = query.body.as_mut() else {
        return Err(no("a set operation"));
    };
    let select = select.as_mut();
    if select.distinct.is_some() || select.into.is_some() || select.from.is_empty() {
        return Err(no("DISTINCT, INTO or no FROM"));
    }
    let r = Resolver::of(Some(schema));
    let TableFactor::Table { name, .. } = &select.from[0].relation else {
        return Err(no("a first relation that is not a table"));
    };
    let first = table_name(name)
        .and_then(|t| r.resolve(&t))
        .ok_or_else(|| no("a table the schema does not have"))?;
    // The read's outputs.
    let mut outputs: Vec<(Expr, Option<String>)> = Vec::new();
    for item in &select.projection {
        match item {
            SelectItem::UnnamedExpr(e) => outputs.push((e.clone(), None)),
            SelectItem::ExprWithAlias { expr, alias } => {
                outputs.push((expr.clone(), Some(ident(alias))))
            }
            _ => return Err(no("SELECT * in an aggregate read")),
        }
    }
    if !has_aggregate(&select.projection) {
        return Err(no("no aggregate"));
    }
    if !placeholders(&select.projection).is_empty()
        || select
            .having
            .as_ref()
            .is_some_and(|h| !placeholders(h).is_empty())
        || !placeholders(&select.from).is_empty()
    {
        return Err(no(
            "a parameter outside WHERE (in the select list, HAVING or a join)",
        ));
    }
    let GroupByExpr::Expressions(mut groups, mods) = select.group_by.clone() else {
        return Err(no("GROUP BY ALL"));
    };
    if !mods.is_empty() {
        return Err(no("ROLLUP, CUBE or GROUPING SETS"));
    }
    // `GROUP BY 1` names an output.
    for g in &mut groups {
        if let Expr::Value(v) = g {
            if let Value::Number(n, _) = &v.value {
                let i: usize = n.parse().map_err(|_| no("a GROUP BY position"))?;
                *g = outputs
                    .get(i.wrapping_sub(1))
                    .ok_or_else(|| no("a GROUP BY position"))?
                    .0
                    .clone();
            }
        }
    }
    let grouped_originally = !groups.is_empty();
    // WHERE: equalities on a parameter become grouping columns; other
    // conditions with a parameter must be on grouping columns, applied to
    // the view; the rest stays in the view.
    let mut kept = Vec::new();
    let mut on_params: Vec<(Expr, String)> = Vec::new();
    let mut moved = Vec::new();
    if let Some(w) = select.selection.take() {
        let mut parts = Vec::new();
        conjuncts(w, &mut parts);
        for e in parts {
            if placeholders(&e).is_empty() {
                kept.push(e);
            } else if let Some(p) = equality_on_parameter(&e) {
                on_params.push(p);
            } else {
                moved.push(e);
            }
        }
    }
    for (col, _) in &on_params {
        if !groups.iter().any(|g| g.to_string() == col.to_string()) {
            groups.push(col.clone());
        }
    }
    if groups.is_empty() {
        return Err(no(
            "one row for all the data and no parameter: nothing to key the view on",
        ));
    }
    if !grouped_originally
        && (select.having.is_some()
            || outputs.iter().any(|(e, _)| {
                !matches!(e, Expr::Function(f) if is_aggregate(&f.name.to_string().to_lowercase()))
            }))
    {
        return Err(no(
            "an ungrouped read with HAVING or expressions over its aggregates (its empty result cannot be told)",
        ));
    }
    // View columns: the outputs, then grouping expressions not output.
    let mut names = Names::default();
    let mut columns: Vec<(Expr, String)> = Vec::new();
    let mut out_cols = Vec::new();
    for (i, (e, alias)) in outputs.iter().enumerate() {
        let pg_name = alias.clone().or_else(|| figure_name(e));
        let col = names.take(pg_name.as_deref(), &format!("col_{}", i + 1));
        columns.push((e.clone(), col.clone()));
        out_cols.push((col, pg_name.unwrap_or_else(|| "?column?".to_owned())));
    }
    let mut group_cols: BTreeMap<String, String> = BTreeMap::new();
    let mut key = Vec::new();
    for (k, g) in groups.iter().enumerate() {
        let text = g.to_string();
        let col = match columns.iter().find(|(e, _)| e.to_string() == text) {
            Some((_, c)) => c.clone(),
            None => {
                let c = names.take(figure_name(g).as_deref(), &format!("group_{}", k + 1));
                columns.push((g.clone(), c.clone()));
                c
            }
        };
        if !key.contains(&col) {
            key.push(col.clone());
        }
        group_cols.insert(text, col);
    }
    // A bare column may stand for a qualified grouping expression of the same name.
    let mut by_last: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for g in &groups {
        if let (Expr::CompoundIdentifier(p), Some(col)) = (g, group_cols.get(&g.to_string())) {
            if let Some(l) = p.last() {
                by_last.entry(ident(l)).or_default().push(col.clone());
            }
        }
    }
    let mut lookup = group_cols.clone();
    for (name, cols) in by_last {
        if cols.len() == 1 {
            lookup.entry(name).or_insert_with(|| cols[0].clone());
        }
    }
    // The read on the view.
    let mut conditions = Vec::new();
    let mut parameters = Vec::new();
    for (col, p) in &on_params {
        let vc = &group_cols[&col.to_string()];
        conditions.push(format!("{} = {p}", view_column(vc)));
        parameters.push((p.clone(), vc.clone()));
    }
    for e in &moved {
        let mapped = on_groups(e, &lookup).ok_or_else(|| {
            no("a condition with a parameter on a column that is not grouped (a range or a list the view cannot pre-group)")
        })?;
        conditions.push(mapped.to_string());
    }
    let mut order = Vec::new();
    if let Some(ob) = &order_by {
        let OrderByKind::Expressions(items) = &ob.kind else {
            return Err(no("ORDER BY ALL"));
        };
        for (k, o) in items.iter().enumerate() {
            let text = o.expr.to_string();
            let col = match &o.expr {
                Expr::Identifier(i) if out_cols.iter().any(|(_, n)| *n == ident(i)) => out_cols
                    .iter()
                    .find(|(_, n)| *n == ident(i))
                    .map(|(c, _)| c.clone()),
                Expr::Value(v) if matches!(v.value, Value::Number(..)) => {
                    let Value::Number(n, _) = &v.value else {
                        unreachable!()
                    };
                    n.parse::<usize>()
                        .ok()
                        .and_then(|i| out_cols.get(i.wrapping_sub(1)))
                        .map(|(c, _)| c.clone())
                }
                _ => None,
            }
            .or_else(|| {
                columns
                    .iter()
                    .find(|(e, _)| e.to_string() == text)
                    .map(|(_, c)| c.clone())
            })
            .or_else(|| lookup.get(&text).cloned());
            let col = match col {
                Some(c) => c,
                None if has_aggregate(&o.expr) && placeholders(&o.expr).is_empty() => {
                    let c = names.take(None, &format!("order_{}", k + 1));
                    columns.push((o.expr.clone(), c.clone()));
                    c
                }
                None => return Err(no("an ORDER BY it cannot map onto the view")),
            };
            let mut item = o.clone();
            item.expr = view_column(&col);
            order.push(item.to_string());
        }
    }
    // The view's definition.
    select.selection = and_all(kept);
    select.group_by = GroupByExpr::Expressions(groups, Vec::new());
    select.projection = columns
        .iter()
        .map(|(e, c)| SelectItem::ExprWithAlias {
            expr: e.clone(),
            alias: Ident::new(quote_ident(c)),
        })
        .collect();
    let definition = query.to_string();
    let view = TableRef::new(&first.schema, &view_name(&first.name, &key));
    let select_list = out_cols
        .iter()
        .map(|(c, n)| {
            let col = view_column(c).to_string();
            let read = if grouped_originally {
                col
            } else if columns
                .iter()
                .any(|(e, cc)| cc == c && e.to_string().to_lowercase().starts_with("count("))
            {
                format!("coalesce({col}, 0)")
            } else {
                col
            };
            if *c == *n && grouped_originally {
                read
            } else {
                format!("{read} AS {}", quote_ident(n))
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut rewritten = if grouped_originally {
        let mut s = format!("SELECT {select_list} FROM {} AS {V}", view.sql());
        if !conditions.is_empty() {
            s.push_str(&format!(" WHERE {}", conditions.join(" AND ")));
        }
        s
    } else {
        // One row even when nothing matches, as the aggregate read returns.
        format!(
            "SELECT {select_list} FROM (VALUES (1)) AS one LEFT JOIN {} AS {V} ON {}",
            view.sql(),
            conditions.join(" AND ")
        )
    };
    if !order.is_empty() {
        rewritten.push_str(&format!(" ORDER BY {}", order.join(", ")));
    }
    if let Some(l) = limit {
        rewritten.push_str(&format!(" {l}"));
    }
    Ok(MatView {
        clock,
        source: first.clone(),
        view,
        definition,
        key,
        parameters,
        rewritten,
    })
}

#[cfg(test)]
mod tests {
    use super::view_name;

    #[test]
    fn view_names_are_short_and_read_as_said() {
        let name = |t: &str, k: &[&str]| {
            let key: Vec<String> = k.iter().map(|s| s.to_string()).collect();
            view_name(t, &key)
        };
        assert_eq!(name("progress", &["user_id"]), "progress_by_user_mv");
        assert_eq!(name("vendas", &["loja_id"]), "vendas_by_loja_mv");
        assert_eq!(
            name("implantacoes", &["id_usuario_cs"]),
            "implantacoes_by_usuario_cs_mv"
        );
        assert_eq!(
            name("campaigns", &["id", "name", "account_id"]),
            "campaigns_by_id_mv"
        );
        assert_eq!(name("activity_log", &["day"]), "activity_log_by_day_mv");
        assert_eq!(
            name("pedidos", &["loja_id", "status", "canal"]),
            "pedidos_by_loja_status_mv"
        );
        assert_eq!(name("totais", &[]), "totais_mv");
        let long = name(&"tabela_de_pedidos_".repeat(5), &["cliente_id"]);
        assert!(long.len() <= 63 && long.ends_with("_mv"), "{long}");
    }
}
