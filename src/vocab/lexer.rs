//! A small PostgreSQL lexer, good enough to fingerprint any statement.
//!
//! Fingerprints must not depend on sqlparser: a statement the parser rejects
//! (new syntax, a truncated log line, a vendor extension) still has to be
//! counted as one query. The lexer only needs token boundaries and kinds, so
//! it never fails: unknown bytes become one-byte operator tokens.

/// What a token is; its text is `sql[start..end]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokKind {
    /// Unquoted identifier or keyword.
    Word,
    /// `"quoted identifier"`.
    QuotedIdent,
    /// String, number, bit/hex string or dollar-quoted constant.
    Literal,
    /// `$1` style parameter.
    Param,
    /// Operator characters (`=`, `<>`, `::`, `->>` …).
    Op,
    /// One of `( ) [ ] , ; .`
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub kind: TokKind,
    pub start: usize,
    pub end: usize,
    /// Whitespace or a comment came before this token.
    pub space_before: bool,
}

impl Tok {
    /// The number of a `$n` parameter token.
    pub fn param(&self, sql: &str) -> Option<u32> {
        if self.kind != TokKind::Param {
            return None;
        }
        sql.get(self.start + 1..self.end)?.parse().ok()
    }
}

fn is_ident_start(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'_' || b >= 0x80
}

fn is_ident_cont(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_' || b == b'$' || b >= 0x80
}

fn is_op_char(b: u8) -> bool {
    matches!(
        b,
        b'+' | b'-'
            | b'*'
            | b'/'
            | b'<'
            | b'>'
            | b'='
            | b'~'
            | b'!'
            | b'@'
            | b'#'
            | b'%'
            | b'^'
            | b'&'
            | b'|'
            | b'`'
            | b'?'
            | b':'
    )
}

/// Tokenizes `sql` into `out` (cleared first). Never fails.
pub fn tokenize(sql: &str, out: &mut Vec<Tok>) {
    out.clear();
    let b = sql.as_bytes();
    let n = b.len();
    let mut i = 0;
    let mut space = false;
    while i < n {
        let c = b[i];
        // Whitespace and comments only set the `space_before` flag.
        if c.is_ascii_whitespace() {
            space = true;
            i += 1;
            continue;
        }
        if c == b'-' && i + 1 < n && b[i + 1] == b'-' {
            i = memchr::memchr(b'\n', &b[i..]).map_or(n, |p| i + p + 1);
            space = true;
            continue;
        }
        if c == b'/' && i + 1 < n && b[i + 1] == b'*' {
            i = skip_block_comment(b, i);
            space = true;
            continue;
        }
        let start = i;
        let kind;
        if c == b'\'' {
            i = skip_quoted(b, i + 1, b'\'', false);
            kind = TokKind::Literal;
        } else if (c == b'E' || c == b'e') && i + 1 < n && b[i + 1] == b'\'' {
            i = skip_quoted(b, i + 2, b'\'', true);
            kind = TokKind::Literal;
        } else if matches!(c, b'B' | b'b' | b'X' | b'x' | b'N' | b'n')
            && i + 1 < n
            && b[i + 1] == b'\''
        {
            i = skip_quoted(b, i + 2, b'\'', false);
            kind = TokKind::Literal;
        } else if (c == b'U' || c == b'u') && i + 2 < n && b[i + 1] == b'&' && b[i + 2] == b'\'' {
            i = skip_quoted(b, i + 3, b'\'', false);
            kind = TokKind::Literal;
        } else if c == b'"' {
            i = skip_quoted(b, i + 1, b'"', false);
            kind = TokKind::QuotedIdent;
        } else if c == b'$' {
            if i + 1 < n && b[i + 1].is_ascii_digit() {
                i += 1;
                while i < n && b[i].is_ascii_digit() {
                    i += 1;
                }
                kind = TokKind::Param;
            } else if let Some(end) = dollar_quote_end(b, i) {
                i = end;
                kind = TokKind::Literal;
            } else {
                i += 1;
                kind = TokKind::Op;
            }
        } else if c.is_ascii_digit() || (c == b'.' && i + 1 < n && b[i + 1].is_ascii_digit()) {
            i = skip_number(b, i);
            kind = TokKind::Literal;
        } else if is_ident_start(c) {
            i += 1;
            while i < n && is_ident_cont(b[i]) {
                i += 1;
            }
            kind = TokKind::Word;
        } else if matches!(c, b'(' | b')' | b'[' | b']' | b',' | b';' | b'.') {
            i += 1;
            kind = TokKind::Punct;
        } else if is_op_char(c) {
            i += 1;
            while i < n && is_op_char(b[i]) {
                // A comment start ends an operator.
                if (b[i] == b'-' && i + 1 < n && b[i + 1] == b'-')
                    || (b[i] == b'/' && i + 1 < n && b[i + 1] == b'*')
                {
                    break;
                }
                i += 1;
            }
            kind = TokKind::Op;
        } else {
            // Unknown byte: keep it as a one-character operator, on a char boundary.
            i += 1;
            while i < n && (b[i] & 0xC0) == 0x80 {
                i += 1;
            }
            kind = TokKind::Op;
        }
        out.push(Tok {
            kind,
            start,
            end: i,
            space_before: space,
        });
        space = false;
    }
}

