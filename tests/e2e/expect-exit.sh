#!/bin/sh
# expect-exit.sh CODE CMD...: passes when CMD exits with CODE (e.g. the kiosk's restart code 75).
want=$1
shift
"$@"
got=$?
[ "$got" = "$want" ] && exit 0
echo "expected exit code $want, got $got"
exit 1
