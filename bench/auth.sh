#!/usr/bin/env bash
# The multimedia account under load, against the packaged jar on loopback, in local mode:
#   log-ins per second at 16 concurrent clients (p50/p99 of the log-in request, Argon2id included),
#   median answer time of register and reset for a known versus an unknown address (200 requests each).
# Usage: bench/auth.sh [seconds] [samples]   (defaults 30 and 200; builds target/pressroom.jar if missing)
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-30}"
samples="${2:-200}"
jar=target/pressroom.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package

work="$(mktemp -d /tmp/pressroom-auth-XXXXXX)"
pid=""
trap '[ -n "$pid" ] && kill -TERM "$pid" 2>/dev/null; sleep 3; rm -rf "$work"' EXIT

# The per-IP limits would stop a load from one address within seconds: lifted here, to measure the log-in itself.
java -jar "$jar" --server.port=0 --pressroom.data-dir="$work/data" --logging.level.root=warn \
  --pressroom.account.ip-logins-per-minute=100000000 --pressroom.account.ip-codes-per-hour=100000000 \
  --logging.level.org.pressroom.system.StartupReport=info >"$work/pressroom.log" 2>&1 &
pid=$!
until grep -q "Pressroom is ready" "$work/pressroom.log"; do
  kill -0 "$pid" 2>/dev/null || { echo "Pressroom exited; see its log:" >&2; tail -20 "$work/pressroom.log" >&2; exit 1; }
  sleep 0.2
done
port=$(grep -o 'ready at http://localhost:[0-9]*' "$work/pressroom.log" | grep -o '[0-9]*$')

echo "Pressroom accounts, $(nproc) cores, http://127.0.0.1:$port"
java bench/AuthBench.java "http://127.0.0.1:$port" 16 "$seconds" "$samples"