fn skip_block_comment(b: &[u8], mut i: usize) -> usize {
    // PostgreSQL block comments nest.
    let n = b.len();
    let mut depth = 0usize;
    while i < n {
        if b[i] == b'/' && i + 1 < n && b[i + 1] == b'*' {
            depth += 1;
            i += 2;
        } else if b[i] == b'*' && i + 1 < n && b[i + 1] == b'/' {
            depth -= 1;
            i += 2;
            if depth == 0 {
                return i;
            }
        } else {
            i += 1;
        }
    }
    n
}

/// Skips a quoted run starting after the opening quote; doubled quotes escape.
fn skip_quoted(b: &[u8], mut i: usize, q: u8, backslash: bool) -> usize {
    let n = b.len();
    while i < n {
        let c = b[i];
        if backslash && c == b'\\' {
            i += 2;
            continue;
        }
        if c == q {
            if i + 1 < n && b[i + 1] == q {
                i += 2;
                continue;
            }
            return i + 1;
        }
        i += 1;
    }
    n
}

fn dollar_quote_end(b: &[u8], i: usize) -> Option<usize> {
    // $tag$ ... $tag$ where tag is empty or an identifier.
    let n = b.len();
    let mut j = i + 1;
    while j < n && b[j] != b'$' {
        if !is_ident_cont(b[j]) || b[j] == b'$' {
            return None;
        }
        j += 1;
    }
    if j >= n {
        return None;
    }
    let tag = &b[i..=j];
    let body = j + 1;
    let close = memchr::memmem::find(&b[body..], tag).map_or(n, |p| body + p + tag.len());
    Some(close)
}

