//! Lists whose order is the writer's choice, put in one order in a
//! fingerprint key, as pg_query sorts them: `SELECT a, b` and `SELECT b, a`
//! are one query, and so are conditions AND-ed in another order.
//!
//! Works on the key the token walk wrote (each token after a 0x1f byte,
//! words in lower case, every constant and parameter a `?`), so texts of one
//! shape sort alike whatever their values. Only what PostgreSQL reads without
//! regard to order is sorted, which keeps apart what pg_query merges when
//! order matters:
//! - the select list of a top-level `SELECT` that nothing reads by position
//!   or name (no set operation, `ORDER BY`, `GROUP BY`, `DISTINCT ON` or
//!   `INTO`);
//! - a `FROM` list of relations and subqueries (no join after it, no
//!   `LATERAL` or function in it, no `AS` alias, which the key leaves out
//!   and which would then name another table);
//! - conditions AND-ed at one level of a `WHERE`, `HAVING`, `ON` or a
//!   parenthesised condition, with no `OR` beside them (`BETWEEN x AND y`
//!   is one condition);
//! - a `SET` list (`UPDATE`, `ON CONFLICT DO UPDATE`);
//! - an `INSERT`'s columns, each `VALUES` row's items moved with them.
//!
//! A word after a `.` is a name (`t.and`, `e.end`), never a keyword. Text
//! with several statements is left in its order.
//!
//! A moved list moves its placeholders: the caller learns, for each
//! placeholder in text order, its position in the sorted key, so that the
//! constants seen at one position are those of one column whatever order a
//! statement wrote it in.
use super::fingerprint::StatementKind;
use std::cmp::Ordering;

/// What precedes each token of a key.
const SEP: u8 = 0x1f;
/// Parenthesis levels deeper than this keep their order: the sort recurses.
const MAX_DEPTH: u32 = 64;
const NONE: u32 = u32::MAX;

/// Words that end a clause's list.
const CLAUSE_WORDS: &[&[u8]] = &[
    b"select",
    b"from",
    b"where",
    b"group",
    b"having",
    b"window",
    b"order",
    b"limit",
    b"offset",
    b"fetch",
    b"for",
    b"union",
    b"intersect",
    b"except",
    b"returning",
    b"on",
    b"join",
    b"inner",
    b"left",
    b"right",
    b"full",
    b"cross",
    b"natural",
    b"using",
    b"set",
    b"values",
    b"into",
    b"do",
];

/// Words that join the last item of a `FROM` list to another relation.
const JOIN_WORDS: &[&[u8]] = &[
    b"join", b"inner", b"left", b"right", b"full", b"cross", b"natural",
];

/// Words after which a parenthesised group is a condition.
const CONDITION_BEFORE: &[&[u8]] = &[b"where", b"and", b"or", b"not", b"on", b"having", b"when"];

/// Words at a top level after which its select list is read by position
/// or by its output names.
const SELECT_LIST_READ: &[&[u8]] = &[
    b"union",
    b"intersect",
    b"except",
    b"insert",
    b"order",
    b"group",
    b"into",
    b"create",
];

/// Reusable state; one per fingerprinter.
#[derive(Debug, Default)]
pub(crate) struct ListSorter {
    /// Byte range of each key token, its separator excluded.
    toks: Vec<(usize, usize)>,
    /// For an opening token, the index of its closing one; else `NONE`.
    close: Vec<u32>,
    /// The tokens in sorted order.
    order: Vec<u32>,
    scratch: Vec<u32>,
    stack: Vec<u32>,
}

/// What the token walk tells about the key it wrote.
pub(crate) struct Key<'a> {
    pub(crate) kind: StatementKind,
    /// Byte offset of each placeholder token, in text order.
    pub(crate) placeholders: &'a [usize],
    /// Byte offsets where an `AS name` alias was left out.
    pub(crate) aliases: &'a [usize],
}

/// What a unit of a list is to its items.
enum Cut {
    /// Part of an item.
    No,
    /// The separator between two items.
    Here,
    /// Not a list that can be sorted.
    Refuse,
}

/// A unit of one level: a token, or a bracketed group with its brackets
/// (`start` and `len` count positions in the sorted order).
#[derive(Clone, Copy)]
struct Unit {
    start: usize,
    len: usize,
}

