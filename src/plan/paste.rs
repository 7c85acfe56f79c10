//! A plan as users paste it: psql's frames, borders, headers (of any
//! column name), continuation markers and footers; lines quoted by pgAdmin
//! or CSV; prompts, echoed SQL and command tags before the plan. What is
//! left is the plan's own lines, each with its line number in the input,
//! and the format they are in.
use super::PlanError;

/// The format a pasted plan is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Text,
    Json,
    Yaml,
    Xml,
}

/// The plan's lines, framing removed.
#[derive(Debug)]
pub(crate) struct Pasted {
    pub(crate) format: Format,
    /// (line number in the input, text).
    pub(crate) lines: Vec<(usize, String)>,
}

const VERTICAL: [char; 4] = ['|', '│', '║', '┃'];

/// Characters psql draws frames with (every `linestyle` and `border`).
fn is_frame_char(c: char) -> bool {
    matches!(c, '-' | '=' | '+' | '|') || ('\u{2500}'..='\u{257F}').contains(&c)
}

/// A line of a frame: `----+----`, `├──┼──┤`, `╔══╗`.
fn is_separator(t: &str) -> bool {
    let mut n = 0;
    for c in t.chars() {
        if c == ' ' {
            continue;
        }
        if !is_frame_char(c) {
            return false;
        }
        n += 1;
    }
    n >= 3
}

/// psql's footer in any language: `(3 rows)`, `(1 ligne)`, `(3 registros)`.
fn is_footer(t: &str) -> bool {
    let Some(inner) = t.strip_prefix('(').and_then(|r| r.strip_suffix(')')) else {
        return false;
    };
    let mut words = inner.split_whitespace();
    matches!(
        (words.next(), words.next(), words.next()),
        (Some(n), Some(w), None) if n.chars().all(|c| c.is_ascii_digit()) && w.chars().all(char::is_alphabetic)
    )
}

/// Removes the quotes pgAdmin or a CSV export put around every line
/// (`"Limit  (cost=…)"`, `'Sort …'`), or around one multi-line CSV field
/// holding a JSON plan (`"[` … `""Plan"": …` … `]"`).
fn unquote(lines: &mut Vec<(usize, String)>) {
    let filled: Vec<&str> = lines
        .iter()
        .map(|(_, l)| l.trim())
        .filter(|l| !l.is_empty())
        .collect();
    if filled.is_empty() {
        return;
    }
    for q in ['"', '\''] {
        let quoted = filled
            .iter()
            .filter(|l| l.len() >= 2 && l.starts_with(q) && l.ends_with(q))
            .count();
        if quoted * 5 >= filled.len() * 4 {
            for (_, l) in lines.iter_mut() {
                let t = l.trim();
                if t.len() >= 2 && t.starts_with(q) && t.ends_with(q) {
                    let inner = &t[1..t.len() - 1];
                    *l = if q == '"' {
                        inner.replace("\"\"", "\"")
                    } else {
                        inner.to_owned()
                    };
                }
            }
            return;
        }
    }
    // One CSV field spanning lines, opening a JSON document.
    let Some(start) = lines.iter().position(|(_, l)| {
        let t = l.trim_start();
        t.starts_with("\"[") || t.starts_with("\"{")
    }) else {
        return;
    };
    let Some(end) = lines.iter().rposition(|(_, l)| l.trim_end().ends_with('"')) else {
        return;
    };
    if end < start || !lines[start..=end].iter().any(|(_, l)| l.contains("\"\"")) {
        return;
    }
    lines.truncate(end + 1);
    lines.drain(..start);
    if let Some((_, first)) = lines.first_mut() {
        *first = first.trim_start().replacen('"', "", 1);
    }
    if let Some((_, last)) = lines.last_mut() {
        let t = last.trim_end();
        *last = t[..t.len() - 1].to_owned();
    }
    for (_, l) in lines.iter_mut() {
        *l = l.replace("\"\"", "\"");
    }
}

