//! Connection strings as libpq reads them: a `postgres://` URL or
//! `key=value` pairs, the `PG*` environment variables for what they leave
//! out, and the TLS settings (`sslmode` … `sslkey`) that tokio-postgres does
//! not know, taken out before it parses the rest.
use percent_encoding::percent_decode_str;
use std::path::PathBuf;

/// `sslmode`, as libpq defines it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SslMode {
    Disable,
    Allow,
    #[default]
    Prefer,
    Require,
    VerifyCa,
    VerifyFull,
}

impl SslMode {
    fn parse(v: &str) -> Result<Self, String> {
        Ok(match v {
            "disable" => Self::Disable,
            "allow" => Self::Allow,
            "prefer" => Self::Prefer,
            "require" => Self::Require,
            "verify-ca" => Self::VerifyCa,
            "verify-full" => Self::VerifyFull,
            _ => {
                return Err(format!(
                "invalid sslmode {v:?} (disable, allow, prefer, require, verify-ca or verify-full)"
            ))
            }
        })
    }
}

/// The TLS part of a connection string.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TlsSettings {
    pub mode: SslMode,
    pub root_cert: Option<PathBuf>,
    pub cert: Option<PathBuf>,
    pub key: Option<PathBuf>,
}

/// Keys libpq accepts that change nothing here (no GSSAPI, no compression).
const IGNORED: &[&str] = &["gssencmode", "sslsni", "sslcompression", "sslpassword"];

