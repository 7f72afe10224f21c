#!/usr/bin/env bash
# compare-shots.sh PNG_DIFF OUTDIR GOLDENS: every OUTDIR/*.png against GOLDENS/<same name> (per-channel
# tolerance 16, at most 1000 differing pixels; a diff image next to the shot). UPDATE_GOLDENS=1 copies
# the shots over the goldens instead. Exit status 1 when any shot differs or has no golden.
pngdiff=$1 outdir=$2 goldens=$3
fail=0
for shot in "$outdir"/*.png; do
  case "$shot" in *.diff.png) continue ;; esac
  golden="$goldens/$(basename "$shot")"
  if [ "${UPDATE_GOLDENS:-0}" = 1 ]; then
    cp "$shot" "$golden" && echo "updated $golden"
  elif [ ! -f "$golden" ]; then
    echo "no golden image $golden: run scripts/update-goldens.sh and review it"; fail=1
  else
    "$pngdiff" "$golden" "$shot" --tolerance 16 --max-pixels 1000 --diff "${shot%.png}.diff.png" || fail=1
  fi
done
exit $fail
