//! Query fingerprints: one logical query, one id, whatever its literals,
//! protocol (simple, extended, prepared) or tenant schema.
//!
//! Follows pg_query's rules where they matter for an advisor: constants and
//! parameters become placeholders, IN-lists, `ARRAY[...]` and extra `VALUES`
//! rows collapse, comments and whitespace fold, keyword case is ignored, and
//! `"users"` equals `users`. Schema-per-tenant qualifiers (`tenant_42.orders`)
//! fold into one placeholder schema and the tenant is reported separately.
//!
//! Two renderings come from one token walk: a compact *key* that is hashed
//! for every event (hot path, no allocation), and the readable *normalized*
//! text, built once per new fingerprint.
use super::lexer::{relation_starts, tokenize, Tok, TokKind};
use super::list_order::{Key, ListSorter};
use regex::Regex;
use std::collections::HashMap;
use xxhash_rust::xxh3::xxh3_64;

/// The grouping's version, in report.json's `summary`. 2: aliases, casts
/// and typed constants, `= ANY ($1)` as `IN`, dated table names and
/// `DEALLOCATE name`/`UNLISTEN name` names fold as pg_query folds them.
/// 3: lists whose order PostgreSQL ignores are sorted (see
/// [`super::list_order`]).
pub const FINGERPRINT_VERSION: u32 = 3;

/// Default pattern for schema-per-tenant names: `tenant_42`, `org_17`,
/// `customer_0f3a9c12`, `tenant_<uuid with underscores>`, `empresa7`.
pub const DEFAULT_TENANT_PATTERN: &str = r"^(?:[a-z][a-z0-9]*_)+(?:[0-9]+|[0-9a-f]{8,}|[0-9a-f]{8}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{4}_[0-9a-f]{12})$|^(?:tenant|org|customer|client|account|company|empresa|cliente|loja|store|shop)[0-9]+$";

/// Which schema names are tenants (no regex: folding is off), and how the
/// folded schema is shown.
#[derive(Debug, Clone)]
pub struct TenantPattern {
    re: Option<Regex>,
    label: Option<String>,
}

impl TenantPattern {
    pub fn new(pattern: Option<&str>) -> Result<Self, regex::Error> {
        Ok(Self {
            re: pattern.map(Regex::new).transpose()?,
            label: None,
        })
    }
    pub fn default_pattern() -> Self {
        Self {
            re: Some(Regex::new(DEFAULT_TENANT_PATTERN).expect("default tenant pattern compiles")),
            label: None,
        }
    }
    pub fn disabled() -> Self {
        Self {
            re: None,
            label: None,
        }
    }
    /// Shows every folded schema as `label` instead of its own shape.
    pub fn with_label(mut self, label: &str) -> Self {
        self.label = Some(label.to_owned());
        self
    }
    pub fn is_enabled(&self) -> bool {
        self.re.is_some()
    }
    pub fn is_tenant(&self, name: &str) -> bool {
        self.re.as_ref().is_some_and(|re| re.is_match(name))
    }
    /// The label `name` folds under, if it is a tenant schema.
    pub fn family(&self, name: &str) -> Option<String> {
        self.is_tenant(name).then(|| self.display(name))
    }
    fn display(&self, name: &str) -> String {
        self.label.clone().unwrap_or_else(|| tenant_family(name))
    }
}

impl Default for TenantPattern {
    fn default() -> Self {
        Self::default_pattern()
    }
}

/// The shape of `tenant_42` shown in normalized text: `tenant_*`.
pub fn tenant_family(name: &str) -> String {
    let trimmed = name.trim_end_matches(|c: char| c.is_ascii_hexdigit() || c == '_' || c == '-');
    if name[trimmed.len()..].starts_with('_') {
        format!("{trimmed}_*")
    } else {
        format!("{trimmed}*")
    }
}

/// Statement classes, as pgBadger counts them.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "lowercase")]
pub enum StatementKind {
    Select,
    Insert,
    Update,
    Delete,
    Copy,
    Ddl,
    Tcl,
    Cursor,
    Utility,
    Other,
}

impl StatementKind {
    fn from_verb(w: &str) -> Self {
        match w {
            "select" | "values" | "table" | "show" | "explain" => Self::Select,
            "insert" => Self::Insert,
            "update" => Self::Update,
            "delete" | "truncate" => Self::Delete,
            "copy" => Self::Copy,
            "create" | "alter" | "drop" | "comment" | "grant" | "revoke" | "reindex"
            | "cluster" | "refresh" => Self::Ddl,
            "begin" | "start" | "commit" | "end" | "rollback" | "savepoint" | "release"
            | "prepare" | "abort" => Self::Tcl,
            "declare" | "fetch" | "close" | "move" => Self::Cursor,
            "set" | "reset" | "vacuum" | "analyze" | "listen" | "notify" | "unlisten" | "lock"
            | "discard" | "deallocate" | "checkpoint" | "load" | "call" | "do" | "execute" => {
                Self::Utility
            }
            _ => Self::Other,
        }
    }
    /// A read or a row write: the statements whose tables and predicates
    /// the rules read.
    pub fn reads_or_writes_rows(self) -> bool {
        matches!(
            self,
            Self::Select | Self::Insert | Self::Update | Self::Delete
        )
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Select => "select",
            Self::Insert => "insert",
            Self::Update => "update",
            Self::Delete => "delete",
            Self::Copy => "copy",
            Self::Ddl => "ddl",
            Self::Tcl => "tcl",
            Self::Cursor => "cursor",
            Self::Utility => "utility",
            Self::Other => "other",
        }
    }
}

/// What the hot path learns about a statement.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fingerprint {
    pub id: u64,
    pub kind: StatementKind,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Key,
    Display,
}

/// Reusable fingerprinting state; one per thread.
#[derive(Debug, Default)]
pub struct Normalizer {
    pattern: TenantPattern,
    toks: Vec<Tok>,
    /// Reused by `render`: which tokens begin a relation name.
    relation_marks: Vec<bool>,
    key: Vec<u8>,
    tenant: String,
    tenant_cache: HashMap<Box<str>, bool>,
    /// Raw text hash → result. Prepared and extended-protocol statements
    /// repeat the same text, so most lookups skip tokenizing entirely.
    seen: HashMap<u64, Seen>,
    /// Shape hash → its key, for texts whose values differ (see [`super::shape`]).
    shapes: HashMap<u64, ShapeKey>,
    /// Literals of the statement being keyed, as its shape found them.
    literals: Vec<(usize, usize)>,
    /// Whether the key being rendered kept a literal's text.
    kept_literal: bool,
    /// Constants of the last statement keyed (empty when it came from `seen`).
    constants: Vec<(u32, usize, usize)>,
    param_positions: Vec<u32>,
    max_param: u32,
    /// Sorts the key's order-free lists (see [`super::list_order`]).
    lists: ListSorter,
    /// Where each placeholder of the key being rendered starts.
    marks: Vec<usize>,
    /// Where the key being rendered left out an `AS name` alias.
    aliases: Vec<usize>,
    /// Per placeholder of the last statement keyed, in text order, its
    /// position in the key; empty when the key kept the text's order.
    order: Vec<u32>,
}

/// The longest normalized text kept, in bytes. A longer statement keeps its
/// start and says how much was cut; no parser reads it whole, so its facts
/// are not analysed (the fingerprint, from the whole statement, is exact).
pub const MAX_NORMALIZED: usize = 16 * 1024;