/// A level's units and the keyword each one-token unit is (none after a `.`).
struct Units<'k> {
    key: &'k [u8],
    units: Vec<Unit>,
    words: Vec<Option<&'k [u8]>>,
}

impl<'k> Units<'k> {
    fn word(&self, k: usize) -> Option<&'k [u8]> {
        self.words.get(k).copied().flatten()
    }
}

impl ListSorter {
    /// Sorts `key`'s order-free lists in place; `perm` receives, for each
    /// placeholder in text order, its position among the placeholders of
    /// the sorted key. Returns false, with `key` untouched, when no list
    /// moved.
    pub(crate) fn sort(&mut self, key: &mut Vec<u8>, k: &Key<'_>, perm: &mut Vec<u32>) -> bool {
        if !matches!(
            k.kind,
            StatementKind::Select
                | StatementKind::Insert
                | StatementKind::Update
                | StatementKind::Delete
        ) {
            return false;
        }
        self.split(key);
        let first = self.toks.first().map(|&(a, b)| &key[a..b]);
        if !matches!(
            first,
            Some(b"select" | b"with" | b"insert" | b"update" | b"delete" | b"(")
        ) || (0..self.toks.len() as u32).any(|t| self.text(key, t) == b";")
        {
            return false;
        }
        self.match_brackets(key);
        self.order.clear();
        self.order.extend(0..self.toks.len() as u32);
        let n = self.order.len();
        if !self.level(key, k, 0, n, 0, false) {
            return false;
        }
        let mut sorted = Vec::with_capacity(key.len());
        perm.clear();
        perm.resize(k.placeholders.len(), 0);
        let mut next = 0;
        for &t in &self.order {
            let (a, b) = self.toks[t as usize];
            sorted.push(SEP);
            sorted.extend_from_slice(&key[a..b]);
            if let Ok(w) = k.placeholders.binary_search(&a) {
                perm[w] = next;
                next += 1;
            }
        }
        *key = sorted;
        true
    }

    fn split(&mut self, key: &[u8]) {
        self.toks.clear();
        let mut i = usize::from(key.first() == Some(&SEP));
        while i <= key.len() {
            let end = memchr::memchr(SEP, &key[i..]).map_or(key.len(), |p| i + p);
            if end > i || i < key.len() {
                self.toks.push((i, end));
            }
            i = end + 1;
        }
    }

