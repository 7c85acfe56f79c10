//! Shared pieces of the query rewrites (denormalization, materialized
//! views): splitting conditions, binding parameters that never varied, and
//! the reason a shape is refused.
use super::quote_literal;
use crate::model::facts::is_comparison;
use crate::model::stats::ConstantsSeen;
use sqlparser::ast::{visit_expressions_mut, BinaryOperator, Expr, Query, Statement, Value};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::collections::BTreeMap;
use std::ops::ControlFlow;

/// Why a query cannot be rewritten (said in the finding's evidence when
/// the shape is close, never an error).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct Unsupported(pub String);

pub(crate) fn no(why: &str) -> Unsupported {
    Unsupported(why.to_owned())
}

/// The AND-ed parts of a condition.
pub(crate) fn conjuncts(e: Expr, out: &mut Vec<Expr>) {
    match e {
        Expr::BinaryOp {
            left,
            op: BinaryOperator::And,
            right,
        } => {
            conjuncts(*left, out);
            conjuncts(*right, out);
        }
        Expr::Nested(x)
            if matches!(
                *x,
                Expr::BinaryOp {
                    op: BinaryOperator::And,
                    ..
                }
            ) =>
        {
            conjuncts(*x, out)
        }
        e => out.push(e),
    }
}

/// The parts AND-ed back together.
pub(crate) fn and_all(v: Vec<Expr>) -> Option<Expr> {
    v.into_iter().reduce(|a, b| Expr::BinaryOp {
        left: Box::new(a),
        op: BinaryOperator::And,
        right: Box::new(b),
    })
}

/// Replaces `$n` whose constant never varied with that constant (the
/// application always sends it); false when another placeholder remains.
pub(crate) fn bind_constants<V: sqlparser::ast::VisitMut>(
    e: &mut V,
    constants: &BTreeMap<u32, ConstantsSeen>,
) -> bool {
    // A value compared with a column is written quoted (an untyped literal
    // takes the column's type: `code = '42'` on text, `n = '42'` on int);
    // elsewhere a number is written as one (`THEN 1`, so `sum()` gets an
    // integer, not text).
    let mut compared: Vec<String> = Vec::new();
    let _ = visit_expressions_mut(e, |x| {
        let placeholder = |y: &Expr| match y {
            Expr::Value(v) => match &v.value {
                Value::Placeholder(p) => Some(p.clone()),
                _ => None,
            },
            _ => None,
        };
        let column = |y: &Expr| matches!(y, Expr::Identifier(_) | Expr::CompoundIdentifier(_));
        match x {
            Expr::BinaryOp { left, op, right } if is_comparison(op) => {
                if column(right) {
                    compared.extend(placeholder(left));
                }
                if column(left) {
                    compared.extend(placeholder(right));
                }
            }
            Expr::InList { expr, list, .. } if column(expr) => {
                compared.extend(list.iter().filter_map(placeholder))
            }
            _ => {}
        }
        ControlFlow::<()>::Continue(())
    });
    let mut ok = true;
    let _ = visit_expressions_mut(e, |x| {
        if let Expr::Value(v) = x {
            if let Value::Placeholder(p) = &v.value {
                let seen = p
                    .strip_prefix('$')
                    .and_then(|n| n.parse::<u32>().ok())
                    .and_then(|n| constants.get(&n))
                    .filter(|s| !s.more && s.values.len() == 1);
                let literal = |v: &str| {
                    let numeric = !v.is_empty()
                        && v.parse::<f64>().is_ok()
                        && v.chars()
                            .all(|c| c.is_ascii_digit() || c == '.' || c == '-');
                    if numeric && !compared.contains(p) {
                        v.to_owned()
                    } else {
                        quote_literal(v)
                    }
                };
                match seen {
                    Some(s) => match Parser::new(&PostgreSqlDialect {})
                        .try_with_sql(&literal(&s.values[0]))
                        .and_then(|mut p| p.parse_expr())
                    {
                        Ok(lit) => *x = lit,
                        Err(_) => ok = false,
                    },
                    None => ok = false,
                }
            }
        }
        ControlFlow::<()>::Continue(())
    });
    ok
}

/// The one `SELECT` of `sql` (a fingerprint's normalized text), `$n` whose
/// constant never varied bound to it; parameters that vary stay `$n`.
pub(crate) fn parse_query(
    sql: &str,
    constants: &BTreeMap<u32, ConstantsSeen>,
) -> Result<Box<Query>, Unsupported> {
    let mut statements = Parser::parse_sql(&PostgreSqlDialect {}, sql)
        .map_err(|_| no("a statement it cannot parse"))?;
    let (Some(Statement::Query(mut query)), true) = (statements.pop(), statements.is_empty())
    else {
        return Err(no("not a single SELECT"));
    };
    bind_constants(query.as_mut(), constants);
    if query.with.is_some() {
        return Err(no("a WITH query"));
    }
    Ok(query)
}

/// Aggregate functions: a read using one computes over groups (a view can
/// store them; a trigger keeps only count, sum and avg exact).
pub(crate) const AGGREGATES: &[&str] = &[
    "count",
    "sum",
    "avg",
    "min",
    "max",
    "array_agg",
    "string_agg",
    "bool_and",
    "bool_or",
    "every",
    "json_agg",
    "jsonb_agg",
    "json_object_agg",
    "jsonb_object_agg",
    "stddev",
    "stddev_pop",
    "stddev_samp",
    "variance",
    "var_pop",
    "var_samp",
    "percentile_cont",
    "percentile_disc",
    "mode",
];

pub(crate) fn is_aggregate(name: &str) -> bool {
    AGGREGATES.contains(&name)
}
