#!/bin/sh
# with-postgres.sh CMD [ARGS...]: starts a throwaway PostgreSQL server on a loopback port in
# a temp dir (as an ordinary user: initdb refuses root), runs CMD with PG_TEST_CONNINFO set,
# then stops and removes it. Exits 77 (CTest "skipped", with the reason) when no server can
# be started, so a missing PostgreSQL never reads as a pass.
set -u
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ] || [ ! -x "$bindir/initdb" ]; then
  echo "skipped: no PostgreSQL server (Debian package postgresql; scripts/test.sh installs it)"
  exit 77
fi
dir=$(mktemp -d /tmp/pid-pg.XXXXXX)
as_user=""
if [ "$(id -u)" = 0 ]; then
  chown nobody:nogroup "$dir"
  as_user="setpriv --reuid=nobody --regid=nogroup --clear-groups --"
fi
cleanup() { $as_user "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1; rm -rf "$dir"; }
trap cleanup EXIT
if ! $as_user "$bindir/initdb" -D "$dir/data" -U pid --auth=trust -E UTF8 --locale=C >"$dir/initdb.log" 2>&1; then
  echo "skipped: initdb failed:"; cat "$dir/initdb.log"; exit 77
fi
# fsync off: the server's durability is not what these tests measure, and CI disks are slow.
started=""
for try in 1 2 3 4 5; do
  port=$(( 20000 + ($$ * 7 + try * 1009) % 30000 ))
  if $as_user "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=40" start >/dev/null 2>&1; then
    started=yes
    break
  fi
done
if [ -z "$started" ]; then echo "skipped: the PostgreSQL server did not start:"; cat "$dir/server.log"; exit 77; fi
$as_user "$bindir/createdb" -h 127.0.0.1 -p "$port" -U pid pid_test || exit 1
# For tests that stop and restart the server (server down, back-off): the start options go
# into its config so that a plain `$PG_TEST_PGCTL start` brings it back on the same port.
printf "port = %s\nunix_socket_directories = '%s'\nlisten_addresses = '127.0.0.1'\nfsync = off\n" "$port" "$dir" \
  >>"$dir/data/postgresql.conf"
export PG_TEST_PGCTL="$as_user $bindir/pg_ctl -D $dir/data -l $dir/server.log -w -t 30"
export PG_TEST_PSQL="$bindir/psql"
PG_TEST_CONNINFO="host=127.0.0.1 port=$port user=pid dbname=pid_test" "$@"
