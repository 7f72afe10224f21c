#!/usr/bin/env bash
# test.sh: sets everything up and runs every test: units, the kiosk driven end to end and
# the golden screenshots under Xvfb + Mesa llvmpipe, then the units again under
# AddressSanitizer + UndefinedBehaviorSanitizer. Exits non-zero if anything fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
jobs=$(nproc)

echo "== tests (Xvfb + llvmpipe) =="
# A fresh server per run; LIBGL_ALWAYS_SOFTWARE pins llvmpipe so goldens match everywhere.
LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
  ctest --test-dir "$root/build" --output-on-failure -j "$jobs"

echo "== unit tests under ASan + UBSan =="
cmake -S "$root" -B "$root/build/asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKIOSK_SANITIZERS=address,undefined
cmake --build "$root/build/asan"
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$root/build/asan" -L unit --output-on-failure -j "$jobs"