fn bounded(mut text: String) -> String {
    if text.len() <= MAX_NORMALIZED {
        return text;
    }
    let cut = crate::vocab::sql_names::truncate_bytes(&text, MAX_NORMALIZED).len();
    let more = text[cut..].chars().count();
    text.truncate(cut);
    text.push_str(&format!(" /* … {more} more characters */"));
    text
}

/// Where the `i`-th placeholder of a text is in its key, given the text's
/// placeholder order (see [`Normalizer::placeholder_order`]; empty when the
/// key kept the text's order).
pub(crate) fn key_position(order: &[u32], i: usize) -> u32 {
    order.get(i).copied().unwrap_or(i as u32)
}

/// A text keyed before: its fingerprint, tenant and placeholder order.
type Seen = (Fingerprint, Option<Box<str>>, Box<[u32]>);

/// The key of every text of one shape.
#[derive(Debug)]
struct ShapeKey {
    fp: Fingerprint,
    tenant: Option<Box<str>>,
    /// Per constant: its placeholder position, which literal of the shape
    /// it is, and whether a sign before that literal belongs to it.
    constants: Box<[(u32, u32, bool)]>,
    params: Box<[u32]>,
    max_param: u32,
    literals: usize,
    order: Box<[u32]>,
}

/// Entries kept in [`Normalizer::seen`] before it is cleared.
const SEEN_CAP: usize = 20_000;

/// Output sink shared by both renderings.
struct Out<'a> {
    mode: Mode,
    buf: &'a mut Vec<u8>,
    next_placeholder: u32,
    /// Placeholders so far, parameters and constants alike, in text order.
    position: u32,
    /// (position, byte range in the statement) of each constant.
    constants: Vec<(u32, usize, usize)>,
    /// Positions taken by bind parameters.
    params: Vec<u32>,
    /// Where each placeholder starts in the key (key walk only).
    marks: Vec<usize>,
}

impl Out<'_> {
    fn sep(&mut self, space: bool) {
        match self.mode {
            Mode::Key => self.buf.push(0x1f),
            Mode::Display => {
                if space && !self.buf.is_empty() {
                    self.buf.push(b' ');
                }
            }
        }
    }
    fn word(&mut self, text: &str, space: bool) {
        self.sep(space);
        match self.mode {
            Mode::Key => self
                .buf
                .extend(text.bytes().map(|b| b.to_ascii_lowercase())),
            Mode::Display => {
                let lower = text.to_ascii_lowercase();
                if is_keyword(&lower) {
                    self.buf
                        .extend(text.bytes().map(|b| b.to_ascii_uppercase()));
                } else {
                    self.buf.extend_from_slice(lower.as_bytes());
                }
            }
        }
    }
    fn raw(&mut self, text: &str, space: bool) {
        self.sep(space);
        self.buf.extend_from_slice(text.as_bytes());
    }
    /// A constant's placeholder; both renderings number them alike so that
    /// `$k` of the normalized text names the k-th constant of the key walk.
    fn placeholder(&mut self, space: bool) {
        self.sep(space);
        match self.mode {
            Mode::Key => {
                self.marks.push(self.buf.len());
                self.buf.push(b'?');
            }
            Mode::Display => {
                self.buf.push(b'$');
                self.buf
                    .extend_from_slice(self.next_placeholder.to_string().as_bytes());
            }
        }
        self.next_placeholder += 1;
        self.position += 1;
    }

    /// Remembers where the constant behind the next placeholder is (key walk only).
    fn constant(&mut self, start: usize, end: usize) {
        if self.mode == Mode::Key {
            self.constants.push((self.position, start, end));
        }
    }
    fn param(&mut self, text: &str, space: bool) {
        match self.mode {
            // A bind parameter is a placeholder in the key but keeps its own number.
            Mode::Key => {
                self.sep(space);
                self.marks.push(self.buf.len());
                self.buf.push(b'?');
                self.params.push(self.position);
            }
            Mode::Display => self.raw(text, space),
        }
        self.position += 1;
    }
    /// Marks collapsed items in the readable text only: the key must not
    /// depend on how many items a list had.
    fn collapsed(&mut self) {
        if self.mode == Mode::Display {
            self.buf.extend_from_slice(b" /*, ... */");
        }
    }
}

impl Normalizer {
    pub fn new(pattern: TenantPattern) -> Self {
        Self {
            pattern,
            ..Default::default()
        }
    }

    /// The fingerprint of `sql`, and the tenant schema it names, if any.
    pub fn fingerprint(&mut self, sql: &str) -> (Fingerprint, Option<&str>) {
        let raw = xxh3_64(sql.as_bytes());
        if let Some((fp, tenant, order)) = self.seen.get(&raw) {
            let fp = *fp;
            // The same text was keyed before: its constants are known already.
            self.constants.clear();
            self.param_positions.clear();
            self.order.clear();
            self.order.extend_from_slice(order);
            self.tenant.clear();
            let has_tenant = tenant.as_deref().map(|t| self.tenant.push_str(t)).is_some();
            return (fp, has_tenant.then_some(self.tenant.as_str()));
        }
        let mut literals = std::mem::take(&mut self.literals);
        let shape = super::shape::of(sql, &mut literals);
        let known = shape.and_then(|h| self.shapes.get(&h));
        if let Some(k) = known.filter(|k| k.literals == literals.len()) {
            self.constants.clear();
            self.constants
                .extend(k.constants.iter().filter_map(|&(pos, lit, signed)| {
                    let (a, b) = *literals.get(lit as usize)?;
                    Some((pos, if signed { a - 1 } else { a }, b))
                }));
            self.param_positions.clear();
            self.param_positions.extend_from_slice(&k.params);
            self.order.clear();
            self.order.extend_from_slice(&k.order);
            self.max_param = k.max_param;
            self.tenant.clear();
            if let Some(t) = &k.tenant {
                self.tenant.push_str(t);
            }
            let fp = k.fp;
            let has_tenant = k.tenant.is_some();
            self.literals = literals;
            return (fp, has_tenant.then_some(self.tenant.as_str()));
        }
        tokenize(sql, &mut self.toks);
        let mut key = std::mem::take(&mut self.key);
        key.clear();
        let (kind, has_tenant) = self.render(sql, Mode::Key, &mut key);
        self.sort_lists(sql, &mut key, kind);
        let fp = Fingerprint {
            id: xxh3_64(&key),
            kind,
        };
        self.key = key;
        if let Some(h) = shape.filter(|_| !self.kept_literal) {
            self.remember_shape(sql, h, fp, has_tenant, &literals);
        }
        self.literals = literals;
        if self.seen.len() >= SEEN_CAP {
            self.seen.clear();
        }
        self.seen.insert(
            raw,
            (
                fp,
                has_tenant.then(|| self.tenant.as_str().into()),
                self.order.as_slice().into(),
            ),
        );
        (fp, has_tenant.then_some(self.tenant.as_str()))
    }

    /// Keeps the key of `sql`'s shape when each of its constants is one
    /// literal of the shape (with its sign): texts of the shape then take
    /// their constants from where their own literals are.
    fn remember_shape(
        &mut self,
        sql: &str,
        hash: u64,
        fp: Fingerprint,
        has_tenant: bool,
        literals: &[(usize, usize)],
    ) {
        let mut constants = Vec::with_capacity(self.constants.len());
        for &(pos, a, b) in &self.constants {
            let Ok(lit) = literals.binary_search_by_key(&b, |l| l.1) else {
                return;
            };
            let start = literals[lit].0;
            let signed = match start.checked_sub(a) {
                Some(0) => false,
                Some(1) if matches!(sql.as_bytes()[a], b'-' | b'+') => true,
                _ => return,
            };
            constants.push((pos, lit as u32, signed));
        }
        if self.shapes.len() >= SEEN_CAP {
            self.shapes.clear();
        }
        self.shapes.insert(
            hash,
            ShapeKey {
                fp,
                tenant: has_tenant.then(|| self.tenant.as_str().into()),
                constants: constants.into(),
                params: self.param_positions.as_slice().into(),
                max_param: self.max_param,
                literals: literals.len(),
                order: self.order.as_slice().into(),
            },
        );
    }

