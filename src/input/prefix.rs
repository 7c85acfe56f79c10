//! `log_line_prefix`: compile one into a matcher, or infer it from a file.
//!
//! Matching is a left-to-right walk over the prefix items with no regex and
//! no allocation: literals must match exactly, typed escapes (`%p`, `%m`)
//! consume their shape, free-text escapes (`%u`, `%a`) run to the next
//! literal. A match is only accepted when a severity (`LOG:`, `ERROR:` …)
//! follows, which is what makes `%q` (the part dropped for background
//! processes) and inference safe.
//!
//! Inference reads the text before the severity of sample lines, turns each
//! into a candidate prefix (timestamps become `%m`/`%t`, `[123]` becomes
//! `[%p]`, `user=x` becomes `user=%u`, …), adds the common distribution
//! defaults, and keeps the candidate that matches the most lines.
use super::record::Severity;
use regex::Regex;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Esc {
    App,
    User,
    Db,
    RemoteHostPort,
    Host,
    Backend,
    Pid,
    LeaderPid,
    Ts,
    TsMs,
    Epoch,
    CmdTag,
    SqlState,
    Session,
    LineNum,
    SessionStart,
    Vxid,
    Xid,
    QueryId,
    /// Not a PostgreSQL escape: text we recognise as a field but do not use.
    Any,
}

impl Esc {
    fn is_free(self) -> bool {
        matches!(
            self,
            Esc::App
                | Esc::User
                | Esc::Db
                | Esc::RemoteHostPort
                | Esc::Host
                | Esc::Backend
                | Esc::CmdTag
                | Esc::Vxid
                | Esc::Any
                | Esc::SqlState
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Item {
    Lit(String),
    Esc(Esc),
    /// `%q`: what follows is absent on lines of non-session processes.
    Q,
}

/// Fields a prefix gives, borrowed from the line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct PrefixFields<'a> {
    pub ts: Option<&'a str>,
    pub pid: Option<u32>,
    pub user: Option<&'a str>,
    pub db: Option<&'a str>,
    pub app: Option<&'a str>,
    pub client: Option<&'a str>,
    pub session: Option<&'a str>,
    pub session_start: Option<&'a str>,
    pub sqlstate: Option<&'a str>,
    pub query_id: Option<&'a str>,
}

/// A line split by a prefix: fields, severity, and the message after `SEVERITY:  `.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Matched<'a> {
    pub fields: PrefixFields<'a>,
    pub severity: Severity,
    pub message: &'a str,
}

/// A compiled `log_line_prefix`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Prefix {
    items: Vec<Item>,
    spec: String,
    /// Without a `%q`, where lines of processes without a session may still
    /// stop: before the first session field, or before the text leading to
    /// it. Servers are often set up with `%q` there while the lines a prefix
    /// is inferred from all come from sessions.
    /// (items kept, bytes of the next literal kept).
    implied_q: Vec<(usize, usize)>,
    /// Other prefixes the same file was written with, tried in turn: the
    /// server's `log_line_prefix` changed and was reloaded mid-file, or a
    /// log export mixes servers set up differently.
    others: Vec<Prefix>,
}

/// Separates the prefixes of a file written with several (`A || B`).
pub const ALTERNATIVES: &str = " || ";

impl Prefix {
    /// Compiles a `log_line_prefix` value such as `%m [%p] %q%u@%d `, or
    /// several separated by ` || `, tried in that order.
    pub fn parse(spec: &str) -> Result<Self, String> {
        let mut parts = spec.split(ALTERNATIVES);
        let mut first = Self::parse_one(parts.next().unwrap_or_default())?;
        for p in parts {
            first = first.or(Self::parse_one(p)?);
        }
        Ok(first)
    }

    /// Adds a prefix tried when this one does not match.
    pub fn or(mut self, other: Prefix) -> Prefix {
        self.spec = format!("{}{ALTERNATIVES}{}", self.spec, other.spec);
        self.others.push(other);
        self
    }

