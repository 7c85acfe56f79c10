//! `pg_dump --schema-only` into the [`Schema`] model.
//!
//! Only the statements that describe tables, keys, indexes and partitions are
//! parsed (with sqlparser); the rest of a dump (SET, sequences, functions,
//! owners, grants, comments) is counted and skipped. pg_dump syntax sqlparser
//! does not know is rewritten or read by hand: `CREATE INDEX … ON ONLY`,
//! `ALTER TABLE … ATTACH PARTITION`, and psql's `\restrict` lines.
use crate::catalog::{Column, ForeignKey, Index, IndexKey, Partitioning, Schema, Table};
use crate::error::{Error, Result};
use crate::vocab::lexer::{split_statements, tokenize, TokKind};
use crate::vocab::sql_names::TableRef;
use crate::vocab::sql_names::{ident, name_parts};
use serde::{Deserialize, Serialize};
use sqlparser::ast::{
    ColumnOption, CreateIndex, CreateTable, Expr, IndexColumn, ObjectName, OrderBySort, Statement,
    TableConstraint,
};
use sqlparser::dialect::PostgreSqlDialect;
use sqlparser::parser::Parser;
use std::collections::BTreeMap;
use std::path::Path;

/// What reading a dump found, for the report.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DumpSummary {
    pub path: String,
    pub statements: u64,
    pub used: u64,
    /// Statements not about tables, keys or indexes, by their first words.
    pub skipped: BTreeMap<String, u64>,
    /// Statements that should describe the schema but could not be read.
    pub failed: Vec<DumpProblem>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DumpProblem {
    pub line: u64,
    pub error: String,
    pub statement: String,
}

/// Reads a schema dump file (plain or compressed).
pub fn read(path: &Path) -> Result<(Schema, DumpSummary)> {
    let (mut r, _) = super::source::open(path, Box::new(|_| {})).map_err(|e| Error::Io {
        path: path.to_owned(),
        source: e,
    })?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut r, &mut bytes).map_err(|e| Error::Io {
        path: path.to_owned(),
        source: e,
    })?;
    let (text, _) = super::source::decode(&bytes, 1);
    let (schema, mut summary) = parse(&text);
    summary.path = path.display().to_string();
    if summary.used == 0 {
        return Err(Error::Input {
            path: path.to_owned(),
            line: 1,
            message: "no CREATE TABLE in this file: is it the output of pg_dump --schema-only?"
                .into(),
        });
    }
    Ok((schema, summary))
}

/// Parses dump text.
pub fn parse(text: &str) -> (Schema, DumpSummary) {
    // psql meta-commands (`\restrict …`) are not SQL; blank them, keeping line numbers.
    let cleaned: String = text
        .split_inclusive('\n')
        .map(|l| {
            if l.starts_with('\\') {
                if l.ends_with('\n') {
                    "\n"
                } else {
                    ""
                }
            } else {
                l
            }
        })
        .collect();
    let mut schema = Schema::default();
    let mut summary = DumpSummary::default();
    let mut toks = Vec::new();
    // Line numbers are counted as we go: statements come in order.
    let (mut line, mut counted_to) = (1u64, 0usize);
    for (s, e) in split_statements(&cleaned) {
        let stmt = &cleaned[s..e];
        summary.statements += 1;
        line += memchr::memchr_iter(b'\n', &cleaned.as_bytes()[counted_to..s]).count() as u64;
        counted_to = s;
        tokenize(stmt, &mut toks);
        let words: Vec<String> = toks
            .iter()
            .filter(|t| t.kind == TokKind::Word)
            .take(6)
            .map(|t| stmt[t.start..t.end].to_ascii_lowercase())
            .collect();
        let w = |i: usize| words.get(i).map(String::as_str).unwrap_or("");
        if (w(0), w(1)) == ("create", "extension") {
            let name = if w(2) == "if" { w(5) } else { w(2) };
            let name = name.trim_matches('"');
            if !name.is_empty() {
                schema.extensions.insert(name.to_owned());
                summary.used += 1;
                continue;
            }
        }
        let kind = match (w(0), w(1), w(2)) {
            ("create", "table", _) | ("create", "unlogged", "table") => Some("table"),
            ("create", "index", _) | ("create", "unique", "index") => Some("index"),
            ("alter", "table", _) => {
                let lower = stmt.to_ascii_lowercase();
                if lower.contains(" attach partition ") {
                    Some("attach")
                } else if lower.contains(" alter column ") && lower.contains(" set default ") {
                    Some("default")
                } else if lower.contains(" add constraint ") {
                    Some("constraint")
                } else {
                    None
                }
            }
            _ => None,
        };
        let Some(kind) = kind else {
            *summary
                .skipped
                .entry(format!("{} {}", w(0), w(1)).trim().to_owned())
                .or_default() += 1;
            continue;
        };
        let result = match kind {
            "attach" => attach_partition(stmt, &mut schema),
            "index" => parse_one(&without_on_only(stmt)).and_then(|st| apply(st, &mut schema)),
            _ => parse_one(stmt).and_then(|st| apply(st, &mut schema)),
        };
        match result {
            Ok(()) => summary.used += 1,
            Err(error) => summary.failed.push(DumpProblem {
                line,
                error,
                statement: stmt.chars().take(200).collect(),
            }),
        }
    }
    (schema, summary)
}

