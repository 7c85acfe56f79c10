//! The denormalization of a read that joins a parent to its children and
//! aggregates them on every request (`SELECT i.*, count(ci.id), sum(CASE WHEN
//! ci.completed THEN 1 ELSE 0 END) FROM implantacoes i LEFT JOIN
//! checklist_items ci ON ci.implantacao_id = i.id GROUP BY i.id`): the cache
//! columns on the parent, the trigger that keeps them right through every
//! child INSERT, UPDATE (a child moving to another parent included), DELETE
//! and TRUNCATE, the backfill, and the read rewritten to use them.
//!
//! Every aggregate becomes sums of per-row contributions, which a trigger can
//! add and subtract exactly: `count(x)` the rows where `x` is not null,
//! `sum(x)` the sum of non-null `x` and how many there were (so a sum over no
//! value stays NULL), `avg(x)` their quotient. `min`/`max` cannot be
//! maintained on delete without a scan, and float sums drift: not offered.
use super::ast::{and_all, bind_constants, conjuncts, is_aggregate, no, parse_query, Unsupported};
use super::fix::{Lock, Role, Step, Transaction};
use super::{object_name, quote_ident, TableRef};
use crate::model::facts::{ident, table_name};
use crate::model::graph::Resolver;
use crate::model::schema::Schema;
use crate::model::stats::ConstantsSeen;
use sqlparser::ast::{
    visit_expressions, visit_expressions_mut, BinaryOperator, Expr, FunctionArg, FunctionArgExpr,
    FunctionArguments, GroupByExpr, Ident, JoinConstraint, JoinOperator, ObjectName, SelectItem,
    SetExpr, TableFactor, Value,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::collections::BTreeMap;
use std::ops::ControlFlow;

/// One maintained sum on the parent: a column and the contribution of one
/// child row, as SQL over the row's columns written `{row}.col`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheColumn {
    pub name: String,
    /// `bigint` or `numeric`.
    pub sql_type: &'static str,
    pub contribution: String,
}

/// The denormalization of one read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Denormalization {
    pub parent: TableRef,
    pub parent_key: String,
    pub child: TableRef,
    pub child_key: String,
    /// The child rows that count (WHERE or ON conditions on the child).
    pub child_filter: Option<String>,
    pub left_join: bool,
    /// The shape of the read it replaces.
    pub read: Read,
    /// The first column counts the child rows that pass the filter.
    pub columns: Vec<CacheColumn>,
    /// The aggregates of the read, as written, with the cache expression that replaces each.
    pub replaced: Vec<(String, String)>,
    pub rewritten: String,
}

/// Numeric kinds a trigger can add and subtract exactly.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Int,
    Numeric,
}

struct Side {
    table: TableRef,
    alias: String,
}

/// Which relation a column reference belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Owner {
    Parent,
    Child,
}

struct Shape<'a> {
    schema: &'a Schema,
    parent: Side,
    child: Side,
}

