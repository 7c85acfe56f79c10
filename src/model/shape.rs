//! A statement's shape: its text with the contents of its number and string
//! literals left out. Statements sent with their values inline (the simple
//! protocol, client-side interpolation as psycopg2 does) repeat a handful of
//! shapes with ever-new values; the fingerprinter keys each shape once and
//! reuses the key, where tokenizing every statement again cost most of the
//! time of reading a dense log.
//!
//! Two texts of one shape differ only inside literals of the same class
//! (integer, other number, string), so they tokenize alike; the key is
//! cached only when it did not keep a literal's text (`ORDER BY 2`,
//! `numeric(10,2)`), so it is the key of every text of the shape.
use xxhash_rust::xxh3::Xxh3;

/// Marks a literal in the hashed text: 0xFF never occurs in UTF-8.
const INTEGER: [u8; 2] = [0xFF, b'i'];
const NUMBER: [u8; 2] = [0xFF, b'n'];
const STRING: [u8; 2] = [0xFF, b's'];

fn ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c == b'$' || c >= 0x80
}

/// The shape's hash, with the byte range of each literal in `literals`
/// (cleared first). `None` when the text holds what a shape cannot speak
/// for: dollar quotes, escape strings, numbers run into words, a literal
/// left open.
pub(crate) fn of(sql: &str, literals: &mut Vec<(usize, usize)>) -> Option<u64> {
    literals.clear();
    let b = sql.as_bytes();
    let n = b.len();
    let mut h = Xxh3::new();
    let mut seg = 0;
    let mut i = 0;
    while i < n {
        let c = b[i];
        match c {
            b'\'' => {
                if i > 0 && matches!(b[i - 1], b'E' | b'e') {
                    return None;
                }
                let end = quoted_end(b, i + 1, b'\'')?;
                h.update(&b[seg..i]);
                h.update(&STRING);
                literals.push((i, end));
                i = end;
                seg = end;
            }
            b'"' => i = quoted_end(b, i + 1, b'"')?,
            b'-' if b.get(i + 1) == Some(&b'-') => {
                i = memchr::memchr(b'\n', &b[i..]).map_or(n, |p| i + p + 1);
            }
            b'/' if b.get(i + 1) == Some(&b'*') => i = block_comment_end(b, i)?,
            b'$' => {
                if !b.get(i + 1).is_some_and(u8::is_ascii_digit) {
                    return None;
                }
                i += 1;
                while i < n && b[i].is_ascii_digit() {
                    i += 1;
                }
            }
            b'.' if b.get(i + 1).is_some_and(u8::is_ascii_digit)
                && (i == 0 || !ident_byte(b[i - 1])) =>
            {
                return None;
            }
            b'0'..=b'9' if i == 0 || !ident_byte(b[i - 1]) => {
                let start = i;
                let (end, integer) = number_end(b, i)?;
                h.update(&b[seg..start]);
                h.update(if integer { &INTEGER } else { &NUMBER });
                literals.push((start, end));
                i = end;
                seg = end;
            }
            _ => i += 1,
        }
    }
    h.update(&b[seg..]);
    Some(h.digest())
}

/// Past the closing quote of a literal or identifier opened before `i`
/// (a doubled quote is one inside it).
fn quoted_end(b: &[u8], mut i: usize, q: u8) -> Option<usize> {
    loop {
        let p = memchr::memchr(q, &b[i..])?;
        i += p + 1;
        if b.get(i) != Some(&q) {
            return Some(i);
        }
        i += 1;
    }
}

/// Past a `/* … */` comment at `i`; they nest.
fn block_comment_end(b: &[u8], mut i: usize) -> Option<usize> {
    let mut depth = 0usize;
    while i + 1 < b.len() {
        match (b[i], b[i + 1]) {
            (b'/', b'*') => {
                depth += 1;
                i += 2;
            }
            (b'*', b'/') => {
                depth -= 1;
                i += 2;
                if depth == 0 {
                    return Some(i);
                }
            }
            _ => i += 1,
        }
    }
    None
}

/// Past a number at `i`, and whether it is a plain integer. `None` when a
/// word runs on from it (`1e`, `0x1F`, `1_000`): the tokenizer may read
/// those otherwise.
fn number_end(b: &[u8], mut i: usize) -> Option<(usize, bool)> {
    let digits = |b: &[u8], mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    i = digits(b, i);
    let mut integer = true;
    if b.get(i) == Some(&b'.') && b.get(i + 1) != Some(&b'.') {
        integer = false;
        i = digits(b, i + 1);
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        let sign = usize::from(matches!(b.get(i + 1), Some(b'+' | b'-')));
        if b.get(i + 1 + sign).is_some_and(u8::is_ascii_digit) {
            integer = false;
            i = digits(b, i + 1 + sign);
        }
    }
    if b.get(i).is_some_and(|&c| ident_byte(c)) {
        return None;
    }
    Some((i, integer))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shape(sql: &str) -> Option<u64> {
        of(sql, &mut Vec::new())
    }

    #[test]
    fn values_do_not_change_the_shape_and_their_class_does() {
        let a = shape("SELECT * FROM t1 WHERE id = 12 AND name = 'Ana' AND x > 1.5");
        assert!(a.is_some());
        assert_eq!(
            a,
            shape("SELECT * FROM t1 WHERE id = 7 AND name = 'João d''Ávila' AND x > 0.25e3")
        );
        assert_ne!(
            a,
            shape("SELECT * FROM t1 WHERE id = 1.2 AND name = 'Ana' AND x > 1.5")
        );
        assert_ne!(
            a,
            shape("SELECT * FROM t1 WHERE id = '12' AND name = 'Ana' AND x > 1.5")
        );
        assert_ne!(
            a,
            shape("SELECT * FROM t2 WHERE id = 12 AND name = 'Ana' AND x > 1.5")
        );
        // Quotes inside identifiers and comments start no literal.
        assert_ne!(
            shape(
                r#"SELECT "it's" FROM t -- it's
                WHERE a = 1"#
            ),
            shape(
                r#"SELECT "it's" FROM t -- it's
                WHERE b = 1"#
            ),
        );
        assert_ne!(
            shape("SELECT /* it's */ a FROM t WHERE x = 'q'"),
            shape("SELECT /* it's */ b FROM t WHERE x = 'q'"),
        );
    }

    #[test]
    fn literals_are_found_where_they_are() {
        let mut lits = Vec::new();
        let sql = "UPDATE t SET v = v + -3 WHERE k = $1 AND s IN ('a', 'b''c') AND t2.x = 10";
        of(sql, &mut lits).unwrap();
        let texts: Vec<&str> = lits.iter().map(|&(a, b)| &sql[a..b]).collect();
        assert_eq!(texts, ["3", "'a'", "'b''c'", "10"]);
    }

    #[test]
    fn what_a_shape_cannot_speak_for_has_none() {
        for sql in [
            "SELECT $$a$$",
            "SELECT E'it\\'s'",
            "SELECT 0x1F",
            "SELECT 1_000",
            "SELECT .5",
            "SELECT 'open",
            "SELECT /* open",
        ] {
            assert_eq!(shape(sql), None, "{sql}");
        }
    }
}
