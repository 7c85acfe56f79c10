#!/usr/bin/env bash
# A team benchmarking its new database server with pgbench alone: initialise at
# scale 10, a weighted mix of the built-in scripts (prepared), a select-only run
# (simple protocol), and a run that skips the branch and teller updates.
# No application: every table is pgbench's own.
source "$(dirname "$0")/../lib.sh"

scenario_start

scenario_mark

# The captured log starts with the initialisation, as the team ran it.
$PGBENCH -i -s 10 -q >/dev/null 2>&1
# Latency under a fixed load: the built-in mix at 300 transactions per second.
$PGBENCH -n -c 4 -j 2 -R 300 -t 1500 -M prepared \
  -b tpcb-like@5 -b select-only@3 -b simple-update@2 >/dev/null 2>&1
# Read-only throughput, simple protocol.
$PGBENCH -n -c 4 -j 2 -t 2500 -M simple -S >/dev/null 2>&1
# Without the branch/teller hot spots, at 200 transactions per second.
$PGBENCH -n -c 4 -j 2 -R 200 -t 750 -N >/dev/null 2>&1

scenario_capture