fn skip_number(b: &[u8], mut i: usize) -> usize {
    let n = b.len();
    if b[i] == b'0' && i + 1 < n && matches!(b[i + 1], b'x' | b'X' | b'o' | b'O' | b'b' | b'B') {
        i += 2;
        while i < n && (b[i].is_ascii_hexdigit() || b[i] == b'_') {
            i += 1;
        }
        return i;
    }
    while i < n && (b[i].is_ascii_digit() || b[i] == b'_') {
        i += 1;
    }
    if i < n && b[i] == b'.' && !(i + 1 < n && b[i + 1] == b'.') {
        i += 1;
        while i < n && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    if i < n && (b[i] == b'e' || b[i] == b'E') {
        let mut j = i + 1;
        if j < n && (b[j] == b'+' || b[j] == b'-') {
            j += 1;
        }
        if j < n && b[j].is_ascii_digit() {
            i = j;
            while i < n && b[i].is_ascii_digit() {
                i += 1;
            }
        }
    }
    i
}

/// Splits a script into statements on top-level `;`, for `.sql` workloads.
/// Returns byte ranges of non-empty statements (without the `;`).
pub fn split_statements(sql: &str) -> Vec<(usize, usize)> {
    let mut toks = Vec::new();
    tokenize(sql, &mut toks);
    let mut out = Vec::new();
    let mut first: Option<usize> = None;
    let mut last_end = 0;
    let mut depth = 0i32;
    for t in &toks {
        let text = &sql[t.start..t.end];
        if t.kind == TokKind::Punct {
            match text {
                "(" => depth += 1,
                ")" => depth -= 1,
                ";" if depth <= 0 => {
                    if let Some(s) = first.take() {
                        out.push((s, last_end));
                    }
                    depth = 0;
                    continue;
                }
                _ => {}
            }
        }
        if first.is_none() {
            first = Some(t.start);
        }
        last_end = t.end;
    }
    if let Some(s) = first {
        out.push((s, last_end));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(sql: &str) -> Vec<(TokKind, &str)> {
        let mut v = Vec::new();
        tokenize(sql, &mut v);
        v.iter().map(|t| (t.kind, &sql[t.start..t.end])).collect()
    }

    #[test]
    fn strings_numbers_params_and_comments() {
        let k = kinds("SELECT 'it''s', E'a\\'b', 1.5e3, $1, $$x;y$$ /* c /* n */ */ -- t\n FROM t");
        assert_eq!(
            k,
            vec![
                (TokKind::Word, "SELECT"),
                (TokKind::Literal, "'it''s'"),
                (TokKind::Punct, ","),
                (TokKind::Literal, "E'a\\'b'"),
                (TokKind::Punct, ","),
                (TokKind::Literal, "1.5e3"),
                (TokKind::Punct, ","),
                (TokKind::Param, "$1"),
                (TokKind::Punct, ","),
                (TokKind::Literal, "$$x;y$$"),
                (TokKind::Word, "FROM"),
                (TokKind::Word, "t"),
            ]
        );
    }

    #[test]
    fn unterminated_input_does_not_panic() {
        for s in [
            "'abc",
            "\"abc",
            "$tag$ abc",
            "/* abc",
            "E'\\",
            "0x",
            "é'",
            "U&'",
        ] {
            let mut v = Vec::new();
            tokenize(s, &mut v);
        }
    }

    #[test]
    fn split_on_top_level_semicolons() {
        let sql = "SELECT 1; SELECT ';' ; CREATE FUNCTION f() AS $$ a; b $$;\n-- only a comment\n";
        let parts: Vec<&str> = split_statements(sql)
            .iter()
            .map(|&(s, e)| &sql[s..e])
            .collect();
        assert_eq!(
            parts,
            vec![
                "SELECT 1",
                "SELECT ';'",
                "CREATE FUNCTION f() AS $$ a; b $$"
            ]
        );
    }
}

/// Marks the tokens that begin a relation name: after FROM, JOIN, INTO,
/// UPDATE, TABLE, ONLY, COPY, TRUNCATE, REFERENCES, LOCK, or a comma of a
/// FROM list at the same parenthesis depth (and after ON in DDL, for
/// `CREATE INDEX … ON t`). A `FROM` that belongs to an expression
/// (`IS DISTINCT FROM`, `extract(… FROM …)`, `substring(… FROM …)`) begins
/// none. Only a name here can carry a schema qualifier; elsewhere `a.b` is
/// a table or an alias with its column.
pub fn relation_starts(sql: &str, toks: &[Tok], out: &mut Vec<bool>) {
    out.clear();
    out.resize(toks.len(), false);
    // Runs for every statement the fingerprinter keys: words are matched
    // case-insensitively against the few that matter, never lowered into
    // new strings.
    let keyword = |t: &Tok| -> Option<&'static str> {
        let w = &sql[t.start..t.end];
        RELATION_WORDS
            .iter()
            .copied()
            .find(|k| k.len() == w.len() && k.eq_ignore_ascii_case(w))
    };
    let ddl = toks
        .iter()
        .find(|t| t.kind == TokKind::Word)
        .and_then(keyword)
        .is_some_and(|w| matches!(w, "create" | "alter" | "drop"));
    // Per parenthesis level: inside a FROM list, and opened by a function
    // whose arguments use FROM as a word.
    let mut levels: Vec<(bool, bool)> = vec![(false, false)];
    let mut expect = false;
    let mut prev_word: Option<&'static str> = None;
    for (i, t) in toks.iter().enumerate() {
        let text = &sql[t.start..t.end];
        let starts = expect && matches!(t.kind, TokKind::Word | TokKind::QuotedIdent);
        if starts {
            out[i] = true;
        }
        expect = false;
        match t.kind {
            TokKind::Punct if text == "(" => {
                let in_fn = matches!(
                    prev_word,
                    Some("extract" | "substring" | "trim" | "overlay" | "position")
                );
                levels.push((false, in_fn));
                prev_word = None;
            }
            TokKind::Punct if text == ")" => {
                if levels.len() > 1 {
                    levels.pop();
                }
                prev_word = None;
            }
            TokKind::Punct if text == "," => {
                expect = levels.last().is_some_and(|l| l.0);
                prev_word = None;
            }
            TokKind::Word => {
                let w = keyword(t);
                let in_fn = levels.last().is_some_and(|l| l.1);
                let level = levels.last_mut();
                match w {
                    Some("from") if prev_word == Some("distinct") || in_fn => {}
                    Some(k @ ("from" | "join" | "into" | "update" | "using")) => {
                        if let Some(l) = level {
                            l.0 = k != "into";
                        }
                        expect = true;
                    }
                    Some("table" | "copy" | "truncate" | "references" | "lock") => expect = true,
                    Some("on") if ddl => expect = true,
                    Some(
                        "where" | "group" | "order" | "limit" | "on" | "set" | "values" | "having"
                        | "returning" | "select" | "window" | "offset" | "fetch" | "for",
                    ) => {
                        if let Some(l) = level {
                            l.0 = false;
                        }
                    }
                    _ => {}
                }
                // `FROM ONLY t`, `JOIN LATERAL (…)`: the name comes next.
                if starts && matches!(w, Some("only" | "lateral")) {
                    out[i] = false;
                    expect = true;
                }
                prev_word = w;
            }
            _ => prev_word = None,
        }
    }
}

/// The words [`relation_starts`] reads, lower case.
const RELATION_WORDS: &[&str] = &[
    "from",
    "join",
    "into",
    "update",
    "using",
    "table",
    "copy",
    "truncate",
    "references",
    "lock",
    "on",
    "where",
    "group",
    "order",
    "limit",
    "set",
    "values",
    "having",
    "returning",
    "select",
    "window",
    "offset",
    "fetch",
    "for",
    "distinct",
    "extract",
    "substring",
    "trim",
    "overlay",
    "position",
    "create",
    "alter",
    "drop",
    "only",
    "lateral",
];

#[cfg(test)]
mod relation_tests {
    use super::*;

    fn starts(sql: &str) -> Vec<String> {
        let mut toks = Vec::new();
        tokenize(sql, &mut toks);
        let mut marks = Vec::new();
        relation_starts(sql, &toks, &mut marks);
        toks.iter()
            .zip(marks)
            .filter(|(_, m)| *m)
            .map(|(t, _)| sql[t.start..t.end].to_owned())
            .collect()
    }

    #[test]
    fn relation_names_and_not_column_qualifiers() {
        assert_eq!(
            starts("SELECT u0.id, (SELECT max(x) FROM s.t u1), u0.y FROM a.b u0, c.d JOIN e ON u0.id = e.id WHERE x IS DISTINCT FROM u0.z"),
            ["s", "a", "c", "e"]
        );
        assert_eq!(
            starts("SELECT extract(year FROM b.created), substring(b.x FROM 2) FROM ONLY books b"),
            ["books"]
        );
        assert_eq!(
            starts("INSERT INTO tenant_1.orders (a) SELECT a FROM tenant_1.cart"),
            ["tenant_1", "tenant_1"]
        );
        assert_eq!(starts("CREATE INDEX i ON tenant_2.t (a)"), ["tenant_2"]);
        assert_eq!(
            starts("UPDATE t SET a = 1 FROM u WHERE t.id = u.id"),
            ["t", "u"]
        );
        assert_eq!(starts("DELETE FROM x.y USING z WHERE 1 = 1"), ["x", "z"]);
    }
}
