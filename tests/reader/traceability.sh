#!/bin/sh
# traceability.sh KIOSK PNG_DIFF CONFIG SCRIPT SCANS OUTDIR GOLDEN_DIR
# The traceability demo with the fake reader (--reader fake:SCANS): a known tag shows the product's journey,
# an unknown one the kind message; checked by the script's screens and the screenshots' golden images.
set -eu
kiosk=$1 pngdiff=$2 config=$3 script=$4 scans=$5 outdir=$6 goldens=$7
"$(dirname "$0")/../e2e/with-display.sh" true || exit 77
rm -rf "$outdir"
mkdir -p "$outdir"
cd "$outdir"
"$kiosk" --config "$config" --size 1920x1080 --data-dir "$outdir/data" --reader "fake:$scans" --script "$script" \
  >"$outdir/kiosk.out" 2>&1 || { echo "kiosk script failed:"; cat "$outdir/kiosk.out"; exit 1; }
fail=0
[ "$(grep -c "reader: scan of .* to the traceability screen" "$outdir/kiosk.out")" -eq 2 ] ||
  { echo "expected two scans delivered to the traceability screen:"; grep "reader:" "$outdir/kiosk.out"; fail=1; }
"$(dirname "$0")/../e2e/compare-shots.sh" "$pngdiff" "$outdir" "$goldens" || fail=1
exit $fail
