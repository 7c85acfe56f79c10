//! `sslmode` as libpq users expect, against a server that accepts only TLS
//! over TCP, with certificates made for the test by `openssl`.
use crate::common;

use common::TestCluster;
use std::path::Path;
use std::process::Command;

fn openssl(dir: &Path, args: &[&str]) {
    let o = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl");
    assert!(
        o.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// A CA and a server certificate it signs, valid for the name `localhost` only.
fn certificates(dir: &Path) {
    let ec = [
        "-newkey",
        "ec",
        "-pkeyopt",
        "ec_paramgen_curve:prime256v1",
        "-nodes",
    ];
    for ca in ["ca", "other-ca"] {
        let (key, crt, subj) = (
            format!("{ca}.key"),
            format!("{ca}.crt"),
            format!("/CN={ca}"),
        );
        let mut a = vec!["req", "-x509"];
        a.extend(ec);
        a.extend(["-keyout", &key, "-out", &crt, "-days", "2", "-subj", &subj]);
        openssl(dir, &a);
    }
    let mut a = vec!["req"];
    a.extend(ec);
    a.extend([
        "-keyout",
        "server.key",
        "-out",
        "server.csr",
        "-subj",
        "/CN=localhost",
    ]);
    openssl(dir, &a);
    std::fs::write(dir.join("ext"), "subjectAltName=DNS:localhost\n").unwrap();
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            "server.csr",
            "-CA",
            "ca.crt",
            "-CAkey",
            "ca.key",
            "-CAcreateserial",
            "-out",
            "server.crt",
            "-days",
            "2",
            "-extfile",
            "ext",
        ],
    );
}

#[test]
fn sslmode_behaves_as_in_libpq() {
    let mut c = TestCluster::start("");
    c.stop();
    let data = c.data();
    certificates(&data);
    // The server reads its key as postgres, and refuses a key others can read.
    for f in ["server.key", "server.crt"] {
        let p = data.join(f);
        Command::new("chown")
            .arg("postgres:postgres")
            .arg(&p)
            .status()
            .unwrap();
        Command::new("chmod").arg("600").arg(&p).status().unwrap();
    }
    let conf = data.join("postgresql.conf");
    let mut text = std::fs::read_to_string(&conf).unwrap();
    text.push_str("listen_addresses = '127.0.0.1'\nssl = on\nssl_cert_file = 'server.crt'\nssl_key_file = 'server.key'\n");
    std::fs::write(&conf, text).unwrap();
    let hba = data.join("pg_hba.conf");
    let old = std::fs::read_to_string(&hba).unwrap();
    std::fs::write(
        &hba,
        format!("hostssl all all 127.0.0.1/32 trust\nhostnossl all all 127.0.0.1/32 reject\n{old}"),
    )
    .unwrap();
    c.restart();
    let ca = data.join("ca.crt");
    let other = data.join("other-ca.crt");
    let port = c.port;
    let out = tempfile::tempdir().unwrap();
    let run = |conn: String| {
        let o = common::pgadvisor(&[
            "audit",
            "--db",
            &conn,
            "--out",
            out.path().to_str().unwrap(),
            "-q",
        ]);
        (
            o.status.code(),
            String::from_utf8_lossy(&o.stderr).into_owned(),
        )
    };
    let base = |host: &str| format!("host={host} port={port} user=postgres dbname=postgres");

    // Without TLS the server refuses: the message is the server's.
    let (code, e) = run(format!("{} sslmode=disable", base("localhost")));
    assert_eq!(code, Some(2), "{e}");
    assert!(e.contains("no encryption") && e.contains("28000"), "{e}");
    // prefer (the default) and require encrypt.
    for mode in ["", " sslmode=prefer", " sslmode=require"] {
        let (code, e) = run(format!("{}{mode}", base("localhost")));
        assert_eq!(code, Some(0), "{mode}: {e}");
    }
    // verify-full: the chain and the name.
    let (code, e) = run(format!(
        "{} sslmode=verify-full sslrootcert={}",
        base("localhost"),
        ca.display()
    ));
    assert_eq!(code, Some(0), "{e}");
    let (code, e) = run(format!(
        "{} sslmode=verify-full sslrootcert={}",
        base("127.0.0.1"),
        ca.display()
    ));
    assert_eq!(code, Some(2), "the certificate names localhost only: {e}");
    assert!(e.to_ascii_lowercase().contains("certificate"), "{e}");
    // verify-ca: the chain only.
    let (code, e) = run(format!(
        "{} sslmode=verify-ca sslrootcert={}",
        base("127.0.0.1"),
        ca.display()
    ));
    assert_eq!(code, Some(0), "{e}");
    let (code, e) = run(format!(
        "{} sslmode=verify-ca sslrootcert={}",
        base("127.0.0.1"),
        other.display()
    ));
    assert_eq!(code, Some(2), "signed by another CA: {e}");
    assert!(e.to_ascii_lowercase().contains("certificate"), "{e}");
    // verify-ca needs a root certificate to check against.
    let (code, e) = run(format!("{} sslmode=verify-ca", base("localhost")));
    assert_eq!(code, Some(2), "{e}");
    assert!(e.contains("sslrootcert"), "{e}");
    // The URL form, with the path percent-encoded.
    let url = format!(
        "postgres://postgres@localhost:{port}/postgres?sslmode=verify-full&sslrootcert={}",
        ca.display().to_string().replace('/', "%2F")
    );
    let (code, e) = run(url);
    assert_eq!(code, Some(0), "{e}");
}
