#!/usr/bin/env bash
# Throughput of the two busiest public pages, an article and an event page, served anonymously by the packaged jar,
# against nginx serving a saved copy of the very same bytes, in the same run on the same machine.
#   1. starts Pressroom with the demo content on loopback and waits until its sitemap lists news;
#   2. picks the first article (/en/news/yyyy/mm/dd/...) and the first event page (/en/events/yyyy/mm/...) in the sitemap;
#   3. saves each page once (curl, no cookies) into the root of an nginx of its own (same Content-Type) and checks that
#      nginx answers the identical bytes;
#   4. per page: a warm-up wrk run against Pressroom, then wrk against Pressroom, then wrk against nginx.
# Prints, per page, its size, requests/s and the p50/p99 latency of each server, and the ratio Pressroom/nginx
# (target: >= 0.3). Fails if wrk saw a single non-2xx answer.
# Usage: bench/pages.sh   (needs the Debian packages wrk and nginx; builds target/pressroom.jar if missing)
# Settings, from the environment:
#   DURATION=30s CONNECTIONS=32 THREADS=2 WARMUP=5s     wrk's run length, connections, threads; the warm-up run's length
#   ARTICLE_PATH=/en/news/... EVENT_PATH=/en/events/... the pages to measure instead of the sitemap's first ones
#   PRESSROOM_URL=http://127.0.0.1:8080                 measure an instance already running there (no build, no start)
#   READY_TIMEOUT=300                                   seconds to wait for start-up, then for the demo content
#   JAVA_OPTS=-Xmx512m                                  extra JVM options for the started jar
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  "") ;;
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  *) echo "bench/pages.sh takes no arguments (settings come from the environment, see --help)" >&2; exit 2 ;;
esac

duration="${DURATION:-30s}"
warmup="${WARMUP:-5s}"
connections="${CONNECTIONS:-32}"
threads="${THREADS:-2}"
ready_timeout="${READY_TIMEOUT:-300}"
for setting in "DURATION=$duration" "WARMUP=$warmup"; do
  [[ "${setting#*=}" =~ ^[0-9]+[smh]?$ ]] || { echo "bad ${setting%%=*}: '${setting#*=}' (e.g. 30s, 2m)" >&2; exit 2; }
done
for setting in "CONNECTIONS=$connections" "THREADS=$threads" "READY_TIMEOUT=$ready_timeout"; do
  [[ "${setting#*=}" =~ ^[1-9][0-9]*$ ]] || { echo "bad ${setting%%=*}: '${setting#*=}' (a positive number)" >&2; exit 2; }
