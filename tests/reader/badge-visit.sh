#!/bin/sh
# badge-visit.sh KIOSK KIOSKCTL PNG_DIFF CONFIG SCRIPT SCANS OUTDIR GOLDEN_DIR
# The kiosk with the fake reader (--reader fake:SCANS): a visitor's badge prefills the lead form, the lead
# is sent (SCRIPT), then:
#  1. `kioskctl leads export` has the prefilled fields and the badge reference;
#  2. the canary: no log holds the badge's email, phone, surname or id;
#  3. the screenshots match their golden images (UPDATE_GOLDENS=1 rewrites them).
set -eu
kiosk=$1 kioskctl=$2 pngdiff=$3 config=$4 script=$5 scans=$6 outdir=$7 goldens=$8
"$(dirname "$0")/../e2e/with-display.sh" true || exit 77
# What badge-scans.txt carries; keep in step with it.
first="Giulietta" last="Canarini" company="Ceramiche Canarini srl" email="giulietta.canary5d1e@example.it"
phone="390759876543" badge="EVT26-7F3A9C21D4E8"
rm -rf "$outdir"
mkdir -p "$outdir"
cd "$outdir"   # the script's `shot` paths are relative
"$kiosk" --config "$config" --size 1920x1080 --data-dir "$outdir/data" --reader "fake:$scans" --script "$script" \
  >"$outdir/kiosk.out" 2>&1 || { echo "kiosk script failed:"; cat "$outdir/kiosk.out"; exit 1; }

"$kioskctl" leads export --db "$outdir/data/leads.sqlite" --format csv --out "$outdir/leads.csv" >/dev/null
fail=0
for want in "$first" "$last" "$company" "$email" "$phone" "$badge"; do
  grep -qF -- "$want" "$outdir/leads.csv" || { echo "export lacks '$want'"; fail=1; }
done
head -1 "$outdir/leads.csv" | grep -q "badge_ref" || { echo "export has no badge_ref column"; fail=1; }
[ "$(grep -c . "$outdir/leads.csv")" -eq 2 ] || { echo "export should hold one lead:"; cat "$outdir/leads.csv"; fail=1; }

# The canary: every log the kiosk wrote, and what it printed. The badge outcome is logged, never its content.
for secret in "$email" "$phone" "0759876543" "$last" "$badge"; do
  if grep -rlF -- "$secret" "$outdir/data/logs" "$outdir/kiosk.out"; then
    echo "personal data '$secret' found in the logs above"
    fail=1
  fi
done
grep -q "badge: id only" "$outdir/kiosk.out" || { echo "the id scan was not read into the form"; fail=1; }
grep -q "badge: filled (5 fields filled)" "$outdir/kiosk.out" || { echo "the MECARD did not fill 5 fields"; fail=1; }
[ -n "$(ls "$outdir/data/logs" 2>/dev/null)" ] || { echo "no log files were written: the canary checked nothing"; fail=1; }

"$(dirname "$0")/../e2e/compare-shots.sh" "$pngdiff" "$outdir" "$goldens" || fail=1
exit $fail
