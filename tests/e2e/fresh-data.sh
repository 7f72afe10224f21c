#!/bin/sh
# fresh-data.sh DIR CMD...: runs CMD with DIR emptied first, for tests whose outcome depends on
# what an earlier run left in the data folder (a changed PIN).
rm -rf "$1" && mkdir -p "$1" || exit 1
shift
exec "$@"