fn parse_one(sql: &str) -> Result<Statement, String> {
    let mut v = Parser::parse_sql(&PostgreSqlDialect {}, sql).map_err(|e| e.to_string())?;
    if v.len() != 1 {
        return Err(format!("expected one statement, got {}", v.len()));
    }
    Ok(v.remove(0))
}

/// `CREATE INDEX … ON ONLY t …` (partitioned parents) → `… ON t …`.
fn without_on_only(stmt: &str) -> String {
    let mut toks = Vec::new();
    tokenize(stmt, &mut toks);
    for w in toks.windows(2) {
        let (a, b) = (&stmt[w[0].start..w[0].end], &stmt[w[1].start..w[1].end]);
        if a.eq_ignore_ascii_case("on") && b.eq_ignore_ascii_case("only") {
            return format!("{}{}", &stmt[..w[1].start], &stmt[w[1].end..]);
        }
    }
    stmt.to_owned()
}

fn table_ref(name: &ObjectName) -> Result<TableRef, String> {
    let parts = name_parts(name);
    match parts.as_slice() {
        [t] => Ok(TableRef::new("public", t)),
        [s, t] => Ok(TableRef::new(s, t)),
        [_, s, t] => Ok(TableRef::new(s, t)),
        _ => Err(format!("unexpected name {name}")),
    }
}

fn index_columns(cols: &[IndexColumn]) -> Vec<IndexKey> {
    cols.iter()
        .map(|c| match &c.column.expr {
            Expr::Identifier(i) => IndexKey::Column {
                name: ident(i),
                desc: matches!(c.column.options.sort, Some(OrderBySort::Desc)),
            },
            other => IndexKey::Expression {
                sql: other.to_string(),
            },
        })
        .collect()
}

fn plain_columns(cols: &[IndexColumn]) -> Vec<String> {
    index_columns(cols)
        .iter()
        .filter_map(|k| k.column().map(str::to_owned))
        .collect()
}