    /// Puts the key's order-free lists in one order, and the positions of
    /// the constants and parameters moved with them in the key's order.
    fn sort_lists(&mut self, sql: &str, key: &mut Vec<u8>, kind: StatementKind) {
        let mut order = std::mem::take(&mut self.order);
        let k = Key {
            kind,
            placeholders: &self.marks,
            aliases: &self.aliases,
        };
        // A 0x1f byte in the text would pass for a token boundary of the key.
        let clean = memchr::memchr(0x1f, sql.as_bytes()).is_none();
        if clean && self.lists.sort(key, &k, &mut order) {
            let at = |p: &mut u32| *p = key_position(&order, *p as usize);
            self.constants.iter_mut().for_each(|c| at(&mut c.0));
            self.param_positions.iter_mut().for_each(at);
        } else {
            order.clear();
        }
        self.order = order;
    }

    /// For each placeholder of the statement last given to
    /// [`Normalizer::fingerprint`], in text order, its position in the key
    /// (the one [`Normalizer::constants`] and
    /// [`Normalizer::param_positions`] give); empty when they are the same.
    /// Statements that list the same columns or conditions in other orders
    /// share a fingerprint, and the positions name one column in all.
    pub fn placeholder_order(&self) -> &[u32] {
        &self.order
    }