    fn text<'k>(&self, key: &'k [u8], t: u32) -> &'k [u8] {
        let (a, b) = self.toks[t as usize];
        &key[a..b]
    }

    /// Pairs `(`/`)`, `[`/`]` and `case`/`end` (not after a `.`: `e.end`
    /// is a column); a bracket with no partner of its kind stays a plain
    /// token, so pairs always nest.
    fn match_brackets(&mut self, key: &[u8]) {
        self.close.clear();
        self.close.resize(self.toks.len(), NONE);
        self.stack.clear();
        for t in 0..self.toks.len() as u32 {
            let named = t > 0 && self.text(key, t - 1) == b".";
            let opener = match self.text(key, t) {
                b"(" | b"[" => {
                    self.stack.push(t);
                    continue;
                }
                b"case" if !named => {
                    self.stack.push(t);
                    continue;
                }
                b")" => &b"("[..],
                b"]" => b"[",
                b"end" if !named => b"case",
                _ => continue,
            };
            if let Some(&o) = self.stack.last() {
                if self.text(key, o) == opener {
                    self.stack.pop();
                    self.close[o as usize] = t;
                }
            }
        }
    }

    /// Tokens the unit starting at sorted position `at` covers.
    fn span(&self, at: usize) -> usize {
        let t = self.order[at];
        match self.close[t as usize] {
            NONE => 1,
            c => (c - t) as usize + 1,
        }
    }

    fn units<'k>(&self, key: &'k [u8], lo: usize, hi: usize) -> Units<'k> {
        let mut units = Vec::new();
        let mut words = Vec::new();
        let mut at = lo;
        let mut after_dot = false;
        while at < hi {
            let len = self.span(at).min(hi - at);
            units.push(Unit { start: at, len });
            let text = self.text(key, self.order[at]);
            words.push((len == 1 && !after_dot).then_some(text));
            after_dot = len == 1 && text == b".";
            at += len;
        }
        Units { key, units, words }
    }

    /// Sorts the level in sorted positions `lo..hi`, its groups first (a
    /// list's items compare as sorted). `cond`: the level is a condition.
    fn level(
        &mut self,
        key: &[u8],
        k: &Key<'_>,
        lo: usize,
        hi: usize,
        depth: u32,
        cond: bool,
    ) -> bool {
        let u = self.units(key, lo, hi);
        let mut moved = false;
        if depth < MAX_DEPTH {
            for (i, unit) in u.units.iter().enumerate() {
                if unit.len < 3 {
                    continue;
                }
                let inner_cond = self.opens_paren(key, *unit)
                    && match i.checked_sub(1) {
                        Some(p) => u.word(p).is_some_and(|w| CONDITION_BEFORE.contains(&w)),
                        None => cond,
                    };
                let (a, b) = (unit.start + 1, unit.start + unit.len - 1);
                moved |= self.level(key, k, a, b, depth + 1, inner_cond);
            }
        }
        let n = u.units.len();
        let clause = |i: usize| -> bool {
            let Some(w) = u.word(i) else {
                return false;
            };
            let next_is_group = u.units.get(i + 1).is_some_and(|u| u.len > 1);
            let prev = i.checked_sub(1).and_then(|p| u.word(p));
            CLAUSE_WORDS.contains(&w)
                && match w {
                    // `left(s, 3)` is a function; `IS DISTINCT FROM` and
                    // `DISTINCT ON` start no clause.
                    b"left" | b"right" => !next_is_group,
                    b"from" | b"on" => prev != Some(b"distinct"),
                    _ => true,
                }
        };
        let end_of = |from: usize| (from..n).find(|&i| clause(i)).unwrap_or(n);
        if cond && !(0..n).any(clause) {
            return self.sort_conditions(&u, 0, n) | moved;
        }
        let top = depth == 0;
        let select_list = top && k.kind == StatementKind::Select && {
            let mut words = u.words.iter().flatten();
            !words.any(|w| SELECT_LIST_READ.contains(w))
                && !(1..n).any(|i| u.word(i - 1) == Some(b"distinct") && u.word(i) == Some(b"on"))
        };
        let mut seen_select = false;
        let mut i = 0;
        while i < n {
            if !clause(i) {
                i += 1;
                continue;
            }
            let start = i + 1;
            let end = end_of(start);
            moved |= match u.word(i).unwrap_or_default() {
                b"select" => {
                    seen_select = true;
                    let skip = usize::from(matches!(u.word(start), Some(b"all" | b"distinct")));
                    select_list && self.sort_commas(&u, (start + skip).min(end), end)
                }
                // `FROM` starts a clause after `SELECT` or in an `UPDATE`,
                // never in `trim(BOTH FROM a, b)`.
                b"from" if seen_select || (top && k.kind == StatementKind::Update) => {
                    let joined = u.word(end).is_some_and(|w| JOIN_WORDS.contains(&w));
                    !joined
                        && self.plain_relations(key, k, &u, start, end)
                        && self.sort_commas(&u, start, end)
                }
                b"where" | b"having" => self.sort_conditions(&u, start, end),
                b"on" if u.word(start) != Some(b"conflict") => self.sort_conditions(&u, start, end),
                b"set" if top => self.sort_commas(&u, start, end),
                b"into" if top && k.kind == StatementKind::Insert => {
                    self.sort_insert(key, &u, start, end)
                }
                _ => false,
            };
            i = end;
        }
        moved
    }

    /// A `FROM` list whose items can be swapped: no `LATERAL`, no function
    /// (which may read an earlier item) and no `AS` alias left out of the
    /// key (a qualifier would then name another table).
    fn plain_relations(
        &self,
        key: &[u8],
        k: &Key<'_>,
        u: &Units<'_>,
        start: usize,
        end: usize,
    ) -> bool {
        if start >= end {
            return false;
        }
        let name = |w: &[u8]| {
            w.first().is_some_and(|&c| {
                c.is_ascii_alphabetic() || matches!(c, b'_' | b'"' | 1) || c >= 0x80
            })
        };
        let function = (start + 1..end).any(|i| {
            u.units[i].len > 1
                && self.opens_paren(key, u.units[i])
                && u.word(i - 1).is_some_and(name)
        });
        let lateral = (start..end).any(|i| matches!(u.word(i), Some(b"lateral" | b"rows")));
        let from = self.toks[self.order[u.units[start].start] as usize].0;
        let last = u.units[end - 1];
        let to = self.toks[self.order[last.start + last.len - 1] as usize].1;
        let aliased = k.aliases.iter().any(|&a| from < a && a <= to);
        !function && !lateral && !aliased
    }

    fn opens_paren(&self, key: &[u8], u: Unit) -> bool {
        self.text(key, self.order[u.start]) == b"("
    }

    /// Items of units `start..end` between the units `cut` says separate
    /// them, as sorted-position ranges; `None` when one is empty or `cut`
    /// refuses a unit.
    fn items(
        &self,
        u: &Units<'_>,
        start: usize,
        end: usize,
        mut cut: impl FnMut(Option<&[u8]>) -> Cut,
    ) -> Option<Vec<(usize, usize)>> {
        if start >= end {
            return None;
        }
        let mut items = Vec::new();
        let mut from = u.units[start].start;
        for i in start..end {
            match cut(u.word(i)) {
                Cut::Refuse => return None,
                Cut::Here => {
                    let at = u.units[i].start;
                    if at == from {
                        return None;
                    }
                    items.push((from, at));
                    from = at + 1;
                }
                Cut::No => {}
            }
        }
        let last = u.units[end - 1];
        let to = last.start + last.len;
        if from >= to {
            return None;
        }
        items.push((from, to));
        Some(items)
    }

    fn comma_items(&self, u: &Units<'_>, start: usize, end: usize) -> Option<Vec<(usize, usize)>> {
        self.items(u, start, end, |w| match w {
            Some(b",") => Cut::Here,
            _ => Cut::No,
        })
    }

    fn sort_commas(&mut self, u: &Units<'_>, start: usize, end: usize) -> bool {
        match self.comma_items(u, start, end) {
            Some(items) => self.sort_items(u.key, &items),
            None => false,
        }
    }

    /// Conditions AND-ed at one level, sorted; left alone beside an `OR`
    /// (which binds looser) or a `,` (a row, not a condition).
    fn sort_conditions(&mut self, u: &Units<'_>, start: usize, end: usize) -> bool {
        let mut between = false;
        let items = self.items(u, start, end, |w| match w {
            Some(b"or" | b",") => Cut::Refuse,
            Some(b"between") => {
                between = true;
                Cut::No
            }
            Some(b"and") if between => {
                between = false;
                Cut::No
            }
            Some(b"and") => Cut::Here,
            _ => Cut::No,
        });
        match items {
            Some(items) => self.sort_items(u.key, &items),
            None => false,
        }
    }

    /// `INSERT INTO t (cols) VALUES (row), …`: the columns sorted, and
    /// each row's items moved alike. Units `start..end` are the table and
    /// its columns, and `VALUES` is at `end`.
    fn sort_insert(&mut self, key: &[u8], u: &Units<'_>, start: usize, end: usize) -> bool {
        if end < start + 2 || u.word(end) != Some(b"values") {
            return false;
        }
        let cols = u.units[end - 1];
        let name_only = (start..end - 1).all(|i| u.word(i).is_some());
        if !name_only || cols.len < 3 || !self.opens_paren(key, cols) {
            return false;
        }
        let inner = |s: &Self, g: Unit| {
            let inner = s.units(key, g.start + 1, g.start + g.len - 1);
            s.comma_items(&inner, 0, inner.units.len())
        };
        let Some(col_items) = inner(self, cols) else {
            return false;
        };
        let mut rows = Vec::new();
        let mut i = end + 1;
        while let Some(&r) = u.units.get(i) {
            if r.len < 3 || !self.opens_paren(key, r) {
                return false;
            }
            match inner(self, r) {
                Some(items) if items.len() == col_items.len() => rows.push(items),
                _ => return false,
            }
            if u.word(i + 1) != Some(b",") {
                break;
            }
            i += 2;
        }
        let idx = self.sorted_index(key, &col_items);
        if is_identity(&idx) {
            return false;
        }
        self.permute(&col_items, &idx);
        for items in &rows {
            self.permute(items, &idx);
        }
        true
    }

    /// The items' indexes in sorted order (stable: equal items keep theirs).
    fn sorted_index(&self, key: &[u8], items: &[(usize, usize)]) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..items.len()).collect();
        idx.sort_by(|&a, &b| self.compare(key, items[a], items[b]));
        idx
    }

    /// Items compare by their tokens' text, token by token.
    fn compare(&self, key: &[u8], a: (usize, usize), b: (usize, usize)) -> Ordering {
        let tokens = |r: (usize, usize)| self.order[r.0..r.1].iter().map(|&t| self.text(key, t));
        tokens(a).cmp(tokens(b))
    }

    fn sort_items(&mut self, key: &[u8], items: &[(usize, usize)]) -> bool {
        if items.len() < 2 {
            return false;
        }
        let idx = self.sorted_index(key, items);
        if is_identity(&idx) {
            return false;
        }
        self.permute(items, &idx);
        true
    }

    /// Puts item `idx[s]` in slot `s`; what lies between slots (the
    /// separators, all alike) stays.
    fn permute(&mut self, items: &[(usize, usize)], idx: &[usize]) {
        let (Some(first), Some(last)) = (items.first(), items.last()) else {
            return;
        };
        let (lo, hi) = (first.0, last.1);
        self.scratch.clear();
        for (slot, &from) in idx.iter().enumerate() {
            let (a, b) = items[from];
            self.scratch.extend_from_slice(&self.order[a..b]);
            if let Some(next) = items.get(slot + 1) {
                let gap = items[slot].1..next.0;
                self.scratch.extend_from_slice(&self.order[gap]);
            }
        }
        self.order[lo..hi].copy_from_slice(&self.scratch);
    }
}