impl Shape<'_> {
    fn owner(&self, e: &Expr) -> Option<(Owner, String)> {
        let (qualifier, column) = match e {
            Expr::Identifier(i) => (None, ident(i)),
            Expr::CompoundIdentifier(p) if p.len() == 2 => (Some(ident(&p[0])), ident(&p[1])),
            _ => return None,
        };
        let has = |s: &Side| {
            self.schema
                .table(&s.table)
                .is_some_and(|t| t.column(&column).is_some())
        };
        let owner = match qualifier {
            Some(q) if q == self.parent.alias => Owner::Parent,
            Some(q) if q == self.child.alias => Owner::Child,
            Some(_) => return None,
            None => match (has(&self.parent), has(&self.child)) {
                (true, false) => Owner::Parent,
                (false, true) => Owner::Child,
                _ => return None,
            },
        };
        Some((owner, column))
    }

    /// The owners of every column an expression reads (None: a column of neither).
    fn owners(&self, e: &Expr) -> Option<Vec<Owner>> {
        let mut out = Vec::new();
        let mut unknown = false;
        let _ = visit_expressions(e, |x| {
            if matches!(x, Expr::Identifier(_) | Expr::CompoundIdentifier(_)) {
                match self.owner(x) {
                    Some((o, _)) => out.push(o),
                    None => unknown = true,
                }
            }
            ControlFlow::<()>::Continue(())
        });
        (!unknown).then_some(out)
    }

    fn column_kind(&self, column: &str) -> Option<Kind> {
        let ty = self
            .schema
            .table(&self.child.table)?
            .column(column)?
            .data_type
            .to_ascii_lowercase();
        if ["smallint", "int2", "integer", "int4", "int", "serial"]
            .iter()
            .any(|p| ty == *p || ty.starts_with(&format!("{p} ")))
        {
            Some(Kind::Int)
        } else if ty.starts_with("bigint") || ty.starts_with("int8") || ty.starts_with("numeric") {
            Some(Kind::Numeric)
        } else {
            None
        }
    }

    /// The exact numeric kind of a child expression, `None` when a trigger
    /// could not keep its sum exact (floats, unknown functions, parameters).
    fn kind(&self, e: &Expr) -> Option<Kind> {
        let join = |a: Kind, b: Kind| if a == b { a } else { Kind::Numeric };
        match e {
            Expr::Identifier(_) | Expr::CompoundIdentifier(_) => {
                let (o, c) = self.owner(e)?;
                (o == Owner::Child).then_some(())?;
                self.column_kind(&c)
            }
            Expr::Value(v) => match &v.value {
                Value::Number(n, _) if n.contains(['.', 'e', 'E']) => Some(Kind::Numeric),
                Value::Number(..) => Some(Kind::Int),
                _ => None,
            },
            Expr::Nested(x) => self.kind(x),
            Expr::UnaryOp { expr, .. } => self.kind(expr),
            Expr::BinaryOp {
                left,
                op: BinaryOperator::Plus | BinaryOperator::Minus | BinaryOperator::Multiply,
                right,
            } => Some(join(self.kind(left)?, self.kind(right)?)),
            Expr::Case {
                conditions,
                else_result,
                ..
            } => {
                let mut k: Option<Kind> = None;
                let results = conditions
                    .iter()
                    .map(|c| &c.result)
                    .chain(else_result.as_deref());
                for r in results {
                    if matches!(r, Expr::Value(v) if matches!(v.value, Value::Null)) {
                        continue;
                    }
                    let rk = self.kind(r)?;
                    k = Some(k.map_or(rk, |x| join(x, rk)));
                }
                k
            }
            _ => None,
        }
    }

    /// `e` with every child column written `{row}.col` (`NEW.col`, `c.col`).
    fn on_row(&self, e: &Expr, row: &str) -> String {
        let mut e = e.clone();
        let _ = visit_expressions_mut(&mut e, |x| {
            if let Some((Owner::Child, c)) = self.owner(x) {
                *x = Expr::CompoundIdentifier(vec![Ident::new(row), Ident::new(quote_ident(&c))]);
            }
            ControlFlow::<()>::Continue(())
        });
        e.to_string()
    }

    /// `e` with every child column NULL: what it is on the row a LEFT JOIN
    /// makes for a parent without children.
    fn on_null_row(&self, e: &Expr) -> Expr {
        let mut e = e.clone();
        let _ = visit_expressions_mut(&mut e, |x| {
            if let Some((Owner::Child, c)) = self.owner(x) {
                // Typed, so `sum(NULL)` still picks the column's sum.
                let ty = self
                    .schema
                    .table(&self.child.table)
                    .and_then(|t| t.column(&c))
                    .map_or("text".to_owned(), |c| c.data_type.clone());
                if let Ok(null) = Parser::new(&PostgreSqlDialect {})
                    .try_with_sql(&format!("CAST(NULL AS {ty})"))
                    .and_then(|mut p| p.parse_expr())
                {
                    *x = null;
                }
            }
            ControlFlow::<()>::Continue(())
        });
        e
    }
}

fn table_of(f: &TableFactor, r: &Resolver<'_>) -> Result<Side, Unsupported> {
    let TableFactor::Table { name, alias, .. } = f else {
        return Err(no("a relation that is not a table"));
    };
    let tn = table_name(name).ok_or_else(|| no("a table name it cannot read"))?;
    let table = r
        .resolve(&tn)
        .ok_or_else(|| no("a table the schema does not have"))?;
    let alias = alias.as_ref().map_or(tn.name.clone(), |a| ident(&a.name));
    Ok(Side { table, alias })
}

struct Agg {
    name: String,
    arg: Option<Expr>,
    filter: Option<Expr>,
}