fn apply(st: Statement, schema: &mut Schema) -> Result<(), String> {
    match st {
        Statement::CreateTable(ct) => create_table(ct, schema),
        Statement::CreateIndex(ci) => create_index(ci, schema),
        Statement::AlterTable(at) => {
            let t = table_ref(&at.name)?;
            for op in at.operations {
                match op {
                    sqlparser::ast::AlterTableOperation::AddConstraint {
                        constraint,
                        not_valid,
                        ..
                    } => {
                        add_constraint(&t, constraint, not_valid, schema)?;
                    }
                    sqlparser::ast::AlterTableOperation::AlterColumn {
                        column_name,
                        op: sqlparser::ast::AlterColumnOperation::SetDefault { value },
                    } => {
                        let name = ident(&column_name);
                        let table = schema.tables.entry(t.clone()).or_default();
                        if let Some(c) = table.columns.iter_mut().find(|c| c.name == name) {
                            c.default = Some(value.to_string());
                        }
                    }
                    _ => {}
                }
            }
            Ok(())
        }
        other => Err(format!(
            "unexpected statement {}",
            other.to_string().chars().take(40).collect::<String>()
        )),
    }
}

fn create_table(ct: CreateTable, schema: &mut Schema) -> Result<(), String> {
    let t = table_ref(&ct.name)?;
    let mut table = schema.tables.remove(&t).unwrap_or_default();
    table.unlogged = ct.unlogged;
    for c in &ct.columns {
        let name = ident(&c.name);
        let mut not_null = false;
        let mut default = None;
        for o in &c.options {
            match &o.option {
                ColumnOption::NotNull => not_null = true,
                ColumnOption::Default(e) => default = Some(e.to_string()),
                ColumnOption::PrimaryKey(_) => {
                    not_null = true;
                    add_key(
                        &mut table,
                        vec![name.clone()],
                        true,
                        format!("{}_pkey", t.name),
                    );
                }
                ColumnOption::Unique(_) => add_key(
                    &mut table,
                    vec![name.clone()],
                    false,
                    format!("{}_{name}_key", t.name),
                ),
                ColumnOption::ForeignKey(fk) => table.foreign_keys.push(ForeignKey {
                    name: fk.name.as_ref().or(o.name.as_ref()).map(ident),
                    columns: vec![name.clone()],
                    references: table_ref(&fk.foreign_table)?,
                    referenced_columns: fk.referred_columns.iter().map(ident).collect(),
                    not_valid: false,
                }),
                _ => {}
            }
        }
        table.columns.push(Column {
            name,
            data_type: c.data_type.to_string().to_lowercase(),
            not_null,
            default,
        });
    }
    if let Some(p) = &ct.partition_by {
        // `RANGE(created_at)` / `LIST(tenant_id)` / `HASH(id)`
        let text = p.to_string();
        let (strategy, key) = text.split_once('(').unwrap_or((&text, ""));
        table.partitioning = Some(Partitioning {
            strategy: strategy.trim().to_lowercase(),
            key: key.trim_end_matches(')').trim().to_owned(),
        });
    }
    if let Some(parent) = &ct.partition_of {
        table.partition_of = Some(table_ref(parent)?);
    }
    schema.tables.insert(t.clone(), table);
    for c in ct.constraints {
        add_constraint(&t, c, false, schema)?;
    }
    Ok(())
}

fn add_key(table: &mut Table, columns: Vec<String>, primary: bool, name: String) {
    table.indexes.push(Index {
        name,
        unique: true,
        method: "btree".into(),
        keys: columns
            .iter()
            .map(|c| IndexKey::Column {
                name: c.clone(),
                desc: false,
            })
            .collect(),
        include: Vec::new(),
        predicate: None,
        constraint: true,
        usage: None,
        operator_classes: Vec::new(),
    });
    if primary {
        for c in &mut table.columns {
            if columns.contains(&c.name) {
                c.not_null = true;
            }
        }
        table.primary_key = Some(columns);
    } else {
        table.unique.push(columns);
    }
}

