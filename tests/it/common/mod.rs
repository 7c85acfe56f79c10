//! Shared test helpers: a throwaway PostgreSQL cluster.
//!
//! `initdb` and `postgres` refuse to run as root, and CI runs as root, so the
//! cluster is created and started as the `postgres` user (`runuser`) in a
//! temp dir it owns. Each cluster has its own port and socket directory and
//! is removed when dropped.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::Command;

pub struct TestCluster {
    pub dir: tempfile::TempDir,
    pub port: u16,
    bin: PathBuf,
    running: bool,
}

fn bin_dir() -> PathBuf {
    if let Ok(out) = Command::new("pg_config").arg("--bindir").output() {
        let p = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
        if p.join("initdb").exists() {
            return p;
        }
    }
    let mut found: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .map(|e| e.path().join("bin"))
                .filter(|p| p.join("initdb").exists())
                .collect()
        })
        .unwrap_or_default();
    found.sort();
    found.pop().unwrap_or_else(|| PathBuf::from(""))
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
        .unwrap_or(false)
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl TestCluster {
    /// Starts a cluster; `extra_conf` lines are appended to postgresql.conf.
    pub fn start(extra_conf: &str) -> Self {
        let dir = tempfile::Builder::new()
            .prefix("pgadvisor-test-")
            .tempdir()
            .expect("temp dir");
        let bin = bin_dir();
        let root = is_root();
        if root {
            let ok = Command::new("chown")
                .arg("-R")
                .arg("postgres:postgres")
                .arg(dir.path())
                .status()
                .expect("chown");
            assert!(ok.success(), "chown of the test cluster dir failed");
        }
        let port = free_port();
        let c = Self {
            dir,
            port,
            bin,
            running: false,
        };
        let data = c.data();
        c.run(
            "initdb",
            &[
                "-D",
                data.to_str().unwrap(),
                "-A",
                "trust",
                "-U",
                "postgres",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
        );
        let conf = format!(
            "port = {port}\nlisten_addresses = ''\nunix_socket_directories = '{sock}'\n\
             fsync = off\nsynchronous_commit = off\nfull_page_writes = off\nshared_buffers = 32MB\n\
             logging_collector = on\nlog_directory = '{logdir}'\nlog_filename = 'postgresql.log'\n\
             log_destination = 'stderr,csvlog,jsonlog'\nlog_min_duration_statement = 0\n\
             log_line_prefix = '%m [%p] %q%u@%d/%a '\nlog_connections = on\nlog_disconnections = on\n\
             log_lock_waits = on\ndeadlock_timeout = '100ms'\nlog_temp_files = 0\nlog_checkpoints = on\n\
             log_autovacuum_min_duration = 0\nlc_messages = 'C'\n{extra_conf}\n",
            sock = c.dir.path().display(),
            logdir = c.log_dir().display(),
        );
        let conf_path = data.join("postgresql.conf");
        let mut text = std::fs::read_to_string(&conf_path).expect("postgresql.conf");
        text.push_str(&conf);
        std::fs::write(&conf_path, text).expect("write postgresql.conf");
        let mut c = c;
        c.restart();
        c
    }

    /// `tool` from the server's bin dir, as the postgres user when we are root.
    fn command(&self, tool: &str) -> Command {
        let exe = self.bin.join(tool);
        let exe = if exe.exists() {
            exe
        } else {
            PathBuf::from(tool)
        };
        if is_root() {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&exe);
            c
        } else {
            Command::new(&exe)
        }
    }

    fn run(&self, tool: &str, args: &[&str]) {
        let mut cmd = self.command(tool);
        let out = cmd
            .args(args)
            .current_dir(self.dir.path())
            .output()
            .unwrap_or_else(|e| panic!("running {tool}: {e}"));
        assert!(
            out.status.success(),
            "{tool} {args:?} failed: {}\n{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    }

    pub fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    pub fn log_dir(&self) -> PathBuf {
        self.dir.path().join("log")
    }

    /// libpq-style connection string over the cluster's socket.
    pub fn conninfo(&self, db: &str) -> String {
        format!(
            "host={} port={} user=postgres dbname={db} application_name=pgadvisor-test",
            self.dir.path().display(),
            self.port
        )
    }

    pub fn client(&self, db: &str) -> postgres::Client {
        postgres::Client::connect(&self.conninfo(db), postgres::NoTls)
            .expect("connect to test cluster")
    }

    /// Starts the server (again, after [`TestCluster::stop`]: same data, same log file).
    pub fn restart(&mut self) {
        if !self.running {
            let data = self.data();
            let startlog = self.dir.path().join("start.log");
            self.run(
                "pg_ctl",
                &[
                    "-D",
                    data.to_str().unwrap(),
                    "-l",
                    startlog.to_str().unwrap(),
                    "-w",
                    "-t",
                    "60",
                    "start",
                ],
            );
            self.running = true;
        }
    }

    /// `pg_dump --schema-only` of a database, as text.
    pub fn dump_schema(&self, db: &str) -> String {
        let exe = self.bin.join("pg_dump");
        let out = Command::new(if exe.exists() {
            exe
        } else {
            PathBuf::from("pg_dump")
        })
        .args(["--schema-only", "--no-owner", "--no-privileges", "-h"])
        .arg(self.dir.path())
        .args(["-p", &self.port.to_string(), "-U", "postgres", db])
        .output()
        .expect("run pg_dump");
        assert!(
            out.status.success(),
            "pg_dump: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 dump")
    }

    /// Stops the server so that every log line is flushed.
    pub fn stop(&mut self) {
        if self.running {
            let data = self.data();
            self.run(
                "pg_ctl",
                &["-D", data.to_str().unwrap(), "-m", "fast", "-w", "stop"],
            );
            self.running = false;
        }
    }

    /// A copy of the stderr log as it stands, the server stopped to flush it
    /// and started again.
    pub fn log_snapshot(&mut self) -> tempfile::NamedTempFile {
        self.stop();
        let log = tempfile::NamedTempFile::new().expect("temp file");
        std::fs::copy(self.logs().0, log.path()).expect("copy the server log");
        self.restart();
        log
    }

    /// The server log so far audited with `--db` on `db`, as a user runs it:
    /// the log (for further runs) and the report.
    pub fn audit_log_live(&mut self, db: &str) -> (tempfile::NamedTempFile, serde_json::Value) {
        let log = self.log_snapshot();
        let out = tempfile::tempdir().expect("temp dir");
        let r = audit(
            &[
                log.path().to_str().expect("utf-8 path"),
                "--db",
                &self.conninfo(db),
            ],
            out.path(),
        );
        (log, r)
    }

    /// A schema dump and a `scripts/stats.sql` export of `db` written into
    /// `dir`, the inputs of an offline run: (schema.sql, stats.json).
    pub fn offline_inputs(&self, db: &str, dir: &Path) -> (PathBuf, PathBuf) {
        let schema = dir.join("schema.sql");
        std::fs::write(&schema, self.dump_schema(db)).expect("write schema.sql");
        let stats = dir.join("stats.json");
        let mut client = self.client(db);
        let export = lines(&mut client, include_str!("../../../scripts/stats.sql")).join("\n");
        std::fs::write(&stats, export).expect("write stats.json");
        (schema, stats)
    }

    /// `workload` audited offline, as a user without a connection runs it:
    /// with a schema dump and a statistics export of `db` taken now, and
    /// `extra` flags; the report.
    pub fn audit_offline(&self, db: &str, workload: &Path, extra: &[&str]) -> serde_json::Value {
        let dir = tempfile::tempdir().expect("temp dir");
        let (schema, stats) = self.offline_inputs(db, dir.path());
        let out = tempfile::tempdir().expect("temp dir");
        let mut args = vec![
            workload.to_str().expect("utf-8 path"),
            "--schema",
            schema.to_str().expect("utf-8 path"),
            "--stats",
            stats.to_str().expect("utf-8 path"),
        ];
        args.extend_from_slice(extra);
        audit(&args, out.path())
    }

    /// The log files written so far (stop first to get them complete).
    pub fn logs(&self) -> (PathBuf, PathBuf, PathBuf) {
        let d = self.log_dir();
        (
            d.join("postgresql.log"),
            d.join("postgresql.csv"),
            d.join("postgresql.json"),
        )
    }
}

impl Drop for TestCluster {
    fn drop(&mut self) {
        if self.running {
            let data = self.data();
            let mut cmd = self.command("pg_ctl");
            let _ = cmd
                .args([
                    "-D",
                    data.to_str().unwrap_or(""),
                    "-m",
                    "immediate",
                    "-w",
                    "stop",
                ])
                .output();
        }
    }
}

/// The first column of every row, as text (the simple protocol gives every
/// type as text, `json` included): EXPLAIN output, one line per row.
pub fn lines(db: &mut postgres::Client, sql: &str) -> Vec<String> {
    db.simple_query(sql)
        .unwrap_or_else(|e| panic!("{sql}: {e}"))
        .iter()
        .filter_map(|m| match m {
            postgres::SimpleQueryMessage::Row(r) => r.get(0).map(str::to_owned),
            _ => None,
        })
        .collect()
}

/// Starts the activity counters afresh after loading test data: the load is
/// not the workload (pgadvisor compares writes with reads over the log's span).
pub fn reset_activity(db: &mut postgres::Client) {
    db.batch_execute("SELECT pg_stat_force_next_flush()")
        .expect("flush");
    db.batch_execute("SELECT 1").expect("flush");
    db.batch_execute("SELECT pg_stat_reset()")
        .expect("pg_stat_reset");
}

/// The repository's shared directory, beside the checkout.
pub fn shared_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared")
}

/// The `pgadvisor` binary of this build, run with `args`.
pub fn pgadvisor(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_pgadvisor"))
        .args(args)
        .output()
        .expect("run pgadvisor")
}

/// The report.json written into `dir`.
pub fn report(dir: &Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(dir.join("report.json")).expect("report.json"))
        .expect("valid JSON")
}