fn aggregate(e: &Expr) -> Option<Result<Agg, Unsupported>> {
    let Expr::Function(f) = e else { return None };
    let name = f.name.to_string().to_lowercase();
    if !["count", "sum", "avg"].contains(&name.as_str()) {
        return is_aggregate(&name).then(|| {
            Err(Unsupported(format!(
                "{name}() cannot be maintained by a trigger"
            )))
        });
    }
    let FunctionArguments::List(list) = &f.args else {
        return Some(Err(no("an aggregate without arguments")));
    };
    if list.duplicate_treatment.is_some() || !list.clauses.is_empty() || f.over.is_some() {
        return Some(Err(Unsupported(format!(
            "{name}(DISTINCT …), ordered or window aggregates cannot be maintained by a trigger"
        ))));
    }
    let arg = match list.args.as_slice() {
        [FunctionArg::Unnamed(FunctionArgExpr::Wildcard)] if name == "count" => None,
        [FunctionArg::Unnamed(FunctionArgExpr::Expr(x))] => Some(x.clone()),
        _ => return Some(Err(no("an aggregate with several arguments"))),
    };
    Some(Ok(Agg {
        name,
        arg,
        filter: f.filter.as_deref().cloned(),
    }))
}

/// The denormalization of `sql` (a fingerprint's normalized text; `$n`
/// whose constant never varied are bound to it), or why there is none.
pub fn plan(
    sql: &str,
    schema: &Schema,
    constants: &BTreeMap<u32, ConstantsSeen>,
) -> Result<Denormalization, Unsupported> {
    let query = parse_query(sql, constants)?;
    if let SetExpr::Select(select) = query.body.as_ref() {
        if select.from.len() == 1 && select.from[0].joins.is_empty() {
            let joined = as_join(select, &query, schema)?;
            let query = parse_query(&joined, constants)?;
            return plan_join(query, schema, constants, Read::OneParent);
        }
    }
    plan_join(query, schema, constants, Read::Join)
}

/// The shape of the read a cache replaces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Read {
    /// The parent joined to its children, grouped by the parent.
    Join,
    /// The children of one parent, aggregated (`… FROM child WHERE fk = $1`):
    /// one row, even without children.
    OneParent,
}

/// A single-table aggregate of one parent's children (`SELECT count(ci.id),
/// sum(…) FROM checklist_items ci WHERE ci.implantacao_id = $1 AND …`),
/// the N+1 loop's child, written as the join it stands for: the parent
/// joined to its children, grouped by the parent's key, kept to that parent.
fn as_join(
    select: &sqlparser::ast::Select,
    query: &sqlparser::ast::Query,
    schema: &Schema,
) -> Result<String, Unsupported> {
    let GroupByExpr::Expressions(groups, _) = &select.group_by else {
        return Err(no("GROUP BY ALL"));
    };
    if !groups.is_empty() || select.having.is_some() || select.distinct.is_some() {
        return Err(no("a single-table aggregate grouped"));
    }
    if query.order_by.is_some() || query.limit_clause.is_some() {
        return Err(no("a single-table aggregate with ORDER BY or LIMIT"));
    }
    let r = Resolver::of(Some(schema));
    let child = table_of(&select.from[0].relation, &r)?;
    let table = schema
        .table(&child.table)
        .ok_or_else(|| no("a table the schema does not have"))?;
    let ca = quote_ident(&child.alias);
    // Unqualified child columns, qualified: the join has two tables.
    let qualify = |e: &Expr| {
        let mut e = e.clone();
        let _ = visit_expressions_mut(&mut e, |x| {
            if let Expr::Identifier(i) = x {
                if table.column(&ident(i)).is_some() {
                    *x = Expr::CompoundIdentifier(vec![Ident::new(ca.clone()), i.clone()]);
                }
            }
            ControlFlow::<()>::Continue(())
        });
        e
    };
    let column_of = |e: &Expr| match e {
        Expr::Identifier(i) => Some(ident(i)),
        Expr::CompoundIdentifier(p) if p.len() == 2 && ident(&p[0]) == child.alias => {
            Some(ident(&p[1]))
        }
        _ => None,
    };
    let is_value = |e: &Expr| {
        matches!(e, Expr::Value(_))
            || matches!(e, Expr::Cast { expr, .. } if matches!(**expr, Expr::Value(_)))
    };
    let mut parts = Vec::new();
    if let Some(w) = &select.selection {
        conjuncts(w.clone(), &mut parts);
    }
    // The condition naming the parent: a one-column foreign key (declared,
    // or named for the parent: `implantacao_id` → `implantacoes.id`) equal
    // to a value.
    let mut link = None;
    for (i, e) in parts.iter().enumerate() {
        let Expr::BinaryOp {
            left,
            op: BinaryOperator::Eq,
            right,
        } = e
        else {
            continue;
        };
        let (col, value) = match (column_of(left), column_of(right)) {
            (Some(c), None) if is_value(right) => (c, right),
            (None, Some(c)) if is_value(left) => (c, left),
            _ => continue,
        };
        if let Some(parent) = parent_of(schema, &child.table, table, &col) {
            link = Some((i, col, value.clone(), parent));
            break;
        }
    }
    let Some((at, fk, value, (parent, pk))) = link else {
        return Err(no(
            "no equality of a column naming a parent (a foreign key) to a value",
        ));
    };
    let pa = if child.alias == parent.name {
        "p".to_owned()
    } else {
        quote_ident(&parent.name)
    };
    let projection: Vec<String> = select
        .projection
        .iter()
        .map(|item| match item {
            SelectItem::UnnamedExpr(x) => Ok(qualify(x).to_string()),
            SelectItem::ExprWithAlias { expr, alias } => {
                Ok(format!("{} AS {alias}", qualify(expr)))
            }
            _ => Err(no("a wildcard in a single-table aggregate")),
        })
        .collect::<Result<_, _>>()?;
    let mut conditions = vec![format!("{pa}.{} = {value}", quote_ident(&pk))];
    conditions.extend(
        parts
            .iter()
            .enumerate()
            .filter(|(i, _)| *i != at)
            .map(|(_, e)| qualify(e).to_string()),
    );
    Ok(format!(
        "SELECT {} FROM {} AS {pa} JOIN {} AS {ca} ON {ca}.{} = {pa}.{} WHERE {} GROUP BY {pa}.{}",
        projection.join(", "),
        parent.sql(),
        child.table.sql(),
        quote_ident(&fk),
        quote_ident(&pk),
        conditions.join(" AND "),
        quote_ident(&pk),
    ))
}

