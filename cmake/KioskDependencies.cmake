# Every dependency is a Debian 12 package found through find_package or pkg-config;
# scripts/setup.sh installs them. Nothing is downloaded at build time.
include_guard(GLOBAL)
find_package(PkgConfig REQUIRED)
find_package(Threads REQUIRED)

find_package(SDL2 REQUIRED CONFIG)                       # libsdl2-dev
find_package(OpenGL REQUIRED)                            # libgl-dev
pkg_check_modules(IMGUI REQUIRED IMPORTED_TARGET imgui)  # libimgui-dev 1.86 (static, SDL2 + GL3 backends inside)
find_package(tomlplusplus REQUIRED)                      # libtomlplusplus-dev
find_package(CLI11 REQUIRED CONFIG)                      # libcli11-dev
find_package(tl-expected REQUIRED)                       # libexpected-dev
find_package(spdlog REQUIRED)                            # libspdlog-dev
pkg_check_modules(SODIUM REQUIRED IMPORTED_TARGET libsodium)  # libsodium-dev (PIN hashing)
find_package(PNG REQUIRED)                               # libpng-dev (screenshots, golden images)
pkg_check_modules(SQLITE3 REQUIRED IMPORTED_TARGET sqlite3)         # libsqlite3-dev (lead store)
pkg_check_modules(XLSXWRITER REQUIRED IMPORTED_TARGET xlsxwriter)   # libxlsxwriter-dev (lead export)
pkg_check_modules(LIBUSB REQUIRED IMPORTED_TARGET libusb-1.0)       # libusb-1.0-0-dev (printer discovery, reader)
pkg_check_modules(QRENCODE REQUIRED IMPORTED_TARGET libqrencode)    # libqrencode-dev (take-home QR)
pkg_check_modules(PQ REQUIRED IMPORTED_TARGET libpq)             # libpq-dev (fleet sync to PostgreSQL)
find_package(nlohmann_json REQUIRED)                     # nlohmann-json3-dev (assessment answers, results)

if(KIOSK_BUILD_TESTS)
  find_package(GTest REQUIRED)                           # libgtest-dev
endif()
# Camera AR demo: OpenCV 4.6 core/imgproc/videoio/calib3d + contrib aruco (libopencv-dev, libopencv-contrib-dev);
# AprilTag 3 only for the ar-bench comparison (libapriltag-dev).
find_package(OpenCV REQUIRED COMPONENTS core imgproc imgcodecs videoio calib3d aruco freetype)
pkg_check_modules(APRILTAG IMPORTED_TARGET apriltag)
pkg_check_modules(MPV REQUIRED IMPORTED_TARGET mpv)      # libmpv-dev (best-practice videos: render API into our FBO; OpenCV above makes the thumbnails)
