#!/usr/bin/env bash
# Download throughput of a 1 GB original through Pressroom's authorised download endpoint (a signed link, checked
# and logged on every request), against nginx (the Debian package, sendfile on) serving the very same file from
# the same disk, in the same run:
#   1. makes a 1 GB master (10.4 s of 1920x1080 testsrc2 stored uncompressed, 4:2:2, one PCM track) with ffmpeg;
#   2. starts the packaged jar on loopback, drops the master into its watch folder and waits until the video is
#      ready (ingest, then the real processing job);
#   3. registers an account through the real forms (the code is read from the local mailbox) and takes the signed
#      link of the original from the video's download panel;
#   4. starts nginx with its root on Pressroom's media directory;
#   5. per round: CLIENTS curl clients at once fetch the whole file, from Pressroom, then from nginx; the file is
#      read once first, so both serve it from the page cache.
# Prints MB/s (all clients together, 1 MB = 10^6 bytes) per server and round, the median of each, the ratio
# Pressroom / nginx (target >= 0.9), the CPU time of each server per GB sent, the JVM's resident memory (RSS) over the
# Pressroom runs, sampled every 0.2 s (it must stay flat: files are streamed through one small buffer per request),
# the load average, and how many downloads Pressroom logged as complete. Fails when a download is short or corrupt.
# With TRANSFERS="stream sendfile" each of Pressroom's ways of sending local files is measured, restarting the jar
# in between (pressroom.delivery.transfer).
# Usage: bench/download.sh   (needs ffmpeg, curl and nginx; builds target/pressroom.jar if missing)
# Settings, from the environment:
#   CLIENTS=8 ROUNDS=3              clients at once, rounds per server
#   TRANSFERS=stream                Pressroom's transfer modes to measure, in order (stream, sendfile)
#   READY_TIMEOUT=900               seconds to wait for start-up, then for the video to be ready
#   JAVA_OPTS=-Xmx512m              extra JVM options for the started jar
#   KEEP=1                          keep the work directory (the master, Pressroom's data) for another run: WORK=<dir>
set -euo pipefail
cd "$(dirname "$0")/.."

case "${1:-}" in
  "") ;;
  -h|--help) sed -n '2,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
  *) echo "bench/download.sh takes no arguments (settings come from the environment, see --help)" >&2; exit 2 ;;
esac

clients="${CLIENTS:-8}"
rounds="${ROUNDS:-3}"
transfers="${TRANSFERS:-stream}"
ready_timeout="${READY_TIMEOUT:-900}"
for setting in "CLIENTS=$clients" "ROUNDS=$rounds" "READY_TIMEOUT=$ready_timeout"; do
  [[ "${setting#*=}" =~ ^[1-9][0-9]*$ ]] || { echo "bad ${setting%%=*}: '${setting#*=}' (a positive number)" >&2; exit 2; }
done
for mode in $transfers; do
  [[ "$mode" =~ ^(stream|sendfile)$ ]] || { echo "bad TRANSFERS: '$mode' (stream or sendfile)" >&2; exit 2; }
done
for tool in ffmpeg curl nginx; do
  command -v "$tool" >/dev/null || { echo "bench/download.sh needs $tool: apt-get install -y ${tool/ffmpeg/ffmpeg}" >&2; exit 1; }
done

jar=target/pressroom.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package

work="${WORK:-$(mktemp -d /tmp/pressroom-download-XXXXXX)}"
mkdir -p "$work"
pid=""
nginx_pid=""
sampler=""
cleanup() {
  local rc=$? i
  [ -n "$sampler" ] && kill "$sampler" 2>/dev/null || true
  if [ -n "$nginx_pid" ]; then kill -TERM "$nginx_pid" 2>/dev/null || true; wait "$nginx_pid" 2>/dev/null || true; fi
  if [ -n "$pid" ]; then
    kill -TERM "$pid" 2>/dev/null || true
    for i in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
  fi
  if [ -z "${KEEP:-}" ] && [ -z "${WORK:-}" ]; then rm -rf "$work"; else echo "work directory kept: WORK=$work" >&2; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

fail() { echo "download.sh: $*" >&2; exit 1; }
free_port() {
  local p i
  for i in $(seq 1 200); do
    p=$(( 20000 + RANDOM % 40000 ))
    (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return 0; }
  done
  fail "no free port found on 127.0.0.1"
}
now() { date +%s%N; }
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }
tick=$(getconf CLK_TCK)

