#!/usr/bin/env bash
# setup.sh: installs the Debian 12 packages the kiosk needs (only the missing ones),
# configures and builds into build/. Every executable lands in build/bin/.
#   scripts/setup.sh            build for running
#   BUILD_TYPE=Debug scripts/setup.sh
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config
  # libraries (all from Debian 12: found by find_package / pkg-config)
  libsdl2-dev libgl-dev libimgui-dev libstb-dev libtomlplusplus-dev libcli11-dev libexpected-dev
  libspdlog-dev libsodium-dev libpng-dev libgtest-dev libsqlite3-dev libxlsxwriter-dev libusb-1.0-0-dev
  libqrencode-dev nlohmann-json3-dev libpq-dev
  # the camera AR demo: OpenCV 4.6 with contrib (aruco, freetype); AprilTag 3 for ar-bench's comparison
  libopencv-dev libopencv-contrib-dev libapriltag-dev
  # best-practice media: libmpv (render API) plays, OpenCV decodes the library thumbnails
  libmpv-dev
  # tools: sqlite3 for staff inspection, pronsole as the printer benchmark's peer,
  # umockdev to replay the USB reader to the real libusb code (reader/usb-replay)
  sqlite3 pronsole umockdev libumockdev-dev
  # camera badge scanning: ZXing-cpp decodes QR and 1D codes (devices/barcode); OpenCV warps the
  # generated test frames and is qr-bench's peer
  libzxing-dev libopencv-dev
  # fonts the screens use
  fonts-noto-core fonts-font-awesome
  # headless display for the GL tests and for running without a screen
  xvfb xauth libgl1-mesa-dri
  # clang with the libFuzzer and sanitizer runtimes (scripts/fuzz.sh)
  clang libclang-rt-14-dev
)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  sudo_cmd=()
  [[ $(id -u) -eq 0 ]] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get update -qq
  DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S "$root" -B "$root/build" -G Ninja -DCMAKE_BUILD_TYPE="${BUILD_TYPE:-RelWithDebInfo}" ${CMAKE_ARGS:-}
cmake --build "$root/build"
