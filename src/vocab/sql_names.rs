//! Names as PostgreSQL reads them: identifiers quoted exactly as the
//! server's `quote_ident()` does, literals escaped, object names
//! deterministic and at most 63 bytes, and the table reference every stage
//! speaks of. `tests/it/sqlgen.rs` compares [`quote_ident`] with the server's
//! own for every keyword.
use sqlparser::ast::{Ident, ObjectName};
use xxhash_rust::xxh3::xxh3_64;

/// PostgreSQL keywords that are not "unreserved": an identifier spelled like
/// one of these must be quoted (reserved, type/function-name and column-name
/// keywords, as in `pg_get_keywords()` with `catcode <> 'U'`).
const NON_UNRESERVED: &[&str] = &[
    "all",
    "analyse",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "asymmetric",
    "authorization",
    "between",
    "bigint",
    "binary",
    "bit",
    "boolean",
    "both",
    "case",
    "cast",
    "char",
    "character",
    "check",
    "coalesce",
    "collate",
    "collation",
    "column",
    "concurrently",
    "constraint",
    "create",
    "cross",
    "current_catalog",
    "current_date",
    "current_role",
    "current_schema",
    "current_time",
    "current_timestamp",
    "current_user",
    "dec",
    "decimal",
    "default",
    "deferrable",
    "desc",
    "distinct",
    "do",
    "else",
    "end",
    "except",
    "exists",
    "extract",
    "false",
    "fetch",
    "float",
    "for",
    "foreign",
    "freeze",
    "from",
    "full",
    "grant",
    "greatest",
    "group",
    "grouping",
    "having",
    "ilike",
    "in",
    "initially",
    "inner",
    "inout",
    "int",
    "integer",
    "intersect",
    "interval",
    "into",
    "is",
    "isnull",
    "join",
    "json",
    "json_array",
    "json_arrayagg",
    "json_exists",
    "json_object",
    "json_objectagg",
    "json_query",
    "json_scalar",
    "json_serialize",
    "json_table",
    "json_value",
    "lateral",
    "leading",
    "least",
    "left",
    "like",
    "limit",
    "localtime",
    "localtimestamp",
    "merge_action",
    "national",
    "natural",
    "nchar",
    "none",
    "normalize",
    "not",
    "notnull",
    "null",
    "nullif",
    "numeric",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "out",
    "outer",
    "overlaps",
    "overlay",
    "placing",
    "position",
    "precision",
    "primary",
    "real",
    "references",
    "returning",
    "right",
    "row",
    "select",
    "session_user",
    "setof",
    "similar",
    "smallint",
    "some",
    "substring",
    "symmetric",
    "system_user",
    "table",
    "tablesample",
    "then",
    "time",
    "timestamp",
    "to",
    "trailing",
    "treat",
    "trim",
    "true",
    "union",
    "unique",
    "user",
    "using",
    "values",
    "varchar",
    "variadic",
    "verbose",
    "when",
    "where",
    "window",
    "with",
    "xmlattributes",
    "xmlconcat",
    "xmlelement",
    "xmlexists",
    "xmlforest",
    "xmlnamespaces",
    "xmlparse",
    "xmlpi",
    "xmlroot",
    "xmlserialize",
    "xmltable",
];

/// Longest identifier PostgreSQL keeps (NAMEDATALEN - 1).
pub const MAX_IDENT_BYTES: usize = 63;

fn needs_quotes(name: &str) -> bool {
    let b = name.as_bytes();
    let plain = !b.is_empty()
        && (b[0].is_ascii_lowercase() || b[0] == b'_')
        && b.iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_');
    !plain || NON_UNRESERVED.binary_search(&name).is_ok()
}

/// `name` as PostgreSQL's `quote_ident()` writes it.
pub fn quote_ident(name: &str) -> String {
    if needs_quotes(name) {
        format!("\"{}\"", name.replace('"', "\"\""))
    } else {
        name.to_owned()
    }
}

/// `schema.name`, each part quoted as needed; no schema gives just the name.
pub fn qualified(schema: Option<&str>, name: &str) -> String {
    match schema {
        Some(s) => format!("{}.{}", quote_ident(s), quote_ident(name)),
        None => quote_ident(name),
    }
}

/// A string constant (`standard_conforming_strings` on, the default since 9.1).
pub fn quote_literal(value: &str) -> String {
    format!("'{}'", value.replace('\'', "''"))
}

