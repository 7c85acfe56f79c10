//! report.html as a reviewer sees it: opened in headless Chromium (Debian's
//! `chromium`), it loads without script errors, has every section, sorts the
//! query table, copies a finding's SQL, and a log whose queries, names and
//! garbage lines carry `<script>`, `<img onerror>` and quotes runs nothing.
//! A harness script is put in front of the page's own to record errors and
//! drive the clicks; it writes what it saw into the DOM that
//! `--dump-dom` prints.
use crate::common;

use std::path::{Path, PathBuf};
use std::process::Command;

const SECTIONS: [&str; 10] = [
    "summary",
    "findings",
    "tenants",
    "queries",
    "breakdowns",
    "activity",
    "plans",
    "schema",
    "events",
    "inputs",
];

fn chromium() -> PathBuf {
    for c in ["/usr/bin/chromium", "/usr/bin/chromium-browser"] {
        if Path::new(c).exists() {
            return PathBuf::from(c);
        }
    }
    panic!("headless Chromium is needed: apt-get install chromium (scripts/test.sh installs it)");
}

fn chromium_cmd(profile: &Path) -> Command {
    let mut c = Command::new(chromium());
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    c
}

const HARNESS: &str = r##"<script>
window.__h = {errors: [], alerts: [], copied: null};
window.addEventListener("error", function (e) { __h.errors.push("error: " + e.message); });
window.addEventListener("unhandledrejection", function (e) { __h.errors.push("rejection: " + e.reason); });
console.error = function () { __h.errors.push("console: " + Array.prototype.join.call(arguments, " ")); };
window.alert = window.confirm = window.prompt = function (m) { __h.alerts.push(String(m)); };
try {
  Object.defineProperty(navigator, "clipboard", {configurable: true,
    value: {writeText: function (t) { __h.copied = t; return Promise.resolve(); }}});
} catch (e) { __h.errors.push("stub: " + e); }
window.addEventListener("load", function () { setTimeout(run, 20); });
function run() {
  var out = {};
  out.missing = SECTIONS.filter(function (id) { return !document.getElementById(id); });
  function col(k) {
    return Array.prototype.map.call(document.querySelectorAll("#queries-table tbody tr"),
      function (r) { return parseFloat(r.getAttribute("data-" + k)); });
  }
  function sorted(v, desc) { return v.every(function (x, i) { return i == 0 || (desc ? v[i - 1] >= x : v[i - 1] <= x); }); }
  var th = document.querySelector("th[data-sort=calls]");
  th.click(); var d = col("calls"); out.desc = sorted(d, true); out.descAria = th.getAttribute("aria-sort");
  th.click(); var a = col("calls"); out.asc = sorted(a, false);
  document.querySelector("th[data-sort=p95]").click(); out.p95 = sorted(col("p95"), true);
  out.rows = d.length;
  var qrows = document.querySelectorAll("#queries-table tbody tr");
  out.visibleRows = Array.prototype.filter.call(qrows, function (r) { return !r.hidden; }).length;
  out.showMore = !!document.querySelector("#queries button.show-more");
  out.maxCell = Math.max.apply(null, Array.prototype.map.call(
    document.querySelectorAll("#queries-table .q"), function (x) { return x.textContent.length; }).concat([0]));
  out.wholeStatements = document.querySelectorAll("#queries-table details.q-whole").length;
  out.height = document.documentElement.scrollHeight;
  out.dbRows = document.querySelectorAll("#scope-f-db tbody tr").length;
  // Do these first, and each finding in three parts.
  out.first = document.querySelectorAll("#summary ol.first li").length;
  out.firstLinks = Array.prototype.every.call(document.querySelectorAll("#summary ol.first li a"),
    function (a) { return !!document.getElementById(a.getAttribute("href").slice(1)); });
  var fs = document.querySelectorAll("#findings details.finding");
  out.findings = fs.length;
  out.threeParts = Array.prototype.filter.call(fs, function (f) {
    var h = Array.prototype.map.call(f.querySelectorAll(".part h4"), function (x) { return x.textContent; });
    return h.indexOf("Observations") >= 0 && h.indexOf("Recommendation") >= 0
      && f.querySelectorAll("ul.obs li").length > 0 && !!f.querySelector("details.raw dl.evidence");
  }).length;
  // A fix repeated in every tenant schema is shown once; Copy keeps them all.
  out.condensed = Array.prototype.filter.call(document.querySelectorAll("pre.fix"), function (p) {
    var all = p.parentNode.querySelector("pre[hidden]");
    return all && all.textContent.length > 2 * p.textContent.length;
  }).length;
  function visible() {
    return Array.prototype.filter.call(document.querySelectorAll("#findings details.finding"),
      function (f) { return f.style.display !== "none"; });
  }
  var rule = document.getElementById("f-rule");
  rule.value = "n-plus-one"; rule.dispatchEvent(new Event("change"));
  out.byRule = visible().map(function (f) { return f.getAttribute("data-rule"); });
  rule.value = ""; rule.dispatchEvent(new Event("change"));
  var tenant = document.getElementById("f-tenant");
  if (tenant) {
    tenant.value = "tenant_3"; tenant.dispatchEvent(new Event("change"));
    out.byTenant = visible().length;
    out.tenantOk = visible().every(function (f) { return JSON.parse(f.getAttribute("data-tenants")).indexOf("tenant_3") >= 0; });
    tenant.value = ""; tenant.dispatchEvent(new Event("change"));
  }
  // Per tenant: a row per schema; its findings link sets the filter.
  out.tenantRows = document.querySelectorAll("#tenants table.scope tbody tr").length;
  var link = document.querySelector("#tenants a.scope-filter");
  if (link) {
    link.click();
    var t = link.getAttribute("data-value");
    var sel = document.getElementById(link.getAttribute("data-filter"));
    var attr = sel.id === "f-tenant" ? "data-tenants" : "data-dbs";
    out.linkShown = visible().length;
    out.linkCount = parseInt(link.textContent, 10);
    out.linkOk = visible().every(function (f) { return JSON.parse(f.getAttribute(attr)).indexOf(t) >= 0; });
    sel.value = ""; sel.dispatchEvent(new Event("change"));
  }
  var search = document.getElementById("f-search");
  search.value = "whatsapp_logs"; search.dispatchEvent(new Event("input"));
  out.bySearch = visible().length;
  search.value = ""; search.dispatchEvent(new Event("input"));
  out.allBack = visible().length;
  var b = document.querySelector("button.copy");
  if (b) { b.click(); }
  setTimeout(function () {
    out.copied = __h.copied;
    out.expected = b ? document.getElementById(b.getAttribute("data-target")).textContent : null;
    out.button = b ? b.textContent : null;
    out.polylines = document.querySelectorAll("svg.chart polyline").length;
    out.xss = window.__xss || null;
    out.injected = document.querySelectorAll("img, iframe, object, embed").length;
    out.errors = __h.errors;
    out.alerts = __h.alerts;
    var pre = document.createElement("pre");
    pre.id = "harness-result";
    pre.textContent = JSON.stringify(out);
    document.body.appendChild(pre);
  }, 50);
}
</script>"##;