fn is_identity(idx: &[usize]) -> bool {
    idx.iter().enumerate().all(|(i, &j)| i == j)
}

#[cfg(test)]
mod tests {
    use crate::model::fingerprint::tests::fp;
    use crate::model::fingerprint::{Normalizer, TenantPattern};

    #[test]
    fn order_free_lists_group() {
        let same = [
            ("SELECT a, b FROM t", "SELECT b, a FROM t"),
            (
                "SELECT DISTINCT a, b, c FROM t",
                "SELECT DISTINCT c, a, b FROM t",
            ),
            ("SELECT * FROM x, y WHERE x.id = y.id", "SELECT * FROM y, x WHERE x.id = y.id"),
            (
                "SELECT * FROM t WHERE a = 1 AND b BETWEEN 2 AND 3 AND c IS NULL",
                "SELECT * FROM t WHERE c IS NULL AND b BETWEEN 4 AND 5 AND a = 6",
            ),
            (
                "SELECT * FROM t WHERE (a = 1 AND b = 2) OR c = 3",
                "SELECT * FROM t WHERE (b = 2 AND a = 1) OR c = 3",
            ),
            (
                "SELECT * FROM p JOIN c ON c.p = p.id AND c.k = 1 WHERE p.x = 2",
                "SELECT * FROM p JOIN c ON c.k = 1 AND c.p = p.id WHERE p.x = 2",
            ),
            (
                "SELECT * FROM t WHERE id IN (SELECT t_id FROM u WHERE a = 1 AND b = 2)",
                "SELECT * FROM t WHERE id IN (SELECT t_id FROM u WHERE b = 2 AND a = 1)",
            ),
            (
                "SELECT k, count(*) FROM t GROUP BY k HAVING count(*) > 1 AND min(v) < 2",
                "SELECT k, count(*) FROM t GROUP BY k HAVING min(v) < 2 AND count(*) > 1",
            ),
            (
                "UPDATE pedidos SET status = $1, atualizado_em = now() WHERE id = $2",
                "UPDATE pedidos SET atualizado_em = now(), status = $1 WHERE id = $2",
            ),
            (
                "INSERT INTO t (a, b, c) VALUES (1, now(), 'x')",
                "INSERT INTO t (c, a, b) VALUES ('y', 2, now())",
            ),
            (
                "INSERT INTO t (a, b) VALUES ($1, $2), ($3, $4) ON CONFLICT (a) DO UPDATE SET b = 1, a = 2",
                "INSERT INTO t (b, a) VALUES ($1, $2) ON CONFLICT (a) DO UPDATE SET a = 2, b = 1",
            ),
            (
                "DELETE FROM sessoes WHERE expira_em < now() AND usuario_id = 7",
                "DELETE FROM sessoes WHERE usuario_id = 8 AND expira_em < now()",
            ),
        ];
        for (a, b) in same {
            assert_eq!(fp(a), fp(b), "{a}  vs  {b}");
        }
    }

