// The USB devices on the bus right now, as libusb sees them.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "devices/core/error.h"

namespace kiosk::devices {

struct UsbDeviceInfo {
  std::uint16_t vendorId = 0;
  std::uint16_t productId = 0;
  int bus = 0;
  std::string sysfsName;  // "1-1.4": the name under /sys/bus/usb/devices
};

[[nodiscard]] Result<std::vector<UsbDeviceInfo>> listUsbDevices();

// "1-1.4" from a bus number and the port chain {1, 4}.
[[nodiscard]] std::string usbSysfsName(int bus, const std::vector<int>& ports);

}  // namespace kiosk::devices
