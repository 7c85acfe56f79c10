#!/usr/bin/env bash
# The whole test suite, on a fresh Debian machine with the Rust toolchain:
# installs PostgreSQL 15 (server, contrib), HypoPG, pg_cron and Chromium (the HTML
# report is opened headless) when missing, then runs formatting, lints and every
# test (unit, real-database, corpus, CLI, browser), then scores the scenarios.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v cargo >/dev/null || { echo "error: the Rust toolchain (cargo) is required: https://rustup.rs" >&2; exit 2; }

need=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql-15 postgresql-contrib-15)
ls /usr/share/postgresql/*/extension/hypopg.control >/dev/null 2>&1 || need+=(postgresql-15-hypopg)
ls /usr/share/postgresql/*/extension/pg_cron.control >/dev/null 2>&1 || need+=(postgresql-15-cron)
command -v runuser >/dev/null || need+=(util-linux)
[ -x /usr/bin/chromium ] || need+=(chromium)
if ((${#need[@]})); then
  echo "installing: ${need[*]}" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo test --all-targets
# Accuracy on workloads the rules were not written for (tests/scenarios/README.md):
# CI fails when fewer problems are found, or more look-alikes reported, than the floor.
cargo build --quiet
scripts/score-scenarios --bin target/debug/pgadvisor --floor tests/scenarios/floor.toml
