#!/bin/sh
# check-golden.sh KIOSK PNG_DIFF CONFIG SCREEN LANG GOLDEN OUTDIR
# Renders one screen with `kiosk --shot` and compares it with its golden image.
set -eu
kiosk=$1 pngdiff=$2 config=$3 screen=$4 lang=$5 golden=$6 outdir=$7
dir=$(dirname "$0")
"$dir/../e2e/with-display.sh" true || exit 77
mkdir -p "$outdir"
shot="$outdir/$screen-$lang.png"
"$kiosk" --config "$config" --shot "$shot" --screen "$screen" --lang "$lang" --size 1920x1080 \
  --data-dir "$outdir/data" 2>"$outdir/$screen-$lang.log" || { cat "$outdir/$screen-$lang.log"; exit 1; }
if [ ! -f "$golden" ]; then
  echo "no golden image $golden: run scripts/update-goldens.sh and review the result"
  exit 1
fi
# llvmpipe renders the same pixels run after run; the budget absorbs anti-aliasing noise
# from a different Mesa build, not layout changes (0.05% of 1920x1080).
exec "$pngdiff" "$golden" "$shot" --tolerance 16 --max-pixels 1000 --diff "$outdir/$screen-$lang.diff.png"
