#!/usr/bin/env bash
# umockdev-replay.sh VIRTUAL_READER TEST_BINARY SCANS LAYOUT OUT_DIR
# Generates a reader's device description and its reports with virtual-reader, then runs the test
# binary under umockdev-run so the real libusb code reads them. Exit 77 (skipped) without umockdev.
set -euo pipefail
virtual_reader=$1 test_binary=$2 scans=$3 layout=$4 out=$5
if ! command -v umockdev-run >/dev/null; then
  echo "umockdev-run not installed (apt-get install umockdev): skipped"
  exit 77
fi
mkdir -p "$out"
"$virtual_reader" --format umockdev --vid 16c0 --pid 27db --bus 1 --device 5 > "$out/reader.umockdev"
"$virtual_reader" --format ioctl --layout "$layout" --scans "$scans" --bus 1 --device 5 > "$out/scans.ioctl"
export READER_SCANS=$scans
exec umockdev-run -d "$out/reader.umockdev" -i "/dev/bus/usb/001/005=$out/scans.ioctl" -- "$test_binary"
