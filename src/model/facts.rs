//! Query facts: for every table a statement touches, which columns it
//! filters (and how), joins, sorts, groups, selects and writes.
//!
//! The rest of the model sees only the plain types below, not sqlparser's
//! AST (which changes between versions). Outside the model, the SQL
//! builders (`sqlgen::ast`, views and caches rewrite a query's AST), the
//! schema dump reader and the lexer use sqlparser too. The
//! walk is by hand, clause by clause, because the visitor API does not say
//! which clause an expression came from. Aliases and CTE names are resolved
//! per scope; subqueries and UNION branches are walked with their own scope
//! (correlated references reach the outer ones).
use serde::{Deserialize, Serialize};
use sqlparser::ast::{
    BinaryOperator, Expr, FromTable, FunctionArg, FunctionArgExpr, FunctionArguments, GroupByExpr,
    JoinConstraint, JoinOperator, LimitClause, ObjectName, OrderByExpr, OrderByKind, Query, Select,
    SelectItem, SetExpr, Statement, TableFactor, TableObject, TableWithJoins, UnaryOperator, Value,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::collections::{BTreeMap, BTreeSet};

/// A table as the query names it (schema only when written).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct TableName {
    pub schema: Option<String>,
    pub name: String,
}

impl TableName {
    /// A system catalog (`pg_class`, `information_schema.columns`): drivers,
    /// ORMs' introspection and monitoring read them, and no advice applies.
    pub fn is_catalog(&self) -> bool {
        match self.schema.as_deref() {
            Some(s) => s == "pg_catalog" || s == "information_schema",
            None => self.name.starts_with("pg_") || self.name == "information_schema",
        }
    }
}

impl QueryFacts {
    /// Forgets the system catalogs the statement reads: no rule advises on them.
    pub fn without_catalogs(mut self) -> Self {
        self.tables.retain(|t, _| !t.is_catalog());
        self.joins
            .retain(|j| !j.left.table.is_catalog() && !j.right.table.is_catalog());
        self
    }
}

impl std::fmt::Display for TableName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.schema {
            Some(s) => write!(f, "{s}.{}", self.name),
            None => write!(f, "{}", self.name),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PredicateOp {
    Eq,
    Range,
    In,
    IsNull,
    IsNotNull,
    LikePrefix,
    NotEq,
}

/// The other side of a predicate.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Operand {
    /// `$n`.
    Param(u32),
    /// A constant, as written (strings without quotes).
    Const(String),
    /// Anything else (a function of the row, a subquery …).
    Expr,
}

/// One side of a range on a column (`created_at >= now() - INTERVAL '7 days'`
/// is a lower bound 7 days ago): what a read asks for in time.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Bound {
    pub column: String,
    /// `>` or `>=` (else `<` or `<=`).
    pub lower: bool,
    pub value: BoundValue,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BoundValue {
    /// A clock function (`now()`, `current_date` …) less an interval: the
    /// operand is the interval (`'7 days'`, `$2`), or a number of days.
    Ago(Operand),
    /// A point in time: a constant or `$n` (through casts).
    At(Operand),
    /// `to_timestamp(x)`: seconds since 1970.
    Epoch(Operand),
    /// A clock function alone: the statement's own time.
    Now,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Predicate {
    pub column: String,
    pub op: PredicateOp,
    pub values: Vec<Operand>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct ColumnRef {
    pub table: TableName,
    pub column: String,
}

/// `a.x = b.y` between two tables.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct JoinPredicate {
    pub left: ColumnRef,
    pub right: ColumnRef,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct OrderKey {
    pub column: String,
    pub desc: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub struct Aggregate {
    pub function: String,
    /// The aggregated column, `None` for `count(*)` or expressions.
    pub column: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Access {
    Read,
    Insert,
    Update,
    Delete,
}

/// What one statement does with one table.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TableFacts {
    pub access: BTreeSet<Access>,
    pub predicates: BTreeSet<Predicate>,
    pub order_by: Vec<OrderKey>,
    pub group_by: Vec<String>,
    /// The columns of a GROUP BY that names this table's columns only: an
    /// index on them can feed the whole grouping (empty when the grouping
    /// also spans other tables).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub grouped_alone: Vec<String>,
    pub selected: BTreeSet<String>,
    pub select_star: bool,
    pub aggregates: BTreeSet<Aggregate>,
    /// Columns written by INSERT (listed) or UPDATE (SET).
    pub written: BTreeSet<String>,
    /// The ends of the ranges its predicates ask for, where they can be read.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub bounds: BTreeSet<Bound>,
}

/// Everything the advisor knows about one statement.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct QueryFacts {
    pub tables: BTreeMap<TableName, TableFacts>,
    pub joins: BTreeSet<JoinPredicate>,
    /// `LIMIT` as written (`$3`, `20`).
    pub limit: Option<String>,
    /// Columns whose table could not be told apart (more than one table in scope).
    pub unresolved_columns: BTreeSet<String>,
    /// The values each `$k` placeholder took in the workload, when known.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub constants: BTreeMap<u32, crate::model::stats::ConstantsSeen>,
}

impl QueryFacts {
    /// The constants seen for an operand: its own value, or the values its placeholder took.
    pub fn values_of(&self, o: &Operand) -> Option<crate::model::stats::ConstantsSeen> {
        match o {
            Operand::Const(c) => Some(crate::model::stats::ConstantsSeen {
                values: vec![c.clone()],
                more: false,
            }),
            Operand::Param(k) => self.constants.get(k).cloned(),
            _ => None,
        }
    }
}

/// Why a statement has no facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotAnalysed {
    pub reason: String,
}

/// Extracts facts from one statement (normalized or raw). Statements that
/// do not touch tables (SET, BEGIN …) give empty facts.
pub fn extract(sql: &str) -> Result<QueryFacts, NotAnalysed> {
    extract_with(sql, None)
}

/// The columns of each table, to tell which table an unqualified column of
/// a join belongs to (`FROM lineitem, orders WHERE l_orderkey = o_orderkey`).
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    /// Table name (any schema) → its columns.
    columns: std::collections::HashMap<String, BTreeSet<String>>,
}