/// The parent a child column points at, and the parent's one-column key:
/// by a declared foreign key, else by the column's name when exactly one
/// table of the child's schema fits it.
fn parent_of(
    schema: &Schema,
    child_ref: &TableRef,
    child: &crate::catalog::Table,
    column: &str,
) -> Option<(TableRef, String)> {
    let key_of = |t: &TableRef| {
        schema
            .table(t)?
            .primary_key
            .clone()
            .filter(|k| k.len() == 1)
            .map(|mut k| k.remove(0))
    };
    if let Some(fk) = child
        .foreign_keys
        .iter()
        .find(|fk| fk.columns.len() == 1 && fk.columns[0] == column)
    {
        let pk = key_of(&fk.references)?;
        return (fk.referenced_columns.len() == 1 && fk.referenced_columns[0] == pk)
            .then(|| (fk.references.clone(), pk));
    }
    let stem = crate::model::names::stem_of(column)?;
    let names = crate::model::names::TableNames::of(stem);
    let mut fits = schema
        .tables
        .keys()
        .filter(|t| t.schema == child_ref.schema && names.exactly(&t.name));
    let parent = fits.next()?.clone();
    if fits.next().is_some() {
        return None;
    }
    let pk = key_of(&parent)?;
    (pk == "id").then_some((parent, pk))
}