/// Strips the vertical borders most lines carry (psql `border 2`, DBeaver's
/// trailing `|`), and the continuation marker psql puts at the end of a
/// cell whose value goes on (`+`, `↵`).
fn unborder(lines: &mut [(usize, String)]) {
    let body: Vec<&str> = lines
        .iter()
        .map(|(_, l)| l.trim())
        .filter(|t| !t.is_empty() && !is_separator(t))
        .collect();
    let share =
        |f: &dyn Fn(&str) -> bool| body.iter().filter(|t| f(t)).count() * 5 >= body.len() * 3;
    let leading = !body.is_empty() && share(&|t| t.starts_with(VERTICAL));
    let trailing = !body.is_empty() && share(&|t| t.ends_with(VERTICAL));
    for (_, l) in lines.iter_mut() {
        if is_separator(l.trim()) {
            continue;
        }
        let mut s: &str = l.trim_end();
        if trailing {
            if let Some(r) = s.strip_suffix(VERTICAL) {
                s = r.trim_end();
            }
        }
        if let Some(r) = s.strip_suffix('↵').or_else(|| s.strip_suffix('+')) {
            s = r.trim_end();
        }
        if leading {
            let t = s.trim_start();
            if let Some(r) = t.strip_prefix(VERTICAL) {
                s = r;
            }
        }
        *l = s.to_owned();
    }
}

/// psql's expanded output (`\x`): `-[ RECORD 1 ]----` lines between rows,
/// each row `QUERY PLAN | value`: the values are the plan's lines.
fn expanded(lines: &mut Vec<(usize, String)>) {
    let is_record = |l: &str| l.trim_start().starts_with("-[ RECORD ");
    if !lines.iter().any(|(_, l)| is_record(l)) {
        return;
    }
    lines.retain(|(_, l)| !is_record(l));
    for (_, l) in lines.iter_mut() {
        if let Some((_, value)) = l.split_once("| ") {
            *l = value.to_owned();
        } else if let Some(value) = l.strip_suffix(" |").or_else(|| l.strip_suffix('|')) {
            *l = value.to_owned();
        }
    }
}

/// Where the document of a structured format starts, if a line opens one.
fn structured_start(t: &str) -> Option<Format> {
    if t == "[" || t == "{" || t.starts_with("[{") || t.starts_with("{\"") || t.starts_with("[ {") {
        return Some(Format::Json);
    }
    if t.starts_with("- Plan:") || t.starts_with("- Plan: ") {
        return Some(Format::Yaml);
    }
    if t.starts_with("<explain") || t.starts_with("<?xml") {
        return Some(Format::Xml);
    }
    None
}