/// Opens `report.html` with the harness; what it saw.
fn drive(html: &Path, work: &Path) -> serde_json::Value {
    let page = std::fs::read_to_string(html).unwrap();
    let sections = serde_json::to_string(&SECTIONS).unwrap();
    let harness = HARNESS.replace("SECTIONS.filter", &format!("{sections}.filter"));
    let driven = page.replacen("<head>", &format!("<head>{harness}"), 1);
    let file = work.join("driven.html");
    std::fs::write(&file, driven).unwrap();
    let o = chromium_cmd(&work.join("profile"))
        .args(["--dump-dom", "--virtual-time-budget=5000"])
        .arg(format!("file://{}", file.display()))
        .output()
        .expect("run chromium");
    let dom = String::from_utf8_lossy(&o.stdout);
    let start = dom.find("<pre id=\"harness-result\">").unwrap_or_else(|| {
        panic!(
            "the harness did not finish: {}",
            String::from_utf8_lossy(&o.stderr)
        )
    });
    let rest = &dom[start + "<pre id=\"harness-result\">".len()..];
    let text = &rest[..rest.find("</pre>").unwrap()];
    let json = text
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"))
}

#[test]
fn samples_report_works_in_chromium() {
    let work = tempfile::tempdir().unwrap();
    let out = work.path().join("report");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    common::audit(
        &[
            root.join("samples/logs").to_str().unwrap(),
            "--schema",
            root.join("samples/schema.sql").to_str().unwrap(),
            "--stats",
            root.join("samples/stats.json").to_str().unwrap(),
            "--format",
            "html,json",
        ],
        &out,
    );
    let html = out.join("report.html");
    let text = std::fs::read_to_string(&html).unwrap();
    assert!(
        !text.contains("http://") && !text.contains("https://"),
        "no network"
    );
    let r = drive(&html, work.path());
    assert_eq!(r["errors"], serde_json::json!([]), "{r}");
    assert_eq!(r["missing"], serde_json::json!([]), "{r}");
    assert_eq!(r["desc"], true, "{r}");
    assert_eq!(r["descAria"], "descending", "{r}");
    assert_eq!(r["asc"], true, "{r}");
    assert_eq!(r["p95"], true, "{r}");
    assert!(r["rows"].as_u64().unwrap() > 10, "{r}");
    assert_eq!(r["copied"], r["expected"], "{r}");
    assert!(r["copied"].as_str().unwrap().ends_with(';'), "{r}");
    assert_eq!(r["button"], "Copied", "{r}");
    assert!(r["polylines"].as_u64().unwrap() >= 5, "{r}");
    let findings = r["findings"].as_u64().unwrap();
    assert!(findings > 20, "{r}");
    assert!((3..=8).contains(&r["first"].as_u64().unwrap()), "{r}");
    assert_eq!(r["firstLinks"], true, "{r}");
    assert_eq!(
        r["threeParts"], findings,
        "every finding in three parts: {r}"
    );
    assert!(r["condensed"].as_u64().unwrap() >= 3, "{r}");
    let by_rule = r["byRule"].as_array().unwrap();
    assert!(
        !by_rule.is_empty() && by_rule.iter().all(|x| x == "n-plus-one"),
        "{r}"
    );
    let by_tenant = r["byTenant"].as_u64().unwrap();
    assert!(
        by_tenant > 0 && by_tenant < findings && r["tenantOk"] == true,
        "{r}"
    );
    let by_search = r["bySearch"].as_u64().unwrap();
    assert!(by_search > 0 && by_search < findings, "{r}");
    assert_eq!(r["allBack"], findings, "{r}");
    assert_eq!(r["tenantRows"], 5, "{r}");
    assert_eq!(r["linkShown"], r["linkCount"], "{r}");
    assert_eq!(r["linkOk"], true, "{r}");

    // A screenshot, kept with the build for CI artifacts.
    let shot = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report.png");
    let _ = std::fs::remove_file(&shot);
    let o = chromium_cmd(&work.path().join("profile2"))
        .args(["--window-size=1400,2000", "--hide-scrollbars"])
        .arg(format!("--screenshot={}", shot.display()))
        .arg(format!("file://{}", html.display()))
        .output()
        .expect("run chromium");
    let size = std::fs::metadata(&shot).map(|m| m.len()).unwrap_or(0);
    assert!(
        size > 20_000,
        "screenshot {size} bytes: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// A log of 3 000 statement shapes in two databases and an 80 000-character
/// UPDATE: the query table shows its first 50 rows with a button for the
/// rest, no statement is printed whole in the table (a click shows it), each
/// database has its row, and the page stays a few screens tall.
#[test]
fn a_large_workload_stays_usable() {
    use std::fmt::Write;
    let work = tempfile::tempdir().unwrap();
    let log = work.path().join("large.log");
    let mut text = String::new();
    let cols = ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l"];
    for i in 0..3000u32 {
        let pick: Vec<&str> = cols
            .iter()
            .enumerate()
            .filter(|(k, _)| i >> k & 1 == 1)
            .map(|(_, c)| *c)
            .collect();
        let table = format!("t{}", i % 7);
        let _ = writeln!(
            text,
            "2026-11-23 10:{:02}:{:02}.000 UTC [{}] app@db{}/orm LOG:  duration: {}.000 ms  statement: SELECT id, {} FROM {table} WHERE id = {i}",
            (i / 60) % 60,
            i % 60,
            100 + i % 9,
            // Two databases: one server, database per tenant.
            i % 9 % 2,
            1 + i % 5,
            if pick.is_empty() { "x".to_owned() } else { pick.join(", ") }
        );
    }
    let case: String = (1..4000)
        .map(|i| format!(" WHEN {i} THEN 's{}'", i % 7))
        .collect();
    let _ = writeln!(
        text,
        "2026-11-23 10:59:59.000 UTC [99] app@db0/orm LOG:  duration: 900.000 ms  statement: UPDATE orders SET status = CASE id{case} ELSE status END WHERE id < 4000"
    );
    std::fs::write(&log, text).unwrap();
    let out = work.path().join("report");
    common::audit(
        &[
            log.to_str().unwrap(),
            "--log-line-prefix",
            "%m [%p] %u@%d/%a ",
            "--format",
            "html,json",
        ],
        &out,
    );
    let r = drive(&out.join("report.html"), work.path());
    assert_eq!(r["errors"], serde_json::json!([]), "{r}");
    assert_eq!(r["rows"], 200, "the table keeps the 200 costliest: {r}");
    assert_eq!(r["visibleRows"], 50, "{r}");
    assert_eq!(r["showMore"], true, "{r}");
    assert!(r["maxCell"].as_u64().unwrap() <= 300, "{r}");
    assert!(r["wholeStatements"].as_u64().unwrap() >= 1, "{r}");
    assert!(r["height"].as_u64().unwrap() < 20_000, "{r}");
    assert_eq!(r["dbRows"], 2, "a row per database: {r}");
}

/// report.md without its code: fenced blocks and inline spans, which
/// CommonMark shows as literal text (markup in them does nothing).
fn outside_code(md: &str) -> String {
    let mut out = String::new();
    let mut fenced = false;
    for line in md.lines() {
        if line.starts_with("```") {
            fenced = !fenced;
            continue;
        }
        if fenced {
            continue;
        }
        for (i, part) in line.split('`').enumerate() {
            if i % 2 == 0 {
                out.push_str(part);
            }
        }
        out.push('\n');
    }
    out
}

/// A log written to attack the report: markup in identifiers, the
/// application name, literals, an error and a line no parser reads.
const HOSTILE: &str = r##"<img src=x onerror="window.__xss='garbage'">
2026-11-23 10:00:00.000 UTC [101] app@db/<script>window.__xss=1</script> LOG:  duration: 5.000 ms  statement: SELECT "<script>window.__xss=2</script>", '"><img src=x onerror=window.__xss=3>' FROM "t<img src=x onerror=window.__xss=4>" WHERE id = 1
2026-11-23 10:00:01.000 UTC [101] app@db/<script>window.__xss=1</script> LOG:  duration: 7.000 ms  statement: SELECT "<script>window.__xss=2</script>", '</pre><script>window.__xss=5</script>' FROM "t<img src=x onerror=window.__xss=4>" WHERE id = 2
2026-11-23 10:00:02.000 UTC [101] app@db/<script>window.__xss=1</script> ERROR:  relation "<script>window.__xss=6</script>" does not exist at character 15
2026-11-23 10:00:02.000 UTC [101] app@db/<script>window.__xss=1</script> STATEMENT:  SELECT * FROM "<script>window.__xss=6</script>"
2026-11-23 10:00:03.000 UTC [102] app@db/x'" LOG:  duration: 1.000 ms  statement: SELECT 1 AS "it's ""quoted"" & <b>bold</b>"
"##;

#[test]
fn hostile_input_is_shown_not_run() {
    let work = tempfile::tempdir().unwrap();
    let log = work.path().join("hostile.log");
    std::fs::write(&log, HOSTILE).unwrap();
    for literals in [false, true] {
        let out = work.path().join(format!("report-{literals}"));
        let mut args = vec![
            log.to_str().unwrap(),
            "--log-line-prefix",
            "%m [%p] %u@%d/%a ",
            "--format",
            "html,json,md",
        ];
        if literals {
            args.push("--show-literals");
        }
        let r = common::audit(&args, &out);
        assert!(r["summary"]["statements"].as_u64().unwrap() >= 3, "{r}");
        assert!(r["summary"]["unparsed_lines"].as_u64().unwrap() >= 1, "{r}");
        let html_path = out.join("report.html");
        let html = std::fs::read_to_string(&html_path).unwrap();
        // The payloads reach the page, as text.
        let html = html.replace("&#60;", "&lt;").replace("&#62;", "&gt;");
        assert!(
            html.contains("&lt;script&gt;window.__xss=2&lt;/script&gt;"),
            "query identifier shown"
        );
        assert!(
            html.contains("&lt;script&gt;window.__xss=1&lt;/script&gt;"),
            "application name shown"
        );
        assert!(!html.contains("<script>window.__xss"), "raw script tag");
        assert!(!html.contains("<img src=x"), "raw img tag");
        let seen = drive(&html_path, work.path());
        assert_eq!(seen["xss"], serde_json::Value::Null, "{seen}");
        assert_eq!(seen["alerts"], serde_json::json!([]), "{seen}");
        assert_eq!(seen["injected"], 0, "{seen}");
        assert_eq!(seen["errors"], serde_json::json!([]), "{seen}");
        assert_eq!(seen["missing"], serde_json::json!([]), "{seen}");
        let md = std::fs::read_to_string(out.join("report.md")).unwrap();
        let prose = outside_code(&md);
        assert!(
            !prose.contains("<script>") && !prose.contains("<img"),
            "{prose}"
        );
        // Code is shown as it is, and nothing closes a span or fence early.
        assert!(!md.contains("````"), "{md}");
    }
}