fn plan_join(
    mut query: Box<sqlparser::ast::Query>,
    schema: &Schema,
    constants: &BTreeMap<u32, ConstantsSeen>,
    read: Read,
) -> Result<Denormalization, Unsupported> {
    let SetExpr::Select(select) = query.body.as_mut() else {
        return Err(no("a set operation"));
    };
    let select = select.as_mut();
    if select.from.len() != 1 || select.from[0].joins.len() != 1 || select.distinct.is_some() {
        return Err(no("not one table joined to one other"));
    }
    let r = Resolver::of(Some(schema));
    let twj = &select.from[0];
    let first = table_of(&twj.relation, &r)?;
    let join = &twj.joins[0];
    let second = table_of(&join.relation, &r)?;
    let (constraint, left_from_first) = match &join.join_operator {
        JoinOperator::Join(c) | JoinOperator::Inner(c) => (c, false),
        JoinOperator::Left(c) | JoinOperator::LeftOuter(c) => (c, true),
        _ => return Err(no("a join other than INNER or LEFT")),
    };
    let JoinConstraint::On(on) = constraint else {
        return Err(no("a join without ON"));
    };
    let mut on_parts = Vec::new();
    conjuncts(on.clone(), &mut on_parts);
    // Which side is the parent: its join column is its one-column primary key.
    let pk = |s: &Side| {
        schema
            .table(&s.table)
            .and_then(|t| t.primary_key.clone())
            .filter(|k| k.len() == 1)
            .map(|k| k[0].clone())
    };
    let mut shape = None;
    let mut parent_is_second = false;
    for (parent, child, left) in [(&first, &second, left_from_first), (&second, &first, false)] {
        let Some(key) = pk(parent) else { continue };
        if left_from_first && std::ptr::eq(parent, &second) {
            return Err(no(
                "a LEFT JOIN from the child to the parent (children without a parent form a group)",
            ));
        }
        let s = Shape {
            schema,
            parent: Side {
                table: parent.table.clone(),
                alias: parent.alias.clone(),
            },
            child: Side {
                table: child.table.clone(),
                alias: child.alias.clone(),
            },
        };
        let link = on_parts.iter().position(|e| match e {
            Expr::BinaryOp {
                left: a,
                op: BinaryOperator::Eq,
                right: b,
            } => {
                let (a, b) = (s.owner(a), s.owner(b));
                matches!((&a, &b), (Some((Owner::Parent, p)), Some((Owner::Child, _))) if *p == key)
                    || matches!((&a, &b), (Some((Owner::Child, _)), Some((Owner::Parent, p))) if *p == key)
            }
            _ => false,
        });
        if link.is_some() && std::ptr::eq(parent, &second) {
            parent_is_second = true;
        }
        if let Some(i) = link {
            let Expr::BinaryOp {
                left: a, right: b, ..
            } = &on_parts[i]
            else {
                continue;
            };
            let fk = [a, b]
                .iter()
                .find_map(|x| s.owner(x).filter(|o| o.0 == Owner::Child))
                .map(|o| o.1);
            if let Some(fk) = fk {
                shape = Some((s, key, fk, i, left));
                break;
            }
        }
    }
    let Some((shape, parent_key, child_key, link, left_join)) = shape else {
        return Err(no(
            "no join of a child column to the other table's one-column primary key",
        ));
    };
    if shape.parent.alias == shape.child.alias {
        return Err(no("a table joined to itself"));
    }
    // Child conditions: the rest of ON (LEFT JOIN keeps childless parents)
    // and WHERE conjuncts on the child only (they make the join inner).
    let mut child_conds: Vec<Expr> = Vec::new();
    for (i, e) in on_parts.into_iter().enumerate() {
        if i == link {
            continue;
        }
        match shape.owners(&e) {
            Some(o) if !o.is_empty() && o.iter().all(|x| *x == Owner::Child) => child_conds.push(e),
            _ => return Err(no("a join condition on more than the child")),
        }
    }
    let mut inner = !left_join;
    let mut parent_where = Vec::new();
    if let Some(w) = select.selection.take() {
        let mut parts = Vec::new();
        conjuncts(w, &mut parts);
        for e in parts {
            match shape.owners(&e) {
                Some(o) if o.iter().all(|x| *x == Owner::Parent) => parent_where.push(e),
                Some(o) if o.iter().all(|x| *x == Owner::Child) => {
                    child_conds.push(e);
                    inner = true;
                }
                _ => return Err(no("a WHERE condition mixing the parent and the child")),
            }
        }
    }
    for e in &mut child_conds {
        if !bind_constants(e, constants) {
            return Err(no(
                "a child condition whose value varies between executions",
            ));
        }
    }
    let filter = and_all(child_conds);
    // GROUP BY: the parent's key, and parent columns only.
    let GroupByExpr::Expressions(groups, mods) = &select.group_by else {
        return Err(no("GROUP BY ALL"));
    };
    if !mods.is_empty() || groups.is_empty() {
        return Err(no("no plain GROUP BY"));
    }
    let mut by_key = false;
    for g in groups {
        match shape.owner(g) {
            Some((Owner::Parent, c)) => by_key |= c == parent_key,
            _ => return Err(no("a GROUP BY on more than the parent's columns")),
        }
    }
    if !by_key {
        return Err(no("a GROUP BY without the parent's primary key"));
    }

    // The aggregates, each as maintained sums.
    let prefix = &shape.child.table.name;
    let row = |e: &Expr| shape.on_row(e, "{row}");
    let wrap = |contribution: String| match &filter {
        Some(f) => format!("CASE WHEN {} THEN {contribution} ELSE 0 END", row(f)),
        None => contribution,
    };
    let mut columns = vec![CacheColumn {
        name: object_name(prefix, &["rows"], "cache"),
        sql_type: "bigint",
        contribution: wrap("1".to_owned()),
    }];
    let rows_col = columns[0].name.clone();
    let p = &shape.parent.alias;
    let mut replaced: Vec<(String, String)> = Vec::new();
    let mut failure: Option<Unsupported> = None;
    let mut column_of = |name: String, sql_type: &'static str, contribution: String| {
        if let Some(c) = columns.iter().find(|c| c.contribution == contribution) {
            return c.name.clone();
        }
        columns.push(CacheColumn {
            name: name.clone(),
            sql_type,
            contribution,
        });
        name
    };
    let mut rewrite = |e: &mut Expr| {
        let Some(agg) = aggregate(e) else { return };
        let agg = match agg {
            Ok(a) => a,
            Err(u) => {
                failure.get_or_insert(u);
                return;
            }
        };
        let varies = [agg.arg.as_ref(), agg.filter.as_ref()]
            .into_iter()
            .flatten()
            .any(|x| x.to_string().contains('$'));
        if varies {
            failure.get_or_insert(no(
                "an aggregate over a value that varies between executions",
            ));
            return;
        }
        let reads_parent = [agg.arg.as_ref(), agg.filter.as_ref()]
            .into_iter()
            .flatten()
            .any(|x| shape.owners(x).is_none_or(|o| o.contains(&Owner::Parent)));
        if reads_parent {
            failure.get_or_insert(no("an aggregate over parent columns"));
            return;
        }
        let k = replaced.len() + 1;
        let counted = |arg: Option<&Expr>| -> String {
            let mut conds = Vec::new();
            if let Some(a) = arg {
                conds.push(format!("({}) IS NOT NULL", row(a)));
            }
            if let Some(f) = &agg.filter {
                conds.push(format!("({})", row(f)));
            }
            if conds.is_empty() {
                "1".to_owned()
            } else {
                format!("CASE WHEN {} THEN 1 ELSE 0 END", conds.join(" AND "))
            }
        };
        let cache = match agg.name.as_str() {
            "count" => {
                let c = counted(agg.arg.as_ref());
                if c == "1" {
                    format!("{p}.{}", quote_ident(&rows_col))
                } else {
                    let n = column_of(
                        object_name(prefix, &["count", &k.to_string()], "cache"),
                        "bigint",
                        wrap(c),
                    );
                    format!("{p}.{}", quote_ident(&n))
                }
            }
            _ => {
                let Some(arg) = &agg.arg else { return };
                let Some(kind) = shape.kind(arg) else {
                    failure.get_or_insert(no("a sum or average of a value whose type cannot be kept exact (float, text, a parameter)"));
                    return;
                };
                let value = match &agg.filter {
                    Some(f) => format!("CASE WHEN {} THEN {} END", row(f), row(arg)),
                    None => row(arg),
                };
                let s = column_of(
                    object_name(prefix, &["sum", &k.to_string()], "cache"),
                    match kind {
                        Kind::Int => "bigint",
                        Kind::Numeric => "numeric",
                    },
                    wrap(format!("COALESCE({value}, 0)")),
                );
                let n = column_of(
                    object_name(prefix, &["count", &k.to_string()], "cache"),
                    "bigint",
                    wrap(counted(Some(arg))),
                );
                let (s, n) = (quote_ident(&s), quote_ident(&n));
                if agg.name == "sum" {
                    format!("CASE WHEN {p}.{n} > 0 THEN {p}.{s} END")
                } else {
                    format!("CASE WHEN {p}.{n} > 0 THEN {p}.{s}::numeric / {p}.{n} END")
                }
            }
        };
        // A parent without children under a LEFT JOIN aggregates one row of NULLs.
        let cache = if inner {
            cache
        } else {
            let null_row = shape.on_null_row(e);
            format!(
                "CASE WHEN {p}.{} = 0 THEN (SELECT {null_row}) ELSE {cache} END",
                quote_ident(&rows_col)
            )
        };
        replaced.push((e.to_string(), cache.clone()));
        match Parser::new(&PostgreSqlDialect {})
            .try_with_sql(&format!("({cache})"))
            .and_then(|mut p| p.parse_expr())
        {
            Ok(x) => *e = x,
            Err(_) => {
                failure.get_or_insert(no("a cache expression it could not build"));
            }
        }
    };
    for item in &mut select.projection {
        if let SelectItem::UnnamedExpr(x) | SelectItem::ExprWithAlias { expr: x, .. } = item {
            let _ = visit_expressions_mut(x, |e| {
                rewrite(e);
                ControlFlow::<()>::Continue(())
            });
        }
    }
    let mut having = select.having.take();
    if let Some(h) = &mut having {
        let _ = visit_expressions_mut(h, |e| {
            rewrite(e);
            ControlFlow::<()>::Continue(())
        });
    }
    if let Some(order) = &mut query.order_by {
        let _ = visit_expressions_mut(order, |e| {
            rewrite(e);
            ControlFlow::<()>::Continue(())
        });
    }
    if let Some(f) = failure {
        return Err(f);
    }
    if replaced.is_empty() {
        return Err(no("no aggregate of the child"));
    }
    let SetExpr::Select(select) = query.body.as_mut() else {
        return Err(no("a set operation"));
    };
    // Nothing may still read the child: its columns outside aggregates.
    let mut leftover = false;
    for item in &select.projection {
        match item {
            SelectItem::UnnamedExpr(x) | SelectItem::ExprWithAlias { expr: x, .. } => {
                if shape.owners(x).is_none_or(|o| o.contains(&Owner::Child)) {
                    leftover = true;
                }
            }
            SelectItem::QualifiedWildcard(..) => {
                if select_item_is_child(item, &shape) {
                    leftover = true;
                }
            }
            _ => leftover = true,
        }
    }
    if leftover {
        return Err(no("child columns returned outside aggregates"));
    }
    let mut where_parts = parent_where;
    // One parent's children aggregate to one row even when there are none:
    // the parent's row stays, its caches give what an empty set gives.
    if inner && read == Read::Join {
        where_parts.push(
            Parser::new(&PostgreSqlDialect {})
                .try_with_sql(&format!("{p}.{} > 0", quote_ident(&rows_col)))
                .and_then(|mut x| x.parse_expr())
                .map_err(|_| no("a cache expression it could not build"))?,
        );
    }
    if let Some(h) = having {
        where_parts.push(h);
    }
    select.selection = and_all(where_parts);
    if parent_is_second {
        select.from[0].relation = select.from[0].joins[0].relation.clone();
    }
    select.from[0].joins.clear();
    select.group_by = GroupByExpr::Expressions(Vec::new(), Vec::new());
    // The parent keeps its alias, so every reference still reads.
    if let TableFactor::Table { name, .. } = &mut select.from[0].relation {
        *name = ObjectName::from(vec![
            Ident::new(quote_ident(&shape.parent.table.schema)),
            Ident::new(quote_ident(&shape.parent.table.name)),
        ]);
    }
    // An unaliased parent's columns read `parent.col`: still valid with the qualified name.
    let rewritten = query.to_string();
    Ok(Denormalization {
        parent: shape.parent.table.clone(),
        parent_key,
        child: shape.child.table.clone(),
        child_key,
        child_filter: filter.as_ref().map(|f| shape.on_row(f, "c")),
        left_join: !inner,
        read,
        columns,
        replaced,
        rewritten,
    })
}

