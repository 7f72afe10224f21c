#!/bin/sh
# staff-leads.sh KIOSK KIOSKCTL CONFIG SCRIPT OUTDIR
# Staff find a lead on the staff leads screen and erase it (right to erasure) by touch:
# three demo leads go in with kioskctl, SCRIPT searches and erases one, and the export
# afterwards holds the two others and not the erased one.
set -eu
kiosk=$1 kioskctl=$2 config=$3 script=$4 outdir=$5
"$(dirname "$0")/with-display.sh" true || exit 77
rm -rf "$outdir"
mkdir -p "$outdir/data"
"$kioskctl" leads insert-demo --db "$outdir/data/leads.sqlite" --count 3 --event "Maker Faire" >"$outdir/ids.txt"
cd "$outdir"
"$kiosk" --config "$config" --size 1920x1080 --data-dir "$outdir/data" --script "$script" >"$outdir/kiosk.out" 2>&1 ||
  { echo "kiosk script failed:"; cat "$outdir/kiosk.out"; exit 1; }
"$kioskctl" leads export --db "$outdir/data/leads.sqlite" --format csv --out "$outdir/leads.csv" >/dev/null
fail=0
[ "$(grep -c . "$outdir/leads.csv")" -eq 3 ] || { echo "expected two leads left:"; cat "$outdir/leads.csv"; fail=1; }
# The script searches for the second demo lead's last name and erases it.
if grep -qF "$(sed -n 2p "$outdir/ids.txt")" "$outdir/leads.csv"; then echo "the erased lead is still exported"; fail=1; fi
exit $fail
