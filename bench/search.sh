#!/usr/bin/env bash
# Search at 100,000 items, against the packaged jar on loopback, all in one run:
#   1. bench/SearchCorpus.java writes the corpus and the queries, the same for a given SEED (default 42): 100,000
#      published items in English and French (news, press releases, statements, media advisories, events,
#      transcripts in turns, photos, videos with shot lists) with a Zipf vocabulary of 40,000 words per language,
#      3,000 named people and 50 cities, lengths per type as a press office's (the numbers are in its Javadoc and
#      printed below); about 1% is embargoed. Pressroom starts on an empty data directory, the corpus is copied
#      into its embedded PostgreSQL, and Pressroom stops;
#   2. deletes the search index and starts Pressroom again: the index is rebuilt at start-up from the database
#      (its time is printed from the log);
#   3. bench/SearchBench.java runs the queries one at a time through GET /api/v1/search, then the same queries
#      directly against the Lucene index files (same fields, analysers and filters), after 200 queries of warm-up
#      each; prints p50/p95/p99 of both, their ratio, how often both paths count the same hits, and hits and
#      times per kind of query.
# The queries are what journalists type, out of 100: 28 a person's name (18 full, 10 the last name alone), drawn
# as often as the corpus names them; 12 a quoted phrase of 3 to 6 words from a quote or a transcript turn; 22 one
# or two words of a topic; 11 two or three words of a topic; 8 a name and a topic word; 8 a city, half of them
# with a topic word; 6 a topic word within one month (from and to); 5 no words at all (the newest items, half of
# them of one type). On top, of the searches with words: 15 filter on a type, 8 on a language, 10 on the past 30
# days or the past year, 8 sort by date, and 2 have a typo (one letter changed).
# Target: p95 over HTTP <= 30 ms. Run it on an otherwise idle machine: the load average is printed.
# Usage: bench/search.sh [queries]   (default 1000; needs psql; builds target/pressroom.jar if missing)
#        DATA_DIR=/path bench/search.sh   reuses a data directory where an earlier run wrote the corpus (and keeps it),
#        skipping step 1 (writing the corpus takes a few minutes on 2 cores)
#        KEEP_INDEX=1 DATA_DIR=/path bench/search.sh   also keeps the index of that run (rebuilt only if its mapping changed),
#        skipping step 2 (the rebuild takes about 6 minutes on 2 cores)
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
if [ -z "${DATA_DIR:-}" ] || [ ! -f "$data/bench/queries.tsv" ]; then
  t0=$(date +%s)
  java bench/SearchCorpus.java "$work/corpus" "${SEED:-42}" "$queries"
  echo "corpus generated in $(( $(date +%s) - t0 )) s ($(du -h "$work/corpus/corpus.sql" | cut -f1) of SQL)"
  start
  t0=$(date +%s)
  PGPASSWORD="$(cat "$data/postgres.password")" psql -q -h localhost -p "$db_port" -U postgres -d pressroom \
    -f "$work/corpus/corpus.sql" >/dev/null
  echo "corpus written in $(( $(date +%s) - t0 )) s"
  stop
  mkdir -p "$data/bench"
  cp "$work/corpus/queries.tsv" "$work/corpus/corpus-stats.txt" "$data/bench/"
  rm -rf "$work/corpus"
else
  cat "$data/bench/corpus-stats.txt"
fi

[ -n "${KEEP_INDEX:-}" ] || rm -rf "$data/search"
start
grep -o 'Search index rebuilt: .*' "$work/pressroom.log" | sed 's/^/start-up: /' || echo "start-up: the index of the last run kept"
echo "load average before the queries: $(cut -d' ' -f1-3 /proc/loadavg)"
# Pressroom's own CPU time (user and system, in clock ticks) over the run: its searches are the only work it does
# then, so this is what each search costs it, whatever else the machine runs.
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
cpu0=$(cpu)
java -cp "$cp_app" bench/SearchBench.java "http://127.0.0.1:$port" "$data/search/pressroom-items" "$data/bench/queries.tsv" "$queries"
searched=$(( queries + (queries < 200 ? queries : 200) ))
awk -v t="$(( $(cpu) - cpu0 ))" -v hz="$(getconf CLK_TCK)" -v n="$searched" \
  'BEGIN { printf "Pressroom CPU time per HTTP search: %.1f ms (%d searches, warm-up included)\n", t * 1000 / hz / n, n }'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
