#!/usr/bin/env bash
# umockdev-replay.sh VIRTUAL_READER TEST_BINARY SCANS LAYOUT OUT_DIR [replay|hotplug|evdev]
# Generates a reader's device description and its reports with virtual-reader, then runs the test
# binary under umockdev so the real libusb code reads them: with umockdev-run and the device present
# from the start, or ("hotplug") under umockdev-wrapper, where the test plugs and unplugs it itself;
# "evdev" replays the hand-written evdev-scans.evemu to the evdev fallback instead.
# Exit 77 (skipped) without umockdev.
set -euo pipefail
virtual_reader=$1 test_binary=$2 scans=$3 layout=$4 out=$5 mode=${6:-replay}
if ! command -v umockdev-run >/dev/null; then
  echo "umockdev-run not installed (apt-get install umockdev): skipped"
  exit 77
fi
mkdir -p "$out"
"$virtual_reader" --format umockdev --vid 16c0 --pid 27db --bus 1 --device 5 > "$out/reader.umockdev"
"$virtual_reader" --format ioctl --layout "$layout" --scans "$scans" --bus 1 --device 5 > "$out/scans.ioctl"
export READER_SCANS=$scans READER_FIXTURES=$out
if [[ $mode == evdev ]]; then
  here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
  export READER_EVDEV=/dev/input/event5
  exec umockdev-run -d "$here/evdev-reader.umockdev" -e "/dev/input/event5=$here/evdev-scans.evemu" -- \
    "$test_binary" --gtest_filter='EvdevReplay.*'
fi
if [[ $mode == hotplug ]]; then
  "$virtual_reader" --format ioctl --scan FIRST-0001 > "$out/first.ioctl"
  # replugged into the next port: a new device number and sysfs name, as the kernel gives it
  "$virtual_reader" --format umockdev --vid 16c0 --pid 27db --bus 1 --device 6 --port 2 > "$out/replugged.umockdev"
  "$virtual_reader" --format ioctl --scan SECOND-0002 --bus 1 --device 6 > "$out/second.ioctl"
  exec umockdev-wrapper "$test_binary" --gtest_filter='UsbHotplug.*'
fi
exec umockdev-run -d "$out/reader.umockdev" -i "/dev/bus/usb/001/005=$out/scans.ioctl" -- "$test_binary" --gtest_filter='UsbReplay.*'