    fn parse_one(spec: &str) -> Result<Self, String> {
        let mut items = Vec::new();
        let mut lit = String::new();
        let mut chars = spec.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '%' {
                lit.push(c);
                continue;
            }
            // Padding like %-10u or %10u: the width is ignored, PostgreSQL pads with spaces.
            let mut next = chars.next().ok_or("ends with a lone %")?;
            while next == '-' || next.is_ascii_digit() {
                next = chars.next().ok_or("ends inside a padded escape")?;
            }
            let esc = match next {
                '%' => {
                    lit.push('%');
                    continue;
                }
                'a' => Esc::App,
                'u' => Esc::User,
                'd' => Esc::Db,
                'r' => Esc::RemoteHostPort,
                'h' => Esc::Host,
                'b' => Esc::Backend,
                'p' => Esc::Pid,
                'P' => Esc::LeaderPid,
                't' => Esc::Ts,
                'm' => Esc::TsMs,
                'n' => Esc::Epoch,
                'i' => Esc::CmdTag,
                'e' => Esc::SqlState,
                'c' => Esc::Session,
                'l' => Esc::LineNum,
                's' => Esc::SessionStart,
                'v' => Esc::Vxid,
                'x' => Esc::Xid,
                'Q' => Esc::QueryId,
                '*' => Esc::Any,
                'q' => {
                    if !lit.is_empty() {
                        items.push(Item::Lit(std::mem::take(&mut lit)));
                    }
                    items.push(Item::Q);
                    continue;
                }
                other => return Err(format!("unknown escape %{other}")),
            };
            if !lit.is_empty() {
                items.push(Item::Lit(std::mem::take(&mut lit)));
            }
            items.push(Item::Esc(esc));
        }
        if !lit.is_empty() {
            items.push(Item::Lit(lit));
        }
        let mut implied_q = Vec::new();
        if !items.contains(&Item::Q) {
            let session = items.iter().position(|i| {
                matches!(
                    i,
                    Item::Esc(Esc::User | Esc::Db | Esc::App | Esc::RemoteHostPort | Esc::Host)
                )
            });
            // A cut right at the start keeps nothing to recognise a line by.
            if let Some(at) = session.filter(|&at| at > 0) {
                implied_q.push((at, 0));
                // `]: user=%u`: also before the text that leads to the field,
                // keeping what ends the fields before it.
                if let Some(Item::Lit(l)) = items.get(at - 1).filter(|_| at > 1) {
                    let keep = l.rfind([' ', ']', ':', ')']).map_or(0, |k| k + 1);
                    if keep < l.len() {
                        implied_q.push((at - 1, keep));
                    }
                }
            }
        }
        Ok(Self {
            items,
            spec: spec.to_owned(),
            implied_q,
            others: Vec::new(),
        })
    }

    /// The `log_line_prefix` this matcher was built from.
    pub fn spec(&self) -> &str {
        &self.spec
    }

    /// How much of `line` the prefix (its full form) covers, when it starts
    /// the line: for text that lost its severity (Azure's records keep it apart).
    pub(crate) fn len_in(&self, line: &str) -> Option<usize> {
        match_items(&self.items, line, &mut PrefixFields::default())
            .or_else(|| self.others.iter().find_map(|o| o.len_in(line)))
    }

    /// Splits `line` into prefix fields, severity and message.
    pub fn match_line<'a>(&self, line: &'a str) -> Option<Matched<'a>> {
        self.match_form(line).map(|(m, _)| m)
    }

    /// Like [`Prefix::match_line`], also telling whether the short `%q` form matched.
    fn match_form<'a>(&self, line: &'a str) -> Option<(Matched<'a>, bool)> {
        self.match_own(line)
            .or_else(|| self.others.iter().find_map(|o| o.match_own(line)))
    }

    fn match_own<'a>(&self, line: &'a str) -> Option<(Matched<'a>, bool)> {
        let mut fields = PrefixFields::default();
        if let Some(pos) = match_items(&self.items, line, &mut fields) {
            if let Some((severity, message)) = severity_at(&line[pos..]) {
                return Some((
                    Matched {
                        fields,
                        severity,
                        message,
                    },
                    false,
                ));
            }
        }
        // The short form used by background processes.
        let explicit = self
            .items
            .iter()
            .position(|i| *i == Item::Q)
            .map(|q| [(q, 0)]);
        let cuts: &[(usize, usize)] = match &explicit {
            Some(q) => q,
            None => &self.implied_q,
        };
        cuts.iter().find_map(|&(q, keep)| {
            let mut fields = PrefixFields::default();
            let mut pos = match_items(&self.items[..q], line, &mut fields)?;
            if let Some(Item::Lit(l)) = self.items.get(q).filter(|_| keep > 0) {
                let part = l.get(..keep)?;
                if !line[pos..].starts_with(part) {
                    return None;
                }
                pos += part.len();
            }
            let (severity, message) = severity_at(&line[pos..])?;
            Some((
                Matched {
                    fields,
                    severity,
                    message,
                },
                true,
            ))
        })
    }
}

fn match_items<'a>(items: &[Item], line: &'a str, f: &mut PrefixFields<'a>) -> Option<usize> {
    let mut pos = 0;
    for (idx, item) in items.iter().enumerate() {
        let rest = &line[pos..];
        match item {
            Item::Q => {}
            Item::Lit(l) => {
                if !rest.starts_with(l.as_str()) {
                    return None;
                }
                pos += l.len();
            }
            Item::Esc(esc) => {
                let len = if esc.is_free() {
                    free_len(rest, next_literal(&items[idx + 1..]))
                } else {
                    typed_len(*esc, rest)?
                };
                let v = &rest[..len];
                assign(f, *esc, v);
                pos += len;
            }
        }
    }
    Some(pos)
}

fn next_literal(items: &[Item]) -> Option<&str> {
    items.iter().find_map(|i| match i {
        Item::Lit(l) => Some(l.as_str()),
        _ => None,
    })
}

/// A free-text value runs to the next literal, or to the next space.
fn free_len(rest: &str, next: Option<&str>) -> usize {
    let hay = rest.as_bytes();
    // Literals between fields are a few bytes: a searcher built per line
    // cost more than the search.
    let stop = match next.map(str::as_bytes) {
        Some([first, more @ ..]) => {
            memchr::memchr_iter(*first, hay).find(|&i| hay[i + 1..].starts_with(more))
        }
        _ => memchr::memchr(b' ', hay),
    };
    stop.unwrap_or(rest.len())
}