    /// Lists whose order changes what the statement does stay apart.
    #[test]
    fn order_that_matters_stays_apart() {
        let apart = [
            // An OR binds looser than AND: a OR (b AND c) is not (c AND a) OR b.
            (
                "SELECT * FROM t WHERE a = 1 OR b = 2 AND c = 3",
                "SELECT * FROM t WHERE c = 3 AND a = 1 OR b = 2",
            ),
            // Columns read by position.
            (
                "INSERT INTO t (a, b) SELECT x, y FROM s",
                "INSERT INTO t (a, b) SELECT y, x FROM s",
            ),
            (
                "INSERT INTO t (a, b) SELECT x, y FROM s",
                "INSERT INTO t (b, a) SELECT x, y FROM s",
            ),
            (
                "INSERT INTO t (a, b) VALUES (1, now())",
                "INSERT INTO t (b, a) VALUES (1, now())",
            ),
            (
                "SELECT a, b FROM t UNION SELECT c, d FROM u",
                "SELECT b, a FROM t UNION SELECT c, d FROM u",
            ),
            (
                "SELECT a, b FROM t ORDER BY 1",
                "SELECT b, a FROM t ORDER BY 1",
            ),
            (
                "SELECT * FROM (SELECT a, b FROM t) s (x, y)",
                "SELECT * FROM (SELECT b, a FROM t) s (x, y)",
            ),
            (
                "SELECT a IS DISTINCT FROM b, c FROM t",
                "SELECT a IS DISTINCT FROM c, b FROM t",
            ),
            // A function in FROM may read an item before it.
            (
                "SELECT * FROM t, generate_series(1, t.n) g",
                "SELECT * FROM generate_series(1, t.n) g, t",
            ),
            (
                "SELECT * FROM t, LATERAL f(t.x) z",
                "SELECT * FROM LATERAL f(t.x) z, t",
            ),
            // Not conditions: a row, a function's arguments, an ordering.
            (
                "SELECT * FROM t WHERE (a, b) = (1, 2)",
                "SELECT * FROM t WHERE (b, a) = (1, 2)",
            ),
            ("SELECT f(a, b) FROM t", "SELECT f(b, a) FROM t"),
            (
                "SELECT * FROM t ORDER BY a, b",
                "SELECT * FROM t ORDER BY b, a",
            ),
            (
                "SELECT * FROM t WHERE x BETWEEN a AND b AND c",
                "SELECT * FROM t WHERE x BETWEEN b AND a AND c",
            ),
            // The join takes the last item: a × (b ⋈ c) is not b × (a ⋈ c).
            (
                "SELECT * FROM a, b JOIN c USING (id)",
                "SELECT * FROM b, a JOIN c USING (id)",
            ),
            (
                "SELECT * FROM a, b NATURAL JOIN c",
                "SELECT * FROM b, a NATURAL JOIN c",
            ),
            // The key leaves `AS x` out: x.status would name another table.
            (
                "SELECT * FROM orders AS x, users AS y WHERE x.status = 'a'",
                "SELECT * FROM users AS x, orders AS y WHERE x.status = 'b'",
            ),
            // Ordered or grouped by name or position, or making a table.
            (
                "SELECT a AS s, b FROM t ORDER BY s",
                "SELECT b AS s, a FROM t ORDER BY s",
            ),
            (
                "SELECT a, b FROM t ORDER BY lower(c), 2",
                "SELECT b, a FROM t ORDER BY lower(c), 2",
            ),
            (
                "SELECT a, b, count(*) FROM t GROUP BY ROLLUP (1, 2)",
                "SELECT b, a, count(*) FROM t GROUP BY ROLLUP (1, 2)",
            ),
            (
                "SELECT DISTINCT ON (1) a, b FROM t",
                "SELECT DISTINCT ON (1) b, a FROM t",
            ),
            ("SELECT a, b INTO t2 FROM t", "SELECT b, a INTO t2 FROM t"),
            (
                "EXPLAIN ANALYZE CREATE TABLE x AS SELECT a, b FROM t",
                "EXPLAIN ANALYZE CREATE TABLE x AS SELECT b, a FROM t",
            ),
            // FROM in a function's arguments is no list of relations.
            (
                "SELECT trim(BOTH FROM name, prefix) FROM t",
                "SELECT trim(BOTH FROM prefix, name) FROM t",
            ),
            // A keyword after a dot is a column.
            (
                "SELECT * FROM t, u WHERE t.and < 1 AND u.and = 2",
                "SELECT * FROM t, u WHERE t.and = 1 AND u.and < 2",
            ),
            (
                "SELECT CASE WHEN e.end > 1 AND x THEN 1 END, a FROM e",
                "SELECT CASE WHEN x AND e.end > 1 THEN 1 END, a FROM e",
            ),
            // 0x1f in a name would pass for a token boundary.
            (
                "SELECT \"a\u{1f},\u{1f}z\", m FROM t",
                "SELECT \"a\u{1f},\u{1f}m\u{1f},\u{1f}z\" FROM t",
            ),
        ];
        for (a, b) in apart {
            assert_ne!(fp(a), fp(b), "{a}  vs  {b}");
        }
    }

