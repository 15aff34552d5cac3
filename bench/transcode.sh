#!/usr/bin/env bash
# The video pipeline's cost on a generated 60 s 1920x1080 25 fps master (testsrc2, H.264 ultrafast yuv420p, two
# PCM stereo sine tracks tagged eng and fra, in a .mov), all in one run:
#   1. pipeline: wall time of RenditionMaker.make() on the full default plan (RenditionLadder.defaults()), run
#      outside the application by bench/TranscodeBench.java on the packaged jar's classes: every ffmpeg command
#      plus the pipeline's own work (progress reading, probing and checksumming each output, moving it in place);
#   2. by hand: the very same ffmpeg commands (printed by the planner) run in sequence from bash with plain
#      ffmpeg in a fresh directory; the ratio pipeline / by hand (target <= 1.05);
#   3. preview: when, in step 1, the poster and the HLS preview (the plan's first two renditions) were complete,
#      from the progress callback, as a fraction of the clip's length (target <= 0.5); and, in the running
#      application, the time from the tus upload's last PATCH returning to GET /api/v1/videos/{id} saying
#      listing the HLS preview (polled every 100 ms), as a fraction of the clip's length: the application stores
#      the poster and the preview as soon as they are made, so staff can watch the video while the rest is made;
#      and the time to "ready" (every rendition stored).
# With rounds > 1, steps 1 and 2 repeat, alternating which goes first, and the ratio is of the sums.
# Run it on an otherwise idle machine: the 1-minute load average is printed at the start (with a warning above 1)
# and before each step, where it also counts the bench's own previous step.
# Usage: bench/transcode.sh [rounds]   (default 1; needs ffmpeg, ffprobe and curl; builds target/pressroom.jar if missing)
#        bench/transcode.sh 0          the application's part alone (upload, time to preview, time to ready)
#        CLIP_SECONDS=10 bench/transcode.sh   for a quick check of the script itself (the targets are for 60 s)
set -euo pipefail
cd "$(dirname "$0")/.."

rounds="${1:-1}"
clip_seconds="${CLIP_SECONDS:-60}"
jar=target/pressroom.jar
[ -f "$jar" ] || ./mvnw -q -B -DskipTests package
for tool in ffmpeg ffprobe curl; do
  command -v "$tool" >/dev/null || { echo "bench/transcode.sh needs $tool" >&2; exit 1; }
done

work="$(mktemp -d /tmp/pressroom-transcode-XXXXXX)"
pid=""
trap 'if [ -n "$pid" ]; then kill -TERM "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; fi; rm -rf "$work"' EXIT

load() { cut -d' ' -f1 /proc/loadavg; }
now() { date +%s%N; }
secs() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
calc() { awk "BEGIN { printf \"$1\", $2 }"; }
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { print (v <= t ? "meets" : "MISSES") }'; }

# A copy of the jar, so that a rebuild during the run changes nothing; its classes and libraries for the program.
cp "$jar" "$work/pressroom.jar"
mkdir -p "$work/app"
if command -v unzip >/dev/null; then
  unzip -q "$work/pressroom.jar" 'BOOT-INF/classes/*' 'BOOT-INF/lib/*' -d "$work/app"
else
  (cd "$work/app" && jar xf "$work/pressroom.jar" BOOT-INF/classes BOOT-INF/lib)
fi
cp_app="$work/app/BOOT-INF/classes:$work/app/BOOT-INF/lib/*"
bench() { java -cp "$cp_app" bench/TranscodeBench.java "$@"; }
quiet() { sed '/INFO org.pressroom.media.MediaTools/d'; } # the tool look-up's log line

echo "Pressroom transcode bench, $(ffmpeg -hide_banner -version | head -1 | cut -d' ' -f1-3), $(java -version 2>&1 | head -1), $(nproc) cores"
load_start=$(load)
echo "load average now: $(cut -d' ' -f1-3 /proc/loadavg) (1, 5, 15 min)"
awk -v l="$load_start" 'BEGIN { exit !(l > 1) }' && echo "warning: the machine is busy; the times below are not comparable with an idle run"