/// Cleans a pasted plan. Lines before the plan (prompts, echoed SQL,
/// command tags, headers) stay for the text reader, which skips what
/// precedes the first plan node; a structured plan starts at its first line.
pub(crate) fn clean(input: &str) -> Result<Pasted, PlanError> {
    let mut lines: Vec<(usize, String)> = input
        .lines()
        .enumerate()
        .map(|(n, l)| (n + 1, l.to_owned()))
        .collect();
    unquote(&mut lines);
    unborder(&mut lines);
    expanded(&mut lines);
    // auto_explain's text: `Query Text:` then the plan, no frame or header;
    // the query's own lines (a `-- ----` comment, a `'{"…"}'` literal) are
    // the query's, whatever they look like.
    let first_filled = lines.iter().find(|(_, l)| !l.trim().is_empty());
    if first_filled.is_some_and(|(_, l)| l.trim_start().starts_with("Query Text:")) {
        lines.retain(|(_, l)| !l.trim().is_empty());
        if !lines
            .iter()
            .any(|(_, l)| super::text::is_node_line(l.trim()))
        {
            return Err(PlanError {
                line: lines.first().map_or(1, |(n, _)| *n),
                message: "a Query Text without a plan node after it".into(),
            });
        }
        return Ok(Pasted {
            format: Format::Text,
            lines,
        });
    }
    // A header is the text just above the first frame line: psql's column
    // name (`QUERY PLAN`, `explain_filter`, any other), possibly cut in two.
    let mut seen_text = false;
    let first_sep = lines.iter().position(|(_, l)| {
        let t = l.trim();
        let sep = is_separator(t);
        let under_text = sep && seen_text;
        seen_text |= !sep && !t.is_empty();
        under_text
    });
    if let Some(sep) = first_sep {
        let plan_above = lines[..sep].iter().any(|(_, l)| {
            let t = l.trim();
            structured_start(t).is_some() || super::text::is_node_line(t)
        });
        if !plan_above {
            lines.drain(..sep);
        }
    }
    lines.retain(|(_, l)| {
        let t = l.trim();
        !(t.is_empty() || is_separator(t) || is_footer(t) || t == "QUERY PLAN")
    });
    let first_structured = lines
        .iter()
        .position(|(_, l)| structured_start(l.trim()).is_some());
    let first_node = lines
        .iter()
        .position(|(_, l)| super::text::is_node_line(l.trim()));
    match (first_structured, first_node) {
        (Some(s), n) if n.is_none_or(|n| s < n) => {
            let format = structured_start(lines[s].1.trim()).unwrap_or(Format::Json);
            lines.drain(..s);
            Ok(Pasted { format, lines })
        }
        (_, Some(_)) => Ok(Pasted {
            format: Format::Text,
            lines,
        }),
        _ => Err(PlanError {
            line: lines.first().map_or(1, |(n, _)| *n),
            message: "no plan found: no line reads like a plan node (`Seq Scan on t  (cost=…)`) \
                      and no JSON, YAML or XML plan starts"
                .into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn footers_in_any_language() {
        for f in ["(3 rows)", "(1 row)", "(3 lignes)", "(12 registros)"] {
            assert!(is_footer(f), "{f}");
        }
        for f in ["(cost=1.00..2.00)", "(never executed)", "(3 rows) x"] {
            assert!(!is_footer(f), "{f}");
        }
    }

    #[test]
    fn separators_of_every_linestyle() {
        for s in [
            "-----",
            "----+----",
            "├──┼──┤",
            "╔════╗",
            "+------+",
            "═════",
        ] {
            assert!(is_separator(s), "{s}");
        }
        for s in ["->  Seq Scan", "Sort", "--"] {
            assert!(!is_separator(s), "{s}");
        }
    }

    fn root_and_count(input: &str) -> (String, usize) {
        fn count(n: &crate::plan::Node) -> usize {
            1 + n.children.iter().map(count).sum::<usize>()
        }
        let p = crate::plan::parse(input).unwrap_or_else(|e| panic!("{e}\n{input}"));
        (p.root.node_type.clone(), count(&p.root))
    }

    const PLAN: &str = "Nested Loop  (cost=0.00..2017.80 rows=15 width=133) (actual time=0.044..2.162 rows=15 loops=1)
  ->  Seq Scan on users u  (cost=0.00..41.40 rows=1 width=129) (actual time=0.017..0.082 rows=1 loops=1)
        Filter: (username = 'depesz'::text)
  ->  Seq Scan on part_0 p  (cost=0.00..1976.25 rows=15 width=17) (actual time=0.026..2.077 rows=15 loops=1)
Execution Time: 2.172 ms";

    #[test]
    fn every_framing_gives_the_same_tree() {
        let framed = |head: &str, sep: &str, left: &str, right: &str, foot: &str| {
            let mut s = format!("{head}\n{sep}\n");
            for l in PLAN.lines() {
                s.push_str(&format!("{left}{l:<110}{right}\n"));
            }
            s.push_str(foot);
            s
        };
        let forms = [
            framed("  QUERY PLAN", "------------", " ", "", "(5 rows)"),
            framed("explain_filter", "══════════", " ", "", "(5 lignes)"),
            framed("│ QUERY PLAN │", "├────────┤", "│ ", " │", "└────────┘"),
            framed("| QUERY PLAN |", "+--------+", "| ", " |", "+--------+"),
            framed("QUERY PLAN |", "-----------+", "", "|", ""),
            format!("postgres=# SET work_mem = '64MB';\nSET\npostgres=# EXPLAIN ANALYZE SELECT 1;\n{PLAN}\nTime: 3.1 ms"),
            PLAN.lines().map(|l| format!("\"{}\"\n", l.replace('"', "\"\""))).collect(),
            PLAN.lines().map(|l| format!("'{l}'\n")).collect(),
        ];
        for f in &forms {
            assert_eq!(root_and_count(f), ("Nested Loop".to_owned(), 3), "{f}");
        }
    }

    #[test]
    fn lines_cut_at_a_width_are_joined() {
        let cut: String = PLAN
            .lines()
            .flat_map(|l| {
                let chars: Vec<char> = l.chars().collect();
                chars
                    .chunks(37)
                    .map(|c| c.iter().collect::<String>())
                    .collect::<Vec<_>>()
            })
            .collect::<Vec<_>>()
            .join("\n");
        let p = crate::plan::parse(&cut).unwrap();
        assert_eq!(p.root.children.len(), 2);
        assert_eq!(p.root.children[1].actual_total_ms, Some(2.077));
        assert_eq!(p.execution_ms, Some(2.172));
    }

    #[test]
    fn json_in_frames_and_csv_quotes() {
        let json = r#"[{"Plan": {"Node Type": "Seq Scan", "Relation Name": "t", "Plan Rows": 1}, "Execution Time": 1.5}]"#;
        let aligned: String = json
            .split_inclusive(", ")
            .map(|l| format!("│ {l:<60}↵│\n"))
            .collect();
        let csv = format!(
            "\"QUERY PLAN\"\n\"{}\"",
            json.replace(", ", ",\n").replace('"', "\"\"")
        );
        for f in [aligned, csv, format!("QUERY PLAN\n{json}\n(1 row)")] {
            let p = crate::plan::parse(&f).unwrap_or_else(|e| panic!("{e}\n{f}"));
            assert_eq!(p.root.node_type, "Seq Scan", "{f}");
            assert_eq!(p.execution_ms, Some(1.5));
        }
    }

    #[test]
    fn yaml_xml_and_cut_plans_are_refused_with_a_line() {
        let e =
            crate::plan::parse("QUERY PLAN\n- Plan: \n    Node Type: \"Seq Scan\"").unwrap_err();
        assert!(e.message.contains("YAML") && e.line == 2, "{e}");
        let e = crate::plan::parse("<explain xmlns=\"http://www.postgresql.org/2009/explain\">")
            .unwrap_err();
        assert!(e.message.contains("XML"), "{e}");
        let e = crate::plan::parse(
            "\n Seq Scan on ref  (cost=0.00..14425.02 rows=1000002 width=8) (actual",
        )
        .unwrap_err();
        assert!(e.message.contains("cut off") && e.line == 2, "{e}");
    }

    #[test]
    fn auto_explain_query_text_is_the_query_whatever_it_holds() {
        let text = "Query Text: UPDATE docs SET body = body || '\n{\"status\": \"done\"}'\n  -- ----------\n  WHERE id = 5\nUpdate on docs  (cost=0.00..8.27 rows=0 width=0)\n  ->  Index Scan using docs_pkey on docs  (cost=0.00..8.27 rows=1 width=38)";
        let p = crate::plan::parse(text).unwrap();
        assert_eq!(p.root.node_type, "Update");
        assert!(
            p.query
                .as_deref()
                .is_some_and(|q| q.contains("-- ----------") && q.contains("WHERE id = 5")),
            "{:?}",
            p.query
        );
    }

    #[test]
    fn psql_expanded_output() {
        let text = "-[ RECORD 1 ]------------------------------------\nQUERY PLAN | Nested Loop  (cost=0.00..2.00 rows=1 width=8)\n-[ RECORD 2 ]------------------------------------\nQUERY PLAN |   ->  Seq Scan on a  (cost=0.00..1.00 rows=1 width=4)\n-[ RECORD 3 ]------------------------------------\nQUERY PLAN |   ->  Seq Scan on b  (cost=0.00..1.00 rows=1 width=4)";
        assert_eq!(root_and_count(text), ("Nested Loop".to_owned(), 3));
    }

    #[test]
    fn free_text_is_no_plan() {
        let e = clean("Not a real plan.\nJust words here.").unwrap_err();
        assert_eq!(e.line, 1);
        assert!(clean("bad format").is_err());
    }
}