echo "Pressroom downloads against nginx: $(nproc) cores | $(java -version 2>&1 | head -1) | $(nginx -v 2>&1 | sed 's/^nginx version: //') | $(curl --version | head -1 | cut -d' ' -f1-2)"
echo "load average at the start: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"

# --- 1. The master ------------------------------------------------------------------------------------------------
master="$work/master.mov"
if [ ! -f "$master" ]; then
  echo "making a 1 GB master..." >&2
  ffmpeg -hide_banner -nostdin -loglevel error -y -f lavfi -i "testsrc2=size=1920x1080:rate=25:duration=10.4" \
    -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=10.4" -map 0:v -map 1:a \
    -c:v rawvideo -pix_fmt uyvy422 -c:a pcm_s16le -metadata:s:a:0 language=eng -f mov "$master.partial"
  mv "$master.partial" "$master"
fi
size=$(stat -c %s "$master")
sha=$(sha256sum "$master" | cut -d' ' -f1)

# --- 2. Pressroom, and the video made ready through the watch folder ---------------------------------------------------
data="$work/data"
port=$(free_port)
base="http://127.0.0.1:$port"
start_pressroom() {
  local mode="$1" deadline before
  before=$(grep -c "Pressroom is ready" "$work/pressroom.log" 2>/dev/null || true)
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of options
  java ${JAVA_OPTS:-} -jar "$jar" --server.port="$port" --server.address=127.0.0.1 --pressroom.data-dir="$data" \
    --pressroom.delivery.transfer="$mode" --logging.level.root=warn \
    --logging.level.org.pressroom.system.StartupReport=info >>"$work/pressroom.log" 2>&1 &
  pid=$!
  deadline=$(( SECONDS + ready_timeout ))
  until [ "$(grep -c "Pressroom is ready" "$work/pressroom.log")" -gt "${before:-0}" ]; do
    kill -0 "$pid" 2>/dev/null || { tail -30 "$work/pressroom.log" >&2; fail "Pressroom exited while starting"; }
    (( SECONDS < deadline )) || fail "Pressroom did not start within ${ready_timeout}s"
    sleep 0.2
  done
}
stop_pressroom() {
  kill -TERM "$pid"
  wait "$pid" 2>/dev/null || true
  pid=""
}

set -- $transfers
start_pressroom "$1"
if ! curl -s "$base/api/v1/videos" | grep -q '"status":"ready"'; then
  echo "ingesting the master through the watch folder and waiting for it to be ready..." >&2
  mkdir -p "$data/inbox"
  printf 'title: Download bench master\ndate: 2026-02-12\nrights:\n  credit: Bench\n  download: account\n' >"$data/inbox/bench.yaml.part"
  ln "$master" "$data/inbox/bench.mov.part" 2>/dev/null || cp "$master" "$data/inbox/bench.mov.part"
  mv "$data/inbox/bench.yaml.part" "$data/inbox/bench.yaml"
  mv "$data/inbox/bench.mov.part" "$data/inbox/bench.mov"
  t0=$(now)
  deadline=$(( SECONDS + ready_timeout ))
  until curl -s "$base/api/v1/videos" | grep -q '"status":"ready"'; do
    kill -0 "$pid" 2>/dev/null || fail "Pressroom exited while processing"
    (( SECONDS < deadline )) || fail "the video was not ready within ${ready_timeout}s"
    sleep 2
  done
  echo "ready after $(awk -v a="$t0" -v b="$(now)" 'BEGIN { printf "%.0f", (b - a) / 1e9 }') s" >&2
fi
video=$(curl -s "$base/api/v1/videos" | grep -o '"id":[0-9]*' | head -1 | cut -d: -f2)
stored="$data/media/videos/$video/original.mov"
[ "$(stat -c %s "$stored")" = "$size" ] || fail "the stored original is not the master"

