#!/bin/sh
# kiosk-sync.sh KIOSK KIOSKCTL OUTDIR, run by with-postgres.sh: the kiosk's in-process sync
# ([sync], interval 1 s, back-off up to 4 s) against the throwaway PostgreSQL. Leads written
# to a running kiosk's store arrive in PostgreSQL; with the server stopped the kiosk backs off
# (growing, jittered waits in its log) and loses nothing; once it is back they all arrive.
set -u
kiosk=$1 kioskctl=$2 outdir=$3
here=$(cd "$(dirname "$0")" && pwd)
"$here/../e2e/with-display.sh" true || exit 77
[ -n "${PG_TEST_CONNINFO:-}" ] || { echo "run me through tests/sync/with-postgres.sh"; exit 1; }
rm -rf "$outdir" && mkdir -p "$outdir" || exit 1
data="$outdir/data" db="$outdir/data/leads.sqlite"
pid=""
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null; }
trap cleanup EXIT
fail() { echo "FAIL: $*"; echo "--- kiosk log:"; grep -E "sync|error" "$outdir/kiosk.log" | tail -n 30; exit 1; }
count() { "$PG_TEST_PSQL" "$PG_TEST_CONNINFO" -Atc "SELECT count(*) FROM pid_lead" 2>/dev/null || echo -1; }
# wait_for SECONDS COMMAND...: polls every 0.2 s
wait_for() {
  limit=$(( $1 * 5 )); shift
  i=0
  while [ $i -lt $limit ]; do "$@" && return 0; sleep 0.2; i=$((i + 1)); done
  return 1
}
leads_are() { [ "$(count)" = "$1" ]; }
failures_at_least() { [ "$(grep -c 'sync: failed' "$outdir/kiosk.log")" -ge "$1" ]; }

"$kioskctl" pg-migrate --pg "$PG_TEST_CONNINFO" || fail "pg-migrate"
printf '%s connect_timeout=2\n' "$PG_TEST_CONNINFO" >"$outdir/pg.conninfo"
chmod 600 "$outdir/pg.conninfo"
cat >"$outdir/kiosk.toml" <<TOML
[kiosk]
id = "pid-sync-e2e"
[fonts]
regular = "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf"
bold = "/usr/share/fonts/truetype/noto/NotoSans-Bold.ttf"
icons = "/usr/share/fonts/truetype/font-awesome/fontawesome-webfont.ttf"
[paths]
assets = "$here/../../assets"
[sync]
conninfo_file = "pg.conninfo"
interval_s = 1
max_backoff_s = 4
TOML
"$kioskctl" leads insert-demo --db "$db" --count 3 --event "Fiera A" >/dev/null || fail "insert-demo"

"$kiosk" --config "$outdir/kiosk.toml" --size 800x600 --data-dir "$data" >"$outdir/kiosk.out" 2>"$outdir/kiosk.log" &
pid=$!
wait_for 30 leads_are 3 || fail "the 3 leads did not arrive (found $(count))"
echo "3 leads arrived from the running kiosk"

$PG_TEST_PGCTL stop -m fast >/dev/null || fail "cannot stop PostgreSQL"
"$kioskctl" leads insert-demo --db "$db" --count 2 --event "Fiera B" >/dev/null || fail "insert-demo while down"
wait_for 30 failures_at_least 4 || fail "no back-off: fewer than 4 failed attempts"
waits=$(sed -n 's/.*sync: failed (\([0-9]*\) in a row), retry in \([0-9]*\) ms.*/\1:\2/p' "$outdir/kiosk.log")
echo "server down, attempts (n:wait ms): $(echo $waits)"
# Interval 1 s, cap 4 s: the n-th wait is within [min(2^n,4)/2, min(2^n,4)] s.
for entry in $waits; do
  n=${entry%%:*} ms=${entry##*:}
  top=$(( n >= 2 ? 4000 : 2000 ))
  [ "$ms" -ge $((top / 2)) ] && [ "$ms" -le "$top" ] || fail "wait $ms ms after $n failures is outside [$((top / 2)), $top]"
done
kill -0 "$pid" 2>/dev/null || fail "the kiosk died while the server was down"

$PG_TEST_PGCTL start >/dev/null || fail "cannot restart PostgreSQL"
wait_for 30 leads_are 5 || fail "after recovery $(count) leads instead of 5"
grep -q "sync: the central database answers again" "$outdir/kiosk.log" || fail "no recovery in the log"
echo "server back: all 5 leads arrived, none lost"

kill -TERM "$pid"; wait "$pid"; rc=$?; pid=""
[ "$rc" = 0 ] || fail "the kiosk exited with $rc"
echo "ok"