impl Catalog {
    pub fn new(schema: &crate::model::schema::Schema) -> Self {
        let mut columns: std::collections::HashMap<String, BTreeSet<String>> =
            std::collections::HashMap::new();
        for (t, table) in &schema.tables {
            columns
                .entry(t.name.clone())
                .or_default()
                .extend(table.columns.iter().map(|c| c.name.clone()));
        }
        Self { columns }
    }

    fn knows(&self, table: &TableName) -> bool {
        self.columns.contains_key(&table.name)
    }

    fn has(&self, table: &TableName, column: &str) -> bool {
        self.columns
            .get(&table.name)
            .is_some_and(|c| c.contains(column))
    }
}

/// [`extract`], resolving unqualified columns with the schema's columns.
pub fn extract_with(sql: &str, catalog: Option<&Catalog>) -> Result<QueryFacts, NotAnalysed> {
    let statements = Parser::parse_sql(&PostgreSqlDialect {}, sql).map_err(|e| NotAnalysed {
        reason: e.to_string(),
    })?;
    let mut w = Walker {
        catalog,
        ..Walker::default()
    };
    for st in &statements {
        w.statement(st);
    }
    Ok(w.facts)
}

pub(crate) use crate::vocab::sql_names::{ident, name_parts};

pub(crate) fn table_name(name: &ObjectName) -> Option<TableName> {
    let parts = name_parts(name);
    match parts.as_slice() {
        [t] => Some(TableName {
            schema: None,
            name: t.clone(),
        }),
        [s, t] | [_, s, t] => Some(TableName {
            schema: Some(s.clone()),
            name: t.clone(),
        }),
        _ => None,
    }
}

/// What a name in FROM stands for.
#[derive(Debug, Clone)]
enum Source {
    Table(TableName),
    /// A CTE, a subquery or a function: not a base table.
    Derived,
}

#[derive(Debug, Clone, Default)]
struct Scope {
    /// (alias or table name, source), in FROM order.
    names: Vec<(String, Source)>,
}

#[derive(Default)]
struct Walker<'c> {
    catalog: Option<&'c Catalog>,
    facts: QueryFacts,
    /// Innermost last.
    scopes: Vec<Scope>,
    /// CTE names visible, innermost last.
    ctes: Vec<BTreeSet<String>>,
}

