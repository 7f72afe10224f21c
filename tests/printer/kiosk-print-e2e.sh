#!/usr/bin/env bash
# kiosk-print-e2e.sh KIOSK VIRTUAL_MARLIN SCRIPT OUTDIR: one scripted print, end to end. Starts
# virtual-marlin on a pty (time-scaled so the cube prints in ~25 s), runs the kiosk on it with the
# script, then checks on the printer's side that the whole job was executed. Shots go to OUTDIR.
# Exit 77 (CTest "skipped") without a display, like the other GL tests.
set -euo pipefail
kiosk=$(realpath "$1") marlin=$(realpath "$2") script=$(realpath "$3") out=$(realpath -m "$4")
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" && "${SDL_VIDEODRIVER:-}" != "offscreen" ]]; then
  echo "skipped: no display (run under Xvfb: scripts/test.sh does)"
  exit 77
fi
rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
pid=
cleanup() {
  [[ -n "$pid" ]] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

"$marlin" --link "$work/printer" --baud 250000 --time-scale 40 --stats "$work/stats.json" \
  --trace "$work/trace.txt" >"$out/virtual-marlin.log" 2>&1 &
pid=$!
for _ in $(seq 50); do [[ -e "$work/printer" ]] && break; sleep 0.1; done

status=0
(cd "$out" && "$kiosk" --config "$here/kiosk-printer.toml" --size 1920x1080 --lang it --screen printer \
  --data-dir "$work/data" --printer-port "$work/printer" --script "$script") >"$out/kiosk.log" 2>&1 || status=$?
kill "$pid" && wait "$pid" 2>/dev/null || true
pid=
if ((status != 0)); then
  echo "kiosk failed with $status:"; tail -n 30 "$out/kiosk.log"; exit "$status"
fi

# The printer's own record: every command of the job executed, none twice, and it ended cool.
cube="$here/../../assets/printer/calibration-cube.gcode"
expected=$(sed -e 's/;.*//' -e 's/[[:space:]]*$//' "$cube" | grep -c .)
executed=$(grep -c '^N' "$work/trace.txt" || true)
echo "job lines: $expected, numbered lines executed by the printer: $executed"
grep -q 'M104 S0' "$work/trace.txt" || { echo "the heaters were never switched off"; exit 1; }
if ((executed < expected)); then echo "the job did not run to the end"; exit 1; fi
cat "$work/stats.json"; echo