fn select_item_is_child(item: &SelectItem, shape: &Shape<'_>) -> bool {
    match item {
        SelectItem::QualifiedWildcard(kind, _) => {
            let t = kind.to_string().to_lowercase();
            t == shape.child.alias || t.ends_with(&format!(".{}", shape.child.alias))
        }
        _ => false,
    }
}

impl Denormalization {
    fn trigger_name(&self) -> String {
        object_name(&self.child.name, &[&self.parent.name], "cache_sync")
    }

    /// One piece of SQL per cache column (its quoted name and its
    /// contribution on `row`), comma-separated.
    fn each(&self, row: &str, f: impl Fn(&str, &str) -> String) -> String {
        self.columns
            .iter()
            .map(|c| f(&quote_ident(&c.name), &c.contribution.replace("{row}", row)))
            .collect::<Vec<_>>()
            .join(", ")
    }

    /// The migration: cache columns, trigger function, then in one
    /// transaction that holds the child's writes off (so none slips between
    /// the trigger and the backfill) the triggers and the backfill.
    pub fn steps(&self) -> Vec<Step> {
        let parent = self.parent.sql();
        let child = self.child.sql();
        let key = quote_ident(&self.parent_key);
        let fk = quote_ident(&self.child_key);
        let function = format!(
            "{}.{}",
            quote_ident(&self.child.schema),
            quote_ident(&self.trigger_name())
        );
        let add = self
            .columns
            .iter()
            .map(|c| {
                format!(
                    "ADD COLUMN IF NOT EXISTS {} {} NOT NULL DEFAULT 0",
                    quote_ident(&c.name),
                    c.sql_type
                )
            })
            .collect::<Vec<_>>()
            .join(", ");
        let zero = self.each("", |n, _| format!("{n} = 0"));
        let body = format!(
            "CREATE OR REPLACE FUNCTION {function}() RETURNS trigger LANGUAGE plpgsql AS $pgadvisor$\n\
             BEGIN\n\
             \x20 IF TG_OP = 'TRUNCATE' THEN\n\
             \x20   UPDATE {parent} SET {zero};\n\
             \x20   RETURN NULL;\n\
             \x20 END IF;\n\
             \x20 -- An UPDATE takes the old row from its parent and adds the new one to its (maybe other) parent.\n\
             \x20 IF TG_OP IN ('UPDATE', 'DELETE') THEN\n\
             \x20   UPDATE {parent} SET {minus} WHERE {key} = OLD.{fk};\n\
             \x20 END IF;\n\
             \x20 IF TG_OP IN ('INSERT', 'UPDATE') THEN\n\
             \x20   UPDATE {parent} SET {plus} WHERE {key} = NEW.{fk};\n\
             \x20 END IF;\n\
             \x20 RETURN NULL;\n\
             END\n\
             $pgadvisor$;",
            minus = self.each("OLD", |n, v| format!("{n} = {n} - ({v})")),
            plus = self.each("NEW", |n, v| format!("{n} = {n} + ({v})")),
        );
        let trigger = quote_ident(&self.trigger_name());
        let truncate = quote_ident(&object_name(
            &self.child.name,
            &[&self.parent.name],
            "cache_truncate",
        ));
        let sums = self.each("c", |n, v| format!("sum({v}) AS {n}"));
        let set = self.each("", |n, _| format!("{n} = COALESCE(a.{n}, 0)"));
        let old = self.each("", |n, _| format!("p.{n}"));
        let new = self.each("", |n, _| format!("COALESCE(a.{n}, 0)"));
        let inside = |role: Role, lock: Lock, on: &TableRef, sql: String| {
            Step::new(role, sql)
                .locks(on, lock)
                .in_transaction(Transaction::Inside)
        };
        vec![
            super::lock_timeout(5),
            // A new column with a constant default is not a rewrite: the
            // lock is held for a moment, behind lock_timeout.
            Step::new(Role::AddColumn, format!("ALTER TABLE {parent} {add};"))
                .locks(&self.parent, Lock::AccessExclusive),
            Step::new(Role::CreateFunction, body),
            Step::new(Role::Transaction, "BEGIN;".to_owned()).in_transaction(Transaction::Opens),
            inside(
                Role::Transaction,
                Lock::ShareRowExclusive,
                &self.child,
                format!("LOCK TABLE {child} IN SHARE ROW EXCLUSIVE MODE;"),
            ),
            inside(
                Role::CreateTrigger,
                Lock::ShareRowExclusive,
                &self.child,
                format!(
                    "CREATE OR REPLACE TRIGGER {trigger} AFTER INSERT OR UPDATE OR DELETE ON {child} \
                     FOR EACH ROW EXECUTE FUNCTION {function}();"
                ),
            ),
            inside(
                Role::CreateTrigger,
                Lock::ShareRowExclusive,
                &self.child,
                format!(
                    "CREATE OR REPLACE TRIGGER {truncate} AFTER TRUNCATE ON {child} \
                     FOR EACH STATEMENT EXECUTE FUNCTION {function}();"
                ),
            ),
            inside(
                Role::Backfill,
                Lock::RowExclusive,
                &self.parent,
                format!(
                    "UPDATE {parent} AS p SET {set} FROM {parent} AS q \
                     LEFT JOIN (SELECT c.{fk} AS key, {sums} FROM {child} AS c WHERE c.{fk} IS NOT NULL GROUP BY c.{fk}) AS a \
                     ON a.key = q.{key} WHERE p.{key} = q.{key} AND ({old}) IS DISTINCT FROM ({new});"
                ),
            ),
            Step::new(Role::Transaction, "COMMIT;".to_owned()).in_transaction(Transaction::Closes),
        ]
    }
}
