#!/usr/bin/env bash
# update-goldens.sh: re-renders every screen in every language into tests/golden/ after an
# intended visual change. Look at the new images before committing them.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cmake --build "$root/build"
screens=(attract home assessment assessment-question assessment-results demos library contact contact-done staff-pin staff
         staff-leads printer traceability staff-dashboard ar library-player)
for screen in "${screens[@]}"; do
  for lang in it en; do
    LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
      "$root/build/bin/kiosk" --config "$root/tests/e2e/kiosk-test.toml" --screen "$screen" --lang "$lang" \
      --size 1920x1080 --shot "$root/tests/golden/$screen-$lang.png" --data-dir "$root/build/golden-data" 2>/dev/null
    echo "tests/golden/$screen-$lang.png"
  done
done
# The lead form's steps, shot during a scripted visit (tests/e2e/leads/visit-*.script).
for lang in it en; do
  UPDATE_GOLDENS=1 LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
    "$root/tests/e2e/lead-visit.sh" "$root/build/bin/kiosk" "$root/build/bin/kioskctl" "$root/build/bin/png-diff" \
    "$root/tests/e2e/kiosk-test.toml" "$root/tests/e2e/leads/visit-$lang.script" "$lang" \
    "$root/build/lead-visit-$lang" "$root/tests/golden"
done
# The reader demos with the fake reader: badge prefill on the lead form, the traceability timeline.
UPDATE_GOLDENS=1 LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
  "$root/tests/reader/badge-visit.sh" "$root/build/bin/kiosk" "$root/build/bin/kioskctl" "$root/build/bin/png-diff" \
  "$root/tests/reader/kiosk-reader-test.toml" "$root/tests/reader/badge-visit.script" "$root/tests/reader/badge-scans.txt" \
  "$root/build/reader-badge-prefill" "$root/tests/golden"
UPDATE_GOLDENS=1 LIBGL_ALWAYS_SOFTWARE=1 xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
  "$root/tests/reader/traceability.sh" "$root/build/bin/kiosk" "$root/build/bin/png-diff" \
  "$root/tests/reader/kiosk-reader-test.toml" "$root/tests/reader/traceability.script" "$root/tests/reader/trace-scans.txt" \
  "$root/build/reader-traceability" "$root/tests/golden"
