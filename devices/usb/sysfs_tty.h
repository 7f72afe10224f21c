// The tty a USB serial device exposes, found in sysfs: CDC-ACM boards show up as
// <dev>:<cfg>.<if>/tty/ttyACM0, FTDI/CH340 bridges as <dev>:<cfg>.<if>/ttyUSB0.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

namespace kiosk::devices {

// `usbDevicesDir` is normally /sys/bus/usb/devices (a test passes a fake tree). Returns "/dev/ttyACM0".
[[nodiscard]] std::optional<std::string> ttyForUsbDevice(const std::filesystem::path& usbDevicesDir,
                                                         const std::string& sysfsName);

}  // namespace kiosk::devices