    /// A constant's position names its column whatever order a statement
    /// wrote it in: partial-index advice reads the values per position.
    #[test]
    fn constants_move_with_their_list_items() {
        let mut n = Normalizer::new(TenantPattern::default());
        let mut keyed = |sql: &str| {
            let id = n.fingerprint(sql).0.id;
            let mut c: Vec<(u32, String)> =
                n.constants(sql).map(|(p, t)| (p, t.to_owned())).collect();
            c.sort();
            (id, c, n.param_positions().to_vec())
        };
        let (a, ca, _) = keyed("SELECT * FROM t WHERE status = 'novo' AND loja_id = 7");
        let (b, cb, _) = keyed("SELECT * FROM t WHERE loja_id = 9 AND status = 'pago'");
        assert_eq!(a, b);
        assert_eq!(ca, vec![(0, "7".to_owned()), (1, "'novo'".to_owned())]);
        assert_eq!(cb, vec![(0, "9".to_owned()), (1, "'pago'".to_owned())]);
        let (a, ca, pa) = keyed("INSERT INTO t (b, a, c) VALUES ($1, 5, 'x')");
        let (b, cb, pb) = keyed("INSERT INTO t (c, b, a) VALUES ('y', $1, 6)");
        assert_eq!(a, b);
        assert_eq!(ca, vec![(0, "5".to_owned()), (2, "'x'".to_owned())]);
        assert_eq!(cb, vec![(0, "6".to_owned()), (2, "'y'".to_owned())]);
        assert_eq!((pa, pb), (vec![1], vec![1]));
    }