    /// Constants of the statement last given to [`Normalizer::fingerprint`]:
    /// (position among the placeholders in the key, bind parameters
    /// included, text as written). Empty when the same text was seen just
    /// before.
    pub fn constants<'a>(&'a self, sql: &'a str) -> impl Iterator<Item = (u32, &'a str)> + 'a {
        self.constants
            .iter()
            .filter_map(move |&(n, a, b)| sql.get(a..b).map(|t| (n, t)))
    }

    /// [`Normalizer::constants`] as byte ranges.
    pub fn constant_ranges(&self) -> &[(u32, usize, usize)] {
        &self.constants
    }

    /// Placeholder positions taken by bind parameters in the last statement keyed.
    pub fn param_positions(&self) -> &[u32] {
        &self.param_positions
    }

    /// The highest `$n` bind parameter of the last statement keyed.
    pub fn max_param(&self) -> u32 {
        self.max_param
    }

    /// The readable normalized text (`SELECT … WHERE id = $1`), at most
    /// [`MAX_NORMALIZED`] bytes: an 83 000-character generated `UPDATE` is
    /// kept once per fingerprint, and a log holds many.
    pub fn normalized(&mut self, sql: &str) -> String {
        tokenize(sql, &mut self.toks);
        let mut buf = Vec::with_capacity(sql.len().min(MAX_NORMALIZED + 64));
        self.render(sql, Mode::Display, &mut buf);
        // Tokens are slices of valid UTF-8 and we only add ASCII.
        let text = String::from_utf8(buf)
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        bounded(text)
    }

    fn is_tenant(&mut self, name: &str) -> bool {
        if let Some(&t) = self.tenant_cache.get(name) {
            return t;
        }
        let t = self.pattern.is_tenant(name);
        if self.tenant_cache.len() < 100_000 {
            self.tenant_cache.insert(name.into(), t);
        }
        t
    }

    fn render(&mut self, sql: &str, mode: Mode, buf: &mut Vec<u8>) -> (StatementKind, bool) {
        let toks = std::mem::take(&mut self.toks);
        let max_param = toks.iter().filter_map(|t| t.param(sql)).max().unwrap_or(0);
        self.max_param = max_param;
        let mut constants = std::mem::take(&mut self.constants);
        constants.clear();
        let mut params = std::mem::take(&mut self.param_positions);
        params.clear();
        let mut marks = std::mem::take(&mut self.marks);
        marks.clear();
        self.aliases.clear();
        self.kept_literal = false;
        let mut out = Out {
            mode,
            buf,
            next_placeholder: max_param + 1,
            position: 0,
            constants,
            params,
            marks,
        };
        let kind = statement_kind(sql, &toks);
        let mut has_tenant = false;
        self.tenant.clear();
        let text = |t: &Tok| &sql[t.start..t.end];
        // Drop trailing semicolons.
        let mut n = toks.len();
        while n > 0 && toks[n - 1].kind == TokKind::Punct && text(&toks[n - 1]) == ";" {
            n -= 1;
        }
        let toks_s = &toks[..n];
        // `DEALLOCATE a123` / `UNLISTEN chan`: the name is the client's, the
        // statement one (as pg_query has it).
        // `DEALLOCATE ALL` / `UNLISTEN *` (a pooler's reset) stay apart.
        let named =
            |w: &str| w.eq_ignore_ascii_case("deallocate") || w.eq_ignore_ascii_case("unlisten");
        let all = |k: usize| {
            toks_s
                .get(k)
                .map(text)
                .is_some_and(|w| w.eq_ignore_ascii_case("all") || w == "*")
        };
        let toks_s = match toks_s.first().map(text) {
            Some(w) if mode == Mode::Key && named(w) && !all(1) && !all(2) => &toks_s[..1],
            _ => toks_s,
        };
        let n = toks_s.len();
        let mut rel = std::mem::take(&mut self.relation_marks);
        relation_starts(sql, toks_s, &mut rel);
        // In `ORDER BY 2` / `GROUP BY 1` a number is a column position, not a constant.
        let mut in_by_list = false;
        // Aliases fold in queries only: in DDL `AS` names a type
        // (`CREATE DOMAIN d AS text`, `CREATE SEQUENCE s AS bigint`).
        let dml = matches!(
            kind,
            StatementKind::Select
                | StatementKind::Insert
                | StatementKind::Update
                | StatementKind::Delete
        );
        // Per open parenthesis, whether it is a cast's (`CAST (x AS int)`):
        // kept as the walk goes, so that each `AS` is judged in constant time.
        let mut casts: Vec<bool> = Vec::new();
        let mut i = 0;
        while i < n {
            let t = toks_s[i];
            let s = text(&t);
            // A typed constant (`INTERVAL (0) '1 day'`, `DATE '2024-01-01'`) is
            // the constant in the key, as a cast on one is (pg_query folds both).
            if mode == Mode::Key && t.kind == TokKind::Word {
                if let Some(next) = typed_constant(sql, toks_s, i) {
                    i = next;
                    continue;
                }
            }
            // `numeric(5,2)`, `varchar(20)`: a type modifier is syntax, not a constant.
            if let Some(close) = (t.kind == TokKind::Word)
                .then(|| type_modifiers(sql, toks_s, i))
                .flatten()
            {
                out.word(s, t.space_before);
                for m in &toks_s[i + 1..=close] {
                    out.raw(text(m), m.space_before);
                }
                self.kept_literal = true;
                i = close + 1;
                continue;
            }
            match t.kind {
                TokKind::Word | TokKind::QuotedIdent
                    if i + 1 == n && savepoint_name(sql, toks_s, kind) =>
                {
                    // Unique savepoint names (Django's `s140234_x1`) are one statement.
                    out.raw("sp", t.space_before);
                    i += 1;
                }
                TokKind::Word | TokKind::QuotedIdent => {
                    let followed_by_dot = i + 1 < n
                        && toks_s[i + 1].kind == TokKind::Punct
                        && text(&toks_s[i + 1]) == ".";
                    // Only qualifiers can be tenants; most words skip this.
                    let ident = (followed_by_dot || t.kind == TokKind::QuotedIdent)
                        .then(|| ident_value(t.kind, s));
                    // Only a schema can be a tenant: the qualifier of a relation
                    // name, of a three-part column name or of a function, never
                    // a table or alias qualifying its column (`u0.id`).
                    let schema_position = followed_by_dot
                        && (rel.get(i).copied().unwrap_or(false) || {
                            let after = |k: usize| toks_s.get(i + k).map(|t| (t.kind, text(t)));
                            matches!(after(2), Some((TokKind::Word | TokKind::QuotedIdent, _)))
                                && matches!(
                                    after(3),
                                    Some((TokKind::Punct, ".")) | Some((TokKind::Punct, "("))
                                )
                        });
                    if let Some(ident) = ident
                        .as_deref()
                        .filter(|id| schema_position && self.is_tenant(id))
                    {
                        if !has_tenant {
                            has_tenant = true;
                            self.tenant.push_str(ident);
                        }
                        match mode {
                            Mode::Key => out.raw("\u{1}tenant", t.space_before),
                            Mode::Display => out.raw(
                                &format!("\"{}\"", self.pattern.display(ident)),
                                t.space_before,
                            ),
                        }
                        i += 1;
                        continue;
                    }
                    // An alias is the writer's choice, not the query (pg_query
                    // ignores it): `AS name` is left out of the key, never in a
                    // `CAST (x AS type)` or before a keyword.
                    if mode == Mode::Key
                        && dml
                        && t.kind == TokKind::Word
                        && s.eq_ignore_ascii_case("as")
                        && casts.last() != Some(&true)
                        && alias_follows(sql, toks_s, i)
                    {
                        self.aliases.push(out.buf.len());
                        i += 2;
                        continue;
                    }
                    if t.kind == TokKind::Word {
                        if s.eq_ignore_ascii_case("by") {
                            in_by_list = true;
                        } else if in_by_list && ends_by_list(s) {
                            in_by_list = false;
                        }
                        let lw = s.len() <= 6
                            && (s.eq_ignore_ascii_case("in")
                                || s.eq_ignore_ascii_case("values")
                                || s.eq_ignore_ascii_case("array"));
                        // `events_20240301`, `logs_2024_03`: one table per
                        // period is one query, as one schema per tenant is.
                        match (mode, dated(s)) {
                            (Mode::Key, Some(folded)) => out.word(&folded, t.space_before),
                            _ => out.word(s, t.space_before),
                        }
                        i += 1;
                        if lw {
                            let open = if s.eq_ignore_ascii_case("array") {
                                "["
                            } else {
                                "("
                            };
                            if s.eq_ignore_ascii_case("values") {
                                i = collapse_values(sql, toks_s, i, &mut out);
                            } else if let Some(end) = value_list_end(sql, toks_s, i, open) {
                                // `IN ($1, $2, 3)` → `IN ($1 /*, ... */)`.
                                let close = toks_s[end];
                                out.raw(open, toks_s[i].space_before);
                                for k in i + 1..end {
                                    if toks_s[k].kind == TokKind::Literal {
                                        let signed = k > 0
                                            && toks_s[k - 1].kind == TokKind::Op
                                            && matches!(text(&toks_s[k - 1]), "-" | "+");
                                        let start = if signed {
                                            toks_s[k - 1].start
                                        } else {
                                            toks_s[k].start
                                        };
                                        out.constant(start, toks_s[k].end);
                                    }
                                }
                                out.placeholder(false);
                                if end > i + 2 {
                                    out.collapsed();
                                }
                                out.raw(text(&close), false);
                                i = end + 1;
                            }
                        }
                        continue;
                    }
                    // Quoted identifiers that need no quotes are the same as unquoted.
                    let ident = ident.unwrap_or_default();
                    if needs_quotes(&ident) {
                        out.raw(s, t.space_before);
                    } else {
                        out.word(&ident, t.space_before);
                    }
                    i += 1;
                }
                TokKind::Literal => {
                    let prev = if i > 0 { text(&toks_s[i - 1]) } else { "" };
                    let position = in_by_list
                        && (prev.eq_ignore_ascii_case("by") || prev == ",")
                        && s.bytes().all(|b| b.is_ascii_digit());
                    if position {
                        self.kept_literal = true;
                        out.raw(s, t.space_before);
                        i += 1;
                    } else {
                        out.constant(t.start, t.end);
                        out.placeholder(t.space_before);
                        i += 1;
                        if mode == Mode::Key {
                            i = after_cast(sql, toks_s, i);
                        }
                    }
                }
                TokKind::Param => {
                    out.param(s, t.space_before);
                    i += 1;
                    if mode == Mode::Key {
                        i = after_cast(sql, toks_s, i);
                    }
                }
                TokKind::Op => {
                    // `= ANY ($1)` is `IN ($1)` in the key: both are one
                    // batched lookup (pg_query groups them too).
                    if mode == Mode::Key && s == "=" {
                        if let Some(k) = any_of_one(sql, toks_s, i) {
                            out.word("in", t.space_before);
                            out.raw("(", false);
                            let v = toks_s[k];
                            if v.kind == TokKind::Param {
                                out.param(text(&v), false);
                            } else {
                                out.constant(v.start, v.end);
                                out.placeholder(false);
                            }
                            out.raw(")", false);
                            i = after_cast(sql, toks_s, k + 1) + 1;
                            continue;
                        }
                    }
                    // A sign directly before a number belongs to the constant.
                    if (s == "-" || s == "+")
                        && i + 1 < n
                        && toks_s[i + 1].kind == TokKind::Literal
                        && !toks_s[i + 1].space_before
                        && !prev_is_operand(sql, toks_s, i)
                    {
                        out.constant(t.start, toks_s[i + 1].end);
                        out.placeholder(t.space_before);
                        i += 2;
                        continue;
                    }
                    out.raw(s, t.space_before);
                    i += 1;
                }
                TokKind::Punct => {
                    if s == ")" || s == ";" {
                        in_by_list = false;
                    }
                    if s == "(" {
                        let before = i.checked_sub(1).map(|b| text(&toks_s[b]));
                        casts.push(before.is_some_and(|w| {
                            ["cast", "xmlcast", "treat", "convert", "try_cast"]
                                .iter()
                                .any(|c| c.eq_ignore_ascii_case(w))
                        }));
                    } else if s == ")" {
                        casts.pop();
                    }
                    out.raw(s, t.space_before);
                    i += 1;
                }
            }
        }
        self.constants = std::mem::take(&mut out.constants);
        self.param_positions = std::mem::take(&mut out.params);
        self.marks = std::mem::take(&mut out.marks);
        self.toks = toks;
        self.relation_marks = rel;
        (kind, has_tenant)
    }
}

/// `= ANY ( $1 )` (a cast after `$1` allowed) at `i`: the index of `$1`.
fn any_of_one(sql: &str, toks: &[Tok], i: usize) -> Option<usize> {
    let text = |k: usize| toks.get(k).map(|t| (t.kind, &sql[t.start..t.end]));
    match text(i + 1)? {
        (TokKind::Word, w) if w.eq_ignore_ascii_case("any") => {}
        _ => return None,
    }
    if text(i + 2)? != (TokKind::Punct, "(") {
        return None;
    }
    let k = i + 3;
    if !matches!(text(k)?.0, TokKind::Param | TokKind::Literal) {
        return None;
    }
    (text(after_cast(sql, toks, k + 1))? == (TokKind::Punct, ")")).then_some(k)
}

