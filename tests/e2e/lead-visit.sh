#!/bin/sh
# lead-visit.sh KIOSK KIOSKCTL PNG_DIFF CONFIG SCRIPT LANG OUTDIR GOLDEN_DIR
# A visitor leaves a contact by tapping the on-screen keyboard (SCRIPT), then:
#  1. `kioskctl leads export` has the lead with every accent intact and its consent proof;
#  2. the canary: neither the visitor's email nor phone appears in any log file;
#  3. the form's screenshots match their golden images (UPDATE_GOLDENS=1 rewrites them).
set -eu
kiosk=$1 kioskctl=$2 pngdiff=$3 config=$4 script=$5 lang=$6 outdir=$7 goldens=$8
"$(dirname "$0")/with-display.sh" true || exit 77
# What the script types; keep in step with the .script files.
case $lang in
  it) first="Nicolò" last="D’Amà" company="Officina Università" email="nicolo.canary7f3a@example.it" phone="3337654321" ;;
  en) first="Chloé" last="Brontë" company="Zoë Ltd" email="chloe.canary9b2c@example.com" phone="2071234567" ;;
  *) echo "unknown language $lang"; exit 2 ;;
esac
rm -rf "$outdir"
mkdir -p "$outdir"
cd "$outdir"   # the script's `shot` paths are relative
"$kiosk" --config "$config" --size 1920x1080 --data-dir "$outdir/data" --script "$script" >"$outdir/kiosk.out" 2>&1 ||
  { echo "kiosk script failed:"; cat "$outdir/kiosk.out"; exit 1; }

"$kioskctl" leads export --db "$outdir/data/leads.sqlite" --format csv --out "$outdir/leads.csv" >/dev/null
fail=0
for want in "$first" "$last" "$company" "$email" "$phone"; do
  grep -qF -- "$want" "$outdir/leads.csv" || { echo "export lacks '$want'"; fail=1; }
done
[ "$(grep -c . "$outdir/leads.csv")" -eq 2 ] || { echo "export should hold one lead:"; cat "$outdir/leads.csv"; fail=1; }

# The canary: every log the kiosk wrote, and what it printed.
for secret in "$email" "$phone" "$last"; do
  if grep -rlF -- "$secret" "$outdir/data/logs" "$outdir/kiosk.out"; then
    echo "personal data '$secret' found in the logs above"
    fail=1
  fi
done
[ -n "$(ls "$outdir/data/logs" 2>/dev/null)" ] || { echo "no log files were written: the canary checked nothing"; fail=1; }

# The dashboard's anonymous counts (usage.sqlite): this visit and its lead, none of the visitor's data.
counts=$(sqlite3 "$outdir/data/usage.sqlite" \
  "SELECT kind || '=' || SUM(count) FROM usage_count WHERE kind IN ('session', 'lead') GROUP BY kind ORDER BY kind")
[ "$(echo $counts)" = "lead=1 session=1" ] || { echo "usage counts: want lead=1 session=1, got: $(echo $counts)"; fail=1; }
for secret in "$email" "$phone" "$last" "$company"; do
  if sqlite3 "$outdir/data/usage.sqlite" .dump | grep -qF -- "$secret"; then
    echo "personal data '$secret' found in usage.sqlite"
    fail=1
  fi
done

"$(dirname "$0")/compare-shots.sh" "$pngdiff" "$outdir" "$goldens" || fail=1
exit $fail
