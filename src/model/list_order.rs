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
//!   (no set operation, no `ORDER BY 2`, not an `INSERT … SELECT`);
//! - a `FROM` list of relations and subqueries (no join, `LATERAL` or
//!   function in it);
//! - conditions AND-ed at one level of a `WHERE`, `HAVING`, `ON` or a
//!   parenthesised condition, with no `OR` beside them (`BETWEEN x AND y`
//!   is one condition);
//! - a `SET` list (`UPDATE`, `ON CONFLICT DO UPDATE`);
//! - an `INSERT`'s columns, each `VALUES` row's items moved with them.
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

/// Words after which a parenthesised group is a condition.
const CONDITION_BEFORE: &[&[u8]] = &[b"where", b"and", b"or", b"not", b"on", b"having", b"when"];

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

/// A unit of one level: a token, or a bracketed group with its brackets
/// (`start` and `len` count positions in the sorted order).
#[derive(Clone, Copy)]
struct Unit {
    start: usize,
    len: usize,
}

/// One level of a statement being sorted.
struct Level<'k> {
    key: &'k [u8],
    kind: StatementKind,
    top: bool,
}

impl ListSorter {
    /// Sorts `key`'s order-free lists in place. `marks` holds the byte
    /// offset of each placeholder token, in text order; `perm` receives, for
    /// each, its position among the placeholders of the sorted key. Returns
    /// false, with `key` and `perm` untouched, when no list moved.
    pub(crate) fn sort(
        &mut self,
        key: &mut Vec<u8>,
        marks: &[usize],
        kind: StatementKind,
        perm: &mut Vec<u32>,
    ) -> bool {
        if !matches!(
            kind,
            StatementKind::Select
                | StatementKind::Insert
                | StatementKind::Update
                | StatementKind::Delete
        ) {
            return false;
        }
        self.split(key);
        self.match_brackets(key);
        self.order.clear();
        self.order.extend(0..self.toks.len() as u32);
        let n = self.order.len();
        let level = Level {
            key,
            kind,
            top: true,
        };
        if !self.level(&level, 0, n, 0, false) {
            return false;
        }
        let mut sorted = Vec::with_capacity(key.len());
        perm.clear();
        perm.resize(marks.len(), 0);
        let mut next = 0;
        for &t in &self.order {
            let (a, b) = self.toks[t as usize];
            sorted.push(SEP);
            sorted.extend_from_slice(&key[a..b]);
            if let Ok(w) = marks.binary_search(&a) {
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

    /// Pairs `(`/`)`, `[`/`]` and `case`/`end`; a bracket with no partner
    /// of its kind stays a plain token, so pairs always nest.
    fn match_brackets(&mut self, key: &[u8]) {
        self.close.clear();
        self.close.resize(self.toks.len(), NONE);
        self.stack.clear();
        for t in 0..self.toks.len() as u32 {
            let opener = match self.text(key, t) {
                b"(" | b"[" | b"case" => {
                    self.stack.push(t);
                    continue;
                }
                b")" => &b"("[..],
                b"]" => b"[",
                b"end" => b"case",
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

    /// The word of a one-token unit.
    fn word<'k>(&self, key: &'k [u8], u: Unit) -> Option<&'k [u8]> {
        (u.len == 1).then(|| self.text(key, self.order[u.start]))
    }

    fn units(&self, lo: usize, hi: usize) -> Vec<Unit> {
        let mut out = Vec::new();
        let mut at = lo;
        while at < hi {
            let len = self.span(at).min(hi - at);
            out.push(Unit { start: at, len });
            at += len;
        }
        out
    }

    /// Sorts the level in sorted positions `lo..hi`, its groups first (a
    /// list's items compare as sorted). `cond`: the level is a condition.
    fn level(&mut self, l: &Level<'_>, lo: usize, hi: usize, depth: u32, cond: bool) -> bool {
        let units = self.units(lo, hi);
        let mut moved = false;
        if depth < MAX_DEPTH {
            for (k, u) in units.iter().enumerate() {
                if u.len < 3 {
                    continue;
                }
                let open = self.text(l.key, self.order[u.start]);
                let inner_cond = open == b"("
                    && match k.checked_sub(1) {
                        Some(p) => self
                            .word(l.key, units[p])
                            .is_some_and(|w| CONDITION_BEFORE.contains(&w)),
                        None => cond,
                    };
                let inner = Level { top: false, ..*l };
                moved |= self.level(
                    &inner,
                    u.start + 1,
                    u.start + u.len - 1,
                    depth + 1,
                    inner_cond,
                );
            }
        }
        let words: Vec<Option<&[u8]>> = units.iter().map(|&u| self.word(l.key, u)).collect();
        let clause = |k: usize| -> bool {
            let Some(w) = words[k] else {
                return false;
            };
            if !CLAUSE_WORDS.contains(&w) {
                return false;
            }
            let next_is_group = units.get(k + 1).is_some_and(|u| u.len > 1);
            let prev = k.checked_sub(1).and_then(|p| words[p]);
            match w {
                // `left(s, 3)` is a function; `IS DISTINCT FROM` no clause.
                b"left" | b"right" => !next_is_group,
                b"from" | b"on" => prev != Some(b"distinct"),
                _ => true,
            }
        };
        let end_of = |from: usize| {
            (from..units.len())
                .find(|&k| clause(k))
                .unwrap_or(units.len())
        };
        if cond && !(0..units.len()).any(clause) {
            return self.sort_conditions(l.key, &units) | moved;
        }
        let mut k = 0;
        while k < units.len() {
            if !clause(k) {
                k += 1;
                continue;
            }
            let start = k + 1;
            let end = end_of(start);
            let region = &units[start..end];
            moved |= match words[k].unwrap_or_default() {
                b"select" if l.top && self.select_sortable(l, &words) => {
                    let skip = match words.get(start).copied().flatten() {
                        Some(b"all") => 1,
                        Some(b"distinct") if words.get(start + 1) == Some(&Some(b"on")) => 3,
                        Some(b"distinct") => 1,
                        _ => 0,
                    };
                    self.sort_commas(l.key, region.get(skip..).unwrap_or_default())
                }
                b"from" if self.plain_relations(l.key, region) => self.sort_commas(l.key, region),
                b"where" | b"having" => self.sort_conditions(l.key, region),
                b"on" if words.get(start).copied().flatten() != Some(b"conflict") => {
                    self.sort_conditions(l.key, region)
                }
                b"set" if l.top => self.sort_commas(l.key, region),
                b"into" if l.top && l.kind == StatementKind::Insert => {
                    self.sort_insert(l.key, &units[start..], &words[start..])
                }
                _ => false,
            };
            k = end;
        }
        moved
    }

    /// A top-level select list is read by position when the statement
    /// inserts it, combines it with another, or orders or groups by number.
    fn select_sortable(&self, l: &Level<'_>, words: &[Option<&[u8]>]) -> bool {
        l.kind == StatementKind::Select
            && !words.iter().flatten().any(|w| {
                matches!(*w, b"union" | b"intersect" | b"except" | b"insert")
                    || w.iter().all(u8::is_ascii_digit)
            })
    }

    /// A `FROM` list whose items can be swapped: no join, no `LATERAL`
    /// and no function (which may read an earlier item).
    fn plain_relations(&self, key: &[u8], region: &[Unit]) -> bool {
        region.windows(2).all(|w| {
            !(self.word(key, w[0]).is_some() && w[1].len > 1 && self.opens_paren(key, w[1]))
        }) && region
            .iter()
            .all(|&u| !matches!(self.word(key, u), Some(b"lateral" | b"rows")))
    }

    fn opens_paren(&self, key: &[u8], u: Unit) -> bool {
        self.text(key, self.order[u.start]) == b"("
    }

    /// Items of `units` between `,` units, as sorted-position ranges; `None`
    /// when one is empty.
    fn comma_items(&self, key: &[u8], units: &[Unit]) -> Option<Vec<(usize, usize)>> {
        let (first, last) = (units.first()?, units.last()?);
        let mut items = Vec::new();
        let mut from = first.start;
        for &u in units {
            if self.word(key, u) == Some(b",") {
                if u.start == from {
                    return None;
                }
                items.push((from, u.start));
                from = u.start + 1;
            }
        }
        let end = last.start + last.len;
        if from >= end {
            return None;
        }
        items.push((from, end));
        Some(items)
    }

    fn sort_commas(&mut self, key: &[u8], units: &[Unit]) -> bool {
        match self.comma_items(key, units) {
            Some(items) => self.sort_items(key, &items),
            None => false,
        }
    }

    /// Conditions AND-ed at one level, sorted; left alone beside an `OR`
    /// (which binds looser) or a `,` (a row, not a condition).
    fn sort_conditions(&mut self, key: &[u8], units: &[Unit]) -> bool {
        let (Some(first), Some(last)) = (units.first(), units.last()) else {
            return false;
        };
        let mut items = Vec::new();
        let mut from = first.start;
        let mut between = false;
        for &u in units {
            match self.word(key, u) {
                Some(b"or" | b",") => return false,
                Some(b"between") => between = true,
                Some(b"and") if between => between = false,
                Some(b"and") => {
                    if u.start == from {
                        return false;
                    }
                    items.push((from, u.start));
                    from = u.start + 1;
                }
                _ => {}
            }
        }
        let end = last.start + last.len;
        if from >= end {
            return false;
        }
        items.push((from, end));
        self.sort_items(key, &items)
    }

    /// `INSERT INTO t (cols) VALUES (row), …`: the columns sorted, and
    /// each row's items moved alike. `units` start after `INTO`.
    fn sort_insert(&mut self, key: &[u8], units: &[Unit], words: &[Option<&[u8]>]) -> bool {
        let Some(c) = units.iter().position(|u| u.len > 1) else {
            return false;
        };
        let name_only = words[..c]
            .iter()
            .all(|w| w.is_some_and(|w| !CLAUSE_WORDS.contains(&w)));
        if c == 0 || !name_only || !self.opens_paren(key, units[c]) {
            return false;
        }
        if words.get(c + 1).copied().flatten() != Some(b"values") {
            return false;
        }
        let mut rows = Vec::new();
        let mut k = c + 2;
        while let Some(&u) = units.get(k) {
            if u.len < 3 || !self.opens_paren(key, u) {
                return false;
            }
            rows.push(u);
            if words.get(k + 1).copied().flatten() != Some(b",") {
                break;
            }
            k += 2;
        }
        let inner = |s: &Self, u: Unit| {
            let inner = s.units(u.start + 1, u.start + u.len - 1);
            s.comma_items(key, &inner)
        };
        let Some(cols) = inner(self, units[c]) else {
            return false;
        };
        let mut row_items = Vec::new();
        for &r in &rows {
            match inner(self, r) {
                Some(items) if items.len() == cols.len() => row_items.push(items),
                _ => return false,
            }
        }
        let idx = self.sorted_index(key, &cols);
        if idx.iter().enumerate().all(|(i, &j)| i == j) {
            return false;
        }
        self.permute(&cols, &idx);
        for items in &row_items {
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

    fn compare(&self, key: &[u8], a: (usize, usize), b: (usize, usize)) -> Ordering {
        let tokens = |r: (usize, usize)| self.order[r.0..r.1].iter().map(|&t| self.text(key, t));
        tokens(a).cmp(tokens(b))
    }

    fn sort_items(&mut self, key: &[u8], items: &[(usize, usize)]) -> bool {
        if items.len() < 2 {
            return false;
        }
        let idx = self.sorted_index(key, items);
        if idx.iter().enumerate().all(|(i, &j)| i == j) {
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

#[cfg(test)]
mod tests {
    use crate::model::fingerprint::{Normalizer, TenantPattern};

    fn fp(sql: &str) -> u64 {
        Normalizer::new(TenantPattern::default())
            .fingerprint(sql)
            .0
            .id
    }

    #[test]
    fn order_free_lists_group() {
        let same = [
            ("SELECT a, b FROM t", "SELECT b, a FROM t"),
            (
                "SELECT DISTINCT ON (a) a, b, c FROM t",
                "SELECT DISTINCT ON (a) c, a, b FROM t",
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
                "SELECT count(*), k FROM t GROUP BY k HAVING min(v) < 2 AND count(*) > 1",
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
}