# --- 3. An account, and the signed link of the original ----------------------------------------------------------------
jar_cookies="$work/cookies.txt"
csrf() { curl -s -b "$jar_cookies" -c "$jar_cookies" "$base$1" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//'; }
email="bench.$(date +%s%N)@example.org"
token=$(csrf /en/account/register)
curl -s -o /dev/null -b "$jar_cookies" -c "$jar_cookies" --data-urlencode "email=$email" --data-urlencode "password=Broadcast-2026!quality" \
  -d firstName=Bench -d lastName=Journalist -d organisation=Bench -d mediaKind=TV -d country=BE -d acceptTerms=true \
  -d returnTo=/en/ --data-urlencode "_csrf=$token" "$base/en/account/register"
code=""
for _ in $(seq 1 100); do
  code=$(curl -s "$base/dev/mailbox" | tr '\n' ' ' | sed 's/<article/\n<article/g' | grep -F "$email" \
    | sed 's/.*class="mail-text"//' | grep -o '\b[0-9]\{6\}\b' | head -1 || true)
  [ -n "$code" ] && break
  sleep 0.3
done
[ -n "$code" ] || fail "no code arrived in the local mailbox for $email"
token=$(csrf /en/account/verify)
curl -s -o /dev/null -b "$jar_cookies" -c "$jar_cookies" -d "code=$code" -d returnTo=/en/ --data-urlencode "_csrf=$token" \
  "$base/en/account/verify"
link=$(curl -s -b "$jar_cookies" "$base/en/videos/$video/downloads" | tr '\n' ' ' | sed 's/data-file="/\n/g' \
  | grep '^original"' | grep -o 'href="/downloads/[^"]*"' | head -1 | sed 's/^href="//; s/"$//')
[ -n "$link" ] || fail "no signed link to the original in the download panel"

# --- 4. nginx on the same files ------------------------------------------------------------------------------------------
mkdir -p "$work/nginx/tmp"
chmod 711 "$work" "$data" 2>/dev/null || true
chmod -R a+rX "$data/media"
nginx_port=$(free_port)
cat >"$work/nginx/nginx.conf" <<EOF
daemon off;
worker_processes auto;
pid $work/nginx/nginx.pid;
error_log $work/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    client_body_temp_path $work/nginx/tmp/body;
    proxy_temp_path $work/nginx/tmp/proxy;
    fastcgi_temp_path $work/nginx/tmp/fastcgi;
    uwsgi_temp_path $work/nginx/tmp/uwsgi;
    scgi_temp_path $work/nginx/tmp/scgi;
    types { video/quicktime mov; }
    server {
        listen 127.0.0.1:$nginx_port;
        root $data/media;
    }
}
EOF
nginx -p "$work/nginx" -e "$work/nginx/error.log" -c "$work/nginx/nginx.conf" &
nginx_pid=$!
until curl -s -o /dev/null "http://127.0.0.1:$nginx_port/"; do
  kill -0 "$nginx_pid" 2>/dev/null || { nginx_pid=""; cat "$work/nginx/error.log" >&2; fail "nginx did not start"; }
  sleep 0.1
done
nginx_url="http://127.0.0.1:$nginx_port/videos/$video/original.mov"
nginx_workers() { pgrep -P "$nginx_pid" | tr '\n' ' '; }

# --- 5. The runs -----------------------------------------------------------------------------------------------------------
cat "$stored" >/dev/null # in the page cache for both servers

