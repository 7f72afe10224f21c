#include "devices/usb/usb_devices.h"

#include <libusb.h>

namespace kiosk::devices {

std::string usbSysfsName(int bus, const std::vector<int>& ports) {
  std::string name = std::to_string(bus) + "-";
  for (std::size_t i = 0; i < ports.size(); ++i) name += (i ? "." : "") + std::to_string(ports[i]);
  return name;
}

Result<std::vector<UsbDeviceInfo>> listUsbDevices() {
  libusb_context* context = nullptr;
  if (const int rc = libusb_init(&context); rc != 0) {
    return fail(ErrorCode::Io, std::string("libusb_init: ") + libusb_error_name(rc));
  }
  libusb_device** list = nullptr;
  const ssize_t count = libusb_get_device_list(context, &list);
  if (count < 0) {
    libusb_exit(context);
    return fail(ErrorCode::Io, std::string("libusb_get_device_list: ") + libusb_error_name(static_cast<int>(count)));
  }
  std::vector<UsbDeviceInfo> devices;
  for (ssize_t i = 0; i < count; ++i) {
    libusb_device_descriptor descriptor{};
    if (libusb_get_device_descriptor(list[i], &descriptor) != 0) continue;
    std::uint8_t ports[8];
    const int depth = libusb_get_port_numbers(list[i], ports, sizeof ports);
    if (depth <= 0) continue;  // root hubs have no port chain
    const int bus = libusb_get_bus_number(list[i]);
    devices.push_back(UsbDeviceInfo{descriptor.idVendor, descriptor.idProduct, bus,
                                    usbSysfsName(bus, std::vector<int>(ports, ports + depth))});
  }
  libusb_free_device_list(list, 1);
  libusb_exit(context);
  return devices;
}

}  // namespace kiosk::devices
