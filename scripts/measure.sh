#!/usr/bin/env bash
# measure.sh: the kiosk's start-up and idle figures, under Xvfb + Mesa llvmpipe at 1920x1080.
#   start-up: time from process start to the first frame, RSS then and 5 s later
#   idle CPU: utime+stime from /proc over 60 s on the attract loop and on the home screen
#   frame time: p50/p99 while a finger scrolls the best-practice list
# Prints the figures; asserts nothing. Needs a build (scripts/setup.sh).
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
kiosk="$root/build/bin/kiosk"
config="$root/assets/config/kiosk.toml"
out=$(mktemp -d)
idle_seconds=${IDLE_SECONDS:-60}
export LIBGL_ALWAYS_SOFTWARE=1

run_x() { xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$@"; }

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

idle_cpu() {  # $1 = start screen
  local log="$out/idle-$1.log"
  run_x "$kiosk" --config "$config" --size 1920x1080 --screen "$1" --data-dir "$out/data" >"$log" 2>&1 &
  local wrapper=$! pid=""
  for _ in $(seq 50); do pid=$(pgrep -n -x kiosk || true); [[ -n $pid ]] && break; sleep 0.1; done
  sleep 5
  local rss; rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
  local t0; t0=$(cpu_ticks "$pid")
  sleep "$idle_seconds"
  local t1; t1=$(cpu_ticks "$pid")
  kill "$pid"; wait "$wrapper" || true
  local hz; hz=$(getconf CLK_TCK)
  awk -v d=$((t1 - t0)) -v hz="$hz" -v s="$idle_seconds" -v screen="$1" -v rss="$rss" \
    'BEGIN { printf "idle %-8s %d ticks in %d s = %.3f %% of one core; RSS after 5 s %.1f MiB\n", screen, d, s, 100 * d / hz / s, rss / 1024 }'
  grep -o "first frame [0-9]* ms after process start, RSS [0-9]* KiB" "$log" | sed "s/^/start-up ($1): /"
}

echo "== start-up and idle (${idle_seconds} s each) =="
idle_cpu attract
idle_cpu home

echo "== frame time while scrolling the library list =="
cat >"$out/scroll.script" <<'SCRIPT'
tap 960 540
tap 503 831
SCRIPT
for _ in $(seq 10); do
  printf 'drag 960 950 960 380 400\nwait 600\ndrag 960 380 960 950 400\nwait 600\n' >>"$out/scroll.script"
done
run_x "$kiosk" --config "$config" --size 1920x1080 --data-dir "$out/data" --script "$out/scroll.script" --frame-stats 2>/dev/null
rm -rf "$out"