done
(( connections >= threads )) || { echo "CONNECTIONS ($connections) must be at least THREADS ($threads)" >&2; exit 2; }
for setting in "ARTICLE_PATH=${ARTICLE_PATH:-}" "EVENT_PATH=${EVENT_PATH:-}"; do
  value="${setting#*=}"
  [ -z "$value" ] || [[ "$value" =~ ^/[^[:space:]\"\;]*$ ]] \
    || { echo "bad ${setting%%=*}: '$value' (a path starting with /)" >&2; exit 2; }
done

if ! command -v wrk >/dev/null || ! command -v nginx >/dev/null; then
  echo "wrk and nginx are needed on PATH; install them: apt-get install -y wrk nginx" >&2
  exit 1
fi

work="$(mktemp -d /tmp/pressroom-pages-XXXXXX)"
pid=""
nginx_pid=""
cleanup() {
  local rc=$? i
  if [ -n "$nginx_pid" ]; then
    kill -TERM "$nginx_pid" 2>/dev/null || true
    wait "$nginx_pid" 2>/dev/null || true
  fi
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  rm -rf "$work"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() { echo "pages.sh: $*" >&2; exit 1; }

# A loopback port nothing answers on (a connection attempt is refused).
free_port() {
  local p i
  for i in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
  done
  fail "no free port found on 127.0.0.1"
}

# Fails when the started jar has died, or when the deadline has passed.
check_waiting() {
  local what="$1" deadline="$2"
  if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then
    echo "Pressroom exited while waiting for $what; its log:" >&2
    tail -30 "$work/pressroom.log" >&2
    exit 1
  fi
  (( SECONDS < deadline )) || fail "gave up waiting for $what after ${ready_timeout}s"
}

# --- Pressroom: started here, or one already running at PRESSROOM_URL ----------------------------------------------
if [ -n "${PRESSROOM_URL:-}" ]; then
  base="${PRESSROOM_URL%/}"
  [[ "$base" =~ ^https?://[^/]+$ ]] || fail "PRESSROOM_URL must be scheme://host:port, got '$PRESSROOM_URL'"
  java_version="java of the instance at $base"
else
  jar=target/pressroom.jar
  [ -f "$jar" ] || ./mvnw -q -B -DskipTests package
  port=$(free_port)
  base="http://127.0.0.1:$port"
  java_version="$(java -version 2>&1 | head -1)"
  # Logging at warn, as a site in production would run, so that the log does not weigh on the measure.
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --pressroom.data-dir="$work/data" \
    --pressroom.demo.enabled=true --logging.level.root=warn \
    --logging.level.org.pressroom.system.StartupReport=info >"$work/pressroom.log" 2>&1 &
  pid=$!
  deadline=$(( SECONDS + ready_timeout ))
  until grep -q "Pressroom is ready" "$work/pressroom.log"; do
    check_waiting "the \"Pressroom is ready\" line" "$deadline"
    sleep 0.2
  done
fi

# --- The pages: the sitemap's first article and event page, unless given ---------------------------------------------
deadline=$(( SECONDS + ready_timeout ))
if [ -z "${ARTICLE_PATH:-}" ] || [ -z "${EVENT_PATH:-}" ]; then
  # The demo content is loaded after start-up: the sitemap lists news once it is in.
  until code=$(curl -s -o "$work/sitemap.xml" -w '%{http_code}' "$base/sitemap.xml") && [ "$code" = 200 ] \
      && grep -q '/en/news/' "$work/sitemap.xml"; do
    check_waiting "a sitemap listing /en/news/ pages at $base/sitemap.xml" "$deadline"
    sleep 1
  done
  # <loc> holds absolute URLs built on the configured base URL: keep the path only.
  grep -o '<loc>[^<]*</loc>' "$work/sitemap.xml" | sed -E 's#</?loc>##g; s#^[a-zA-Z]+://[^/]*##; s#&amp;#\&#g' \
    >"$work/paths.txt"
  article="${ARTICLE_PATH:-$(grep -E -m1 '^/en/news/[0-9]{4}/[0-9]{2}/[0-9]{2}/[^/]+/?$' "$work/paths.txt" || true)}"
  event="${EVENT_PATH:-$(grep -E -m1 '^/en/events/[0-9]{4}/[0-9]{2}/[^/<]+/?$' "$work/paths.txt" || true)}"
  [ -n "$article" ] || fail "no /en/news/yyyy/mm/dd/ page in $base/sitemap.xml (set ARTICLE_PATH)"
  [ -n "$event" ] || fail "no /en/events/yyyy/mm/... page in $base/sitemap.xml (set EVENT_PATH)"
else
  article="$ARTICLE_PATH"
  event="$EVENT_PATH"
fi
labels=(article event)
paths=("$article" "$event")

# --- A saved copy of each page in the root of nginx -------------------------------------------------------------------
root="$work/nginx/html"
mkdir -p "$root" "$work/nginx/tmp"
# nginx's workers run as nobody when started by root: they must be able to reach the copies (traverse only).
chmod 711 "$work"

# Where nginx looks for a URL path: decoded, without a query, index.html for a directory.
file_for() {
  local p="${1%%\?*}"
  p="$(printf '%b' "${p//%/\\x}")"
  [[ "$p" == */ ]] && p="${p}index.html"
  echo "$root$p"
}

content_type=""
sizes=()
for i in "${!paths[@]}"; do
  path="${paths[$i]}" file="$(file_for "${paths[$i]}")"
  mkdir -p "$(dirname "$file")"
  # The demo content may still be on its way: wait for the page itself to be there.
  until answer=$(curl -s -o "$file" -w '%{http_code} %{content_type}' "$base$path") && [ "${answer%% *}" = 200 ]; do
    check_waiting "$base$path to answer 200 (last answer: ${answer%% *})" "$deadline"
    sleep 1
  done
  type="${answer#* }"
  [ -n "$content_type" ] || content_type="$type"
  [ "$type" = "$content_type" ] || fail "${labels[$i]} is $type, the article $content_type: one nginx type serves both"
  sizes[i]=$(stat -c %s "$file")
done
chmod -R a+rX "$root"

nginx_port=$(free_port)
nginx_base="http://127.0.0.1:$nginx_port"
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events {
    worker_connections 1024;
}
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    # Every file with the Content-Type Pressroom sent for it.
    types { }
    default_type "$content_type";
    server {
        listen 127.0.0.1:$nginx_port;
        root $root;
        index index.html;
    }
}
EOF
nginx -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" &
nginx_pid=$!
until curl -s -o /dev/null "$nginx_base/"; do
  if ! kill -0 "$nginx_pid" 2>/dev/null; then
    nginx_pid=""
    echo "nginx did not start; its error log:" >&2
    cat "$work/nginx/error.log" >&2
    exit 1
  fi
  sleep 0.1
done

for i in "${!paths[@]}"; do
  path="${paths[$i]}"
  answer=$(curl -s -o "$work/nginx-copy" -w '%{http_code} %{content_type}' "$nginx_base$path")
  [ "$answer" = "200 $content_type" ] || fail "nginx answered '$answer' for $path, expected '200 $content_type'"
  cmp -s "$work/nginx-copy" "$(file_for "$path")" || fail "nginx does not serve the saved bytes of $path"
done

# --- The runs -------------------------------------------------------------------------------------------------------
# wrk against a URL; prints "requests/s p50-ms p99-ms" and keeps wrk's output beside it; fails on non-2xx answers.
to_ms() {
  awk -v v="$1" 'BEGIN { n = v + 0
    if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /m$/) n *= 60000; else if (v ~ /s$/) n *= 1000
    printf "%.2f", n }'
}
measure() {
  local name="$1" url="$2" length="$3" out="$work/wrk-$1.txt" rps p50 p99 non2xx errors
  wrk -t"$threads" -c"$connections" -d"$length" --latency "$url" >"$out" 2>&1 || { cat "$out" >&2; fail "wrk failed on $url"; }
  rps=$(awk '/^Requests\/sec:/ { print $2 }' "$out")
  p50=$(awk '$1 == "50%" { print $2 }' "$out")
  p99=$(awk '$1 == "99%" { print $2 }' "$out")
  non2xx=$(awk -F': *' '/Non-2xx or 3xx responses/ { print $2 }' "$out")
  errors=$(grep -o 'Socket errors:.*' "$out" || true)
  if [ -n "$non2xx" ] && [ "$non2xx" != 0 ]; then
    cat "$out" >&2
    fail "$non2xx non-2xx answers from $url"
  fi
  if [ -z "$rps" ] || [ -z "$p50" ] || [ -z "$p99" ]; then
    cat "$out" >&2
    fail "could not read wrk's output for $url"
  fi
  [ -z "$errors" ] || echo "  warning, $name: $errors" >&2
  echo "$rps $(to_ms "$p50") $(to_ms "$p99")"
}

nginx_version="$(nginx -v 2>&1 | sed 's/^nginx version: //')"
wrk_version="$(wrk -v 2>&1 | head -1 | awk '{ print $1 " " $2 }' || true)"
echo "Pressroom pages against nginx: $(nproc) cores | $java_version | $wrk_version | $nginx_version"
echo "wrk -t$threads -c$connections -d$duration --latency, anonymous; Pressroom at $base, nginx at $nginx_base"

results=()
for i in "${!paths[@]}"; do
  name="${labels[$i]}" path="${paths[$i]}"
  echo "${name}: $path (${sizes[$i]} bytes) ..." >&2
  measure "$name-warmup" "$base$path" "$warmup" >/dev/null
  pressroom=$(measure "$name-pressroom" "$base$path" "$duration")
  nginx=$(measure "$name-nginx" "$nginx_base$path" "$duration")
  results[i]="$pressroom $nginx"
done

echo
printf '%-8s %8s | %-29s | %-29s | %s\n' "" "" "Pressroom" "nginx, same bytes" ""
printf '%-8s %8s | %11s %8s %8s | %11s %8s %8s | %6s\n' \
  page bytes "req/s" "p50 ms" "p99 ms" "req/s" "p50 ms" "p99 ms" ratio
for i in "${!paths[@]}"; do
  read -r p_rps p_p50 p_p99 n_rps n_p50 n_p99 <<<"${results[$i]}"
  ratio=$(awk -v p="$p_rps" -v n="$n_rps" 'BEGIN { printf "%.2f", (n > 0 ? p / n : 0) }')
  verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.3 ? "" : "  below the 0.3 target") }')
  printf '%-8s %8d | %11.0f %8s %8s | %11.0f %8s %8s | %6s%s\n' \
    "${labels[$i]}" "${sizes[$i]}" "$p_rps" "$p_p50" "$p_p99" "$n_rps" "$n_p50" "$n_p99" "$ratio" "$verdict"
done
for i in "${!paths[@]}"; do echo "${labels[$i]}: ${paths[$i]}"; done
echo "target: ratio (Pressroom req/s / nginx req/s) >= 0.3"