fn add_constraint(
    t: &TableRef,
    c: TableConstraint,
    not_valid: bool,
    schema: &mut Schema,
) -> Result<(), String> {
    let table = schema.tables.entry(t.clone()).or_default();
    match c {
        TableConstraint::PrimaryKey(pk) => {
            let name = pk
                .name
                .as_ref()
                .map(ident)
                .unwrap_or_else(|| format!("{}_pkey", t.name));
            add_key(table, plain_columns(&pk.columns), true, name);
        }
        TableConstraint::Unique(u) => {
            let cols = plain_columns(&u.columns);
            let name = u
                .name
                .as_ref()
                .map(ident)
                .unwrap_or_else(|| format!("{}_{}_key", t.name, cols.join("_")));
            add_key(table, cols, false, name);
        }
        TableConstraint::ForeignKey(fk) => table.foreign_keys.push(ForeignKey {
            name: fk.name.as_ref().map(ident),
            columns: fk.columns.iter().map(ident).collect(),
            references: table_ref(&fk.foreign_table)?,
            referenced_columns: fk.referred_columns.iter().map(ident).collect(),
            not_valid,
        }),
        _ => {}
    }
    Ok(())
}

fn create_index(ci: CreateIndex, schema: &mut Schema) -> Result<(), String> {
    let t = table_ref(&ci.table_name)?;
    let name = ci
        .name
        .as_ref()
        .and_then(|n| n.0.last().and_then(|p| p.as_ident()).map(ident))
        .unwrap_or_else(|| format!("{}_idx", t.name));
    let index = Index {
        name,
        unique: ci.unique,
        method: ci
            .using
            .as_ref()
            .map_or_else(|| "btree".to_owned(), |u| u.to_string().to_lowercase()),
        keys: index_columns(&ci.columns),
        include: ci.include.iter().map(ident).collect(),
        predicate: ci.predicate.as_ref().map(|p| p.to_string()),
        constraint: false,
        usage: None,
        operator_classes: if ci.columns.iter().any(|c| c.operator_class.is_some()) {
            ci.columns
                .iter()
                .map(|c| {
                    c.operator_class
                        .as_ref()
                        .map(|o| o.to_string().to_lowercase())
                        .unwrap_or_default()
                })
                .collect()
        } else {
            Vec::new()
        },
    };
    schema.tables.entry(t).or_default().indexes.push(index);
    Ok(())
}

/// `ALTER TABLE [ONLY] parent ATTACH PARTITION child FOR VALUES … | DEFAULT`
fn attach_partition(stmt: &str, schema: &mut Schema) -> Result<(), String> {
    let mut toks = Vec::new();
    tokenize(stmt, &mut toks);
    let text = |i: usize| toks.get(i).map(|t| &stmt[t.start..t.end]).unwrap_or("");
    let mut i = 2; // after ALTER TABLE
    if text(i).eq_ignore_ascii_case("only") {
        i += 1;
    }
    let (parent, next) = name_at(stmt, &toks, i)?;
    if !(text(next).eq_ignore_ascii_case("attach")
        && text(next + 1).eq_ignore_ascii_case("partition"))
    {
        return Err("expected ATTACH PARTITION".into());
    }
    let (child, _) = name_at(stmt, &toks, next + 2)?;
    schema.tables.entry(child).or_default().partition_of = Some(parent);
    Ok(())
}

