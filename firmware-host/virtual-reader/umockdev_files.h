// The two files umockdev needs to replay a reader to the real libusb code path:
//  - a device description (.umockdev): the sysfs/udev picture of one USB HID boot keyboard with its
//    descriptors (device, configuration, interface 3/1/1, HID, interrupt IN endpoint 0x81, 8 bytes);
//  - an ioctl recording (.ioctl): one completed interrupt URB per report, in order.
// `umockdev-run -d reader.umockdev -i /dev/bus/usb/BBB/DDD=scans.ioctl -- program` then shows the
// program a reader that types the scans.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "firmware-host/virtual-reader/keyboard_wedge.h"

namespace pid::firmware {

struct UsbIdentity {
  std::uint16_t vendorId = 0x16c0;  // V-USB shared id: many cheap 125 kHz readers
  std::uint16_t productId = 0x27db;
  int bus = 1;
  int device = 5;
  int port = 1;  // root-hub port: sysfs name "<bus>-<port>"
  std::string manufacturer = "pid-kiosk";
  std::string product = "Virtual RFID reader";
};

// The 52 bytes of descriptors the device node and sysfs "descriptors" file hold.
[[nodiscard]] std::vector<std::uint8_t> readerDescriptors(const UsbIdentity& id);
// "/dev/bus/usb/001/005"
[[nodiscard]] std::string usbDevicePath(const UsbIdentity& id);
[[nodiscard]] std::string umockdevDescription(const UsbIdentity& id);
// REAPURBNDELAY lines: interrupt (type 1), endpoint 0x81 (129), 8 of 8 bytes.
[[nodiscard]] std::string umockdevIoctl(const UsbIdentity& id, const std::vector<BootReport>& reports);
// "02 00 04 00 00 00 00 00"
[[nodiscard]] std::string hexReport(const BootReport& report, const char* separator = " ");

}  // namespace pid::firmware
