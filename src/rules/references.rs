//! Which table a column points at, from every evidence the inputs give: a
//! declared foreign key, a join the workload makes to another table's key,
//! or a name that says it (`pedido_id` → `pedidos`). Most references in
//! production do not repeat the table's name (`responsavel_id`,
//! `criado_por`, `autor_id` → `usuarios`): the workload's joins are what
//! tell them apart from integers that point nowhere.
use super::Context;
use crate::model::names;
use crate::model::schema::{Schema, Table};
use crate::sqlgen::TableRef;

pub(crate) fn type_family(t: &str) -> &str {
    let t = t.split('(').next().unwrap_or(t).trim();
    match t {
        "smallint" | "integer" | "int" | "int2" | "int4" | "int8" | "bigint" | "serial"
        | "bigserial" => "int",
        "character varying" | "varchar" | "text" | "character" | "char" => "text",
        other => other,
    }
}

/// Whether `child(cols)` and `parent(pcols)` hold values of the same kind.
pub(crate) fn compatible(child: &Table, cols: &[String], parent: &Table, pcols: &[String]) -> bool {
    cols.iter()
        .zip(pcols)
        .all(|(c, p)| match (child.column(c), parent.column(p)) {
            (Some(a), Some(b)) => type_family(&a.data_type) == type_family(&b.data_type),
            _ => false,
        })
}

/// The table `column`'s name points at (`account_id` → `accounts.id`), in
/// the column's own schema first (schema-per-tenant), then in `public`; with
/// two possible targets (`customer` and `customers`), none.
pub(crate) fn by_name(
    schema: &Schema,
    child: &TableRef,
    table: &Table,
    column: &str,
) -> Option<(TableRef, String)> {
    let named = names::TableNames::of(names::stem_of(column)?);
    for scope in [child.schema.as_str(), "public"] {
        let found: Vec<&TableRef> = schema
            .tables
            .keys()
            .filter(|t| t.schema == scope && t != &child && named.name(&t.name))
            .collect();
        // `customers` beside `crm_customers`: the unprefixed name is the one meant.
        let exact: Vec<&TableRef> = found
            .iter()
            .copied()
            .filter(|t| named.exactly(&t.name))
            .collect();
        let found = if exact.is_empty() { found } else { exact };
        match found.len() {
            0 => continue,
            1 => {
                let parent = found[0];
                let pt = schema.table(parent)?;
                let key = vec!["id".to_owned()];
                let ok =
                    pt.is_unique_key(&key) && compatible(table, &[column.to_owned()], pt, &key);
                return ok.then(|| (parent.clone(), "id".to_owned()));
            }
            _ => return None,
        }
    }
    None
}

/// The tables `table.column` points at: its declared foreign key, the keys
/// the workload joins it to, the table its name names.
pub(crate) fn points_at(ctx: &Context<'_>, table: &TableRef, column: &str) -> Vec<TableRef> {
    let mut out: Vec<TableRef> = Vec::new();
    let Some(schema) = ctx.schema else {
        return out;
    };
    let Some(t) = schema.table(table) else {
        return out;
    };
    let col = [column.to_owned()];
    for fk in &t.foreign_keys {
        if fk.columns == col {
            out.push(fk.references.clone());
        }
    }
    for (cols, other, keys) in ctx.graph.edges_at(table) {
        if cols == col
            && other != table
            && schema
                .table(other)
                .is_some_and(|o| o.is_unique_key(keys) && compatible(t, cols, o, keys))
        {
            out.push(other.clone());
        }
    }
    if let Some((p, _)) = by_name(schema, table, t, column) {
        out.push(p);
    }
    out.sort();
    out.dedup();
    out
}

/// Whether a column of `table` other than its key points at `target`.
pub(crate) fn has_column_pointing_at(
    ctx: &Context<'_>,
    table: &TableRef,
    target: &TableRef,
) -> bool {
    ctx.schema.and_then(|s| s.table(table)).is_some_and(|t| {
        t.columns
            .iter()
            .filter(|c| t.primary_key.as_deref() != Some(std::slice::from_ref(&c.name)))
            .any(|c| points_at(ctx, table, &c.name).contains(target))
    })
}

/// The smallest and largest numeric values `table.column` holds, from its
/// statistics (histogram bounds and most common values).
fn value_range(table: &Table, column: &str) -> Option<(f64, f64)> {
    let cs = table.stats.as_ref()?.columns.get(column)?;
    let values = cs
        .lowest
        .iter()
        .chain(&cs.highest)
        .chain(cs.most_common.iter().map(|(v, _)| v))
        .filter_map(|v| v.trim().parse::<f64>().ok());
    values.fold(None, |r, v| match r {
        None => Some((v, v)),
        Some((lo, hi)) => Some((lo.min(v), hi.max(v))),
    })
}

/// Whether the values of `child.column` fall within the key range of
/// `parent.key`: `None` when statistics do not tell. The bounds are a
/// sample's, so only values well beyond the keys (an external system's ids
/// in the billions against keys in the thousands) say no.
pub(crate) fn values_within_keys(
    child: &Table,
    column: &str,
    parent: &Table,
    key: &str,
) -> Option<bool> {
    let (lo, hi) = value_range(child, column)?;
    let (plo, phi) = value_range(parent, key)?;
    let slack = (phi - plo).abs().max(100.0);
    Some(lo >= plo - slack && hi <= phi + slack)
}