/// A possibly qualified name starting at token `i`; returns it and the next index.
fn name_at(
    stmt: &str,
    toks: &[crate::vocab::lexer::Tok],
    i: usize,
) -> Result<(TableRef, usize), String> {
    let part = |i: usize| -> Option<String> {
        let t = toks.get(i)?;
        let s = &stmt[t.start..t.end];
        match t.kind {
            TokKind::Word => Some(s.to_lowercase()),
            TokKind::QuotedIdent => Some(s[1..s.len() - 1].replace("\"\"", "\"")),
            _ => None,
        }
    };
    let first = part(i).ok_or("expected a table name")?;
    let dot = toks
        .get(i + 1)
        .is_some_and(|t| &stmt[t.start..t.end] == ".");
    if dot {
        let second = part(i + 2).ok_or("expected a table name after the schema")?;
        Ok((TableRef::new(&first, &second), i + 3))
    } else {
        Ok((TableRef::new("public", &first), i + 1))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DUMP: &str = r#"
\restrict abc
SET statement_timeout = 0;
SELECT pg_catalog.set_config('search_path', '', false);
CREATE SCHEMA "Weird Schema";
CREATE TABLE public.accounts (id integer NOT NULL, name text);
CREATE TABLE public.t (a integer NOT NULL, created_at timestamp with time zone NOT NULL, "Name" text, amount numeric(10,2) DEFAULT 0) PARTITION BY RANGE (created_at);
CREATE TABLE public.t_2024 (a integer NOT NULL, created_at timestamp with time zone NOT NULL);
CREATE SEQUENCE public.accounts_id_seq AS integer START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
ALTER SEQUENCE public.accounts_id_seq OWNED BY public.accounts.id;
ALTER TABLE ONLY public.t ATTACH PARTITION public.t_2024 FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00');
CREATE TABLE "Weird Schema"."Order Items" (id bigint NOT NULL, "user" integer, account_id integer);
ALTER TABLE ONLY public.accounts ALTER COLUMN id SET DEFAULT nextval('public.accounts_id_seq'::regclass);
ALTER TABLE ONLY public.accounts ADD CONSTRAINT accounts_pkey PRIMARY KEY (id);
ALTER TABLE ONLY "Weird Schema"."Order Items" ADD CONSTRAINT fk_acc FOREIGN KEY (account_id) REFERENCES public.accounts(id) NOT VALID;
CREATE INDEX t_a_idx ON ONLY public.t USING btree (a);
CREATE UNIQUE INDEX u ON public.t USING btree (lower("Name"), a DESC NULLS LAST) INCLUDE (amount) WHERE (amount > (0)::numeric);
ALTER INDEX public.t_a_idx ATTACH PARTITION public.t_2024_a_idx;
\unrestrict abc
"#;

    #[test]
    fn reads_a_dump() {
        let (s, sum) = parse(DUMP);
        assert!(sum.failed.is_empty(), "{:?}", sum.failed);
        let acc = s.table(&TableRef::new("public", "accounts")).unwrap();
        assert_eq!(acc.primary_key.as_deref(), Some(&["id".to_owned()][..]));
        let t = s.table(&TableRef::new("public", "t")).unwrap();
        assert_eq!(
            t.partitioning
                .as_ref()
                .map(|p| (p.strategy.as_str(), p.key.as_str())),
            Some(("range", "created_at"))
        );
        assert_eq!(t.column("Name").unwrap().data_type, "text");
        assert_eq!(t.column("amount").unwrap().data_type, "numeric(10,2)");
        let u = t.indexes.iter().find(|i| i.name == "u").unwrap();
        assert!(u.unique);
        assert_eq!(
            u.keys[0],
            IndexKey::Expression {
                sql: "lower(\"Name\")".into()
            }
        );
        assert_eq!(
            u.keys[1],
            IndexKey::Column {
                name: "a".into(),
                desc: true
            }
        );
        assert_eq!(u.include, vec!["amount"]);
        assert!(u.predicate.as_deref().unwrap().contains("amount > "));
        assert!(t.indexes.iter().any(|i| i.name == "t_a_idx"));
        assert_eq!(
            s.table(&TableRef::new("public", "t_2024"))
                .unwrap()
                .partition_of,
            Some(TableRef::new("public", "t"))
        );
        let oi = s
            .table(&TableRef::new("Weird Schema", "Order Items"))
            .unwrap();
        assert_eq!(
            oi.foreign_keys[0].references,
            TableRef::new("public", "accounts")
        );
        assert!(oi.foreign_keys[0].not_valid);
        assert!(oi.column("user").is_some());
        assert_eq!(
            acc.column("id").unwrap().default.as_deref(),
            Some("nextval('public.accounts_id_seq'::REGCLASS)")
        );
        assert_eq!(sum.skipped.get("create sequence"), Some(&1));
        assert_eq!(sum.skipped.get("alter index"), Some(&1));
    }
}