fn typed_len(esc: Esc, rest: &str) -> Option<usize> {
    let b = rest.as_bytes();
    let run = |ok: fn(u8) -> bool| b.iter().take_while(|&&c| ok(c)).count();
    let n = match esc {
        Esc::Pid | Esc::LeaderPid | Esc::LineNum | Esc::Xid => run(|c| c.is_ascii_digit()),
        Esc::QueryId => {
            let neg = usize::from(b.first() == Some(&b'-'));
            neg + b[neg..].iter().take_while(|c| c.is_ascii_digit()).count()
        }
        Esc::Epoch => run(|c| c.is_ascii_digit() || c == b'.'),
        Esc::Session => run(|c| c.is_ascii_hexdigit() || c == b'.'),
        Esc::Ts | Esc::TsMs | Esc::SessionStart => super::timestamp::parse_pg(rest)?.1,
        _ => return None,
    };
    // A leader pid is empty for non-parallel processes; everything else is required.
    if n == 0 && !matches!(esc, Esc::LeaderPid | Esc::Xid) {
        return None;
    }
    Some(n)
}

fn assign<'a>(f: &mut PrefixFields<'a>, esc: Esc, v: &'a str) {
    let opt = |v: &'a str| {
        if v.is_empty() || v == "[unknown]" {
            None
        } else {
            Some(v)
        }
    };
    match esc {
        Esc::Ts | Esc::TsMs | Esc::Epoch => f.ts = Some(v),
        Esc::Pid => f.pid = v.parse().ok(),
        Esc::User => f.user = opt(v),
        Esc::Db => f.db = opt(v),
        Esc::App => f.app = opt(v),
        Esc::RemoteHostPort | Esc::Host => f.client = opt(v),
        Esc::Session => f.session = opt(v),
        Esc::SessionStart => f.session_start = opt(v),
        Esc::SqlState => f.sqlstate = opt(v),
        Esc::QueryId => f.query_id = opt(v),
        _ => {}
    }
}

/// Reads `SEVERITY:` and the spaces after it.
pub fn severity_at(s: &str) -> Option<(Severity, &str)> {
    let s = s.trim_start_matches(' ');
    let colon = memchr::memchr(b':', &s.as_bytes()[..s.len().min(12)])?;
    let sev = Severity::parse(&s[..colon])?;
    let rest = &s[colon + 1..];
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    Some((sev, rest))
}

fn severity_re() -> &'static Regex {
    static RE: OnceLock<Regex> = OnceLock::new();
    RE.get_or_init(|| {
        Regex::new(r"(?:^|[\s:\]-])(LOG|ERROR|FATAL|PANIC|WARNING|NOTICE|INFO|DEBUG[1-5]?|DETAIL|HINT|STATEMENT|CONTEXT|QUERY|LOCATION):  ?\S")
            .expect("severity regex compiles")
    })
}

/// The text before the severity, for lines that look like log lines.
pub fn prefix_text(line: &str) -> Option<&str> {
    let m = severity_re().captures(line)?;
    Some(&line[..m.get(1)?.start()])
}

/// Prefixes of common distributions and services, tried besides inferred ones.
pub const KNOWN_PREFIXES: &[&str] = &[
    "%m [%p] ",
    "%m [%p] %q%u@%d ",
    "%t [%p]: [%l-1] ",
    "%t [%p]: [%l-1] user=%u,db=%d ",
    "%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h ",
    "%t [%p]: user=%u,db=%d,app=%a,client=%h ",
    "%m [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h ",
    "%t:%r:%u@%d:[%p]:",
    "%m:%r:%u@%d:[%p]:",
    "%t [%p-%l] %q%u@%d ",
    "%m [%p] %q[user=%u,db=%d,app=%a] ",
    "%m [%p-%l] %q%u@%d ",
    "%t ",
    "%m ",
];

/// `%b` values (`pg_stat_activity.backend_type`): recognised so that an
/// inferred prefix holds `%b`, not the one process type its sample showed.
const BACKEND_TYPES: &[&str] = &[
    "archiver",
    "autovacuum launcher",
    "autovacuum worker",
    "background worker",
    "background writer",
    "checkpointer",
    "client backend",
    "io worker",
    "logical replication launcher",
    "logical replication worker",
    "not initialized",
    "parallel worker",
    "postmaster",
    "slotsync worker",
    "standalone backend",
    "startup",
    "wal summarizer",
    "walreceiver",
    "walsender",
    "walwriter",
];

/// Turns one line's prefix text into a `log_line_prefix` guess.
pub fn synthesize(text: &str) -> String {
    synthesize_knowing(text, "")
}

/// What a line's message says of its session (`connection authorized:
/// user=… database=… application_name=…`, a disconnection's `user=…
/// database=…`): it tells which field a bare word of the prefix is.
#[derive(Default)]
struct Known<'a> {
    user: Option<&'a str>,
    db: Option<&'a str>,
    app: Option<&'a str>,
}

impl<'a> Known<'a> {
    fn of(message: &'a str) -> Self {
        let value = |key: &str| {
            let at = message.find(key)? + key.len();
            let v = &message[at..];
            Some(&v[..v.find([' ', ',']).unwrap_or(v.len())])
        };
        Self {
            user: value(" user="),
            db: value(" database="),
            app: value(" application_name="),
        }
    }