/// Past a cast on the constant before `i` (`::uuid`, `::numeric(5,2)`,
/// `::int[]`): where the key goes on.
fn after_cast(sql: &str, toks: &[Tok], mut i: usize) -> usize {
    let text = |k: usize| toks.get(k).map(|t| (t.kind, &sql[t.start..t.end]));
    while text(i) == Some((TokKind::Op, "::")) {
        match text(i + 1) {
            Some((TokKind::Word | TokKind::QuotedIdent, _)) => {}
            _ => return i,
        }
        i = type_modifiers(sql, toks, i + 1).map_or(i + 2, |close| close + 1);
        while text(i) == Some((TokKind::Punct, "[")) && text(i + 1) == Some((TokKind::Punct, "]")) {
            i += 2;
        }
    }
    i
}

/// Types a constant may be written after (`DATE '2024-01-01'`).
const CONSTANT_TYPES: &[&str] = &[
    "date",
    "interval",
    "time",
    "timestamp",
    "timestamptz",
    "timetz",
];

/// When `toks[i]` starts a typed constant (`INTERVAL (0) '1 day'`,
/// `DATE $1`), the index of the constant, which the key keeps alone.
fn typed_constant(sql: &str, toks: &[Tok], i: usize) -> Option<usize> {
    let name = &sql[toks[i].start..toks[i].end];
    if !CONSTANT_TYPES.iter().any(|t| t.eq_ignore_ascii_case(name)) {
        return None;
    }
    // Not a column or a cast's type: the word before is no `::` and no `.`.
    if i > 0 && matches!(&sql[toks[i - 1].start..toks[i - 1].end], "::" | ".") {
        return None;
    }
    let at = match sql.get(toks.get(i + 1)?.start..toks.get(i + 1)?.end)? {
        "(" => type_modifiers(sql, toks, i)? + 1,
        _ => i + 1,
    };
    let c = toks.get(at)?;
    let quoted = sql[c.start..c.end].starts_with('\'');
    ((c.kind == TokKind::Literal && quoted) || c.kind == TokKind::Param).then_some(at)
}

/// Whether `AS` at `i` names an alias: a plain name follows that is no
/// keyword and opens nothing. (The walk knows whether a cast's parenthesis
/// is open: `CAST (x AS type)` is no alias.)
fn alias_follows(sql: &str, toks: &[Tok], i: usize) -> bool {
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    let name = &sql[next.start..next.end];
    let plain = match next.kind {
        TokKind::QuotedIdent => true,
        TokKind::Word => !is_keyword(&name.to_ascii_lowercase()),
        _ => false,
    };
    let opens = toks
        .get(i + 2)
        .is_some_and(|t| matches!(&sql[t.start..t.end], "(" | "."));
    plain && !opens
}

