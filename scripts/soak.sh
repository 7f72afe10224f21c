#!/usr/bin/env bash
# soak.sh [SESSIONS]: drives the real kiosk (kiosk --script, under Xvfb + llvmpipe when there is
# no display) through SESSIONS scripted visitor sessions (default 10000) that pass through every
# screen, with the printer demo on a virtual printer, in accelerated time: the UI clock runs
# SOAK_TIME_SCALE (40) times faster (idle timeouts, animations, long presses, script waits; a
# stalled machine does not pass for idle time: kiosk/core/loop_clock.h) and
# the UI laid out for 1920x1080 is drawn into SOAK_RENDER_SCALE (0.1) of each side, so llvmpipe
# fills 192x108 pixels; every screen, texture, draw call and worker runs as in a visit.
# Samples the kiosk's RSS (/proc/PID/status VmRSS) and open fds (/proc/PID/fd) at the start, every
# SOAK_SAMPLE_S seconds, after the warm-up (SOAK_WARMUP_ROUNDS, default the first tenth of the
# rounds, at least three) and at the end; fails if a session fails, RSS grew more than
# SOAK_MAX_GROWTH_KB (5120) after the warm-up (median of the last quarter of the samples against
# the first quarter; and the same for the RSS the kiosk logs at rest between visits), or the fd
# count changed. SOAK_CONFIG replaces tests/soak/soak-kiosk.toml.
# Build first: cmake --build build --target kiosk virtual-marlin.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sessions=${1:-10000}
build=${SOAK_BUILD:-$root/build}
sample_s=${SOAK_SAMPLE_S:-60}
max_growth_kb=${SOAK_MAX_GROWTH_KB:-5120}
out=${SOAK_OUT:-$build/soak}
time_scale=${SOAK_TIME_SCALE:-40}
render_scale=${SOAK_RENDER_SCALE:-0.1}
export LIBGL_ALWAYS_SOFTWARE=1

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  command -v xvfb-run >/dev/null || { echo "skipped: no display and no xvfb-run"; exit 77; }
  exec xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$0" "$@"
fi

visits="$root/tests/soak/visits.script"
per_round=$(sed -n 's/^# soak-sessions-per-round: *//p' "$visits")
rounds=$(((sessions + per_round - 1) / per_round))
warm=${SOAK_WARMUP_ROUNDS:-$((rounds / 10 > 3 ? rounds / 10 : 3))}
((rounds > warm)) || rounds=$((warm + 1))
rm -rf "$out" && mkdir -p "$out"

# The soak script: a quiet start, the warm-up rounds, a quiet moment on the attract loop for the
# warm-up sample, the measured rounds, the same quiet moment for the last sample (so both compare a kiosk at rest,
# not one in the middle of a visit). Progress is read from the kiosk's log (each session ends on
# the attract loop), not from marker screenshots, whose buffers would show in the RSS.
quiet() { awk -v k="$time_scale" 'BEGIN { printf "wait %d\n", 3000 * k }'; }  # 3 s of real time
{
  quiet  # the content worker reads the media and makes the thumbnails before the first visit
  echo "repeat $warm"; cat "$visits"; echo "end"; quiet
  echo "repeat $((rounds - warm))"; cat "$visits"; echo "end"; quiet
} >"$out/soak.script"

marlin_pid=
kiosk_pid=
cleanup() {
  [[ -n $kiosk_pid ]] && kill "$kiosk_pid" 2>/dev/null || true
  [[ -n $marlin_pid ]] && kill "$marlin_pid" 2>/dev/null || true
  wait 2>/dev/null || true
}
trap cleanup EXIT
"$build/bin/virtual-marlin" --link "$out/printer" --baud 115200 >"$out/virtual-marlin.log" 2>&1 &
marlin_pid=$!
for _ in $(seq 50); do [[ -e "$out/printer" ]] && break; sleep 0.1; done

"$build/bin/kiosk" --config "${SOAK_CONFIG:-$root/tests/soak/soak-kiosk.toml}" --size 1920x1080 --data-dir "$out/data" \
  --time-scale "$time_scale" --render-scale "$render_scale" \
  --printer-port "$out/printer" --script "$out/soak.script" >"$out/kiosk.log" 2>&1 &
kiosk_pid=$!
start=$SECONDS

# The media item on show is open in mpv while it plays (one fd, or none between items): those are
# counted apart, so the fd count compares like with like; more than one open at once is a leak too.
media_dir="$root/assets/media/"
done_sessions=0
sample() {  # sample LABEL: prints and remembers "rss fds media_fds"; the fd list goes to fds-LABEL.txt
  local rss fds media
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$kiosk_pid/status" 2>/dev/null) || return 1
  [[ -n $rss ]] || return 1
  find "/proc/$kiosk_pid/fd" -mindepth 1 -maxdepth 1 -printf '%f %l\n' 2>/dev/null | sort -n >"$out/fds-$1.txt"
  media=$(grep -c " $media_dir" "$out/fds-$1.txt" || true)
  fds=$(($(wc -l <"$out/fds-$1.txt") - media))
  printf '%-8s t=%6ds  sessions %6d  RSS %7d KiB  fds %3d (+%d media)\n' "$1" $((SECONDS - start)) \
    "$done_sessions" "$rss" "$fds" "$media" | tee -a "$out/samples.txt"
  last="$rss $fds $media"
}

