#!/usr/bin/env bash
# soak.sh [SESSIONS]: drives the real kiosk (kiosk --script, under Xvfb + llvmpipe when there is
# no display) through SESSIONS scripted visitor sessions (default 10000) that pass through every
# screen, with accelerated time (tests/soak/soak-kiosk.toml) and the printer demo on a virtual
# printer. Samples the kiosk's RSS (/proc/PID/status VmRSS) and open fds (/proc/PID/fd) at the
# start, every SOAK_SAMPLE_S seconds, after the warm-up (SOAK_WARMUP_ROUNDS, default the first tenth
# of the rounds, at least three) and at the end; fails if a session fails, RSS grew more than SOAK_MAX_GROWTH_KB (5120)
# after the warm-up, or the fd count changed. Build first: cmake --build build --target kiosk virtual-marlin.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
sessions=${1:-10000}
build=${SOAK_BUILD:-$root/build}
sample_s=${SOAK_SAMPLE_S:-60}
max_growth_kb=${SOAK_MAX_GROWTH_KB:-5120}
out=${SOAK_OUT:-$build/soak}
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

# The soak script: every round, then a quiet moment for the last sample. Progress is read from
# the kiosk's log (each session ends on the attract loop), not from marker screenshots, whose
# buffers would show in the RSS.
{
  echo "repeat $rounds"; cat "$visits"; echo "end"
  echo "wait 3000"
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

"$build/bin/kiosk" --config "$root/tests/soak/soak-kiosk.toml" --size 1920x1080 --data-dir "$out/data" \
  --printer-port "$out/printer" --script "$out/soak.script" >"$out/kiosk.log" 2>&1 &
kiosk_pid=$!
start=$SECONDS

sample() {  # sample LABEL: prints and remembers "rss fds"
  local rss fds
  rss=$(awk '/^VmRSS/ {print $2}' "/proc/$kiosk_pid/status" 2>/dev/null) || return 1
  fds=$(find "/proc/$kiosk_pid/fd" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l)
  [[ -n $rss ]] || return 1
  printf '%-8s t=%6ds  RSS %7d KiB  fds %3d\n' "$1" $((SECONDS - start)) "$rss" "$fds" | tee -a "$out/samples.txt"
  last="$rss $fds"
}

echo "== soak: $((rounds * per_round)) sessions ($rounds rounds of $per_round, $warm warm-up), samples every ${sample_s}s"
sleep 3   # past start-up: fonts, textures, workers
sample start || true
warm_at= end_at= next=$((SECONDS + sample_s))
while kill -0 "$kiosk_pid" 2>/dev/null; do
  done_sessions=$(grep -c "screen: attract" "$out/kiosk.log" || true)
  if [[ -z $warm_at ]] && ((done_sessions >= warm * per_round)); then sample warm-up && warm_at=$last; fi
  if [[ -z $end_at ]] && ((done_sessions >= rounds * per_round)); then sample end && end_at=$last; fi
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
read -r warm_rss warm_fds <<<"$warm_at"
read -r end_rss end_fds <<<"$end_at"
growth=$((end_rss - warm_rss))
echo "soak: $((rounds * per_round)) sessions in ${elapsed}s ($(awk -v s=$elapsed -v n=$((rounds * per_round)) 'BEGIN{printf "%.2f", s/n}') s/session);" \
  "RSS after warm-up $warm_rss KiB, at the end $end_rss KiB (growth $growth KiB, limit $max_growth_kb); fds $warm_fds -> $end_fds"
((growth <= max_growth_kb)) || { echo "soak: RSS grew by $growth KiB" >&2; exit 1; }
((end_fds == warm_fds)) || { echo "soak: open fds changed $warm_fds -> $end_fds" >&2; exit 1; }