    /// The field a bare word is, among those not taken yet, in the order
    /// `%u`, `%d`, `%a`: only one whose value the message gives, and gives
    /// as this word (a word no message confirms stays text of the prefix,
    /// and a line that says nothing names no field). `[unknown]` is what the
    /// server prints for the application at authorization, before it is set.
    fn field(&self, word: &str, taken: &mut Vec<&'static str>) -> Option<&'static str> {
        let fits = |known: Option<&str>, app: bool| match known {
            None => false,
            Some(v) => v == word || (app && word == "[unknown]"),
        };
        let pick = [
            ("%u", fits(self.user, false)),
            ("%d", fits(self.db, false)),
            ("%a", fits(self.app, true)),
        ]
        .into_iter()
        .find(|(f, ok)| *ok && !taken.contains(f))
        .map(|(f, _)| f)?;
        taken.push(pick);
        Some(pick)
    }
}

/// A word a prefix prints as a value: a name, or `[unknown]`.
fn bare_value(atom: &str) -> bool {
    atom == "[unknown]"
        || (atom.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_')
            && atom
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'-' | b'.')))
}

/// `%p-%s-%c-%l-%h-%u-%d-%m`: four or more fields joined by dashes, the
/// dashes of the timestamps among them left alone. The spec and the bytes
/// it covers.
fn dashed_fields(
    rest: &str,
    seen_ts_out: &mut bool,
    seen_pid_out: &mut bool,
    known: &Known<'_>,
    taken_out: &mut Vec<&'static str>,
) -> Option<(String, usize)> {
    // Worked on copies: a line that is not dash-joined leaves them as they were.
    let (mut seen_ts, mut seen_pid, mut taken) = (*seen_ts_out, *seen_pid_out, taken_out.clone());
    enum Field<'s> {
        Ts { ms: bool },
        Text(&'s str),
    }
    let mut fields = Vec::new();
    let mut j = 0;
    loop {
        let r = &rest[j..];
        match super::timestamp::parse_pg(r).filter(|_| r.starts_with(|c: char| c.is_ascii_digit()))
        {
            Some((_, n, _)) => {
                fields.push(Field::Ts { ms: has_ms(r) });
                j += n;
            }
            None => {
                let end = r.find(['-', ' ']).unwrap_or(r.len());
                fields.push(Field::Text(&r[..end]));
                j += end;
            }
        }
        if rest[j..].starts_with('-') {
            j += 1;
        } else {
            break;
        }
    }
    let stamps = fields
        .iter()
        .filter(|f| matches!(f, Field::Ts { .. }))
        .count();
    if fields.len() < 4 || stamps == 0 || seen_ts {
        return None;
    }
    // Of two stamps, the one with milliseconds is the line's (`%m`), the
    // other the session's start (`%s`, printed without them).
    let with_ms = fields.iter().any(|f| matches!(f, Field::Ts { ms: true }));
    let mut parts = Vec::new();
    for f in &fields {
        let spec = match f {
            Field::Ts { ms } => match (stamps, ms) {
                (1, true) => "%m".to_owned(),
                (1, false) => "%t".to_owned(),
                (_, true) => "%m".to_owned(),
                (_, false) if with_ms => "%s".to_owned(),
                (_, false) if !seen_ts => {
                    seen_ts = true;
                    "%t".to_owned()
                }
                (_, false) => "%s".to_owned(),
            },
            Field::Text("") => String::new(),
            Field::Text(t) if is_session_id(t) => "%c".to_owned(),
            Field::Text(t) if t.bytes().all(|c| c.is_ascii_digit()) => {
                if seen_pid {
                    "%l".to_owned()
                } else {
                    seen_pid = true;
                    "%p".to_owned()
                }
            }
            // A socket client is `[local]`; an IPv6 one has colons.
            Field::Text(t) if is_host_like(t) || *t == "[local]" || t.contains(':') => {
                "%h".to_owned()
            }
            Field::Text(t) if bare_value(t) => known.field(t, &mut taken)?.to_owned(),
            Field::Text(t) => t.replace('%', "%%"),
        };
        parts.push(spec);
    }
    *seen_ts_out = true;
    *seen_pid_out = seen_pid;
    *taken_out = taken;
    Some((parts.join("-"), j))
}