/// `pgadvisor audit ARGS --out OUT -q`, which must succeed; its report.json.
pub fn audit(args: &[&str], out: &Path) -> serde_json::Value {
    let mut all = vec!["audit"];
    all.extend_from_slice(args);
    let out_arg = out.to_str().expect("utf-8 path");
    all.extend(["--out", out_arg, "-q"]);
    let o = pgadvisor(&all);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    report(out)
}

/// The findings of one rule.
pub fn findings<'r>(r: &'r serde_json::Value, rule: &str) -> Vec<&'r serde_json::Value> {
    r["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["rule"] == rule)
        .collect()
}

/// The statement of a finding's step with `role` (`application-rewrite`,
/// `session-setting`, …), the first one.
pub fn step_sql<'f>(f: &'f serde_json::Value, role: &str) -> Option<&'f str> {
    f["steps"]
        .as_array()?
        .iter()
        .find(|s| s["role"] == role)
        .and_then(|s| s["sql"].as_str())
}

/// The statements of a finding the script runs (its `sql` without the
/// queries for the application and the session settings it only shows).
pub fn script(f: &serde_json::Value) -> Vec<serde_json::Value> {
    f["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .filter(|s| s["role"] != "application-rewrite" && s["role"] != "session-setting")
        .map(|s| s["sql"].clone())
        .collect()
}