clip="$work/clip.mov"
t0=$(now)
ffmpeg -hide_banner -nostdin -loglevel error -y \
  -f lavfi -i "testsrc2=size=1920x1080:rate=25:duration=$clip_seconds" \
  -f lavfi -i "sine=frequency=440:sample_rate=48000:duration=$clip_seconds" \
  -f lavfi -i "sine=frequency=660:sample_rate=48000:duration=$clip_seconds" \
  -map 0:v -map 1:a -map 2:a -c:v libx264 -preset ultrafast -pix_fmt yuv420p -c:a pcm_s16le -ac 2 \
  -metadata:s:a:0 language=eng -metadata:s:a:1 language=fra "$clip"
clip_bytes=$(stat -c %s "$clip")
echo "clip: ${clip_seconds} s 1920x1080 25 fps H.264 + 2 PCM tracks (eng, fra), $(( clip_bytes / 1024 / 1024 )) MiB, generated in $(secs "$t0" "$(now)") s"

# The plan's commands, one a line: directory to create (or -), kind, shell-quoted ffmpeg arguments.
bench plan "$clip" "$work/commands.txt" | quiet
echo "plan: $(wc -l <"$work/commands.txt") renditions; the commands are run by hand as: ffmpeg -hide_banner -nostdin -nostats -y <arguments>"

declare -a hand_sum pipe_sum
names=()
pipeline_total=0
hand_total=0
preview_sum=0
preview_probe_sum=0