/// [`synthesize`], with the line's message to tell bare words apart.
fn synthesize_knowing(text: &str, message: &str) -> String {
    let known = Known::of(message);
    let mut taken: Vec<&'static str> = Vec::new();
    let mut out = String::new();
    let b = text.as_bytes();
    let mut i = 0;
    let mut seen_ts = false;
    let mut seen_pid = false;
    while i < b.len() {
        let rest = &text[i..];
        if b[i].is_ascii_digit() {
            if let Some((spec, n)) =
                dashed_fields(rest, &mut seen_ts, &mut seen_pid, &known, &mut taken)
            {
                out.push_str(&spec);
                i += n;
                continue;
            }
        }
        if b[i].is_ascii_digit() {
            if let Some((_, n, _)) = super::timestamp::parse_pg(rest) {
                out.push_str(ts_escape(&mut seen_ts, rest));
                i += n;
                continue;
            }
            let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
            let after = rest.as_bytes().get(digits);
            if digits >= 9 && after == Some(&b'.') {
                let n = rest
                    .bytes()
                    .take_while(|c| c.is_ascii_digit() || *c == b'.')
                    .count();
                out.push_str("%n");
                i += n;
                continue;
            }
        }
        if b[i] == b'[' {
            if let Some(close) = rest.find(']') {
                let inner = &rest[1..close];
                let spec = if !inner.is_empty() && inner.bytes().all(|c| c.is_ascii_digit()) {
                    if seen_pid {
                        "[%x]".to_owned()
                    } else {
                        seen_pid = true;
                        "[%p]".to_owned()
                    }
                } else if let Some((l, r)) = inner.split_once('-') {
                    if !l.is_empty()
                        && l.bytes().all(|c| c.is_ascii_digit())
                        && r.bytes().all(|c| c.is_ascii_digit())
                    {
                        if seen_pid {
                            format!("[%l-{r}]")
                        } else {
                            seen_pid = true;
                            "[%p-%l]".to_owned()
                        }
                    } else {
                        format!("[{inner}]")
                    }
                } else if let Some((k, _)) = inner.split_once('=') {
                    format!("[{k}={}]", key_escape(k, ""))
                } else if inner == "local" {
                    "%r".to_owned()
                } else if inner == "unknown"
                    && (i == 0 || b[i - 1] == b' ')
                    && matches!(b.get(i + close + 1), None | Some(b' '))
                {
                    // A value the server did not know yet, printed bare.
                    match known.field("[unknown]", &mut taken) {
                        Some(f) => f.to_owned(),
                        None => "[unknown]".to_owned(),
                    }
                } else if inner.split_once('/').is_some_and(|(a, b)| {
                    !a.is_empty()
                        && !b.is_empty()
                        && a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit())
                }) {
                    // A virtual transaction id, `3/5`.
                    "[%v]".to_owned()
                } else if BACKEND_TYPES.contains(&inner) {
                    "[%b]".to_owned()
                } else if is_session_id(inner) {
                    "[%c]".to_owned()
                } else if is_host_like(inner) {
                    "[%h]".to_owned()
                } else {
                    format!("[{inner}]")
                };
                out.push_str(&spec);
                i += close + 1;
                continue;
            }
        }
        // key=value or key = value
        let key_len = rest
            .bytes()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == b'_')
            .count();
        if key_len > 0 {
            let after = &rest[key_len..];
            let (eq, skip) = if after.starts_with('=') {
                ("=", 1)
            } else if after.starts_with(" = ") {
                (" = ", 3)
            } else {
                ("", 0)
            };
            if skip > 0 {
                let key = &rest[..key_len];
                let vrest = &after[skip..];
                // Heroku's `time_ms = "2023-06-05 19:33:14.793 UTC" pid="19"`.
                if let Some(quoted) = vrest.strip_prefix('"') {
                    if let Some(close) = quoted.find('"') {
                        let value = &quoted[..close];
                        let esc = match super::timestamp::parse_pg(value) {
                            Some((_, n, _)) if n == value.len() => ts_escape(&mut seen_ts, value),
                            _ => key_escape(key, value),
                        };
                        out.push_str(key);
                        out.push_str(eq);
                        out.push('"');
                        out.push_str(esc);
                        out.push('"');
                        i += key_len + skip + close + 2;
                        continue;
                    }
                }
                let vlen = if vrest.starts_with('[') {
                    vrest.find(']').map_or(vrest.len(), |p| p + 1)
                } else {
                    vrest.find([',', ' ', ']', ';']).unwrap_or(vrest.len())
                };
                let value = &vrest[..vlen];
                out.push_str(key);
                out.push_str(eq);
                out.push_str(key_escape(key, value));
                i += key_len + skip + vlen;
                continue;
            }
        }
        // An atom: run of non-separators.
        let atom_len = rest
            .find([' ', ',', ':', '[', ']', '(', ';'])
            .unwrap_or(rest.len());
        if atom_len == 0 {
            // (port) after a host belongs to %r
            if b[i] == b'(' && out.ends_with("%h") {
                if let Some(close) = rest.find(')') {
                    out.truncate(out.len() - 2);
                    out.push_str("%r");
                    i += close + 1;
                    continue;
                }
            }
            out.push(b[i] as char);
            i += 1;
            continue;
        }
        let atom = &rest[..atom_len];
        // A SQLSTATE: five digits or capitals, mostly digits (`00000`, `57014`, `42P01`).
        let sqlstate_like = |a: &str| {
            a.len() == 5
                && a.bytes()
                    .all(|c| c.is_ascii_digit() || c.is_ascii_uppercase())
                && a.bytes().filter(u8::is_ascii_digit).count() >= 3
        };
        if atom.contains('-')
            && atom
                .split('-')
                .any(|p| is_session_id(p) || sqlstate_like(p))
        {
            // Azure's `%t-%c-`, a `PG-%e`: values between dashes.
            let parts: Vec<String> = atom
                .split('-')
                .map(|p| {
                    if is_session_id(p) {
                        "%c".to_owned()
                    } else if sqlstate_like(p) {
                        "%e".to_owned()
                    } else {
                        p.replace('%', "%%")
                    }
                })
                .collect();
            out.push_str(&parts.join("-"));
            i += atom_len;
            continue;
        }
        if let Some((_u, d)) = atom.split_once('@') {
            // `%u@%d/%a` is common too.
            out.push_str(if d.contains('/') { "%u@%d/%a" } else { "%u@%d" });
        } else if is_host_like(atom) {
            out.push_str("%h");
        } else if is_session_id(atom) {
            out.push_str("%c");
        } else if atom.bytes().all(|c| c.is_ascii_digit()) && !seen_pid {
            seen_pid = true;
            out.push_str("%p");
        } else if let Some(f) = bare_value(atom)
            .then(|| known.field(atom, &mut taken))
            .flatten()
        {
            // `%u %a`: a name printed bare is a value, not text of the prefix.
            out.push_str(f);
        } else {
            out.push_str(&atom.replace('%', "%%"));
        }
        i += atom_len;
    }
    out
}