/// A comma-separated list of quoted identifiers.
pub fn ident_list(names: &[impl AsRef<str>]) -> String {
    names
        .iter()
        .map(|n| quote_ident(n.as_ref()))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Cuts `s` to at most `max` bytes on a character boundary.
pub fn truncate_bytes(s: &str, max: usize) -> &str {
    if s.len() <= max {
        return s;
    }
    let mut end = max;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    &s[..end]
}

/// A deterministic object name of at most 63 bytes: `table_col1_col2_suffix`.
/// Long names keep their start and get a short hash of the whole name, so
/// two long names never collide by truncation.
pub fn object_name(table: &str, columns: &[impl AsRef<str>], suffix: &str) -> String {
    let mut full = table.to_owned();
    for c in columns {
        full.push('_');
        full.push_str(c.as_ref());
    }
    full.push('_');
    full.push_str(suffix);
    if full.len() <= MAX_IDENT_BYTES {
        return full;
    }
    let hash = format!("{:08x}", xxh3_64(full.as_bytes()) as u32);
    let tail = format!("_{hash}_{suffix}");
    let head = truncate_bytes(&full, MAX_IDENT_BYTES.saturating_sub(tail.len()));
    format!("{head}{tail}")
}

/// A table reference for generated SQL.
#[derive(
    Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
pub struct TableRef {
    pub schema: String,
    pub name: String,
}

impl TableRef {
    pub fn new(schema: &str, name: &str) -> Self {
        Self {
            schema: schema.to_owned(),
            name: name.to_owned(),
        }
    }
    /// `schema.table`, quoted.
    pub fn sql(&self) -> String {
        qualified(Some(&self.schema), &self.name)
    }
}

impl std::fmt::Display for TableRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}.{}", self.schema, self.name)
    }
}

/// An identifier as PostgreSQL stores it: unquoted folds to lower case.
pub(crate) fn ident(i: &Ident) -> String {
    if i.quote_style.is_some() {
        i.value.clone()
    } else {
        i.value.to_lowercase()
    }
}

/// The parts of a possibly qualified name, each as PostgreSQL stores it.
pub(crate) fn name_parts(name: &ObjectName) -> Vec<String> {
    name.0
        .iter()
        .filter_map(|p| p.as_ident())
        .map(ident)
        .collect()
}

/// A name as the server prints it (`schema."Name"`, or bare in `default_schema`).
pub(crate) fn parse_qualified(text: &str, default_schema: &str) -> Option<TableRef> {
    let dialect = sqlparser::dialect::PostgreSqlDialect {};
    let name = sqlparser::parser::Parser::new(&dialect)
        .try_with_sql(text)
        .ok()?
        .parse_object_name(false)
        .ok()?;
    match name_parts(&name).as_slice() {
        [n] => Some(TableRef::new(default_schema, n)),
        [s, n] => Some(TableRef::new(s, n)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keyword_list_is_sorted() {
        let mut k = NON_UNRESERVED.to_vec();
        k.sort_unstable();
        assert_eq!(k, NON_UNRESERVED);
    }

    #[test]
    fn quoting() {
        assert_eq!(quote_ident("orders"), "orders");
        assert_eq!(quote_ident("Orders"), "\"Orders\"");
        assert_eq!(quote_ident("user"), "\"user\"");
        assert_eq!(quote_ident("name"), "name", "unreserved keyword");
        assert_eq!(
            quote_ident("tenant-1; drop table x"),
            "\"tenant-1; drop table x\""
        );
        assert_eq!(quote_ident("a\"b"), "\"a\"\"b\"");
        assert_eq!(quote_ident(""), "\"\"");
        assert_eq!(quote_ident("1abc"), "\"1abc\"");
        assert_eq!(quote_literal("it's"), "'it''s'");
    }

    #[test]
    fn names_are_deterministic_and_short() {
        assert_eq!(
            object_name("orders", &["customer_id"], "idx"),
            "orders_customer_id_idx"
        );
        let long = object_name(
            &"t".repeat(60),
            &["a_very_long_column_name", "another"],
            "fkey",
        );
        assert!(long.len() <= 63, "{long}");
        assert!(long.ends_with("_fkey"));
        assert_eq!(
            long,
            object_name(
                &"t".repeat(60),
                &["a_very_long_column_name", "another"],
                "fkey"
            )
        );
        assert_ne!(
            long,
            object_name(
                &"t".repeat(60),
                &["a_very_long_column_name", "other"],
                "fkey"
            )
        );
        let multibyte = object_name(&"é".repeat(40), &["x"], "idx");
        assert!(multibyte.len() <= 63);
    }
}
