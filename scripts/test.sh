#!/usr/bin/env bash
# The whole test suite, on a fresh Debian machine with the Rust toolchain:
# installs PostgreSQL 15 (server, contrib), HypoPG, pg_cron, Chromium (the HTML
# report is opened headless), promtool (Debian's prometheus) and squawk (PyPI)
# when missing, then runs formatting, lints and every
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
# promtool checks metrics.prom (tests/it/metrics.rs).
command -v promtool >/dev/null || need+=(prometheus)
if ((${#need[@]})); then
  echo "installing: ${need[*]}" >&2
  sudo=""
  [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# squawk, the migration linter the samples' recommendations.sql is checked
# with (tests/it/migration_lint.rs), pinned: its rules change between versions.
SQUAWK_VERSION=2.70.0
SQUAWK_DIR="${XDG_CACHE_HOME:-$HOME/.cache}/pgadvisor/squawk-$SQUAWK_VERSION"
if [ ! -x "$SQUAWK_DIR/bin/squawk" ]; then
  command -v python3 >/dev/null || { echo "error: python3 with pip is needed to install squawk-cli" >&2; exit 2; }
  echo "installing: squawk-cli $SQUAWK_VERSION (PyPI)" >&2
  python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore --target "$SQUAWK_DIR" "squawk-cli==$SQUAWK_VERSION"
fi
export PGADVISOR_SQUAWK="$SQUAWK_DIR/bin/squawk"

cargo fmt --check
cargo clippy --all-targets --quiet -- -D warnings
cargo test --all-targets
# Accuracy on workloads the rules were not written for (tests/scenarios/README.md):
# CI fails when fewer problems are found, or more look-alikes reported, than the floor.
cargo build --quiet
scripts/score-scenarios --bin target/debug/pgadvisor --floor tests/scenarios/floor.toml