    /// Deep nesting is left in its order, not a stack overflow.
    #[test]
    fn deep_nesting_stays_bounded() {
        let deep = format!(
            "SELECT * FROM t WHERE {}a AND b{}",
            "(".repeat(50_000),
            ")".repeat(50_000)
        );
        let _ = fp(&deep);
        let unbalanced = "SELECT a, b FROM t WHERE ((a AND b) OR c AND (d";
        let _ = fp(unbalanced);
    }

    /// Several statements in one text keep their order; their lists stay
    /// as written, and a clause repeated many times costs linear time.
    #[test]
    fn several_statements_are_left_alone() {
        assert_ne!(
            fp("UPDATE t SET b = 1, a = 2; SELECT 1"),
            fp("UPDATE t SET a = 2, b = 1; SELECT 1")
        );
        let many = "SELECT * FROM t, u WHERE a AND b;".repeat(20_000);
        let inserts = "INSERT INTO a SELECT * FROM b;".repeat(20_000);
        let selects = "select ".repeat(100_000);
        for sql in [many, inserts, selects] {
            let _ = fp(&sql);
        }
    }

    /// A subquery item and a relation swap either way round.
    #[test]
    fn subqueries_in_from_sort() {
        assert_eq!(
            fp("SELECT * FROM t, (SELECT 1) s"),
            fp("SELECT * FROM (SELECT 1) s, t")
        );
    }
}
