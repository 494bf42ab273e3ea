#!/usr/bin/env bash
# Prints what the local stack costs: JVMs, `./credsync up -d` cold (empty CREDSYNC_HOME: new broker, database,
# migrations) and warm (the same home again), and the stack's idle CPU over a minute. Builds first, untimed.
#   benchmarks/scripts/footprint.sh [idle seconds, default 60]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
IDLE="${1:-60}"
export CREDSYNC_HOME="$(mktemp -d /tmp/credsync-footprint.XXXX)"
cd "$ROOT"
trap './credsync down >/dev/null 2>&1 || true; rm -rf "$CREDSYNC_HOME"' EXIT
./credsync up -d >/dev/null   # builds what is stale; not timed
./credsync down >/dev/null
rm -rf "$CREDSYNC_HOME"; mkdir -p "$CREDSYNC_HOME"
t0=$(date +%s.%N); ./credsync up -d >/dev/null; t1=$(date +%s.%N)
./credsync down >/dev/null
t2=$(date +%s.%N); ./credsync up -d >/dev/null; t3=$(date +%s.%N)
# every process of the stack: whatever inherited this CREDSYNC_HOME (launcher, services, Kafka, PostgreSQL)
all=$(for e in /proc/[0-9]*/environ; do { tr '\0' '\n' < "$e"; } 2>/dev/null | grep -qx "CREDSYNC_HOME=$CREDSYNC_HOME" \
  && basename "$(dirname "$e")"; done | tr '\n' ' ' || true)
jvms=$(for p in $all; do tr '\0' ' ' < /proc/$p/cmdline 2>/dev/null | grep -c java || true; done | awk '{s+=$1} END {print s}')
ticks() { local s=0; for p in $all; do [[ -r /proc/$p/stat ]] && s=$((s + $(awk '{print $14+$15}' /proc/$p/stat))); done; echo $s; }
sleep 10   # let startup work settle
c0=$(ticks); sleep "$IDLE"; c1=$(ticks)
hz=$(getconf CLK_TCK)
rss=$(for p in $all; do awk '/VmRSS/ {print $2}' /proc/$p/status 2>/dev/null; done | awk '{s+=$1} END {printf "%.0f", s/1024}')
./credsync down >/dev/null
rm -rf "$CREDSYNC_HOME"
printf 'JVMs (launcher included): %s\nprocesses: %s\n' "$jvms" "$(echo $all | wc -w)"
printf 'up -d cold: %.1f s\nup -d warm: %.1f s\n' "$(echo "$t1 - $t0" | bc)" "$(echo "$t3 - $t2" | bc)"
printf 'idle CPU over %s s: %.2f CPU-s (%.1f %% of one core)\nRSS total after idle: %s MiB\n' "$IDLE" \
  "$(echo "($c1 - $c0) / $hz" | bc -l)" "$(echo "($c1 - $c0) / $hz / $IDLE * 100" | bc -l)" "$rss"