impl Walker<'_> {
    fn table(&mut self, t: &TableName) -> &mut TableFacts {
        self.facts.tables.entry(t.clone()).or_default()
    }

    fn statement(&mut self, st: &Statement) {
        match st {
            Statement::Query(q) => self.query(q, Access::Read),
            Statement::Insert(ins) => {
                let target = match &ins.table {
                    TableObject::TableName(n) => table_name(n),
                    _ => None,
                };
                if let Some(t) = &target {
                    let cols: Vec<String> = ins
                        .columns
                        .iter()
                        .filter_map(|c| c.0.last()?.as_ident().map(ident))
                        .collect();
                    let tf = self.table(t);
                    tf.access.insert(Access::Insert);
                    tf.written.extend(cols);
                }
                if let Some(src) = &ins.source {
                    self.query(src, Access::Read);
                }
            }
            Statement::Update(up) => {
                self.scopes.push(Scope::default());
                self.table_with_joins(&up.table, Access::Update);
                if let Some(from) = &up.from {
                    let tables = match from {
                        sqlparser::ast::UpdateTableFromKind::BeforeSet(t)
                        | sqlparser::ast::UpdateTableFromKind::AfterSet(t) => t,
                    };
                    for t in tables {
                        self.table_with_joins(t, Access::Read);
                    }
                }
                if let Some(Source::Table(target)) = self
                    .scopes
                    .last()
                    .and_then(|s| s.names.first())
                    .map(|(_, s)| s.clone())
                {
                    for a in &up.assignments {
                        if let sqlparser::ast::AssignmentTarget::ColumnName(n) = &a.target {
                            if let Some(c) = n.0.last().and_then(|p| p.as_ident()) {
                                let c = ident(c);
                                self.table(&target).written.insert(c);
                            }
                        }
                        self.expr_uses(&a.value);
                    }
                }
                if let Some(sel) = &up.selection {
                    self.condition(sel);
                }
                self.scopes.pop();
            }
            Statement::Delete(del) => {
                self.scopes.push(Scope::default());
                let from = match &del.from {
                    FromTable::WithFromKeyword(v) | FromTable::WithoutKeyword(v) => v,
                };
                for t in from {
                    self.table_with_joins(t, Access::Delete);
                }
                for t in del.using.iter().flatten() {
                    self.table_with_joins(t, Access::Read);
                }
                if let Some(sel) = &del.selection {
                    self.condition(sel);
                }
                self.scopes.pop();
            }
            _ => {}
        }
    }

    fn query(&mut self, q: &Query, access: Access) {
        let mut names = BTreeSet::new();
        if let Some(with) = &q.with {
            for cte in &with.cte_tables {
                names.insert(ident(&cte.alias.name));
            }
        }
        self.ctes.push(names);
        if let Some(with) = &q.with {
            for cte in &with.cte_tables {
                self.query(&cte.query, Access::Read);
            }
        }
        if let Some(LimitClause::LimitOffset { limit: Some(l), .. }) = &q.limit_clause {
            if self.scopes.is_empty() {
                self.facts.limit = Some(l.to_string());
            }
        }
        let order: Vec<&OrderByExpr> = match q.order_by.as_ref().map(|o| &o.kind) {
            Some(OrderByKind::Expressions(v)) => v.iter().collect(),
            _ => Vec::new(),
        };
        self.set_expr(&q.body, access, &order);
        self.ctes.pop();
    }

    fn set_expr(&mut self, body: &SetExpr, access: Access, order: &[&OrderByExpr]) {
        match body {
            SetExpr::Select(s) => self.select(s, access, order),
            SetExpr::Query(q) => self.query(q, access),
            SetExpr::SetOperation { left, right, .. } => {
                self.set_expr(left, access, &[]);
                self.set_expr(right, access, &[]);
            }
            SetExpr::Insert(st) | SetExpr::Update(st) | SetExpr::Delete(st) => self.statement(st),
            _ => {}
        }
    }

    fn is_cte(&self, t: &TableName) -> bool {
        t.schema.is_none() && self.ctes.iter().any(|c| c.contains(&t.name))
    }

    fn table_with_joins(&mut self, twj: &TableWithJoins, access: Access) {
        self.table_factor(&twj.relation, access);
        for j in &twj.joins {
            self.table_factor(&j.relation, Access::Read);
            let constraint = match &j.join_operator {
                JoinOperator::Join(c)
                | JoinOperator::Inner(c)
                | JoinOperator::Left(c)
                | JoinOperator::LeftOuter(c)
                | JoinOperator::Right(c)
                | JoinOperator::RightOuter(c)
                | JoinOperator::FullOuter(c)
                | JoinOperator::Semi(c)
                | JoinOperator::LeftSemi(c)
                | JoinOperator::RightSemi(c)
                | JoinOperator::Anti(c)
                | JoinOperator::LeftAnti(c)
                | JoinOperator::RightAnti(c) => Some(c),
                _ => None,
            };
            if let Some(JoinConstraint::On(e)) = constraint {
                self.condition(e);
            }
        }
    }

    fn table_factor(&mut self, tf: &TableFactor, access: Access) {
        let (key, source) = match tf {
            TableFactor::Table { name, alias, .. } => {
                let Some(t) = table_name(name) else { return };
                let source = if self.is_cte(&t) {
                    Source::Derived
                } else {
                    Source::Table(t.clone())
                };
                if let Source::Table(t) = &source {
                    self.table(t).access.insert(access);
                }
                (
                    alias
                        .as_ref()
                        .map(|a| ident(&a.name))
                        .unwrap_or_else(|| t.name.clone()),
                    source,
                )
            }
            TableFactor::Derived {
                subquery, alias, ..
            } => {
                self.query(subquery, Access::Read);
                (
                    alias.as_ref().map(|a| ident(&a.name)).unwrap_or_default(),
                    Source::Derived,
                )
            }
            TableFactor::NestedJoin {
                table_with_joins, ..
            } => {
                self.table_with_joins(table_with_joins, access);
                return;
            }
            _ => return,
        };
        if let Some(scope) = self.scopes.last_mut() {
            scope.names.push((key, source));
        }
    }

    fn select(&mut self, s: &Select, access: Access, order: &[&OrderByExpr]) {
        self.scopes.push(Scope::default());
        for f in &s.from {
            self.table_with_joins(f, access);
        }
        for item in &s.projection {
            match item {
                SelectItem::UnnamedExpr(e) | SelectItem::ExprWithAlias { expr: e, .. } => {
                    self.projection(e)
                }
                SelectItem::Wildcard(_) => {
                    for t in self.scope_tables() {
                        self.table(&t).select_star = true;
                    }
                }
                SelectItem::QualifiedWildcard(kind, _) => {
                    let text = kind.to_string();
                    let qualifier = text
                        .rsplit('.')
                        .next()
                        .unwrap_or(&text)
                        .trim_matches('"')
                        .to_lowercase();
                    if let Some(t) = self.resolve_qualifier(&qualifier) {
                        self.table(&t).select_star = true;
                    }
                }
                _ => {}
            }
        }
        if let Some(w) = &s.selection {
            self.condition(w);
        }
        if let GroupByExpr::Expressions(exprs, _) = &s.group_by {
            let mut columns: Vec<ColumnRef> = Vec::new();
            let mut only_columns = true;
            for e in exprs {
                if let Some(c) = self.column(e) {
                    self.table(&c.table).group_by.push(c.column.clone());
                    columns.push(c);
                } else {
                    only_columns = false;
                    self.expr_uses(e);
                }
            }
            if only_columns && columns.iter().all(|c| c.table == columns[0].table) {
                if let Some(first) = columns.first() {
                    let t = first.table.clone();
                    self.table(&t).grouped_alone = columns.into_iter().map(|c| c.column).collect();
                }
            }
        }
        if let Some(h) = &s.having {
            self.expr_uses(h);
        }
        for o in order {
            let desc = matches!(o.options.sort, Some(sqlparser::ast::OrderBySort::Desc));
            match self.column(&o.expr) {
                Some(c) => self.table(&c.table).order_by.push(OrderKey {
                    column: c.column,
                    desc,
                }),
                None => self.expr_uses(&o.expr),
            }
        }
        self.scopes.pop();
    }

    fn scope_tables(&self) -> Vec<TableName> {
        self.scopes
            .last()
            .map(|s| {
                s.names
                    .iter()
                    .filter_map(|(_, src)| match src {
                        Source::Table(t) => Some(t.clone()),
                        Source::Derived => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    fn resolve_qualifier(&self, q: &str) -> Option<TableName> {
        for scope in self.scopes.iter().rev() {
            for (name, src) in scope.names.iter().rev() {
                if name == q {
                    return match src {
                        Source::Table(t) => Some(t.clone()),
                        Source::Derived => None,
                    };
                }
            }
        }
        None
    }

    /// A column reference resolved to its table.
    fn column(&mut self, e: &Expr) -> Option<ColumnRef> {
        match e {
            Expr::Identifier(i) => {
                let tables = self.scope_tables();
                let derived = self
                    .scopes
                    .last()
                    .is_some_and(|s| s.names.iter().any(|(_, x)| matches!(x, Source::Derived)));
                let column = ident(i);
                // With the schema's columns: the one table in scope that has it.
                let owner = self.catalog.and_then(|c| {
                    let mut owners = tables.iter().filter(|t| c.has(t, &column));
                    match (owners.next(), owners.next()) {
                        (Some(t), None) => Some(t.clone()),
                        _ => None,
                    }
                });
                if let Some(table) = owner {
                    Some(ColumnRef { table, column })
                } else if tables.len() == 1
                    && !derived
                    // An output alias (`GROUP BY supplier_no`) is not a column of the table.
                    && self
                        .catalog
                        .is_none_or(|c| !c.knows(&tables[0]) || c.has(&tables[0], &column))
                {
                    Some(ColumnRef {
                        table: tables[0].clone(),
                        column,
                    })
                } else {
                    self.facts.unresolved_columns.insert(ident(i));
                    None
                }
            }
            Expr::CompoundIdentifier(parts) if parts.len() >= 2 => {
                let column = ident(&parts[parts.len() - 1]);
                let table = if parts.len() == 2 {
                    self.resolve_qualifier(&ident(&parts[0]))?
                } else {
                    let t = TableName {
                        schema: Some(ident(&parts[parts.len() - 3])),
                        name: ident(&parts[parts.len() - 2]),
                    };
                    // schema.table.column names the table itself; it must be in scope.
                    self.resolve_qualifier(&t.name).filter(|x| *x == t)?
                };
                Some(ColumnRef { table, column })
            }
            Expr::Nested(inner) => self.column(inner),
            Expr::Cast { expr, .. } => self.column(expr),
            _ => None,
        }
    }

    fn projection(&mut self, e: &Expr) {
        // `avg(v)::numeric(10,2)`, `CAST(stddev(v) AS …)`, `round(avg(v), 2)`:
        // the aggregate inside a cast or a rounding is still the aggregate.
        match e {
            Expr::Cast { expr, .. } | Expr::Nested(expr) => return self.projection(expr),
            Expr::Function(f)
                if matches!(
                    f.name.to_string().to_lowercase().as_str(),
                    "round" | "coalesce" | "abs" | "ceil" | "floor" | "trunc"
                ) =>
            {
                let args = function_args(&f.args);
                if let Some((first, rest)) = args.split_first() {
                    self.projection(first);
                    for a in rest {
                        self.expr_uses(a);
                    }
                    return;
                }
            }
            _ => {}
        }
        if let Expr::Function(f) = e {
            let name = f.name.to_string().to_lowercase();
            if matches!(
                name.as_str(),
                "count"
                    | "sum"
                    | "avg"
                    | "min"
                    | "max"
                    | "array_agg"
                    | "string_agg"
                    | "bool_and"
                    | "bool_or"
                    | "jsonb_agg"
                    | "json_agg"
                    | "stddev"
                    | "stddev_samp"
                    | "stddev_pop"
                    | "variance"
                    | "percentile_cont"
                    | "percentile_disc"
            ) {
                let args = function_args(&f.args);
                let col = args.first().and_then(|a| self.column(a));
                let (table, column) = match col {
                    Some(c) => (Some(c.table), Some(c.column)),
                    None => (
                        self.scope_tables()
                            .first()
                            .cloned()
                            .filter(|_| self.scope_tables().len() == 1),
                        None,
                    ),
                };
                if let Some(t) = table {
                    self.table(&t).aggregates.insert(Aggregate {
                        function: name,
                        column,
                    });
                }
                for a in args {
                    if self.column(a).is_none() {
                        self.expr_uses(a);
                    }
                }
                return;
            }
        }
        match self.column(e) {
            Some(c) => {
                self.table(&c.table).selected.insert(c.column);
            }
            None => self.expr_uses(e),
        }
    }

    /// Columns used anywhere in an expression count as selected; subqueries are walked.
    fn expr_uses(&mut self, e: &Expr) {
        match e {
            Expr::Identifier(_) | Expr::CompoundIdentifier(_) => {
                if let Some(c) = self.column(e) {
                    self.table(&c.table).selected.insert(c.column);
                }
            }
            Expr::Subquery(q) | Expr::Exists { subquery: q, .. } => self.query(q, Access::Read),
            Expr::InSubquery { expr, subquery, .. } => {
                self.expr_uses(expr);
                self.query(subquery, Access::Read);
            }
            Expr::BinaryOp { left, right, .. } => {
                self.expr_uses(left);
                self.expr_uses(right);
            }
            Expr::UnaryOp { expr, .. } | Expr::Nested(expr) | Expr::Cast { expr, .. } => {
                self.expr_uses(expr)
            }
            Expr::Function(f) => {
                for a in function_args(&f.args) {
                    self.expr_uses(a);
                }
                if let FunctionArguments::Subquery(q) = &f.args {
                    self.query(q, Access::Read);
                }
            }
            Expr::Case {
                operand,
                conditions,
                else_result,
                ..
            } => {
                if let Some(o) = operand {
                    self.expr_uses(o);
                }
                for c in conditions {
                    self.expr_uses(&c.condition);
                    self.expr_uses(&c.result);
                }
                if let Some(e) = else_result {
                    self.expr_uses(e);
                }
            }
            _ => {}
        }
    }

    /// A WHERE or ON condition: conjuncts become predicates and joins.
    fn condition(&mut self, e: &Expr) {
        match e {
            Expr::BinaryOp {
                left,
                op: BinaryOperator::And,
                right,
            } => {
                self.condition(left);
                self.condition(right);
            }
            Expr::Nested(inner) => self.condition(inner),
            Expr::BinaryOp { left, op, right } if is_comparison(op) => {
                let (l, r) = (self.column(left), self.column(right));
                match (l, r) {
                    (Some(a), Some(b)) if a.table != b.table && *op == BinaryOperator::Eq => {
                        let (left, right) = if a <= b { (a, b) } else { (b, a) };
                        self.facts.joins.insert(JoinPredicate { left, right });
                    }
                    (Some(c), None) => self.predicate(c, op, right),
                    (None, Some(c)) => self.predicate(c, &flip(op), left),
                    _ => {
                        self.expr_uses(left);
                        self.expr_uses(right);
                    }
                }
            }
            Expr::InList {
                expr,
                list,
                negated: false,
            } => match self.column(expr) {
                Some(c) => {
                    let values = list.iter().map(operand).collect();
                    self.table(&c.table).predicates.insert(Predicate {
                        column: c.column,
                        op: PredicateOp::In,
                        values,
                    });
                }
                None => self.expr_uses(expr),
            },
            Expr::AnyOp {
                left,
                compare_op: BinaryOperator::Eq,
                right,
                ..
            } => match self.column(left) {
                Some(c) => {
                    let values = vec![operand(right)];
                    self.table(&c.table).predicates.insert(Predicate {
                        column: c.column,
                        op: PredicateOp::In,
                        values,
                    });
                }
                None => self.expr_uses(left),
            },
            Expr::Between {
                expr,
                low,
                high,
                negated: false,
            } => match self.column(expr) {
                Some(c) => {
                    let values = vec![operand(low), operand(high)];
                    for (lower, e) in [(true, low), (false, high)] {
                        if let Some(value) = bound_value(e) {
                            self.table(&c.table).bounds.insert(Bound {
                                column: c.column.clone(),
                                lower,
                                value,
                            });
                        }
                    }
                    self.table(&c.table).predicates.insert(Predicate {
                        column: c.column,
                        op: PredicateOp::Range,
                        values,
                    });
                }
                None => self.expr_uses(expr),
            },
            Expr::IsNull(inner) | Expr::IsNotNull(inner) => match self.column(inner) {
                Some(c) => {
                    let op = if matches!(e, Expr::IsNull(_)) {
                        PredicateOp::IsNull
                    } else {
                        PredicateOp::IsNotNull
                    };
                    self.table(&c.table).predicates.insert(Predicate {
                        column: c.column,
                        op,
                        values: Vec::new(),
                    });
                }
                None => self.expr_uses(inner),
            },
            Expr::Like {
                negated: false,
                expr,
                pattern,
                ..
            } => match self.column(expr) {
                Some(c) => {
                    let prefix = match operand(pattern) {
                        Operand::Const(p) if !p.starts_with('%') && !p.starts_with('_') => {
                            Some(Operand::Const(p))
                        }
                        Operand::Param(n) => Some(Operand::Param(n)),
                        _ => None,
                    };
                    if let Some(v) = prefix {
                        self.table(&c.table).predicates.insert(Predicate {
                            column: c.column,
                            op: PredicateOp::LikePrefix,
                            values: vec![v],
                        });
                    }
                }
                None => self.expr_uses(expr),
            },
            other => self.expr_uses(other),
        }
    }

    fn predicate(&mut self, c: ColumnRef, op: &BinaryOperator, value: &Expr) {
        let lower = match op {
            BinaryOperator::Gt | BinaryOperator::GtEq => Some(true),
            BinaryOperator::Lt | BinaryOperator::LtEq => Some(false),
            _ => None,
        };
        if let (Some(lower), Some(v)) = (lower, bound_value(value)) {
            self.table(&c.table).bounds.insert(Bound {
                column: c.column.clone(),
                lower,
                value: v,
            });
        }
        let op = match op {
            BinaryOperator::Eq => PredicateOp::Eq,
            BinaryOperator::NotEq => PredicateOp::NotEq,
            _ => PredicateOp::Range,
        };
        let v = operand(value);
        if v == Operand::Expr {
            self.expr_uses(value);
        }
        self.table(&c.table).predicates.insert(Predicate {
            column: c.column,
            op,
            values: vec![v],
        });
    }
}

pub(crate) fn is_comparison(op: &BinaryOperator) -> bool {
    matches!(
        op,
        BinaryOperator::Eq
            | BinaryOperator::NotEq
            | BinaryOperator::Lt
            | BinaryOperator::LtEq
            | BinaryOperator::Gt
            | BinaryOperator::GtEq
    )
}

fn flip(op: &BinaryOperator) -> BinaryOperator {
    match op {
        BinaryOperator::Lt => BinaryOperator::Gt,
        BinaryOperator::Gt => BinaryOperator::Lt,
        BinaryOperator::LtEq => BinaryOperator::GtEq,
        BinaryOperator::GtEq => BinaryOperator::LtEq,
        other => other.clone(),
    }
}

fn function_args(args: &FunctionArguments) -> Vec<&Expr> {
    match args {
        FunctionArguments::List(l) => l
            .args
            .iter()
            .filter_map(|a| match a {
                FunctionArg::Unnamed(FunctionArgExpr::Expr(e)) => Some(e),
                FunctionArg::Named {
                    arg: FunctionArgExpr::Expr(e),
                    ..
                } => Some(e),
                _ => None,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The clock functions: their value is the statement's time.
const CLOCKS: &[&str] = &[
    "now",
    "current_timestamp",
    "current_date",
    "localtimestamp",
    "statement_timestamp",
    "transaction_timestamp",
    "clock_timestamp",
];

fn is_clock(e: &Expr) -> bool {
    match e {
        // `date_trunc('month', now())`: the clock, to within a period.
        Expr::Function(f) if f.name.to_string().eq_ignore_ascii_case("date_trunc") => {
            function_args(&f.args).last().is_some_and(|e| is_clock(e))
        }
        Expr::Function(f) => CLOCKS.contains(&f.name.to_string().to_ascii_lowercase().as_str()),
        Expr::Cast { expr, .. } | Expr::Nested(expr) => is_clock(expr),
        _ => false,
    }
}

/// An interval as written: `INTERVAL '7 days'`, `INTERVAL '7' DAY`,
/// `'7 days'::interval`, `INTERVAL $2`, or a number (days, after a date).
fn interval_operand(e: &Expr) -> Option<Operand> {
    match e {
        Expr::Interval(i) => match (operand(&i.value), &i.leading_field) {
            (Operand::Const(v), Some(unit)) => Some(Operand::Const(format!("{v} {unit}"))),
            (Operand::Expr, _) => None,
            (o, _) => Some(o),
        },
        Expr::Nested(inner) => interval_operand(inner),
        _ => match operand(e) {
            Operand::Expr => None,
            o => Some(o),
        },
    }
}

/// What a range bound is in time, when it can be read.
fn bound_value(e: &Expr) -> Option<BoundValue> {
    match e {
        Expr::Nested(inner) => bound_value(inner),
        Expr::BinaryOp {
            left,
            op: BinaryOperator::Minus,
            right,
        } if is_clock(left) => interval_operand(right).map(BoundValue::Ago),
        e if is_clock(e) => Some(BoundValue::Now),
        Expr::Function(f) if f.name.to_string().eq_ignore_ascii_case("to_timestamp") => {
            match function_args(&f.args).as_slice() {
                [one] => match operand(one) {
                    Operand::Expr => None,
                    o => Some(BoundValue::Epoch(o)),
                },
                _ => None,
            }
        }
        Expr::Cast { expr, .. } => bound_value(expr),
        Expr::TypedString(t) => match &t.value.value {
            Value::SingleQuotedString(v) => Some(BoundValue::At(Operand::Const(v.clone()))),
            _ => None,
        },
        _ => match operand(e) {
            Operand::Expr => None,
            o => Some(BoundValue::At(o)),
        },
    }
}

fn operand(e: &Expr) -> Operand {
    match e {
        Expr::Value(v) => match &v.value {
            Value::Placeholder(p) => p
                .trim_start_matches('$')
                .parse()
                .map_or(Operand::Expr, Operand::Param),
            Value::Number(n, _) => Operand::Const(n.to_string()),
            Value::SingleQuotedString(s) => Operand::Const(s.clone()),
            Value::Boolean(b) => Operand::Const(b.to_string()),
            _ => Operand::Expr,
        },
        Expr::UnaryOp {
            op: UnaryOperator::Minus,
            expr,
        } => match operand(expr) {
            Operand::Const(c) => Operand::Const(format!("-{c}")),
            other => other,
        },
        Expr::Cast { expr, .. } | Expr::Nested(expr) => operand(expr),
        _ => Operand::Expr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(schema: Option<&str>, name: &str) -> TableName {
        TableName {
            schema: schema.map(str::to_owned),
            name: name.to_owned(),
        }
    }
    fn p(column: &str, op: PredicateOp, values: Vec<Operand>) -> Predicate {
        Predicate {
            column: column.into(),
            op,
            values,
        }
    }

    #[test]
    fn predicates_joins_order_and_aliases() {
        let f = extract(
            "SELECT o.id, c.name, count(*) FROM public.orders o JOIN customers AS c ON c.id = o.customer_id \
             WHERE o.status IN ('nova', 'andamento') AND o.created_at >= $1 AND c.deleted_at IS NULL \
             AND c.email LIKE 'ana%' AND o.total BETWEEN 10 AND $2 GROUP BY o.id, c.name ORDER BY o.created_at DESC LIMIT 20",
        )
        .unwrap();
        let orders = &f.tables[&t(Some("public"), "orders")];
        assert!(orders.predicates.contains(&p(
            "status",
            PredicateOp::In,
            vec![
                Operand::Const("nova".into()),
                Operand::Const("andamento".into())
            ]
        )));
        assert!(orders.predicates.contains(&p(
            "created_at",
            PredicateOp::Range,
            vec![Operand::Param(1)]
        )));
        assert!(orders.predicates.contains(&p(
            "total",
            PredicateOp::Range,
            vec![Operand::Const("10".into()), Operand::Param(2)]
        )));
        assert_eq!(
            orders.order_by,
            vec![OrderKey {
                column: "created_at".into(),
                desc: true
            }]
        );
        assert_eq!(orders.group_by, vec!["id"]);
        assert!(orders.selected.contains("id"));
        let customers = &f.tables[&t(None, "customers")];
        assert!(customers
            .predicates
            .contains(&p("deleted_at", PredicateOp::IsNull, vec![])));
        assert!(customers.predicates.contains(&p(
            "email",
            PredicateOp::LikePrefix,
            vec![Operand::Const("ana%".into())]
        )));
        assert_eq!(f.joins.len(), 1);
        let j = f.joins.iter().next().unwrap();
        let cols: BTreeSet<(String, String)> = [
            (j.left.table.name.clone(), j.left.column.clone()),
            (j.right.table.name.clone(), j.right.column.clone()),
        ]
        .into();
        assert_eq!(
            cols,
            [
                ("customers".into(), "id".into()),
                ("orders".into(), "customer_id".into())
            ]
            .into()
        );
        assert_eq!(f.limit.as_deref(), Some("20"));
        assert!(orders.aggregates.is_empty() || customers.aggregates.is_empty());
    }

    #[test]
    fn ctes_subqueries_unions_and_dml() {
        let f = extract(
            "WITH recent AS (SELECT id FROM tickets WHERE created_at > now() - interval '1 day') \
             SELECT * FROM recent r JOIN customers c ON c.id = r.id WHERE c.account_id = $1 \
             UNION ALL SELECT id FROM archive.tickets WHERE id = ANY($2)",
        )
        .unwrap();
        assert!(
            !f.tables.contains_key(&t(None, "recent")),
            "a CTE is not a table"
        );
        assert!(f.tables[&t(None, "tickets")]
            .predicates
            .iter()
            .any(|p| p.column == "created_at" && p.op == PredicateOp::Range));
        assert!(f.tables[&t(Some("archive"), "tickets")]
            .predicates
            .contains(&p("id", PredicateOp::In, vec![Operand::Param(2)])));
        assert!(f.tables[&t(None, "customers")].predicates.contains(&p(
            "account_id",
            PredicateOp::Eq,
            vec![Operand::Param(1)]
        )));

        let u = extract(
            "UPDATE tenant_1.tickets SET status = 'fechado', updated_at = now() WHERE id = $1",
        )
        .unwrap();
        let tk = &u.tables[&t(Some("tenant_1"), "tickets")];
        assert!(tk.access.contains(&Access::Update));
        assert_eq!(
            tk.written,
            ["status".to_owned(), "updated_at".to_owned()].into()
        );
        assert!(tk
            .predicates
            .contains(&p("id", PredicateOp::Eq, vec![Operand::Param(1)])));

        let d = extract(
            "DELETE FROM logs l USING accounts a WHERE l.account_id = a.id AND a.plan = 'free'",
        )
        .unwrap();
        assert!(d.tables[&t(None, "logs")].access.contains(&Access::Delete));
        assert_eq!(d.joins.len(), 1);

        let i = extract("INSERT INTO activity_log (customer_id, action) SELECT id, 'x' FROM customers WHERE status = $1").unwrap();
        assert_eq!(
            i.tables[&t(None, "activity_log")].written,
            ["action".to_owned(), "customer_id".to_owned()].into()
        );
        assert!(i.tables[&t(None, "customers")].predicates.contains(&p(
            "status",
            PredicateOp::Eq,
            vec![Operand::Param(1)]
        )));

        let corr = extract("SELECT c.id FROM campaigns c WHERE EXISTS (SELECT 1 FROM logs l WHERE l.campaign_id = c.id AND l.status = 'read')").unwrap();
        assert_eq!(
            corr.joins.len(),
            1,
            "correlated reference resolves to the outer alias"
        );
    }

    #[test]
    fn normalized_text_and_failures() {
        let f = extract("SELECT * FROM \"tenant_*\".orders WHERE id IN ($1 /*, ... */)").unwrap();
        assert!(f.tables[&t(Some("tenant_*"), "orders")].select_star);
        assert!(extract("SELEC broken").is_err());
        assert!(extract("BEGIN").unwrap().tables.is_empty());
        let amb = extract("SELECT id FROM a, b WHERE x = 1").unwrap();
        assert!(amb.unresolved_columns.contains("x"));
    }

    #[test]
    fn aggregates_inside_casts_and_rounding_are_aggregates() {
        let f = extract_with(
            "SELECT c.nome::varchar(20), avg(m.valor)::numeric(10,2), CAST(stddev(m.peso) AS numeric(5,2)), round(sum(m.total), 2) \
             FROM metricas m JOIN clientes c ON c.id = m.cliente_id GROUP BY 1",
            None,
        )
        .unwrap();
        let m = &f.tables[&TableName {
            schema: None,
            name: "metricas".into(),
        }];
        let got: Vec<(&str, Option<&str>)> = m
            .aggregates
            .iter()
            .map(|a| (a.function.as_str(), a.column.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("avg", Some("valor")),
                ("stddev", Some("peso")),
                ("sum", Some("total"))
            ]
        );
    }
}
