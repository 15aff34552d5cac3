#!/usr/bin/env bash
# Start-up time and memory of the packaged jar with zero configuration.
#   cold: first start ever (PostgreSQL binaries unpacked, database cluster created, migrations applied)
#   warm: restart on the same data directory
# Prints, per start, the wall time from launch to the "Pressroom is ready" line, the resident memory (RSS)
# of the JVM once ready, and the memory of the embedded PostgreSQL's processes as the sum of their PSS
# (shared buffers counted once, not once per process as a sum of RSS would).
# Usage: bench/startup.sh [warm-runs]   (default 3; builds target/pressroom.jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."

runs="${1:-3}"
jar=target/pressroom.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package

work="$(mktemp -d /tmp/pressroom-startup-XXXXXX)"
pid=""
trap '[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; sleep 2; rm -rf "$work"' EXIT
java_opts=(-Dot.epg.working-dir="$work/pg-binaries")

rss_kb() { awk '/VmRSS/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
pss_kb() { awk '/^Pss:/ {print $2}' "/proc/$1/smaps_rollup" 2>/dev/null || echo 0; }

start_once() {
  local label="$1" log="$work/$1.log"
  local t0 t1 postmaster pg_kb=0
  t0=$(date +%s%N)
  java "${java_opts[@]}" -jar "$jar" --server.port=0 --pressroom.data-dir="$work/data" >"$log" 2>&1 &
  pid=$!
  until grep -q "Pressroom is ready" "$log"; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "Pressroom exited; see $log" >&2; tail -20 "$log" >&2; exit 1; fi
    sleep 0.05
  done
  t1=$(date +%s%N)
  sleep 1 # let the post-start work settle before reading memory
  postmaster=$(head -1 "$work/data/postgres/postmaster.pid")
  for p in "$postmaster" $(cat /proc/"$postmaster"/task/*/children 2>/dev/null); do
    pg_kb=$(( pg_kb + $(pss_kb "$p") ))
  done
  printf '%-6s ready in %6.2f s | JVM RSS %5d MiB | PostgreSQL PSS %4d MiB | %s\n' "$label" \
    "$(awk -v a="$t0" -v b="$t1" 'BEGIN { print (b - a) / 1e9 }')" $(( $(rss_kb "$pid") / 1024 )) $(( pg_kb / 1024 )) \
    "$(grep -o 'Started PressroomApplication in [0-9.]* seconds' "$log")"
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

echo "Pressroom start-up, $(java -version 2>&1 | head -1), $(nproc) cores"
start_once cold
for i in $(seq 1 "$runs"); do start_once "warm$i"; done
