#include "devices/usb/printer_discovery.h"

#include <libusb.h>

#include <algorithm>
#include <chrono>

#include "devices/usb/sysfs_tty.h"

namespace kiosk::devices {

std::vector<DiscoveredPrinter> matchKnownPrinters(const std::vector<UsbDeviceInfo>& devices,
                                                  const std::vector<KnownPrinter>& known,
                                                  const std::filesystem::path& usbDevicesDir) {
  std::vector<DiscoveredPrinter> out;
  for (const UsbDeviceInfo& d : devices) {
    const auto it = std::find_if(known.begin(), known.end(), [&](const KnownPrinter& k) {
      return k.vendorId == d.vendorId && k.productId == d.productId;
    });
    if (it == known.end()) continue;
    out.push_back(DiscoveredPrinter{*it, d.sysfsName, ttyForUsbDevice(usbDevicesDir, d.sysfsName).value_or("")});
  }
  return out;
}

std::vector<PrinterPresence> diffPrinters(const std::vector<DiscoveredPrinter>& before,
                                          const std::vector<DiscoveredPrinter>& after) {
  std::vector<PrinterPresence> changes;
  for (const auto& p : before) {
    if (std::find(after.begin(), after.end(), p) == after.end()) changes.push_back({PrinterPresence::Change::Left, p});
  }
  for (const auto& p : after) {
    if (std::find(before.begin(), before.end(), p) == before.end()) changes.push_back({PrinterPresence::Change::Arrived, p});
  }
  return changes;
}

PrinterDiscovery::PrinterDiscovery(std::vector<KnownPrinter> known, Sink sink, StatusSink status,
                                   std::filesystem::path usbDevicesDir)
    : Worker("printer-discovery", std::move(status)),
      m_known(std::move(known)),
      m_sink(std::move(sink)),
      m_sysfs(std::move(usbDevicesDir)) {}

PrinterDiscovery::~PrinterDiscovery() { stop(); }

void PrinterDiscovery::rescan() {
  auto devices = listUsbDevices();
  if (!devices) {
    publish(WorkerState::Degraded, devices.error().message);
    return;
  }
  auto now = matchKnownPrinters(*devices, m_known, m_sysfs);
  for (auto& change : diffPrinters(m_present, now)) {
    if (m_sink) m_sink(std::move(change));
  }
  publish(WorkerState::Running, std::to_string(now.size()) + " printer(s)");
  m_present = std::move(now);
}

void PrinterDiscovery::run(std::stop_token stop) {
  using namespace std::chrono_literals;
  libusb_context* context = nullptr;
  libusb_hotplug_callback_handle handle = 0;
  bool hotplug = false;
  if (libusb_init(&context) == 0 && libusb_has_capability(LIBUSB_CAP_HAS_HOTPLUG)) {
    // Any arrival or departure marks the picture dirty; the rescan happens on this thread, after a short
    // settle time, because the tty appears a moment after the USB device.
    auto callback = [](libusb_context*, libusb_device*, libusb_hotplug_event, void* self) -> int {
      static_cast<PrinterDiscovery*>(self)->m_dirty = true;
      return 0;
    };
    hotplug = libusb_hotplug_register_callback(
                  context,
                  static_cast<libusb_hotplug_event>(LIBUSB_HOTPLUG_EVENT_DEVICE_ARRIVED | LIBUSB_HOTPLUG_EVENT_DEVICE_LEFT),
                  LIBUSB_HOTPLUG_NO_FLAGS, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY, LIBUSB_HOTPLUG_MATCH_ANY,
                  callback, this, &handle) == LIBUSB_SUCCESS;
  }
  auto lastScan = std::chrono::steady_clock::now() - 1h;
  while (!stop.stop_requested()) {
    if (hotplug) {
      timeval tv{0, 200'000};
      libusb_handle_events_timeout_completed(context, &tv, nullptr);
    } else if (!sleepFor(stop, 200ms)) {
      break;
    }
    const auto now = std::chrono::steady_clock::now();
    // Rescan on events, and every 2 s anyway: a tty that appeared late, or no hotplug support.
    if ((m_dirty.exchange(false) && now - lastScan > 300ms) || now - lastScan > 2s) {
      rescan();
      lastScan = now;
    }
  }
  if (hotplug) libusb_hotplug_deregister_callback(context, handle);
  if (context) libusb_exit(context);
}

}  // namespace kiosk::devices
