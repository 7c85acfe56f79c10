#!/usr/bin/env bash
# Measures log parsing throughput and peak memory on a large realistic log.
# usage: scripts/throughput.sh [SIZE_MB=1024] [--fresh] [--unique] [--dense]
# --unique rewrites the numbers of each copy, so that no statement text repeats
# across copies (the worst case for the fingerprint cache).
# The log is the bundled real-cluster log (samples/logs, or a fresh one from
# scripts/make-samples.sh with --fresh) replicated to SIZE_MB; after a warm-up
# run (page cache), three timed runs give the median MB/s, and the peak RSS of all.
# --dense logs a real cluster until the log holds SIZE_MB: pgbench in the
# extended protocol (24 clients select-only, 8 the TPC-B-like script, a
# worker connecting per transaction), every statement's parse, bind and
# execute logged with its parameters: ~4.7 M short statements per GB and
# about a thousand sessions (DENSE_PROTOCOL and DENSE_LOGGING: see
# scripts/dense-log.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
size_mb=${1:-1024}
work=${THROUGHPUT_DIR:-/tmp/pgadvisor-throughput}
mkdir -p "$work"
src="$here/samples/logs/postgresql.log"
fresh=no unique=no dense=no
for a in "${@:2}"; do
  case "$a" in --fresh) fresh=yes ;; --unique) unique=yes ;; --dense) dense=yes ;; *) echo "unknown option $a" >&2; exit 2 ;; esac
done
if [ "$fresh" = yes ]; then
  SCALE=4 "$here/scripts/make-samples.sh" "$work/samples" >/dev/null
  src="$work/samples/logs/postgresql.log"
fi
big="$work/big-${size_mb}MB-$unique.log"
if [ "$dense" = yes ]; then
  big="$work/dense-${size_mb}MB-${DENSE_PROTOCOL:-extended}-${DENSE_LOGGING:-duration}.log"
  [ -s "$big" ] || "$here/scripts/dense-log.sh" "$big" "$size_mb"
elif [ ! -s "$big" ] || [ "$(stat -c %s "$big")" -lt $((size_mb * 1000000)) ]; then
  : > "$big"
  i=0
  while [ "$(stat -c %s "$big")" -lt $((size_mb * 1000000)) ]; do
    i=$((i + 1))
    if [ "$unique" = yes ]; then
      sed -E "s/(= |\(|, )([0-9]+)([,;) ]|$)/\1\2$i\3/g" "$src" >> "$big"
    else
      cat "$src" >> "$big"
    fi
  done
fi
cargo build --release --quiet --manifest-path "$here/Cargo.toml"
bin="$here/target/release/pgadvisor"
python3 - "$bin" "$big" "$work/report" <<'PY'
import os, resource, statistics, subprocess, sys, time
binary, log, out = sys.argv[1:4]
size = os.path.getsize(log)
run = lambda: subprocess.run([binary, "audit", log, "--out", out, "-q"], check=True, stderr=subprocess.DEVNULL)
run()  # warm the page cache
times = []
for _ in range(3):
    t = time.monotonic()
    run()
    times.append(time.monotonic() - t)
rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
mbs = sorted(size / 1e6 / t for t in times)
print(f"log: {log} ({size / 1e6:.0f} MB), cores: {os.cpu_count()}")
print(f"throughput: median {statistics.median(mbs):.0f} MB/s (min {mbs[0]:.0f}, max {mbs[-1]:.0f}) over 3 runs   peak RSS: {rss_mb:.0f} MB")
PY
