#!/usr/bin/env bash
# test.sh: sets everything up and runs every test: units, the kiosk driven end to end and
# the golden screenshots under Xvfb + Mesa llvmpipe, then the units again under
# AddressSanitizer + UndefinedBehaviorSanitizer, the worker/queue tests under ThreadSanitizer
# and a short libFuzzer run of every parser (scripts/fuzz.sh). Exits non-zero if anything fails.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"
jobs=$(nproc)

# Test-only packages: a PostgreSQL server for the fleet-sync tests (started per test run
# on a loopback port as an ordinary user; the package's own cluster is not used).
if ! dpkg-query -W -f='${Status}' postgresql 2>/dev/null | grep -q "install ok installed"; then
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends postgresql
fi

echo "== tests (Xvfb + llvmpipe) =="
# A fresh server per run; LIBGL_ALWAYS_SOFTWARE pins llvmpipe so goldens match everywhere.
LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
  ctest --test-dir "$root/build" --output-on-failure -j "$jobs"

echo "== unit tests under ASan + UBSan =="
cmake -S "$root" -B "$root/build/asan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKIOSK_SANITIZERS=address,undefined
# Only the unit-test binaries (test_<module>): the kiosk, tools and benchmarks are not run here.
unit_targets=$(ninja -C "$root/build/asan" -t targets all | sed -n 's/^\(test_[a-z_]*\): .*/\1/p' | sort -u)
cmake --build "$root/build/asan" --target $unit_targets
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir "$root/build/asan" -L unit --output-on-failure -j "$jobs"

echo "== worker and queue tests under ThreadSanitizer =="
# Mailbox/Worker, the serial and reader workers, the printer, lead and assessment-stats services.
cmake -S "$root" -B "$root/build/tsan" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DKIOSK_SANITIZERS=thread
tsan_tests=(devices_core devices_serial devices_reader kiosk_app printer_service)
cmake --build "$root/build/tsan" --target "${tsan_tests[@]/#/test_}"
TSAN_OPTIONS=halt_on_error=1:second_deadlock_stack=1 \
  ctest --test-dir "$root/build/tsan" -R "^($(IFS='|'; echo "${tsan_tests[*]}"))\$" --output-on-failure -j "$jobs"

echo "== libFuzzer: every parser, briefly (scripts/fuzz.sh SECONDS for longer) =="
"$root/scripts/fuzz.sh" "${KIOSK_FUZZ_SECONDS:-10}"
