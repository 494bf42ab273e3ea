#!/usr/bin/env bash
# Prints what the local stack costs: JVMs, `./credsync up -d` cold (empty CREDSYNC_HOME: new broker, database,
# migrations) and warm (the same home again), and the stack's idle CPU over a minute. Builds first, untimed.
#   benchmarks/scripts/footprint.sh [idle seconds, default 60]      (from the repository root)
set -uo pipefail
ROOT="$(pwd)"
IDLE="${1:-60}"
export CREDSYNC_HOME="$(mktemp -d /tmp/credsync-footprint.XXXX)"
cd "$ROOT" || exit 1
trap './credsync down >/dev/null 2>&1; rm -rf "$CREDSYNC_HOME"' EXIT
./credsync up -d >/dev/null || exit 1   # builds what is stale; not timed
./credsync down >/dev/null
rm -rf "$CREDSYNC_HOME"; mkdir -p "$CREDSYNC_HOME"
t0=$(date +%s.%N); ./credsync up -d >/dev/null || exit 1; t1=$(date +%s.%N)
./credsync down >/dev/null
t2=$(date +%s.%N); ./credsync up -d >/dev/null || exit 1; t3=$(date +%s.%N)
# every process of the stack: whatever inherited this CREDSYNC_HOME (launcher, services, Kafka, PostgreSQL)
stack_pids() {
  for e in /proc/[0-9]*/environ; do
    if { tr '\0' '\n' < "$e"; } 2>/dev/null | grep -qx "CREDSYNC_HOME=$CREDSYNC_HOME"; then
      p="${e#/proc/}"; echo "${p%/environ}"
    fi
  done
}
sleep 10   # let startup work settle
all=$(stack_pids | tr '\n' ' ')
jvms=0
for p in $all; do
  if { tr '\0' ' ' < "/proc/$p/cmdline"; } 2>/dev/null | grep -q '^[^ ]*java '; then jvms=$((jvms + 1)); fi
done
ticks() { local s=0 t; for p in $all; do t=$(awk '{print $14+$15}' "/proc/$p/stat" 2>/dev/null) && s=$((s + ${t:-0})); done; echo $s; }
c0=$(ticks); sleep "$IDLE"; c1=$(ticks)
hz=$(getconf CLK_TCK)
rss=$(for p in $all; do awk '/VmRSS/ {print $2}' "/proc/$p/status" 2>/dev/null; done | awk '{s+=$1} END {printf "%.0f", s/1024}')
printf 'JVMs (launcher included): %s\nprocesses: %s\n' "$jvms" "$(echo $all | wc -w)"
printf 'up -d cold: %.1f s\nup -d warm: %.1f s\n' "$(echo "$t1 - $t0" | bc)" "$(echo "$t3 - $t2" | bc)"
printf 'idle CPU over %s s: %.2f CPU-s (%.1f %% of one core)\nRSS total after idle: %s MiB\n' "$IDLE" \
  "$(echo "($c1 - $c0) / $hz" | bc -l)" "$(echo "($c1 - $c0) / $hz / $IDLE * 100" | bc -l)" "$rss"
