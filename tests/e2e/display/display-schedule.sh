#!/bin/sh
# display-schedule.sh KIOSK PNG_DIFF OUTDIR: the display power schedule end to end, with the
# wall clock set by --now: black outside the opening hours (a screenshot that is all black),
# a touch wakes it and is swallowed, it blanks again after wake_s (6 s), it lights up at opening
# time by itself, and a blank kiosk renders next to no frames (against the same 5 s awake, with
# the attract slides changing four times a second).
set -u
kiosk=$1 pngdiff=$2 outdir=$3
here=$(cd "$(dirname "$0")" && pwd)
"$here/../with-display.sh" true || exit 77
rm -rf "$outdir" && mkdir -p "$outdir" && cd "$outdir" || exit 1
config="$here/display-schedule.toml"
run() {  # run NAME NOW SCRIPT [more kiosk options]
  name=$1 now=$2 script=$3; shift 3
  if ! "$kiosk" --config "$config" --size 1280x720 --data-dir "$outdir/data-$name" --now "$now" \
       --script "$here/$script" --frame-stats "$@" >"$outdir/$name.out" 2>"$outdir/$name.log"; then
    echo "FAIL: $name"; cat "$outdir/$name.log"; exit 1
  fi
}
# Frames drawn after the script's mark-frames: the steady state, not the start-up's frames
# (window mapped, exposed, focused: a loaded X server spreads those out).
frames() { sed -n 's/^frame-stats: frames since mark=\([0-9]*\).*/\1/p' "$outdir/$1.out"; }

run outside "2026-03-12T23:00" outside-hours.script
"$pngdiff" "$here/black-1280x720.png" off.png --tolerance 0 --max-pixels 0 || { echo "FAIL: not black outside hours"; exit 1; }
if "$pngdiff" "$here/black-1280x720.png" awake.png --tolerance 0 --max-pixels 1000 >/dev/null 2>&1; then
  echo "FAIL: still black after the wake-up touch"; exit 1
fi
grep -q "display: woken by a touch" "$outdir/outside.log" || { echo "FAIL: no wake in the log"; exit 1; }

run opening "2026-03-12T07:59:57" opening-time.script

run blank "2026-03-12T23:00" idle-blank.script
run open "2026-03-12T10:00" idle-open.script
blank=$(frames blank) open=$(frames open)
echo "frames in 5 s: blank $blank, open hours $open"
[ -n "$blank" ] && [ "$blank" -le 4 ] || { echo "FAIL: a blank kiosk rendered $blank frames in 5 s"; exit 1; }
[ -n "$open" ] && [ "$open" -ge 12 ] || { echo "FAIL: the awake attract loop should draw far more ($open)"; exit 1; }
echo "ok"
