#!/bin/sh
# Runs a GL test only where it can draw: exit 77 (CTest "skipped") without a display.
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ "${SDL_VIDEODRIVER:-}" != "offscreen" ]; then
  echo "skipped: no display (run under Xvfb: scripts/test.sh does)"
  exit 77
fi
exec "$@"
