# Install layout and the Debian package (cpack -G DEB from the build folder):
#   /usr/bin/pid-kiosk, /usr/bin/kioskctl, /usr/bin/virtual-marlin
#   /usr/share/pid-kiosk/          the assets (the binary finds them at <bin>/../share/pid-kiosk)
#   /etc/pid-kiosk/kiosk.toml      the config (a conffile: upgrades keep the chamber's edits)
#   /lib/systemd/system/pid-kiosk.service, pid-kiosk-sync.{service,timer} (optional, not enabled)
#   /var/lib/pid-kiosk             data, 0700, owner kiosk (made by postinst)
include_guard(GLOBAL)

install(PROGRAMS $<TARGET_FILE:kiosk> DESTINATION bin RENAME pid-kiosk)
# install(PROGRAMS) is not stripped like install(TARGETS): strip the renamed kiosk here (130 MB → ~5 MB).
install(CODE "execute_process(COMMAND ${CMAKE_STRIP} --strip-unneeded \"\$ENV{DESTDIR}\${CMAKE_INSTALL_PREFIX}/bin/pid-kiosk\")")
install(TARGETS kioskctl virtual-marlin RUNTIME DESTINATION bin)
install(DIRECTORY ${PROJECT_SOURCE_DIR}/assets/ DESTINATION share/pid-kiosk
        PATTERN "*.py" EXCLUDE PATTERN "config" EXCLUDE)

# The packaged config is the demo one with absolute paths: assets in /usr/share, data in /var/lib.
file(READ ${PROJECT_SOURCE_DIR}/assets/config/kiosk.toml KIOSK_PACKAGED_CONFIG)
string(REGEX REPLACE "\nassets = \"\\.\\.\"[^\n]*" "\nassets = \"/usr/share/pid-kiosk\"" KIOSK_PACKAGED_CONFIG
       "${KIOSK_PACKAGED_CONFIG}")
string(REPLACE "# data = \"/var/lib/pid-kiosk\"" "data = \"/var/lib/pid-kiosk\"" KIOSK_PACKAGED_CONFIG
       "${KIOSK_PACKAGED_CONFIG}")
file(WRITE ${PROJECT_BINARY_DIR}/packaging/kiosk.toml "${KIOSK_PACKAGED_CONFIG}")
install(FILES ${PROJECT_BINARY_DIR}/packaging/kiosk.toml DESTINATION /etc/pid-kiosk PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/systemd/pid-kiosk.service DESTINATION /lib/systemd/system)
# The fleet sync from a timer, for kiosks without an in-process [sync]; installed, not enabled.
install(FILES ${PROJECT_SOURCE_DIR}/packaging/systemd/pid-kiosk-sync.service
              ${PROJECT_SOURCE_DIR}/packaging/systemd/pid-kiosk-sync.timer DESTINATION /lib/systemd/system)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME pid-kiosk)
set(CPACK_PACKAGE_VENDOR "Camera di Commercio - Punto Impresa Digitale")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Touch kiosk for the Punto Impresa Digitale experience centres")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "PID kiosk team <pid-kiosk@example.it>")
set(CPACK_DEBIAN_PACKAGE_SECTION misc)
# Library dependencies come from dpkg-shlibdeps; these are the run-time programs and data.
set(CPACK_STRIP_FILES ON)  # debug info stays in the build tree
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "adduser, cage, fonts-noto-core, fonts-font-awesome, libgl1-mesa-dri")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${PROJECT_SOURCE_DIR}/packaging/deb/postinst ${PROJECT_SOURCE_DIR}/packaging/deb/postrm
    ${PROJECT_SOURCE_DIR}/packaging/deb/conffiles)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