fn key_escape(key: &str, value: &str) -> &'static str {
    match key.to_ascii_lowercase().as_str() {
        "user" | "usr" | "u" | "username" | "role" | "user_name" => "%u",
        "db" | "database" | "dbname" | "d" | "database_name" => "%d",
        "app" | "appli" | "application" | "application_name" | "a" | "appname" => "%a",
        "client" | "host" | "h" | "remote" | "remote_host" | "ip" | "client_addr"
        | "connection_source" | "connection_from" => {
            if value.contains('(') || value.contains(':') {
                "%r"
            } else {
                "%h"
            }
        }
        "pid" | "p" => "%p",
        "session" | "sid" | "session_id" | "c" => "%c",
        "queryid" | "query_id" | "qid" => "%Q",
        "xid" | "txid" | "tx" | "x" | "tid" => "%x",
        "vxid" | "v" | "vtid" => "%v",
        "sql_error_code" | "sqlstate" | "state" | "e" | "code" => "%e",
        "line" | "l" | "log_line" => "%l",
        "tag" | "i" | "cmd" => "%i",
        _ => "%*",
    }
}

/// Whether a timestamp at the start of `text` has milliseconds.
fn has_ms(text: &str) -> bool {
    text.as_bytes().get(19) == Some(&b'.')
}

/// The escape of a prefix's next timestamp: the first is the line's (`%m`
/// with milliseconds, `%t` without), a later one the session's start (`%s`).
fn ts_escape(seen_ts: &mut bool, text: &str) -> &'static str {
    let esc = match (*seen_ts, has_ms(text)) {
        (true, _) => "%s",
        (false, true) => "%m",
        (false, false) => "%t",
    };
    *seen_ts = true;
    esc
}

/// A session id (`%c`): two hexadecimal numbers joined by a dot, the
/// process start and pid (`5ec6c05b.22`); an IPv4 address has four parts.
fn is_session_id(atom: &str) -> bool {
    atom.split('.').count() == 2
        && atom
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_hexdigit()))
}

fn is_host_like(atom: &str) -> bool {
    let ipv4 = atom.split('.').count() == 4
        && atom
            .split('.')
            .all(|p| !p.is_empty() && p.bytes().all(|c| c.is_ascii_digit()));
    ipv4 || atom == "localhost"
}

/// The prefixes of a file written with more than one: the best prefix,
/// then for the log lines it leaves, the best prefix of those, as long as
/// each explains at least two more lines (one odd line is no prefix).
/// Returns the prefix (with its alternatives) and the lines matched.
pub fn infer_all<'a>(lines: impl Iterator<Item = &'a str> + Clone) -> Option<(Prefix, usize)> {
    let (mut best, mut hits) = infer(lines.clone())?;
    for _ in 0..3 {
        let left: Vec<&str> = lines
            .clone()
            .take(2000)
            .filter(|l| prefix_text(l).is_some() && best.match_form(l).is_none())
            .collect();
        if left.len() < 2 {
            break;
        }
        match infer(left.iter().copied()) {
            Some((other, n)) if n >= 2 => {
                best = best.or(other);
                hits += n;
            }
            _ => break,
        }
    }
    Some((best, hits))
}