/// A name with a date in it (`events_20240301`, `logs_2024_03`,
/// `t_202403_x`), the date folded: `events_?`.
fn dated(word: &str) -> Option<String> {
    let b = word.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if !b[i].is_ascii_digit() || (i > 0 && b[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        // Digits and single `_` between them: `20240301`, `2024_03_01`.
        let mut j = i;
        let mut digits = String::new();
        while j < b.len()
            && (b[j].is_ascii_digit()
                || (b[j] == b'_' && b.get(j + 1).is_some_and(u8::is_ascii_digit) && j > i))
        {
            if b[j] != b'_' {
                digits.push(b[j] as char);
            }
            j += 1;
        }
        let year = digits.get(..4).and_then(|y| y.parse::<u32>().ok());
        let month = digits.get(4..6).and_then(|m| m.parse::<u32>().ok());
        let day_ok = match digits.len() {
            6 => true,
            8 => digits[6..8]
                .parse::<u32>()
                .is_ok_and(|d| (1..=31).contains(&d)),
            _ => false,
        };
        if year.is_some_and(|y| (1990..=2099).contains(&y))
            && month.is_some_and(|m| (1..=12).contains(&m))
            && day_ok
        {
            return Some(format!("{}?{}", &word[..i], &word[j..]));
        }
        i = j.max(i + 1);
    }
    None
}

/// Types whose modifiers are written in parentheses.
const MODIFIED_TYPES: &[&str] = &[
    "numeric",
    "decimal",
    "varchar",
    "varying",
    "char",
    "character",
    "bpchar",
    "bit",
    "varbit",
    "timestamp",
    "timestamptz",
    "time",
    "timetz",
    "interval",
    "float",
];

/// When `toks[i]` is a type name followed by its modifiers (`numeric(5, 2)`),
/// the index of the closing parenthesis.
fn type_modifiers(sql: &str, toks: &[Tok], i: usize) -> Option<usize> {
    let name = &sql[toks[i].start..toks[i].end];
    if name.len() > 11 || !MODIFIED_TYPES.iter().any(|t| t.eq_ignore_ascii_case(name)) {
        return None;
    }
    let text = |k: usize| toks.get(k).map(|t| (t.kind, &sql[t.start..t.end]));
    if text(i + 1) != Some((TokKind::Punct, "(")) {
        return None;
    }
    let mut k = i + 2;
    loop {
        match text(k)? {
            (TokKind::Literal, s) if s.bytes().all(|b| b.is_ascii_digit()) => {}
            _ => return None,
        }
        match text(k + 1)? {
            (TokKind::Punct, ")") => return Some(k + 1),
            (TokKind::Punct, ",") => k += 2,
            _ => return None,
        }
    }
}

/// Whether the last token of a transaction statement is a savepoint's name
/// (`SAVEPOINT s1`, `RELEASE [SAVEPOINT] s1`, `ROLLBACK TO [SAVEPOINT] s1`).
fn savepoint_name(sql: &str, toks: &[Tok], kind: StatementKind) -> bool {
    if kind != StatementKind::Tcl || toks.len() < 2 {
        return false;
    }
    let word = |t: &Tok| sql[t.start..t.end].to_ascii_lowercase();
    match word(&toks[0]).as_str() {
        "savepoint" | "release" => true,
        "rollback" => toks.iter().any(|t| word(t) == "to"),
        _ => false,
    }
}

fn prev_is_operand(sql: &str, toks: &[Tok], i: usize) -> bool {
    if i == 0 {
        return false;
    }
    let p = toks[i - 1];
    match p.kind {
        TokKind::Literal | TokKind::Param | TokKind::QuotedIdent => true,
        TokKind::Word => !is_keyword(&sql[p.start..p.end].to_ascii_lowercase()),
        TokKind::Punct => matches!(&sql[p.start..p.end], ")" | "]"),
        TokKind::Op => false,
    }
}

/// Clause keywords after which numbers are constants again.
fn ends_by_list(word: &str) -> bool {
    const ENDS: &[&str] = &[
        "except",
        "fetch",
        "for",
        "from",
        "having",
        "intersect",
        "limit",
        "offset",
        "on",
        "returning",
        "select",
        "union",
        "where",
        "window",
    ];
    word.len() <= 9 && ENDS.iter().any(|k| word.eq_ignore_ascii_case(k))
}

fn ident_value(kind: TokKind, s: &str) -> String {
    match kind {
        TokKind::QuotedIdent => {
            let inner = s.strip_prefix('"').unwrap_or(s);
            let inner = inner.strip_suffix('"').unwrap_or(inner);
            inner.replace("\"\"", "\"")
        }
        _ => s.to_ascii_lowercase(),
    }
}

fn needs_quotes(ident: &str) -> bool {
    let b = ident.as_bytes();
    b.is_empty()
        || !(b[0].is_ascii_lowercase() || b[0] == b'_')
        || !b
            .iter()
            .all(|&c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
        || is_keyword(ident)
}

/// One constant-like item of a list: `1`, `-1`, `$2`, `'a'::text`, `NULL`.
/// Returns the index after it.
fn value_item_end(sql: &str, toks: &[Tok], mut i: usize) -> Option<usize> {
    let t = toks.get(i)?;
    let s = &sql[t.start..t.end];
    if t.kind == TokKind::Op && (s == "-" || s == "+") {
        i += 1;
    }
    let t = toks.get(i)?;
    let s = &sql[t.start..t.end];
    let is_value = matches!(t.kind, TokKind::Literal | TokKind::Param)
        || (t.kind == TokKind::Word
            && (s.eq_ignore_ascii_case("null")
                || s.eq_ignore_ascii_case("true")
                || s.eq_ignore_ascii_case("false")
                || s.eq_ignore_ascii_case("default")));
    if !is_value {
        return None;
    }
    i += 1;
    // Optional `::type`.
    if let Some(c) = toks.get(i) {
        if c.kind == TokKind::Op && &sql[c.start..c.end] == "::" {
            if let Some(ty) = toks.get(i + 1) {
                if matches!(ty.kind, TokKind::Word | TokKind::QuotedIdent) {
                    i += 2;
                }
            }
        }
    }
    Some(i)
}

/// If `toks[i]` opens (`open`) a list of only constants, the index of its closing token.
fn value_list_end(sql: &str, toks: &[Tok], i: usize, open: &str) -> Option<usize> {
    let close = if open == "[" { "]" } else { ")" };
    let t = toks.get(i)?;
    if t.kind != TokKind::Punct || &sql[t.start..t.end] != open {
        return None;
    }
    let mut j = i + 1;
    loop {
        j = value_item_end(sql, toks, j)?;
        let t = toks.get(j)?;
        match &sql[t.start..t.end] {
            "," if t.kind == TokKind::Punct => j += 1,
            c if t.kind == TokKind::Punct && c == close => return Some(j),
            _ => return None,
        }
    }
}

/// `VALUES (..), (..), (..)`: the first row is kept, constant rows after it collapse.
fn collapse_values(sql: &str, toks: &[Tok], i: usize, out: &mut Out<'_>) -> usize {
    let Some(end) = value_list_end(sql, toks, i, "(") else {
        return i;
    };
    out.raw("(", toks[i].space_before);
    let mut j = i + 1;
    let mut first = true;
    while j < end {
        let t = toks[j];
        let s = &sql[t.start..t.end];
        match t.kind {
            TokKind::Literal => {
                out.constant(t.start, t.end);
                out.placeholder(t.space_before && !first);
            }
            TokKind::Param => out.param(s, t.space_before && !first),
            TokKind::Word => out.word(s, t.space_before && !first),
            TokKind::Op if (s == "-" || s == "+") => {
                out.constant(t.start, toks.get(j + 1).map_or(t.end, |n| n.end));
                out.placeholder(t.space_before && !first);
                j += 1;
            }
            _ => out.raw(s, t.space_before && !first),
        }
        first = false;
        j += 1;
    }
    out.raw(")", false);
    let mut k = end + 1;
    let mut collapsed = false;
    while k + 1 < toks.len()
        && toks[k].kind == TokKind::Punct
        && &sql[toks[k].start..toks[k].end] == ","
    {
        match value_list_end(sql, toks, k + 1, "(") {
            Some(e) => {
                collapsed = true;
                k = e + 1;
            }
            None => break,
        }
    }
    if collapsed {
        out.collapsed();
    }
    k
}

fn statement_kind(sql: &str, toks: &[Tok]) -> StatementKind {
    let mut words = toks.iter().filter(|t| t.kind == TokKind::Word);
    let Some(first) = words.next() else {
        return StatementKind::Other;
    };
    let verb = sql[first.start..first.end].to_ascii_lowercase();
    if verb != "with" {
        return StatementKind::from_verb(&verb);
    }
    // WITH … : the first DML verb at parenthesis depth 0 decides.
    let mut depth = 0i32;
    for t in toks {
        let s = &sql[t.start..t.end];
        match t.kind {
            TokKind::Punct if s == "(" => depth += 1,
            TokKind::Punct if s == ")" => depth -= 1,
            TokKind::Word if depth == 0 => {
                let k = StatementKind::from_verb(&s.to_ascii_lowercase());
                if matches!(
                    k,
                    StatementKind::Select
                        | StatementKind::Insert
                        | StatementKind::Update
                        | StatementKind::Delete
                ) {
                    return k;
                }
            }
            _ => {}
        }
    }
    StatementKind::Select
}

/// Keywords shown in upper case in normalized text (reserved and common ones).
const KEYWORDS: &[&str] = &[
    "abort",
    "all",
    "alter",
    "analyze",
    "and",
    "any",
    "array",
    "as",
    "asc",
    "begin",
    "between",
    "by",
    "call",
    "case",
    "cast",
    "check",
    "close",
    "coalesce",
    "collate",
    "column",
    "commit",
    "concurrently",
    "conflict",
    "constraint",
    "copy",
    "create",
    "cross",
    "current_date",
    "current_timestamp",
    "cursor",
    "deallocate",
    "declare",
    "default",
    "delete",
    "desc",
    "distinct",
    "do",
    "drop",
    "else",
    "end",
    "except",
    "exists",
    "explain",
    "false",
    "fetch",
    "filter",
    "first",
    "for",
    "foreign",
    "from",
    "full",
    "grant",
    "group",
    "having",
    "ilike",
    "in",
    "index",
    "inner",
    "insert",
    "intersect",
    "interval",
    "into",
    "is",
    "join",
    "key",
    "last",
    "lateral",
    "left",
    "like",
    "limit",
    "lock",
    "materialized",
    "move",
    "natural",
    "not",
    "nothing",
    "notify",
    "null",
    "nulls",
    "offset",
    "on",
    "only",
    "or",
    "order",
    "outer",
    "over",
    "partition",
    "prepare",
    "primary",
    "recursive",
    "references",
    "refresh",
    "release",
    "reset",
    "returning",
    "revoke",
    "right",
    "rollback",
    "row",
    "rows",
    "savepoint",
    "select",
    "set",
    "show",
    "similar",
    "skip",
    "start",
    "table",
    "then",
    "to",
    "transaction",
    "true",
    "truncate",
    "union",
    "unique",
    "update",
    "using",
    "vacuum",
    "values",
    "view",
    "when",
    "where",
    "window",
    "with",
    "within",
];

fn is_keyword(lower: &str) -> bool {
    KEYWORDS.binary_search(&lower).is_ok()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A fresh fingerprinter's id for `sql`.
    pub(crate) fn fp(sql: &str) -> u64 {
        Normalizer::new(TenantPattern::default())
            .fingerprint(sql)
            .0
            .id
    }
    fn norm(sql: &str) -> String {
        Normalizer::new(TenantPattern::default()).normalized(sql)
    }

    /// Every statement keyed from a warm shape cache has the key, constants,
    /// parameters and tenant a fresh fingerprinter gives it.
    #[test]
    fn a_shape_seen_before_keys_like_a_fresh_fingerprinter() {
        let statements = [
            "SELECT * FROM t WHERE id = 1 ORDER BY 2",
            "SELECT a, b FROM t GROUP BY 1, 2 LIMIT 10",
            "SELECT x::numeric(5,2), y::varchar(20) FROM t WHERE z = 3",
            "SELECT * FROM t WHERE d > INTERVAL (0) '1 day' AND e = DATE '2024-01-01'",
            "SELECT * FROM t WHERE id = ANY('{1,2}') AND k = -4 AND j = 5 - 2",
            "INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y'), (-3, 'z')",
            "SELECT * FROM tenant_12.orders o WHERE o.total > 10.5 AND o.id IN (1, 2, 3)",
            "UPDATE events_20240301 SET n = n + 1 WHERE id = $1 AND s = 'a''b'",
            "SELECT * FROM t WHERE a = 1 /* it's 2 */ AND b = 'c' -- 3\n AND c = 4",
            "SELECT B'101', X'1F', 1e5, 2.5E-3 FROM t WHERE \"it's\" = 'q'",
            "SELECT 1 FROM t1 JOIN t2 ON t2.id = t1.id WHERE t1.v BETWEEN 1 AND 99",
            "SELECT z, a FROM t WHERE status = 'x' AND loja = 3 AND a BETWEEN 1 AND 2",
            "INSERT INTO t (c, b, a) VALUES ('q', $1, -2)",
            "UPDATE t SET z = 1, a = 'q' WHERE y = 2 AND b = 3",
        ];
        // Each statement again with other values of the same class.
        let vary = |sql: &str, k: u32| -> String {
            let mut lits = Vec::new();
            if super::super::shape::of(sql, &mut lits).is_none() {
                return sql.to_owned();
            }
            let mut out = String::new();
            let mut at = 0;
            for (a, b) in lits {
                out.push_str(&sql[at..a]);
                let lit = &sql[a..b];
                if lit.starts_with('\'') {
                    out.push_str(&format!("'v{k}''{k}'"));
                } else if lit.bytes().all(|c| c.is_ascii_digit()) {
                    out.push_str(&(k * 37 + 1).to_string());
                } else {
                    out.push_str(&format!("{k}.{k}5"));
                }
                at = b;
            }
            out.push_str(&sql[at..]);
            out
        };
        let mut warm = Normalizer::default();
        for sql in statements {
            for k in 0..4 {
                let text = vary(sql, k);
                let mut fresh = Normalizer::default();
                let (f, t) = fresh.fingerprint(&text);
                let want = (
                    f.id,
                    t.map(str::to_owned),
                    fresh
                        .constants(&text)
                        .map(|(p, c)| (p, c.to_owned()))
                        .collect::<Vec<_>>(),
                    fresh.param_positions().to_vec(),
                    fresh.max_param(),
                    fresh.placeholder_order().to_vec(),
                );
                let (f, t) = warm.fingerprint(&text);
                let got = (
                    f.id,
                    t.map(str::to_owned),
                    warm.constants(&text)
                        .map(|(p, c)| (p, c.to_owned()))
                        .collect::<Vec<_>>(),
                    warm.param_positions().to_vec(),
                    warm.max_param(),
                    warm.placeholder_order().to_vec(),
                );
                assert_eq!(got, want, "{text}");
            }
        }
        assert!(!warm.shapes.is_empty());
    }

    #[test]
    fn a_huge_statement_keeps_a_bounded_text_and_an_exact_fingerprint() {
        let update = |n: usize| {
            let whens: String = (0..n)
                .map(|i| format!(" WHEN {i} THEN 'valor {i}'"))
                .collect();
            format!("UPDATE produtos SET nome = CASE id{whens} END WHERE id IN (1, 2)")
        };
        let big = update(4000);
        assert!(big.len() > 80_000);
        let text = norm(&big);
        assert!(text.len() < MAX_NORMALIZED + 64, "{}", text.len());
        assert!(
            text.ends_with("more characters */"),
            "{}",
            &text[text.len() - 60..]
        );
        assert_ne!(fp(&big), fp(&update(3999)));
        assert_eq!(bounded("SELECT 1".into()), "SELECT 1");
        // A cut never splits a character.
        let wide = format!("SELECT '{}'", "é".repeat(MAX_NORMALIZED));
        let _ = bounded(wide);
    }

    #[test]
    fn what_pg_query_groups_and_what_stays_apart() {
        let same = [
            ("SELECT a AS b FROM t", "SELECT a FROM t"),
            (
                "SELECT * FROM orders AS o WHERE o.id = 1",
                "SELECT * FROM orders AS x WHERE o.id = 2",
            ),
            (
                "SELECT * FROM events_20240301 WHERE id = 1",
                "SELECT * FROM events_20240302 WHERE id = 2",
            ),
            ("SELECT * FROM logs_2024_03", "SELECT * FROM logs_2023_11"),
            (
                "SELECT now() - INTERVAL (0) '1 day'",
                "SELECT now() - '2 days'",
            ),
            (
                "SELECT * FROM t WHERE d > DATE '2024-01-01'",
                "SELECT * FROM t WHERE d > $1",
            ),
            (
                "SELECT * FROM t WHERE id = $1::uuid",
                "SELECT * FROM t WHERE id = $1",
            ),
            (
                "SELECT * FROM t WHERE r && '[1,2]'::int4range",
                "SELECT * FROM t WHERE r && '[3,4]'",
            ),
            (
                "SELECT * FROM t WHERE id = ANY ($1)",
                "SELECT * FROM t WHERE id IN ($1, $2)",
            ),
            ("DEALLOCATE a123", "DEALLOCATE b7"),
        ];
        for (a, b) in same {
            assert_eq!(fp(a), fp(b), "{a}  vs  {b}");
        }
        let apart = [
            (
                "SELECT CAST(x AS int) FROM t",
                "SELECT CAST(x AS text) FROM t",
            ),
            ("SELECT x::int FROM t", "SELECT x::text FROM t"),
            (
                "SELECT * FROM t WHERE id = $1",
                "SELECT * FROM t WHERE id = ANY ($1)",
            ),
            (
                "SELECT * FROM t WHERE id = $1",
                "SELECT * FROM t WHERE id IN ($1, $2)",
            ),
            ("SELECT * FROM users_2", "SELECT * FROM users_3"),
            ("SELECT * FROM t_123456", "SELECT * FROM t_654321"),
            ("SELECT time FROM t", "SELECT day FROM t"),
            (
                "WITH a AS (SELECT 1) SELECT * FROM a",
                "WITH b AS (SELECT 1) SELECT * FROM b",
            ),
            ("DEALLOCATE a123", "DEALLOCATE ALL"),
            ("CREATE DOMAIN d AS text", "CREATE DOMAIN d AS int"),
            (
                "CREATE SEQUENCE s AS bigint",
                "CREATE SEQUENCE s AS integer",
            ),
            (
                "SELECT CAST(CAST(x AS int) AS text) FROM t",
                "SELECT CAST(CAST(x AS int) AS bigint) FROM t",
            ),
        ];
        for (a, b) in apart {
            assert_ne!(fp(a), fp(b), "{a}  vs  {b}");
        }
        // The readable text keeps what the key folds.
        assert!(norm("SELECT a AS b FROM events_20240301").contains("AS b FROM events_20240301"));
    }

    #[test]
    fn keywords_sorted_for_binary_search() {
        let mut k = KEYWORDS.to_vec();
        k.sort_unstable();
        assert_eq!(k, KEYWORDS);
    }

    #[test]
    fn literals_and_parameters_fold() {
        let a = fp("SELECT * FROM users WHERE id = 42");
        assert_eq!(a, fp("select *   from USERS where id=$1;"));
        assert_eq!(
            a,
            fp("SELECT * FROM \"users\" WHERE \"id\" = '7' -- comment")
        );
        assert_ne!(a, fp("SELECT * FROM users WHERE email = 'x'"));
        assert_eq!(
            norm("select * from users where id = 42;"),
            "SELECT * FROM users WHERE id = $1"
        );
    }

    #[test]
    fn negative_numbers_are_constants_but_subtraction_is_not() {
        assert_eq!(
            fp("SELECT a FROM t WHERE b = -1"),
            fp("SELECT a FROM t WHERE b = 5")
        );
        assert_eq!(norm("SELECT a - 1 FROM t"), "SELECT a - $1 FROM t");
    }

    #[test]
    fn in_lists_arrays_and_values_collapse() {
        assert_eq!(
            fp("SELECT 1 FROM t WHERE id IN (1,2,3)"),
            fp("SELECT 1 FROM t WHERE id IN ($1)")
        );
        assert_eq!(
            norm("SELECT 1 FROM t WHERE id IN (1, 2, 3)"),
            "SELECT $1 FROM t WHERE id IN ($2 /*, ... */)"
        );
        assert_eq!(
            fp("SELECT 1 FROM t WHERE id = ANY(ARRAY[1,2])"),
            fp("SELECT 9 FROM t WHERE id = ANY(ARRAY[3])")
        );
        assert_eq!(
            fp("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y'), (3, NULL)"),
            fp("INSERT INTO t (a, b) VALUES ($1, $2)")
        );
        assert_eq!(
            norm("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y')"),
            "INSERT INTO t (a, b) VALUES ($1, $2) /*, ... */"
        );
        // A subquery is not a constant list.
        assert_ne!(
            fp("SELECT 1 FROM t WHERE id IN (SELECT id FROM u)"),
            fp("SELECT 1 FROM t WHERE id IN (1)")
        );
    }

    #[test]
    fn only_schema_qualifiers_are_tenants() {
        // A table named like a tenant qualifying its own column, an alias,
        // a three-part name and a schema-qualified function.
        assert_eq!(
            norm("SELECT app_2.id, u0.x FROM app_2 JOIN tenant_3.t u0 ON u0.id = app_2.id"),
            "SELECT app_2.id, u0.x FROM app_2 JOIN \"tenant_*\".t u0 ON u0.id = app_2.id"
        );
        assert_eq!(
            norm("SELECT tenant_3.t.id, tenant_3.f(1) FROM tenant_3.t"),
            "SELECT \"tenant_*\".t.id, \"tenant_*\".f($1) FROM \"tenant_*\".t"
        );
    }

    #[test]
    fn type_modifiers_are_syntax() {
        assert_eq!(
            norm("SELECT avg(v)::numeric(10, 2), c::varchar(20), CAST(x AS numeric(5,2)) FROM t WHERE d > '2024-01-01'::timestamp(0)"),
            "SELECT avg(v)::numeric(10, 2), c::varchar(20), CAST(x AS numeric(5,2)) FROM t WHERE d > $1::timestamp(0)"
        );
        let mut n = Normalizer::default();
        assert_ne!(
            n.fingerprint("SELECT x::numeric(5,2)").0.id,
            n.fingerprint("SELECT x::numeric(6,2)").0.id
        );
    }

    #[test]
    fn savepoint_names_fold() {
        let mut n = Normalizer::default();
        let a = n.fingerprint("SAVEPOINT \"s140234_x1\"").0.id;
        assert_eq!(a, n.fingerprint("SAVEPOINT s99_x7").0.id);
        let r = n.fingerprint("RELEASE SAVEPOINT \"s140234_x1\"").0.id;
        assert_eq!(r, n.fingerprint("RELEASE SAVEPOINT s2").0.id);
        assert_ne!(a, r);
        assert_eq!(
            n.normalized("ROLLBACK TO SAVEPOINT s140234_x2"),
            "ROLLBACK TO SAVEPOINT sp"
        );
        assert_eq!(n.normalized("ROLLBACK"), "ROLLBACK");
    }

    #[test]
    fn tenant_schemas_fold_and_are_reported() {
        let mut n = Normalizer::new(TenantPattern::default());
        let (a, ta) = n.fingerprint("SELECT * FROM tenant_42.orders WHERE id = 1");
        let ta = ta.map(str::to_owned);
        let (b, tb) = n.fingerprint("SELECT * FROM \"tenant_7\".orders WHERE id = 2");
        assert_eq!(a.id, b.id);
        assert_eq!(ta.as_deref(), Some("tenant_42"));
        assert_eq!(tb, Some("tenant_7"));
        assert_eq!(
            n.normalized("SELECT * FROM tenant_42.orders"),
            "SELECT * FROM \"tenant_*\".orders"
        );
        // `public.orders` is not a tenant.
        assert_ne!(
            a.id,
            n.fingerprint("SELECT * FROM public.orders WHERE id = 1")
                .0
                .id
        );
        let mut off = Normalizer::new(TenantPattern::disabled());
        assert_ne!(
            off.fingerprint("SELECT 1 FROM tenant_1.t").0.id,
            off.fingerprint("SELECT 1 FROM tenant_2.t").0.id
        );
    }

    #[test]
    fn statement_kinds() {
        let mut n = Normalizer::default();
        let k = |n: &mut Normalizer, s: &str| n.fingerprint(s).0.kind;
        assert_eq!(
            k(&mut n, "WITH x AS (SELECT 1) DELETE FROM t"),
            StatementKind::Delete
        );
        assert_eq!(k(&mut n, "  (SELECT 1)"), StatementKind::Select);
        assert_eq!(k(&mut n, "BEGIN"), StatementKind::Tcl);
        assert_eq!(k(&mut n, "COPY t FROM STDIN"), StatementKind::Copy);
        assert_eq!(k(&mut n, "FETCH 1 FROM c"), StatementKind::Cursor);
    }

    #[test]
    fn positions_in_order_by_and_group_by_are_not_constants() {
        assert_eq!(
            norm("SELECT a, count(*) FROM t WHERE b = 2 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 20"),
            "SELECT a, count(*) FROM t WHERE b = $1 GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT $2"
        );
        assert_ne!(
            fp("SELECT a, b FROM t ORDER BY 1"),
            fp("SELECT a, b FROM t ORDER BY 2")
        );
    }

    #[test]
    fn constants_are_numbered_like_the_normalized_text() {
        let sql = "SELECT * FROM t WHERE a = $1 AND s IN ('nova', 'andamento') AND b > -5 LIMIT 10";
        let mut n = Normalizer::default();
        n.fingerprint(sql);
        let c: Vec<(u32, &str)> = n.constants(sql).collect();
        // The key sorts the AND-ed conditions (`a`, `b`, `s`): positions
        // count in its order, and the text's order maps to it.
        assert_eq!(
            c,
            vec![(2, "'nova'"), (2, "'andamento'"), (1, "-5"), (3, "10")]
        );
        assert_eq!(n.placeholder_order(), &[0, 2, 1, 3]);
        assert_eq!(n.param_positions(), &[0]);
        assert_eq!(n.max_param(), 1);
        assert_eq!(
            n.normalized(sql),
            "SELECT * FROM t WHERE a = $1 AND s IN ($2 /*, ... */) AND b > $3 LIMIT $4"
        );
        n.fingerprint(sql);
        assert_eq!(
            n.constants(sql).count(),
            0,
            "a repeated text is not re-read"
        );
        assert_eq!(
            n.normalized("INSERT INTO t VALUES ($1, $2), ($3, $4)"),
            "INSERT INTO t VALUES ($1, $2) /*, ... */"
        );
    }

    #[test]
    fn placeholders_do_not_clash_with_existing_parameters() {
        assert_eq!(
            norm("SELECT * FROM t WHERE a = $1 AND b = 3 LIMIT 10"),
            "SELECT * FROM t WHERE a = $1 AND b = $2 LIMIT $3"
        );
    }
}