/// Splits `key=value` pairs the way libpq does: spaces around `=`, values in
/// single quotes with `\'` and `\\` escapes.
fn pairs(s: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    let mut it = s.chars().peekable();
    loop {
        while it.next_if(|c| c.is_whitespace()).is_some() {}
        if it.peek().is_none() {
            return Ok(out);
        }
        let mut key = String::new();
        while let Some(c) = it.next_if(|c| *c != '=' && !c.is_whitespace()) {
            key.push(c);
        }
        while it.next_if(|c| c.is_whitespace()).is_some() {}
        if it.next() != Some('=') {
            return Err(format!("missing \"=\" after {key:?}"));
        }
        while it.next_if(|c| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if it.next_if_eq(&'\'').is_some() {
            loop {
                match it.next() {
                    Some('\\') => value.extend(it.next()),
                    Some('\'') => break,
                    Some(c) => value.push(c),
                    None => return Err(format!("unterminated quoted value of {key:?}")),
                }
            }
        } else {
            while let Some(c) = it.next_if(|c| !c.is_whitespace()) {
                if c == '\\' {
                    value.extend(it.next());
                } else {
                    value.push(c);
                }
            }
        }
        out.push((key, value));
    }
}

fn quote(v: &str) -> String {
    format!("'{}'", v.replace('\\', "\\\\").replace('\'', "\\'"))
}

/// Takes the TLS keys out of `conn`; returns what tokio-postgres should parse
/// and the TLS settings (with `PGSSLMODE`, `PGSSLROOTCERT`, `PGSSLCERT`,
/// `PGSSLKEY` for the keys not given).
pub(super) fn split(
    conn: &str,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<(String, TlsSettings), String> {
    let mut found: Vec<(String, String)> = Vec::new();
    let rest = if conn.starts_with("postgres://") || conn.starts_with("postgresql://") {
        match conn.split_once('?') {
            None => conn.to_owned(),
            Some((base, query)) => {
                let mut kept = Vec::new();
                for p in query.split('&').filter(|p| !p.is_empty()) {
                    let (k, v) = p.split_once('=').unwrap_or((p, ""));
                    let k = percent_decode_str(k).decode_utf8_lossy().into_owned();
                    if k.starts_with("ssl") || IGNORED.contains(&k.as_str()) {
                        found.push((k, percent_decode_str(v).decode_utf8_lossy().into_owned()));
                    } else {
                        kept.push(p);
                    }
                }
                if kept.is_empty() {
                    base.to_owned()
                } else {
                    format!("{base}?{}", kept.join("&"))
                }
            }
        }
    } else {
        let mut kept = Vec::new();
        for (k, v) in pairs(conn)? {
            if k.starts_with("ssl") || IGNORED.contains(&k.as_str()) {
                found.push((k, v));
            } else {
                kept.push(format!("{k}={}", quote(&v)));
            }
        }
        kept.join(" ")
    };
    let get = |key: &str, var: &str| {
        found
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.clone())
            .or_else(|| env(var))
            .filter(|v| !v.is_empty())
    };
    for (k, _) in &found {
        if !matches!(k.as_str(), "sslmode" | "sslrootcert" | "sslcert" | "sslkey")
            && !IGNORED.contains(&k.as_str())
        {
            return Err(format!("{k} is not supported by pgadvisor"));
        }
    }
    let tls = TlsSettings {
        mode: get("sslmode", "PGSSLMODE")
            .map(|m| SslMode::parse(&m))
            .transpose()?
            .unwrap_or_default(),
        root_cert: get("sslrootcert", "PGSSLROOTCERT").map(PathBuf::from),
        cert: get("sslcert", "PGSSLCERT").map(PathBuf::from),
        key: get("sslkey", "PGSSLKEY").map(PathBuf::from),
    };
    Ok((rest, tls))
}

/// Fills what the string left out from `PGHOST`, `PGPORT`, `PGUSER`,
/// `PGPASSWORD`, `PGDATABASE`, and libpq's defaults (the local socket, the
/// login name), so `--db dbname=app` works as `psql dbname=app` does.
pub(super) fn fill_defaults(c: &mut tokio_postgres::Config, env: &dyn Fn(&str) -> Option<String>) {
    if c.get_hosts().is_empty() {
        match env("PGHOST") {
            Some(h) => {
                for h in h.split(',') {
                    c.host(h);
                }
            }
            None if std::path::Path::new("/var/run/postgresql").is_dir() => {
                c.host("/var/run/postgresql");
            }
            None => {
                c.host("localhost");
            }
        }
    }
    if c.get_ports().is_empty() {
        if let Some(p) = env("PGPORT").and_then(|p| p.parse().ok()) {
            c.port(p);
        }
    }
    if c.get_user().is_none() {
        if let Some(u) = env("PGUSER").or_else(|| env("USER")) {
            c.user(u);
        }
    }
    if c.get_password().is_none() {
        if let Some(p) = env("PGPASSWORD") {
            c.password(p);
        }
    }
    if c.get_dbname().is_none() {
        if let Some(d) = env("PGDATABASE") {
            c.dbname(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn no_env(_: &str) -> Option<String> {
        None
    }

    #[test]
    fn tls_keys_leave_the_string_and_the_rest_stays() {
        let (rest, tls) = split(
            "host=db port=5433 sslmode=verify-full sslrootcert='/etc/my ca.pem' password='a\\'b'",
            &no_env,
        )
        .unwrap();
        assert_eq!(rest, "host='db' port='5433' password='a\\'b'");
        assert_eq!(tls.mode, SslMode::VerifyFull);
        assert_eq!(tls.root_cert, Some(PathBuf::from("/etc/my ca.pem")));
        let c: tokio_postgres::Config = rest.parse().unwrap();
        assert_eq!(c.get_password(), Some(&b"a'b"[..]));

        let (rest, tls) = split(
            "postgres://u@db/app?sslmode=verify-ca&application_name=x&sslrootcert=%2Ftmp%2Fca.pem",
            &no_env,
        )
        .unwrap();
        assert_eq!(rest, "postgres://u@db/app?application_name=x");
        assert_eq!(tls.mode, SslMode::VerifyCa);
        assert_eq!(tls.root_cert, Some(PathBuf::from("/tmp/ca.pem")));
    }

    #[test]
    fn the_environment_fills_what_is_missing() {
        let env = |k: &str| match k {
            "PGSSLMODE" => Some("require".to_owned()),
            "PGHOST" => Some("/tmp/sock".to_owned()),
            "PGPASSWORD" => Some("pw".to_owned()),
            _ => None,
        };
        let (rest, tls) = split("dbname=app", &env).unwrap();
        assert_eq!(tls.mode, SslMode::Require);
        let mut c: tokio_postgres::Config = rest.parse().unwrap();
        fill_defaults(&mut c, &env);
        assert_eq!(c.get_password(), Some(&b"pw"[..]));
        assert!(
            matches!(&c.get_hosts()[0], tokio_postgres::config::Host::Unix(p) if p == std::path::Path::new("/tmp/sock"))
        );
        assert!(split("host=db sslmode=sometimes", &no_env).is_err());
        assert!(split("host=db sslcrl=/x", &no_env).is_err());
        assert!(split("host='db", &no_env).is_err());
    }
}
