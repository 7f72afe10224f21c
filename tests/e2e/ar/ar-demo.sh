#!/bin/sh
# ar-demo.sh KIOSK PNGDIFF CONFIG OUTDIR GOLDENS
# A visitor opens the AR demo with a file camera: the models stand on the cards in the screenshot
# (compared with its golden; UPDATE_GOLDENS=1 rewrites it), the camera starts on the screen and stops
# when it is left (log lines), and the detector found the cards (no camera problem).
set -eu
kiosk=$1 pngdiff=$2 config=$3 outdir=$4 goldens=$5
here=$(cd "$(dirname "$0")" && pwd)
"$here/../with-display.sh" true || exit 77
rm -rf "$outdir"
mkdir -p "$outdir"
cd "$outdir"   # the script's `shot` paths are relative
"$kiosk" --config "$config" --size 1920x1080 --data-dir "$outdir/data" --camera "file:$here/camera" \
  --script "$here/ar-demo.script" >"$outdir/kiosk.out" 2>&1 || { echo "kiosk script failed:"; cat "$outdir/kiosk.out"; exit 1; }
fail=0
grep -q "ar: camera started (file)" "$outdir/kiosk.out" || { echo "the camera did not start on the AR screen"; fail=1; }
grep -q "ar: camera stopped" "$outdir/kiosk.out" || { echo "the camera did not stop when the screen was left"; fail=1; }
"$here/../compare-shots.sh" "$pngdiff" "$outdir" "$goldens" || fail=1
exit $fail