/// Picks the prefix that matches most of `lines` (each a whole log line).
/// Returns it with the number of lines it matched.
pub fn infer<'a>(lines: impl Iterator<Item = &'a str> + Clone) -> Option<(Prefix, usize)> {
    let mut candidates: Vec<String> = KNOWN_PREFIXES.iter().map(|s| (*s).to_owned()).collect();
    for l in lines.clone().take(2000) {
        if let Some(t) = prefix_text(l) {
            let s = synthesize_knowing(t, &l[t.len()..]);
            if !candidates.contains(&s) {
                candidates.push(s);
            }
        }
        if candidates.len() > 200 {
            break;
        }
    }
    // A longer prefix that extends a shorter one suggests %q between them.
    let n = candidates.len();
    for a in 0..n {
        for c in 0..n {
            let (short, long) = (&candidates[a], &candidates[c]);
            if a != c
                && long.len() > short.len()
                && long.starts_with(short.as_str())
                && !long.contains("%q")
            {
                let q = format!("{short}%q{}", &long[short.len()..]);
                if !candidates.contains(&q) {
                    candidates.push(q);
                }
            }
        }
    }
    // Score: lines matched, then lines matched by the full form (a `%q` is
    // only right if its short form is needed), then specificity.
    let mut best: Option<(Prefix, (usize, usize, usize, bool))> = None;
    for c in candidates {
        let Ok(p) = Prefix::parse(&c) else { continue };
        let (mut hits, mut full) = (0, 0);
        for l in lines.clone().take(2000) {
            if let Some((_, short)) = p.match_form(l) {
                hits += 1;
                full += usize::from(!short);
            }
        }
        let score = (
            hits,
            full,
            p.items.iter().filter(|i| matches!(i, Item::Esc(_))).count(),
            // Session-less lines were read: say where the server stops them.
            hits > full && p.items.contains(&Item::Q),
        );
        if hits > 0 && best.as_ref().is_none_or(|(_, s)| score > *s) {
            best = Some((p, score));
        }
    }
    best.map(|(p, (hits, _, _, _))| (p, hits))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn explicit_prefix_with_q() {
        let p = Prefix::parse("%m [%p] %q%u@%d ").unwrap();
        let m = p
            .match_line("2025-01-21 18:38:06.453 CET [78798] gilles@db1 ERROR:  boom")
            .unwrap();
        assert_eq!(m.fields.pid, Some(78798));
        assert_eq!(m.fields.user, Some("gilles"));
        assert_eq!(m.fields.db, Some("db1"));
        assert_eq!(m.severity, Severity::Error);
        assert_eq!(m.message, "boom");
        let m = p
            .match_line("2025-01-21 18:32:48.288 CET [77898] LOG:  invalid value for x@y")
            .unwrap();
        assert_eq!(m.fields.user, None);
        assert_eq!(m.message, "invalid value for x@y");
        assert!(p.match_line("pg_ctl: could not start server").is_none());
    }

    #[test]
    fn a_file_written_with_two_prefixes_gets_both() {
        let lines = [
            "2024-01-01 10:00:00.000 UTC [1] [user=a,db=b,app=c] LOG:  x",
            "2024-01-01 10:00:01.000 UTC [2] [user=a,db=b,app=c] LOG:  y",
            "2024-01-01 10:00:02.000 UTC [3] [user=a,db=b,app=c] LOG:  z",
            "2024-01-01 10:00:03 UTC-63fd3b04.cf0-LOG:  x",
            "2024-01-01 10:00:04 UTC-63fd3b04.cf1-LOG:  y",
        ];
        let (p, hits) = infer_all(lines.iter().copied()).unwrap();
        assert_eq!(hits, 5, "{}", p.spec());
        assert!(p.spec().contains(ALTERNATIVES), "{}", p.spec());
        assert!(lines.iter().all(|l| p.match_line(l).is_some()));
        // Given as the user writes it.
        let given = Prefix::parse("%m [%p] [user=%u,db=%d,app=%a] || %t-%c-").unwrap();
        assert!(lines.iter().all(|l| given.match_line(l).is_some()));
        // One odd line is no second prefix.
        let (p, _) = infer_all(lines[..4].iter().copied()).unwrap();
        assert!(!p.spec().contains(ALTERNATIVES), "{}", p.spec());
    }

    #[test]
    fn synthesized_prefixes() {
        let cases = [
            ("2017-09-06 08:41:41 UTC [36]: [121-1] user=postgres,db=postgres,app=pgbench,client=172.23.0.1 ", "%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h "),
            ("2020-03-11 20:40:44 CET:[local]:postgres@template1:[12774]:", "%t:%r:%u@%d:[%p]:"),
            ("2021-05-27 17:00:00 UTC:10.1.91.65:user@my_db:[24743]:", "%t:%h:%u@%d:[%p]:"),
            ("2022-02-17 14:45:10.440 UTC [691] [queryid=1081270519976314062] postgres@stackoverflow ", "%m [%p] [queryid=%Q] %u@%d "),
            ("2023-03-07 09:06:08 CET [130096]: [247-1] [0] usr=usr6,db=progdb,appli=76ae ", "%t [%p]: [%l-1] [%x] usr=%u,db=%d,appli=%a "),
            ("[24667]: [1-1] db=[unknown],user=[unknown] ", "[%p]: [%l-1] db=%d,user=%u "),
            ("2026-11-23 16:11:35.123 UTC [42] postgres@shop/my-app ", "%m [%p] %u@%d/%a "),
            (" sql_error_code = 00000 ", " sql_error_code = %e "),
            (
                " sql_error_code = 00000 time_ms = \"2023-06-05 19:33:14.793 UTC\" pid=\"1991397\" proc_start_time=\"2023-06-05 19:33:12 UTC\" session_id=\"647e3878.1e62e5\" vtid=\"2/0\" tid=\"0\" log_line=\"3\" database=\"db\" connection_source=\"11.222.333.444(12345)\" user=\"u\" application_name=\"app\" ",
                " sql_error_code = %e time_ms = \"%m\" pid=\"%p\" proc_start_time=\"%s\" session_id=\"%c\" vtid=\"%v\" tid=\"%x\" log_line=\"%l\" database=\"%d\" connection_source=\"%r\" user=\"%u\" application_name=\"%a\" ",
            ),
            // No literal value of one sample line is baked in.
            ("2020-06-21 22:37:10 UTC-5eefe116.22f4-", "%t-%c-"),
            ("2018-09-28 07:37:59 UTC [331]: [1-1] user=x,db=y - PG-00000 ", "%t [%p]: [%l-1] user=%u,db=%d - PG-%e "),
            ("2021-11-17 19:06:53.897 UTC [34][autovacuum worker][3/5][22996] ", "%m [%p][%b][%v][%x] "),
            ("2020-05-21 17:53:05.307 UTC [5ec6bfff.1] [1] ", "%m [%c] [%p] "),
            ("2024-01-01 10:00:00.000 UTC [123] [10.0.0.1] app@db ", "%m [%p] [%h] %u@%d "),
        ];
        for (text, want) in cases {
            assert_eq!(synthesize(text), want, "for {text:?}");
        }
    }

    #[test]
    fn bare_names_and_dashed_fields_are_fields_not_text() {
        // `%m %r %u %a [%c] [%p] `: which bare word is which, the messages tell.
        let lines = [
            "2020-05-21 17:53:05.307 UTC    [5ec6bfff.1] [1] LOG:  database system is ready to accept connections",
            "2020-05-21 17:54:35.256 UTC 172.18.0.1(56402) pgaweb [unknown] [5ec6c05b.22] [34] LOG:  connection authorized: user=pgaweb database=pgaweb application_name=psql",
            "2020-05-21 17:54:43.808 UTC 172.18.0.1(56402) pgaweb psql [5ec6c05b.22] [34] LOG:  disconnection: session time: 0:00:08.574 user=pgaweb database=pgaweb host=172.18.0.1 port=56402",
        ];
        let (p, hits) = infer(lines.iter().copied()).unwrap();
        assert_eq!((p.spec(), hits), ("%m %r %u %a [%c] [%p] ", 3));
        let m = p.match_line(lines[2]).unwrap();
        assert_eq!(
            (m.fields.user, m.fields.db, m.fields.app),
            (Some("pgaweb"), None, Some("psql"))
        );
        // `[unknown]` joined to other fields is text of the prefix, as before.
        let lines = [
            "2026-11-24 01:27:05.743 UTC [20027] [unknown]@[unknown]/[unknown] LOG:  connection received: host=[local]",
            "2026-11-24 01:27:05.743 UTC [20027] postgres@postgres/[unknown] LOG:  connection authorized: user=postgres database=postgres application_name=psql",
            "2026-11-24 01:27:07.943 UTC [20027] postgres@postgres/psql LOG:  duration: 1.0 ms  statement: SELECT 1",
            "2026-11-24 01:27:07.943 UTC [20018] LOG:  checkpoint starting: time",
        ];
        let (p, hits) = infer(lines.iter().copied()).unwrap();
        assert_eq!((p.spec(), hits), ("%m [%p] %q%u@%d/%a ", 4));
        // `%p-%s-%c-%l-%h-%u-%d-%m `: the dashes of the timestamps are theirs.
        let lines = [
            "27-2021-11-17 19:06:14 UTC-619552a6.1b-1----2021-11-17 19:06:14.946 UTC LOG:  database system was shut down at 2021-11-17 19:01:42 UTC",
            "51-2021-11-17 19:11:13 UTC-619553d1.33-2-172.20.0.1-pgaweb-pgaweb-2021-11-17 19:11:13.562 UTC LOG:  connection authorized: user=pgaweb database=pgaweb application_name=puma: cluster worker 2: 18544 [pganalyze]",
        ];
        let (p, hits) = infer(lines.iter().copied()).unwrap();
        assert_eq!((p.spec(), hits), ("%p-%s-%c-%l-%h-%u-%d-%m ", 2));
        let m = p.match_line(lines[1]).unwrap();
        assert_eq!((m.fields.pid, m.fields.db), (Some(51), Some("pgaweb")));
        assert_eq!(m.fields.ts, Some("2021-11-17 19:11:13.562 UTC"));
    }

    #[test]
    fn lines_without_a_session_stop_before_the_session_fields_without_q() {
        let mut lines: Vec<String> = (0..3000)
            .map(|i| format!("2024-01-01 10:00:00.000 UTC [{i}] app@db/web LOG:  duration: 0.1 ms  statement: SELECT 1"))
            .collect();
        lines.push("2024-01-01 10:00:01.000 UTC [9] LOG:  automatic vacuum of table \"db.public.t\": index scans: 1".into());
        let (p, _) = infer(lines.iter().map(String::as_str)).unwrap();
        assert_eq!(p.spec(), "%m [%p] %u@%d/%a ");
        let m = p
            .match_line(&lines[3000])
            .expect("the autovacuum line is read");
        assert_eq!(m.fields.pid, Some(9));
        assert!(m.message.starts_with("automatic vacuum"));
        // Given by hand with the text before the session fields, too.
        let p = Prefix::parse("%t [%p]: user=%u,db=%d ").unwrap();
        assert!(p
            .match_line("2024-01-01 10:00:00 UTC [9]: LOG:  checkpoint starting: time")
            .is_some());
        assert!(p
            .match_line("2024-01-01 10:00:00 UTC [9]: user=LOG:  checkpoint starting: time")
            .is_some());
    }

    #[test]
    fn inference_prefers_the_prefix_that_fits_all_lines() {
        let lines = [
            "2020-03-11 20:40:43 CET::@:[12760]:LOG:  starting PostgreSQL 12.2",
            "2020-03-11 20:40:44 CET:[local]:postgres@template1:[12774]:LOG:  duration: 0.027 ms  statement: SELECT 1",
            "2020-03-11 20:40:45 CET:10.0.0.1(5432):app@db:[12775]:ERROR:  boom",
        ];
        let (p, hits) = infer(lines.iter().copied()).unwrap();
        assert_eq!(hits, 3, "{}", p.spec());
        let m = p.match_line(lines[2]).unwrap();
        assert_eq!(m.fields.client, Some("10.0.0.1(5432)"));
        assert_eq!(m.fields.db, Some("db"));
    }
}