# CLIENTS curls at once on a URL; prints the MB/s of all of them together; fails on a short download.
run() {
  local url="$1" t0 t1 i bad=0 curls=()
  t0=$(now)
  for i in $(seq 1 "$clients"); do
    curl -s --http1.1 -o /dev/null -w '%{http_code} %{size_download}\n' "$url" >"$work/curl.$i" &
    curls+=($!)
  done
  wait "${curls[@]}" || true
  t1=$(now)
  for i in $(seq 1 "$clients"); do
    [ "$(cat "$work/curl.$i")" = "200 $size" ] || { echo "client $i got: $(cat "$work/curl.$i")" >&2; bad=1; }
  done
  (( bad == 0 )) || fail "a download from $url was not whole"
  awk -v n="$clients" -v s="$size" -v a="$t0" -v b="$t1" 'BEGIN { printf "%.0f", n * s / 1e6 / ((b - a) / 1e9) }'
}
median() { tr ' ' '\n' | grep . | sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# One check that the bytes are right, from each server.
[ "$(curl -s "$base$link" | sha256sum | cut -d' ' -f1)" = "$sha" ] || fail "Pressroom's bytes differ from the master"
[ "$(curl -s "$nginx_url" | sha256sum | cut -d' ' -f1)" = "$sha" ] || fail "nginx's bytes differ from the master"

results=()
first=1
for mode in $transfers; do
  if (( first == 0 )); then
    stop_pressroom
    start_pressroom "$mode"
  fi
  first=0
  # Warm-up: the JIT, and the first connection.
  run "$base$link" >/dev/null
  : >"$work/rss.txt"
  ( while kill -0 "$pid" 2>/dev/null; do awk '/VmRSS/ { print $2 }' "/proc/$pid/status" >>"$work/rss.txt"; sleep 0.2; done ) &
  sampler=$!
  p_rates=() n_rates=() p_cpu=0 n_cpu=0
  for r in $(seq 1 "$rounds"); do
    c0=$(cpu_ticks "$pid")
    p_rates+=("$(run "$base$link")")
    c1=$(cpu_ticks "$pid")
    p_cpu=$(( p_cpu + c1 - c0 ))
    n0=0; for w in $(nginx_workers); do n0=$(( n0 + $(cpu_ticks "$w") )); done
    n_rates+=("$(run "$nginx_url")")
    n1=0; for w in $(nginx_workers); do n1=$(( n1 + $(cpu_ticks "$w") )); done
    n_cpu=$(( n_cpu + n1 - n0 ))
    echo "  $mode round $r: Pressroom ${p_rates[-1]} MB/s, nginx ${n_rates[-1]} MB/s (load $(cut -d' ' -f1 /proc/loadavg))" >&2
  done
  kill "$sampler" 2>/dev/null || true
  wait "$sampler" 2>/dev/null || true
  sampler=""
  p_med=$(echo "${p_rates[*]}" | median)
  n_med=$(echo "${n_rates[*]}" | median)
  gb=$(awk -v n="$clients" -v s="$size" -v r="$rounds" 'BEGIN { print n * s * r / 1e9 }')
  rss=$(awk 'NR == 1 { first = $1; min = $1; max = $1 } { if ($1 < min) min = $1; if ($1 > max) max = $1; last = $1 }
    END { printf "%d %d %d %d %d", first / 1024, min / 1024, max / 1024, last / 1024, NR }' "$work/rss.txt")
  logged=$(curl -s -b "$jar_cookies" "$base/en/downloads" | grep -c 'class="download-received">Complete<' || true)
  results+=("$mode|${p_rates[*]}|${n_rates[*]}|$p_med|$n_med|$(awk -v c="$p_cpu" -v t="$tick" -v g="$gb" 'BEGIN { printf "%.2f", c / t / g }')|$(awk -v c="$n_cpu" -v t="$tick" -v g="$gb" 'BEGIN { printf "%.2f", c / t / g }')|$rss|$logged")
done

echo
echo "$clients clients at once, whole file ($size bytes), $rounds rounds per server; Pressroom at $base, nginx at 127.0.0.1:$nginx_port"
for result in "${results[@]}"; do
  IFS='|' read -r mode p_all n_all p_med n_med p_cpu n_cpu rss logged <<<"$result"
  read -r rss_first rss_min rss_max rss_last samples <<<"$rss"
  ratio=$(awk -v p="$p_med" -v n="$n_med" 'BEGIN { printf "%.2f", (n > 0 ? p / n : 0) }')
  verdict=$(awk -v r="$ratio" 'BEGIN { print (r >= 0.9 ? "meets the 0.9 target" : "below the 0.9 target") }')
  echo "transfer=$mode"
  echo "  Pressroom MB/s: $p_all (median $p_med) | CPU $p_cpu s per GB"
  echo "  nginx     MB/s: $n_all (median $n_med) | CPU $n_cpu s per GB (workers)"
  echo "  ratio Pressroom / nginx: $ratio ($verdict)"
  echo "  Pressroom RSS during its runs: first $rss_first MiB, min $rss_min, max $rss_max, last $rss_last ($samples samples)"
  echo "  downloads Pressroom logged as complete so far: $logged"
done
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