echo "== soak: $((rounds * per_round)) sessions ($rounds rounds of $per_round, $warm warm-up), samples every ${sample_s}s," \
  "time x$time_scale, drawn at x$render_scale"
sleep 3   # past start-up: fonts, textures, workers
sample start || true
warm_at= end_at= next=$((SECONDS + sample_s))
while kill -0 "$kiosk_pid" 2>/dev/null; do
  done_sessions=$(grep -c "screen: attract" "$out/kiosk.log" || true)
  if [[ -z $warm_at ]] && ((done_sessions >= warm * per_round)); then sleep 1; sample warm-up && warm_at=$last; fi
  if [[ -z $end_at ]] && ((done_sessions >= rounds * per_round)); then sleep 1; sample end && end_at=$last; fi
  if ((SECONDS >= next)); then sample sample || true; next=$((SECONDS + sample_s)); fi
  sleep 0.5
done
status=0
wait "$kiosk_pid" || status=$?
kiosk_pid=
elapsed=$((SECONDS - start))
if ((status != 0)) || [[ -z $warm_at || -z $end_at ]]; then
  echo "soak: the kiosk failed (exit $status) after ${elapsed}s; last lines of $out/kiosk.log:" >&2
  tail -n 20 "$out/kiosk.log" >&2
  exit 1
fi
read -r warm_rss warm_fds _ <<<"$warm_at"
read -r end_rss end_fds end_media <<<"$end_at"
# median(a, lo, hi) of an awk array, shared by both growth figures below.
awk_median='function median(a, lo, hi,   n, i, j, t, b) {
    n = 0; for (i = lo; i <= hi; i++) b[++n] = a[i]
    for (i = 2; i <= n; i++) for (j = i; j > 1 && b[j - 1] > b[j]; j--) { t = b[j]; b[j] = b[j - 1]; b[j - 1] = t }
    return b[int((n + 1) / 2)]
  }'
# RSS growth: the median of the last quarter of the samples after the warm-up against the median
# of the first quarter. One sample swings by ~15 MiB with what is on show (a video's decoder
# buffers on the attract loop, a visit's screen); a leak moves the whole curve.
read -r first_rss last_rss n_samples min_rss max_rss < <(awk -v from=$((warm * per_round)) '
  '"$awk_median"'
  { for (i = 1; i < NF; i++) { if ($i == "sessions") s = $(i + 1); if ($i == "RSS") r = $(i + 1) } }
  s >= from { v[++n] = r; if (n == 1 || r < lo) lo = r; if (r > hi) hi = r }
  END { if (n < 4) { print 0, 0, n, 0, 0; exit } q = int(n / 4); print median(v, 1, q), median(v, n - q + 1, n), n, lo, hi }
' "$out/samples.txt")
((n_samples >= 4)) || { echo "soak: only $n_samples samples after the warm-up; lower SOAK_SAMPLE_S" >&2; exit 1; }
growth=$((last_rss - first_rss))
# The same at rest: the kiosk logs its RSS and in-use heap each time a visit ends (after giving
# freed memory back), always at the same point of the cycle, so these medians barely swing.
read -r rest_n rest_first rest_last heap_first heap_last < <(sed -n 's/.*memory: between visits, RSS \([0-9]*\) KiB, heap in use \([0-9]*\) KiB.*/\1 \2/p' \
  "$out/kiosk.log" | awk -v from=$((warm * per_round)) '
  '"$awk_median"'
  NR > from { r[++n] = $1; h[n] = $2 }
  END { if (n < 8) { print n, 0, 0, 0, 0; exit } q = int(n / 4)
        print n, median(r, 1, q), median(r, n - q + 1, n), median(h, 1, q), median(h, n - q + 1, n) }')
echo "soak: $((rounds * per_round)) sessions in ${elapsed}s ($(awk -v s=$elapsed -v n=$((rounds * per_round)) 'BEGIN{printf "%.2f", s/n}') s/session);" \
  "RSS over $n_samples samples after the warm-up: first quarter $first_rss KiB, last quarter $last_rss KiB" \
  "(median; growth $growth KiB, limit $max_growth_kb; range $min_rss..$max_rss); at rest $warm_rss -> $end_rss KiB;" \
  "fds $warm_fds -> $end_fds"
echo "soak: at rest between $rest_n visits after the warm-up (median of the first and last quarter): RSS" \
  "$rest_first -> $rest_last KiB ($((rest_last - rest_first)) KiB), heap in use $heap_first -> $heap_last KiB" \
  "($((heap_last - heap_first)) KiB)"
((growth <= max_growth_kb)) || { echo "soak: RSS grew by $growth KiB" >&2; exit 1; }
((rest_n >= 8)) || { echo "soak: only $rest_n visits logged their memory after the warm-up" >&2; exit 1; }
((rest_last - rest_first <= max_growth_kb)) || { echo "soak: RSS at rest grew by $((rest_last - rest_first)) KiB" >&2; exit 1; }
((end_fds == warm_fds)) || { echo "soak: open fds changed $warm_fds -> $end_fds (lists: $out/fds-*.txt)" >&2; exit 1; }
((end_media <= 1)) || { echo "soak: $end_media media files open at once" >&2; exit 1; }