run_pipeline() { # $1: round
  echo "[round $1] pipeline: RenditionMaker.make() on the full default plan (1-min load $(load))"
  bench make "$clip" "$work/pipeline-$1" "$work/results-$1.txt" | quiet
  local i=0 name
  while name=$(sed -n "s/^rendition_${i}_name=//p" "$work/results-$1.txt") && [ -n "$name" ]; do
    names[i]="$name"
    pipe_sum[i]=$(calc "%.3f" "${pipe_sum[i]:-0} + $(sed -n "s/^rendition_${i}_seconds=//p" "$work/results-$1.txt")")
    i=$((i + 1))
  done
  pipeline_total=$(calc "%.3f" "$pipeline_total + $(sed -n 's/^pipeline_seconds=//p' "$work/results-$1.txt")")
  preview_sum=$(calc "%.3f" "$preview_sum + $(sed -n 's/^preview_done_seconds=//p' "$work/results-$1.txt")")
  preview_probe_sum=$(calc "%.3f" "$preview_probe_sum + $(sed -n 's/^preview_with_probe_seconds=//p' "$work/results-$1.txt")")
  echo "  make(): $(sed -n 's/^pipeline_seconds=//p' "$work/results-$1.txt") s"
  rm -rf "$work/pipeline-$1"
}

run_by_hand() { # $1: round
  local dir="$work/hand-$1" i=0 start t1 t2 outdir kind args
  local -a argv
  echo "[round $1] by hand: the same ffmpeg commands in sequence in a fresh directory (1-min load $(load))"
  mkdir -p "$dir"
  start=$(now)
  while IFS=$'\t' read -r outdir kind args; do
    [ "$outdir" = - ] || mkdir -p "$dir/$outdir"
    eval "argv=($args)"
    t1=$(now)
    (cd "$dir" && ffmpeg -hide_banner -nostdin -nostats -y "${argv[@]}" </dev/null 2>>"$work/hand-ffmpeg.log") \
      || { echo "ffmpeg failed on the $kind command; its log:" >&2; tail -20 "$work/hand-ffmpeg.log" >&2; exit 1; }
    t2=$(now)
    hand_sum[i]=$(calc "%.3f" "${hand_sum[i]:-0} + $(secs "$t1" "$t2")")
    printf '  %-26s %9.2f s\n' "$kind" "$(secs "$t1" "$t2")"
    i=$((i + 1))
  done <"$work/commands.txt"
  local total
  total=$(secs "$start" "$(now)")
  echo "  by hand: $total s"
  hand_total=$(calc "%.3f" "$hand_total + $total")
  rm -rf "$dir"
}

for round in $(seq 1 "$rounds"); do
  if [ $((round % 2)) -eq 1 ]; then run_pipeline "$round"; run_by_hand "$round"; else run_by_hand "$round"; run_pipeline "$round"; fi
done

# The application: upload by tus, poll the video until it is ready.
token="bench-$(od -An -N8 -tx8 /dev/urandom | tr -d ' ')"
echo "[app] starting the packaged jar (1-min load $(load))"
java -jar "$work/pressroom.jar" --server.port=0 --pressroom.data-dir="$work/data" --pressroom.media.upload.token="$token" \
  --logging.level.root=warn --logging.level.org.pressroom.system.StartupReport=info >"$work/pressroom.log" 2>&1 &
pid=$!
until grep -q "Pressroom is ready" "$work/pressroom.log"; do
  kill -0 "$pid" 2>/dev/null || { echo "Pressroom exited; see its log:" >&2; tail -20 "$work/pressroom.log" >&2; exit 1; }
  sleep 0.2
done
port=$(grep -o 'ready at http://localhost:[0-9]*' "$work/pressroom.log" | grep -o '[0-9]*$')
base="http://127.0.0.1:$port"
tus=(-H 'Tus-Resumable: 1.0.0' -H "Authorization: Bearer $token")
header() { tr -d '\r' <"$1" | awk -v name="$(echo "$2" | tr 'A-Z' 'a-z')" 'tolower($1) == name ":" { print $2 }'; }

curl -sS -o /dev/null -D "$work/post.h" -X POST "${tus[@]}" -H "Upload-Length: $clip_bytes" \
  -H "Upload-Metadata: filename $(printf clip.mov | base64),title $(printf 'Transcode bench' | base64)" "$base/api/v1/uploads"
location=$(header "$work/post.h" Location)
case "$location" in http*) ;; /*) location="$base$location" ;; *) echo "no upload created:" >&2; cat "$work/post.h" >&2; exit 1 ;; esac
echo "[app] uploading $(( clip_bytes / 1024 / 1024 )) MiB in one PATCH (1-min load $(load))"
t_patch0=$(now)
code=$(curl -sS -o "$work/patch.body" -D "$work/patch.h" -w '%{http_code}' -X PATCH "${tus[@]}" -H 'Upload-Offset: 0' \
  -H 'Content-Type: application/offset+octet-stream' -H 'Expect:' -T "$clip" "$location")
t_uploaded=$(now)
[ "$code" = 204 ] || { echo "the PATCH answered $code:" >&2; cat "$work/patch.body" >&2; exit 1; }
video="$base$(header "$work/patch.h" Pressroom-Video)"
echo "  PATCH took $(secs "$t_patch0" "$t_uploaded") s (the bytes, then storing the master and its SHA-256); polling $video every 100 ms"

t_renditions="" t_past_hls="" t_preview="" t_ready="" last_stage=""
while :; do
  t=$(now)
  json=$(curl -sS -H "Authorization: Bearer $token" "$video")
  status=$(grep -o '"status":"[a-z]*"' <<<"$json" | head -1 | cut -d'"' -f4)
  stage=$(grep -o '"stage":"[^"]*"' <<<"$json" | head -1 | cut -d'"' -f4 || true)
  if [ "$stage" != "$last_stage" ]; then
    printf '  %7.2f s  status %-10s stage %s\n' "$(secs "$t_uploaded" "$t")" "$status" "${stage:--}"
    last_stage="$stage"
  fi
  case "$stage" in
    ""|probe) ;;
    *) [ -n "$t_renditions" ] || t_renditions=$t
       case "$stage" in renditions|poster.jpg|hls) ;; *) [ -n "$t_past_hls" ] || t_past_hls=$t ;; esac ;;
  esac
  if [ -z "$t_preview" ] && { grep -q '"kind":"hls"' <<<"$json" || [ "$status" = ready ]; }; then t_preview=$t; fi
  [ "$status" = ready ] && { t_ready=$t; break; }
  [ "$status" = failed ] && { echo "the video failed: $json" >&2; exit 1; }
  [ "$(secs "$t_uploaded" "$t" | cut -d. -f1)" -lt 3600 ] || { echo "not ready after an hour" >&2; exit 1; }
  sleep 0.1
done
renditions=$(grep -o '"kind":"[a-z]*"' <<<"$json" | sort | uniq -c | awk '{ gsub(/"kind":|"/, "", $2); printf "%s%s %s", sep, $1, $2; sep = ", " }')
echo "  ready: $renditions files (load after: $(load))"
kill -TERM "$pid"
wait "$pid" 2>/dev/null || true
pid=""

# The table.
app_preview=$(secs "$t_uploaded" "$t_preview")
app_preview_fraction=$(calc "%.3f" "$app_preview / $clip_seconds")
ready=$(secs "$t_uploaded" "$t_ready")
ready_fraction=$(calc "%.3f" "$ready / $clip_seconds")
if [ "$rounds" -gt 0 ]; then
ratio=$(calc "%.3f" "$pipeline_total / $hand_total")
preview=$(calc "%.2f" "$preview_sum / $rounds")
preview_fraction=$(calc "%.3f" "$preview / $clip_seconds")
preview_probe=$(calc "%.2f" "$preview_probe_sum / $rounds")
echo
echo "Per rendition, mean of $rounds round(s): pipeline = from its start callback to the next one's (ffmpeg + checks + move), by hand = ffmpeg alone"
printf '  %-28s %12s %12s %8s\n' rendition "pipeline s" "by hand s" ratio
for i in "${!names[@]}"; do
  printf '  %-28s %12.2f %12.2f %8.3f\n' "${names[i]}" "$(calc "%.3f" "${pipe_sum[i]} / $rounds")" \
    "$(calc "%.3f" "${hand_sum[i]} / $rounds")" "$(calc "%.3f" "${pipe_sum[i]} / ${hand_sum[i]}")"
done
fi
echo
echo "Results, ${clip_seconds} s 1080p25 clip, $rounds round(s), $(nproc) cores; 1-min load at the start $load_start, at the end $(load)"
row() { printf '  %-72s %9s %9s %s\n' "$@"; }
row "" value target ""
if [ "$rounds" -gt 0 ]; then
row "pipeline: RenditionMaker.make(), full default plan" "$(calc "%.2f" "$pipeline_total / $rounds") s" "" ""
row "by hand: the same ffmpeg commands in sequence" "$(calc "%.2f" "$hand_total / $rounds") s" "" ""
row "ratio pipeline / by hand" "$ratio" "<= 1.05" "$(verdict "$ratio" 1.05)"
row "preview made: poster + HLS complete, from make() start (progress callback)" "$preview s" "" ""
row "  preview-ready fraction: that / clip length" "${preview_fraction}x" "<= 0.5x" "$(verdict "$preview_fraction" 0.5)"
row "  plus the probe and loudness the app's job runs first (not in make())" "$preview_probe s" \
  "$(calc "%.3f" "$preview_probe / $clip_seconds")x" ""
fi
row "app: upload complete (PATCH returned) -> HLS preview listed by the API" "$app_preview s" "" ""
row "  time-to-preview fraction: that / clip length" "${app_preview_fraction}x" "<= 0.5x" "$(verdict "$app_preview_fraction" 0.5)"
row "app: upload complete (PATCH returned) -> status ready (every rendition)" "$ready s" "" ""
row "  time-to-ready fraction: that / clip length" "${ready_fraction}x" "" ""
[ -z "$t_renditions" ] || row "  app: -> first poll with a rendition stage (probe + loudness done)" "$(secs "$t_uploaded" "$t_renditions") s" "" ""
[ -z "$t_past_hls" ] || row "  app: -> first poll with a stage past hls (stage is saved every 2 s)" "$(secs "$t_uploaded" "$t_past_hls") s" \
  "$(calc "%.3f" "$(secs "$t_uploaded" "$t_past_hls") / $clip_seconds")x" ""
exit 0
