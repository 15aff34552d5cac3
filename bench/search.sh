#!/usr/bin/env bash
# Search at 100,000 items, against the packaged jar on loopback, all in one run:
#   1. starts Pressroom on an empty data directory, writes bench/search-corpus.sql into its embedded PostgreSQL
#      (100,000 published items in English and French, about 1% embargoed), stops it;
#   2. deletes the search index and starts Pressroom again: the index is rebuilt at start-up from the database
#      (its time is printed from the log);
#   3. bench/SearchBench.java runs 1,000 mixed queries (words, pairs, phrases, type, language and date filters,
#      date sort, empty searches) one at a time through GET /api/v1/search, then the same queries directly
#      against the Lucene index files (same fields, analysers and filters), after 200 queries of warm-up each;
#      prints p50/p95/p99 of both, their ratio, and how often both paths count the same hits.
# Target: p95 over HTTP <= 30 ms. Run it on an otherwise idle machine: the load average is printed.
# Usage: bench/search.sh [queries]   (default 1000; needs psql; builds target/pressroom.jar if missing)
#        DATA_DIR=/path bench/search.sh   reuses a data directory where an earlier run wrote the corpus (and keeps it),
#        skipping step 1 (writing the corpus takes about 7 minutes on 2 cores)
set -euo pipefail
cd "$(dirname "$0")/.."

queries="${1:-1000}"
jar=target/pressroom.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
command -v psql >/dev/null || { echo "bench/search.sh needs psql (apt-get install postgresql-client)" >&2; exit 1; }

work="$(mktemp -d /tmp/pressroom-search-XXXXXX)"
pid=""
stop() { if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi; }
trap 'stop; rm -rf "$work"' EXIT

data="${DATA_DIR:-$work/data}"
cp "$jar" "$work/pressroom.jar"
mkdir -p "$work/app"
(cd "$work/app" && unzip -q ../pressroom.jar 'BOOT-INF/classes/*' 'BOOT-INF/lib/*')
cp_app="$work/app/BOOT-INF/classes:$work/app/BOOT-INF/lib/*"

start() {
  : >"$work/pressroom.log"
  java ${JAVA_OPTS:-} -jar "$work/pressroom.jar" --server.port=0 --pressroom.data-dir="$data" \
    --pressroom.media.inbox.enabled=false >"$work/pressroom.log" 2>&1 &
  pid=$!
  until grep -q "Pressroom is ready" "$work/pressroom.log"; do
    kill -0 "$pid" 2>/dev/null || { echo "Pressroom exited; see its log:" >&2; tail -20 "$work/pressroom.log" >&2; exit 1; }
    sleep 0.5
  done
  port=$(grep -o 'ready at http://localhost:[0-9]*' "$work/pressroom.log" | grep -o '[0-9]*$')
  db_port=$(grep -o 'port [0-9]*)' "$work/pressroom.log" | head -1 | grep -o '[0-9]*')
}

echo "Pressroom search bench, $(java -version 2>&1 | head -1), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
if [ -z "${DATA_DIR:-}" ]; then
  start
  t0=$(date +%s)
  PGPASSWORD="$(cat "$data/postgres.password")" psql -q -h localhost -p "$db_port" -U postgres -d pressroom \
    -f bench/search-corpus.sql | sed 's/^/corpus: /'
  echo "corpus written in $(( $(date +%s) - t0 )) s"
  stop
fi

rm -rf "$data/search"
start
grep -o 'Search index rebuilt: .*' "$work/pressroom.log" | sed 's/^/start-up: /'
echo "load average before the queries: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$cp_app" bench/SearchBench.java "http://127.0.0.1:$port" "$data/search/pressroom-items" bench/search-corpus.sql "$queries"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
