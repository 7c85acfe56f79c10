//! Parsing throughput: the stderr reader + fingerprints + aggregation on a
//! real cluster's log (samples/logs), and fingerprinting alone.
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use pgadvisor::input::prefix::Prefix;
use pgadvisor::input::{csvlog, stderr};
use pgadvisor::model::fingerprint::{Normalizer, TenantPattern};
use pgadvisor::model::workload::{AggregateOptions, Aggregator};
use std::path::Path;

fn sample_log() -> Vec<u8> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/logs/postgresql.log");
    let one = std::fs::read(p).expect("samples/logs/postgresql.log");
    // About 8 MB: enough to be stable, small enough for a quick run.
    one.repeat((8 << 20) / one.len().max(1) + 1)
}

fn parsing(c: &mut Criterion) {
    let log = sample_log();
    let prefix = Prefix::parse("%m [%p] %q%u@%d/%a ").unwrap();
    let opts = AggregateOptions::default();
    let mut g = c.benchmark_group("parse");
    g.throughput(Throughput::Bytes(log.len() as u64));
    g.sample_size(10);
    g.bench_function(BenchmarkId::new("stderr", log.len()), |b| {
        b.iter(|| {
            let mut agg = Aggregator::new(&opts);
            stderr::parse(&log, 1, &prefix, &mut agg);
            agg.finish()
        })
    });
    let csv_gz = std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/csvlog/postgresql.csv.gz"),
    )
    .unwrap();
    let mut csv = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::GzDecoder::new(&csv_gz[..]), &mut csv).unwrap();
    g.throughput(Throughput::Bytes(csv.len() as u64));
    g.bench_function(BenchmarkId::new("csvlog", csv.len()), |b| {
        b.iter(|| {
            let mut agg = Aggregator::new(&opts);
            csvlog::parse(&csv, 1, &mut agg);
            agg.finish()
        })
    });
    g.finish();
}

fn fingerprints(c: &mut Criterion) {
    let queries = [
        "SELECT id, phone, status, sent_at FROM tenant_3.whatsapp_logs WHERE campaign_id = 42",
        "SELECT c.id, c.name, count(l.id) AS sent FROM tenant_1.campaigns c LEFT JOIN tenant_1.whatsapp_logs l ON l.campaign_id = c.id WHERE c.account_id = $1 GROUP BY c.id, c.name",
        "INSERT INTO t (a, b, c) VALUES (1, 'x', now()), (2, 'y', now()), (3, 'z', now())",
        "UPDATE tenant_2.tickets SET status = 'fechado' WHERE id = 77",
    ];
    let bytes: usize = queries.iter().map(|q| q.len()).sum();
    let mut n = Normalizer::new(TenantPattern::default());
    let mut g = c.benchmark_group("fingerprint");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("key", |b| {
        b.iter(|| {
            queries
                .iter()
                .map(|q| n.fingerprint(q).0.id)
                .fold(0u64, |a, x| a ^ x)
        })
    });
    g.finish();
}

criterion_group!(benches, parsing, fingerprints);
criterion_main!(benches);
