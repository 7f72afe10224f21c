#include "firmware-host/virtual-reader/umockdev_files.h"

#include <cstdio>

namespace pid::firmware {
namespace {

std::string hex(const std::vector<std::uint8_t>& bytes) {
  std::string out;
  char buf[3];
  for (std::uint8_t b : bytes) {
    std::snprintf(buf, sizeof buf, "%02X", b);
    out += buf;
  }
  return out;
}

std::string hex4(std::uint16_t v) {
  char buf[5];
  std::snprintf(buf, sizeof buf, "%04x", v);
  return buf;
}

std::string dec3(int v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%03d", v);
  return buf;
}

}  // namespace

std::vector<std::uint8_t> readerDescriptors(const UsbIdentity& id) {
  const auto lo = [](std::uint16_t v) { return static_cast<std::uint8_t>(v & 0xFF); };
  const auto hi = [](std::uint16_t v) { return static_cast<std::uint8_t>(v >> 8); };
  return {
      // device: USB 1.1, class per interface, EP0 8 bytes, VID, PID, bcdDevice 1.00, strings 1/2, 1 config
      0x12, 0x01, 0x10, 0x01, 0x00, 0x00, 0x00, 0x08, lo(id.vendorId), hi(id.vendorId), lo(id.productId),
      hi(id.productId), 0x00, 0x01, 0x01, 0x02, 0x00, 0x01,
      // configuration: 34 bytes in all, 1 interface, value 1, bus powered, 100 mA
      0x09, 0x02, 0x22, 0x00, 0x01, 0x01, 0x00, 0x80, 0x32,
      // interface 0: HID (3), boot subclass (1), keyboard protocol (1), one endpoint
      0x09, 0x04, 0x00, 0x00, 0x01, 0x03, 0x01, 0x01, 0x00,
      // HID 1.11, no country, one report descriptor of 63 bytes (the standard boot keyboard)
      0x09, 0x21, 0x11, 0x01, 0x00, 0x01, 0x22, 0x3F, 0x00,
      // endpoint 0x81: interrupt IN, 8 bytes, every 10 ms
      0x07, 0x05, 0x81, 0x03, 0x08, 0x00, 0x0A};
}

std::string usbDevicePath(const UsbIdentity& id) { return "/dev/bus/usb/" + dec3(id.bus) + "/" + dec3(id.device); }

std::string umockdevDescription(const UsbIdentity& id) {
  const std::string descriptors = hex(readerDescriptors(id));
  const std::string name = std::to_string(id.bus) + "-" + std::to_string(id.port);
  const std::string sysfs = "/devices/pci0000:00/0000:00:14.0/usb" + std::to_string(id.bus) + "/" + name;
  const std::string product = hex4(id.vendorId).substr(hex4(id.vendorId).find_first_not_of('0')) + "/" +
                              hex4(id.productId).substr(hex4(id.productId).find_first_not_of('0')) + "/100";
  // Attribute values end in "\n" (written as the two characters \ n) like real sysfs files; libusb warns
  // about those that do not.
  std::string out;
  out += "P: " + sysfs + "\n";
  out += "N: bus/usb/" + dec3(id.bus) + "/" + dec3(id.device) + "=" + descriptors + "\n";
  out += "E: BUSNUM=" + dec3(id.bus) + "\nE: DEVNUM=" + dec3(id.device) + "\n";
  out += "E: DEVNAME=" + usbDevicePath(id) + "\n";
  out += "E: DEVTYPE=usb_device\nE: DRIVER=usb\nE: PRODUCT=" + product + "\nE: SUBSYSTEM=usb\nE: TYPE=0/0/0\n";
  out += "E: ID_VENDOR_ID=" + hex4(id.vendorId) + "\nE: ID_MODEL_ID=" + hex4(id.productId) + "\n";
  out += "A: bConfigurationValue=1\\n\nA: bDeviceClass=00\\n\nA: bNumConfigurations=1\\n\nA: bNumInterfaces= 1\\n\n";
  out += "A: busnum=" + std::to_string(id.bus) + "\\n\nA: devnum=" + std::to_string(id.device) + "\\n\n";
  out += "A: devpath=" + std::to_string(id.port) + "\\n\nH: descriptors=" + descriptors + "\n";
  out += "A: idProduct=" + hex4(id.productId) + "\\n\nA: idVendor=" + hex4(id.vendorId) + "\\n\n";
  out += "A: manufacturer=" + id.manufacturer + "\\n\nA: product=" + id.product + "\\n\nA: speed=12\\n\n";
  out += "\n";
  out += "P: " + sysfs + "/" + name + ":1.0\n";
  out += "E: DEVTYPE=usb_interface\nE: DRIVER=usbhid\nE: INTERFACE=3/1/1\nE: PRODUCT=" + product +
         "\nE: SUBSYSTEM=usb\n";
  out += "A: bAlternateSetting= 0\\n\nA: bInterfaceClass=03\\n\nA: bInterfaceNumber=00\\n\n";
  out += "A: bInterfaceProtocol=01\\n\nA: bInterfaceSubClass=01\\n\nA: bNumEndpoints=01\\n\n";
  return out;
}

std::string hexReport(const BootReport& report, const char* separator) {
  std::string out;
  char buf[3];
  for (std::size_t i = 0; i < report.size(); ++i) {
    std::snprintf(buf, sizeof buf, "%02X", report[i]);
    if (i) out += separator;
    out += buf;
  }
  return out;
}

std::string umockdevIoctl(const UsbIdentity& id, const std::vector<BootReport>& reports) {
  std::string out = "@DEV " + usbDevicePath(id) + " (usbdevfs)\n";
  // Fields: status, URB type (1 = interrupt), endpoint (129 = 0x81), URB status, flags, buffer length,
  // actual length, packets, data.
  for (const BootReport& r : reports) out += "USBDEVFS_REAPURBNDELAY 0 1 129 0 0 8 8 0 " + hexReport(r, "") + "\n";
  return out;
}

}  // namespace pid::firmware
