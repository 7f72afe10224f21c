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

# The emulated 3D printer: a virtual Marlin board on a pty at $data/printer, for the printer demo
# (Demos -> 3D printing). Stopped with the kiosk. Heating and moves run 5x faster than a real printer.
printer="$data/printer"
rm -f "$printer"
"$root/build/bin/virtual-marlin" --link "$printer" --baud 115200 --time-scale 5 >"$data/virtual-marlin.log" 2>&1 &
marlin=$!
trap 'kill "$marlin" 2>/dev/null; wait "$marlin" 2>/dev/null || true' EXIT
trap 'exit 130' INT TERM
echo "run-kiosk: virtual 3D printer on $printer (log: $data/virtual-marlin.log)"
kiosk_args=(--data-dir "$data" --printer-port "$printer")
# The emulated RFID/barcode reader: plays assets/reader/demo-scans.txt in a loop, a scan every 6 s (a badge for
# "Scan your badge" on the contact form, then the traceability demo's product tags and an unknown tag).
kiosk_args+=(--reader "fake:$root/assets/reader/demo-scans.txt")
echo "run-kiosk: emulated reader playing assets/reader/demo-scans.txt (Demos -> RFID e codici a barre)"

# The AR demo's camera: a real one when there is one, else generated cards moving in front of the
# camera (Demos -> Augmented reality). CAMERA=file:clip.mp4 plays a recording instead.
camera=${CAMERA:-}
if [[ -z "$camera" ]]; then
  camera=synthetic
  for node in /dev/video*; do [[ -e "$node" ]] && { camera=$node; break; }; done
fi
echo "run-kiosk: AR demo camera: $camera"
kiosk_args+=(--camera "$camera")

if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
  echo "run-kiosk: no display found, running under Xvfb (Ctrl+C to stop)."
  echo "run-kiosk: a screenshot of the start screen: $data/screen.png"
  xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" \
    "$root/build/bin/kiosk" "${kiosk_args[@]}" --shot "$data/screen.png" --size 1920x1080
  xvfb-run -a -s "-screen 0 1920x1080x24 -nolisten tcp" "$root/build/bin/kiosk" "${kiosk_args[@]}" "${args[@]}"
  exit
fi
# Not exec: the trap must outlive the kiosk to stop the virtual printer.
"$root/build/bin/kiosk" "${kiosk_args[@]}" "${args[@]}"
