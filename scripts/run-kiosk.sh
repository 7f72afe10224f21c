#!/usr/bin/env bash
# run-kiosk.sh: sets everything up and starts the kiosk with the demo content in assets/
# and the emulated devices. In a window by default; extra arguments go to the kiosk
# (e.g. --lang en, --screen home, or nothing but --config FILE for fullscreen).
# With no display it runs under Xvfb and says where its screenshots are.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
"$root/scripts/setup.sh"

args=("$@")
((${#args[@]})) || args=(--windowed)
data="$root/build/var"
mkdir -p "$data"
echo "run-kiosk: staff panel = long press in the bottom-left corner, demo PIN 2468"

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "run-kiosk: no display found, running under Xvfb (Ctrl+C to stop)."
  echo "run-kiosk: a screenshot of the start screen: $data/screen.png"
  xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
    "$root/build/bin/kiosk" --data-dir "$data" --shot "$data/screen.png" --size 1920x1080
  exec xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$root/build/bin/kiosk" --data-dir "$data" "${args[@]}"
fi
exec "$root/build/bin/kiosk" --data-dir "$data" "${args[@]}"
